"""Round 58: Gaza 2023-2025 and its diplomacy — airdrops of tonnes of aid, suspended funding for an agency,
closed crossings, and wounded received for treatment."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أسقطت طائرات ... أطنانا من المساعدات»: an airdrop counted in tonnes is aid (blind58-040).
def test_airdrop_tonnes_of_aid() -> None:
    assert "AID" in _types("أسقطت طائرات أردنية أطنانا من المساعدات الطبية فوق مدينة خان يونس")


# «علقت الولايات المتحدة تمويلها لوكالة الأونروا»: suspending funding is a sanction (blind58-048).
def test_suspended_funding() -> None:
    assert _events("جمدت الحكومة السويدية تمويلها لوكالة الأونروا مؤقتا", "SANCTION")
    assert "SANCTION" not in _types("أعلنت السويد استئناف تمويلها لوكالة الأونروا")


# «أغلقت السلطات الإسرائيلية معبر كرم أبو سالم»: closing a crossing coerces (blind58-021).
def test_closed_crossing() -> None:
    ev = _events("أغلقت إسرائيل المعابر مع قطاع غزة بشكل كامل", "COERCE")[0]
    assert _codes(ev.source)[0].startswith("ISR")


# «فتحت ... معبر رفح لاستقبال الجرحى»: receiving the wounded for treatment is aid, not a visit (blind58-043).
def test_receiving_wounded() -> None:
    types = _types("استقبلت مستشفيات العريش عشرات الجرحى الفلسطينيين القادمين من قطاع غزة")
    assert "AID" in types and "CONSULT" not in types
    assert "CONSULT" in _types("استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة")
