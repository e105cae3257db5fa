"""Pagination shared by every list: ``limit``/``offset`` in, ``{limit, offset, total, next, prev}`` out."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Query, Request

from marsad.serve.settings import PAGE_DEFAULT, PAGE_MAX


class Page:
    """Validated page parameters (FastAPI dependency)."""

    def __init__(self, limit: int = Query(PAGE_DEFAULT, ge=1, le=PAGE_MAX),
                 offset: int = Query(0, ge=0)) -> None:
        self.limit = limit
        self.offset = offset


def page_info(request: Request, page: Page, total: int | None, returned: int) -> dict[str, Any]:
    """Links to the next and previous pages (same path and filters), ``None`` at either end."""
    params = dict(request.query_params)

    def link(offset: int) -> str:
        return request.url.path + "?" + urlencode({**params, "offset": offset, "limit": page.limit})

    more = (page.offset + returned < total) if total is not None else returned == page.limit
    return {
        "limit": page.limit, "offset": page.offset, "total": total,
        "next": link(page.offset + page.limit) if more else None,
        "prev": link(max(0, page.offset - page.limit)) if page.offset else None,
    }


def slice_page(items: list[Any], page: Page) -> list[Any]:
    return items[page.offset:page.offset + page.limit]
