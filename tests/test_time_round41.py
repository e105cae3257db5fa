"""Round 41: page-level probes benchmarks/data/published_fresh31.jsonl (25 pages) and fiscal-year sentences
dates_fresh36.jsonl (20), plus the round-40 page gaps (pf29-21/24, pf30-04/08/09/10/21) and f35-005/025.

Pages: a yearless weekday day beside a budget for year Y picks the one of Y-1, Y whose calendar fits; a generic
national day («العيد الوطني», «عيد الاستقلال») is the day of the country whose office-holders the page names; a
feast told in the past or as its prayer beside «اليوم …» is that day; a holder quoted with «وقال … إن» in a page
whose lead reports the day bounds the page by the end of his tenure. Sentences: «عطلة نهاية الأسبوع المقبلة» is
the coming weekend; «يوم الأحد بمناسبة ذكرى المولد النبوي» is the feast's Sunday. Each rule is paired with
the case it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import contains_day, inferred, published, spans, values


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- a budget year and a yearless weekday day (pf30-09, pf29-21, pf31-01) ------------------------------------
def test_title_dateline_and_finance_bill_year() -> None:
    body = ("صادق مجلس الأمة اليوم على نص قانون المالية لسنة 2025 بعد مصادقة المجلس الشعبي الوطني عليه.\n"
            "ويتوقع القانون نموا اقتصاديا بنسبة 4.5 في المئة.")
    p = inferred(body, title="الجزائر - الثلاثاء 12 نوفمبر")
    assert p.value == "2024-11-12"


def test_body_dateline_with_agency_and_budget_year() -> None:
    text = ("تونس – الثلاثاء 10 ديسمبر (وات) – صادق مجلس نواب الشعب مساء اليوم على مشروع قانون المالية لسنة 2025 "
            "برمته.\nوقالت وزيرة المالية إن الميزانية تعول أساسا على الموارد الذاتية.")
    assert published(text)[2] == "2024-12-10"


def test_dateline_without_weekday_takes_the_stated_one() -> None:
    body = ("أقر مجلس الوزراء في جلسته اليوم الأربعاء مشروع قانون الموازنة العامة للسنة المالية 2024 وأحاله إلى "
            "مجلس النواب.\nوتبلغ النفقات المقدرة نحو 12.4 مليار دينار.")
    p = inferred(body, title="عمّان 29 تشرين الثاني (بترا)")
    assert p.value == "2023-11-29"


def test_closing_account_gives_no_year() -> None:
    text = ("عمّان – الأربعاء 29 تشرين الثاني – ناقشت اللجنة المالية النيابية اليوم الحساب الختامي لموازنة 2024 "
            "وتقرير ديوان المحاسبة.\nوطالب النواب بضبط النفقات الجارية.")
    assert not any("debated" in ev for ev in inferred(text).evidence)


# -- a national day named generically, the country from the tenures (pf31-05, pf30-21) --------------------
def test_national_day_of_the_holders_country() -> None:
    text = ("احتفلت الكويت اليوم الثلاثاء بالعيد الوطني وسط أجواء احتفالية عمت مختلف المحافظات.\n"
            "وهنأ سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح المواطنين والمقيمين بالمناسبة.")
    assert published(text)[2] == "2025-02-25"


def test_independence_and_youth_day_under_tebboune() -> None:
    text = ("أحيا الجزائريون اليوم الجمعة عيد الاستقلال والشباب بتنظيم استعراضات في مختلف الولايات.\n"
            "ووقع الرئيس عبد المجيد تبون بالمناسبة مراسيم عفو لفائدة آلاف المحبوسين.")
    assert published(text)[2] == "2024-07-05"


def test_national_day_with_two_countries_reads_nothing() -> None:
    text = ("احتفلت الكويت اليوم الثلاثاء بالعيد الوطني وسط أجواء احتفالية.\n"
            "وهنأ أمير الكويت الشيخ مشعل الأحمد الجابر الصباح المواطنين.\n"
            "وقال رئيس الوزراء الأردني بشر الخصاونة إن العلاقات بين البلدين راسخة.")
    assert published(text)[2] is None


def test_army_rank_between_title_and_name() -> None:
    text = ("احتفل لبنان اليوم السبت بعيد الاستقلال بعرض عسكري رمزي في وزارة الدفاع.\n"
            "وحضر العرض رئيس الجمهورية العماد جوزاف عون ورئيس الحكومة نواف سلام.")
    assert published(text)[2] == "2025-11-22"


# -- a feast told in the past, or as its prayer, beside «اليوم …» (pf30-04, pf31-20) ------------------------
def test_feast_in_a_past_clause_is_todays() -> None:
    text = ("احتفلت العراقيات اليوم السبت باليوم العالمي للمرأة بندوات في بغداد والبصرة.\n"
            "وأكد رئيس مجلس الوزراء محمد شياع السوداني أن حكومته ماضية في تمكين المرأة.")
    assert published(text)[2] == "2025-03-08"


def test_feast_prayer_held_today() -> None:
    text = ("أدى الرئيس السوري أحمد الشرع صلاة عيد الأضحى اليوم الجمعة في المسجد الأموي بدمشق.\n"
            "وتبادل الشرع التهاني مع المصلين عقب الصلاة.")
    assert published(text)[2] == "2025-06-06"


# -- a holder quoted in today's news bounds the page (pf30-08, pf31-09) ------------------------------------
def test_quoted_holder_in_todays_news_bounds_the_page() -> None:
    text = ("بحث مجلس الوزراء الأردني اليوم الأحد خطة لمواجهة ارتفاع أسعار المحروقات.\n"
            "ويقول رئيس الوزراء بشر الخصاونة إن الحكومة لن ترفع أسعار الخبز خلال الأشهر المقبلة.")
    p = inferred(text)
    assert p.latest is not None and p.latest <= "2024-10-02" and contains_day(p, "2023-10-15")


def test_pluperfect_statement_leaves_the_end_open() -> None:
    text = ("أعلنت وزارة الخارجية الأردنية اليوم الاثنين إرسال قافلة مساعدات جديدة إلى قطاع غزة.\n"
            "وكان رئيس الوزراء بشر الخصاونة قد أكد في وقت سابق أن الأردن سيواصل دعم الأشقاء.")
    latest = inferred(text).latest
    assert latest is None or latest > "2024-10-18"  # only the reading day, not the tenure's end


# -- sentences (f35-005, f35-025) --------------------------------------------------------------------------
def test_coming_weekend_feminine() -> None:
    s = "وتتوقع الأرصاد الجوية طقسا معتدلا مع رياح نشطة خلال عطلة نهاية الأسبوع القادمة."
    assert spans(s, "2025-01-14") == [("عطلة نهاية الأسبوع القادمة", "2025-01-17/2025-01-18")]


def test_weekend_of_next_week_masculine() -> None:
    s = "وتتوقع الأرصاد الجوية طقسا معتدلا خلال عطلة نهاية الأسبوع المقبل."
    assert values(s, "2025-01-14") == ["2025-01-24/2025-01-25"]


def test_weekday_on_the_occasion_of_a_feast() -> None:
    s = "وعطلت وزارة الداخلية الدوام الرسمي يوم الأحد بمناسبة ذكرى المولد النبوي الشريف."
    assert values(s, "2024-09-10") == ["2024-09-15", "2024-09-15"]


def test_weekday_of_another_feast_day_keeps_its_reading() -> None:
    s = "وعطلت وزارة الداخلية الدوام الرسمي يوم الخميس بمناسبة ذكرى المولد النبوي الشريف."
    assert values(s, "2024-09-10")[0] == "2024-09-05"


# «العاهل الأردني الملك عبد الله»: the alias «الملك عبد الله» is shared by Jordan's and Saudi Arabia's kings; the
# nationality between title and name keeps only the office of that country, so a 1999–2005 Jordanian story is not
# bounded below by the Saudi king's 2005 accession.
def test_nationality_between_title_and_name_picks_the_office_country() -> None:
    from marsad.analyze.time.tenure import tenure_cues

    cues = tenure_cues("استقبل العاهل الأردني الملك عبد الله في عمان اليوم وفدا من رجال الأعمال")
    assert [c.office for c in cues] == ["JOR.KING"]
    cues = tenure_cues("استقبل خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز في الرياض اليوم الرئيس الأمريكي")
    assert [c.office for c in cues] == ["SAU.KING"]
