"""Mediators are a third party: «رفضت إسرائيل مقترح الهدنة الذي قدمه الوسطاء» coded them ISR-GOV, the story's
focus country being the source's own; they stay a bare sector unless a place names them («في القاهرة»)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_mediators_are_not_the_rejecting_side() -> None:
    ev = _events("رفضت إسرائيل مقترح الهدنة الذي قدمه الوسطاء", "REJECT")[0]
    assert _codes(ev.source) == ["ISR"]
    assert not any(c.startswith("ISR") for c in _codes(ev.target))


def test_mediators_met_in_a_capital_keep_its_country() -> None:
    ev = _events("التقى وفد من حركة حماس بالوسطاء في القاهرة", "CONSULT")[0]
    assert _codes(ev.target) == ["EGY-GOV"]
