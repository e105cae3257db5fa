"""Exports as streamed downloads: documents, events, stories in JSON lines (and CSV for events)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import StreamingResponse

from marsad.serve import linkage
from marsad.serve.context import ctx
from marsad.store import Store

router = APIRouter()

FORMATS = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}
WHAT = ("documents", "events", "stories")
CSV_EVENT_FIELDS = ["id", "doc", "type", "mode", "quad", "source_codes", "target_codes", "location",
                    "date_earliest", "date_latest", "date_value", "granularity", "modality", "trigger", "sentence"]


def documents_jsonl(store: Any) -> Iterator[str]:
    """The documents contract: id, source, outlet, title, body, dropped, page_dates, published."""
    for r in store.conn.execute("SELECT data FROM documents ORDER BY rowid"):
        d = json.loads(r["data"])
        keep = {k: d.get(k) for k in ("id", "source", "outlet", "title", "body", "dropped", "page_dates", "published")}
        yield json.dumps(keep, ensure_ascii=False) + "\n"


def _event_contract(ev: dict[str, Any], outlet: str | None) -> dict[str, Any]:
    date = ev.get("date") or {}
    return {"id": ev["id"], "type": ev.get("type"), "mode": ev.get("mode"),
            "source": [{k: a.get(k) for k in ("text", "code", "entity")} for a in ev.get("source") or []],
            "target": [{k: a.get(k) for k in ("text", "code", "entity")} for a in ev.get("target") or []],
            "location": ev.get("location"),
            "date": {k: date.get(k) for k in ("earliest", "latest", "value", "granularity")},
            "reports": [{"doc": ev.get("doc"), "sentence": ev.get("sentence_text"), "trigger": ev.get("trigger"),
                         "outlet": outlet}]}


def _events(store: Any) -> Iterator[tuple[dict[str, Any], str | None]]:
    sql = ("SELECT e.data, d.outlet FROM events e JOIN documents d ON d.id=e.doc_id"
           " ORDER BY COALESCE(e.date_earliest, e.date_latest) IS NULL, COALESCE(e.date_earliest, e.date_latest), e.id")
    for r in store.conn.execute(sql):
        yield json.loads(r["data"]), r["outlet"]


def events_jsonl(store: Any) -> Iterator[str]:
    for ev, outlet in _events(store):
        yield json.dumps(_event_contract(ev, outlet), ensure_ascii=False) + "\n"


def events_csv(store: Any) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_EVENT_FIELDS)
    for ev, _ in _events(store):
        date = ev.get("date") or {}
        loc = ev.get("location") or {}
        writer.writerow([ev["id"], ev.get("doc"), ev.get("type"), ev.get("mode"), ev.get("quad"),
                         " ".join(a.get("code") or "" for a in ev.get("source") or []),
                         " ".join(a.get("code") or "" for a in ev.get("target") or []),
                         loc.get("text") if isinstance(loc, dict) else "", date.get("earliest"), date.get("latest"),
                         date.get("value"), date.get("granularity"), ev.get("modality"), ev.get("trigger"),
                         ev.get("sentence_text")])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


def stories_jsonl(store: Any) -> Iterator[str]:
    for st in linkage.stories(store) or []:
        yield json.dumps({"id": st.get("id"), "title": st.get("title"), "docs": st.get("docs"),
                          "events": st.get("events")}, ensure_ascii=False, default=str) + "\n"


def _own_store(path: Any, fn: Any) -> Iterator[str]:
    """Run an export on its own connection: a streamed body is iterated from several threads."""
    with Store(path) as store:
        yield from fn(store)


@router.get("/api/export/{what}", summary="Download documents | events | stories (format jsonl; csv for events)")
def export(request: Request, what: str, format: str = Query("jsonl")) -> StreamingResponse:  # noqa: A002
    if what not in WHAT:
        raise HTTPException(404, f"cannot export {what!r}: choose one of {', '.join(WHAT)}")
    if format not in FORMATS or (format == "csv" and what != "events"):
        raise HTTPException(400, f"format {format!r} is not offered for {what}: jsonl" + (", csv" if what == "events" else ""))
    if what == "stories" and not linkage.available()["stories"]:
        raise HTTPException(404, "the linking stage (stories) is not available yet")
    fn = {"documents": documents_jsonl, "events": events_csv if format == "csv" else events_jsonl,
          "stories": stories_jsonl}[what]
    gen = _own_store(ctx(request).store_path, fn)
    name = f"marsad-{what}.{format}"
    return StreamingResponse(gen, media_type=FORMATS[format],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})
