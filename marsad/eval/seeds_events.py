"""Seed checks for events: every gold event found in its sentence with type, actors, date and place.

A gold event is found when an extracted event whose sentence overlaps the gold evidence
has the gold type (or an ``alt_types`` entry; ASSAULT and FIGHT stand for each other),
and its source and target match the gold's acceptable codes by equality, country
prefix or group code (a meeting, clash, agreement or cooperation has no direction, so
its sides may be swapped). Date (within the gold interval) and location (where given)
are separate checks. Core events must all pass; secondary ones count towards recall.
Precision is one check whose detail lists every extra event, and no event may come from
page chrome (dropped lines, captions).
"""

from __future__ import annotations

import re
from typing import Any

from marsad.model import Document, Event

SECTION = "events"
SYMMETRIC = {"CONSULT", "FIGHT", "AGREE", "COOPERATE"}
EQUIVALENT = {"ASSAULT": {"FIGHT"}, "FIGHT": {"ASSAULT"}}


def _check(doc: str, name: str, ok: bool, detail: str = "") -> Any:
    try:
        from marsad.eval.seeds import Check
    except ImportError:  # the harness is another engineer's module; keep this one importable alone
        from dataclasses import make_dataclass

        Check = make_dataclass("Check", ["doc", "section", "name", "ok", ("detail", str, "")])  # noqa: N806
    return Check(doc, SECTION, name, ok, detail)


def _span(body: str, evidence: str) -> tuple[int, int] | None:
    words = evidence.split()
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), body)
    return (m.start(), m.end()) if m else None


def _analyzed(doc: Document) -> Document:
    """The document with its analysis stages run (the stored copy may predate the events stage)."""
    if doc.events:
        return doc
    from marsad.pipeline import analyze_document

    fresh = Document(id=doc.id, body=doc.body, title=doc.title, outlet=doc.outlet, source=doc.source,
                     paragraphs=doc.paragraphs, captions=doc.captions, dropped=doc.dropped,
                     page_dates=doc.page_dates, published=doc.published, meta=doc.meta)
    return analyze_document(fresh, stages=["segment", "entities", "dates", "events"])


def _codes_ok(pred: list, gold: list[str]) -> bool:
    from marsad.eval.events import code_match

    return not gold or any(code_match(a.code, gold) for a in pred)


def _args_ok(ev: Event, g: dict[str, Any]) -> tuple[bool, bool]:
    """(matches, matched only with source and target swapped)."""
    src, tgt = g.get("source") or [], g.get("target") or []
    if _codes_ok(ev.source, src) and _codes_ok(ev.target, tgt):
        return True, False
    if ev.type in SYMMETRIC and _codes_ok(ev.target, src) and _codes_ok(ev.source, tgt):
        return True, True
    return False, False


def _type_ok(ev: Event, g: dict[str, Any]) -> bool:
    from marsad.analyze.events.lexicon import get_lexicon

    lex = get_lexicon()
    wanted = {lex.canonical(g["type"])} | {lex.canonical(t) for t in g.get("alt_types", [])}
    for t in list(wanted):
        wanted |= EQUIVALENT.get(t, set())
    return ev.type in wanted


def _date_ok(ev: Event, g: dict[str, Any]) -> tuple[bool, str]:
    d = g.get("date") or {}
    if not d.get("earliest"):
        return True, "no gold date"
    e, l_ = ev.date.earliest, ev.date.latest
    if not e or not l_:
        return False, f"no date ({ev.date.how})"
    ok = d["earliest"] <= e and l_ <= d["latest"]
    return ok, f"{e}..{l_} ({ev.date.how}) vs gold {d['earliest']}..{d['latest']}"


def _loc_ok(ev: Event, g: dict[str, Any]) -> tuple[bool, str]:
    from marsad.text.normalize import normalize

    want = normalize(g["location"])
    got = normalize(ev.location.text) if ev.location else ""
    return bool(got) and (want in got or got in want), f"got {got or 'none'}"


def _describe(ev: Event) -> str:
    src = ",".join(a.code or "?" for a in ev.source) or "-"
    tgt = ",".join(a.code or "?" for a in ev.target) or "-"
    return f"{ev.type} {src}>{tgt} «{ev.trigger}»"


def _chrome_events(doc: Document, gold_doc: dict[str, Any]) -> list[Event]:
    """Events whose sentence is page chrome: a dropped line, a caption, or a gold 'drop' string."""
    from marsad.text.normalize import normalize

    chrome = [normalize(x) for x in gold_doc.get("drop", []) + list(doc.captions) + [d.text for d in doc.dropped]]
    chrome = [c for c in chrome if len(c) > 15]
    bad = []
    for ev in doc.events:
        s = normalize(ev.sentence_text)
        if any(c in s or (s and s in c) for c in chrome):
            bad.append(ev)
    return bad


def check_document(name: str, doc: Document, gold_doc: dict[str, Any]) -> list[Any]:
    """Checks for one seed document."""
    doc = _analyzed(doc)
    out = []
    matched: set[str] = set()
    for g in gold_doc.get("events", []):
        kind = "core" if g.get("core") else "secondary"
        span = _span(doc.body, g.get("evidence", ""))
        if span is None:
            out.append(_check(name, f"{kind} {g['id']} found", False, "evidence not in the cleaned body"))
            continue
        cands = [e for e in doc.events if e.sentence_start is not None and e.sentence_start < span[1]
                 and span[0] < (e.sentence_end or 0)]
        typed = [e for e in cands if _type_ok(e, g)]
        best, swapped = None, False
        for e in typed:
            ok, sw = _args_ok(e, g)
            if ok:
                best, swapped = e, sw
                break
        if best is None:
            detail = "; ".join(_describe(e) for e in cands) or "no event in that sentence"
            out.append(_check(name, f"{kind} {g['id']} found", False,
                              f"want {g['type']} {g.get('source')}>{g.get('target')}; got {detail}"))
            continue
        matched.add(best.id)
        out.append(_check(name, f"{kind} {g['id']} found", True,
                          _describe(best) + (" (sides swapped: no direction)" if swapped else "")))
        if kind == "core":
            ok, detail = _date_ok(best, g)
            out.append(_check(name, f"core {g['id']} date", ok, detail))
            if g.get("location"):
                ok, detail = _loc_ok(best, g)
                out.append(_check(name, f"core {g['id']} location", ok, detail))
    extra = [e for e in doc.events if e.id not in matched]
    n = len(doc.events)
    precision = (n - len(extra)) / n if n else 1.0
    out.append(_check(name, "precision (extra events listed)", True,
                      f"{n - len(extra)}/{n} = {precision:.2f}; extra: " +
                      (" | ".join(f"{_describe(e)} in «{e.sentence_text.strip()[:80]}»" for e in extra) or "none")))
    bad = _chrome_events(doc, gold_doc)
    out.append(_check(name, "no events from chrome", not bad, "; ".join(_describe(e) for e in bad)))
    return out


def check(gold: dict[str, Any], docs: dict[str, Document], store: Any) -> list[Any]:
    """Event checks for every seed document the gold describes."""
    out = []
    for name, gold_doc in gold.get("documents", {}).items():
        doc = docs.get(name)
        if doc is None:
            out.append(_check(name, "document ingested", False, "not in the store"))
            continue
        out.extend(check_document(name, doc, gold_doc))
    return out
