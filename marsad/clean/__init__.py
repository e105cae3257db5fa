"""Page cleaning: main text from HTML/plain pages, chrome dropped with reasons (PLACEHOLDER until the cleaner lands)."""

from __future__ import annotations

from typing import Any

from marsad.clean.identity import document_id
from marsad.model import Document, Published


def clean_text(raw: str, *, title: str = "", html: bool = False, published: str | None = None,
               source: str = "", outlet: str | None = None, url: str | None = None,
               meta: dict[str, Any] | None = None) -> Document:
    """Minimal placeholder: body = stripped text (replaced by the real cleaner)."""
    body = raw.strip()
    doc = Document(id=document_id(body, title), body=body, source=source, outlet=outlet, title=title,
                   url=url, meta=dict(meta or {}))
    if published:
        doc.meta["metadata_date"] = published
        doc.published = Published(evidence=[f"metadata date {published}"])
    return doc
