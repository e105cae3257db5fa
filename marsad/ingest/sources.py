"""Source readers: paths (files, directories) to Records, each failure a Failure, never an exception.

Kinds are decided by extension and, for an explicit path with an unknown one,
by sniffing the first bytes. Directories are walked recursively in sorted order
(hidden entries skipped; files of unknown type noted, not read). Zip archives
are read member by member; ``.gz`` files by their inner extension.
"""

from __future__ import annotations

import gzip
import io
import os
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.errors import InputError
from marsad.ingest import settings
from marsad.ingest.decode import decode_bytes
from marsad.ingest.feeds import is_feed, iter_feed, parse_xml
from marsad.ingest.jsonsrc import iter_json, iter_jsonl
from marsad.ingest.records import Failure, Notice, Record
from marsad.ingest.warc import iter_warc

Item = Record | Failure | Notice

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".zip": "zip", ".warc": "warc",
    ".xml": "xml", ".rss": "xml", ".atom": "xml",
}
# Kinds whose whole file is parsed at once (records are inside), not cut at a page's size limit.
_CONTAINERS = {"json", "xml"}


def kind_of(name: str) -> str | None:
    """The kind a file name announces ('text', 'html', 'json', …, 'gz:<inner>'), or None."""
    lower = name.lower()
    if lower.endswith(".gz"):
        inner = kind_of(lower[:-3])
        return "warc" if inner == "warc" else (f"gz:{inner}" if inner else None)
    return EXTENSIONS.get(os.path.splitext(lower)[1])


def sniff(head: bytes) -> str:
    """Guess a kind from leading bytes (zip, gzip, warc, xml, html, json, else text)."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        return "gz:text"
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return "html" if b"<html" in start else "xml"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<div", b"<p")):
        return "html"
    if start.startswith((b"{", b"[")):
        return "jsonl" if start.startswith(b"{") and b"}\n{" in head.replace(b"\r", b"") else "json"
    return "text"


def iter_records(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every record of every path, in order; unreadable paths yield a Failure."""
    for path in paths:
        p = Path(path).expanduser()
        if p.is_dir():
            yield from _walk(p)
        else:
            yield from _read_file(p, explicit=True)


def _walk(root: Path) -> Iterator[Item]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            yield from _read_file(Path(dirpath) / name, explicit=False)


def _read_file(p: Path, *, explicit: bool) -> Iterator[Item]:
    file = str(p.resolve()) if p.exists() else str(p)
    if not p.exists():
        yield Failure(file, "", "unreadable path: no such file or directory")
        return
    if not os.access(p, os.R_OK):
        yield Failure(file, "", "unreadable path: permission denied")
        return
    kind = kind_of(p.name)
    if kind is None and not explicit:
        yield Notice(file, "", f"skipped: unknown file type ({p.suffix or 'no extension'})")
        return
    try:
        if kind in ("zip", "warc") or (kind or "").startswith("gz:"):
            yield from _read_stream_kind(p, file, kind)  # type: ignore[arg-type]
            return
        size = p.stat().st_size
        with p.open("rb") as fh:
            if kind is None:
                kind = sniff(fh.read(settings.SNIFF_BYTES))
                fh.seek(0)
                if kind in ("zip", "warc") or kind.startswith("gz:"):
                    yield from _read_stream_kind(p, file, kind)
                    return
            if kind == "jsonl":
                yield from _read_jsonl_stream(fh, file, "")
                return
            limit = settings.MAX_JSON_BYTES if kind in _CONTAINERS else settings.MAX_RECORD_BYTES
            data = fh.read(limit)
    except OSError as exc:
        yield Failure(file, "", f"unreadable path: {exc.strerror or exc}")
        return
    yield from read_blob(data, file, "", kind, truncated=max(size - len(data), 0))


def _read_stream_kind(p: Path, file: str, kind: str) -> Iterator[Item]:
    if kind == "zip":
        yield from _read_zip(p, file)
    elif kind == "warc":
        with p.open("rb") as fh:
            yield from iter_warc(fh, file)
    else:
        yield from _read_gzip(p, file, kind[3:])


def _read_gzip(p: Path, file: str, inner: str) -> Iterator[Item]:
    try:
        with gzip.open(p, "rb") as fh:
            if inner == "jsonl":
                yield from _read_jsonl_stream(fh, file, "")
                return
            limit = settings.MAX_JSON_BYTES if inner in _CONTAINERS else settings.MAX_RECORD_BYTES
            data = fh.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(file, "", f"truncated or corrupt gzip: {exc}")
        return
    extra = max(len(data) - (settings.MAX_JSON_BYTES if inner in _CONTAINERS else settings.MAX_RECORD_BYTES), 0)
    kind = sniff(data[: settings.SNIFF_BYTES]) if inner == "text" else inner
    yield from read_blob(data[: len(data) - extra] if extra else data, file, "", kind, truncated=extra)


def _read_jsonl_stream(fh: io.BufferedIOBase | gzip.GzipFile, file: str, prefix: str) -> Iterator[Item]:
    def lines() -> Iterator[str]:
        for n, raw in enumerate(fh, 1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield raw.decode("utf-8", errors="replace")

    yield from iter_jsonl(lines(), file, prefix)


def _read_zip(p: Path, file: str) -> Iterator[Item]:
    try:
        zf = zipfile.ZipFile(p)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        yield Failure(file, "", f"truncated or corrupt zip: {exc}")
        return
    with zf:
        yield from _zip_members(zf, file, "")


def _zip_members(zf: zipfile.ZipFile, file: str, prefix: str) -> Iterator[Item]:
    for info in sorted(zf.infolist(), key=lambda i: i.filename):
        name = info.filename
        base = name.rsplit("/", 1)[-1]
        if info.is_dir() or name.startswith("__MACOSX/") or base.startswith("."):
            continue
        member = f"{prefix}{name}"
        kind = kind_of(base)
        if kind is None:
            yield Notice(file, member, f"skipped: unknown file type in zip ({os.path.splitext(base)[1] or 'no extension'})")
            continue
        limit = settings.MAX_JSON_BYTES if kind in _CONTAINERS | {"jsonl", "zip", "warc"} else settings.MAX_RECORD_BYTES
        try:
            with zf.open(info) as fh:
                data = fh.read(limit)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError) as exc:
            yield Failure(file, member, f"corrupt zip member: {exc}")
            continue
        yield from read_blob(data, file, member, kind, truncated=max(info.file_size - len(data), 0))


def read_blob(data: bytes, file: str, member: str, kind: str, *, truncated: int = 0) -> Iterator[Item]:
    """Records of bytes already in memory (a file's content or a zip member) of a known kind."""
    if kind in ("text", "html"):
        # A scraped page saved as .txt may still be raw HTML.
        html = kind == "html" or sniff(data[: settings.SNIFF_BYTES]) == "html"
        yield Record(file=file, member=member, data=data, html=html, truncated=truncated)
        return
    if truncated:
        yield Failure(file, member, f"too large: a {kind} container over {len(data) // 2**20} MB; split it or use JSON lines")
        return
    if kind == "zip":
        try:
            inner = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            yield Failure(file, member, f"truncated or corrupt zip: {exc}")
            return
        with inner:
            yield from _zip_members(inner, file, member + "!")
        return
    if kind == "warc":
        yield from iter_warc(io.BytesIO(data), file, member + "!" if member else "")
        return
    if kind.startswith("gz:"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield Failure(file, member, f"truncated or corrupt gzip: {exc}")
            return
        yield from read_blob(data, file, member, kind[3:] if kind != "gz:text" else sniff(data[:8192]))
        return
    try:
        text = decode_bytes(data).text
    except InputError as exc:
        yield Failure(file, member, str(exc))
        return
    if kind == "json":
        yield from iter_json(text, file, member)
    elif kind == "jsonl":
        yield from iter_jsonl(text.splitlines(), file, member)
    elif kind == "xml":
        root, _ = parse_xml(data)
        if root is not None and not is_feed(root) and sniff(data[:8192]) == "html":
            yield Record(file=file, member=member, data=data, html=True)
        else:
            yield from iter_feed(data, file, member)
    else:
        yield Failure(file, member, f"unsupported kind {kind}")
