"""Seed checks for dates: each document's publication interval, and the dates of the gold events' sentences.

Publication: the inferred interval must overlap the gold one, a committed day must lie
inside it, and the interval must be no wider than needed (inside the gold interval widened
to whole months). A gold ``page_date_not_published`` must never be the value. Events: each
gold event's evidence sentence is dated with ``sentence_interval`` given the document's
interval, and must be bounded on both sides and overlap the event's gold interval.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from marsad.model import Document, Published

_WS = re.compile(r"\s+")
_SENT_END = re.compile(r"[.!؟?\n]")


def _check(*args: Any) -> Any:
    """A ``Check`` from marsad.eval.seeds (imported lazily: that module imports section modules)."""
    from marsad.eval.seeds import Check

    return Check(*args)


def _d(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def overlaps(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two ISO intervals (None = open end) share at least one day."""
    lo1, hi1 = _d(a[0]) or date.min, _d(a[1]) or date.max
    lo2, hi2 = _d(b[0]) or date.min, _d(b[1]) or date.max
    return lo1 <= hi2 and lo2 <= hi1


def _month_widened(lo: str, hi: str) -> tuple[date, date]:
    a, b = _d(lo), _d(hi)
    nxt = date(b.year + (b.month == 12), b.month % 12 + 1, 1)
    return date(a.year, a.month, 1), date.fromordinal(nxt.toordinal() - 1)


def _published(doc: Document) -> Published:
    """The stored publication date, or a fresh inference when the dates stage did not run."""
    if doc.published.evidence and (doc.published.earliest or doc.published.latest or doc.published.value):
        return doc.published
    from marsad.analyze.time import infer_published

    return infer_published(doc)


def publication_checks(name: str, doc: Document, g: dict[str, Any]) -> list[Any]:
    """Overlap, committed day inside gold, not wider than needed, never the page date."""
    pub = _published(doc)
    gold = g.get("published") or {}
    glo, ghi = gold.get("earliest"), gold.get("latest")
    shown = f"[{pub.earliest or '?'} .. {pub.latest or '?'}] value={pub.value}"
    out = [_check(name, "dates", "published overlaps gold", overlaps((pub.earliest, pub.latest), (glo, ghi)),
                  f"{shown} vs gold [{glo} .. {ghi}]")]
    if pub.value:
        ok = overlaps((pub.value, pub.value), (glo, ghi))
        out.append(_check(name, "dates", "committed day is right", ok, f"value {pub.value}"))
    bad = g.get("page_date_not_published")
    if bad:
        out.append(_check(name, "dates", f"never dated {bad} (page date)", pub.value != bad and pub.earliest != bad,
                          shown))
    elif glo and ghi:
        wlo, whi = _month_widened(glo, ghi)
        lo, hi = _d(pub.earliest), _d(pub.latest)
        ok = lo is not None and hi is not None and wlo <= lo and hi <= whi
        out.append(_check(name, "dates", "no wider than needed", ok, f"{shown} within [{wlo} .. {whi}]"))
    if glo and glo == ghi:
        out.append(_check(name, "dates", f"exactly {glo}", pub.value == glo, shown))
    return out


def find_sentence(doc: Document, evidence: str) -> tuple[int, int] | None:
    """Span of the sentence containing ``evidence`` (whitespace-insensitive), or None."""
    words = evidence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    m = pattern.search(doc.body)
    if not m:
        return None
    for s in doc.sentences:
        if s.start <= m.start() < s.end:
            return s.start, max(s.end, m.end())
    start = max((x.end() for x in _SENT_END.finditer(doc.body, 0, m.start())), default=0)
    stop = _SENT_END.search(doc.body, m.end())
    return start, stop.end() if stop else len(doc.body)


def event_checks(name: str, doc: Document, g: dict[str, Any]) -> list[Any]:
    """Each gold event's sentence, dated against the document's interval, overlaps the gold event date."""
    from marsad.analyze.events.narrative import HOW as NARRATIVE
    from marsad.analyze.time import sentence_interval

    pub = _published(doc)
    out = []
    for ev in g.get("events", []):
        gd = ev.get("date")
        if not gd:
            continue
        span = find_sentence(doc, ev.get("evidence", ""))
        if span is None:
            out.append(_check(name, "dates", f"event {ev.get('id')} date", False, "evidence sentence not in body"))
            continue
        lo, hi, how = sentence_interval(doc.body[span[0]:span[1]], pub)
        told = [e for e in doc.events if e.date.how == NARRATIVE and e.sentence_start is not None
                and span[0] <= e.sentence_start < span[1]] if how == "document" else []
        if told:  # no date of its own: the story's reference day, as the events stage dated the sentence
            lo, hi, how = told[0].date.earliest, told[0].date.latest, NARRATIVE
        ok = lo is not None and hi is not None and overlaps((lo, hi), (gd.get("earliest"), gd.get("latest")))
        out.append(_check(name, "dates", f"event {ev.get('id')} date", ok,
                          f"[{lo} .. {hi}] ({how}) vs gold [{gd.get('earliest')} .. {gd.get('latest')}]"))
    return out


def check(gold: dict[str, Any], docs: dict[str, Document], store: Any) -> list[Any]:
    """All date checks for every seed document present."""
    out: list[Any] = []
    for name, g in gold.get("documents", {}).items():
        doc = docs.get(name)
        if doc is None:
            out.append(_check(name, "dates", "document ingested", False, "missing"))
            continue
        out.extend(publication_checks(name, doc, g))
        out.extend(event_checks(name, doc, g))
    return out
