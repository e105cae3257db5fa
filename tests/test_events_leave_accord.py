"""Leaving an agreement or treaty rejects it (blind83-004 «أعلنت روسيا انسحابها من اتفاق تصدير الحبوب» gave no
event: the withdrawal noun is blocked before «من اتفاق» because no troops move); as leaving an international body
is REJECT (blind27-055), so is quitting a treaty. Troops leaving a town stay RETREAT."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


def test_withdrawing_from_an_agreement_is_reject() -> None:
    ev = _events("أعلنت روسيا انسحابها من اتفاق تصدير الحبوب عبر البحر الأسود", "REJECT")[0]
    assert _codes(ev.source) == ["RUS"]
    assert "REJECT" in _types("أعلن الرئيس الأمريكي انسحاب بلاده من الاتفاق النووي الموقع عام 2015")
    assert "REJECT" in _types("انسحبت موسكو رسميا من معاهدة الحد من الأسلحة النووية")


def test_troops_leaving_a_town_stay_retreat() -> None:
    types = _types("انسحب الجيش الإسرائيلي من مدينة جنين بعد عملية استمرت يومين")
    assert "RETREAT" in types and "REJECT" not in types


def test_a_year_after_a_signing_participle_dates_the_treaty_not_the_event() -> None:
    """«الموقع عام 2015» dates the agreement; the withdrawal itself is news. A year right after the act
    («الانسحاب من الاتفاق عام 2018») still marks a past event told as background."""
    assert "REJECT" in _types("أعلن الرئيس الأمريكي انسحاب بلاده من الاتفاق النووي الموقع عام 2015")
    assert "REJECT" not in _types("أعلن الرئيس الأمريكي انسحاب بلاده من الاتفاق النووي عام 2018")
