"""Cross-document date anchoring: undated reports inherit a merged event's date; their documents inherit bounds.

When a report whose own date is unknown (no time expression, or one that could
not be resolved because its document's date is unknown) merges with reports
that are dated, the report takes the merged event's date (``how =
"inherited:<merged id>"``). If its sentence carries a relative expression
(«الأربعاء الماضي», «منذ أسبوعين», «الشهر الماضي»), the publication days under
which that expression resolves onto the event's date are exactly the days the
document can have been published: they are found by re-resolving the sentence
(``marsad.analyze.time.resolve_timexes``) against each candidate day. In any
case a document reporting a past event as done was published on or after it. A report with
no place of its own takes the place every other report of the merged event names.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from marsad.analyze.events.narrative import apply_narrative_dates
from marsad.link.merge import Merged, Report, intersect
from marsad.model import Document, EventDate, Location, Published
from marsad.store import Store

MAX_SCAN_DAYS = 400  # a relative expression rarely reaches further back than a year
PAST_MODALITIES = ("asserted", "claimed")


def _day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _time_module() -> Any:
    try:
        import marsad.analyze.time as time_mod
    except ImportError:  # pragma: no cover - the dates stage ships with marsad
        return None
    return time_mod


@lru_cache(maxsize=4096)
def relative_timexes(sentence: str) -> tuple[Any, ...]:
    """Time expressions of a sentence that need a publication day to resolve."""
    tm = _time_module()
    if tm is None:
        return ()
    return tuple(t for t in tm.resolve_timexes(sentence, Published())
                 if t.anchor in ("unresolved", "relative", "document") or t.value is None)


@lru_cache(maxsize=4096)
def implied_publication(sentence: str, event: tuple[str, str], window: tuple[str | None, str | None]
                        ) -> tuple[str, str, str] | None:
    """(earliest, latest, expression): publication days under which a relative expression hits the event's date."""
    tm = _time_module()
    rel = relative_timexes(sentence)
    start, stop = _day(event[0]), _day(event[1]) or _day(event[0])
    if tm is None or not rel or start is None or stop is None:
        return None
    starts = {t.start for t in rel}
    first = max(start, _day(window[0]) or start)
    last = min(stop + dt.timedelta(days=MAX_SCAN_DAYS), _day(window[1]) or dt.date.max)
    hits: list[dt.date] = []
    texts: set[str] = set()
    day = first
    while day <= last:
        iso = day.isoformat()
        for t in tm.resolve_timexes(sentence, Published(iso, iso, iso)):
            if t.start in starts and t.earliest and intersect((t.earliest, t.latest), event) is not None:
                hits.append(day)
                texts.add(t.text)
                break
        else:
            if hits:  # the consistent days form one run; stop once it ends
                break
        day += dt.timedelta(days=1)
    if not hits:
        return None
    return hits[0].isoformat(), hits[-1].isoformat(), "، ".join(sorted(texts))


def _narrow(pub: Published, lo: str | None, hi: str | None, evidence: str) -> bool:
    """Intersect the publication interval with [lo, hi]; False when it adds nothing or contradicts it."""
    new = intersect((pub.earliest, pub.latest), (lo, hi))
    if new is None or new == (pub.earliest, pub.latest):
        return False
    pub.earliest, pub.latest = new
    pub.value = new[0] if new[0] and new[0] == new[1] else None
    pub.evidence.append(evidence)
    return True


def _inheritances(doc: Document, placed: list[tuple[Report, Merged]]) -> list[tuple[Report, Merged, dict]]:
    """Undated reports of the document that merged with dated reports of others, strongest evidence first."""
    out = []
    for r, m in placed:
        if r.dated != "undated" or len(m.reports) < 2:
            continue
        d = m.date()
        others = [x for x in m.reports if x.event_id != r.event_id and x.dated != "undated"]
        if d["level"] == "undated" or not others or not d["earliest"]:
            continue
        out.append((r, m, d))
    def strength(x: tuple[Report, Merged, dict]) -> tuple[int, int]:
        r, m, d = x
        hit = relative_timexes(r.sentence) and implied_publication(
            r.sentence, (d["earliest"], d["latest"] or d["earliest"]), (r.doc_lo, r.doc_hi))
        return (0 if hit else 1, -len({y.outlet for y in m.reports}))

    out.sort(key=strength)
    return out


def _shared_location(m: Merged, r: Report) -> Location | None:
    """The place every other located report of the merged event names («بغداد» for the same visit), else None."""
    places = {x.location["entity"]: x.location for x in m.reports
              if x.event_id != r.event_id and x.location and x.location.get("entity")}
    if len(places) != 1:
        return None
    loc = next(iter(places.values()))
    return Location(text=loc["text"], entity=loc["entity"], lat=loc.get("lat"), lon=loc.get("lon"),
                    country=loc.get("country"))


def anchor_document(store: Store, doc: Document, placed: list[tuple[Report, Merged]]) -> bool:
    """Give undated reports their merged event's date and narrow the document's interval; True when stored anew.

    Inheritances are applied strongest first (a relative expression that resolves onto the event's
    date beats a bare merge); one that contradicts the interval established so far is not taken.
    """
    changed = False
    by_id = {e.id: e for e in doc.events}
    for r, m, d in _inheritances(doc, placed):
        ev = by_id.get(r.event_id)
        if ev is None:
            continue
        source = next(x for x in m.reports if x.event_id != r.event_id and x.dated != "undated")
        cite = f"merged event {m.id} (reported by {source.outlet or source.doc_id[:12]}: «{source.sentence[:60]}»)"
        pub = doc.published
        bounds: list[tuple[str | None, str | None, str]] = []
        if ev.modality in PAST_MODALITIES:
            implied = implied_publication(r.sentence, (d["earliest"], d["latest"] or d["earliest"]),
                                          (pub.earliest, pub.latest))
            if implied:
                lo, hi, text = implied
                bounds.append((lo, hi, f"inherited:{m.id}: «{text}» refers to {d['earliest']} from {cite}:"
                                       f" published {lo}..{hi}"))
            bounds.append((d["earliest"], None, f"inherited:{m.id}: reports as past an event of {d['earliest']}"
                                                f" from {cite}: published on or after it"))
        elif intersect((pub.earliest, pub.latest), (d["earliest"], d["latest"])) is None:
            continue
        if any(intersect((pub.earliest, pub.latest), (lo, hi)) is None for lo, hi, _ in bounds):
            continue  # contradicts what stronger evidence established: not the same event after all
        ev.date = EventDate(earliest=d["earliest"], latest=d["latest"], value=d["value"],
                            granularity=d["granularity"], how=f"inherited:{m.id}")
        if ev.location is None:
            ev.location = _shared_location(m, r)
        changed = True
        for lo, hi, evidence in bounds:
            _narrow(pub, lo, hi, evidence)
    if changed:
        redate(doc)
        store.replace_document(doc)
    return changed


def redate(doc: Document) -> None:
    """Re-resolve the document's time expressions and non-inherited event dates under its (narrowed) interval."""
    tm = _time_module()
    if tm is None:
        return
    doc.timexes = tm.resolve_timexes(doc.body, doc.published)
    for sent in doc.sentences:
        for t in doc.timexes:
            if sent.start <= t.start < sent.end:
                t.sentence = sent.index
    for ev in doc.events:
        if ev.date.how.startswith("inherited:") or not ev.sentence_text:
            continue
        if ev.date.how not in ("document", "unknown") and not relative_timexes(ev.sentence_text):
            continue
        lo, hi, how = tm.sentence_interval(ev.sentence_text, doc.published)
        gran = "document" if how == "document" else ("day" if lo and lo == hi else ev.date.granularity)
        ev.date = EventDate(earliest=lo, latest=hi, value=lo if lo and lo == hi else None, granularity=gran,
                            how=how if how == "document" else "timex")
    apply_narrative_dates(doc)  # the story's reference day may only now be resolved
