"""The force guarding the attackers is not their target: «هاجم مستوطنون تحت حماية جيش الاحتلال قرية …»
(blind74-004) had the army as the target of the settlers' attack."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_protecting_force_is_no_target() -> None:
    ev = _events("اقتحم مستوطنون بحماية قوات الاحتلال باحات المسجد الأقصى صباح اليوم", "COERCE")[0]
    assert _codes(ev.source) == ["ISR-CVL"]
    assert "ISR-MIL" not in _codes(ev.target)
    ev = _events("هاجم مستوطنون تحت حماية جيش الاحتلال منازل الفلسطينيين في بلدة حوارة", "ASSAULT")[0]
    assert "ISR-MIL" not in _codes(ev.target)
