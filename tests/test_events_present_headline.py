"""Present-tense headlines: «قوات إسرائيلية تتوغل في ريف القنيطرة … وتعتقل ثلاثة رعاة سوريين» (blind62-001): the
incursion verb in the present («تتوغل») is a trigger like «توغلت», and the second verb joined by «و» shares the
headline's subject, which is no object of its own."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


def test_present_incursion_and_joined_arrest() -> None:
    text = "قوات إسرائيلية تتوغل في ريف درعا الغربي وتعتقل أربعة شبان سوريين"
    assert {"FIGHT", "COERCE"} <= _types(text)
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    assert "ISR-MIL" not in _codes(ev.target)


def test_present_noun_after_wa_is_no_verb() -> None:
    ev = _events("قوات إسرائيلية تتوغل في ريف القنيطرة وسط تحليق للطيران", "FIGHT")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
