"""Outlets: how many documents and events each carries, and its framing profile when framing exists."""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from marsad.serve.context import ctx, respond

router = APIRouter()


def framing_profile(store: Any, outlet: str) -> dict[str, Any] | None:
    """``marsad.analyze.framing.outlet_profiles`` for one outlet, or None when framing is not available."""
    try:
        fn = importlib.import_module("marsad.analyze.framing").outlet_profiles
    except (ImportError, AttributeError):
        return None
    try:
        prof = fn(store, outlet).get(outlet)
    except Exception:  # noqa: BLE001 - a stage still in progress must not break the page
        return None
    if not prof or not prof.get("axes"):
        return None
    return prof


@router.get("/outlets", include_in_schema=False)
@router.get("/api/outlets", summary="Outlets with their document and event-report counts")
def list_outlets(request: Request) -> Any:
    conn = ctx(request).store().conn
    rows = conn.execute(
        "SELECT d.outlet AS outlet, count(DISTINCT d.id) AS docs, count(e.id) AS events FROM documents d"
        " LEFT JOIN events e ON e.doc_id = d.id GROUP BY d.outlet ORDER BY docs DESC, d.outlet").fetchall()
    return respond(request, "outlets.html", {"outlets": [dict(r) for r in rows]})


@router.get("/outlets/{name}", include_in_schema=False)
@router.get("/api/outlets/{name}", summary="One outlet: counts, event types, recent documents, framing profile")
def outlet(request: Request, name: str) -> Any:
    store = ctx(request).store()
    conn = store.conn
    docs = conn.execute("SELECT count(*) FROM documents WHERE outlet=?", (name,)).fetchone()[0]
    if not docs:
        raise HTTPException(404, f"no outlet {name!r} in the store")
    types = [dict(r) for r in conn.execute(
        "SELECT e.type AS type, count(*) AS n FROM events e JOIN documents d ON d.id=e.doc_id WHERE d.outlet=?"
        " GROUP BY e.type ORDER BY n DESC", (name,))]
    recent = store.list_documents(limit=20, outlet=name)
    data = {"name": name, "docs": docs, "event_types": types, "documents": recent,
            "framing": framing_profile(store, name)}
    return respond(request, "outlet.html", data)
