"""Round 40: held-out probes benchmarks/data/dates_fresh35.jsonl (60 sentences) and published_fresh30.jsonl (25 pages).

Sentences: bulletins number the weeks of a year («الأسبوع الـ36 من العام الجاري», «الأسبوع الثاني والأربعين من
العام الحالي», «الأسبوع رقم 12 من عام 2025») → an ISO week (f34-020); «عطلة نهاية الأسبوع» keeps the holiday noun
in its span (f34-011). Each rule is paired with the case it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import spans, values


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- week numbers of a year (f34-020) ---------------------------------------------------------------
def test_numeric_week_of_the_current_year() -> None:
    s = "وأظهرت بيانات الترصد الوبائي ارتفاع الإصابات بالكوليرا في الأسبوع الـ36 من العام الجاري."
    assert spans(s, "2024-09-20") == [("الأسبوع الـ36 من العام الجاري", "2024-W36")]


def test_spelled_ordinal_week_of_the_year() -> None:
    s = "وسجلت وزارة الصحة 214 إصابة جديدة بحمى الضنك خلال الأسبوع الثاني والأربعين من العام الحالي."
    assert values(s, "2024-10-25") == ["2024-W42"]


def test_labelled_week_of_a_stated_year() -> None:
    s = "وتراجعت أسعار الدواجن في أسواق الجملة خلال الأسبوع رقم 12 من عام 2025 بحسب الغرفة التجارية."
    assert values(s, "2025-03-25") == ["2025-W12"]


def test_week_of_a_month_is_left_to_the_month_reading() -> None:
    s = "وسجلت بورصة عمّان أعلى حجم تداول لها في الأسبوع الثاني من الشهر الماضي."
    assert values(s, "2024-06-03") == ["2024-05-08/2024-05-14"]


# -- «عطلة نهاية الأسبوع» (f34-011) -----------------------------------------------------------------------
def test_weekend_holiday_noun_is_in_the_span() -> None:
    s = "وتشهد معظم مناطق المملكة أمطارا رعدية غزيرة خلال عطلة نهاية الأسبوع بحسب المركز الوطني للأرصاد."
    assert spans(s, "2024-11-13") == [("عطلة نهاية الأسبوع", "2024-11-15/2024-11-16")]


def test_holiday_noun_alone_is_not_a_weekend() -> None:
    s = "ومنحت الحكومة الموظفين عطلة مدفوعة الأجر بمناسبة الانتخابات."
    assert spans(s, "2024-11-13") == []
