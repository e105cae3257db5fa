"""Event reports (one per sentence) and merged events (one per real-world event, from linking)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from marsad.serve import linkage, linked, queries, rows
from marsad.serve.context import ctx
from marsad.serve.paging import Page, page_info, slice_page
from marsad.serve.views.timeline import Filters

router = APIRouter()


@router.get("/api/events", summary="Event reports with the timeline filters, paginated, by date")
def list_events(request: Request, filters: Filters = Depends(), page: Page = Depends()) -> JSONResponse:
    store = ctx(request).store()
    events, total = queries.event_reports(store.conn, filters.event_filter(store), limit=page.limit,
                                          offset=page.offset)
    for e in events:
        e["evidence"] = rows.evidence(e)
    return JSONResponse({"events": events, "page": page_info(request, page, total, len(events))})


@router.get("/api/events/{event_id}", summary="One event report by its stable id (<doc id>-E<n>)")
def get_event(request: Request, event_id: str) -> JSONResponse:
    row = ctx(request).store().conn.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    ev = json.loads(row["data"])
    ev["evidence"] = rows.evidence(ev)
    return JSONResponse(ev)


@router.get("/api/merged-events", summary="Merged events (needs the linking stage), by date, paginated")
def merged(request: Request, page: Page = Depends()) -> JSONResponse:
    store = ctx(request).store()
    got = linked.merged_list(store.conn, page.limit, page.offset)
    if got is None:
        items = linkage.merged_events(store)
        if items is None:
            return JSONResponse({"merged_events": [], "available": False,
                                 "detail": "the linking stage (merged events) is not available yet"})
        got = (slice_page(items, page), len(items))
    return JSONResponse({"merged_events": got[0], "available": True,
                         "page": page_info(request, page, got[1], len(got[0]))})


@router.get("/api/merged-events/{merged_id}", summary="One merged event by id")
def merged_one(request: Request, merged_id: str) -> Any:
    try:
        row = ctx(request).store().conn.execute("SELECT data, story_id FROM merged_events WHERE id=?",
                                                (merged_id,)).fetchone()
    except sqlite3.Error:
        row = None
    if row is not None:
        return JSONResponse({**json.loads(row["data"]), "story": row["story_id"]})
    for item in linkage.merged_events(ctx(request).store()) or []:
        if str(item.get("id")) == merged_id:
            return JSONResponse(item)
    raise HTTPException(404, f"no merged event {merged_id!r} (or the linking stage is not available yet)")
