"""Round 43: Gulf agency datelines and national-day ordinals (benchmarks/data/published_fresh33.jsonl, pf32-08/09/14).

A wire dateline whose agency sits between slashes («/قنا/», «/ وام /») is kept under a related list; the N-th
national day of a country named on the page («عيد الاتحاد الـ53», «الذكرى الـ64 للعيد الوطني») gives the year
of a yearless dateline. Each rule is paired with the case it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import published

from marsad.clean.lines import is_dateline


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- slash agency datelines under a related list (pf32-08, pf33-01) ------------------------------------------
def test_slash_agency_line_is_a_dateline() -> None:
    assert is_dateline("الدوحة في 18 ديسمبر 2023 /قنا/")
    assert is_dateline("دبي في 2 ديسمبر / وام /")
    assert not is_dateline("مجلس الوزراء يعقد اجتماعه العادي /قنا/")


def test_qna_dateline_after_read_also_list() -> None:
    text = ("اقرأ أيضا\nسمو الأمير يهنئ ملك البحرين بالعيد الوطني\nوزارة الداخلية تعلن خطة تأمين الاحتفالات 2023-12-20\n"
            "الدوحة في 18 ديسمبر 2023 /قنا/\nاحتفلت دولة قطر اليوم باليوم الوطني للدولة بمسير تقليدي على كورنيش "
            "الدوحة حضره حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى.\n"
            "وشهد المسير مشاركة وحدات من القوات المسلحة والأمن الداخلي.")
    lo, hi, _ = published(text)
    assert lo == hi == "2023-12-18"


# -- ordinal national days give the year (pf32-09, pf32-14, pf33-02/03/04/10/12) -------------------------------
def test_union_day_ordinal_dates_yearless_wam_dateline() -> None:
    text = ("دبي في 2 ديسمبر / وام / احتفلت دولة الإمارات اليوم بعيد الاتحاد الـ52 بعروض جوية ومسيرات في مختلف "
            "المدن.\nوأكد صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة أن مسيرة الاتحاد ماضية.")
    lo, hi, _ = published(text)
    assert lo == hi == "2023-12-02"


def test_word_ordinal_and_remembrance_before_the_name() -> None:
    text = ("أخبار ذات صلة\nالكويت تستضيف اجتماع وزراء الداخلية الخليجيين 2024/03/05\n"
            "الكويت - 26 - 2 (كونا) -- رفع سمو أمير البلاد العلم إيذانا ببدء احتفالات الذكرى الثالثة والثلاثين "
            "ليوم التحرير.\nوتوافد المواطنون على شارع الخليج العربي للمشاركة في المسيرات.")
    lo, hi, _ = published(text)
    assert lo == hi == "2024-02-26"


def test_two_kuwaiti_ordinals_of_one_year() -> None:
    text = ("الكويت - 25 - 2 (كونا) -- احتفلت دولة الكويت اليوم بالذكرى الـ64 للعيد الوطني والذكرى الـ34 ليوم "
            "التحرير وسط أجواء من الفرح.\nوازدانت الشوارع والمباني الحكومية بالأعلام.")
    lo, hi, _ = published(text)
    assert lo == hi == "2025-02-25"


def test_saudi_national_day_counts_hijri_years() -> None:
    text = ("الرياض 23 سبتمبر (واس) - تحتفل المملكة العربية السعودية اليوم باليوم الوطني الـ93 تحت شعار «نحلم ونحقق» "
            "بفعاليات في مختلف المناطق.\nوأطلقت الهيئة العامة للترفيه عروضا للألعاب النارية.")
    lo, hi, _ = published(text)
    assert lo == hi == "2023-09-23"


def test_ordinal_without_the_country_named_says_nothing() -> None:
    text = ("في 18 نوفمبر احتفلت البلاد بالعيد الوطني الـ54 بمسيرات شعبية.\n"
            "وشارك آلاف المواطنين في الفعاليات.")
    lo, hi, _ = published(text)
    assert lo is None and hi is None


def test_ordinal_of_two_countries_says_nothing() -> None:
    text = ("هنأت الكويت سلطنة عمان بالعيد الوطني الـ54 بينما تستعد لاحتفالات العيد الوطني الـ64.\n"
            "وأكدت الوزارة متانة العلاقات.")
    lo, hi, _ = published(text)
    assert lo is None and hi is None
