"""Round 44: Maghrebi copy (benchmarks/data/dates_fresh37.jsonl, published_fresh34.jsonl).

Coordinated years after the dual «عامي» give both years; the Amazigh new year is a named day (Algeria's
12 January, Morocco's 14 January with Moroccan cues) whose festival name and Amazigh year stay inside the span;
the N-th Algerian independence day dates a yearless APS dateline. Each rule is paired with what it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import published, spans, values


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- coordinated years after a year noun (f37-058) ---------------------------------------------------------------
def test_dual_year_noun_coordinates_two_years() -> None:
    text = "ونظمت المدينة المهرجان في عامي 2019 و2020 قبل أن يتوقف بسبب الجائحة."
    assert values(text, "2024-01-01") == ["2019", "2020"]
    assert values("وبلغ عدد الطلاب الجامعيين في سنتي 2022 و2023 نحو مليون طالب.", "2024-01-01") == ["2022", "2023"]


def test_coordinated_count_after_year_is_no_year() -> None:
    assert values("وسجلت الشركة خسائر عامي 2020 و300 موظف فقدوا وظائفهم.", "2024-01-01") == ["2020"]


# -- the Amazigh new year (f37-055/056) ------------------------------------------------------------------------
def test_amazigh_new_year_swallows_festival_name_and_amazigh_year() -> None:
    text = "واحتفلت العائلات الجزائرية برأس السنة الأمازيغية يناير 2975 بتحضير أطباق تقليدية."
    assert spans(text, "2025-01-12") == [("رأس السنة الأمازيغية يناير 2975", "2025-01-12")]


def test_amazigh_new_year_ahead_is_the_coming_twelfth() -> None:
    text = "وتستعد ولاية تيزي وزو لإحياء رأس السنة الأمازيغية الجديدة بمعارض للحرف التقليدية."
    assert values(text, "2025-01-08") == ["2025-01-12"]


def test_moroccan_amazigh_new_year_is_the_fourteenth() -> None:
    text = "وأقرت الحكومة المغربية عطلة رسمية مؤدى عنها بمناسبة رأس السنة الأمازيغية."
    assert values(text, "2024-01-10") == ["2024-01-14"]


def test_january_alone_stays_a_month() -> None:
    assert values("وارتفعت أسعار الخضر في يناير الماضي بنسبة 12 في المئة.", "2025-03-10") == ["2025-01"]


# -- Algerian independence ordinal dates a yearless APS dateline (pl34-06) ------------------------------------
def test_algerian_independence_ordinal_gives_the_year() -> None:
    text = ("الجزائر - 5 جويلية (واج) - أحيت الجزائر اليوم الذكرى الـ62 لعيد الاستقلال والشباب بتنظيم حفلات رسمية "
            "وشعبية في مختلف ولايات الوطن.\nووضع رئيس الجمهورية إكليلا من الزهور بمقام الشهيد.")
    lo, hi, _ = published(text)
    assert lo == hi == "2024-07-05"


def test_yearless_aps_dateline_without_ordinal_stays_open() -> None:
    text = ("الجزائر - 5 جويلية (واج) - أحيت الجزائر اليوم عيد الاستقلال والشباب بتنظيم حفلات رسمية "
            "وشعبية في مختلف ولايات الوطن.")
    lo, hi, _ = published(text)
    assert not (lo and hi and lo == hi)


# -- a date opening its line before a line-end agency (fuzz crash in the dateline check) ----------------------
def test_date_at_line_start_before_line_end_agency_does_not_crash() -> None:
    text = ("20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024 م واس\n"
            "أعلنت وزارة الصحة السعودية إطلاق حملة التطعيم ضد الإنفلونزا الموسمية في جميع المناطق.")
    lo, hi, _ = published(text)
    assert hi is None or hi >= "2024-11-22"
