"""«تصدت الدفاعات الجوية السورية لعدوان إسرائيلي في سماء دمشق»: an «aggression» the air defences repelled is an
attack on them (the interception convention: the attacker is the source, the defences the target); with no
repelling verb «العدوان» stays a word of rhetoric, no event."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


def test_repelled_aggression_is_an_attack_on_the_defences() -> None:
    ev = _events("ذكرت وكالة سانا أن الدفاعات الجوية السورية تصدت لعدوان إسرائيلي في سماء ريف دمشق", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-MIL"] and _codes(ev.target) == ["SYR-MIL"]


def test_aggression_as_rhetoric_is_no_event() -> None:
    assert "ASSAULT" not in _types("دعا المجلس إلى وضع حد للعدوان المستمر على الشعب الفلسطيني منذ عقود")
