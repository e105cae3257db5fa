"""Publication days stated next to «اليوم / أمس / غد»: «الموافق» forms, spaced dashes, garbled pairs, yearless Hijri."""

from __future__ import annotations

import pytest

from marsad.analyze.time import infer_published
from marsad.analyze.time.grammar import parse
from marsad.model import Document


def _pub(body: str) -> tuple[str | None, str | None, str | None]:
    p = infer_published(Document(id="t", body=body))
    return p.value, p.earliest, p.latest


@pytest.mark.parametrize(("body", "day"), [
    # «اليوم الموافق» with a Hijri date and no weekday (5 Shawwal 1436 = 21 July 2015)
    ("عقدت الأمانة اليوم الموافق 5/10/1436هـ اجتماعها الأول بعد إجازة العيد.", "2015-07-21"),
    # spaced dashes after «اليوم + weekday + الموافق»
    ("تنطلق البطولة اليوم الجمعة الموافق 24 - 7 - 2015 على ملعب الأمير فيصل.", "2015-07-24"),
    ("يبدأ استقبال الطلبات غدٍ الأحد الموافق 10 - 10 - 1436هـ ولمدة أسبوع.", "2015-07-25"),
    # a garbled Hijri date, then «الموافق» and the Gregorian one on the same weekday: tomorrow is 26 July
    ("تدخل الهدنة حيز التنفيذ مساء غد الأحد (0/ شوال 1436هـ) الموافق (26/ 7/ 2015م) وتستمر خمسة أيام.",
     "2015-07-25"),
    # «أمس الأول + weekday (date)»: the day before yesterday was Saturday 25 July 2015
    ("ودّع الوسط الثقافي أمس الأول السبت (9/ 10/ 1436هـ) الشاعر الراحل بعد مسيرة طويلة.", "2015-07-27"),
    # a yearless Hijri day with the weekday, narrowed by «الجاري» and a year mentioned
    ("يستقبل النادي غدًا الأربعاء السادس من شوال طلبات التسجيل حتى 30 يوليو الجاري، بعد أن أغلق باب "
     "الترشح في يونيو 2015.", "2015-07-21"),
])
def test_publication_day_next_to_a_relative_day(body: str, day: str) -> None:
    assert _pub(body)[0] == day


@pytest.mark.parametrize("body", [
    # the weekday of «غد» does not match the date after «الموافق» (27 July 2015 is a Monday)
    "تدخل الهدنة حيز التنفيذ مساء غد الأحد (0/ شوال 1436هـ) الموافق (27/ 7/ 2015م) وتستمر خمسة أيام.",
    # «حتى» between them: a deadline, not the day of «أمس»
    "بدأت الجامعة أمس الاثنين استقبال الطلبات حتى 1436/10/30 هـ عبر موقعها.",
    # a yearless Hijri day alone: every Hijri year has one, so no day is committed
    "تنطلق اليوم الثلاثاء الخامس من شوال فعاليات المهرجان في أبها.",
])
def test_no_day_without_agreement(body: str) -> None:
    assert _pub(body)[0] is None


@pytest.mark.parametrize(("text", "spans"), [
    ("يفتتح المعرض مساء اليوم، ويوم 30 يوليو يختتم أعماله.", ["مساء اليوم", "30 يوليو"]),
    ("يصل الوفد اليوم والخميس 30 يوليو يغادر.", ["اليوم", "الخميس 30 يوليو"]),
    ("وصل الوفد اليوم الخميس إلى الرياض.", ["اليوم الخميس"]),
])
def test_conjunction_separates_today_from_a_date(text: str, spans: list[str]) -> None:
    """«اليوم، ويوم 30 يوليو»: two days; the date is not today's."""
    exprs = parse(text)
    assert [e.text for e in exprs] == spans
    assert not any(e.today and e.d for e in exprs)


def test_spaced_dash_range_is_not_a_date() -> None:
    """Loose dashes are read only after a weekday or «اليوم»: «بين 2014 - 2015» stays a range of years."""
    assert [e.kind for e in parse("استمرت المعارك بين 2014 - 2015 في المدينة.")] == ["interval"]


@pytest.mark.parametrize(("title", "day"), [
    ("كاريكاتير 2015/7/21", "2015-07-21"),  # a daily cartoon titled with its day, no body text
    ("صورة اليوم: 1436/10/5هـ", "2015-07-21"),
    ("ذكرى ثورة 23 يوليو 1952", None),  # an anniversary, and a month name: not a dated feature
    ("حدث في 1990/8/2", None),  # «on this day» features name the past day
    ("ذكرى 1952/7/23", None),
    ("أسعار النفط ترتفع في 2015/7/21 بعد اتفاق فيينا", None),  # a headline, not a label
])
def test_title_that_is_a_label_and_a_numeric_date(title: str, day: str | None) -> None:
    assert infer_published(Document(id="t", body=".", title=title)).value == day


@pytest.mark.parametrize(("body", "day"), [
    # 10/4/1436 (30 January 2015) is a Friday; 4/10/1436 (20 July 2015) is the Monday written beside it
    ("بلغ عدد المستفيدين حتى الخامسة من مساء اليوم الاثنين الموافق 10/4 / 1436هـ أكثر من 350 ألف شخص.",
     "2015-07-20"),
    ("أوضحت المديرية أن العدد بلغ حتى مساء أمس الاثنين الموافق 10/4/ 1436هـ نحو 350 ألفًا.", "2015-07-21"),
    ("أعلنت الهيئة اليوم الاثنين 7/6/2015 نتائج المسابقة.", "2015-07-06"),  # 7 June 2015 was a Sunday
    # the date as written agrees with its weekday: never swapped
    ("أعلنت الهيئة اليوم الجمعة الموافق 10/4/1436هـ نتائج المسابقة.", "2015-01-30"),
    # the swapped Hijri day is a Monday, not a Tuesday: only the exact weekday licenses a swap
    ("أعلنت الهيئة اليوم الثلاثاء الموافق 10/4/1436هـ نتائج المسابقة.", None),
    # a month name cannot be swapped
    ("أعلنت الهيئة اليوم الثلاثاء 7 يونيو 2015 نتائج المسابقة.", None),
])
def test_day_and_month_swapped_only_when_the_weekday_says_so(body: str, day: str | None) -> None:
    assert _pub(body)[0] == day
