"""Framing over the API: outlet profiles, one document's profile, and one event's reports side by side."""

from __future__ import annotations

import importlib
import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from marsad.serve import linkage, linked
from marsad.serve.context import ctx

router = APIRouter()


def _framing() -> Any:
    try:
        return importlib.import_module("marsad.analyze.framing")
    except ImportError:
        return None


def _need() -> Any:
    mod = _framing()
    if mod is None:
        raise HTTPException(404, "the framing stage is not available yet")
    return mod


@router.get("/api/framing/outlets", summary="Framing profile of every outlet (axes, poles, top terms)")
def outlets(request: Request) -> JSONResponse:
    return JSONResponse({"outlets": _need().outlet_profiles(ctx(request).store())})


@router.get("/api/framing/outlets/{name}", summary="Framing profile of one outlet")
def outlet(request: Request, name: str) -> JSONResponse:
    prof = _need().outlet_profiles(ctx(request).store(), name).get(name)
    if prof is None:
        raise HTTPException(404, f"no outlet {name!r} in the store")
    return JSONResponse(prof)


@router.get("/api/framing/documents/{doc_id}", summary="Framing profile of one document")
def document(request: Request, doc_id: str) -> JSONResponse:
    doc = ctx(request).store().get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return JSONResponse({"id": doc.id, "outlet": doc.outlet, "framing": doc.framing or None})


@router.get("/api/framing/events/{merged_id}", summary="One merged event's reports side by side, terms marked")
def event(request: Request, merged_id: str) -> JSONResponse:
    mod = _need()
    store = ctx(request).store()
    row = store.conn.execute("SELECT data FROM merged_events WHERE id=?", (merged_id,)).fetchone() \
        if linked.active(store.conn) else None
    merged = json.loads(row["data"]) if row else next(
        (m for m in linkage.merged_events(store) or [] if str(m.get("id")) == merged_id), None)
    if merged is None:
        raise HTTPException(404, f"no merged event {merged_id!r} (or the linking stage is not available yet)")
    return JSONResponse({"id": merged_id, "reports": mod.event_side_by_side(store, merged.get("reports") or [])})
