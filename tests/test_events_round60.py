"""Round 60: Iraq 2003–2011 as Arab outlets reported it — an American occupier named by its nisba, the invasion
verb «غزا», relief planes laden with medicine, and present-tense kidnapping headlines."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «قوات الاحتلال الأمريكي»: the occupation words name the country of the nisba after them (blind60-021).
def test_occupier_nisba() -> None:
    ev = _events("اعتقلت قوات الاحتلال الأمريكي عشرة أشخاص في مدينة الرمادي", "COERCE")[0]
    assert _codes(ev.source)[0] == "USA-MIL"
    ev = _events("اعتقلت قوات الاحتلال الإسرائيلي عشرة فلسطينيين في مدينة جنين", "COERCE")[0]
    assert _codes(ev.source)[0] == "ISR-MIL"


# «تبدأ غزو العراق», «غزت … العراق»: invading is an assault by the invader (blind60-001).
def test_invasion_verb() -> None:
    ev = _events("غزت القوات الأمريكية والبريطانية العراق في آذار 2003", "ASSAULT")[0]
    assert "USA-MIL" in _codes(ev.source) and _codes(ev.target)[0].startswith("IRQ")
    ev = _events("القوات الأمريكية تبدأ غزو العراق بضربات صاروخية على بغداد", "ASSAULT")[0]
    assert _codes(ev.source)[0].startswith("USA")
    assert "ASSAULT" not in _types("غزت المنتجات الصينية الأسواق العربية")


# «طائرة محملة بالأدوية»: a plane laden with medicine or food sent somewhere is aid (blind60-042).
def test_relief_laden() -> None:
    ev = _events("أرسلت الكويت طائرة محملة بالمواد الغذائية إلى النازحين في لبنان", "AID")[0]
    assert _codes(ev.source)[0].startswith("KWT")
    assert "AID" not in _types("ضبطت الجمارك شاحنة محملة بالأدوية المهربة")


# «مسلحون يخطفون …»: a present-tense headline kidnapping is an assault (blind60-048).
def test_present_kidnap_headline() -> None:
    ev = _events("مسلحون يختطفون مهندسا تركيا في مدينة كركوك", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "UAF"
