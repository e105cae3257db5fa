"""A place taken «بعد طرد/دحر X» was taken from X: «الجيش السوري يستعيد السيطرة على مدينة البوكمال بعد طرد
تنظيم داعش منها» (blind72-026) fought ISIS, not the country the town is in."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_capture_after_expelling_a_group_targets_it() -> None:
    ev = _events("سيطرت القوات العراقية على قضاء القائم غرب الأنبار بعد دحر مسلحي تنظيم داعش", "FIGHT")[0]
    assert _codes(ev.source) == ["IRQ-MIL"] and _codes(ev.target) == ["ISIS"]


def test_capture_with_no_foe_named_keeps_the_place() -> None:
    ev = _events("سيطرت قوات الدعم السريع على مدينة نيالا عاصمة ولاية جنوب دارفور", "FIGHT")[0]
    assert _codes(ev.target) == ["SDN"]
