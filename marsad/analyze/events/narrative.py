"""Narrative reference time: an event sentence with no time expression of its own is dated by the story's.

News tells one recent happening, then elaborates it over several sentences that
carry no date of their own («استقبلت قيادة الأركان، الأربعاء الماضي، وفداً…»,
then «واتفق الجانبان على…»). Those sentences happened on the reference day set
earlier, not on the publication day. Two guards keep this from inventing dates:

- only a *recent* single day is a reference (at most ``RECENT_DAYS`` before the
  earliest publication day, never after the latest): an old date («السابع عشر من
  أكتوبر الماضي») is a flashback and does not carry over;
- the event must share an actor with the reference sentence: after an aside
  («ونشرت وسائل إعلام إيرانية أول أمس الاثنين صوراً لسليماني…») the story returns
  to its main thread («في حين اعتبرت الوزارة…»), which keeps the main thread's day,
  not the aside's. With no shared actor the event keeps the document date; an
  event naming no actor at all («واستهدفت الغارات…») follows the sentence just before.

Planned events keep the document date.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from marsad.model import Document, Event, EventDate, Timex

RECENT_DAYS = 7  # a reference day at most this long before publication (datelines: «الأربعاء الماضي»)
MAX_PUBLISHED_DAYS = 31  # publication must be known to within a month to judge recency at all
NARRATIVE_BONUS = 0.05  # half the document-date penalty given back: surer than the publication day, less than a timex
HOW = "narrative"
REPLACEABLE = ("document", "unknown", HOW)


def _day(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def reference_timexes(doc: Document) -> list[Timex]:
    """The document's recent single-day time expressions, in text order."""
    p = doc.published
    lo, hi = _day(p.earliest or p.value), _day(p.latest or p.value)
    if lo is None or hi is None or (hi - lo).days > MAX_PUBLISHED_DAYS:
        return []
    floor = lo - timedelta(days=RECENT_DAYS)
    out = []
    for t in doc.timexes:
        d = _day(t.earliest)
        if t.granularity == "day" and d is not None and t.earliest == (t.latest or t.earliest) and floor <= d <= hi:
            out.append(t)
    return sorted(out, key=lambda t: t.start)


def _event_keys(ev: Event) -> set[str]:
    """Who an event is about: its actors' codes and knowledge-base ids."""
    return {k for a in ev.source + ev.target for k in (a.code, a.entity) if k}


def _sentence_span(doc: Document, pos: int) -> tuple[int, int]:
    """The sentence holding character ``pos`` (the position itself when sentences are unknown)."""
    starts = [s.start for s in doc.sentences]
    k = bisect_right(starts, pos) - 1
    if k >= 0 and doc.sentences[k].start <= pos < doc.sentences[k].end:
        return doc.sentences[k].start, doc.sentences[k].end
    return pos, pos + 1


class _Keys:
    """Actor keys of each reference sentence: its events' actors and its linked mentions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.mentions = sorted(doc.mentions or [], key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.memo: dict[int, set[str]] = {}

    def of(self, t: Timex) -> set[str]:
        if t.start not in self.memo:
            lo, hi = _sentence_span(self.doc, t.start)
            keys = {k for m in self.mentions[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]
                    if m.end <= hi for k in (m.code, m.entity) if k}
            for ev in self.doc.events:
                if ev.sentence_start is not None and lo <= ev.sentence_start < hi:
                    keys |= _event_keys(ev)
            self.memo[t.start] = keys
        return self.memo[t.start]


def reference_before(doc: Document, pos: int, refs: list[Timex] | None = None, keys: set[str] | None = None,
                     sentence_keys: _Keys | None = None) -> Timex | None:
    """The story's reference day for a sentence starting at ``pos``: the nearest recent day before it.

    With ``keys`` (the event's actors), only a reference sentence sharing one of them counts.
    """
    refs = reference_timexes(doc) if refs is None else refs
    i = bisect_left([t.start for t in refs], pos) - 1
    if keys is None:
        return refs[i] if i >= 0 else None
    sk = sentence_keys or _Keys(doc)
    for t in reversed(refs[:i + 1]):
        if keys & sk.of(t):
            return t
    return None


def _adjacent_reference(doc: Document, pos: int, refs: list[Timex], spans: list[tuple[int, int]]) -> Timex | None:
    """For an event naming no actor («واستهدفت الغارات مقرات للحزب»): a reference day in the sentence just before.

    ``spans``: the body sentences' (start, end), sorted.
    """
    t = reference_before(doc, pos, refs)
    if t is None:
        return None
    k = bisect_right([e for _, e in spans], pos) - 1  # the last sentence ending at or before ``pos``
    return t if k >= 0 and spans[k][0] <= t.start < spans[k][1] else None


def apply_narrative_dates(doc: Document) -> int:
    """Date document-dated events by the nearest earlier recent day of the same thread; how many were dated so."""
    refs = reference_timexes(doc)
    sk = _Keys(doc)
    spans = sorted((x.start, x.end) for x in doc.sentences if (x.kind or "body") == "body")
    n = 0
    for ev in doc.events:
        if ev.date.how not in REPLACEABLE or ev.modality == "planned" or ev.sentence_start is None:
            continue
        keys = _event_keys(ev)
        if not refs:
            t = None
        elif keys:
            t = reference_before(doc, ev.sentence_start, refs, keys, sk)
        else:
            t = _adjacent_reference(doc, ev.sentence_start, refs, spans)
        if t is None:
            if ev.date.how == HOW:  # its reference is gone (the document was re-dated): back to the document date
                p = doc.published
                ev.date = EventDate(earliest=p.earliest or p.value, latest=p.latest or p.value, value=p.value,
                                    granularity="document", how="document")
                ev.confidence = round(max(0.05, ev.confidence - NARRATIVE_BONUS), 2)
            continue
        if ev.date.how != HOW:
            ev.confidence = round(min(1.0, ev.confidence + NARRATIVE_BONUS), 2)
        ev.date = EventDate(earliest=t.earliest, latest=t.latest or t.earliest, value=t.earliest,
                            granularity="day", how=HOW)
        n += 1
    return n
