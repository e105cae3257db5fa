"""Helpers the probe-round tests share (time rounds 7-11, event rounds 13-15): one definition each."""

from __future__ import annotations

from datetime import date

from marsad.analyze.events import events_for_sentence
from marsad.analyze.time import find_timexes, infer_published
from marsad.model import Document


def values(text: str, anchor: str) -> list[str]:
    """Normalized values of the time expressions found in ``text`` read on day ``anchor``."""
    return [t.value for t in find_timexes(text, anchor=anchor) if t.value]


def spans(text: str, anchor: str) -> list[tuple[str, str | None]]:
    """(text, value) of every time expression found, valued or not."""
    return [(t.text, t.value) for t in find_timexes(text, anchor=anchor)]


def published(text: str) -> tuple[str | None, str | None, str | None]:
    """(earliest, latest, best day) inferred from the text alone."""
    p = infer_published(Document(id="t", url="", source="", title="", body=text))
    return p.earliest, p.latest, p.value


def inferred(body: str, title: str = ""):
    """The publication interval inferred for a page with this body and title."""
    return infer_published(Document(id="t", body=body, title=title))


def contains_day(pub, truth: str) -> bool:
    """Whether an inferred interval (open ends allowed) holds the day ``truth``."""
    day = date.fromisoformat(truth)
    lo = date.fromisoformat(pub.earliest) if pub.earliest else date.min
    hi = date.fromisoformat(pub.latest) if pub.latest else date.max
    return lo <= day <= hi


def asserted_events(text: str, type_: str | None = None) -> list:
    """The sentence's events that are not denied, of one type when given."""
    evs = [e for e in events_for_sentence(text) if e.modality != "denied"]
    return [e for e in evs if type_ is None or e.type == type_]


def event_types(text: str) -> set[str]:
    """Types of the sentence's events that are not denied."""
    return {e.type for e in asserted_events(text)}


def codes(actors: list) -> list[str | None]:
    """Actor codes of a role's actors, in order."""
    return [a.code for a in actors]


def contains(p, day: str) -> bool:
    """Whether a publication interval (open ends allowed) contains ``day``."""
    d = date.fromisoformat(day)
    return (p.earliest is None or date.fromisoformat(p.earliest) <= d) and \
        (p.latest is None or d <= date.fromisoformat(p.latest))
