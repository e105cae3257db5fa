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


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: f"{e['axis']}:{e['term']}")
def test_example_sentence_shows_its_term(ex):
    """The example's term is found on its axis and pole (possibly inside a longer lexicon term)."""
    text = ex["text"]
    hits = [m for m in find_terms(text) if (m["axis"], m["pole"]) == (ex["axis"], ex["pole"])]
    assert hits, find_terms(text)
    term_spans = [(m["start"], m["end"]) for m in find_terms(ex["term"])]
    assert term_spans, f"the term {ex['term']} does not match itself"


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
