"""Knowledge-base hygiene, second round of blind event sentences.

- Two-word nationalities («كوري شمالي», «الكوريين الشماليين», «جنوب أفريقي», «جنوب سوداني») are country
  adjectives of their own: a two-word base in ``adjectives`` inflects each ي-final word alike
  (``KnowledgeBase.country_of_adjective_pair``), and an actor phrase reads both words («جنديين كوريين
  شماليين» captured by Ukraine are North Korea's soldiers, not Russia's).
- The Federal Reserve and its chairman carry the United States' GOV code, as other central banks do,
  under the «الفدرالي» spelling too.
- A title followed by «السابق» (former) gives the country but not the office's sector: «رئيس الوزراء
  الباكستاني السابق عمران خان» is no longer Pakistan's government (Imran Khan is PAK-OPP after 2022).
- The International Court of Justice is a UN body (parent org:un) with its own code (IGOICJ, as the events gold has it); so has the ICC.

Sentences are newswire-style text written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.kb import get_kb


def _codes(sentence: str) -> list[str | None]:
    return [m.code for m in recognize_text(sentence)]


def _mention(sentence: str, entity: str):
    return next((m for m in recognize_text(sentence) if m.entity == entity), None)


def _events(sentence: str):
    from marsad.analyze.events import events_for_sentence

    return events_for_sentence(sentence)


# 1. Two-word nationalities ---------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "iso"), [
    ("كوري", "شمالي", "PRK"),
    ("الكوري", "الشمالي", "PRK"),
    ("كوريين", "شماليين", "PRK"),
    ("الكورية", "الشمالية", "PRK"),
    ("والكوريون", "الشماليون", "PRK"),
    ("الكوري", "الجنوبي", "KOR"),
    ("كوريون", "جنوبيون", "KOR"),
    ("جنوب", "أفريقي", "ZAF"),
    ("الجنوب", "أفريقية", "ZAF"),
    ("جنوب", "سوداني", "SSD"),
])
def test_two_word_nationality(first, second, iso):
    assert get_kb().country_of_adjective_pair(first, second) == iso


def test_korean_alone_is_no_country():
    kb = get_kb()
    assert kb.country_of_adjective("الكوري") is None
    assert kb.country_of_adjective_pair("الكوري", "الجديد") is None


@pytest.mark.parametrize(("sentence", "code"), [
    ("أعلنت أوكرانيا أنها أسرت جنديين كوريين شماليين في منطقة كورسك الروسية.", "PRK-MIL"),
    ("قال الجيش الكوري الشمالي إنه أطلق صاروخا باليستيا باتجاه بحر اليابان.", "PRK-MIL"),
    ("قال وزير الخارجية الكوري الجنوبي إن المحادثات مع واشنطن مستمرة.", "KOR-GOV"),
    ("التقى مسؤول جنوب سوداني بنظيره السوداني في الخرطوم.", "SSD-GOV"),
])
def test_two_word_nationality_in_actor_phrase(sentence, code):
    assert code in _codes(sentence)


def test_captured_north_korean_soldiers_are_not_russian():
    evs = _events("أعلنت أوكرانيا أنها أسرت جنديين كوريين شماليين في منطقة كورسك الروسية.")
    targets = [a.code for e in evs for a in e.target]
    assert "PRK-MIL" in targets
    assert "RUS-MIL" not in targets


# 2. The Federal Reserve ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "entity"), [
    ("قال رئيس مجلس الاحتياطي الفيدرالي جيروم باول إن التضخم تراجع.", "person:jerome_powell"),
    ("قال رئيس مجلس الاحتياطي الفيدرالي جيروم باول إن التضخم تراجع.", "org:federal_reserve"),
    ("أبقى الاحتياطي الفدرالي الأمريكي أسعار الفائدة دون تغيير.", "org:federal_reserve"),
    ("رفع مجلس الاحتياطي الاتحادي أسعار الفائدة ربع نقطة.", "org:federal_reserve"),
])
def test_federal_reserve_is_usa_gov(sentence, entity):
    m = _mention(sentence, entity)
    assert m is not None and m.code == "USA-GOV"


def test_central_banks_carry_their_country_gov():
    kb = get_kb()
    for eid in ("org:federal_reserve", "org:iraqi_central_bank", "org:central_bank_libya"):
        ent = kb.get(eid)
        assert ent.code == f"{ent.country}-GOV"


# 3. Former office holders ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "قال رئيس الوزراء الباكستاني السابق عمران خان إن أنصاره سيواصلون الاحتجاج.",
    "تظاهر الآلاف من أنصار رئيس الوزراء السابق عمران خان في إسلام آباد.",
    "تظاهر أنصار عمران خان أمام مقر البرلمان في إسلام آباد.",
])
def test_former_prime_minister_is_not_the_government(sentence):
    m = _mention(sentence, "person:imran_khan")
    assert m is not None
    assert m.code is not None and not m.code.endswith("-GOV")
    assert m.code.startswith("PAK")


def test_former_title_keeps_the_country_only():
    m = _mention("قال الرئيس الأمريكي السابق باراك أوباما إن الديمقراطية في خطر.", "person:barack_obama")
    assert m is not None and m.code == "USA"
    codes = _codes("قال وزير الخارجية العراقي السابق إن الحكومة فشلت في إدارة الملف.")
    assert "IRQ" in codes and "IRQ-GOV" not in codes


def test_current_title_keeps_its_sector():
    m = _mention("قال الرئيس العراقي عبد اللطيف رشيد إن الحكومة ماضية في الإصلاح.", "person:abdul_latif_rashid")
    assert m is not None and m.code == "IRQ-GOV"


def test_imran_khan_in_office_is_pak_gov():
    from marsad.analyze.entities import linking

    ent = get_kb().get("person:imran_khan")
    assert linking.code_of(ent, "2020-05-01") == "PAK-GOV"
    assert linking.code_of(ent, "2024-05-01") == "PAK-OPP"


# 4. International courts -----------------------------------------------------------------------------

def test_icj_is_a_un_body():
    kb = get_kb()
    icj, icc = kb.get("org:icj"), kb.get("org:icc")
    assert icj.code == "IGOICJ" and kb.get("org:un").code == "IGOUNO" and icj.parent == "org:un"
    assert icc.code == "IGOICC"
    m = _mention("أمرت محكمة العدل الدولية إسرائيل باتخاذ تدابير لمنع الإبادة في غزة.", "org:icj")
    assert m is not None and m.code == "IGOICJ"
