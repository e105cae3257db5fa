"""The FastAPI app factory: routers from ``views/``, security headers, and clean JSON errors."""

from __future__ import annotations

import importlib
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import JSONResponse

from marsad.errors import MarsadError
from marsad.serve.context import Context, respond, wants_json
from marsad.serve.settings import TOKEN_ENV
from marsad.serve.views import MODULES

# No inline script can run even if some text escaped escaping: scripts and styles only from /static.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def create_app(store_path: str | Path | None = None, *, token: str | None = None) -> FastAPI:
    """A FastAPI app over the store at ``store_path`` (default store when None).

    ``token`` enables ``POST /api/ingest``; when None it is read from ``$MARSAD_TOKEN``.
    """
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.ctx.close()

    app = FastAPI(title="marsad", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Arabic news as a cited, PLOVER-coded event record: JSON API and web app.")
    app.state.ctx = Context(store_path, token if token is not None else os.environ.get(TOKEN_ENV) or None)
    app.state.ctx.store()  # open (and migrate) now: a bad path fails at start, not on the first request
    for name in MODULES:
        app.include_router(importlib.import_module(f"marsad.serve.views.{name}").router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        if wants_json(request) or request.method != "GET":
            return JSONResponse({"error": exc.detail, "status": exc.status_code}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        return respond(request, "error.html", {"error": exc.detail, "status": exc.status_code},
                       status=exc.status_code)

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> Any:
        return JSONResponse({"error": str(exc), "status": 500}, status_code=500)

    return app
