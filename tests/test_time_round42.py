"""Round 42: page-level probes benchmarks/data/published_fresh32.jsonl (15 pages) and the round-41 page gaps
pf31-12/13/14 and pf30-03.

A league round («الجولة العاشرة») inside a season written as two consecutive years bounds the page to that
season (July to June); an age at death with a birth year bounds it to the death year or the next; a wire
dateline ending in a doubled dash «(كونا) --» is still a dateline under a related-stories list. Each rule is
paired with the case it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import inferred, published

from marsad.clean.lines import is_dateline


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- a league round of a season (pf31-12, pf32-01, pf32-13) ---------------------------------------------------
def test_matchday_bounds_to_the_season() -> None:
    text = ("حقق نيوكاسل يونايتد فوزا ثمينا على ضيفه أرسنال بهدف نظيف مساء أمس السبت ضمن منافسات الجولة العاشرة "
            "من الدوري الإنجليزي الممتاز لموسم 2024-2025.\nوسجل ألكسندر إيزاك هدف المباراة الوحيد برأسية.")
    lo, hi, _ = published(text)
    assert lo[:7] == "2024-07" and hi[:7] == "2025-06"  # the Saturdays of the season


def test_matchday_with_slashed_season() -> None:
    text = ("خسر ليفربول أمام مضيفه مانشستر يونايتد بهدفين مقابل هدف في قمة الجولة الثامنة من الدوري الإنجليزي "
            "الممتاز لموسم 2025/2026 مساء أمس الأحد.\nوهي الهزيمة الرابعة على التوالي لحامل اللقب.")
    lo, hi, _ = published(text)
    assert lo[:7] == "2025-07" and hi[:7] == "2026-06"


def test_season_without_a_round_says_nothing() -> None:
    text = ("استعرض النادي في تقريره السنوي حصاد موسم 2022-2023 الذي شهد تتويج الفريق الأول بلقب الدوري.\n"
            "وأشاد رئيس النادي بجهود الجهاز الفني واللاعبين.")
    assert published(text)[:2] == (None, None)


# -- an age at death and a birth year (pf31-14, pf32-04, pf32-05) ---------------------------------------------
def test_obituary_age_and_birth_year() -> None:
    text = ("غيب الموت صباح اليوم الجمعة الفنان المغربي عبد الوهاب الدكالي عن عمر ناهز 84 عاما.\n"
            "وكان الراحل، المولود عام 1941 بمدينة فاس، قد أثرى الخزانة الموسيقية المغربية بعشرات الأغاني.")
    lo, hi, _ = published(text)
    assert lo[:7] == "2025-01" and "2026-11" <= hi <= "2026-12-31"  # Fridays of 2025-2026, up to today


def test_obituary_birth_year_after_subject_and_place() -> None:
    text = ("رحل الفنان المصري نور الشريف مساء أمس الثلاثاء عن عمر ناهز 69 عاما بعد صراع طويل مع المرض.\n"
            "وولد الراحل عام 1946 في حي السيدة زينب بالقاهرة.")
    lo, hi, _ = published(text)
    assert lo[:7] == "2015-01" and hi[:7] == "2016-12"


def test_remembrance_piece_is_not_bounded_above() -> None:
    text = ("تحل اليوم الذكرى العاشرة لرحيل الفنان نور الشريف الذي توفي عن عمر ناهز 69 عاما.\n"
            "وولد الراحل عام 1946 في حي السيدة زينب بالقاهرة.")
    lo, hi, _ = published(text)
    assert hi is None or hi >= "2025-08-11"


# -- a KUNA dateline ending in «--» under a related list (pf30-03, pf32-07) -------------------------------
def test_doubled_dash_dateline() -> None:
    assert is_dateline("الكويت في 14 يناير 2025 (كونا) --")
    assert not is_dateline("وزير الخارجية يستقبل سفير المملكة المتحدة (كونا) --")


def test_kuna_dateline_after_related_links() -> None:
    body = ("أخبار ذات صلة\nوزير الخارجية يستقبل سفير المملكة المتحدة 2025/02/03\n"
            "الكويت ترحب بوقف إطلاق النار في غزة 2025/01/19\nالكويت في 14 يناير 2025 (كونا) --\n"
            "بحث وزير الخارجية عبدالله اليحيا اليوم الثلاثاء مع نظيره الأردني أيمن الصفدي آخر المستجدات في سوريا.\n"
            "وأكد الجانبان أهمية تنسيق المواقف العربية.")
    assert published(body)[2] == "2025-01-14"
    assert inferred(body).latest == "2025-01-14"
