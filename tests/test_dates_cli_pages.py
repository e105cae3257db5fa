"""`marsad dates` on whole scraped pages: the page is cleaned first, so chrome dates are upper bounds only.

Motivated by seed 001 (a 2017 article under the render date «الخميس 09 مايو 2024» and a masthead),
which the ingest path dated honestly but the `marsad dates --jsonl` filter dated 2024-05-09.
The pages below are written for this test.
"""

from __future__ import annotations

from marsad.analyze.time import date_text
from marsad.clean import clean_text

RENDER_DATE_PAGE = """الأحد 12 يناير 2025
رئيس التحرير
سامي عبد الله

أخبار العالم

الجيش العراقي يعلن انطلاق المرحلة الثانية من عمليات استعادة الساحل الأيمن لمدينة الموصل

أعلنت قيادة العمليات المشتركة في العراق انطلاق المرحلة الثانية من عمليات تحرير الساحل الأيمن لمدينة الموصل، بعد أن استكملت القوات السيطرة على الجانب الأيسر في كانون الثاني الماضي، وقال المتحدث باسم القيادة إن القوات تتقدم من المحور الجنوبي باتجاه مطار المدينة.
وأضاف أن طيران التحالف الدولي يقدم الإسناد الجوي للقطعات المتقدمة.
"""


def test_render_date_over_a_masthead_is_an_upper_bound_only() -> None:
    doc = date_text(RENDER_DATE_PAGE)
    assert doc.published.value is None
    assert doc.published.latest is not None and doc.published.latest <= "2025-01-12"
    assert "page date 2025-01-12 (chrome): an upper bound only" in doc.published.evidence


def test_timexes_keep_offsets_into_the_whole_page() -> None:
    doc = date_text(RENDER_DATE_PAGE)
    assert doc.timexes
    for t in doc.timexes:
        assert RENDER_DATE_PAGE[t.start:t.end] == t.text


def test_a_short_text_is_not_cleaned() -> None:
    # One line with its own dateline: read as it is (the cleaner would see a lone date line).
    text = "بغداد، الأربعاء 14 أكتوبر 2020 - أعلنت وزارة الصحة العراقية تسجيل 3 آلاف إصابة جديدة."
    assert date_text(text).published.value == "2020-10-14"


def test_print_date_line_is_a_page_date_not_the_title() -> None:
    page = clean_text("تاريخ الطباعة: 23/11/2026\nتونس - قال المعهد الوطني للإحصاء إن نسبة التضخم تراجعت "
                      "إلى 6.7 بالمئة خلال الشهر الماضي بعد أن بلغت 7 بالمئة في الشهر الذي سبقه.\n"
                      "مقالات ذات صلة\n")
    assert page.title == ""
    assert [(p.value, p.where) for p in page.page_dates] == [("2026-11-23", "page-date")]
