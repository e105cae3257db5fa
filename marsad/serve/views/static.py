"""Static CSS/JS from package resources only: a fixed allow-list of names, never a request path on disk."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

router = APIRouter()

# The only files served, with their media types.
FILES = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}


@lru_cache(maxsize=len(FILES))
def _read(name: str) -> bytes:
    return (resources.files("marsad.serve") / "static" / name).read_bytes()


@router.get("/static/{name}", include_in_schema=False)
def static(name: str) -> Response:
    if name not in FILES:
        raise HTTPException(404, "no such static file")
    return Response(_read(name), media_type=FILES[name], headers={"Cache-Control": "max-age=3600"})
