"""«تبرعت قطر بمبلغ 25 مليون دولار لوكالة الأونروا» (blind58-030): the donation verb names its beneficiary with
«لـ»/«إلى» past the sum, as the other aid triggers do; without it the place named later («في غزة») stood in."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_donation_beneficiary_after_the_sum() -> None:
    ev = _events("تبرعت الكويت بمبلغ 10 ملايين دولار للأونروا لدعم خدماتها في قطاع غزة", "AID")[0]
    assert _codes(ev.source) == ["KWT"] and _codes(ev.target) == ["UNRWA"]
    ev = _events("تبرعت ألمانيا بخمسة ملايين يورو إلى برنامج الأغذية العالمي", "AID")[0]
    assert _codes(ev.source) == ["DEU"] and _codes(ev.target)
