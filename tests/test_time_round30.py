"""Rules added in the thirtieth dates round: more publication days from text alone, never a guessed one.

A yearless stated day («غدا الجمعة الخامس من رمضان», «اليوم الجمعة 10 يوليو») takes the year written for the
same day and month elsewhere in the text, when the stated weekday falls on it then and no other year is
written for it; a yearless Hijri day and the yearless Gregorian day it is said to correspond to
(«غدا الخميس 7 شوال الموافق 23 يوليو») pin the year, since the two calendars meet on a day only once in
two centuries; a weekday called the last (next) one and the full Hijri date beside it («الثلاثاء الماضي
1 شوال 1440هـ») bound publication to the week after (before) it. Sentences are written for these tests (SaudiNewsNet patterns, other names and facts).
"""

from __future__ import annotations

import pytest
from probe_helpers import published

from marsad.analyze.time import infer_published
from marsad.model import Document


@pytest.mark.parametrize(("text", "want"), [
    # the Hijri day first, then the Gregorian day it corresponds to
    ("افتتح محافظ المدينة اليوم الاثنين 1 رمضان الموافق 6 مايو سوقا خيريا للأسر المنتجة.", "2019-05-06"),
    # tomorrow's day: the publication is the day before
    ("وتنطلق منافسات الدورة الرمضانية غدا الخميس 4 رمضان الموافق 9 مايو على ملعب النادي.", "2019-05-08"),
    # the Gregorian day first, the Hijri one in brackets
    ("وكان الفريق قد وصل إلى معسكره أمس الأحد 5 مايو (30 شعبان) استعدادا للموسم.", "2019-05-06"),
    # «بعد غد الخميس» and the day of month beside it, which the grammar keeps apart
    ("وتنطلق منافسات الدورة الرمضانية بعد غد الخميس 4 رمضان الموافق 9 مايو على ملعب النادي.", "2019-05-07"),
    # the Hijri day a day off the Umm al-Qura table (local sighting): the weekday settles it
    ("وتحتفل الجالية غدا الثلاثاء 1 شوال الموافق 4 يونيو بعيد الفطر في حديقة البلدية.", "2019-06-03"),
])
def test_hijri_and_gregorian_yearless_days_pin_the_year(text: str, want: str) -> None:
    assert published(text) == (want, want, want)


def test_calendars_that_never_meet_say_nothing_new() -> None:
    # 1 Ramadan never falls on 25 December on a Monday (1900–2100): no day is committed to
    text = "افتتح محافظ المدينة اليوم الاثنين 1 رمضان الموافق 25 ديسمبر سوقا خيريا للأسر المنتجة."
    assert published(text)[2] is None


@pytest.mark.parametrize("text", [
    "افتتح محافظ المدينة اليوم الاثنين 1 رمضان سوقا خيريا. وكان موعد 6 مايو مقترحا لحفل آخر.",
    # the relative day and the dated day are separate items of a list, not one day
    "وتنطلق الدورة بعد غد الخميس، و4 رمضان الموافق 9 مايو موعد ختامها.",
])
def test_hijri_and_gregorian_days_not_said_of_the_stated_day_are_not_paired(text: str) -> None:
    assert published(text)[2] is None


@pytest.mark.parametrize(("text", "want"), [
    ("ويبدأ الدوام الرمضاني في المدارس غدا الجمعة الخامس من رمضان، بحسب التعميم. "
     "ونص التعميم على أن يبدأ دوام يوم 5 رمضان 1440هـ متأخرا ساعتين.", "2019-05-09"),
    ("أعلنت اللجنة الأولمبية أن غدا الثلاثاء غرة شهر شوال عطلة رسمية، وأن أول أيام شهر شوال لعام 1440 هجري "
     "سيشهد حفل تكريم.", "2019-06-03"),
    ("وصل وفد الاتحاد اليوم الجمعة 10 يوليو إلى العاصمة، بعدما كان موعد 10 يوليو 2020 قد حدد للزيارة.",
     "2020-07-10"),
])
def test_stated_day_takes_the_year_written_for_it(text: str, want: str) -> None:
    assert published(text) == (want, want, want)


@pytest.mark.parametrize("text", [
    # 5 Ramadan 1439 is no Friday (nor a day beside one): the year written is another's
    "ويبدأ الدوام الرمضاني غدا الجمعة الخامس من رمضان. وكان دوام يوم 5 رمضان 1439هـ قد بدأ متأخرا.",
    # two years written for that day: which one is meant is not known
    "ويبدأ الدوام الرمضاني غدا الجمعة الخامس من رمضان. وقارن التعميم بين 5 رمضان 1440هـ و5 رمضان 1441هـ.",
])
def test_stated_day_year_not_read_when_it_does_not_fit(text: str) -> None:
    assert published(text)[2] is None


def test_stated_day_year_not_lent_when_a_later_year_is_written() -> None:
    # 5 Ramadan 1440 may be last year's day, recalled: the rule lends no year (softer rules may still rank)
    text = "ويبدأ الدوام الرمضاني غدا الجمعة الخامس من رمضان ضمن خطة العام 1441هـ، كما بدأ يوم 5 رمضان 1440هـ."
    evidence = infer_published(Document(id="t", body=text, title="")).evidence
    assert not any("written with its year" in e for e in evidence)


@pytest.mark.parametrize(("text", "want"), [
    ("وكان المجلس البلدي قد عقد جلسته الثلاثاء الماضي 1 شوال 1440هـ، ثم أقر اليوم الأحد لائحة الأسواق.",
     "2019-06-09"),
    ("وتبدأ المرحلة الثانية من المشروع يوم الخميس المقبل (10 شوال 1440هـ)، بحسب ما أعلنه المدير اليوم الاثنين.",
     "2019-06-10"),
])
def test_marked_weekday_with_a_hijri_date_and_the_publication_weekday(text: str, want: str) -> None:
    assert published(text) == (want, want, want)


def test_marked_weekday_with_a_hijri_date_alone_bounds_a_week() -> None:
    text = "وكان المجلس البلدي قد عقد جلسته الثلاثاء الماضي 1 شوال 1440هـ لمناقشة الميزانية."
    assert published(text) == ("2019-06-05", "2019-06-11", None)


def test_marked_weekday_off_its_hijri_date_says_nothing() -> None:
    # 1 Shawwal 1440 is a Tuesday (no Sunday beside it): the pair is not read as one day
    text = "وكان المجلس البلدي قد عقد جلسته الأحد الماضي 1 شوال 1440هـ، ثم أقر اليوم الأحد لائحة الأسواق."
    assert published(text)[2] is None
