"""Prisoners and civilians of an occupying power named as «الاحتلال» are the occupied people's
(blind74-043 «أفرجت سلطات الاحتلال عن الأسير ماهر الأخرس» gave ISR-CVL); a sentence naming Israel plainly, or
a place of another country, keeps the usual reading."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_prisoner_released_by_the_occupation_is_palestinian() -> None:
    ev = _events("أفرجت سلطات الاحتلال عن الأسير خليل عواودة بعد أشهر من الاعتقال الإداري", "CONCEDE")[0]
    assert _codes(ev.target) == ["PSE-CVL"]


def test_israeli_police_arresting_israelis_stay_israeli() -> None:
    ev = _events("اعتقلت الشرطة الإسرائيلية عشرات المتظاهرين في تل أبيب", "COERCE")[0]
    assert _codes(ev.target) and _codes(ev.target)[0].startswith("ISR")
