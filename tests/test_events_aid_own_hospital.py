"""Aid dropped on the giver's own field hospital abroad reaches the place it stands in: «إنزالا جويا لمساعدات
طبية على المستشفى الميداني الأردني في خان يونس» (blind74-034) is aid to Gaza, not to Jordan."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_aid_to_own_field_hospital_abroad_goes_to_the_place() -> None:
    ev = _events("أرسلت مصر شحنة مساعدات طبية إلى المستشفى الميداني المصري في رفح الفلسطينية", "AID")[0]
    assert _codes(ev.source) == ["EGY"] and _codes(ev.target) == ["PSE"]


def test_aid_to_a_foreign_recipient_is_untouched() -> None:
    ev = _events("أرسلت مصر شحنة مساعدات طبية إلى السودان", "AID")[0]
    assert _codes(ev.target) and _codes(ev.target)[0].startswith("SDN")
