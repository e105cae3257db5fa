"""Rules added in the twenty-ninth dates round, after ``dates_fresh28`` (60 sentences: Maghrebi months with
weekdays, Hijri days with «الموافق», ordinal-word days, «مطلع/أواخر/منتصف», «خلال الأسبوعين الماضيين», «العام قبل
الماضي», «في غضون», ranges, decades, «ليلة الخميس على الجمعة», times of day, seasons, quarters, fiscal years; seven
negatives with resolution, road and price numbers) and ``published_fresh21`` (20 Iraqi, Syrian, Egyptian, Gulf and
Maghrebi pages: datelines, «الحالي» with weekdays, chrome stamps, related-article sidebars, copyright years).

First run (MARSAD_TODAY=2026-11-23): dates_fresh28 found 60/60 (1.000), exact 57/60 (0.950): the three misses
were a labelling slip — a Hijri day and its «الموافق» Gregorian day are two time expressions of one value in
every earlier set, and the probe wrote one; corrected. published_fresh21: committed 6/20, all right, containment
1.0, no wrong committed day. Wider than supported: «السبت الماضي 5 تشرين الأول الحالي» under «اليوم الثلاثاء»
(read as two expressions, October 2024 only), two city datelines on a line of their own (kept as stamps by
design), «7 نونبر الحالي» told in the past, a past «أيلول 2023» in a sentence with a future verb.

Rule: «السبت الماضي 5 تشرين الأول», «الخميس المقبل، 12 مارس» — a weekday with «الماضي/المقبل» followed by a
day of a named Gregorian month is one day (the weekday's marker dates a yearless day); on the page it is the last (next)
such weekday, so publication lies within the week after (before) it, and with the publication weekday stated
one day remains.

After: dates_fresh28 found 60/60, exact 60/60 (with the corrected labels; the tagger already gave them);
published_fresh21 committed 7/20, all right, containment 1.0 (pf21-17 now 2024-10-08). Earlier dates_* and
published_fresh* files unchanged (f11-020, a weekday «المقبل» before a Hijri day, stays two expressions); dev
388/388; seeds dates 36/36; SaudiNewsNet 83 committed, ±1 day 0.8795, containment 0.9917, any bound 0.1847→0.1848.
"""

from __future__ import annotations

import pytest
from probe_helpers import published, spans

pytestmark = pytest.mark.usefixtures("run_day")


def test_marked_weekday_and_its_date_are_one_day() -> None:
    # pf21-17
    text = "وعقد مجلس النواب جلسته بعد أن رفعت جلسة السبت الماضي 5 تشرين الأول الحالي لعدم اكتمال النصاب."
    assert spans(text, "2024-10-08") == [("السبت الماضي 5 تشرين الأول الحالي", "2024-10-05")]
    assert spans("ويعقد المجلس جلسته الخميس المقبل، 12 مارس.", "2024-03-05") == \
        [("الخميس المقبل، 12 مارس", "2024-03-12")]


def test_weekday_marker_dates_a_yearless_day() -> None:
    # the weekday's «الماضي» picks the past 5 October, as «5 تشرين الأول الماضي» would
    assert spans("وعقد المجلس جلسته السبت الماضي 5 تشرين الأول.", "2024-10-08") == \
        [("السبت الماضي 5 تشرين الأول", "2024-10-05")]


def test_marked_weekday_needs_a_month_after_the_number() -> None:
    assert spans("وقتل الأحد الماضي 15 شخصا.", "2024-03-05") == [("الأحد الماضي", "2024-03-03")]


def test_last_weekday_dates_the_page_within_a_week() -> None:
    # pf21-17: Tuesday, after Saturday 5 October 2024 «الماضي», in 2024 → 8 October
    text = ("المدى\nبغداد/ المدى\nعقد مجلس النواب جلسته اليوم الثلاثاء برئاسة نائب رئيس المجلس، بعد أن رفعت جلسة "
            "السبت الماضي 5 تشرين الأول الحالي لعدم اكتمال النصاب.\nوأكدت اللجنة المالية أن جداول موازنة العام "
            "الجاري 2024 وصلت إلى البرلمان.\nالإثنين 23 نوفمبر 2026")
    assert published(text) == ("2024-10-08", "2024-10-08", "2024-10-08")


def test_next_weekday_bounds_the_page_from_both_sides() -> None:
    lo, hi, value = published("أعلنت الوزارة أن الامتحانات ستبدأ الخميس المقبل 12 آذار 2026.")
    assert (lo, hi, value) == ("2026-03-05", "2026-03-11", None)


def test_mismatched_weekday_is_no_bound() -> None:
    # 12 March 2026 is a Thursday, not a Sunday: no week window
    lo, hi, _ = published("أعلنت الوزارة أن الامتحانات ستبدأ الأحد المقبل 12 آذار 2026.")
    assert lo is None or lo < "2026-03-05"


def test_marked_weekday_before_a_hijri_day_stays_apart() -> None:
    # f11-020: the Hijri day is its own expression, as with «الموافق»
    assert spans("ويوافق يوم الجمعة المقبل الأول من ذي الحجة بحسب تقويم أم القرى.", "2024-06-03") == \
        [("يوم الجمعة المقبل", "2024-06-07"), ("الأول من ذي الحجة", "2024-06-07")]
