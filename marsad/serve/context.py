"""What every view needs: a per-thread store, the Jinja2 environment, labels, and one render call.

Each view builds one plain dict; :func:`respond` returns it as JSON (``?format=json``
or under ``/api``) or renders it through a template with autoescaping on — the
datasette pattern of every page also being data.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, PackageLoader

from marsad.store import Store

LANGS = ("ar", "en")
# How long the language choice is remembered (seconds).
LANG_COOKIE_AGE = 365 * 24 * 3600


class Context:
    """Per-app state: the store path and one open Store per worker thread."""

    def __init__(self, store_path: str | Path | None, token: str | None) -> None:
        self.store_path = store_path
        self.token = token
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._generation = 0  # bumped by close(): stores opened before are not reused

    def store(self) -> Store:
        """This thread's Store (SQLite connections are not shared across threads)."""
        got = getattr(self._local, "store", None)
        if got is None or got[0] != self._generation:
            st = Store(self.store_path)
            self._local.store = (self._generation, st)
            with self._lock:
                self._all.append(st)
            return st
        return got[1]

    def close(self) -> None:
        """Close every store opened so far (app shutdown); later calls open fresh ones."""
        with self._lock:
            self._generation += 1
            for st in self._all:
                try:
                    st.close()
                except Exception:  # noqa: BLE001 - closing at shutdown is best effort
                    pass
            self._all.clear()


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    """Interface labels per language (``data/labels.json``)."""
    raw = (resources.files("marsad.serve") / "data" / "labels.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Jinja2 over the package's templates, autoescape on for every template."""
    env = Environment(loader=PackageLoader("marsad.serve", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1)
    return env


def ctx(request: Request) -> Context:
    return request.app.state.ctx


def lang_of(request: Request) -> str:
    """``?lang=en`` (or the ``lang`` cookie) selects English labels; Arabic is the default."""
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "ar"
    return lang if lang in LANGS else "ar"


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.query_params.get("format") == "json"


def link_builder(request: Request):  # noqa: ANN201 - returns a small closure
    """``url(path, **params)`` for templates: keeps ``lang=en`` and drops empty parameters."""
    lang = lang_of(request)

    def url(path: str, **params: Any) -> str:
        if lang != "ar":
            params.setdefault("lang", lang)
        clean = {k: v for k, v in params.items() if v not in (None, "")}
        return path + ("?" + urlencode(clean) if clean else "")

    return url


def respond(request: Request, template: str, data: dict[str, Any], *, status: int = 200,
            extra: dict[str, Any] | None = None) -> Any:
    """JSON for API/``format=json`` requests, else the template rendered with ``data``."""
    if wants_json(request):
        return JSONResponse(data, status_code=status)
    lang = lang_of(request)
    here = dict(request.query_params)
    here.pop("lang", None)
    switch = "en" if lang == "ar" else "ar"
    page = environment().get_template(template).render(
        data=data, t=labels()[lang], lang=lang, dir="rtl" if lang == "ar" else "ltr",
        url=link_builder(request), path=request.url.path,
        json_url=request.url.path + "?" + urlencode({**here, "format": "json"}),
        switch_url=request.url.path + "?" + urlencode({**here, "lang": switch}),
        **(extra or {}),
    )
    response = HTMLResponse(page, status_code=status)
    if request.query_params.get("lang") in LANGS:  # the toggle sticks for the next pages
        response.set_cookie("lang", lang, max_age=LANG_COOKIE_AGE, samesite="lax", httponly=True)
    return response
