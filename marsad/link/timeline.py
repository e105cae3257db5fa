"""Timelines: merged events ordered by date, each citing its reports, filtered by story/actor/dyad/type/outlet/date.

Every row is a plain dict (the CLI prints it, the web app serves it): date and
granularity, the event in English and the Arabic evidence sentence, and the
reports (document, outlet, sentence, trigger) behind it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from marsad.link.render import date_text, render_event
from marsad.store import Store


@dataclass
class TimelineFilter:
    """What a timeline shows; every field is optional."""

    story: str | None = None
    actor: str | None = None  # actor code (prefix: SYR matches SYR-MIL) or KB entity id
    dyad: tuple[str, str] | None = None  # two country (or group) codes, either direction
    type: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int = 500


def _where(f: TimelineFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if f.story:
        clauses.append("e.id IN (SELECT r.merged_id FROM merged_reports r JOIN link_docs l ON l.doc_id = r.doc_id"
                       " WHERE l.story_id LIKE ?)")
        args.append(f.story + "%")
    if f.actor:
        clauses.append("e.id IN (SELECT merged_id FROM merged_actors WHERE code = ? OR code LIKE ? OR entity = ?)")
        args += [f.actor, f.actor + "-%", f.actor]
    if f.dyad:
        a, b = f.dyad
        side = ("EXISTS (SELECT 1 FROM merged_actors s WHERE s.merged_id = e.id AND s.role='source' AND s.country=?)"
                " AND EXISTS (SELECT 1 FROM merged_actors t WHERE t.merged_id = e.id AND t.role='target'"
                " AND t.country=?)")
        clauses.append(f"(({side}) OR ({side}))")
        args += [a, b, b, a]
    if f.type:
        clauses.append("e.type = ?")
        args.append(f.type.upper())
    if f.outlet:
        clauses.append("e.id IN (SELECT merged_id FROM merged_reports WHERE outlet = ? COLLATE NOCASE)")
        args.append(f.outlet)
    if f.since:
        clauses.append("(e.date_latest IS NULL OR e.date_latest >= ?)")
        args.append(f.since)
    if f.until:
        clauses.append("(e.date_earliest IS NULL OR e.date_earliest <= ?)")
        args.append(f.until)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def evidence_report(event: dict[str, Any]) -> dict[str, Any]:
    """The report whose sentence best states the event: own date first, then the most specific actors."""
    def rank(r: dict[str, Any]) -> tuple:
        how = r["date"].get("how", "")
        return (not how.startswith("timex"), how.startswith("inherited"), -len(r["source"]) - len(r["target"]))
    return min(event["reports"], key=rank)


def row(event: dict[str, Any]) -> dict[str, Any]:
    """One timeline row from a merged event dict."""
    ev = evidence_report(event)
    outlets = sorted({r.get("outlet") or "unknown outlet" for r in event["reports"]})
    return {
        "id": event["id"], "date": event["date"], "date_text": date_text(event["date"]),
        "type": event["type"], "mode": event.get("mode"),
        "source": [a["code"] for a in event["source"]], "target": [a["code"] for a in event["target"]],
        "english": render_event(event), "arabic": ev["sentence"], "evidence": {"doc": ev["doc"], "outlet": ev["outlet"]},
        "outlets": outlets, "conflicts": event.get("conflicts", []),
        "reports": [{"doc": r["doc"], "event": r["event"], "outlet": r.get("outlet"), "sentence": r["sentence"],
                     "trigger": r.get("trigger")} for r in event["reports"]],
    }


def timeline(store: Store, f: TimelineFilter | None = None) -> list[dict[str, Any]]:
    """Timeline rows, ordered by date (earliest bound, then latest; undated last)."""
    f = f or TimelineFilter()
    where, args = _where(f)
    sql = (f"SELECT e.data FROM merged_events e{where} ORDER BY e.date_earliest IS NULL, e.date_earliest,"
           " e.date_latest, e.id LIMIT ?")
    return [row(json.loads(r[0])) for r in store.conn.execute(sql, [*args, f.limit])]


def format_text(rows: list[dict[str, Any]]) -> str:
    """Human-readable timeline: date, English, Arabic evidence, outlets."""
    lines = []
    for r in rows:
        lines.append(f"{r['date_text']:<28} {r['type']:<10} {r['english']}")
        lines.append(f"{'':<28} «{r['arabic'].strip()}»")
        flag = f"  ⚠ conflicts: {', '.join(c['kind'] for c in r['conflicts'])}" if r["conflicts"] else ""
        lines.append(f"{'':<28} reported by: {', '.join(r['outlets'])} ({len(r['reports'])} reports) [{r['id']}]{flag}")
    return "\n".join(lines)
