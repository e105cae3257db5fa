"""Event dates: a sentence's own time expression dates its event, a length of time never does."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence

PUBLISHED = "2015-07-22"


@pytest.mark.parametrize("sentence", [
    "وقعت الحكومة العراقية اتفاقية تعاون أمني مع الأردن لمدة عامين.",
    "واعتقلت القوات العراقية عشرين عنصراً من تنظيم داعش بعد عملية استمرت لمدة ثلاثة أيام.",
    "وشنت طائرات التحالف غارات على مواقع داعش في الرقة على مدى أسبوعين.",
])
def test_duration_does_not_date_the_event(sentence: str) -> None:
    """«لمدة عامين» is a length (P2Y), not a date: the event falls back to the publication day."""
    events = events_for_sentence(sentence, date=PUBLISHED)
    assert events
    for ev in events:
        assert ev.date.how == "document"
        assert ev.date.earliest == ev.date.latest == PUBLISHED


def test_day_beats_a_duration_in_the_same_sentence() -> None:
    """«يوم 12 مايو 2015 بعد مفاوضات استمرت لمدة ثلاثة أيام»: the day dates the meeting."""
    events = events_for_sentence(
        "واجتمع وزير الخارجية السعودي مع نظيره المصري في القاهرة يوم 12 مايو 2015 بعد مفاوضات استمرت لمدة ثلاثة أيام.",
        date=PUBLISHED)
    ev = next(e for e in events if e.type == "CONSULT")
    assert (ev.date.earliest, ev.date.latest, ev.date.how) == ("2015-05-12", "2015-05-12", "timex")
