"""Documents: the list, and one document's clean text with mentions, time expressions and events marked."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from marsad.model import Document, to_dict
from marsad.serve import english, rows
from marsad.serve.context import ctx, link_builder, respond
from marsad.serve.highlight import Span, mark_spans
from marsad.serve.paging import Page, page_info

router = APIRouter()


def layers(doc: Document, url: Any) -> list[Span]:
    """Mentions (linked to entity pages), time expressions and event triggers as spans over the body."""
    spans = []
    for m in doc.mentions:
        title = f"{m.kind} {m.name_en or ''} {m.code or ''}".strip()
        spans.append(Span(m.start, m.end, f"m-{m.kind}", title, url(f"/entities/{m.entity}") if m.entity else None))
    for tx in doc.timexes:
        spans.append(Span(tx.start, tx.end, "timex", f"{tx.value or '?'} ({tx.granularity})"))
    for ev in doc.events:
        if ev.trigger_start is not None and ev.trigger_end is not None:
            spans.append(Span(ev.trigger_start, ev.trigger_end, "trigger", f"{ev.type} {ev.mode or ''}".strip()))
    return spans


def build_document(doc: Document, provenance: list[dict[str, Any]]) -> dict[str, Any]:
    """The document dict: the whole stored Document plus English event lines and provenance."""
    data = to_dict(doc)
    for s in data.get("sentences", []):
        s.pop("tokens", None)
    data["event_rows"] = [{"id": e.id, "type": e.type, "english": english.render_event(to_dict(e)),
                           "date_label": english.date_label(to_dict(e.date)), "evidence": rows.evidence(to_dict(e))}
                          for e in doc.events]
    data["published_label"] = english.date_label(to_dict(doc.published))
    data["provenance"] = provenance
    return data


@router.get("/documents", include_in_schema=False)
@router.get("/api/documents", summary="Document summaries (no body), paginated, oldest ingest first")
def list_documents(request: Request, page: Page = Depends(), outlet: str | None = Query(None)) -> Any:
    store = ctx(request).store()
    items = store.list_documents(limit=page.limit, offset=page.offset, outlet=outlet)
    if outlet:
        total = store.conn.execute("SELECT count(*) FROM documents WHERE outlet=?", (outlet,)).fetchone()[0]
    else:
        total = store.count_documents()
    return respond(request, "documents.html",
                   {"documents": items, "outlet": outlet, "page": page_info(request, page, total, len(items))})


@router.get("/documents/{doc_id}", include_in_schema=False)
@router.get("/api/documents/{doc_id}", summary="One document by id (or unique id prefix) with all its analysis")
def get_document(request: Request, doc_id: str) -> Any:
    store = ctx(request).store()
    doc = store.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    data = build_document(doc, store.provenance(doc.id))
    return respond(request, "document.html", data,
                   extra={"marked_body": mark_spans(doc.body, layers(doc, link_builder(request)))})
