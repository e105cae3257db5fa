"""Bases and sites the knowledge base records as hosting a foreign force (``extra.hosts``): an attack on one is
an attack on that force (blind24-097, blind72-040: «البرج 22» in Jordan hit by drones that killed US soldiers)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes

from marsad.analyze.events.lexicon import kb_hosted_bases


def test_kb_bases_hosting_us_forces_are_their_targets() -> None:
    ev = _events("استهدفت المقاومة الإسلامية في العراق البرج 22 على الحدود الأردنية السورية بطائرة مسيرة",
                 "ASSAULT")[0]
    assert _codes(ev.target) == ["USA-MIL"]
    ev = _events("سقطت قذائف صاروخية على حقل كونيكو في ريف دير الزور دون وقوع إصابات", "ASSAULT")[0]
    assert _codes(ev.target) == ["USA-MIL"]


def test_a_town_with_a_base_and_an_airport_are_not_the_garrison() -> None:
    hosted = kb_hosted_bases()
    assert hosted.get("قاعده الشدادي") == "USA-MIL" and "الشدادي" not in hosted
    assert not any(k.startswith("مطار اربيل") for k in hosted)
    ev = _events("قصفت القوات التركية بلدة الشدادي بريف الحسكة", "ASSAULT")[0]
    assert "USA-MIL" not in _codes(ev.target)
