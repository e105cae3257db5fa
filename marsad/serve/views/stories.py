"""Stories: documents and merged events that belong together, with the documents side by side."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from marsad.serve import english, linkage, linked, queries, rows
from marsad.serve.context import ctx, respond
from marsad.serve.paging import Page, page_info, slice_page
from marsad.serve.settings import STORY_MAX_DOCS, STORY_MAX_EVENTS

router = APIRouter()
# How many sentences of each document the side-by-side view shows.
SIDE_SENTENCES = 4
# Characters of the body shown for a document none of whose sentences carries an event.
SIDE_HEAD_CHARS = 300


def _doc_ids(story: dict[str, Any]) -> list[str]:
    return [d.get("id") if isinstance(d, dict) else d for d in story.get("docs") or []]


def _count(story: dict[str, Any], number_key: str, list_key: str) -> int:
    """A count the linking stage gives as a number or as a list."""
    value = story.get(number_key)
    if isinstance(value, int):
        return value
    return len(story.get(list_key) or [])


def _side(store: Any, doc_ids: list[str], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each document: outlet, date, title and the sentences carrying the story's events (one light query)."""
    found = {r["id"]: r for r in store.conn.execute(
        "SELECT id, outlet, title, published_earliest, published_latest, published_value, substr(body, 1, ?) AS head"
        " FROM documents WHERE id IN (SELECT value FROM json_each(?))", (SIDE_HEAD_CHARS, json.dumps(doc_ids)))}
    out = []
    for did in doc_ids:
        r = found.get(did)
        if r is None:
            continue
        quotes = [rows.evidence(e) for e in events if e.get("doc") == did][:SIDE_SENTENCES]
        if not quotes:
            quotes = [{"text": r["head"] + "…", "trigger_start": None}]
        out.append({"id": did, "outlet": r["outlet"], "title": r["title"],
                    "published": english.date_label({"earliest": r["published_earliest"],
                                                     "latest": r["published_latest"], "value": r["published_value"]}),
                    "quotes": quotes})
    return out


def headline(story_rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The story's main event in English: the one most outlets report, then the most precisely dated."""
    def rank(r: dict[str, Any]) -> tuple:
        outlets = {rep.get("outlet") for rep in r.get("reports") or [] if rep.get("outlet")}
        date = r.get("date") or {}
        precise = bool(date.get("earliest")) and date.get("earliest") == date.get("latest")
        return (len(outlets), len(r.get("reports") or []), precise)

    if not story_rows:
        return None
    best = max(story_rows, key=rank)
    outlets = sorted({rep.get("outlet") for rep in best.get("reports") or [] if rep.get("outlet")})
    return {"english": best.get("english"), "date": best.get("date_label"), "outlets": outlets, "id": best.get("id")}


def build_story(store: Any, story_id: str) -> dict[str, Any]:
    """The story dict: cited summary, merged events (or event rows), documents side by side."""
    st = linkage.story(store, story_id)
    if st is None:
        raise HTTPException(404, f"no story {story_id!r}" + ("" if linkage.available()["stories"]
                                                                else " (the linking stage is not available yet)"))
    all_docs = [d for d in _doc_ids(st) if d]
    doc_ids = all_docs[:STORY_MAX_DOCS]
    events, n_reports = queries.event_reports(store.conn, queries.EventFilter(docs=all_docs),
                                              limit=STORY_MAX_EVENTS, offset=0)
    people = queries.sentence_mentions(store.conn, events)
    all_merged = [m for m in st.get("events") or [] if isinstance(m, str)]
    merged_ids = all_merged[:STORY_MAX_EVENTS]
    merged_dicts = [m for m in st.get("events") or [] if isinstance(m, dict)]
    if merged_ids and linked.active(store.conn):
        merged_rows = linked.merged_rows(store.conn, merged_ids)
    else:
        merged_rows = [rows.linked_row(m, {e["id"]: e for e in events}, {}) for m in merged_dicts]
    shown = merged_rows or [rows.report_row(e, [], {}) for e in events]
    summary = st.get("summary")
    items = summary if isinstance(summary, list) else []
    return {"id": st.get("id", story_id), "title": st.get("title"), "from": st.get("from"), "to": st.get("to"),
            "summary": summary if isinstance(summary, str) else None,
            "summary_items": [s for s in items if isinstance(s, dict)],
            "citations": st.get("citations") or [], "merged_rows": merged_rows,
            "rows": [] if merged_rows else [rows.report_row(e, people.get(e["id"], []), {}) for e in events],
            "headline_en": headline(shown),
            "documents": _side(store, doc_ids, events), "n_documents": len(all_docs),
            "n_events": len(all_merged) or n_reports,
            "more_documents": [{"id": d.get("id"), "outlet": d.get("outlet"), "title": d.get("title")}
                               for d in st.get("docs") or [] if isinstance(d, dict)][STORY_MAX_DOCS:]}


@router.get("/stories", include_in_schema=False)
@router.get("/api/stories", summary="Stories (needs the linking stage), paginated")
def list_stories(request: Request, page: Page = Depends()) -> Any:
    items = linkage.stories(ctx(request).store())
    got = slice_page(items or [], page)
    data = {"stories": [{"id": s.get("id"), "title": s.get("title"), "from": s.get("from"), "to": s.get("to"),
                         "outlets": s.get("outlets") or [], "docs": _count(s, "documents", "docs"),
                         "events": _count(s, "events", "events")} for s in got],
            "available": items is not None, "page": page_info(request, page, len(items or []), len(got))}
    return respond(request, "stories.html", data)


@router.get("/stories/{story_id}", include_in_schema=False)
@router.get("/api/stories/{story_id}", summary="One story: summary, merged events, its documents")
def get_story(request: Request, story_id: str) -> Any:
    return respond(request, "story.html", build_story(ctx(request).store(), story_id))
