"""Round 38: held-out probes benchmarks/data/dates_fresh33.jsonl (60 sentences) and published_fresh28.jsonl (25 pages).

Sentences: a named day's span takes in a leading «يوم» or «عشية» («يوم عيد العمال», «عشية الخميس المنصرم»;
parts of the day and «يوم 9 جوان» keep the grammar's round-24 convention); Gulf national days and «العام الهجري
الجديد» are named days; «الأحد المقبل الموافق 11 أيار» is one expression. Pages (and round-37 leftovers):
the earliest reader comment bounds the page from above (pf27-24); a title «بيروت في 5 كانون الثاني 2024» is
the dateline when the story states its weekday; a yearless weekday date told in the past under a tenure is
a lower bound (pf27-13). Each rule is paired with the case it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import spans

from marsad.analyze.time import date_text


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- «يوم» / «عشية» leading a named day are in its span; parts of the day stay out (round 24) ---------
def test_day_word_joins_a_named_day() -> None:
    assert spans("ويعطل القطاعان العام والخاص في تونس يوم عيد العمال.", "2024-04-28") == [("يوم عيد العمال", "2024-05-01")]
    text = "وعقد المكتب السياسي للحزب اجتماعه الأسبوعي عشية الخميس المنصرم بالرباط."
    assert spans(text, "2022-07-04") == [("عشية الخميس المنصرم", "2022-06-30")]


def test_part_of_day_stays_out() -> None:
    text = "وبدأت القوات الروسية هجومها على أوكرانيا فجر الخميس 24 فبراير 2022."
    assert spans(text, "2022-02-25") == [("الخميس 24 فبراير 2022", "2022-02-24")]


def test_day_word_before_a_numeric_date_stays_out() -> None:
    text = "وتحيي الجزائر ذكرى هجمات الشمال القسنطيني التي اندلعت يوم 20 أوت 1955."
    assert spans(text, "2024-08-19") == [("20 أوت 1955", "1955-08-20")]


# -- named days -------------------------------------------------------------------------------------
def test_saudi_national_day_is_a_named_day() -> None:
    text = "وتزينت شوارع الرياض باللون الأخضر احتفاء باليوم الوطني السعودي الثالث والتسعين."
    assert spans(text, "2023-09-21") == [("اليوم الوطني السعودي", "2023-09-23")]
    # «the kingdom's national day» names no country: left alone
    assert spans("وبمناسبة اليوم الوطني الـ94 للمملكة، أطلقت الهيئة فعاليات متنوعة.", "2024-09-20") == []


def test_new_hijri_year_is_first_muharram() -> None:
    text = "وتعطل الدوائر الحكومية يوم الأحد المقبل بمناسبة حلول العام الهجري الجديد."
    assert spans(text, "2024-07-03") == [("يوم الأحد المقبل", "2024-07-07"), ("العام الهجري الجديد", "2024-07-07")]


# -- «WEEKDAY المقبل الموافق DAY MONTH»: one expression ---------------------------------------------
def test_marked_weekday_then_corresponding_date_is_one() -> None:
    text = "وتنطلق المرحلة الثانية من الانتخابات البلدية في لبنان الأحد المقبل الموافق 11 أيار في محافظتي الشمال وعكار."
    assert spans(text, "2025-05-06") == [("الأحد المقبل الموافق 11 أيار", "2025-05-11")]
    assert spans("وقتل خمسة أشخاص الأحد الماضي في اشتباكات بالمدينة.", "2024-01-03") == [("الأحد الماضي", "2023-12-31")]


# -- pages ------------------------------------------------------------------------------------------
COMMENTS = "\n".join([
    "أعلنت الهيئة العامة للطيران المدني أمس إطلاق خطة لرفع الطاقة الاستيعابية لمطار الملك خالد الدولي خلال موسم الصيف.",
    "وتتضمن الخطة افتتاح صالات جديدة وزيادة عدد البوابات.",
    "التعليقات",
    "أبو فهد | 14-06-2023: خطوة ممتازة",
    "مها | 02-06-2023: نتمنى تحسين الخدمات أيضا",
])


def test_earliest_comment_is_the_upper_bound() -> None:
    p = date_text(COMMENTS).published
    assert p.latest == "2023-06-02" and p.value is None


def test_comment_dates_without_comment_heading_are_only_chrome() -> None:
    p = date_text(COMMENTS.replace("التعليقات\n", "")).published
    assert p.latest != "2023-06-02"


BEIRUT = "\n".join([
    "بيروت في 5 كانون الثاني 2024",
    "تواصل القصف الإسرائيلي على بلدات الجنوب اللبناني أمس الخميس، واستهدفت غارات أطراف بلدتي عيتا الشعب ورميش.",
    "وأفادت مصادر محلية بأن حركة النزوح من القرى الحدودية تواصلت في ظل تصاعد التوتر.",
])


def test_place_fi_title_is_the_dateline() -> None:
    p = date_text(BEIRUT).published
    assert p.value == "2024-01-05"


def test_place_fi_title_without_a_stated_weekday_commits_nothing() -> None:
    p = date_text(BEIRUT.replace(" أمس الخميس،", "")).published
    assert p.value is None


ARNOUS = "\n".join([
    "دمشق-سانا",
    "ترأس رئيس مجلس الوزراء المهندس حسين عرنوس يوم الخميس 14 آذار اجتماعا للجنة الاقتصادية لمناقشة آليات تمويل المستوردات.",
    "وأقرت اللجنة تعديل قائمة المواد المسموح باستيرادها بما يخدم العملية الإنتاجية.",
])


def test_past_weekday_date_under_a_tenure_is_a_lower_bound() -> None:
    p = date_text(ARNOUS).published
    assert p.earliest == "2024-03-14"


def test_future_weekday_date_is_no_lower_bound() -> None:
    p = date_text(ARNOUS.replace("ترأس رئيس", "ويترأس رئيس")).published
    assert p.earliest is None or p.earliest < "2024-03-14"
