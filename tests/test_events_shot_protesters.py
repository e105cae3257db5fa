"""Protesters shot by the security forces marched: the protest's source is the protesters (the country's
civilians), not the police whose fire is the sentence's only actor (blind17-073, blind52-028); a counted
headline «مقتل 40 متظاهرا برصاص قوات الأمن» (blind69-027) names the protest too."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_shot_protesters_are_the_protest_source() -> None:
    ev = _events("أطلقت قوات الأمن العراقية الرصاص الحي على متظاهرين في مدينة البصرة", "PROTEST")[0]
    assert _codes(ev.source) == ["IRQ-CVL"]
    ev = _events("مقتل 25 متظاهرا برصاص قوات الأمن في مدينة درعا", "PROTEST")[0]
    assert _codes(ev.source) == ["SYR-CVL"]
    ev = _events("مقتل 25 متظاهرا برصاص قوات الأمن في مدينة درعا", "ASSAULT")[0]
    assert _codes(ev.target) == ["SYR-CVL"]
