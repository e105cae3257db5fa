"""Timeline and story views over the linking stage's tables (merged events, stories), when they are filled.

The linking stage (``marsad.link``) owns the tables and the filter semantics;
this module asks it for rows (``marsad.link.timeline.timeline``) and only adds
what a page needs on top: each report's evidence with trigger offsets, the
people named in the sentences, the story id, and chart counts.
"""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

from marsad.serve import english, queries, rows


def active(conn: Any) -> bool:
    """True when the linking stage is installed and has merged events in this store."""
    try:
        importlib.import_module("marsad.link.timeline")
        return conn.execute("SELECT 1 FROM merged_events LIMIT 1").fetchone() is not None
    except Exception:  # noqa: BLE001 - no module or no table: not active
        return False


def _filter(values: dict[str, Any], limit: int) -> Any:
    mod = importlib.import_module("marsad.link.timeline")
    dyad = None
    if values.get("dyad"):
        parts = [p.strip() for p in re.split(r"[,،]", values["dyad"]) if p.strip()]
        if len(parts) != 2:
            from fastapi import HTTPException

            raise HTTPException(400, f"dyad must be two actors separated by a comma, got {values['dyad']!r}")
        dyad = (parts[0], parts[1])
    until = queries.check_date(values.get("until"), "until")
    return mod.TimelineFilter(story=values.get("story") or None, actor=values.get("actor") or None, dyad=dyad,
                              type=(values.get("type") or "").upper() or None, outlet=values.get("outlet") or None,
                              since=queries.check_date(values.get("since"), "since"),
                              until=until + "-99" if until else None, limit=limit)


def _by_ids(conn: Any, sql: str, ids: list[str]) -> list[Any]:
    return conn.execute(sql, (json.dumps(sorted(set(ids))),)).fetchall() if ids else []


def _events(conn: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Stored events by id, with their document's outlet and title."""
    out = {}
    for r in _by_ids(conn, "SELECT e.id, e.data, d.outlet, d.title FROM events e JOIN documents d ON d.id=e.doc_id"
                           " WHERE e.id IN (SELECT value FROM json_each(?))", ids):
        ev = json.loads(r["data"])
        ev["outlet"], ev["doc_title"] = r["outlet"], r["title"]
        out[r["id"]] = ev
    return out


def merged_rows(conn: Any, merged_ids: list[str]) -> list[dict[str, Any]]:
    """Display rows for merged events (in the given order): actors, English, every report's evidence."""
    data = {r["id"]: (json.loads(r["data"]), r["story_id"]) for r in _by_ids(
        conn, "SELECT id, data, story_id FROM merged_events WHERE id IN (SELECT value FROM json_each(?))", merged_ids)}
    report_ids = [rep.get("event") for m, _ in data.values() for rep in m.get("reports") or [] if rep.get("event")]
    events = _events(conn, report_ids)
    people = queries.sentence_mentions(conn, list(events.values()))
    out = []
    for mid in merged_ids:
        if mid not in data:
            continue
        merged, story = data[mid]
        row = rows.linked_row(merged, events, {})
        row["story"] = story
        row["english"] = _english(merged)
        row["outlets"] = sorted({r.get("outlet") or "" for r in merged.get("reports") or []} - {""})
        row["conflicts"] = merged.get("conflicts") or []
        seen: dict[str, dict[str, Any]] = {}
        for rep in merged.get("reports") or []:
            for p in people.get(rep.get("event") or "", []):
                seen.setdefault(p["id"], p)
        row["people"] = list(seen.values())
        out.append(row)
    return out


def _english(merged: dict[str, Any]) -> str:
    """The linking stage's English rendering (role-aware), else ours."""
    try:
        return importlib.import_module("marsad.link.render").render_event(merged)
    except Exception:  # noqa: BLE001 - fall back to the web app's own rendering
        return english.render_event(merged)


def timeline_page(conn: Any, store: Any, values: dict[str, Any], limit: int, offset: int
                  ) -> tuple[list[dict[str, Any]], int | None]:
    """One page of merged-event rows and the total (None when the stage cannot count)."""
    mod = importlib.import_module("marsad.link.timeline")
    got = mod.timeline(store, _filter(values, offset + limit))
    page = got[offset:offset + limit]
    total = None
    where_fn = getattr(mod, "_where", None)
    if where_fn is not None:
        where, args = where_fn(_filter(values, 0))
        total = conn.execute("SELECT count(*) FROM merged_events e" + where, args).fetchone()[0]
    return merged_rows(conn, [r["id"] for r in page]), total


def chart_counts(conn: Any, values: dict[str, Any], bucket: str) -> dict[str, Any] | None:
    """Merged events per period and type, with the linking stage's filters; None when it cannot filter."""
    where_fn = getattr(importlib.import_module("marsad.link.timeline"), "_where", None)
    if where_fn is None:
        return None
    where, args = where_fn(_filter(values, 0))
    out = queries.period_counts(conn, " FROM merged_events e", where, args,
                                "COALESCE(e.date_earliest, e.date_latest)", bucket)
    return out | {"unit": "merged events"}


def story_of_docs(conn: Any, doc_ids: list[str]) -> dict[str, str] | None:
    """Document id → story id from the linking tables (None when the store has none, or they are empty)."""
    try:
        if conn.execute("SELECT 1 FROM link_docs LIMIT 1").fetchone() is None:
            return None
        found = _by_ids(conn, "SELECT doc_id, story_id FROM link_docs WHERE story_id IS NOT NULL"
                              " AND doc_id IN (SELECT value FROM json_each(?))", doc_ids)
    except Exception:  # noqa: BLE001 - no linking tables in this store
        return None
    return {r["doc_id"]: r["story_id"] for r in found}


def merged_list(conn: Any, limit: int, offset: int) -> tuple[list[dict[str, Any]], int] | None:
    """Merged events as stored by the linking stage, by date; None when the table is absent."""
    try:
        total = conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    except Exception:  # noqa: BLE001 - no linking tables in this store
        return None
    found = conn.execute("SELECT data, story_id FROM merged_events ORDER BY date_earliest IS NULL, date_earliest, id"
                         " LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    return [{**json.loads(r["data"]), "story": r["story_id"]} for r in found], total
