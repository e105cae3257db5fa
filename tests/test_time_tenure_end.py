"""A report of the day naming an office holder by a current title is dated within the tenure, end included."""

from __future__ import annotations

from marsad.analyze.time import infer_published
from marsad.model import Document


def _pub(body: str):
    return infer_published(Document(id="t", body=body))


def test_biden_today_is_before_the_end_of_his_term() -> None:
    p = _pub("قال الرئيس الأمريكي جو بايدن اليوم الخميس إن بلاده لن تسمح لإيران بامتلاك سلاح نووي.")
    assert p.latest is not None and "2021-01-20" <= p.latest <= "2025-01-20"


def test_without_a_day_reference_the_title_may_be_historical() -> None:
    p = _pub("قال الرئيس الأمريكي جو بايدن إن بلاده لن تسمح لإيران بامتلاك سلاح نووي.")
    assert p.latest is None


def test_a_later_year_in_the_text_keeps_the_interval_open() -> None:
    p = _pub("وفي عام 2026 قال الرئيس الأمريكي جو بايدن أمس إن الاتفاق صامد.")
    assert p.latest is None


def test_a_late_kings_title_does_not_bound_a_report_of_the_day() -> None:
    p = _pub("وأشار إلى مآثر الملك عبدالله بن عبدالعزيز رحمه الله. وقال المتحدث اليوم الخميس إن المشروع اكتمل.")
    assert p.latest is None or p.latest > "2015-01-23"
