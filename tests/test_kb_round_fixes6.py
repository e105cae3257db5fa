"""Knowledge-base round 6: actor codes of named people and bodies checked against the events gold.

Defence ministers are cabinet members and the events gold codes them as government (ISR-GOV for «وزير الدفاع
الإسرائيلي يسرائيل كاتس», SAU-GOV for Khalid bin Salman), so the defence-minister offices and their holders carry
``-GOV``; chiefs of staff stay ``-MIL``. UN agencies the gold names by their own code (WFP, UNRWA, IAEA, WHO,
UNICEF, UNHCR, ICJ) carry it with the IGO prefix the event coder strips, where they used to fold into the UN.
Muqtada al-Sadr carries his movement's code (SADR), Turkey's AKP is a party (TUR-PTY, not the bare country), and
Syria's 2025 internal security commands share «قوى الأمن الداخلي» with Lebanon's ISF: the linker picks the
country the story names.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.analyze.events import events_for_sentence


def _sources(text: str, etype: str) -> list[str]:
    return [a.code for e in events_for_sentence(text) if e.type == etype for a in e.source]


def _targets(text: str, etype: str) -> list[str]:
    return [a.code for e in events_for_sentence(text) if e.type == etype for a in e.target]


@pytest.mark.parametrize(("entity", "code"), [
    ("person:israel_katz", "ISR-GOV"),
    ("person:khalid_bin_salman", "SAU-GOV"),
    ("person:yasar_guler", "TUR-GOV"),
    ("person:pete_hegseth", "USA-GOV"),
    ("person:andrei_belousov", "RUS-GOV"),
    ("person:rafael_grossi", "IGOIAEA"),
    ("person:philippe_lazzarini", "IGOUNRWA"),
    ("person:tedros_adhanom", "IGOWHO"),
    ("person:muqtada_al_sadr", "SADR"),
    ("org:icj", "IGOICJ"),
    ("org:wfp", "IGOWFP"),
    ("org:unicef", "IGOUNICEF"),
    ("org:akp", "TUR-PTY"),
])
def test_codes(kb, entity: str, code: str) -> None:
    assert kb.get(entity).code == code


def test_defence_minister_offices_are_government(kb) -> None:
    """Every defence-minister office is a cabinet post; the army's chief of staff is still the military."""
    offices = [o for o in kb.offices.values() if o.key.endswith(".DEFENCE_MINISTER")]
    assert offices and all(o.code.endswith("-GOV") for o in offices)
    assert kb.offices["ISR.ARMY_CHIEF_OF_STAFF"].code == "ISR-MIL"


def test_named_defence_minister_threatens_as_government() -> None:
    text = "هدد وزير الدفاع الإسرائيلي يسرائيل كاتس بقصف مواقع في صنعاء إذا استمرت هجمات الحوثيين على السفن."
    assert _sources(text, "THREATEN") == ["ISR-GOV"]


def test_saudi_defence_minister_visit_is_government() -> None:
    text = "استقبل الرئيس الأمريكي دونالد ترامب في البيت الأبيض وزير الدفاع السعودي الأمير خالد بن سلمان."
    codes = [a.code for e in events_for_sentence(text) for a in e.source + e.target]
    assert "SAU-GOV" in codes and "SAU-MIL" not in codes


def test_world_court_is_its_own_actor() -> None:
    text = "أمرت محكمة العدل الدولية إسرائيل بالسماح بدخول المساعدات الإنسانية إلى قطاع غزة دون عوائق."
    assert _sources(text, "DEMAND") == ["ICJ"]


def test_unicef_by_its_arabic_name_is_unicef() -> None:
    text = "أرسلت منظمة الأمم المتحدة للطفولة شحنة لقاحات وأدوية إلى مخيمات النازحين في دارفور."
    assert _sources(text, "AID") == ["UNICEF"]


def test_un_refugee_agency_gives_aid_as_unhcr() -> None:
    text = "أرسلت مفوضية الأمم المتحدة لشؤون اللاجئين قافلة مساعدات إنسانية إلى النازحين في شرق تشاد."
    assert _sources(text, "AID") == ["UNHCR"]


def test_security_council_stays_un() -> None:
    text = "طالب مجلس الأمن الدولي طرفي النزاع في السودان بوقف القتال فورا."
    assert _sources(text, "DEMAND") == ["UN"]


def test_sadr_is_his_movement() -> None:
    text = "دعا زعيم التيار الصدري مقتدى الصدر أنصاره إلى التظاهر في ساحة التحرير ببغداد."
    assert "SADR" in [m.code for m in recognize_text(text) if m.text.endswith("مقتدى الصدر")] or \
        "SADR" in [a.code for e in events_for_sentence(text) for a in e.source]


@pytest.mark.parametrize(("text", "entity", "code"), [
    ("ألقت قوى الأمن الداخلي في محافظة حمص القبض على عنصر سابق في جيش النظام متهم بتعذيب معتقلين.",
     "org:syria_internal_security", "SYR-COP"),
    ("أوقفت قوى الأمن الداخلي في بيروت شخصين بتهمة سرقة سيارات في الضاحية.", "org:lebanon_isf", "LBN-COP"),
])
def test_internal_security_forces_follow_the_story_country(text: str, entity: str, code: str) -> None:
    hits = [m for m in recognize_text(text) if m.text == "قوى الأمن الداخلي"]
    assert [(m.entity, m.code) for m in hits] == [(entity, code)]


def test_syrian_internal_security_command_links_to_syria() -> None:
    text = "أعلنت قيادة الأمن الداخلي في محافظة اللاذقية توقيف خلية كانت تخطط لتفجيرات."
    assert "org:syria_internal_security" in [m.entity for m in recognize_text(text)]
