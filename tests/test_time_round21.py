"""Rules added in the twenty-first dates round, after ``dates_fresh20`` (Hijri occasions, court calendars,
fiscal quarters, sports fixtures, school terms, Ramadan epithets) and ``published_fresh15`` (bylines with «في»
before their stamp, signed columns, live blogs, digests with several datelines).

«النصف من شعبان» is the fifteenth of the month; «الشهر الفضيل/الكريم» is Ramadan; a quarter of a fiscal year
(«الربع الأول من العام المالي الحالي») is no calendar quarter; «العام السابق» after a dated half-year is left
undated as after a dated month; a yearless Hijri feast named after a written-out day of it («العاشر من محرم
بمناسبة ذكرى عاشوراء») is that day, once. For publication: «بواسطة: … في 3 يوليو 2023» is a byline with its
stamp, and a column's last line «الرياض في 2 رمضان 1444هـ» signs it: a lower bound; a dated half-year or quarter
told in the past bounds from below like a month, and a «ن» word with a possessive («نتائجها») is no verb.
"""

from __future__ import annotations

import pytest
from probe_helpers import values as _values

pytestmark = pytest.mark.usefixtures("run_day")


def _pub(text: str) -> tuple[str | None, str | None, str | None]:
    from marsad.cli.dates import date_record

    p = date_record({"id": "t", "text": text})["published"]
    return p["earliest"], p["latest"], p["value"]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتحتفل المملكة ليلة النصف من شعبان 1445هـ بحسب التقويم الرسمي.", "2024-02-08", ["2024-02-25"]),
    ("ويحيي المسلمون ليلة النصف من شعبان.", "2024-02-08", ["2024-02-25"]),
    ("وتراجعت المبيعات في النصف الأول من العام.", "2024-11-05", ["2024-01/2024-06"]),  # a half, as before
])
def test_mid_month_is_the_fifteenth(text: str, anchor: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, anchor)] == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتزداد أعداد المعتمرين مع دخول العشر الأواخر من الشهر الفضيل.", "2025-03-10", ["2025-03-21/2025-03-29"]),
    ("وحددت الجهات الحكومية ساعات الدوام الرسمي خلال الشهر الفضيل بخمس ساعات يومياً.", "2024-03-11",
     ["2024-03-11/2024-04-09"]),
    ("وارتفعت الأسعار خلال الشهر الماضي.", "2023-03-24", ["2023-02"]),
])
def test_ramadan_epithets(text: str, anchor: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, anchor)] == want


@pytest.mark.parametrize(("text", "want"), [
    ("وارتفعت الإيرادات في الربع الأول من العام المالي الحالي بنسبة 9 في المئة.", []),
    ("وتراجعت مبيعات العقارات في النصف الثاني من 2023 مقارنة بالفترة نفسها من العام السابق.", ["2023-07/2023-12"]),
    ("وارتفعت الإيرادات في الربع الأول من العام الحالي.", ["2024-01/2024-03"]),
])
def test_fiscal_quarter_and_previous_year_of_a_dated_half(text: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, "2024-11-05")] == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتعطل الدوائر الحكومية يوم السبت 10 محرم 1442 هـ بمناسبة ذكرى عاشوراء.", "2020-08-27", ["2020-08-29"]),
    ("وتعطل الدوائر الرسمية في البحرين يومي التاسع والعاشر من محرم بمناسبة ذكرى عاشوراء.", "2024-07-14",
     ["2024-07-15", "2024-07-16"]),
    ("واحتفلت البلاد أمس الأحد 12 ربيع الأول 1446هـ الموافق 15 سبتمبر 2024م بذكرى المولد النبوي.", "2024-09-16",
     ["2024-09-15", "2024-09-15"]),
    ("ويصوم المسلمون يوم عاشوراء.", "2024-07-14", ["2024-07-16"]),  # alone, the feast keeps its day
])
def test_hijri_feast_of_a_written_out_day_once(text: str, anchor: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, anchor)] == want


def test_byline_with_fi_before_its_stamp() -> None:
    text = ("إرم نيوز\nبواسطة: سامي خليل في 3 يوليو 2023\n"
            "أعلنت وزارة الطاقة اليوم الاثنين خفض إنتاج النفط بمقدار مليون برميل يومياً اعتباراً من الشهر المقبل، "
            "في خطوة تهدف إلى دعم استقرار الأسواق.\nوقال مسؤول في الوزارة إن القرار قابل للتمديد.\n"
            "الإثنين 23 نوفمبر 2026")
    assert _pub(text) == (None, "2023-07-03", None)


def test_signed_column_bounds_from_below() -> None:
    text = ("الجزيرة\nبقلم: فهد الأحمد\n"
            "في كل رمضان يعود الحديث عن ترشيد الاستهلاك، ثم تعود الأسواق إلى ازدحامها المعتاد قبل أيام قليلة من "
            "حلول الشهر الكريم.\nولعل الأجدى أن نبدأ بأنفسنا قبل أن نطالب غيرنا.\nالرياض في 2 رمضان 1444هـ\n"
            "الإثنين 23 نوفمبر 2026")
    assert _pub(text) == ("2023-03-24", "2026-11-23", None)


def test_told_past_half_year_bounds_from_below() -> None:
    # «نتائجها» had read as an imperfect verb, so the clause was not past
    text = ("أرقام\nتاريخ النشر: 2024-08-06\n"
            "أعلنت شركة الاتصالات أمس نتائجها المالية للنصف الأول من 2024، والتي أظهرت نمواً في الإيرادات بنسبة 7 في "
            "المئة.\nوأرجعت الشركة النمو إلى زيادة عدد المشتركين.\nالإثنين 23 نوفمبر 2026")
    assert _pub(text) == ("2024-01-01", "2024-08-06", None)
