"""Publication inference rules added after the blind document probe (benchmarks/data/published_fresh.jsonl).

Each test is a sibling article written for it, not a probe text: chrome lines as upper
bounds only, a dateline that disagrees with the stated weekday, a Hijri «الموافق»
Gregorian heading, yearless agency datelines, and dates announced as scheduled.
"""

from __future__ import annotations

import pytest

from marsad.analyze.time import infer_published
from marsad.model import Document, Published


def pub(body: str) -> Published:
    return infer_published(Document(id="t", body=body))


@pytest.mark.parametrize("chrome", [
    "آخر تحديث: الأحد 12 يناير 2025 - 08:40 م",
    "تاريخ التحديث: 12/01/2025",
    "Updated: 12/01/2025",
])
def test_last_updated_line_is_an_upper_bound_only(chrome: str) -> None:
    # a 2019 report re-rendered in 2025: the «last updated» line is not the publication day
    p = pub(f"{chrome}\nأعلنت وزارة الصحة الأردنية اليوم الأربعاء تسجيل حالات جديدة من الحصبة في محافظة إربد، "
            "ودعت الأهالي إلى استكمال تطعيم أطفالهم.")
    assert p.value is None and p.earliest is None
    assert p.latest is not None and p.latest <= "2025-01-12"
    assert any("chrome" in e for e in p.evidence)


@pytest.mark.parametrize("footer", ["جميع الحقوق محفوظة © 2023", "© 2008 - 2023 حقوق النشر محفوظة لصحيفة الغد"])
def test_copyright_footer_bounds_above(footer: str) -> None:
    p = pub("عمّان - قالت الحكومة الأردنية اليوم الأحد إنها ستعيد فتح معبر جابر الحدودي مع سوريا.\n" + footer)
    assert p.latest is not None and "2023-12-24" <= p.latest <= "2023-12-31"
    assert p.value is None and p.earliest is None


def test_copyright_line_year_is_not_a_mentioned_year() -> None:
    # the footer's year must not choose among candidate days the way a year in the story does
    p = pub("بيروت - 4 آب (رويترز) - قالت السلطات اللبنانية اليوم الثلاثاء إن حريقا اندلع في مستودع بالمرفأ.\n"
            "جميع الحقوق محفوظة © 2024")
    assert p.value is None  # 4 August is a Tuesday in 2015 and 2020 (and earlier years): no single day


def test_dateline_contradicting_stated_weekday_is_only_an_upper_bound() -> None:
    # the heading says Thursday 9 May 2024, the story says «today Monday»: the heading is a render date
    p = pub("الخميس 09 مايو 2024\nأغلقت السلطات الكويتية اليوم الاثنين عددا من المحال المخالفة في منطقة الشويخ.")
    assert p.value is None
    assert p.latest is not None and p.latest <= "2024-05-10"
    assert p.earliest is None


def test_dateline_agreeing_with_weekday_still_commits() -> None:
    p = pub("بغداد - الأحد 15 كانون الثاني 2023 - قال وزير النفط العراقي اليوم الأحد إن الصادرات ارتفعت.")
    assert p.value == "2023-01-15"


def test_hijri_heading_with_gregorian_correspondent_is_a_dateline() -> None:
    p = pub("الخميس 10 رمضان 1445 هـ الموافق 21 مارس 2024\n"
            "جدة - أعلنت هيئة الهلال الأحمر السعودي رفع جاهزيتها لخدمة المعتمرين خلال الشهر الفضيل.")
    assert (p.earliest, p.value) == ("2024-03-21", "2024-03-21")


def test_yearless_agency_dateline_with_weekday_and_tenure_commits() -> None:
    # 30 June is a Sunday in 2013, 2019 and 2024; Morsi was president only in 2013 of those
    p = pub("القاهرة - 30 يونيو (رويترز) - خرج ملايين المصريين اليوم الأحد إلى الشوارع مطالبين الرئيس المصري "
            "محمد مرسي بالتنحي.")
    assert p.value == "2013-06-30"


def test_yearless_dateline_without_other_evidence_stays_open() -> None:
    p = pub("الدوحة في 18 ديسمبر - احتفلت قطر اليوم الأحد باليوم الوطني بعرض عسكري على كورنيش الدوحة.")
    assert p.value is None
    assert p.latest is not None and p.latest[5:] == "12-18"  # the latest Sunday 18 December that has passed


def test_scheduled_full_date_bounds_above() -> None:
    p = pub("قال رئيس الهيئة المستقلة للانتخابات اليوم الاثنين إن الاستعدادات اكتملت للانتخابات البلدية "
            "المقررة في 22 مارس 2022.")
    assert p.latest is not None and p.latest <= "2022-03-22"


def test_scheduled_in_the_past_is_no_bound() -> None:
    # «التي كانت مقررة»: the date was scheduled once and has passed; publication is after it
    p = pub("وأعلنت اللجنة إلغاء الانتخابات التي كانت مقررة في 22 مارس 2022، وقالت في بيان صدر في 3 أبريل 2022 "
            "إن موعدا جديدا سيحدد لاحقا.")
    assert p.latest is None or p.latest >= "2022-04-03"


@pytest.mark.parametrize(("body", "lo"), [
    ("وتعد هذه أول زيارة لمسؤول تركي منذ اندلاع الأزمة في الخامس من يونيو 2017، بحسب وكالة الأناضول.", "2017-06-05"),
    ("ولم تعقد أي جولة تفاوض منذ توقيع الاتفاق الإطاري في 5 ديسمبر 2022.", "2022-12-05"),
])
def test_since_an_onset_on_a_date_bounds_below(body: str, lo: str) -> None:
    p = pub(body)
    assert p.earliest is not None and p.earliest >= lo


def test_onset_without_since_is_no_bound() -> None:
    # «اندلاع الأزمة في …» alone is a date mentioned, not a «since»: no hard lower bound from it
    p = pub("وأعاد التقرير التذكير باندلاع الأزمة في الخامس من يونيو 2017 بين قطر وجيرانها.")
    assert p.earliest is None


def test_photo_credit_year_is_no_upper_bound() -> None:
    # an archive photo credited © 2015 under a 2019 story: the story may be newer than the photo
    p = pub("الخرطوم - قال تجمع المهنيين السودانيين اليوم الخميس إن الاعتصام أمام القيادة العامة مستمر.\n"
            "صورة أرشيفية © 2015\n"
            "وأضاف التجمع أن المفاوضات مع المجلس العسكري متعثرة.\n"
            "ودعا إلى مواكب جديدة يوم السبت.")
    assert p.latest is None


def test_bare_copyright_sign_in_footer_bounds_above() -> None:
    p = pub("قال البنك المركزي المصري اليوم الخميس إنه أبقى أسعار الفائدة دون تغيير.\n"
            "وأضاف أن التضخم تباطأ خلال الشهر الماضي.\n"
            "© 2021 الشروق")
    assert p.latest is not None and p.latest <= "2021-12-31"


@pytest.mark.parametrize("head", [
    "نشر في: 21/05/2022 - 09:40",
    "نشر بتاريخ 21/5/2022",
    "2022-05-21 09:40",
    "الموصل/ 21 أيار 2022/ (واع)",
    "نُشر في 21 مايو 2022 الساعة 09:40",
])
def test_publication_heading_forms_are_datelines(head: str) -> None:
    p = pub(head + "\nافتتحت وزارة الثقافة العراقية معرضا للكتاب يضم أكثر من ثلاثمئة دار نشر عربية.")
    assert p.value == "2022-05-21"


def test_heading_with_wrong_weekday_commits_no_day() -> None:
    # 21 May 2022 was a Saturday: «الأحد 21 مايو 2022» has a typo in the weekday or the day
    p = pub("الأحد 21 مايو 2022\nافتتحت وزارة الثقافة العراقية معرضا للكتاب في بغداد.")
    assert p.value is None and (p.earliest, p.latest) == ("2022-05-21", "2022-05-22")
    q = pub("الثلاثاء 21 مايو 2022\nافتتحت وزارة الثقافة العراقية معرضا للكتاب في بغداد.")
    assert q.value is None and q.earliest is None


def test_sentence_about_a_past_publication_is_no_dateline() -> None:
    p = pub("نشر تقرير البنك الدولي في 14 مارس 2019 أرقاما عن البطالة في المنطقة، وعاد الخبراء إليه اليوم.")
    assert p.value is None


@pytest.mark.parametrize("line", [
    "تحديث الخطة الوطنية للمياه حتى 2019",  # a story subheading that starts with «تحديث»
    "وأقر البرلمان قانون حقوق النشر في 14 مارس 2019",  # a story line about copyright
])
def test_story_lines_like_chrome_are_not_chrome(line: str) -> None:
    p = pub("قالت الحكومة الأردنية اليوم الأحد إنها أنجزت المرحلة الأولى من مشروع الناقل الوطني.\n"
            f"{line}\nوأضافت أن المشروع سيؤمن مياه الشرب لملايين السكان.\nوتقدر كلفته بمليارات الدولارات.\n"
            "وتأمل الحكومة بدء التنفيذ قريبا.")
    assert not any("chrome" in e for e in p.evidence)
