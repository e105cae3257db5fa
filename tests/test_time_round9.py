"""Rules added in the ninth dates round, after the blind probes ``dates_fresh9`` and ``published_fresh6``.

Dialect markers («السبت الجاي», «الشهر اللي فات»), «مدتها» lengths, Maghrebi «فاتح رمضان», a Hijri day
taking the Gregorian day it is said to correspond to, «آب» after a part word, yearless dates in a
future clause, the calendar decade of a bare «العقد الماضي», «العام الجديد», «الشهر نفسه من العام
الماضي»; for publication: an agency named without brackets in a dateline, «تحل اليوم الذكرى …», a
one-word title in construct with its country («أمير الكويت») and an act cited by number and year.
"""

from __future__ import annotations

import pytest
from probe_helpers import published, spans, values

from marsad.analyze.time import find_timexes


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وأكد مصدر بالوزارة إن الامتحانات هتبدأ السبت الجاي.", "2023-01-16", ["2023-01-21"]),
    ("وأعلنت الهيئة أن الفعاليات بتنطلق يوم الخميس الجاي في الرياض.", "2022-02-20", ["2022-02-24"]),
    ("وقال التاجر إن الأسعار زادت بزاف منذ الشهر اللي فات.", "2020-01-08", ["2019-12"]),
    ("ومن المنتظر أن يصل الوفد الأسبوع الجاي.", "2020-10-07", ["2020-W42"]),
])
def test_dialect_next_and_past_markers(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


def test_length_after_its_term_word() -> None:
    text = "وانتخب رئيساً للبلاد لولاية ثانية مدتها خمس سنوات في عام 2019."
    assert values(text, "2024-11-05") == ["P5Y", "2019"]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وأعلنت وزارة الأوقاف أن فاتح رمضان 1443 سيكون يوم الأحد الموافق 3 أبريل 2022.", "2022-04-01",
     [("فاتح رمضان 1443", "2022-04-03"), ("يوم الأحد الموافق 3 أبريل 2022", "2022-04-03")]),
    ("وصدر القرار بتاريخ 10 رمضان 1444 هـ الموافق 2 أبريل 2023 م.", "2023-04-05",
     [("10 رمضان 1444 هـ", "2023-04-02"), ("2 أبريل 2023", "2023-04-02")]),
])
def test_hijri_day_takes_the_gregorian_day_it_corresponds_to(text: str, anchor: str, want: list) -> None:
    assert spans(text, anchor) == want


def test_hijri_and_gregorian_far_apart_are_left_alone() -> None:
    text = "وتوفي الملك يوم الجمعة 23 يناير 2015م الموافق 3 ربيع الآخر 1436هـ."
    assert values(text, "2015-01-25") == ["2015-01-23", "2015-01-23"]


def test_maghrebi_fatih_is_the_first_day() -> None:
    assert values("وتحتفل المملكة في فاتح يناير بالسنة الجديدة.", "2022-12-01") == ["2023-01-01"]
    assert values("وقال فاتح أوغلو إن خمسة أشخاص أصيبوا.", "2022-12-01") == []


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("على أن تصدر النتائج في الأسبوع الأول من آب.", "2022-07-05", ["2022-08-01/2022-08-07"]),
    ("وشهدت المدينة أواخر آب موجة حر.", "2022-09-05", ["2022-08-21/2022-08-31"]),
])
def test_ab_after_a_part_word_is_august(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتعتزم الحكومة تنظيم استفتاء، على أن تجرى الانتخابات التشريعية في ديسمبر.", "2022-06-01", ["2022-12"]),
    ("ومن المقرر أن تعقد القمة في مايو.", "2022-06-01", ["2023-05"]),
    ("وسيعقد المؤتمر في 3 مايو.", "2022-06-01", ["2023-05-03"]),
    ("وقالت الوزارة إن الأسعار ارتفعت في مايو.", "2022-06-01", ["2022-05"]),
    ("وقتل العشرات في الهجوم الذي استهدف فندقاً سياحياً يوم الجمعة 26 يونيو/حزيران.", "2015-06-28",
     ["2015-06-26"]),
])
def test_yearless_date_in_a_future_clause_is_ahead(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


def test_venue_named_after_a_date_stays_undated_in_a_future_clause() -> None:
    assert values("وسيلعب المنتخب مباراته في ملعب 5 جويلية.", "2022-06-01") == []


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتعود جذور الأزمة إلى العقد الماضي.", "2020-07-23", ["2010/2019"]),
    ("وشهد العقد الماضي تحولات كبيرة في المنطقة.", "2021-04-04", ["2010/2019"]),
    ("وتضاعفت الديون خلال العقد الماضي.", "2021-04-04", ["2011/2021"]),
])
def test_bare_last_decade_is_the_calendar_decade(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("ويدخل القرار حيز التنفيذ اعتباراً من مطلع العام الجديد.", "2019-12-31", ["2020-01-01/2020-03-31"]),
    ("وأعد الوزير موازنة العام الجديد.", "2020-11-02", ["2021"]),
    ("وتعهد الرئيس في كلمته بمناسبة العام الجديد بمواصلة الإصلاح.", "2020-01-02", ["2020"]),
])
def test_new_year(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


def test_school_new_year_is_no_date() -> None:
    assert values("وتبدأ الدراسة في العام الدراسي الجديد.", "2020-01-02") == []


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتراجعت المبيعات في تشرين الثاني المنصرم 15 في المئة مقارنة بالشهر نفسه من العام الماضي.",
     "2024-12-02", ["2024-11", "2023-11"]),
    ("وارتفع التضخم في ديسمبر الماضي إلى 5% مقارنة بنفس الشهر من العام السابق.", "2025-01-10",
     ["2024-12", "2023-12"]),
    ("وارتفعت الأسعار 5% مقارنة بالشهر نفسه من العام الماضي.", "2025-01-10", ["2024"]),
])
def test_same_month_a_year_before(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


def test_agency_without_brackets_in_a_dateline() -> None:
    text = ("الرياض 15 شعبان 1446 هـ الموافق 14 فبراير 2025 م واس - دشن أمير المنطقة اليوم مشروعات تنموية "
            "في عدد من المحافظات.")
    assert published(text)[2] == "2025-02-14"


def test_anniversary_said_to_fall_today_is_that_day() -> None:
    text = ("الكويت - تحل اليوم الذكرى الثالثة والثلاثون للغزو العراقي لدولة الكويت في الثاني من أغسطس 1990، "
            "وهي ذكرى أليمة في وجدان الكويتيين.")
    assert published(text)[2] == "2023-08-02"


def test_commemoration_without_falls_today_stays_near() -> None:
    text = "رام الله - أحيا الفلسطينيون الذكرى الخامسة والسبعين للنكبة التي وقعت في 15 مايو 1948 بمسيرات حاشدة."
    assert published(text)[2] is None


def test_one_word_title_in_construct_with_its_country() -> None:
    text = ("الكويت - أدى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح أمس الجمعة 17 يناير صلاة الاستسقاء "
            "في مسجد الدولة الكبير.")
    assert published(text) == ("2025-01-18", "2025-01-18", "2025-01-18")


def test_act_cited_by_number_and_year_bounds_from_below() -> None:
    text = ("أعلنت وزارة العمل أن الشركات المخالفة لأحكام القانون رقم 15 لسنة 2019 ستتعرض لغرامات، "
            "ودعت المواطنين إلى الإبلاغ عن المخالفات.")
    assert published(text)[0] == "2019-01-01"


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وقالت مصادر محلية إن الاشتباكات اندلعت عصر اليوم.", "2023-09-10", [("عصر اليوم", "2023-09-10")]),
    ("ووصل الوفد عصر أمس إلى بغداد.", "2023-09-10", [("عصر أمس", "2023-09-09")]),
    ("ويصل الوزير إلى عمّان فجر الغد.", "2023-09-10", [("فجر الغد", "2023-09-11")]),
])
def test_more_day_parts_before_relative_days(text: str, anchor: str, want: list) -> None:
    assert spans(text, anchor) == want


def test_present_duration_verb_makes_a_length() -> None:
    text = "وتنطلق الدورة التدريبية يوم ١٥ أكتوبر القادم وتستمر ١٠ أيام."
    assert values(text, "2023-09-10") == ["2023-10-15", "P10D"]


def test_detached_era_letter_stays_outside_the_span() -> None:
    text = "وأقيمت الصلاة يوم الأربعاء 12 ربيع الأول 1445 هـ الموافق 27 سبتمبر 2023 م."
    assert [t.text for t in find_timexes(text, anchor="2023-09-30")][-1] == "27 سبتمبر 2023"


@pytest.mark.parametrize("line", [
    "اليوم: الخميس 5 ديسمبر 2024",
    "تاريخ الزيارة: 2024-03-12",
    "آخر تعديل: الثلاثاء 12 مارس 2024 - 10:45 ص",
    "عرض هذه الصفحة بتاريخ 12 مارس 2024",
])
def test_more_page_furniture_lines_bound_only(line: str) -> None:
    body = "بغداد - أعلنت وزارة الداخلية أمس القبض على عصابة لسرقة السيارات وضبطت بحوزتها أسلحة."
    for text in (f"{line}\n{body}", f"{body}\n{line}"):
        lo, hi, day = published(text)
        assert day is None and lo is None and hi is not None


@pytest.mark.parametrize(("text", "want"), [
    ("واعتقل الناشط الخميس قبل الماضي.", ["2023-09-07"]),
    ("واعتقل الناشط يوم الخميس قبل الماضي في بيته.", ["2023-09-07"]),
    ("واعتقل الناشط الخميس الماضي.", ["2023-09-14"]),
])
def test_weekday_before_last(text: str, want: list[str]) -> None:
    assert values(text, "2023-09-20") == want


def test_ambiguous_month_coordinated_with_a_month() -> None:
    text = "وشهدت الولايات ارتفاعاً في درجات الحرارة خلال شهري جويلية وأوت."
    assert values(text, "2023-09-20") == ["2023-07", "2023-08"]


@pytest.mark.parametrize(("text", "want"), [
    ("وجرت الانتخابات في 10 أكتوبر 2021، وشكلت الحكومة بعد عام كامل.", ["2021-10-10", "P1Y"]),
    ("وأفرج عنه بعد ثلاثة أيام.", ["P3D"]),
    ("وقالت الوزارة إن الرحلات ستستأنف بعد أسبوع.", ["2023-W40"]),
    ("وأعلنت الوزارة أنها ستعلن النتائج بعد يومين.", ["2023-10-03"]),
])
def test_after_n_units_in_a_past_clause_is_a_length(text: str, want: list[str]) -> None:
    assert values(text, "2023-10-01") == want


@pytest.mark.parametrize(("text", "want"), [
    ("وتنطلق الدورة في 15 يوليوز المقبل.", ["2024-07-15"]),
    ("وشهد شهر غشت الماضي ارتفاعاً في عدد السياح.", ["2023-08"]),
    ("وارتفعت الأسعار خلال يوليوز وغشت.", ["2023-07", "2023-08"]),
    ("وقالت إنها غشت في الامتحان.", []),
])
def test_moroccan_july_and_august(text: str, want: list[str]) -> None:
    assert values(text, "2023-10-01") == want


@pytest.mark.parametrize("text", [
    "وأطلق سراح 12 معتقلاً من سجن 10 رمضان.",
    "وتذكر المصريون حرب العاشر من رمضان.",
])
def test_hijri_date_naming_a_place_or_event_is_no_date(text: str) -> None:
    assert values(text, "2023-10-01") == []


@pytest.mark.parametrize(("text", "want"), [
    ("وتستعد المدينة لاحتفالات رأس السنة الجديدة.", ["2024-01-01"]),
    ("ويقيم الفنان حفلاً غنائياً ليلة رأس السنة في دبي.", ["2023-12-31"]),
    ("ويحتفل الأمازيغ برأس السنة الأمازيغية.", ["2024-01-12"]),  # Yennayer, a named day since round 44
    ("وتحتفل الجالية بعيد رأس السنة الصينية.", []),
])
def test_bare_new_year_is_the_gregorian_one_unless_another_calendar_is_named(text: str, want: list[str]) -> None:
    assert values(text, "2023-12-28") == want


@pytest.mark.parametrize(("text", "want"), [
    ("وتعقد الجولة المقبلة الأسبوع بعد المقبل.", ["2023-W42"]),
    ("وتجرى الانتخابات العام بعد المقبل.", ["2025"]),
    ("وسيزور الرئيس باريس الشهر بعد القادم.", ["2023-12"]),
])
def test_unit_after_next(text: str, want: list[str]) -> None:
    assert values(text, "2023-10-04") == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وانخفضت مبيعات المساكن على غير المتوقع في أبريل مع ارتفاع الأسعار.", "2015-05-22", ["2015-04"]),
    ("وتظهر البيانات نشاطا أضعف من المتوقع لشركات منطقة اليورو في يوليو.", "2015-08-01", ["2015-07"]),
    ("يوم الاثنين القادم سيعلن عن طلبات السلع المعمرة لشهر يونيو.", "2015-07-20", ["2015-07-27", "2015-06"]),
    ("وقال إنه من المتوقع أن تعقد القمة في مايو.", "2022-06-01", ["2023-05"]),
])
def test_future_clause_guards(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize("text", [
    "وانتخب المؤتمر الأمين العام الجديد للحزب.",
    "والتقى الرئيس القنصل الأميركي العام الجديد في القدس.",
])
def test_general_after_a_definite_noun_is_no_new_year(text: str) -> None:
    assert values(text, "2015-10-01") == []


@pytest.mark.parametrize(("text", "want"), [
    ("وأعلنت الوزارة النهارده نتيجة الثانوية العامة.", ["2023-10-04"]),
    ("واتقبض على المتهم امبارح بالليل.", ["2023-10-03"]),
    ("وقال إن الاجتماع كان أول امبارح.", ["2023-10-02"]),
    ("ووصل الوفد البارح إلى تونس.", ["2023-10-03"]),
    ("ويزداد الاهتمام بكرة القدم النسائية.", []),
])
def test_dialect_relative_days(text: str, want: list[str]) -> None:
    assert values(text, "2023-10-04") == want
