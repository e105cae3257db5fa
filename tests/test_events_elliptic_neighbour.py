"""Beside one of a divided pair, «الشمال»/«الجنوب» alone is the other: «قالت هيئة الأركان الكورية الجنوبية إن
الشمال أطلق صاروخاً» (blind83, noticed in round 83) was coded as South Korea's own launch."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_the_north_beside_south_korea_is_north_korea() -> None:
    ev = _events("قالت هيئة الأركان المشتركة الكورية الجنوبية إن الشمال أطلق صاروخا باليستيا باتجاه بحر اليابان",
                 "MOBILIZE")[0]
    assert _codes(ev.source) == ["PRK-MIL"]
    ev = _events("أدانت سيول إطلاق الشمال صاروخا عابرا للقارات", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["PRK"]


def test_the_north_elsewhere_is_no_country() -> None:
    evs = _events("قال الجيش العراقي إن قواته انتشرت في الشمال", "MOBILIZE")
    assert evs and all("PRK" not in _codes(ev.source) + _codes(ev.target) for ev in evs)
