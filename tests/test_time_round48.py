"""Round 48: Syrian and Iraqi security and politics copy (benchmarks/data/dates_fresh41.jsonl,
published_fresh38.jsonl).

«بداية العام الهجري الجديد» is the start of the coming (or just begun) Hijri year, not of the Gregorian
one; «العام الهجري الماضي» is the previous Hijri year when the page date sits well inside its own Hijri year;
a site's byline («روداو - أربيل، 10 حزيران 2014», «تلفزيون سوريا - إدلب | 5 آذار 2020») date the page.
Each rule is paired with what it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import spans, values

from marsad.analyze.time import date_text


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


_STORY = ("استقبل الرئيس أحمد الشرع في قصر الشعب وفدا من وجهاء محافظة السويداء وبحث معهم الأوضاع الخدمية "
          "والأمنية في المحافظة.\nوأكد الوفد دعمه لوحدة الأراضي السورية.\nالتعليقات\nسامر - 2025-02-20\nجيد.")


def _page(head: str) -> tuple[str | None, str | None, str | None]:
    p = date_text(head + "\n" + _STORY).published
    return p.earliest, p.latest, p.value


# -- the start of the new Hijri year (f41-043) ---------------------------------------------------------------------
def test_start_of_new_hijri_year() -> None:
    text = "وتعتزم الهيئة إطلاق منصة إلكترونية لتسجيل الزائرين مع بداية العام الهجري الجديد."
    # 1445 AH began on 19 July 2023; its first three months end with Rabi al-Awwal (15 October)
    assert spans(text, "2023-05-10") == [("بداية العام الهجري الجديد", "2023-07-19/2023-10-15")]
    # a week into Muharram the new year is the one just begun, not the next
    assert values(text, "2023-07-25") == ["2023-07-19/2023-10-15"]


def test_new_hijri_year_alone_and_gregorian_new_year_unchanged() -> None:
    # without a part word «حلول العام الهجري الجديد» is the new-year day itself
    assert values("ويحتفل المسلمون بحلول العام الهجري الجديد 1446 يوم الأحد المقبل.", "2024-07-03") == [
        "2024-07-07", "2024-07-07"]
    assert values("ويبدأ التطبيق مع بداية العام الجديد.", "2023-11-10") == ["2024-01-01/2024-03-31"]
    assert values("وتولى الأمين العام الجديد مهامه.", "2023-11-10") == []


# -- the past Hijri year (f41-044) ---------------------------------------------------------------------------------
def test_past_hijri_year_far_from_new_year() -> None:
    text = "وبلغ عدد زوار العتبات المقدسة في كربلاء خلال العام الهجري الماضي أكثر من 40 مليون زائر."
    # 20 January 2024 is in Rajab 1445: the past Hijri year is 1444 (30 July 2022 – 18 July 2023)
    assert spans(text, "2024-01-20") == [("العام الهجري الماضي", "2022-07-30/2023-07-18")]
    assert values("في نهاية العام الهجري الماضي", "2024-01-20") == ["2023-04-21/2023-07-18"]


def test_past_hijri_year_near_new_year_left_unresolved() -> None:
    text = "وشهد العام الهجري الماضي ارتفاعا في أعداد المعتمرين."
    assert values(text, "2023-07-10") == []  # Dhu al-Hijja: the year ending, or the one before
    assert values(text, "2023-07-25") == []  # Muharram: the page date may lag the year just ended


# -- a site's byline as the dateline (pf38-09, pf38-11) ------------------------------------------------------------
def test_outlet_place_byline_dates_the_page() -> None:
    assert _page("روداو - أربيل، 10 حزيران 2024") == ("2024-06-10", "2024-06-10", "2024-06-10")
    assert _page("تلفزيون سوريا - إدلب | 5 شباط 2025") == ("2025-02-05", "2025-02-05", "2025-02-05")


def test_outlet_byline_without_place_or_with_weekday_stays_a_bound() -> None:
    # a breadcrumb or a site's render stamp is an upper bound only
    assert _page("الرئيسية | سوريا | 5 شباط 2025")[2] is None
    assert _page("سانا - الأربعاء 5 شباط 2025")[2] is None
    assert _page("روداو - أربيل - الأربعاء 5 شباط 2025")[2] is None
