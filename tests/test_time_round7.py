"""Rules added after the seventh blind probe (``benchmarks/data/dates_fresh7.jsonl``, ``published_fresh4.jsonl``).

Each test uses sentences written for it, not the probe's own: a bare year naming an event's
edition («انتخابات 2021»), a venue named after a date («ملعب 5 جويلية»), a season marked past by
itself («الشتاء الماضي», not «شتاء العام الماضي»), and «منذ» + event + year as a lower bound.
"""

from __future__ import annotations

import pytest
from probe_helpers import values

from marsad.analyze.time import infer_published
from marsad.model import Document


@pytest.mark.parametrize(("text", "want"), [
    ("وتأهل المنتخب السعودي إلى مونديال روسيا 2018 بعد غياب طويل.", "2018"),
    ("وشارك أكثر من نصف الناخبين في الانتخابات البرلمانية 2019 رغم الدعوات إلى المقاطعة.", "2019"),
    ("وأقر مجلس النواب موازنة 2024 بأغلبية كبيرة.", "2024"),
    ("وتستضيف السعودية كأس العالم 2034 في ملاعب جديدة.", "2034"),
    ("وتراجعت الأسهم الأوروبية إلى مستويات لم تشهدها منذ أزمة 2008 المالية.", "2008"),
])
def test_year_naming_an_event_edition(text: str, want: str) -> None:
    assert values(text, "2023-05-10") == [want]


@pytest.mark.parametrize("text", [
    "وبلغت موازنة الوزارة 2000 مليار دينار.",
    "وشارك في بطولة الشطرنج 1950 لاعباً من مختلف الدول.",
    "وحصلت القائمة في الانتخابات على 2012 صوتاً فقط.",
])
def test_quantity_after_an_event_noun_is_no_year(text: str) -> None:
    assert values(text, "2023-05-10") == []


@pytest.mark.parametrize(("text", "want"), [
    ("وأقيم الحفل على ملعب 5 جويلية بحضور آلاف المشجعين يوم 12 سبتمبر.", ["2022-09-12"]),
    ("وتجمع المحتجون في ميدان 6 أكتوبر قبل أن تفرقهم الشرطة.", []),
    ("ويربط جسر 15 يوليو ضفتي مضيق البوسفور.", []),
])
def test_venue_named_after_a_date_is_no_date(text: str, want: list[str]) -> None:
    assert values(text, "2022-10-01") == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    # the last season over before the anchor: earlier this year, or last year's when it is under way
    ("وشهدت الجبال تساقطاً كثيفاً للثلوج الشتاء الماضي.", "2021-10-05", "2020-12/2021-02"),
    ("وشهدت الجبال تساقطاً كثيفاً للثلوج الشتاء الماضي.", "2021-01-15", "2019-12/2020-02"),
    ("وتضاعف عدد السياح الأجانب الصيف الفائت.", "2019-12-01", "2019-06/2019-08"),
    ("وتضاعف عدد السياح الأجانب الصيف الفائت.", "2019-07-20", "2018-06/2018-08"),
    # with «العام الماضي» the marker is on the year: the season of last year
    ("وتضاعف عدد السياح في صيف العام الماضي.", "2019-12-01", "2018-06/2018-08"),
])
def test_season_marked_past_by_itself(text: str, anchor: str, want: str) -> None:
    assert values(text, anchor) == [want]


@pytest.mark.parametrize(("body", "lo"), [
    ("تونس - قال رئيس الهيئة اليوم الخميس إن الاستعدادات للاقتراع اكتملت، وهو الأول منذ انتخابات 2019 التشريعية.",
     "2019-01-01"),
    ("الدوحة - أعلنت اللجنة المنظمة اليوم الأحد أن عدد الزوار هو الأعلى منذ مونديال قطر 2022.", "2022-01-01"),
])
def test_since_an_event_edition_bounds_below(body: str, lo: str) -> None:
    p = infer_published(Document(id="t", body=body))
    assert p.earliest is not None and p.earliest >= lo
    assert p.value is None


def test_event_edition_without_since_is_no_bound() -> None:
    # an edition named in passing («استضافت … مونديال 2022») may be future or past: no bound
    p = infer_published(Document(id="t", body="الدوحة - قال المسؤول اليوم الأحد إن قطر تستعد لمونديال 2022."))
    assert p.earliest is None


@pytest.mark.parametrize("text", [
    "وتكثر الزيارات العائلية خلال الأسبوع الأول من رمضان.",
    "وقال إن الجولة الثانية من المفاوضات انتهت دون اتفاق.",
    "وتقام المرحلة الثالثة من السباق في الجبال.",
])
def test_ordinal_qualifying_a_definite_noun_is_no_day(text: str) -> None:
    # «الأول من رمضان» alone is a day; after «الأسبوع» or «الجولة» the ordinal qualifies that noun
    assert values(text, "2023-04-10") == []


def test_first_week_of_a_hijri_month_is_a_week() -> None:
    assert values("وتكثر الزيارات العائلية خلال الأسبوع الأول من شوال.", "2023-04-10") == ["2023-04-21/2023-04-27"]


@pytest.mark.parametrize(("text", "want"), [
    ("وصادف اليوم الأول من شوال يوم الجمعة.", "2023-04-21"),
    ("وتوقفت المفاوضات في الثالث من أبريل.", "2023-04-03"),
])
def test_ordinal_day_after_day_word_or_preposition_stays(text: str, want: str) -> None:
    assert want in values(text, "2023-04-10")


@pytest.mark.parametrize(("text", "want"), [
    ("وتبدأ أعمال الصيانة في النصف الثاني من الشهر المقبل.", "2023-05-16/2023-05-31"),
    ("وتراجعت الصادرات خلال النصف الأول من يناير 2022.", "2022-01-01/2022-01-15"),
    ("وتنشر النتائج في النصف الثاني من فبراير المقبل.", "2024-02-16/2024-02-29"),
])
def test_half_of_a_month(text: str, want: str) -> None:
    assert values(text, "2023-04-10") == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("ويغلق المعبر أمام المسافرين يومي السبت والأحد المقبلين.", ["2023-06-17", "2023-06-18"]),
    ("وشهدت المدن الكبرى إضرابات يومي الاثنين والثلاثاء الماضيين.", ["2023-06-12", "2023-06-13"]),
])
def test_marker_after_a_pair_of_weekdays_qualifies_both(text: str, want: list[str]) -> None:
    assert values(text, "2023-06-15") == want


@pytest.mark.parametrize("text", [
    "ونظرت المحكمة الإدارية في الطعن رقم 2018/713 المقدم من الشركة.",
    "ونشر القرار رقم 2021 في الجريدة الرسمية.",
    "وارتفع عدد سكان القرية إلى 2050 نسمة.",
    "وخصصت الحكومة 1990 مليون دينار لإعادة الإعمار.",
])
def test_identifier_or_quantity_is_no_year(text: str) -> None:
    assert values(text, "2023-06-15") == []


def test_year_after_a_named_event_noun() -> None:
    assert values("وهي أكبر موجة نزوح منذ أحداث 2014 في المنطقة.", "2023-06-15") == ["2014"]


@pytest.mark.parametrize(("body", "lo"), [
    # a dated month told in the past (after a decimal figure: «12.7» ends no clause)
    ("الرباط - قال البنك المركزي المغربي في بيانه الشهري إن معدل البطالة بلغ 12.7 في المئة في سبتمبر 2022، "
     "وإن التضخم سيواصل التراجع في الأشهر المقبلة.", "2022-09-01"),
    ("عمّان - وأفرجت السلطات الأردنية عن الناشط في 14 مارس 2021 بعد توقيفه أسبوعين.", "2021-03-14"),
])
def test_dated_past_event_bounds_below(body: str, lo: str) -> None:
    p = infer_published(Document(id="t", body=body))
    assert p.earliest is not None and p.earliest >= lo
    assert any("told in the past" in e for e in p.evidence)


@pytest.mark.parametrize("body", [
    "جدة - وسيتم عقد الاجتماع الثاني للجنة بتاريخ 12 مايو 2031 في مقر الغرفة التجارية.",
    "القاهرة - وكانت المحكمة قد أجلت النظر في القضية إلى جلسة 3 يناير 2030.",
    "دبي - وحددت اللجنة المنظمة يوم 20 نوفمبر 2030 موعداً لانطلاق البطولة.",
    "الرياض - وكتب الكاتب عن المشروع مقالاً نشر في 11/11/2030.",
])
def test_future_scheduled_or_numeric_date_is_no_past_bound(body: str) -> None:
    p = infer_published(Document(id="t", body=body))
    assert not any("told in the past" in e for e in p.evidence)
