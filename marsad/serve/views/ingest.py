"""POST /api/ingest: add uploaded files (or files at http(s) URLs) to the store; bearer token required.

Off (403) unless a token is configured (``$MARSAD_TOKEN``); uploads are capped
(413) before and while parsing. Uploaded bytes go to a private temporary
directory under a generated name — nothing in the request names a local path.
"""

from __future__ import annotations

import re
import secrets
import tempfile
from pathlib import Path
from typing import Any

import httpx
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile

from marsad.serve.context import ctx
from marsad.serve.settings import FETCH_TIMEOUT_S, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, TOKEN_ENV

router = APIRouter()

_SAFE_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,8}$")
_CHUNK = 1 << 16


def check_token(request: Request) -> None:
    """403 when ingest is off (no token configured), 401 when the bearer token is missing or wrong."""
    token = ctx(request).token
    if not token:
        raise HTTPException(403, f"ingest over HTTP is disabled: start the server with {TOKEN_ENV} set to enable it")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "missing or wrong bearer token (Authorization: Bearer <MARSAD_TOKEN>)",
                            headers={"WWW-Authenticate": "Bearer"})


def too_large(size: int) -> HTTPException:
    return HTTPException(413, f"upload too large: {size:,} bytes; the limit is {MAX_UPLOAD_BYTES:,} bytes")


def _suffix(name: str) -> str:
    """The file's extension when it is a plain one (ingest picks the reader by it), else ''."""
    suffix = Path(name or "").suffix
    if name.endswith(".gz"):
        inner = Path(name[:-3]).suffix
        suffix = inner + ".gz" if _SAFE_SUFFIX.match(inner) else suffix
    return suffix if _SAFE_SUFFIX.match(suffix.replace(".gz", "") or ".x") else ""


async def _save_upload(up: UploadFile, folder: Path, n: int) -> Path:
    path = folder / f"upload-{n}{_suffix(up.filename or '')}"
    size = 0
    with open(path, "wb") as fh:
        while chunk := await up.read(_CHUNK):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                raise too_large(size)
            fh.write(chunk)
    return path


def _fetch(url: str, folder: Path, n: int) -> Path:
    """Download an http(s) URL with the upload size cap."""
    if not re.match(r"^https?://", url, re.I):
        raise HTTPException(400, f"only http(s) URLs can be fetched, not {url[:80]!r}")
    path = folder / f"url-{n}{_suffix(url.split('?')[0])}"
    size = 0
    try:
        with httpx.stream("GET", url, timeout=FETCH_TIMEOUT_S, follow_redirects=True) as resp:
            resp.raise_for_status()
            with open(path, "wb") as fh:
                for chunk in resp.iter_bytes(_CHUNK):
                    size += len(chunk)
                    if size > MAX_UPLOAD_BYTES:
                        raise too_large(size)
                    fh.write(chunk)
    except httpx.HTTPError as exc:
        raise HTTPException(502, f"could not fetch {url[:200]}: {exc}") from exc
    return path


async def _collect(request: Request, folder: Path) -> list[tuple[Path, str]]:
    """(saved file, original name or URL) for every upload or URL in the request."""
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        body = await request.json()
        urls = body.get("urls") if isinstance(body, dict) else None
        if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls) or not urls:
            raise HTTPException(400, 'send {"urls": ["https://…", …]} or multipart file uploads')
        if len(urls) > MAX_UPLOAD_FILES:
            raise HTTPException(400, f"at most {MAX_UPLOAD_FILES} URLs per request")
        return [(_fetch(u, folder, i), u) for i, u in enumerate(urls)]
    if not ctype.startswith("multipart/form-data"):
        raise HTTPException(415, "send files as multipart/form-data (field 'files') or JSON {\"urls\": [...]}")
    form = await request.form(max_files=MAX_UPLOAD_FILES)
    ups = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if not ups:
        raise HTTPException(400, "no file in the upload (use the multipart field 'files')")
    return [(await _save_upload(up, folder, i), up.filename or f"upload-{i}") for i, up in enumerate(ups)]


@router.post("/api/ingest", summary="Ingest uploaded files or http(s) URLs (Authorization: Bearer token)")
async def ingest_files(request: Request) -> JSONResponse:
    check_token(request)
    declared = int(request.headers.get("content-length") or 0)
    if declared > MAX_UPLOAD_BYTES * 1.05 + 65536:
        raise too_large(declared)
    from starlette.concurrency import run_in_threadpool

    with tempfile.TemporaryDirectory(prefix="marsad-upload-") as tmp:
        saved = await _collect(request, Path(tmp))
        report = await run_in_threadpool(_ingest, request, [p for p, _ in saved])
    names = [n for _, n in saved]
    return JSONResponse({"files": names, "new": report.new, "duplicate": report.duplicate, "seen": report.seen,
                         "failed": [{"member": f.member, "reason": f.reason} for f in report.failures],
                         "new_ids": list(report.new_ids), "summary": report.summary()})


def _ingest(request: Request, paths: list[Path]) -> Any:
    from marsad.ingest import ingest

    return ingest([str(p) for p in paths], ctx(request).store(), progress=False)
