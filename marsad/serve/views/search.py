"""Search: Arabic full text across spelling variants (hamza/alef, ya/alef maqsura, ta marbuta, diacritics).

The index and query are normalized alike (``marsad.store.search``); snippets are
cut from the original text with hits delimited by sentinels, then escaped and marked.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from marsad.serve.context import ctx, respond
from marsad.serve.highlight import HIT_CLOSE, HIT_OPEN, mark_hits, strip_sentinels
from marsad.serve.paging import Page, page_info
from marsad.serve.settings import SNIPPET_WIDTH
from marsad.store.search import fts_match_query, snippet

router = APIRouter()


def run_search(conn: Any, q: str, page: Page) -> tuple[list[dict[str, Any]], int]:
    """Ranked hits with a snippet whose hits are delimited by sentinels, and the total."""
    match = fts_match_query(q)
    if not match:
        return [], 0
    total = conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (match,)).fetchone()[0]
    rows = conn.execute(
        "SELECT d.id, d.title, d.outlet, d.published_value, d.published_earliest, d.published_latest, d.body"
        " FROM documents_fts JOIN documents d ON d.id = documents_fts.doc_id WHERE documents_fts MATCH ?"
        " ORDER BY rank LIMIT ? OFFSET ?", (match, page.limit, page.offset)).fetchall()
    hits = []
    for r in rows:
        row = dict(r)
        body = strip_sentinels(row.pop("body"))
        row["snippet"] = snippet(body, q, width=SNIPPET_WIDTH, mark=(HIT_OPEN, HIT_CLOSE))
        hits.append(row)
    return hits, total


@router.get("/search", include_in_schema=False)
@router.get("/api/search", summary="Full-text search, Arabic spelling variants folded; snippets mark hits")
def search(request: Request, q: str = Query("", max_length=500), page: Page = Depends()) -> Any:
    hits, total = run_search(ctx(request).store().conn, q, page) if q.strip() else ([], 0)
    as_json = request.url.path.startswith("/api/") or request.query_params.get("format") == "json"
    for h in hits:
        if as_json:
            h["snippet_html"] = str(mark_hits(h["snippet"]))
            h["snippet"] = h["snippet"].replace(HIT_OPEN, "").replace(HIT_CLOSE, "")
        else:
            h["snippet_html"] = mark_hits(h["snippet"])
    return respond(request, "search.html", {"q": q, "hits": hits, "total": total,
                                            "page": page_info(request, page, total, len(hits))})
