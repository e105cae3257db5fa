"""Knowledge-base hygiene found while coding blind news sentences.

- A sea shared by several states is no country's: «شرق المتوسط» is not Italy, «البحر الأحمر» not
  Yemen. The seas that once carried one shore country keep their tagger flag (``extra.ner_flag``):
  the shipped NER model was trained with it.
- «جويا» (a Lebanese village) is also «جوياً» (aerial, «جسراً جوياً»), and the loanword «ستريم»
  («نورد ستريم», «لايف ستريم») reads as س + «تريم» (Tarim, Yemen): both need a place cue.
- A generic-headed name of one country's body («الاتحاد العام للشغل», Tunisia's UGTT) is not linked
  when its sentence puts it in another country.
- The Gulf states' development funds are their governments' (GOV), as the sovereign funds are.

Sentences are newswire-style text written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.analyze.entities.features import phrase_flags
from marsad.kb import get_kb

SHARED_SEAS = ("place:mediterranean", "place:red_sea", "place:gulf_of_aden", "place:persian_gulf",
               "place:caspian", "place:arabian_sea", "place:dead_sea")


def _mention(sentence: str, entity: str):
    return next((m for m in recognize_text(sentence) if m.entity == entity), None)


def _events(sentence: str):
    from marsad.analyze.events import events_for_sentence

    return events_for_sentence(sentence)


# 1. Seas -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sea", SHARED_SEAS)
def test_shared_sea_has_no_country(sea):
    ent = get_kb().get(sea)
    assert ent is not None and ent.country is None and ent.parent is None
    assert ent.extra.get("kind") == "sea"


@pytest.mark.parametrize(("sentence", "sea"), [
    ("نفذت البحرية التركية مناورات عسكرية في شرق المتوسط", "place:mediterranean"),
    ("هاجم الحوثيون سفينة تجارية في البحر الأحمر", "place:red_sea"),
    ("احتجزت إيران ناقلة نفط أجنبية في الخليج العربي", "place:persian_gulf"),
    ("تعرضت سفينة شحن لهجوم قبالة سواحل خليج عدن", "place:gulf_of_aden"),
])
def test_sea_is_linked_without_a_country_code(sentence, sea):
    m = _mention(sentence, sea)
    assert m is not None
    assert m.code is None


@pytest.mark.parametrize(("sentence", "bad"), [
    ("نشرت الولايات المتحدة حاملة طائرات ثانية في شرق البحر المتوسط.", "ITA"),
    ("هاجم الحوثيون سفينة تجارية في البحر الأحمر.", "YEM"),
    ("احتجزت إيران ناقلة نفط في الخليج العربي.", "IRN"),
])
def test_event_gets_no_country_from_a_sea(sentence, bad):
    evs = _events(sentence)
    assert evs
    for e in evs:
        assert bad not in [a.code for a in e.target]
        if e.location is not None:
            assert e.location.country is None


def test_tagger_flags_of_seas_unchanged():
    # the seas that had a shore country keep the LOC flag the model was trained with; the others never had one
    assert phrase_flags("أبحرت السفينة في البحر المتوسط أمس".split())[3:5] == ["B-LOC", "I-LOC"]
    assert phrase_flags("أبحرت السفينة في البحر الأسود أمس".split())[3:5] == [None, None]


# 2–3. Places that are everyday words ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "أقامت الإمارات جسراً جوياً لنقل المساعدات إلى السودان",
    "وطلبت القوات البرية دعما جويا لتأمين تقدمها",
])
def test_aerial_is_no_jwaya(sentence):
    assert _mention(sentence, "place:jwaya") is None


def test_jwaya_with_place_cue():
    assert _mention("أغارت مسيرة إسرائيلية على بلدة جويا في قضاء صور", "place:jwaya") is not None


def test_air_bridge_event_has_no_lebanese_party():
    for e in _events("أقامت تركيا جسراً جوياً لنقل المساعدات إلى غزة."):
        assert "LBN" not in [a.code for a in e.source + e.target]


def test_stream_is_no_tarim():
    evs = _events("فرضت الولايات المتحدة عقوبات على شركة نورد ستريم 2.")
    for e in evs:
        assert "YEM" not in [a.code for a in e.target]
        assert e.location is None or e.location.entity != "place:tarim"


@pytest.mark.parametrize("sentence", [
    "قصفت طائرات التحالف مواقع في مدينة تريم بمحافظة حضرموت",
    "اعتقلت قوات الأمن اليمنية مسلحين في تريم",
])
def test_tarim_with_context(sentence):
    assert _mention(sentence, "place:tarim") is not None


# 4. Generic-headed names of another country's body -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "شل إضراب عام دعا إليه الاتحاد العام للشغل حركة النقل في الأرجنتين احتجاجا على إصلاحات الرئيس خافيير ميلي",
    "وفي الأرجنتين، دعا الاتحاد العام للشغل إلى إضراب عام ضد سياسات التقشف",
    "أعلن الاتحاد العام للشغل الأرجنتيني إضرابا عاما لمدة 24 ساعة",
])
def test_generic_name_in_another_country_is_not_the_namesake(sentence):
    got = recognize_text(sentence)
    assert "org:ugtt" not in [m.entity for m in got]
    assert "TUN-LAB" not in [m.code for m in got]


@pytest.mark.parametrize(("sentence", "namesake"), [
    ("وقال رئيس حزب العدالة والبناء اليمني إن الحزب يدعم الحكومة الشرعية", "org:justice_construction_libya"),
    ("شارك ضباط سابقون من حزب البعث في القتال إلى جانب التنظيم في العراق", "org:baath_syria"),
])
def test_party_of_another_country_is_not_the_namesake(sentence, namesake):
    assert namesake not in [m.entity for m in recognize_text(sentence)]


@pytest.mark.parametrize(("sentence", "entity"), [
    ("شنت طائرات التحالف العربي في اليمن غارات على مواقع الحوثيين", "org:saudi_led_coalition"),
    ("أعلنت قيادة تحالف دعم الشرعية في اليمن هدنة إنسانية لمدة خمسة أيام", "org:saudi_led_coalition"),
    ("اشترت شركة الاتحاد للطيران حصة في شركة طيران في إيطاليا", "org:etihad_airways"),
])
def test_coalition_and_company_abroad_keep_their_link(sentence, entity):
    assert entity in [m.entity for m in recognize_text(sentence)]


@pytest.mark.parametrize("sentence", [
    "أعلن الاتحاد العام للشغل الإضراب العام في قطاع التعليم",
    "دعا الاتحاد العام للشغل إلى وقف الحرب في غزة",
    "نظم الاتحاد العام للشغل وقفة تضامنية مع الشعب الفلسطيني في تونس العاصمة",
    "التقى الأمين العام للاتحاد العام للشغل بالرئيس قيس سعيد في قرطاج",
])
def test_generic_name_keeps_its_link_otherwise(sentence):
    assert "org:ugtt" in [m.entity for m in recognize_text(sentence)]


# 5. Gulf development funds -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "entity", "code"), [
    ("وقع صندوق أبوظبي للتنمية اتفاقية قرض بقيمة 100 مليون دولار مع الحكومة المصرية", "org:adfd", "ARE-GOV"),
    ("قدم الصندوق السعودي للتنمية قرضا ميسرا لتمويل مشروع كهرباء في باكستان",
     "org:saudi_fund_for_development", "SAU-GOV"),
    ("وقدم الصندوق الكويتي للتنمية الاقتصادية العربية منحة لإعادة تأهيل مدارس في اليمن",
     "org:kuwait_fund", "KWT-GOV"),
    ("أعلن صندوق قطر للتنمية تمويل مشاريع لإعادة الإعمار في غزة", "org:qatar_fund_for_development", "QAT-GOV"),
])
def test_gulf_development_funds(sentence, entity, code):
    m = _mention(sentence, entity)
    assert m is not None and m.code == code
    assert m.name_en and "Fund" in m.name_en


def test_fund_is_the_source_of_aid():
    evs = _events("قدم الصندوق السعودي للتنمية قرضا بقيمة 100 مليون دولار إلى الأردن.")
    assert any(e.type == "AID" and "SAU-GOV" in [a.code for a in e.source] for e in evs)
