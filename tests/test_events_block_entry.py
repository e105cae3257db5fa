"""«منعت إيران مفتشي الوكالة الدولية للطاقة الذرية من دخول منشأة فوردو»: barring someone «من دخول/من الوصول»
past a long object is COERCE against them, as «منعت … دخول» already was; a crowd barred that way is still
the protest's marchers (blind47-042)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_barring_inspectors_from_entering_is_coerce() -> None:
    ev = _events("منعت إيران مفتشي الوكالة الدولية للطاقة الذرية من دخول منشأة فوردو", "COERCE")[0]
    assert _codes(ev.source) == ["IRN"] and _codes(ev.target) == ["IAEA"]


def test_barred_protesters_still_march() -> None:
    text = "منعت قوات الدرك الأردنية مئات المتظاهرين من الوصول إلى محيط السفارة الإسرائيلية في عمان"
    ev = _events(text, "PROTEST")[0]
    assert _codes(ev.source) == ["JOR-CVL"]
