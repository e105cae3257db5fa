"""A group name followed at once by another country's nisba is a local body of that name: «حركة الشباب
الكويتي» (dev-562) is no al-Shabaab; al-Shabaab alone, or with its own country's nisba, stays the group."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_local_youth_movement_is_not_al_shabaab() -> None:
    ev = _events("نظمت حركة الشباب الكويتي وقفة احتجاجية أمام مجلس الأمة للمطالبة بالإصلاح", "PROTEST")[0]
    assert "SHABAAB" not in _codes(ev.source) + _codes(ev.target)


def test_al_shabaab_itself_stays() -> None:
    ev = _events("هاجمت حركة الشباب الصومالية قاعدة عسكرية في إقليم شبيلي السفلى", "ASSAULT")[0]
    assert _codes(ev.source) == ["SHABAAB"]
