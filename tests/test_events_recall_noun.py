"""«قرر الأردن استدعاء سفيره لدى إسرائيل» (blind58-024): the verbal noun «استدعاء» is read as a noun, so the
country the envoy is posted to («لدى إسرائيل») is the target; the finite «استدعت … السفير» is unchanged."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_recalling_ones_envoy_targets_the_host_country() -> None:
    ev = _events("قررت الكويت استدعاء سفيرها لدى بيروت احتجاجا على تصريحات وزير لبناني", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["KWT"] and _codes(ev.target) == ["LBN"]


def test_finite_summons_unchanged() -> None:
    ev = _events("استدعت وزارة الخارجية الأردنية السفير الإسرائيلي في عمان", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["JOR-GOV"] and _codes(ev.target) == ["ISR-GOV"]
