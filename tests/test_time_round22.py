"""Rules added in the twenty-second dates round, after ``dates_fresh21`` (Sudanese, Libyan, Yemeni and Iraqi
Kurdistan wires, Moroccan and Tunisian press, health and weather bulletins, election calendars, UN reports with
ranges, long sentences with several dates) and ``published_fresh16`` (agency and paper pages of those regions).

First run, before these rules: dates_fresh21 found 52/56, exact 51/56 (0.929 / 0.911);
published_fresh16 committed 1/11 (right 1), containment 1.0, median width open. After: dates_fresh21 found 56/56,
exact 55/56 (the one inexact is «أيام 3 و4 و5 يونيو المقبل», read as three days against a labelled range);
published_fresh16 unchanged but for pf16-11, now bounded by its header.

Maghrebi statistics name a quarter «الفصل الثاني من سنة 2024» (Morocco) or «الثلاثية الأولى» (Tunisia), a half
«السداسية الأولى»; «من مارس إلى يونيو 2023» opens a month range even with «مارس», a month name that is also a verb;
a weekday closing a range that opens tomorrow («من مساء الغد … حتى صباح الأحد») lies ahead. For publication: a
title in both calendars, Hijri first («الأربعاء 10 رمضان 1445هـ الموافق 20 مارس 2024م»), is a stamp like the
Gregorian-first one: an upper bound.
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
    ("وأعلنت المندوبية السامية للتخطيط أن معدل البطالة بلغ 13.1 في المائة خلال الفصل الثاني من سنة 2024.",
     "2024-08-05", ["2024-04/2024-06"]),
    ("وتوقع المعهد الوطني للرصد الجوي أن تكون درجات الحرارة أعلى من المعدلات العادية خلال الثلاثية الأولى من "
     "سنة 2025.", "2024-12-20", ["2025-01/2025-03"]),
    ("وسجل الاقتصاد نموا خلال السداسية الأولى من العام الجاري.", "2024-02-08", ["2024-01/2024-06"]),
    ("وتبدأ الامتحانات في الفصل الثاني من العام الدراسي.", "2023-08-01", []),  # a school term
    ("وتستمر الدراسة في الفصل الثاني من عام 2024 حسب الرزنامة.", "2024-01-05", ["2024"]),  # a school term
    ("وتنطلق اختبارات نهاية الفصل الدراسي الثاني بعد أسبوعين.", "2024-02-08", ["2024-W08"]),
    ("وينص الفصل الأول من الدستور على أن تونس دولة حرة.", "2024-02-08", []),  # a chapter
])
def test_maghrebi_quarters_and_halves(text: str, anchor: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, anchor)] == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وذكر التقرير الأممي أن أسعار المواد الغذائية ارتفعت بنسبة 40 في المئة من مارس إلى يونيو 2023.",
     "2023-08-01", ["2023-03/2023-06"]),
    ("وارتفعت الأسعار بين مارس ويونيو 2024.", "2024-08-25", ["2024-03/2024-06"]),
    ("وقد مارس الضغوط على الحكومة.", "2024-08-25", []),  # the verb
    ("وانتقل من مارس إلى الرياض.", "2024-08-25", []),
])
def test_ambiguous_month_opening_a_month_range(text: str, anchor: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, anchor)] == want


def test_weekday_closing_a_range_from_tomorrow_is_ahead() -> None:
    text = "وحذر المركز الوطني للأرصاد من اضطراب جوي يبدأ من مساء الغد ويستمر حتى صباح الأحد."
    assert [str(v) for v in _values(text, "2025-02-06")] == ["2025-02-07", "2025-02-09"]


def test_hijri_first_title_stamp_with_its_gregorian_day_bounds_from_above() -> None:
    text = ("صحيفة السوداني\nالأربعاء 10 رمضان 1445هـ الموافق 20 مارس 2024م\n"
            "أعلنت لجنة الإغاثة الحكومية اليوم وصول قافلة مساعدات إلى ولاية النيل الأبيض تضم 40 شاحنة.\n"
            "وقالت اللجنة إن قافلة أخرى ستصل الأسبوع المقبل.\nالإثنين 23 نوفمبر 2026")
    assert _pub(text) == (None, "2024-03-20", None)
    # a Hijri day whose «الموافق» day is another day is no stamp pair: the title bounds nothing
    wrong = text.replace("20 مارس 2024م", "20 أبريل 2024م")
    assert _pub(wrong)[1] == "2026-11-23"
