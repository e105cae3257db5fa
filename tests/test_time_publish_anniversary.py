"""Publication inference: a yearless weekday date named as today, anniversaries, famous events, past titles.

Each sentence is written for these tests (siblings of the published_fresh probes, not the same texts).
"""

from __future__ import annotations

import pytest

from marsad.analyze.time.anniversary import anniversaries, event_mentions
from marsad.analyze.time.grammar import parse
from marsad.analyze.time.publish import infer_published
from marsad.model import Document


@pytest.fixture(autouse=True)
def _run_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed run day: the last day a page can have appeared."""
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-22")


def pub(body: str):  # noqa: ANN201 - Published
    """Infer the publication date of a body with no metadata."""
    return infer_published(Document(id="t", source="test", url="", title="", body=body))


# -- «اليوم الأربعاء» + a yearless «الأربعاء 8 مارس» ------------------------------------------------

def test_today_weekday_and_yearless_weekday_date_are_one_day() -> None:
    """Sudani (from Oct 2022) and 8 March on a Wednesday: only 2023 before the run day."""
    p = pub("بغداد - ترأس رئيس الوزراء العراقي محمد شياع السوداني اليوم الأربعاء اجتماعا لمجلس الوزراء. "
            "وأقر المجلس في جلسته التي عقدت الأربعاء 8 مارس موازنة ثلاث سنوات.")
    assert (p.earliest, p.latest, p.value) == ("2023-03-08", "2023-03-08", "2023-03-08")


def test_two_candidate_years_are_kept_not_guessed() -> None:
    """9 October is a Monday in 2017 and 2023, both under Erdogan: the span of both, no day."""
    p = pub("أنقرة - قال الرئيس التركي رجب طيب أردوغان اليوم الاثنين إن بلاده لن تقف مكتوفة الأيدي. "
            "وجاءت تصريحاته خلال اجتماع الحكومة الذي عقد الاثنين 9 أكتوبر في المجمع الرئاسي.")
    assert p.value is None
    assert p.earliest == "2017-10-09" and p.latest == "2023-10-09"


def test_a_past_marked_weekday_date_is_another_day() -> None:
    """«الأربعاء 8 مارس الماضي» is not today's date."""
    p = pub("ترأس رئيس الوزراء العراقي محمد شياع السوداني اليوم الأربعاء اجتماعا. "
            "وكان المجلس قد أقر الموازنة الأربعاء 8 مارس الماضي.")
    assert p.value != "2023-03-08"


def test_date_joined_to_today_by_corresponds() -> None:
    """«اليوم الأربعاء، … الذي يوافق 8 مارس»: that date is today."""
    p = pub("ترأس رئيس الوزراء العراقي محمد شياع السوداني اليوم الأربعاء، في يوم المرأة العالمي الذي يوافق 8 مارس، "
            "احتفالا في بغداد.")
    assert p.value == "2023-03-08"


def test_a_different_weekday_date_is_not_today() -> None:
    """«اليوم الجمعة» and «الخميس 23 يونيو» (a Thursday): no day committed."""
    p = pub("قال رئيس الوزراء العراقي محمد شياع السوداني اليوم الجمعة إن الحكومة مستمرة. "
            "وكان البرلمان قد صوت الخميس 23 يونيو على القانون.")
    assert p.value is None


# -- anniversaries ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "years", "source_year"), [
    ("خرج المحتجون في الذكرى الحادية عشرة لثورة 14 جانفي 2011 في العاصمة.", 11, 2011),
    ("أحيا الفلسطينيون الذكرى الـ75 للنكبة التي حلت عام 1948.", 75, 1948),
    ("نظمت الجمعية ندوة بمناسبة الذكرى الخامسة والعشرين لتأسيسها في مارس 1998.", 25, 1998),
    ("وينعقد المؤتمر هذا العام بمناسبة مرور 30 عاما على توقيع اتفاق أوسلو عام 1993.", 30, 1993),
])
def test_anniversary_counts(text: str, years: int, source_year: int) -> None:
    got = anniversaries(text, parse(text))
    assert [(a.years, a.first.year) for a in got] == [(years, source_year)]


@pytest.mark.parametrize("text", [
    "أحيا الأهالي الذكرى السنوية لضحايا الفيضان الذي وقع في 3 مايو 2018.",  # «السنوية»: no number
    "وعاد إلى قريته بعد مرور 24 عاما على هجرته منها عام 1989.",  # a narrated lapse, not a jubilee
])
def test_no_anniversary_count(text: str) -> None:
    assert anniversaries(text, parse(text)) == []


def test_an_anniversary_announced_ahead_is_not_the_page_year() -> None:
    """«ستحل الذكرى المئوية … عام 1916» in a page of 2015: the sentence says nothing of today."""
    p = pub("وتحدث الكاتب عن الاتفاقية التي ستحل الذكرى المئوية لتوقيعها في مايو 1916 بعد عام.")
    assert p.earliest is None or p.earliest < "2016-01-01"


def test_a_future_same_weekday_date_is_not_today() -> None:
    """«اليوم الاثنين», «بعد غد الأربعاء» and «ستقام يوم الأربعاء 12 أغسطس»: no day from the match date."""
    p = pub("تنطلق مساء اليوم الاثنين تمارين الفريق، وستغادر البعثة بعد غد الأربعاء إلى النمسا. "
            "ويواجه الفريق منافسه في مباراة السوبر التي ستقام يوم الأربعاء 12 أغسطس في لندن.")
    assert p.value is None and p.earliest is None


def test_anniversary_said_today_on_its_weekday_is_the_day() -> None:
    """11th anniversary of 14 January 2011 is a Friday in 2022; the text says «اليوم الجمعة»."""
    p = pub("تونس - خرج مئات المحتجين اليوم الجمعة إلى شارع الحبيب بورقيبة في الذكرى الحادية عشرة لثورة 14 جانفي 2011، "
            "رغم قرار منع التجمعات.")
    assert p.value == "2022-01-14"


def test_anniversary_on_another_weekday_gives_the_month_only() -> None:
    """«اليوم السبت» but the anniversary day (14 January 2022) is a Friday: near it, no day."""
    p = pub("تونس - خرج مئات المحتجين اليوم السبت في الذكرى الحادية عشرة لثورة 14 جانفي 2011.")
    assert p.value is None
    assert p.earliest is not None and "2021-12-01" <= p.earliest <= "2022-01-14" <= p.latest <= "2022-02-28"


def test_anniversary_of_a_famous_event_without_its_date() -> None:
    """«الذكرى الرابعة لانفجار مرفأ بيروت» (4 August 2020) on a Sunday: 4 August 2024."""
    p = pub("بيروت - تجمع أهالي الضحايا اليوم الأحد قرب المرفأ في الذكرى الرابعة لانفجار مرفأ بيروت، مطالبين بالعدالة.")
    assert p.value == "2024-08-04"


def test_anniversary_of_a_year_gives_that_year() -> None:
    p = pub("بغداد - نظمت منظمات مدنية اليوم الخميس ندوة في الذكرى العشرين لسقوط النظام السابق عام 2003.")
    assert p.value is None
    assert p.earliest is not None and p.earliest >= "2022-11-01" and p.latest <= "2024-01-31"


def test_naming_a_famous_event_is_a_lower_bound() -> None:
    text = "وقال المسؤول إن الأسعار ارتفعت منذ انفجار مرفأ بيروت بشكل كبير."
    assert [m[2].isoformat() for m in event_mentions(text)] == ["2020-08-04"]
    assert pub(text).earliest == "2020-08-04"


# -- titles that are history, and the holder named today -----------------------------------------

def test_title_of_a_killed_commander_does_not_bound_by_his_tenure() -> None:
    """«الذكرى الثانية لمقتل قائد فيلق القدس قاسم سليماني» said today: his tenure ended in 2020, the page is later."""
    p = pub("طهران - أقيمت اليوم الاثنين مراسم في الذكرى الثانية لمقتل قائد فيلق القدس قاسم سليماني، "
            "الذي قتل في غارة أمريكية في 3 كانون الثاني 2020.")
    assert p.latest is None or p.latest >= "2022-01-03"
    assert p.value in (None, "2022-01-03")


def test_predecessor_in_an_aside_does_not_widen_the_holder_named_today() -> None:
    """Biden today, Obama with the same title in a historical sentence: Biden's term only."""
    p = pub("واشنطن - استقبل الرئيس الأمريكي جو بايدن اليوم الخميس ملك الأردن في البيت الأبيض. "
            "وكان الرئيس الأمريكي باراك أوباما قد استقبله في عام 2015.")
    assert p.earliest is not None and p.earliest >= "2020-12-01"
    assert p.latest is not None and p.latest <= "2025-01-21"


# -- bounds that are no evidence ------------------------------------------------------------------

def test_yearless_dateline_and_weekday_alone_leave_the_start_open() -> None:
    """«الكويت - 6 نوفمبر (كونا)» and a Tuesday: no lower bound (the pattern recurs since 1900)."""
    p = pub("الكويت - 6 نوفمبر (كونا) - هطلت أمطار غزيرة على البلاد اليوم الثلاثاء وتعطلت الدراسة.")
    assert p.earliest is None and p.latest == "2018-11-06"


def test_open_tenure_and_weekday_are_closed_by_the_run_day() -> None:
    """An open tenure and a weekday: the last such weekday before the run day bounds it."""
    p = pub("أنقرة - قال الرئيس التركي رجب طيب أردوغان اليوم الأربعاء إن الاقتصاد يتعافى.")
    assert p.earliest is not None and p.latest == "2026-11-18"


def test_president_elect_beside_the_outgoing_president() -> None:
    """Biden today and «الرئيس المنتخب دونالد ترامب»: the weeks before the January 2025 handover."""
    p = pub("واشنطن - قال الرئيس الأمريكي جو بايدن اليوم الأربعاء إنه استقبل الرئيس المنتخب دونالد ترامب "
            "في البيت الأبيض لبحث انتقال السلطة.")
    assert p.earliest is not None and p.earliest >= "2024-09-01"
    assert p.latest is not None and p.latest <= "2025-01-21"


def test_elect_alone_is_no_window() -> None:
    """«الرئيس المنتخب محمد مرسي» without an outgoing holder: said for years after, no window."""
    p = pub("وقال البيان إن الرئيس المنتخب محمد مرسي ما زال رمزا للشرعية بالنسبة لأنصاره.")
    assert p.latest is None


def test_anniversary_landing_after_the_run_day_is_not_read() -> None:
    """A later date in the sentence is not the event: ten years on would be after the run day."""
    p = pub("وفي الذكرى العاشرة للثورة أعلن الرئيس في 14 يناير 2021 عفوا عاما.")
    assert p.latest is None or p.latest <= "2026-11-22"


def test_the_event_date_of_a_second_count_is_not_the_first_ones() -> None:
    """«ذكرى 50 عاما على وفاته، و75 عاما على … عام 1940»: 1940 belongs to the second count."""
    text = "ويمثل هذا العام ذكرى 50 عاما على وفاته، و75 عاما على انتصار المعركة الجوية في عام 1940."
    assert [a.years for a in anniversaries(text, parse(text))] == []
