"""Round 59: an accusative nisba adjective after a site noun is no actor («موقعاً عسكرياً»)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «استهدف أمس الأحد موقعاً عسكرياً … وأدى إلى مقتل ثلاثة جنود أميركيين» (the shipped sample page
# b4_khaleej_jadid_jordan_condemns): «عسكرياً» describes the site; read as soldiers it had made the
# Jordanian condemner's country the attacker (JOR-MIL killed USA-MIL). The attacker is unnamed.
def test_military_site_adjective_is_not_the_attacker() -> None:
    text = ("دانت الحكومة الأردنية الهجوم الذي استهدف أمس الأحد موقعاً عسكرياً متقدماً على الحدود مع سوريا، "
            "وأدى إلى مقتل ثلاثة جنود أميركيين وإصابة آخرين.")
    ev = _events(text, "ASSAULT")[0]
    assert _codes(ev.source) == []
    assert _codes(ev.target) == ["USA-MIL"]


# A counted «عسكرياً» is still soldiers (the same rule as «12 مدنياً»).
def test_counted_soldiers_stay_actors() -> None:
    ev = _events("قتل مسلحون 12 عسكرياً في هجوم على حاجز للجيش في شمال سيناء", "ASSAULT")[0]
    assert any(c.endswith("MIL") for c in _codes(ev.target))
