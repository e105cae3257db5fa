"""Knowledge-base round 7: names the events probes read as the wrong actor or as no actor at all.

«رياض سلامة» read as Riyadh (the given name is the city without its article) until the governor of the
Banque du Liban was listed with his office; Iraq's Ministerial Council for National Security («مجلس الأمن الوطني
العراقي») and other states' national security councils read as the UN Security Council through their first two
words; «الشيخ عيسى قاسم», the Bahraini Shia cleric, took the ruling family's code from «الشيخ»; air forces
(«سلاح الجو السوري») had no entry, so their nationality adjective went to the wrong argument.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.analyze.events import events_for_sentence


def _codes(text: str, etype: str, role: str) -> list[str]:
    return [a.code for e in events_for_sentence(text) if e.type == etype for a in getattr(e, role)]


@pytest.mark.parametrize(("name", "entity", "code"), [
    ("رياض سلامة", "person:riad_salameh", "LBN-GOV"),
    ("مصرف لبنان", "org:banque_du_liban", "LBN-GOV"),
    ("مجلس الأمن الوطني العراقي", "org:iraqi_national_security_council", "IRQ-GOV"),
    ("المجلس الوزاري للأمن الوطني", "org:iraqi_national_security_council", "IRQ-GOV"),
    ("مجلس الأمن القومي التركي", "org:turkish_nsc", "TUR-GOV"),
    ("مجلس الأمن القومي الإسرائيلي", "org:israeli_nsc", "ISR-GOV"),
    ("مجلس الأمن الروسي", "org:russian_security_council", "RUS-GOV"),
    ("المجلس الأعلى للأمن القومي", "org:iranian_snsc", "IRN-GOV"),
    ("عيسى قاسم", "person:isa_qassim", "BHR-REL"),
    ("سلاح الجو الإسرائيلي", "org:israeli_air_force", "ISR-MIL"),
    ("سلاح الجو السوري", "org:syrian_air_force", "SYR-MIL"),
    ("القوات الجوية الملكية السعودية", "org:saudi_air_force", "SAU-MIL"),
    ("المجلس الأعلى للقوات المسلحة", "org:egypt_scaf", "EGY-MIL"),
    ("محكمة التمييز الكويتية", "org:kuwait_court_of_cassation", "KWT-JUD"),
    ("بوعلام صنصال", "person:boualem_sansal", "DZA-CVL"),
])
def test_lookup(kb, name: str, entity: str, code: str) -> None:
    hits = kb.lookup(name)
    assert hits and hits[0].id == entity and hits[0].code == code


def test_bare_national_security_council_is_no_un_body(kb) -> None:
    """Many states have a «مجلس الأمن القومي»: the bare name is an organisation of no country, never the UN."""
    hit = kb.lookup("مجلس الأمن القومي")[0]
    assert hit.id == "org:national_security_council" and not hit.code


def test_lebanon_central_bank_governors_date_pages(kb) -> None:
    assert [p.id for p in kb.holders("LBN.CENTRAL_BANK_GOVERNOR", on="2019-10-17")] == ["person:riad_salameh"]
    assert [p.id for p in kb.holders("LBN.CENTRAL_BANK_GOVERNOR", on="2024-03-01")] == ["person:wassim_mansouri"]
    assert [p.id for p in kb.holders("LBN.CENTRAL_BANK_GOVERNOR", on="2025-09-01")] == ["person:karim_souaid"]


def test_salameh_is_lebanese_not_riyadh() -> None:
    text = "وجه القضاء الألماني اتهامات جديدة إلى حاكم مصرف لبنان السابق رياض سلامة بغسل أموال عبر مصارف أوروبية"
    hits = [m for m in recognize_text(text) if "رياض" in m.text]
    assert hits and all(m.code != "SAU" and not (m.code or "").startswith("SAU") for m in hits)
    assert "person:riad_salameh" in [m.entity for m in hits]


def test_iraqi_national_security_council_condemns_as_government() -> None:
    text = "دان مجلس الأمن الوطني العراقي القصف الذي استهدف حقل كورمور للغاز في محافظة السليمانية"
    assert _codes(text, "DISAPPROVE", "source") == ["IRQ-GOV"]


def test_turkish_security_council_is_turkey() -> None:
    text = "رحب مجلس الأمن القومي التركي بالاتفاق بين الحكومة السورية وقوات سوريا الديمقراطية"
    assert _codes(text, "SUPPORT", "source") == ["TUR-GOV"]


def test_un_security_council_is_still_the_un() -> None:
    text = "دعا مجلس الأمن الدولي إيران إلى التعاون الكامل مع الوكالة الدولية للطاقة الذرية"
    assert _codes(text, "DEMAND", "source") == ["UN"]


def test_cleric_isa_qassim_is_not_the_ruling_family() -> None:
    text = "انتقد الشيخ عيسى قاسم السلطات البحرينية بسبب اعتقال عدد من رجال الدين في قرية الدراز"
    assert _codes(text, "DISAPPROVE", "source") == ["BHR-REL"]


@pytest.mark.parametrize(("text", "code"), [
    ("شن سلاح الجو الإسرائيلي غارات على مواقع عسكرية في ريف دمشق الجنوبي", "ISR-MIL"),
    ("قصف سلاح الجو السوري مواقع لفصائل المعارضة في ريف إدلب الجنوبي", "SYR-MIL"),
    ("قصف سلاح الجو الأردني مواقع لمهربي المخدرات في محافظة السويداء جنوبي سوريا", "JOR-MIL"),
])
def test_air_force_strikes_as_its_military(text: str, code: str) -> None:
    assert _codes(text, "ASSAULT", "source") == [code]


def test_egyptian_military_council_releases_detainees() -> None:
    text = "أفرج المجلس الأعلى للقوات المسلحة عن عشرات الناشطين الذين اعتقلوا خلال احتجاجات ميدان التحرير"
    assert "EGY-MIL" in _codes(text, "CONCEDE", "source")
