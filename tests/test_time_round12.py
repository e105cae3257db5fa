"""Rules added in the twelfth dates round, after ``dates_fresh11`` and ``published_fresh8``.

Sentences: a day with «الجاري» and no month («يوم 15 الجاري») is a day of this month; an ordinal day after
a marked weekday is a date in apposition («يوم الجمعة المقبل الأول من ذي الحجة»); a year after a kind of
year («السنة المالية 2025») is a year; a number after a label and its adjective («الرقم الأخضر 1919») is
not; counted months of a year are valued in months and counted decades in years; «الاتنين» is Monday.
Publication: a related-story link older than what the story states bounds nothing; a title that is only
a render stamp («هسبريس | الإثنين 23 نونبر 2026 - 10:05») bounds from above; «حرر بالرباط في …» is told in
the past; an archive photo's date bounds from below.
"""

from __future__ import annotations

import pytest
from probe_helpers import contains, spans

from marsad.analyze.time import date_text, infer_published
from marsad.model import Document, PageDate

pytestmark = pytest.mark.usefixtures("run_day")


# -- 1. time expressions ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وقال رئيس اللجنة إن النتائج النهائية ستعلن يوم 15 الجاري.", "2023-04-03", [("15 الجاري", "2023-04-15")]),
    ("وتجرى الانتخابات التشريعية يوم ٣ الجاري في جميع الدوائر.", "2021-10-01", [("٣ الجاري", "2021-10-03")]),
    ("ووصل الوفد في 12 الجاري إلى الرياض.", "2021-10-20", [("12 الجاري", "2021-10-12")]),
])
def test_day_with_current_marker_is_a_day_of_this_month(text: str, anchor: str, want: list) -> None:
    assert spans(text, anchor) == want


@pytest.mark.parametrize("text", [
    "وتنص المادة 15 الجارية على ذلك.",  # feminine marker: no month
    "وبلغت الرواتب 15 الجاري صرفها.",  # no «يوم» or preposition of time before the day
])
def test_day_with_current_marker_needs_a_day_cue(text: str) -> None:
    assert spans(text, "2021-10-20") == []


def test_ordinal_day_after_a_marked_weekday_is_a_date() -> None:
    text = "ويوافق يوم الجمعة المقبل الأول من ذي الحجة بحسب تقويم أم القرى."
    assert spans(text, "2024-06-03") == [("يوم الجمعة المقبل", "2024-06-07"), ("الأول من ذي الحجة", "2024-06-07")]


def test_ordinal_after_a_marked_week_stays_adjectival() -> None:
    assert spans("ويعقد الأسبوع المقبل الأول من نوعه.", "2024-06-03") == [("الأسبوع المقبل", "2024-W24")]


@pytest.mark.parametrize(("text", "want"), [
    ("وقدرت الحكومة عجز الميزانية في السنة المالية 2025 بنحو 4 في المائة.", [("2025", "2025")]),
    ("وارتفع عدد الطلاب في العام الدراسي 2024 إلى مليون.", [("2024", "2024")]),
])
def test_year_after_a_kind_of_year(text: str, want: list) -> None:
    assert spans(text, "2024-10-20") == want


@pytest.mark.parametrize("text", [
    "وللتبليغ يرجى الاتصال على الرقم 0661234567 أو الرقم الأخضر 1919.",
    "ويمكن الاتصال على الرقم المجاني 1990 للإبلاغ.",
])
def test_number_after_a_label_and_its_adjective_is_no_year(text: str) -> None:
    assert spans(text, "2023-01-01") == []


def test_year_after_a_record_keeps_its_preposition_cue() -> None:
    assert spans("وسجل رقما قياسيا في 2019.", "2023-01-01") == [("2019", "2019")]


def test_counted_months_of_a_year_are_months() -> None:
    text = "وبلغت المبيعات ذروتها خلال الأشهر الستة الأولى من العام."
    assert spans(text, "2023-08-01") == [("الأشهر الستة الأولى من العام", "2023-01/2023-06")]


@pytest.mark.parametrize(("text", "want"), [
    ("وتضاعف عدد سكان العاصمة خلال العقدين الماضيين بفعل الهجرة.", [("العقدين الماضيين", "2003/2023")]),
    ("وتراجعت الزراعة خلال العقود الثلاثة الماضية.", [("العقود الثلاثة الماضية", "1993/2023")]),
])
def test_counted_decades_are_whole_years_like_the_last_decade(text: str, want: list) -> None:
    assert spans(text, "2023-03-01") == want


def test_egyptian_spelling_of_monday() -> None:
    text = "وأصدرت المحكمة حكمها في القضية يوم الاتنين 3 فبراير."
    assert spans(text, "2020-02-05") == [("يوم الاتنين 3 فبراير", "2020-02-03")]


# -- 2. publication ------------------------------------------------------------------------------------------

PORT = ("النهار | الأحد 23 تشرين الثاني 2026\n"
        "بيروت - يحيي اللبنانيون اليوم الاثنين الذكرى الخامسة لانفجار مرفأ بيروت الذي وقع في 4 آب 2020 "
        "وأودى بحياة أكثر من مئتي شخص، وسط مطالبات بكشف الحقيقة ومحاسبة المسؤولين.\n"
        "اقرأ أيضاً\n"
        "أهالي الضحايا يعتصمون أمام قصر العدل (3 آب 2025)\n"
        "جميع الحقوق محفوظة © النهار 2026")


def test_older_related_link_does_not_bound_the_day_the_story_states() -> None:
    """pf8-05: the related link of 3 August 2025 is an older story, not an upper bound on 4 August 2025."""
    p = date_text(PORT).published
    assert (p.earliest, p.latest, p.value) == ("2025-08-04", "2025-08-04", "2025-08-04")
    assert any(e.startswith("not used: related link dated 2025-08-03") for e in p.evidence)


def test_related_link_bounds_no_open_story_either() -> None:
    """Changed in round 13 (pf9-03, pf9-04, pf9-08): a related link may be older than an open story too."""
    body = "عمّان - قالت دائرة الإحصاءات العامة إن الصادرات الوطنية ارتفعت خلال الربع الأول من العام الجاري."
    doc = Document(id="t", url="", source="", title="", body=body,
                   page_dates=[PageDate(text="21/11/2026", value="2026-11-21", where="related")])
    p = infer_published(doc)
    assert p.latest is None and p.value is None
    assert any(e.startswith("not used: related link dated 2026-11-21") for e in p.evidence)


ELECTIONS = ("بغداد - أكدت المفوضية العليا المستقلة للانتخابات أن الانتخابات التشريعية ستجرى في تشرين الأول 2025، "
             "داعية الأحزاب السياسية إلى تسجيل مرشحيها قبل انتهاء المهلة القانونية.")


def test_month_told_in_the_future_bounds_nothing() -> None:
    """pf8-04: tried and dropped. On SaudiNewsNet a future clause is often an older report quoted
    («قانون الرهن العقاري الجديد الذي سيبدأ سريانه في نوفمبر ٢٠١٤», published in 2015) or a name read as
    a future verb («إيرتون سينا … في مايو 1994»): no upper bound from it."""
    p = infer_published(Document(id="t", url="", source="", title="", body=ELECTIONS))
    assert p.latest is None and contains(p, "2025-02-12")


def test_communique_signature_date_is_a_lower_bound() -> None:
    """pf8-08: «حرر بالرباط في 12 ماي 2021» is told in the past; the article is from two days later."""
    body = ("توصلت الجريدة ببلاغ من النقابة الوطنية للتعليم العالي تعلن فيه خوض إضراب وطني لمدة 48 ساعة.\n\n"
            "حرر بالرباط في 12 ماي 2021\n\nعن المكتب الوطني")
    p = infer_published(Document(id="t", url="", source="", title="", body=body))
    assert p.earliest == "2021-05-12" and p.value is None and contains(p, "2021-05-14")


def test_archive_photo_caption_is_a_lower_bound() -> None:
    """pf8-16: never the day of the story (2022-05-05), only after it."""
    body = "الكويت - عقد مجلس الوزراء اليوم اجتماعه الأسبوعي وناقش عدداً من القضايا المتعلقة بالميزانية العامة."
    doc = Document(id="t", url="", source="", title="", body=body,
                   captions=["(صورة أرشيفية من اجتماع سابق للمجلس في 12 مارس 2019 - كونا)"])
    p = infer_published(doc)
    assert p.earliest == "2019-03-12" and p.value is None and contains(p, "2022-05-05")


def test_caption_without_archive_mark_is_no_lower_bound() -> None:
    body = "الكويت - عقد مجلس الوزراء اليوم اجتماعه الأسبوعي."
    doc = Document(id="t", url="", source="", title="", body=body,
                   captions=["رئيس مجلس الوزراء خلال الاجتماع في 12 مارس 2019"])
    assert not any("archive photo" in e for e in infer_published(doc).evidence)


@pytest.mark.parametrize("title", ["هسبريس | الإثنين 23 نونبر 2026 - 10:05", "الإثنين 23 نونبر 2026"])
def test_title_that_is_a_render_stamp_is_an_upper_bound(title: str) -> None:
    """pf8-01, pf8-08: the page cleaner kept the masthead stamp as the title."""
    body = "الرباط - أعلنت وزارة الصحة، اليوم الخميس، عن تسجيل إصابات جديدة بفيروس كورونا."
    p = infer_published(Document(id="t", url="", source="", title=title, body=body))
    assert p.latest == "2026-11-19" and p.value is None  # the last Thursday up to the stamp


@pytest.mark.parametrize("title", [
    "بوتفليقة يهنئ السيسي بذكرى ثورة 23 يوليو 1952",  # a headline ending on a date (SaudiNewsNet, aawsat)
    "23 يوليو 1952",
])
def test_headline_date_is_no_title_stamp(title: str) -> None:
    body = "هنأ الرئيس الجزائري نظيره المصري بذكرى الثورة."
    p = infer_published(Document(id="t", url="", source="", title=title, body=body))
    assert not any(e.startswith("title stamp") for e in p.evidence)
