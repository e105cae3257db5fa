"""Rules added in the eighth dates round: seasons marked «المقبل/الحالي» by themselves, and fixes after ``dates_fresh8``.

«الصيف المقبل» is the first summer that starts after the anchor day (in January, this year's),
«هذا الصيف/الصيف الحالي» the one under way or this year's; «صيف العام المقبل» stays the next year's.
"""

from __future__ import annotations

import pytest
from probe_helpers import published, values


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتعتزم الوزارة طرح المناقصة الصيف المقبل.", "2024-01-10", "2024-06/2024-08"),
    ("ويبدأ العمل بالمنهج الجديد الخريف المقبل.", "2019-05-15", "2019-09/2019-11"),
    ("ويتوقع المزارعون موسماً أفضل الربيع القادم.", "2022-02-01", "2022-03/2022-05"),
    ("ويبدأ تشغيل الخط الجديد الصيف المقبل.", "2024-07-20", "2025-06/2025-08"),
    ("وتحذر الشركة من نقص الغاز الشتاء المقبل.", "2024-02-29", "2024-12/2025-02"),
    ("وتحذر الشركة من نقص الغاز الشتاء المقبل.", "2023-10-05", "2023-12/2024-02"),
    ("ويعود الفريق إلى التدريبات الربيع المقبل.", "2021-04-15", "2022-03/2022-05"),
])
def test_next_season_is_the_first_to_start_after_the_anchor(text: str, anchor: str, want: str) -> None:
    assert values(text, anchor) == [want]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("ويتوقع خبراء الطقس موجات حر شديدة هذا الصيف.", "2024-01-10", "2024-06/2024-08"),
    ("وتراجعت أعداد السياح في الصيف الحالي.", "2023-07-12", "2023-06/2023-08"),
    ("وتستعد البلديات لأمطار غزيرة هذا الشتاء.", "2022-11-20", "2022-12/2023-02"),
    ("وشهدت البلاد تساقط الثلوج مرتين خلال الشتاء الحالي.", "2022-01-20", "2021-12/2022-02"),
])
def test_current_season(text: str, anchor: str, want: str) -> None:
    assert values(text, anchor) == [want]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتنطلق المرحلة الثانية في ربيع العام المقبل.", "2024-07-10", "2025-03/2025-05"),
    ("وكانت المفاوضات قد توقفت في خريف العام الماضي.", "2024-07-10", "2023-09/2023-11"),
    ("وتنطلق الأعمال في صيف العام المقبل.", "2024-01-10", "2025-06/2025-08"),
])
def test_season_of_a_marked_year_keeps_that_year(text: str, anchor: str, want: str) -> None:
    assert values(text, anchor) == [want]


@pytest.mark.parametrize("text", ["وقال هذا الرجل إن الوضع صعب.", "وشارك هذا الفريق في البطولة."])
def test_demonstrative_without_a_season_is_no_timex(text: str) -> None:
    assert values(text, "2024-01-10") == []


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتزدحم الأسواق في العشر الأواخر من رمضان استعداداً للعيد.", "2024-03-01", "2024-03-31/2024-04-09"),
    ("ويعتكف المصلون في العشر الأواخر من شهر رمضان المبارك.", "2023-04-01", "2023-04-12/2023-04-20"),
    ("ويصوم كثيرون العشر الأوائل من ذي الحجة.", "2023-06-10", "2023-06-19/2023-06-28"),
    ("وتصرف الرواتب في العشر الأواخر من الشهر الجاري.", "2022-09-05", "2022-09-21/2022-09-30"),
])
def test_ten_days_of_a_month(text: str, anchor: str, want: str) -> None:
    assert values(text, anchor) == [want]


@pytest.mark.parametrize("text", ["وقال رمضان إن العشر الأواخر من حياته كانت صعبة.", "وزار رمضان الأسواق."])
def test_ramadan_as_a_name_is_no_month(text: str) -> None:
    assert values(text, "2024-03-01") == []


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتأمل الشركة في إغلاق الصفقة قبل نهاية الربع الحالي.", "2023-08-20", "2023-09-01/2023-09-30"),
    ("ويبدأ تشغيل المصنع مطلع الربع المقبل.", "2021-05-02", "2021-07-01/2021-07-31"),
    ("وتراجعت الصادرات في نهاية الربع الأول من 2022.", "2023-01-01", "2022-03-01/2022-03-31"),
    ("وارتفعت الأرباح بنهاية النصف الأول 2015.", "2015-08-01", "2015-05-01/2015-06-30"),
    ("وتبدأ المرحلة الثانية مطلع النصف الثاني من العام الجاري.", "2015-03-01", "2015-07-01/2015-08-31"),
])
def test_part_of_a_quarter_is_one_of_its_months(text: str, anchor: str, want: str) -> None:
    assert values(text, anchor) == [want]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وأوقفت الشرطة المشتبه به يوم 14/2 في أحد أحياء العاصمة.", "2022-02-20", "2022-02-14"),
    ("ووصلت الباخرة يوم ٣/١١ إلى ميناء العقبة.", "2021-11-10", "2021-11-03"),
])
def test_day_slash_month_after_a_day_word(text: str, anchor: str, want: str) -> None:
    assert values(text, anchor) == [want]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وشب الحريق مساء يوم الأربعاء 28/9 في مستودع بالرياض.", "2015-07-20", "2015-07-15"),
    ("وحددت الجامعة يوم الثلاثاء 10/12 موعداً للمراجعة.", "2015-07-20", None),
])
def test_weekday_and_short_numeric_date_keeps_the_weekday_only(text: str, anchor: str, want: str | None) -> None:
    """Saudi copy writes Hijri day/month after a weekday («الأربعاء 28/9» = 28 Ramadan): not read as Gregorian."""
    got = values(text, anchor)
    assert len(got) == 1 and "-09-28" not in got[0] and "-12-10" not in got[0]
    if want:
        assert got == [want]


@pytest.mark.parametrize("text", [
    "وتعرض المبنى رقم 14/2 لأضرار.",
    "وأقام المستأجر في الشقة 3/11 منذ سنوات طويلة.",
    "وانتهت المباراة بنتيجة 2/1 لصالح الضيوف.",
])
def test_slash_numbers_without_a_day_word_are_no_dates(text: str) -> None:
    assert values(text, "2022-02-20") == []


@pytest.mark.parametrize(("text", "want"), [
    ("وقضت محكمة الجنايات بالسجن 7 سنوات على المتهم الأول.", ["P7Y"]),
    ("وأيدت محكمة الاستئناف الحكم بحبسه ثلاثة أعوام.", ["P3Y"]),
    ("واستمرت الاشتباكات أربعة أيام قبل أن تتوقف.", ["P4D"]),
    ("ومدد البرلمان حالة الطوارئ ثلاثة أشهر إضافية.", ["P3M"]),
    ("وعمل المسعفون 20 ساعة متواصلة لانتشال الضحايا.", ["PT20H"]),
    ("ودامت الحرب الأهلية 15 عاما قبل توقيع اتفاق الطائف.", ["P15Y"]),
])
def test_bare_length_made_a_duration_by_its_neighbour(text: str, want: list[str]) -> None:
    assert values(text, "2022-02-20") == want


@pytest.mark.parametrize("text", [
    "ويبلغ المتهم من العمر 40 عاما.",
    "وتوفي الشاعر عن عمر ناهز 90 عاماً.",
    "وقتل ثلاثة أشخاص في أربعة أيام من القصف.",
])
def test_ages_and_plain_counts_are_no_durations(text: str) -> None:
    assert values(text, "2022-02-20") == []


def test_since_after_a_duration_verb_stays_a_date() -> None:
    assert values("واستمرت المفاوضات منذ 3 أيام دون نتيجة.", "2022-02-20") == ["2022-02-17"]


def test_until_late_hour_is_no_length() -> None:
    assert values("واستمر القصف حتى ساعة متأخرة من ليل أمس.", "2022-02-20") == ["2022-02-19"]


@pytest.mark.parametrize(("text", "day"), [
    ("كراتشي، 03-11-2022 - أغلقت السلطات الباكستانية الطرق المؤدية إلى العاصمة تحسباً لمسيرة المعارضة.",
     "2022-11-03"),
    ("بنغازي، 12/09/2023 - انتشلت فرق الإنقاذ عشرات الجثث من تحت الأنقاض.", "2023-09-12"),
])
def test_one_word_comma_dash_dateline(text: str, day: str) -> None:
    assert published(text)[2] == day


def test_two_word_comma_prefix_is_no_dateline() -> None:
    got = published("قال الوزير، 03-11-2022 - موعد نهائي لتسليم المشاريع.")
    assert got[2] is None


def test_anniversary_of_an_event_written_after_lil() -> None:
    lo, hi, best = published("غزة - أحيا الفلسطينيون اليوم الأربعاء الذكرى الـ76 للنكبة بمسيرات في المخيمات.")
    assert best == "2024-05-15" and lo == hi == best
