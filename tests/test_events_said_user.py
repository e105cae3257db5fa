"""Sites a force is said to use are that force's: «ضربات على منشآت قالت إن الحرس الثوري الإيراني والجماعات
التابعة له يستخدمونها» (blind72-024) hit the IRGC, not the country the sites stand in — as sites said to belong
to a force («قالت إنها تابعة لفيلق القدس») already were."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_sites_said_to_be_used_by_a_force_are_its() -> None:
    ev = _events("شنت إسرائيل غارات على مستودعات في ريف حمص قالت إن حزب الله يستخدمها لتخزين الأسلحة", "ASSAULT")[0]
    assert _codes(ev.target) == ["HEZ"]


def test_said_that_without_use_names_no_owner() -> None:
    ev = _events("شنت إسرائيل غارات على مستودعات في ريف حمص وقالت إن حزب الله يهدد أمنها", "ASSAULT")[0]
    assert "HEZ" not in _codes(ev.target)
