"""Rules added in the eleventh dates round, after ``published_fresh7`` pf7-12 and pf7-13.

Soft windows («أكتوبر الماضي» within 300 days) never let a page date pick one of the periods they cut
apart; a past-marked month beside a past-told neighbouring month with a year is over in that year (a
lower bound only); an ordinal anniversary of a year-named event marked now («تحل/يحيي/يستعيد … الذكرى»,
«هذه الأيام», or «لهذه الحرب» after a sentence of that year) bounds publication to that year + N; and
«يتوقع/من المتوقع/يُنتظر أن …» is a future cue, so «خلال يومين» after it is a window from publication.
"""

from __future__ import annotations

import pytest
from probe_helpers import contains, spans

from marsad.analyze.time import infer_published
from marsad.model import Document, PageDate

pytestmark = pytest.mark.usefixtures("run_day")


def infer(body: str, page: str | None = None):
    pages = [PageDate(text=page, value=page, where="page-date")] if page else []
    return infer_published(Document(id="t", url="", source="", title="", body=body, page_dates=pages))


# -- 1. soft windows and page dates; a past month beside a dated neighbour ----------------------------------

EXPORTS = ("عمّان - أعلنت دائرة الإحصاءات العامة أن الصادرات الوطنية ارتفعت خلال شهر مارس الماضي "
           "بنسبة 4 بالمئة، بعد أن سجلت الصادرات انخفاضا في شهر فبراير 2023.")


def test_page_date_does_not_pick_a_period_only_soft_windows_cut() -> None:
    """The print date (the day the page is read) must not narrow «مارس الماضي» to the last year."""
    p = infer(EXPORTS, page="2025-04-20")  # three periods: from April 2023, April 2024 and April 2025
    assert p.value is None
    assert contains(p, "2023-04-10")  # the true day, two years before the print date
    assert p.earliest == "2023-04-01" and p.latest == "2025-04-20"
    assert not any(e.startswith("plausible: nearest candidate period") for e in p.evidence)


def test_past_month_beside_a_dated_neighbour_is_over_in_that_year() -> None:
    p = infer(EXPORTS)
    assert p.earliest == "2023-04-01"
    assert any("is 2023-03" in e for e in p.evidence)


@pytest.mark.parametrize("body", [
    # a neighbour told in the future, or not adjacent: no year lent
    "ويتوقع أن يتراجع العجز في مارس الماضي بعد أن يبلغ ذروته في فبراير 2023.",
    "وارتفعت الصادرات في مارس الماضي بعد أن سجلت تراجعا في أكتوبر 2023.",
])
def test_no_year_lent_without_a_told_neighbouring_month(body: str) -> None:
    p = infer(body)
    assert not any("published after it" in e and " beside " in e for e in p.evidence)


def test_year_on_year_comparison_only_bounds_from_below() -> None:
    """Read in November 2024, «أكتوبر الماضي» beside «سبتمبر 2023» lends 2023: too early, never wrong."""
    p = infer("وتراجعت المبيعات خلال أكتوبر الماضي بعد أن ارتفعت في سبتمبر 2023.", page="2024-11-20")
    assert contains(p, "2024-11-05")


# -- 2. anniversaries of a year-named event ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "تحل الذكرى السبعون لحرب 1956 على مصر وسط احتفالات رسمية.",
    "ويحيي المصريون الذكرى السبعين لحرب 1956 بفعاليات في بورسعيد.",
    "وتصادف هذه الأيام الذكرى السبعون لحرب 1956.",
    "بدأ العدوان الثلاثي على مصر عام 1956 بعد تأميم قناة السويس في 26 يوليو 1956.\n\n"
    "ويستعيد أهالي بورسعيد في الذكرى السبعين لهذه الحرب حكايات المقاومة.",
])
def test_anniversary_of_a_year_named_event_marked_now(body: str) -> None:
    p = infer(body)
    assert p.earliest == "2026-01-01"
    assert p.latest is not None and p.latest <= "2026-12-31"
    assert p.value is None


@pytest.mark.parametrize("body", [
    "وفي الذكرى العاشرة لحرب 1956 ألقى عبد الناصر خطابا في بورسعيد.",
    "وكان المصريون يحيون الذكرى العاشرة لحرب 1956 عندما اندلعت الحرب.",
    "ستحل الذكرى السبعون لحرب 1956 العام المقبل.",
    "وحلت الذكرى العاشرة لحرب 1956 وسط توتر إقليمي.",
    # «لهذه الحرب» after a sentence of two years: nothing to count from
    "اندلعت الحرب عام 1956 وانتهت آثارها عام 1957.\nويستعيد الأهالي في الذكرى السبعين لهذه الحرب حكاياتهم.",
])
def test_anniversary_told_as_history_bounds_nothing(body: str) -> None:
    p = infer(body)
    assert not any("anniversary" in e for e in p.evidence)


# -- 3. «يتوقع أن …» is a future cue -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("ويتوقع أن يصل الوفد خلال يومين.", ("خلال يومين", "2026-11-23/2026-11-25")),
    ("ومن المتوقع أن يصل الوفد إلى القاهرة خلال يومين.", ("خلال يومين", "2026-11-23/2026-11-25")),
    ("ويُنتظر أن يصل الوفد خلال يومين.", ("خلال يومين", "2026-11-23/2026-11-25")),
    ("ويتوقع المسؤولون أن يصل الوفد خلال يومين.", ("خلال يومين", "2026-11-23/2026-11-25")),
    ("وتتوقع الوزارة أن تنتهي الأعمال خلال أسبوعين.", ("خلال أسبوعين", "2026-11-23/2026-12-07")),
])
def test_expected_that_is_a_future_window(text: str, want: tuple[str, str]) -> None:
    assert want in spans(text, "2026-11-23")


@pytest.mark.parametrize("text", [
    "وتوقعت الوزارة أن يصل الوفد خلال يومين.",  # a past expectation
    "وكان من المتوقع أن يصل الوفد خلال يومين.",  # a plan of the past
    "وأخمدت فرق الدفاع المدني الحريق خلال يومين.",  # a length
])
def test_past_expectations_and_lengths_are_no_window(text: str) -> None:
    assert not any(v and "/" in v for _t, v in spans(text, "2026-11-23"))



def test_plausibility_windows_do_not_make_a_tenure_end_a_bound() -> None:
    """A title in a past report bounds nothing above; the periods «أكتوبر الماضي» windows cut change nothing."""
    p = infer("وقال رئيس الوزراء العراقي مصطفى الكاظمي إن إنتاج النفط ارتفع في أكتوبر الماضي.")
    assert p.earliest is not None and p.earliest <= "2020-05-07"
    assert p.latest is None or p.latest > "2022-10-27"
    assert not any(e.startswith("plausible: in office as") for e in p.evidence)
