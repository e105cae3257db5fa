"""Seed checks for linking: the gold's ``cross_document`` section (same events, stories, dyad timeline, anchoring).

Gold events are found among the system's event records by their evidence
substring (whitespace folded) and category; each check says what it found.
"""

from __future__ import annotations

import re
from typing import Any

from marsad.model import Document, Event

SECTION = "links"
WIDTH_SLACK_DAYS = 31


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _doc_for(gold_id: str, docs: dict[str, Document]) -> tuple[str, Document] | None:
    prefix = gold_id.split("-")[0] + "_"
    for name, doc in docs.items():
        if name.startswith(prefix):
            return name, doc
    return None


def _gold_event(gold: dict[str, Any], gold_id: str) -> dict[str, Any] | None:
    for doc in gold["documents"].values():
        for ev in doc.get("events", []):
            if ev["id"] == gold_id:
                return ev
    return None


def find_event(gold: dict[str, Any], gold_id: str, docs: dict[str, Document]) -> Event | None:
    """The system event matching a gold event: its sentence holds the evidence; same category preferred."""
    found = _doc_for(gold_id, docs)
    gev = _gold_event(gold, gold_id)
    if found is None or gev is None:
        return None
    evidence = _fold(gev["evidence"])
    cands = [e for e in found[1].events if evidence in _fold(e.sentence_text) or
             (e.sentence_text and _fold(e.sentence_text) in evidence)]
    types = [gev["type"], *gev.get("alt_types", [])]
    cands.sort(key=lambda e: (e.type not in types, e.type != gev["type"], (e.trigger_start or 0)))
    return cands[0] if cands else None


def _merged_of(store: Any, event_id: str) -> str | None:
    row = store.conn.execute("SELECT merged_id FROM merged_reports WHERE event_id=?", (event_id,)).fetchone()
    return row[0] if row else None


def _dated_as_gold(row_date: dict[str, Any], gold_date: dict[str, Any] | None) -> tuple[bool, str]:
    from marsad.link.merge import _width, intersect

    if not gold_date:
        return True, "gold gives no date"
    lo, hi = row_date.get("earliest"), row_date.get("latest")
    g = (gold_date["earliest"], gold_date["latest"])
    if not lo or not hi:
        return False, f"undated (gold {g[0]}..{g[1]})"
    ok = intersect((lo, hi), g) is not None and (_width(lo, hi) or 0) <= (_width(*g) or 0) + WIDTH_SLACK_DAYS
    return ok, f"{lo}..{hi} vs gold {g[0]}..{g[1]}"


def check(gold: dict[str, Any], docs: dict[str, Document], store: Any) -> list[Any]:
    """All cross-document checks (see the module docstring)."""
    from marsad.eval.seeds import Check

    cross = gold.get("cross_document") or {}
    checks: list[Check] = []
    if not store.conn.execute("SELECT 1 FROM link_docs LIMIT 1").fetchone():
        from marsad.link import update_links

        update_links(store, [d.id for d in docs.values()])
    docs = {name: store.get_document(d.id) or d for name, d in docs.items()}
    checks += _same_events(gold, cross, docs, store, Check)
    checks += _stories(gold, cross, docs, store, Check)
    checks += _dyad(gold, cross, docs, store, Check)
    return checks


def _same_events(gold: dict[str, Any], cross: dict[str, Any], docs: dict[str, Document], store: Any,
                 Check: Any) -> list[Any]:
    out = []
    seen: set[str] = set()
    for pair in cross.get("same_event", []):
        evs = [find_event(gold, g, docs) for g in pair]
        label = " = ".join(pair)
        if any(e is None for e in evs):
            missing = [g for g, e in zip(pair, evs, strict=True) if e is None]
            out.append(Check("*", SECTION, f"same event {label}", False, f"no system event for {missing}"))
            continue
        mids = {_merged_of(store, e.id) for e in evs}
        ok = len(mids) == 1 and None not in mids
        outlets = []
        if ok:
            outlets = sorted({r[0] or "?" for r in store.conn.execute(
                "SELECT outlet FROM merged_reports WHERE merged_id=?", (mids.pop(),))})
        want = {(gold["documents"][_doc_for(g, docs)[0]].get("outlet") or {}).get("name_en") for g in pair}
        want.discard(None)
        cites = ok and want <= set(outlets)
        out.append(Check("*", SECTION, f"same event {label}: one timeline row citing both outlets", bool(cites),
                         f"events {[e.id for e in evs]} → merged {sorted(m or '-' for m in mids) if not ok else 'one'};"
                         f" outlets {outlets}"))
        for g in pair:
            name, doc = _doc_for(g, docs)
            if name in seen:
                continue
            seen.add(name)
            gp = gold["documents"][name].get("published") or {}
            p = doc.published
            inside = bool(p.earliest and p.latest and gp.get("earliest") and gp["earliest"] <= p.earliest
                          and p.latest <= gp["latest"])
            out.append(Check(name, SECTION, "publication interval within gold (after cross-document anchoring)",
                             inside, f"{p.earliest}..{p.latest} vs gold {gp.get('earliest')}..{gp.get('latest')}"))
    return out


def _story_of(store: Any, doc_id: str) -> str | None:
    row = store.conn.execute("SELECT story_id FROM link_docs WHERE doc_id=?", (doc_id,)).fetchone()
    return row[0] if row else None


def _stories(gold: dict[str, Any], cross: dict[str, Any], docs: dict[str, Document], store: Any,
             Check: Any) -> list[Any]:
    out = []
    for group in cross.get("same_story", []):
        present = [n for n in group if n in docs]
        sids = {_story_of(store, docs[n].id) for n in present}
        ok = len(present) == len(group) and len(sids) == 1 and None not in sids
        out.append(Check("*", SECTION, f"one story: {', '.join(n[:3] for n in group)}", ok, f"stories {sorted(map(str, sids))}"))
        if not ok:
            continue
        sid = next(iter(sids))
        for name, doc in sorted(docs.items()):
            if name in group or any(name in g for g in cross.get("same_story", [])):
                continue
            other = _story_of(store, doc.id)
            out.append(Check(name, SECTION, f"not merged into the story of {', '.join(n[:3] for n in group)}",
                             other != sid, f"story {other}"))
    return out


def _dyad(gold: dict[str, Any], cross: dict[str, Any], docs: dict[str, Document], store: Any,
          Check: Any) -> list[Any]:
    from marsad.link.timeline import TimelineFilter, timeline

    order = cross.get("dyad_timeline_SYR_IRQ_in_order") or []
    if not order:
        return []
    rows = timeline(store, TimelineFilter(dyad=("SYR", "IRQ")))
    row_of_event = {rep["event"]: i for i, r in enumerate(rows) for rep in r["reports"]}
    out = []
    positions = []
    for g in order:
        ev = find_event(gold, g, docs)
        pos = row_of_event.get(ev.id) if ev is not None else None
        if pos is None:
            out.append(Check("*", SECTION, f"dyad SYR,IRQ timeline lists {g}", False,
                             "no system event" if ev is None else f"{ev.id} ({ev.type}) not in the dyad timeline"))
            continue
        positions.append(pos)
        ok, detail = _dated_as_gold(rows[pos]["date"], _gold_event(gold, g).get("date"))
        out.append(Check("*", SECTION, f"dyad SYR,IRQ timeline lists {g} dated as the gold", ok,
                         f"row {pos}: {detail}"))
    in_order = len(positions) == len(order) and all(a < b for a, b in zip(positions, positions[1:], strict=False))
    out.append(Check("*", SECTION, "dyad SYR,IRQ timeline lists the gold events in order", in_order,
                     f"rows {positions} of {len(rows)}"))
    return out
