"""Framing: lexicon terms matched in inflected/clitic forms, labels only on clear evidence."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from marsad.analyze.framing import find_terms, frame_document, get_lexicon, label_axis
from marsad.model import Document

EXAMPLES = [json.loads(line) for line in
            (resources.files("marsad.analyze.framing") / "data" / "examples.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


def _keys(term: str) -> tuple[str, ...]:
    from marsad.analyze.framing.matcher import term_key

    return tuple(term_key(w) for w in term.replace("«", " ").replace("»", " ").split())


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    return any(outer[i:i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: f"{e['axis']}:{e['pole']}:{e['term']}")
def test_example_sentence_shows_its_term(ex):
    """The example's own term is found on its axis and pole (possibly inside a longer lexicon term)."""
    found = find_terms(ex["text"])
    hits = [m for m in found if (m["axis"], m["pole"]) == (ex["axis"], ex["pole"])
            and _contains(_keys(m["term"]), _keys(ex["term"]))]
    assert hits, [(m["axis"], m["pole"], m["term"], m["text"]) for m in found]
    assert find_terms(ex["term"]), f"the term {ex['term']} does not match itself"


def test_every_lexicon_term_has_an_example():
    """Lexicon and examples stay in sync: each term on each of its poles has an example sentence."""
    shown = {(e["axis"], e["pole"], e["term"]) for e in EXAMPLES}
    lex = get_lexicon()
    missing = [(a.id, pole, t) for a in lex.axes.values() for pole, terms in a.poles.items() for t in terms
               if (a.id, pole, t) not in shown]
    assert not missing, missing[:20]


def test_examples_name_lexicon_terms():
    """No example is left behind for a term removed from the lexicon."""
    lex = get_lexicon()
    stale = [e["term"] for e in EXAMPLES if e["term"] not in lex.axes[e["axis"]].poles.get(e["pole"], [])]
    assert not stale, stale


def test_lexicon_size():
    lex = get_lexicon()
    assert len(lex.axes) >= 10
    assert lex.term_count() >= 300


def test_every_term_matches_with_a_clitic():
    """Each term, behind «و» and inside a sentence, is found as itself (no term is unmatchable)."""
    lex = get_lexicon()
    missing = []
    for axis in lex.axes.values():
        for pole, terms in axis.poles.items():
            for t in terms:
                hits = {(m["axis"], m["pole"]) for m in find_terms(f"وقال المصدر إن و{t} في البيان.")}
                if (axis.id, pole) not in hits:
                    missing.append(t)
    assert not missing, missing[:20]


@pytest.mark.parametrize("text,term", [
    ("زار وفد عسكري للنظام السوري العاصمة العراقية", "النظام السوري"),  # ل + ال → لل
    ("ووصلت قوات الأسد والميليشيات المساندة له", "الميليشيات المساندة"),  # و + plural
    ("التقائها مع ميليشيا “الحشد الشعبي” على الجانب العراقي", "ميليشيا الحشد الشعبي"),  # quotes inside a term
    ("بسواعد الجيشين السوري والعراقي", "الجيش السوري"),  # dual
    ("الأراضي التي كان الإرهابيون يسيطرون عليها", "إرهابي"),  # plural nisba
    ("بدأت قوات الجيش السورى عملياتها", "الجيش السوري"),  # Egyptian final ى
])
def test_inflected_and_clitic_forms(text, term):
    from marsad.analyze.framing.matcher import term_key

    keys = {tuple(term_key(w) for w in m["term"].split()) for m in find_terms(text)}
    assert tuple(term_key(w) for w in term.split()) in keys


def test_offsets_point_into_original_text():
    text = "وأدانت دمشق «العدوانَ» الأميركيّ على مواقعٍ للجيش"
    for m in find_terms(text):
        assert text[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("counts,label", [
    ({"opposition": 5}, "opposition"),
    ({"opposition": 3, "state": 1}, "opposition"),
    ({"opposition": 2, "state": 2}, "mixed"),
    ({"opposition": 1}, "neutral"),  # one loaded word is not clear evidence
    ({"neutral": 9}, "neutral"),
])
def test_label_only_on_clear_evidence(counts, label):
    assert label_axis(counts) == label


def test_document_profile_on_opposition_wording():
    body = ("قصفت قوات النظام السوري أحياء في مدينة درعا البلد. وقالت مصادر محلية إن قوات الأسد "
            "استقدمت تعزيزات من الفرقة الرابعة. وطالب ناشطون بوقف حصار نظام الأسد للمدينة.")
    doc = frame_document(Document(id="t", body=body))
    axis = doc.framing["axes"]["syria_gov"]
    assert axis["label"] == "opposition"
    assert set(axis["terms"]) >= {"قوات الأسد", "نظام الأسد"}
    assert doc.framing["words"] > 0


def test_document_profile_on_state_wording():
    body = ("أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى قرى ريف حماة. "
            "وأكد الرئيس الأسد أن الدولة السورية ستواصل دحر الإرهاب.")
    doc = frame_document(Document(id="t", body=body))
    assert doc.framing["axes"]["syria_gov"]["label"] == "state"


def test_overlay_adds_terms(tmp_path, monkeypatch):
    (tmp_path / "framing.json").write_text(json.dumps({"axes": [
        {"id": "syria_gov", "poles": {"opposition": {"terms": ["عصابة القرداحة"]}}}]}), encoding="utf-8")
    monkeypatch.setenv("MARSAD_KB", str(tmp_path))
    get_lexicon.cache_clear()
    try:
        found = find_terms("وقال الناشطون إن عصابة القرداحة قصفت البلدة")
        assert any(m["pole"] == "opposition" for m in found)
    finally:
        monkeypatch.delenv("MARSAD_KB")
        get_lexicon.cache_clear()


@pytest.mark.parametrize("text", [
    "وقال رئيس التحرير إن الصحيفة ستصدر عدداً خاصاً.",  # «تحرير» inside a job title
    "واحتشد الآلاف في ميدان التحرير وسط القاهرة.",  # a square's name
    "وانتشرت القوات النظامية في شوارع كابل.",  # «النظامية» (regular) is not «النظام»
    "وأشار المتحدث إلى أن الانتحاري يدعى عبد الله.",  # «يُدعى» (is called) folds onto «يدعي»
    "ودعا البنك جميع العملاء إلى تحديث بياناتهم.",  # bank customers
    "وتحدث الوزير عن الارتقاء بمستوى الخدمات الصحية.",  # «الارتقاء» (improvement)
    "وألقى مرشد الثورة الإيرانية كلمة بمناسبة العيد.",  # an office's name, not an uprising
    "وناقش المؤتمر سبل مكافحة الإرهاب وتجفيف منابعه.",  # terrorism as a topic labels no one
    "وأكد التنظيم الطلابي مشاركته في الانتخابات.",  # «التنظيم» alone
    "وتوقع المحللون سقوط الحكومة في تصويت الثقة.",  # «سقوط» alone
    "وهاجمت ميليشيات مسلحة مقر الشركة في طرابلس.",  # militias, no Iran link
    "وقالت موسكو إن الانفصاليين في دونيتسك خرقوا الهدنة.",  # Ukraine, not the Kurds
    "وتعد الاحتفالات من مظاهر التلاحم بين المواطنين.",  # «مظاهر» (aspects)
    "وحققت الشركة إنجازات كبيرة في قطاع الطاقة.",  # business achievements
    "وأحال الادعاء العام المتهمين إلى محكمة الجنايات.",  # the prosecution, not a claim
])
def test_ordinary_text_has_no_loaded_framing(text):
    """Generic words reviewed against SaudiNewsNet frame nothing on their own."""
    loaded = [(m["axis"], m["pole"], m["text"]) for m in find_terms(text) if m["pole"] != "neutral"]
    assert not loaded, loaded


def test_stop_phrases_come_from_the_lexicon(tmp_path, monkeypatch):
    """The overlay may add stop phrases: a phrase that holds a framing word but frames nothing."""
    text = "وأشاد الحضور بدور هيئة تحرير المجلة"
    assert not find_terms(text)
    assert find_terms("وكان الفوز ضربة حظ للفريق")  # «ضربة» is a (neutral) strike word
    (tmp_path / "framing.json").write_text(json.dumps({"axes": [], "stop_phrases": ["ضربة حظ"]}),
                                           encoding="utf-8")
    monkeypatch.setenv("MARSAD_KB", str(tmp_path))
    get_lexicon.cache_clear()
    try:
        assert not find_terms("وكان الفوز ضربة حظ للفريق")
    finally:
        monkeypatch.delenv("MARSAD_KB")
        get_lexicon.cache_clear()


def test_recompute_stores_framing_and_outlet_profiles_read_it(store):
    """``marsad framing --recompute`` frames stored documents (after ``--no-analyze``) for the outlet view."""
    from marsad.analyze.framing import outlet_profiles
    from marsad.analyze.framing.profile import recompute_framing

    docs = [Document(id="a1", outlet="صحيفة أ", body="وقصفت قوات النظام السوري بلدة كفرنبل. وقال ناشطون إن "
                     "طيران النظام استهدف سوقاً شعبية."),
            Document(id="b1", outlet="وكالة ب", body="وأعادت وحدات من الجيش العربي السوري الأمن إلى القرى. "
                     "وأكدت الدولة السورية مواصلة مكافحة الإرهابيين.")]
    for d in docs:
        store.add_document(d)
    assert not store.get_document("a1").framing
    assert recompute_framing(store) == 2
    assert store.get_document("a1").framing["axes"]["syria_gov"]["label"] == "opposition"
    profiles = outlet_profiles(store)
    assert profiles["صحيفة أ"]["axes"]["syria_gov"]["label"] == "opposition"
    assert profiles["وكالة ب"]["axes"]["syria_gov"]["label"] == "state"
    assert ("الجيش العربي السوري", 1) in profiles["وكالة ب"]["top_loaded_terms"]
