"""/docs: the OpenAPI description rendered server-side (Swagger UI needs a CDN; this machine has none)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from marsad.serve.context import respond

router = APIRouter()


def endpoints(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (path, method): summary and parameters with where they go and their description."""
    out = []
    for path, methods in sorted(spec.get("paths", {}).items()):
        for method, op in methods.items():
            params = [{"name": p.get("name"), "in": p.get("in"), "required": p.get("required", False),
                       "description": p.get("description") or ""} for p in op.get("parameters", [])]
            out.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""), "params": params})
    return out


@router.get("/docs", include_in_schema=False)
def docs(request: Request) -> Any:
    spec = request.app.openapi()
    return respond(request, "apidocs.html", {"title": spec["info"]["title"], "version": spec["info"]["version"],
                                             "endpoints": endpoints(spec), "openapi": "/openapi.json"})
