"""Round 51: Gulf, Sudanese, Yemeni, Libyan and Maghrebi wire copy (benchmarks/data/dates_fresh43.jsonl,
published_fresh41.jsonl).

Numeric month-year forms year first («خلال 2024/3») or with a dash after «شهر»; years clipped to two digits
(«في عام 23», century from the anchor); lengths in minutes («بعد 45 دقيقة من اندلاعه»); a «نشر في» title
stamp followed by its clock and an update stamp. Each rule is paired with what it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import spans

from marsad.analyze.time import date_text


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- month and year, numeric (f43-020, f43-021) ---------------------------------------------------------------------

def test_year_first_month_year_after_preposition() -> None:
    s = "وبلغت صادرات الذهب الموريتانية خلال 2024/3 نحو 280 مليون دولار."
    assert spans(s, "2024-04-10") == [("2024/3", "2024-03")]


def test_dashed_month_year_after_shahr() -> None:
    s = "وقالت شركة النفط الليبية إن الإنتاج بلغ 1.2 مليون برميل يوميا في شهر 10-2023."
    assert [v for _, v in spans(s, "2023-11-02")] == ["2023-10"]


def test_month_year_leaves_academic_years_and_identifiers() -> None:
    # «2011/12» is the academic year 2011-2012, not December; a decree number is no month
    assert ("2011/12", "2011-12") not in spans("وتخرج الطالب في 2011/12 من كلية الطب.", "2015-05-01")
    assert spans("وصدر المرسوم السلطاني رقم 45/2024 بتنظيم قطاع التعدين.", "2024-12-10") == []
    assert spans("وانتهت المباراة 10-2 في الدوري.", "2024-12-10") == []


# -- two-digit years (f43-018) --------------------------------------------------------------------------------------

def test_two_digit_year_takes_the_anchor_century() -> None:
    s = "وتراجعت أرباح البنوك الكويتية المدرجة في عام 23 بنسبة طفيفة مقارنة بعام 22."
    assert spans(s, "2024-03-02") == [("عام 23", "2023"), ("عام 22", "2022")]
    # a clipped year later than next year is last century's: «أراضي عام 48» is 1948
    assert spans("وهجر آلاف الفلسطينيين من قراهم في أراضي عام 48.", "2024-05-15") == [("عام 48", "1948")]


def test_two_digit_year_leaves_ordinals_counts_and_seasons() -> None:
    assert spans("وحقق الفريق لقبه في العام 23 على التوالي.", "2024-05-15") == []
    assert spans("وبلغ عدد الطلاب عام 23 ألف طالب.", "2024-05-15") == []
    assert ("23/24", "2023/2024") in spans("وتوج القادسية بلقب كأس الأمير في موسم 23/24.", "2024-05-20")


# -- minutes (f43-032) ----------------------------------------------------------------------------------------------

def test_minutes_are_a_length() -> None:
    s = "وتمكنت فرق الدفاع المدني من إخماد الحريق بعد 45 دقيقة من اندلاعه."
    assert spans(s, "2023-10-22") == [("45 دقيقة", "PT45M")]
    assert spans("واستمر الاجتماع المغلق 90 دقيقة.", "2024-06-10") == [("90 دقيقة", "PT90M")]


def test_minutes_leave_clock_times_race_times_and_match_minutes() -> None:
    assert spans("وضرب الزلزال جنوب تركيا عند الساعة الرابعة و17 دقيقة فجراً.", "2023-02-06") == []
    assert spans("وحقق العداء ميدالية السباق بزمن 8 دقائق و6 ثوان.", "2024-08-10") == []
    assert spans("وسجل المهاجم هدف الفوز في الدقيقة 45.", "2024-08-10") == []
    # «قبل 20 دقيقة» is that day, as «قبل ساعتين» is, never a year
    assert spans("ووقع الانفجار قبل 20 دقيقة في وسط المدينة.", "2024-08-10") == [("قبل 20 دقيقة", "2024-08-10")]


# -- «نشر في» stamp with its clock and an update stamp (pf41-06) ---------------------------------------------------

_HOUTHI = ("صنعاء - أعلنت جماعة الحوثي اليوم الأحد الاستيلاء على سفينة شحن في جنوب البحر الأحمر واقتيادها إلى "
           "ساحل محافظة الحديدة.\nوقالت الجماعة إنها ستواصل استهداف السفن المرتبطة بإسرائيل.\n"
           "ونفت إسرائيل أن تكون السفينة مملوكة لها أو أن يكون على متنها أي إسرائيلي.")


def test_published_stamp_with_clock_and_update_is_the_day() -> None:
    p = date_text("نشر في: 19/11/2023 - 21:40 | آخر تحديث: 20/11/2023 - 09:15\n" + _HOUTHI).published
    assert (p.earliest, p.latest, p.value) == ("2023-11-19", "2023-11-19", "2023-11-19")


def test_update_stamp_alone_stays_an_upper_bound() -> None:
    p = date_text("آخر تحديث: 20/11/2023 - 09:15\n" + _HOUTHI).published
    assert p.value is None and p.latest is not None and p.latest <= "2023-11-20"
    # a label then prose is no stamp line
    p = date_text("نشر في: 19/11/2023 - تقرير خاص عن البحر الأحمر\n" + _HOUTHI).published
    assert p.value != "2023-11-20"
