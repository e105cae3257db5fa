"""Rules added in the thirteenth dates round, after ``dates_fresh12`` and ``published_fresh9``.

Sentences: more fixed-day feasts («يوم الأرض», «عيد العمال», «عيد الأم», «عيد الميلاد», on 7 January for the
Eastern churches, never a birthday «عيد الميلاد الستين»); «العيد المقبل» is the nearer of the two feasts; a
Hijri month of a relative Gregorian year («رمضان من العام الماضي»); a part of such a month («منتصف أبريل من
العام قبل الماضي»); parts of a Hijri month on the days of a Gregorian one; a century counted back («قبل نحو
قرن»); «في مثل هذا الشهر من عام 1990»; two-digit season years («موسم 22-23»); «يوم 5/3» before a full stop;
a second year joined to a cued one («من مواليد 1998 و2001»); «بعد بكرة»; «يوم عرفة هذا العام يوم الخميس».
Publication: related-story links bound nothing; a title that is a place and a Hijri date is the dateline;
«في مثل هذا اليوم قبل عشرين عاما» with the event's date; «اليوم الأربعاء بأول أيام عيد الفطر» and «عيد الأضحى
الذي يحل غداً» date the page to the feast, in some year.
"""

from __future__ import annotations

import pytest
from probe_helpers import contains, spans

from marsad.analyze.time import date_text, infer_published
from marsad.model import Document

pytestmark = pytest.mark.usefixtures("run_day")


# -- 1. time expressions ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وأحيا الفلسطينيون يوم الأرض بمسيرات حاشدة في الجليل والنقب.", "2024-03-31", [("يوم الأرض", "2024-03-30")]),
    ("ودعت النقابات العمالية إلى مسيرات في عيد العمال للمطالبة برفع الأجور.", "2023-04-25",
     [("عيد العمال", "2023-05-01")]),
    ("وتستعد الأسواق لموسم عيد الميلاد ورأس السنة الميلادية بعروض وتخفيضات.", "2024-12-10",
     [("عيد الميلاد", "2024-12-25"), ("رأس السنة الميلادية", "2025-01-01")]),
    ("وأعلنت الكنيسة القبطية أن قداس عيد الميلاد يقام مساء 6 يناير.", "2023-12-28",
     [("عيد الميلاد", "2024-01-07"), ("6 يناير", "2024-01-06")]),
])
def test_fixed_day_feasts(text: str, anchor: str, want: list) -> None:
    assert spans(text, anchor) == want


@pytest.mark.parametrize("text", ["واحتفل الملك بعيد الميلاد الستين.", "واحتفل بعيد الميلاد الـ80 للملكة."])
def test_numbered_birthday_is_no_christmas(text: str) -> None:
    assert spans(text, "2023-06-01") == []


def test_fixed_day_feast_with_its_date_written_is_that_date_once() -> None:
    """fresh-037: the sentence writes the day; the feast's name adds no second expression."""
    text = "ويحتفل المسيحيون يوم 25 ديسمبر/كانون الأول المقبل بعيد الميلاد."
    assert spans(text, "2019-05-15") == [("25 ديسمبر/كانون الأول المقبل", "2019-12-25")]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتتوقع شركات الطيران ذروة في الحجوزات قبيل العيد المقبل.", "2024-05-20", [("العيد المقبل", "2024-06-16")]),
    ("وسافر إلى أهله في العيد الماضي.", "2024-05-20", [("العيد الماضي", "2024-04-10")]),
])
def test_marked_feast_is_the_nearer_of_the_two(text: str, anchor: str, want: list) -> None:
    assert spans(text, anchor) == want


def test_unmarked_feast_word_is_no_date() -> None:
    assert spans("واحتفلت البلاد بالعيد الوطني.", "2024-05-20") == []


@pytest.mark.parametrize(("text", "want"), [
    ("وسجلت المملكة أكثر من 10 ملايين معتمر خلال رمضان من العام الماضي.",
     [("رمضان من العام الماضي", "2024-03-11/2024-04-09")]),
    ("وتوفي في 10 رمضان من العام الماضي.", [("10 رمضان من العام الماضي", "2024-03-20")]),
])
def test_hijri_month_of_a_relative_gregorian_year(text: str, want: list) -> None:
    assert spans(text, "2025-07-01") == want


def test_part_of_a_month_of_a_relative_year() -> None:
    text = "وكانت قوات الدعم السريع قد اجتاحت المدينة منتصف أبريل من العام قبل الماضي."
    assert spans(text, "2025-02-01") == [("منتصف أبريل من العام قبل الماضي", "2023-04-11/2023-04-20")]


@pytest.mark.parametrize(("text", "want"), [
    ("وتبدأ الإجازة من منتصف شهر شعبان 1447 هـ.", "2026-01-30/2026-02-08"),  # 29 days: 11th–20th, not thirds
    ("ويبدأ الموسم مطلع صفر 1445 هـ.", "2023-08-17/2023-08-26"),
])
def test_parts_of_a_hijri_month_are_the_gregorian_days(text: str, want: str) -> None:
    assert [v for _, v in spans(text, "2026-01-25")] == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("وكانت البلدة قد شهدت قبل نحو قرن مجاعة أودت بحياة الآلاف.", [("قبل نحو قرن", "1922")]),
    ("واستمر الاحتلال قرنا كاملا.", [("قرنا", "P100Y")]),
    ("ومنذ قرون والمدينة على حالها.", []),
])
def test_counted_century(text: str, want: list) -> None:
    assert spans(text, "2022-01-01") == want


def test_this_month_of_a_past_year() -> None:
    text = "وفي مثل هذا الشهر من عام 1990 اجتاحت القوات العراقية الكويت."
    assert spans(text, "2020-08-02") == [("في مثل هذا الشهر من عام 1990", "1990-08")]
    assert spans("وفي مثل هذا الشهر شهدت البلاد أمطارا.", "2020-08-02") == [("هذا الشهر", "2020-08")]


@pytest.mark.parametrize(("text", "want"), [
    ("وسجل المهاجم 27 هدفا في 34 مباراة خلال موسم 22-23.", [("22-23", "2022/2023")]),
    ("وفاز الفريق بنتيجة 22-23 في المباراة.", []),  # no season noun: a score
    ("وأنهى الفريق موسم 98/99 في المركز الثالث.", [("98/99", "1998/1999")]),
])
def test_two_digit_season_years(text: str, want: list) -> None:
    assert spans(text, "2023-06-10") == want


def test_day_and_month_before_a_full_stop() -> None:
    text = "وفاز الفريق بنتيجة 3-1 في المباراة التي جرت يوم 5/3."
    assert spans(text, "2023-03-10") == [("يوم 5/3", "2023-03-05")]


@pytest.mark.parametrize(("text", "want"), [
    ("وأوقفت الشرطة شابين من مواليد 1998 و2001 بتهمة السرقة.", [("1998", "1998"), ("2001", "2001")]),
    ("وجرت الانتخابات في 2014 و2018 بنجاح.", [("2014", "2014"), ("2018", "2018")]),
    ("وبلغت الصادرات في 2014 و2500 طن.", [("2014", "2014")]),
])
def test_second_year_joined_to_a_cued_one(text: str, want: list) -> None:
    assert spans(text, "2022-05-01") == want


def test_egyptian_day_after_tomorrow() -> None:
    assert spans("والمباراة هتتلعب بعد بكرة على ستاد القاهرة.", "2023-05-24") == [("بعد بكرة", "2023-05-26")]


def test_feast_this_year_and_its_weekday() -> None:
    text = "ويتوقع أن يكون يوم عرفة هذا العام يوم الخميس بحسب الحسابات الفلكية."
    assert spans(text, "2025-05-20") == [("يوم عرفة هذا العام", "2025-06-05"), ("يوم الخميس", "2025-06-05")]


# -- 2. publication ------------------------------------------------------------------------------------------

def test_related_links_bound_nothing() -> None:
    """pf9-08: an older «related» date (9 April) had excluded the feast day of 10 April 2024."""
    page = ("اليوم السابع\nالأربعاء، 10 أبريل 2024 03:00 ص\n"
            "كل عام وأنتم بخير.. يحتفل المصريون اليوم الأربعاء بأول أيام عيد الفطر المبارك، وسط أجواء من البهجة.\n"
            "وأدى الرئيس عبد الفتاح السيسي صلاة العيد بمسجد المشير طنطاوي.\n"
            "الأكثر مشاهدة\nأسعار الذهب اليوم - 9 أبريل 2024")
    p = date_text(page).published
    assert contains(p, "2024-04-10") and p.earliest == "2016-07-06" and p.value is None
    assert any(e.startswith("not used: related link dated 2024-04-09") for e in p.evidence)


@pytest.mark.parametrize(("title", "day"), [
    ("الرياض 12 ذو القعدة 1445 هـ", "2024-05-20"),
    ("الخرطوم: الأربعاء 23 شعبان 1444هـ الموافق 15 مارس 2023م", "2023-03-15"),
])
def test_title_that_is_a_place_and_a_hijri_date_is_the_dateline(title: str, day: str) -> None:
    """pf9-04, pf9-11: the cleaner kept the dateline line as the title."""
    body = "أقر مجلس الوزراء في جلسته التي عقدها أمس عددا من القرارات."
    p = infer_published(Document(id="t", url="", source="", title=title, body=body))
    assert (p.earliest, p.latest, p.value) == (day, day, day)


@pytest.mark.parametrize("title", [
    "12 ذو القعدة 1445 هـ",  # no place: may be a render stamp
    "وزير الطاقة يلتقي نظيره 12 ذو القعدة 1445 هـ",  # a headline
])
def test_hijri_title_without_a_place_is_no_dateline(title: str) -> None:
    body = "أقر مجلس الوزراء في جلسته التي عقدها أمس عددا من القرارات."
    p = infer_published(Document(id="t", url="", source="", title=title, body=body))
    assert p.value is None


GEMAYEL = ("بيروت - في مثل هذا اليوم قبل عشرين عاما، اغتيل وزير الصناعة بيار الجميل في منطقة الجديدة شمال بيروت.\n"
           "وكان الجميل قد اغتيل في 21 تشرين الثاني 2006 في خضم أزمة سياسية حادة.")


def test_same_day_years_ago_with_the_events_date() -> None:
    """pf9-03."""
    p = infer_published(Document(id="t", url="", source="", title="", body=GEMAYEL))
    assert (p.earliest, p.latest, p.value) == ("2026-11-21", "2026-11-21", "2026-11-21")


def test_same_day_years_ago_with_two_dates_pins_nothing() -> None:
    body = GEMAYEL + "\nوكان قد انتخب نائبا في 3 أيلول 2000."
    assert infer_published(Document(id="t", url="", source="", title="", body=body)).value is None


def test_feast_falling_tomorrow_dates_the_page_to_its_eve() -> None:
    """pf9-01: Adha on a Sunday; the page is from a Saturday before one (2024, 2019, 2016 …)."""
    body = ("الرياض - تستعد المملكة لاستقبال عيد الأضحى المبارك الذي يحل غداً الأحد، وسط استعدادات واسعة في "
            "المساجد والمصليات لإقامة صلاة العيد.")
    p = infer_published(Document(id="t", url="", source="", title="", body=body))
    assert any("published on the day before it" in e for e in p.evidence)
    assert p.latest == "2024-06-15" and p.value is None


def test_feast_named_beside_today_without_a_verb_of_falling_pins_nothing() -> None:
    """SaudiNewsNet (sabq, July 2015): a speech «بمناسبة عيد الفطر، اليوم السبت» may be on a later day of the feast."""
    body = ("ولعل تهديدات المرشد الأعلى في كلمته التي ألقاها بمناسبة عيد الفطر المبارك، اليوم السبت، توضح تخوف "
            "طهران الشديد.")
    p = infer_published(Document(id="t", url="", source="", title="", body=body))
    assert not any("is «عيد الفطر" in e for e in p.evidence)
