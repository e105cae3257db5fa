"""Rules added in the sixteenth dates round, after ``dates_fresh15`` (2000s newswire: Iraq, Lebanon, Palestine).

A yearless feast whose day is written right after it («فجر أول أيام عيد الأضحى في الثلاثين من كانون الأول
المنصرم») is that written day, once: the feast is not resolved again on its own (Hijri calendars differ by a day).
«العام الهجري 1427» is that Hijri year, with or without «هـ».
"""

from __future__ import annotations

import pytest
from probe_helpers import spans

pytestmark = pytest.mark.usefixtures("run_day")


@pytest.mark.parametrize(("text", "anchor", "want"), [
    # the feast is the written day after it
    ("وأعدم صدام حسين فجر أول أيام عيد الأضحى في الثلاثين من كانون الأول المنصرم.", "2007-01-05",
     [("الثلاثين من كانون الأول المنصرم", "2006-12-30")]),
    ("ويحتفل المسلمون بعيد الأضحى في 10 ذي الحجة.", "2007-01-05", [("10 ذي الحجة", "2006-12-31")]),
    # another clause between them: both stay
    ("وزار عائلته في عيد الأضحى، وعاد في 3 كانون الثاني.", "2007-01-05",
     [("عيد الأضحى", "2006-12-31"), ("3 كانون الثاني", "2007-01-03")]),
])
def test_feast_dated_after(text: str, anchor: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in spans(text, anchor) if v] == want


@pytest.mark.parametrize(("text", "want"), [
    ("وبدأ العام الهجري 1427 هـ.", [("العام الهجري 1427 هـ", "2006-01-31/2007-01-19")]),
    ("وبدأ العام الهجري 1427.", [("العام الهجري 1427", "2006-01-31/2007-01-19")]),
    ("في العام الهجري 2006.", [("2006", "2006")]),  # not a Hijri year: left to the ordinary reading
    ("وانتهى العام الهجري الماضي.", []),
])
def test_hijri_year_word(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in spans(text, "2006-01-20") if v] == want
