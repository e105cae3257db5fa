"""A circumstantial participle names the attack's aim: «قصف مسلحون المنطقة الخضراء في بغداد بقذائف الهاون
مستهدفين مبنى السفارة الأمريكية» (blind60-044) targeted the US embassy, not Iraq's area shelled."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_participle_names_the_target() -> None:
    ev = _events("شن مسلحون هجوما على مدينة العريش مستهدفين مقر قيادة الشرطة المصرية", "ASSAULT")[0]
    assert _codes(ev.target) == ["EGY-COP"]
    ev = _events("أطلقت فصائل مسلحة صواريخ على بغداد مستهدفة السفارة الأمريكية في المنطقة الخضراء", "ASSAULT")[0]
    assert _codes(ev.target) == ["USA-GOV"]
