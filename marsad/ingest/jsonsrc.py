"""JSON and JSON-lines records: one object, an array of objects, or one object per line.

Field names are data (``data/fields.tsv``): ``text|content|html``, ``title``,
``url``, ``published|date``, crawl dates, and ``source|outlet`` (in news
datasets such as SaudiNewsNet ``source`` names the outlet).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.errors import InputError
from marsad.ingest.records import Failure, Record

_HTML_TAG = re.compile(r"<(?:p|div|br|span|a|html|body|article|h[1-6]|li|img|section|strong|em|figure)\b[^>]*>", re.I)


@lru_cache(maxsize=1)
def field_names() -> dict[str, tuple[str, ...]]:
    """Record field → JSON keys tried in order (from ``data/fields.tsv``)."""
    raw = (resources.files("marsad.ingest") / "data" / "fields.tsv").read_text(encoding="utf-8")
    out = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            name, keys = line.split("\t", 1)
            out[name] = tuple(keys.split())
    return out


def looks_like_html(text: str) -> bool:
    """True when a text field carries HTML markup (two or more common tags)."""
    return len(_HTML_TAG.findall(text[:20_000], 0)) >= 2


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(_as_text(v) for v in value if v is not None)
    if isinstance(value, dict):
        return _as_text(value.get("text") or value.get("value") or "")
    return str(value)


def _first(obj: dict[str, Any], field: str) -> str:
    for key in field_names()[field]:
        val = _as_text(obj.get(key)).strip()
        if val:
            return val
    return ""


def record_from_object(obj: Any, file: str, member: str) -> Record:
    """Map one JSON object to a Record; raises InputError when it is not an object or has no text."""
    if not isinstance(obj, dict):
        raise InputError(f"not a JSON object (a {type(obj).__name__})")
    text, html = _first(obj, "text"), False
    if not text:
        text, html = _first(obj, "html"), True
    if not text:
        keys = field_names()["text"] + field_names()["html"]
        present = [k for k in keys if k in obj]
        if present:
            what = "title only" if _first(obj, "title") else "no title either"
            raise InputError(f"empty text: field '{present[0]}' is blank ({what})")
        raise InputError(f"no text field (looked for {', '.join(keys)})")
    html = html or looks_like_html(text)
    meta: dict[str, Any] = {}
    published = _first(obj, "published") or None
    crawl = _first(obj, "crawl_date")
    if crawl:
        meta["crawl_date"] = crawl
        if not published:
            # A crawl time bounds the publication date from above; the date stage weighs it.
            published = crawl
            meta["published_field"] = "crawl_date"
    author = _first(obj, "author")
    if author:
        meta["author"] = author
    return Record(file=file, member=member, url=_first(obj, "url"), text=text, html=html,
                  title=_first(obj, "title"), published=published, outlet=_first(obj, "outlet") or None,
                  meta=meta)


def _one(obj: Any, file: str, member: str) -> Record | Failure:
    try:
        return record_from_object(obj, file, member)
    except InputError as exc:
        return Failure(file, member, str(exc))


def iter_json(text: str, file: str, prefix: str = "") -> Iterator[Record | Failure]:
    """Records of a JSON document: one object or an array of objects (member '#n', 1-based)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if _looks_like_lines(text):
            yield from iter_jsonl(text.splitlines(), file, prefix)
            return
        yield Failure(file, prefix, f"invalid JSON: {exc.msg} at line {exc.lineno}")
        return
    if isinstance(data, list):
        for i, obj in enumerate(data, 1):
            yield _one(obj, file, f"{prefix}#{i}")
    else:
        yield _one(data, file, prefix)


def iter_jsonl(lines: Iterable[str], file: str, prefix: str = "") -> Iterator[Record | Failure]:
    """Records of JSON lines (member '#n' = line number); a bad line fails alone."""
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        member = f"{prefix}#{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(file, member, f"invalid JSON line: {exc.msg}")
            continue
        yield _one(obj, file, member)


def _looks_like_lines(text: str) -> bool:
    lines = [ln for ln in text[:50_000].splitlines() if ln.strip()]
    return len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:5])
