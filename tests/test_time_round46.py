"""Round 46: sports, economy, weather and culture desks; Levantine and Maghrebi pages
(benchmarks/data/dates_fresh39.jsonl, published_fresh36.jsonl).

«ل» + an approximation before a count and unit is a length («لنحو 24 ساعة»); birth and death years in brackets
after a name are one span even before 1900 («(1889-1973)»); a reader-comment block under «تعليقات القراء» or
«آراء القراء» bounds the page from above even when the cleaner keeps the comments; a page-header line «اليوم:
الجمعة 14 فبراير 2025» is a render date (upper bound), never the title. Each rule is paired with what it must
leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import values

from marsad.analyze.time import date_text
from marsad.clean.lines import classify


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- «ل» + approximation + count and unit: a length (f39-032) ----------------------------------------------------
def test_li_approximation_is_a_length() -> None:
    text = "وأدت الأمطار الغزيرة التي هطلت على دبي أمس إلى شلل حركة الطيران لنحو 24 ساعة."
    assert values(text, "2024-04-17") == ["2024-04-16", "PT24H"]
    assert values("وانقطعت الكهرباء عن أحياء حلب الشرقية لحوالي 10 أيام.", "2024-01-10") == ["P10D"]
    assert values("وأغلقت الطريق الدولية لقرابة ثلاث ساعات بسبب الثلوج.", "2025-01-14") == ["PT3H"]


def test_li_comparison_and_counted_people_stay_alone() -> None:
    assert values("وبقي في المستشفى لأكثر من أسبوع.", "2024-11-14") == []  # a comparison (round 15)
    assert values("ويحق لنحو 21 مليون عراقي الإدلاء بأصواتهم.", "2025-04-15") == []


# -- a life span in brackets, the birth year before 1900 (f39-035, f39-041) ------------------------------------
def test_bracketed_life_span_before_1900() -> None:
    text = "ويعرض المتحف مخطوطات نادرة للأديب طه حسين (1889-1973) لأول مرة أمام الجمهور."
    assert values(text, "2025-09-28") == ["1889/1973"]
    text = "وافتتحت مكتبة الإسكندرية معرضا عن الشاعر أحمد شوقي (1868 - 1932) بمناسبة ذكرى رحيله."
    assert values(text, "2024-10-14") == ["1868/1932"]


def test_bracketed_numbers_that_are_no_life_span() -> None:
    assert values("وتضم الخزانة (1200-1500) مخطوطة نادرة.", "2024-01-01") == []
    # no closing bracket: no life span, the later year alone as before
    assert values("وعاش الشاعر بين (1868-1932 وفق المصادر.", "2024-01-01") == ["1932"]


# -- reader comments under a comment heading the cleaner keeps in the body (pf35-06, pf36-06) ---------------------
def test_readers_comment_heading_bounds_the_page() -> None:
    page = ("أكد رئيس الجمهورية العماد جوزاف عون اليوم خلال استقباله وفدا من نقابة المحامين أن استقلالية القضاء "
            "أولوية في المرحلة المقبلة.\nوشدد على ضرورة إقرار قانون تنظيم القضاء العدلي.\nآراء القراء\n"
            "ميشال - 2025-06-03\nكلام جميل لكن العبرة في التنفيذ.")
    p = date_text(page).published
    assert p.latest == "2025-06-03" and p.value is None
    page = page.replace("آراء القراء", "تعليقات القراء")
    assert date_text(page).published.latest == "2025-06-03"


def test_signature_without_comment_heading_is_no_bound() -> None:
    page = ("أكد رئيس الجمهورية العماد جوزاف عون اليوم خلال استقباله وفدا من نقابة المحامين أن استقلالية القضاء "
            "أولوية في المرحلة المقبلة.\nوشدد على ضرورة إقرار قانون تنظيم القضاء العدلي.\n"
            "ميشال - 2025-06-03\nكلام جميل لكن العبرة في التنفيذ.")
    assert date_text(page).published.latest is None
    assert classify("آراء القراء تباينت حول قرار رفع أسعار المحروقات") is None


# -- a «today» label before the page-header date: a render date (pf35-04) ----------------------------------------
def test_today_labelled_header_is_a_render_date() -> None:
    page = ("اليوم: الجمعة 14 فبراير 2025\nالرباط - أعلنت وزارة التجهيز والماء أمس الأربعاء أن نسبة ملء السدود "
            "بلغت 27 في المائة بفضل التساقطات الأخيرة.\nوأوضحت الوزارة أن سدود حوض سبو سجلت أكبر الواردات المائية.")
    p = date_text(page).published
    assert p.value is None and p.latest == "2025-02-13"  # the Thursday before the Friday render
    assert classify("تاريخ اليوم: 2025-02-14") == "page-date"


def test_today_label_in_a_sentence_stays_content() -> None:
    assert classify("اليوم: الجمعة 14 فبراير 2025 عقد المجلس جلسته") is None
    assert classify("اليوم 14 قتيلا") is None
