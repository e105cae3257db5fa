"""Narrative reference time: sentences without a date of their own take the story's recent day, with guards."""

from __future__ import annotations

import pytest

from marsad.analyze.events.narrative import HOW, apply_narrative_dates
from marsad.clean import clean_text
from marsad.model import Published
from marsad.pipeline import analyze_document

# A visit reported with the day stated, an aside on another thread («يوم الأحد الماضي»), a return to
# the visit, a flashback with an old date, an actor not seen before, a plan.
BODY = (
    "استقبل رئيس الوزراء العراقي مصطفى الكاظمي في بغداد اليوم، الأربعاء 14 تشرين الأول 2020، "
    "وزير الخارجية التركي مولود جاويش أوغلو.\n\n"
    "ونشرت وسائل إعلام كردية يوم الأحد الماضي صوراً تظهر قصف طائرات تركية مواقع لحزب العمال الكردستاني في قضاء سنجار.\n\n"
    "واستهدفت الغارات مقرات للحزب قرب الحدود.\n\n"
    "واتفق الكاظمي وجاويش أوغلو على تشكيل لجنة مشتركة لمتابعة ملف المياه.\n\n"
    "وكان الجيش العراقي قد استعاد السيطرة على مدينة الموصل في العاشر من تموز 2017.\n\n"
    "وأعلن الجيش العراقي نشر قوات إضافية في المدينة.\n\n"
    "ومن المقرر أن يزور الكاظمي أنقرة الشهر المقبل."
)


@pytest.fixture(scope="module")
def doc():
    return analyze_document(clean_text(BODY, title="الكاظمي يستقبل وزير الخارجية التركي", source="test"))


def _event(doc, words: str):
    evs = [e for e in doc.events if words in (e.sentence_text or "")]
    assert evs, f"no event found in the sentence with «{words}»"
    return evs[0]


def test_publication_day_is_known(doc) -> None:
    assert doc.published.value == "2020-10-14"


def test_return_to_the_main_thread_keeps_its_day_not_the_asides(doc) -> None:
    ev = _event(doc, "واتفق الكاظمي")
    assert (ev.date.earliest, ev.date.how) == ("2020-10-14", HOW)


def test_actorless_sentence_follows_the_sentence_just_before(doc) -> None:
    ev = _event(doc, "واستهدفت الغارات")
    assert (ev.date.earliest, ev.date.how) == ("2020-10-11", HOW)


def test_old_flashback_date_does_not_carry_over(doc) -> None:
    assert _event(doc, "استعاد السيطرة").date.earliest == "2017-07-10"
    ev = _event(doc, "نشر قوات إضافية")
    assert ev.date.how == "document", "no recent day names the Iraqi army: the document date stays"


def test_planned_event_is_not_given_a_past_day(doc) -> None:
    ev = _event(doc, "ومن المقرر")
    assert ev.modality == "planned" and ev.date.how != HOW


def test_unknown_publication_gives_no_reference() -> None:
    d = analyze_document(clean_text(BODY.replace("اليوم، الأربعاء 14 تشرين الأول 2020، ", ""), title="", source="t"))
    assert all(e.date.how != HOW for e in d.events)


def test_redated_document_drops_a_stale_reference() -> None:
    doc = analyze_document(clean_text(BODY, title="", source="test"))
    ev = _event(doc, "واتفق الكاظمي")
    assert ev.date.how == HOW
    doc.published = Published(earliest="2021-01-01", latest="2021-01-31")  # the reference is no longer recent
    apply_narrative_dates(doc)
    assert ev.date.how == "document" and ev.date.earliest == "2021-01-01"
