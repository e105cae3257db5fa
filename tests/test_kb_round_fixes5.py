"""Knowledge-base round 5: European ministers in migration news, Syria's 2025 presidency, Egypt's central bank,
and place names that are also everyday words.

«وزير الداخلية الإسباني فرناندو غراندي مارلاسكا» linked to the UN through «غراندي» (Filippo Grandi): the
minister is listed by his full name so the longer match wins. Al-Sharaa's presidency (from 2025-01-29) is a
separate office from his leadership of the new administration (2024-12-08 .. 2025-01-29), so each title dates a
page to its own term. «السفيرة» is "the ambassador (f.)" far more often than the Syrian town of Safira: such
aliases are flagged in ``extra.common_words`` and need a place context to link. (The tagger-agrees rule
still lets «الشريان التاجي» through: the CRF tags the flagged word as a place on its own.)
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.analyze.events import events_for_sentence
from marsad.analyze.time.tenure import tenure_cues


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("ESP.INTERIOR_MINISTER", "2024-05-01", "person:fernando_grande_marlaska"),
    ("ESP.FOREIGN_MINISTER", "2019-03-01", "person:josep_borrell"),
    ("ESP.FOREIGN_MINISTER", "2023-03-01", "person:jose_manuel_albares"),
    ("ITA.INTERIOR_MINISTER", "2022-10-20", "person:luciana_lamorgese"),
    ("ITA.INTERIOR_MINISTER", "2022-10-25", "person:matteo_piantedosi"),
    ("ITA.FOREIGN_MINISTER", "2023-06-01", "person:antonio_tajani"),
    ("ITA.PRIME_MINISTER", "2023-06-01", "person:giorgia_meloni"),
    ("FRA.INTERIOR_MINISTER", "2024-09-15", "person:gerald_darmanin"),
    ("FRA.INTERIOR_MINISTER", "2025-03-01", "person:bruno_retailleau"),
    ("GRC.PRIME_MINISTER", "2024-01-01", "person:kyriakos_mitsotakis"),
    ("MLT.PRIME_MINISTER", "2024-01-01", "person:robert_abela"),
    ("EGY.CENTRAL_BANK_GOVERNOR", "2022-08-10", "person:tarek_amer"),
    ("EGY.CENTRAL_BANK_GOVERNOR", "2022-09-01", "person:hassan_abdalla"),
    ("SYR.NEW_ADMINISTRATION_LEADER", "2025-01-10", "person:ahmed_al_sharaa"),
    ("SYR.PRESIDENT", "2025-03-01", "person:ahmed_al_sharaa"),
])
def test_holder_on_a_day(kb, office: str, day: str, holder: str) -> None:
    assert [e.id for e in kb.holders(office, on=day)] == [holder]


def test_syria_had_no_president_between_assad_and_al_sharaa(kb) -> None:
    """Between Assad's fall and 29 January 2025 al-Sharaa led the new administration, not the presidency."""
    assert kb.holders("SYR.PRESIDENT", on="2025-01-10") == []


def test_greek_caretaker_month_has_no_mitsotakis_term(kb) -> None:
    """Mitsotakis handed over to a caretaker (2023-05-25) and was sworn in again on 2023-06-26."""
    assert kb.holders("GRC.PRIME_MINISTER", on="2023-06-10") == []


def test_spanish_minister_is_not_the_un_refugee_chief() -> None:
    text = "التقى وزير الداخلية الإسباني فرناندو غراندي مارلاسكا نظيره المغربي في الرباط لبحث ملف الهجرة."
    ids = [m.entity for m in recognize_text(text)]
    assert "person:fernando_grande_marlaska" in ids and "person:filippo_grandi" not in ids, ids
    evs = [e for e in events_for_sentence(text, use_stages=False) if e.type == "CONSULT"]
    assert evs and [a.code for a in evs[0].source] == ["ESP-GOV"], [(e.type, e.source, e.target) for e in evs]
    assert "UN" not in [a.code for a in evs[0].target]


@pytest.mark.parametrize(("sentence", "entity", "code"), [
    ("انتقد وزير الداخلية الإيطالي ماتيو بيانتيدوزي سفن الإنقاذ التي تنقل المهاجرين إلى لامبيدوزا.",
     "person:matteo_piantedosi", "ITA-GOV"),
    ("أعلن وزير الداخلية الفرنسي جيرالد دارمانان ترحيل عشرات الأجانب المدانين بجرائم.",
     "person:gerald_darmanin", "FRA-GOV"),
    ("استقبل رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس في أثينا وفدا من الاتحاد الأوروبي.",
     "person:kyriakos_mitsotakis", "GRC-GOV"),
])
def test_european_ministers_link_with_their_government_code(sentence: str, entity: str, code: str) -> None:
    found = [(m.entity, m.code) for m in recognize_text(sentence)]
    assert (entity, code) in found, found


@pytest.mark.parametrize(("sentence", "office", "start", "end"), [
    ("وصل الرئيس السوري أحمد الشرع إلى الرياض في أول زيارة خارجية له.", "SYR.PRESIDENT", "2025-01-29", None),
    ("استقبل قائد الإدارة السورية الجديدة أحمد الشرع في دمشق وفدا دبلوماسيا أوروبيا.",
     "SYR.NEW_ADMINISTRATION_LEADER", "2024-12-08", "2025-01-29"),
])
def test_each_title_of_al_sharaa_names_its_own_term(sentence: str, office: str, start: str, end: str | None) -> None:
    cues = [(c.office, c.start, c.end) for c in tenure_cues(sentence) if c.entity == "person:ahmed_al_sharaa"]
    assert cues == [(office, start, end)], cues


def test_egyptian_central_bank_governor_dates_the_page() -> None:
    text = "قرر محافظ البنك المركزي المصري حسن عبد الله تثبيت أسعار الفائدة للمرة الثالثة على التوالي."
    cues = [(c.entity, c.office, c.start) for c in tenure_cues(text)]
    assert ("person:hassan_abdalla", "EGY.CENTRAL_BANK_GOVERNOR", "2022-08-18") in cues, cues


@pytest.mark.parametrize("alias", ["السفيرة", "الغازية", "التاجي", "الحضر"])
def test_everyday_word_places_are_flagged(kb, alias: str) -> None:
    assert kb.is_common_word(alias)


@pytest.mark.parametrize(("sentence", "place", "linked"), [
    ("قالت السفيرة الأمريكية لدى لبنان ليزا جونسون إن واشنطن تدعم الجيش اللبناني.", "place:safira", False),
    ("سيطرت فصائل المعارضة على بلدة السفيرة جنوب شرق حلب بعد معارك عنيفة.", "place:safira", True),
    ("رفعت الحكومة الضرائب على المشروبات الغازية والسجائر في موازنة العام المقبل.", "place:ghazieh", False),
    ("استهدفت غارة إسرائيلية منزلا في بلدة الغازية قرب صيدا جنوب لبنان.", "place:ghazieh", True),
    ("سقطت ثلاثة صواريخ على قاعدة التاجي شمال بغداد دون وقوع إصابات.", "place:taji", True),
    ("تتسع الفجوة في الخدمات الصحية بين الحضر والريف في معظم المحافظات.", "place:hatra", False),
])
def test_everyday_word_places_link_only_in_place_context(sentence: str, place: str, linked: bool) -> None:
    ids = [m.entity for m in recognize_text(sentence)]
    assert (place in ids) is linked, ids


def test_paris_is_not_the_spanish_foreign_minister() -> None:
    """«ألباريس» alone would be read as ال + «باريس»: Albares is listed by his full name only."""
    text = "استدعت الجزائر سفيرها لدى باريس للتشاور احتجاجا على تصريحات مسؤولين فرنسيين."
    codes = [a.code for e in events_for_sentence(text, use_stages=False) for a in e.source + e.target]
    assert "ESP-GOV" not in codes, codes
    found = [(m.entity, m.code) for m in recognize_text("التقى الوزير نظيره الإسباني خوسيه مانويل ألباريس في مدريد.")]
    assert ("person:jose_manuel_albares", "ESP-GOV") in found, found
