"""Rules added in the twenty-third dates round, after ``dates_fresh22`` (ordinary daily newswire from Egypt, the
Levant, Iraq, the Gulf, the Maghreb, Sudan and Yemen, 2010–2025: agency datelines, weekdays, «أمس/اليوم/غداً»,
Hijri days, ranges, durations, «منذ», Arabic-Indic digits, eight negatives) and ``published_fresh17`` (agency and
paper pages of those regions, a weather bulletin, an undated column).

First run, before these rules: dates_fresh22 found 50/53, exact 47/53 (0.943 / 0.887); published_fresh17
committed 3/11 (right 3), containment 1.0, median width open, 8/11 as tight as supported. After: dates_fresh22
found 53/53, exact 50/53 (the three inexact: «15 شعبان 1444 هـ الموافق 07 مارس 2023 م» read as two spans of one
day, «يوم غد الثامن عشر من نوفمبر» as one span for two labelled, «عيد الفطر المبارك» valued beside its labelled
day); published_fresh17 committed 3/11 (right 3), containment 1.0, 10/11 as tight as supported.

A weekday range in a forecast («زخات رعدية مرتقبة من الجمعة إلى الأحد») lies ahead: the feminine and indefinite
forms of the future cues («مرتقبة», «متوقعة», «المقررة») count as the masculine ones did. Counted years back
(«السنوات العشر الأخيرة») are calendar years, not 365-day ones. «صمدت الهدنة ستة أشهر» is a length like
«استمرت». For publication: a weather bulletin titled with its day («النشرة الجوية ليوم الأربعاء 7 أغسطس 2024»)
is issued that day or the evening before; a date after a participle of a completed act («التقرير الصادر في يونيو
2022», «الاتفاقيات الموقعة بين البلدين خلال عام 2019») is before publication (a soft lower bound).
"""

from __future__ import annotations

import pytest
from probe_helpers import values as _values

pytestmark = pytest.mark.usefixtures("run_day")

_DAY = "\nالإثنين 23 نوفمبر 2026"


def _pub(text: str) -> tuple[str | None, str | None, str | None]:
    from marsad.cli.dates import date_record

    p = date_record({"id": "t", "text": text})["published"]
    return p["earliest"], p["latest"], p["value"]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وأعلنت المديرية العامة للأرصاد الجوية أن زخات رعدية قوية مرتقبة من الجمعة إلى الأحد بعدد من أقاليم المملكة.",
     "2024-09-05", ["2024-09-06", "2024-09-08"]),
    ("وتوقعت الأرصاد أمطاراً متوقعة يوم السبت على المرتفعات.", "2024-09-05", ["2024-09-07"]),
    ("وهطلت أمطار غزيرة يوم السبت على المرتفعات.", "2024-09-05", ["2024-08-31"]),  # told: the last one
])
def test_feminine_future_cue_puts_a_weekday_ahead(text: str, anchor: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, anchor)] == want


def test_counted_years_back_are_calendar_years() -> None:
    text = "وسجل المغرب خلال السنوات العشر الأخيرة تراجعاً ملموساً في معدلات الأمية."
    assert _values(text, "2019-09-08") == ["2009-09-08/2019-09-08"]


def test_a_truce_that_held_six_months_is_a_length() -> None:
    text = "وأكد المبعوث الأممي أن الهدنة التي بدأت في الثاني من نيسان/أبريل 2022 صمدت ستة أشهر رغم الخروقات."
    assert _values(text, "2022-10-03") == ["2022-04-02", "P6M"]


@pytest.mark.parametrize(("text", "want"), [
    ("الهيئة العامة للأرصاد الجوية - مصر\nنشرة الطقس ليوم السبت 10 أغسطس 2024\nتتوقع الهيئة أن يسود طقس شديد "
     "الحرارة رطب على القاهرة الكبرى والوجه البحري، وتصل العظمى في القاهرة إلى 37 درجة." + _DAY,
     ("2024-08-09", "2024-08-10", None)),
    ("المركز الوطني للأرصاد - عدن\nالنشرة الجوية ليوم الأربعاء 7 أغسطس 2024\nيتوقع هطول أمطار متفاوتة الشدة على "
     "المرتفعات الجبلية خلال الساعات الـ24 القادمة." + _DAY, ("2024-08-06", "2024-08-07", None)),
])
def test_weather_bulletin_title_bounds_from_both_sides(text: str, want: tuple) -> None:
    assert _pub(text) == want


def test_a_fixture_list_for_a_day_bounds_nothing_from_below() -> None:
    text = ("كووورة\nبرنامج المباريات ليوم السبت 10 أغسطس 2024\nيلتقي الأهلي مع الزمالك في قمة الجولة الأولى من "
            "الدوري." + _DAY)  # a fixture list may be published days before its day
    assert _pub(text)[0] is None


@pytest.mark.parametrize(("text", "earliest"), [
    ("هسبريس - رأي\nلماذا تتعثر إصلاحات التعليم؟\nمنذ إطلاق الرؤية الاستراتيجية للإصلاح سنة 2015، تعاقب على الوزارة "
     "أربعة وزراء.\nوقد كشف تقرير المجلس الأعلى للتربية الصادر في يونيو 2022 حجم الهدر المدرسي." + _DAY,
     "2022-06-01"),
    ("سبأنت\nصنعاء - سبأ:\nأكد رئيس الوزراء خلال لقائه اليوم السفير الصيني حرص الحكومة على تعزيز التعاون "
     "الاقتصادي، مشيراً إلى الاتفاقيات الموقعة بين البلدين خلال عام 2019.\nوتناول اللقاء مجالات الطاقة والموانئ."
     + _DAY, "2019-01-01"),
    # a year told in the past without such a participle still bounds nothing (plans and editions, round 22)
    ("سبأنت\nصنعاء - سبأ:\nأكد رئيس الوزراء أن الحكومة أطلقت خطة التنمية لعام 2030 لتعزيز التعاون الاقتصادي.\n"
     "وتناول اللقاء مجالات الطاقة والموانئ." + _DAY, None),
])
def test_date_after_a_completed_act_participle_bounds_from_below(text: str, earliest: str | None) -> None:
    assert _pub(text)[0] == earliest
