"""Round 47: Saudi dailies of 2013–2016 (Hijri-first dating) and Levantine and Maghrebi pages
(benchmarks/data/dates_fresh40.jsonl, published_fresh37.jsonl).

«العام الهجري المقبل/الجاري» counts Hijri years, and «مطلع/نهاية» take a share of the Hijri year (not
«الماضي», often the year just ended); «أمضى/قضى + subject + count and unit» is a length; Algeria's «الوزير
الأول» is the premier's title for tenures; a comment heading ends the article for the cleaner, and a signature
with a weekday, a Maghrebi month and a clock bounds the page.
Each rule is paired with what it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import spans, values

from marsad.analyze.time import date_text
from marsad.clean.boilerplate import classify_page


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- relative Hijri years (f40-004) -------------------------------------------------------------------------------
def test_relative_hijri_year_and_its_start() -> None:
    text = "وتعتزم الوزارة تطبيق لائحة الوظائف التعليمية الجديدة مطلع العام الهجري المقبل."
    # 1437 AH began on 14 October 2015; its first three months end with Rabi al-Awwal
    assert spans(text, "2015-08-01") == [("مطلع العام الهجري المقبل", "2015-10-14/2016-01-10")]
    assert values("وتنتهي الخطة بنهاية العام الهجري الجاري.", "2015-08-01") == ["2015-07-17/2015-10-13"]
    assert values("وتنتهي المرحلة الأولى في السنة الهجرية المقبلة.", "2015-08-01") == ["2015-10-14/2016-10-01"]


def test_gregorian_and_numbered_hijri_years_unchanged() -> None:
    # a past Hijri year is often the one just ended, where the anchor may still be: left unread
    assert values("وانتهى العام الهجري الماضي.", "2015-08-01") == []
    assert values("ويبدأ التشغيل مطلع العام المقبل.", "2015-08-01") == ["2016-01-01/2016-03-31"]
    assert values("ويبدأ العام الهجري 1447 يوم الخميس 26 يونيو.", "2025-06-20") == [
        "2025-06-26/2026-06-15", "2025-06-26"]


# -- «أمضى/قضى» + subject + length (f40-051) --------------------------------------------------------------------
def test_spent_verb_takes_a_length() -> None:
    assert values("وأمضى اللاعب عشر سنوات في صفوف الاتحاد قبل أن يعلن اعتزاله اللعب.", "2013-06-10") == ["P10Y"]
    assert values("وقضى المعتقل ثلاث سنوات في السجن دون محاكمة.", "2016-01-10") == ["P3Y"]


def test_signed_agreement_is_no_length() -> None:
    # Maghrebi «أمضى» is also «signed»: no count and unit follows, no length
    assert values("وأمضى الطرفان اتفاقية تعاون في مجال الطاقة.", "2024-03-01") == []


# -- Algeria's «الوزير الأول» bounds the page with the premier's tenure (pf37-06) ---------------------------------
def test_algerian_first_minister_title_gives_tenure() -> None:
    page = ("الخميس 15 فبراير 2024\nترأس الوزير الأول نذير العرباوي اليوم الأربعاء اجتماعا للحكومة درس خلاله "
            "مشروع مرسوم تنفيذي يتعلق بتنظيم الاستيراد.\nكما استمعت الحكومة إلى عرض حول التحضير لشهر رمضان.")
    p = date_text(page).published
    assert p.earliest is not None and "2023-09-01" <= p.earliest <= "2023-11-11"
    assert p.latest == "2024-02-14" and p.value is None


def test_deputy_first_minister_is_not_the_premier() -> None:
    page = "استقبل نائب الوزير الأول نذير العرباوي وفدا برلمانيا.\nوتناول اللقاء التعاون الثنائي."
    assert date_text(page).published.earliest is None


# -- a comment heading ends the article (pf37-08) ----------------------------------------------------------------
PF37_08 = ("أكد رئيس الحكومة عزيز أخنوش أمس الخميس خلال ترؤسه اجتماع اللجنة الوزارية المكلفة بإعادة إعمار المناطق "
           "المتضررة من الزلزال أن صرف الدعم المباشر للأسر سيتواصل.\nوأوضح أن عدد الأسر المستفيدة تجاوز 57 ألف أسرة.\n"
           "التعليقات (2)\nمواطن - الجمعة 10 نونبر 2023 - 09:12\nنتمنى الإسراع في إعادة البناء قبل فصل الشتاء.")


def test_comment_heading_ends_the_article() -> None:
    lines, _ = classify_page(PF37_08.split("\n"))
    assert [ln.reason for ln in lines[-2:]] == ["footer", "footer"]
    p = date_text(PF37_08).published
    assert p.latest == "2023-11-10" and p.earliest is not None and p.earliest <= "2021-10-07"


def test_bare_number_line_does_not_end_the_article() -> None:
    texts = ["أعلنت وزارة الصحة اليوم إطلاق حملة وطنية للتلقيح ضد الحصبة في جميع المحافظات.", "2",
             "وتستهدف الحملة الأطفال دون سن الخامسة في المدارس ورياض الأطفال والمراكز الصحية."]
    lines, _ = classify_page(texts)
    assert lines[-1].reason is None
