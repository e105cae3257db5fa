"""The chrome-date parser: Levantine, Egyptian, Maghrebi and English month names, numeric forms."""

from __future__ import annotations

import pytest

from marsad.clean.pagedates import find_dates, is_date_only, page_dates


@pytest.mark.parametrize(("text", "iso"), [
    ("الخميس 09 مايو 2024", "2024-05-09"),  # Egyptian month name with weekday (a render date)
    ("14 حزيران 2017", "2017-06-14"),  # Levantine
    ("٢٢ تشرين الأول ٢٠٢٤", "2024-10-22"),  # two-word Levantine month, Arabic-Indic digits
    ("3 كانون الثاني 2020", "2020-01-03"),
    ("الأحد 7 أيار/مايو 2023", "2023-05-07"),  # paired names
    ("5 جوان 2021", "2021-06-05"),  # Maghrebi
    ("12 أوت 2019", "2019-08-12"),
    ("December 19, 2024", "2024-12-19"),
    ("Monday, March 10, 2025", "2025-03-10"),
    ("19 Dec 2024", "2024-12-19"),
    ("12/05/2024", "2024-05-12"),  # day/month/year
    ("2024-02-02T10:00:00+03:00", "2024-02-02"),
])
def test_find_dates(text: str, iso: str) -> None:
    assert [v for _, _, v in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", [
    "30 شباط 2023",  # no such day
    "في ديسمبر/ كانون الأول 2017",  # month and year only: not a day
    "نيسان 2017",
    "قُتل 14 شخصاً في 2023",
])
def test_no_full_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("line", "expected"), [
    ("الخميس 09 مايو 2024", True),
    ("- December 19, 2024", True),
    ("آخر تحديث: السبت 20 أيار 2023 | 14:05", True),
    ("نشر في 12/05/2024 - 10:30 ص", True),
    ("وقّع الوزيران في 12 أيار 2024 مذكرة تفاهم", False),
])
def test_is_date_only(line: str, expected: bool) -> None:
    assert is_date_only(line) is expected


def test_page_dates_keep_original_text() -> None:
    """The PageDate text is the page's own characters (Arabic-Indic digits kept), the value an ISO day."""
    (pd,) = page_dates("السبت ١٤ أيلول ٢٠٢٤", where="header")
    assert (pd.text, pd.value, pd.where) == ("١٤ أيلول ٢٠٢٤", "2024-09-14", "header")


@pytest.mark.parametrize(("line", "value"), [
    ("الرباط، الأربعاء 13 نونبر 2024", "2024-11-13"),  # Moroccan month names in a Hespress-style header
    ("آخر تحديث: الخميس 5 دجنبر 2024", "2024-12-05"),
    ("السبت 10 غشت 2024 - 10:45", "2024-08-10"),
    ("الإثنين 2 شتنبر 2024", "2024-09-02"),
    ("الجمعة 12 يوليوز 2024", "2024-07-12"),
])
def test_moroccan_month_names_in_page_headers(line: str, value: str) -> None:
    assert [d.value for d in page_dates(line)] == [value]
