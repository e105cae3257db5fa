"""Read knowledge-base JSONL files (package data + the user's overlay), validate and merge them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.errors import KnowledgeBaseError
from marsad.kb.model import ENTITY_TYPES, Entity, Office, Role

OFFICES_FILE = "offices.jsonl"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ENTITY_FIELDS = {
    "id": str, "type": str, "name_en": str, "names_ar": list, "code": (str, type(None)),
    "country": (str, type(None)), "lat": (int, float, type(None)), "lon": (int, float, type(None)),
    "roles": list, "adjectives": list, "parent": (str, type(None)), "extra": dict,
}
_ROLE_FIELDS = {"office": str, "title_en": str, "code": str, "start": (str, type(None)), "end": (str, type(None))}
_OFFICE_FIELDS = {"key": str, "country": str, "titles_ar": list, "title_en": str, "code": str}
_REQUIRED_ENTITY = ("id", "type", "name_en", "names_ar")


def read_records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank, non-comment line; malformed JSON raises with file:line."""
    out: list[tuple[int, dict[str, Any]]] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read ({exc})") from exc
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(f"{path}:{n}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(obj, dict):
            raise KnowledgeBaseError(f"{path}:{n}: expected a JSON object, got {type(obj).__name__}")
        out.append((n, obj))
    return out


def _check_fields(obj: dict[str, Any], spec: dict[str, Any], where: str) -> None:
    for key, value in obj.items():
        if key not in spec:
            raise KnowledgeBaseError(f"{where}: unknown field {key!r} (allowed: {', '.join(spec)})")
        if not isinstance(value, spec[key]):
            raise KnowledgeBaseError(f"{where}: field {key!r} has the wrong type ({type(value).__name__})")


def _check_strings(values: list[Any], name: str, where: str) -> None:
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise KnowledgeBaseError(f"{where}: {name} must be a list of non-empty strings")


def _check_date(value: str | None, name: str, where: str) -> None:
    if value is not None and not _DATE.match(value):
        raise KnowledgeBaseError(f"{where}: {name} {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")


def validate_entity(obj: dict[str, Any], where: str, partial: bool = False) -> None:
    """Raise KnowledgeBaseError (with ``where`` = file:line) if an entity record is malformed."""
    _check_fields(obj, _ENTITY_FIELDS, where)
    if "id" not in obj or not obj["id"].strip():
        raise KnowledgeBaseError(f"{where}: missing 'id'")
    if not partial:
        missing = [k for k in _REQUIRED_ENTITY if k not in obj]
        if missing:
            raise KnowledgeBaseError(f"{where}: entity {obj['id']!r} is missing {', '.join(missing)}")
    if "type" in obj and obj["type"] not in ENTITY_TYPES:
        raise KnowledgeBaseError(f"{where}: type {obj['type']!r} is not one of {', '.join(ENTITY_TYPES)}")
    if "names_ar" in obj:
        if not obj["names_ar"]:
            raise KnowledgeBaseError(f"{where}: names_ar is empty")
        _check_strings(obj["names_ar"], "names_ar", where)
    if "adjectives" in obj:
        _check_strings(obj["adjectives"], "adjectives", where)
    for axis, limit in (("lat", 90), ("lon", 180)):
        v = obj.get(axis)
        if v is not None and not -limit <= v <= limit:
            raise KnowledgeBaseError(f"{where}: {axis} {v} is out of range")
    for i, role in enumerate(obj.get("roles", [])):
        rw = f"{where}: roles[{i}]"
        if not isinstance(role, dict):
            raise KnowledgeBaseError(f"{rw}: expected an object")
        _check_fields(role, _ROLE_FIELDS, rw)
        for k in ("office", "title_en", "code"):
            if k not in role:
                raise KnowledgeBaseError(f"{rw}: missing {k!r}")
        _check_date(role.get("start"), "start", rw)
        _check_date(role.get("end"), "end", rw)


def validate_office(obj: dict[str, Any], where: str, partial: bool = False) -> None:
    """Raise KnowledgeBaseError if an office record is malformed."""
    _check_fields(obj, _OFFICE_FIELDS, where)
    if "key" not in obj:
        raise KnowledgeBaseError(f"{where}: missing 'key'")
    if not partial:
        missing = [k for k in _OFFICE_FIELDS if k not in obj]
        if missing:
            raise KnowledgeBaseError(f"{where}: office {obj['key']!r} is missing {', '.join(missing)}")
    if "titles_ar" in obj:
        _check_strings(obj["titles_ar"], "titles_ar", where)


def pad_date(value: str | None, end: bool = False) -> str | None:
    """Pad YYYY / YYYY-MM to a full ISO date: the first day of the period, or its last day if ``end``."""
    if value is None or len(value) == 10:
        return value
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if end:
        year, month = int(value[:4]), int(value[5:7])
        days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
                31, 31, 30, 31, 30, 31][month - 1]
        return f"{value}-{days:02d}"
    return value + "-01"


def build_entity(obj: dict[str, Any]) -> Entity:
    """An Entity from a validated, complete record (role dates padded)."""
    roles = [Role(office=r["office"], title_en=r["title_en"], code=r["code"],
                  start=pad_date(r.get("start")), end=pad_date(r.get("end"), end=True))
             for r in obj.get("roles", [])]
    fields = {k: v for k, v in obj.items() if k != "roles"}
    return Entity(**fields, roles=roles)


def _collect(paths: list[Path], key: str, validate: Callable[..., None], partial: bool,
             into: dict[str, dict[str, Any]], origin: dict[str, str], merged: set[str]) -> None:
    """Merge records of ``paths`` into ``into`` (by ``key``); duplicates inside one layer are errors."""
    layer: set[str] = set()
    for path in paths:
        for n, obj in read_records(path):
            where = f"{path}:{n}"
            ident = obj.get(key)
            validate(obj, where, partial=partial and isinstance(ident, str) and ident in into)
            if ident in layer:
                raise KnowledgeBaseError(f"{where}: duplicate {key} {ident!r} (first at {origin[ident]})")
            layer.add(ident)
            if ident in into and partial:
                into[ident] = {**into[ident], **obj}
                merged.add(ident)
            else:
                into[ident] = dict(obj)
            origin[ident] = where


def load_records(base: Path, overlay: Path | None) -> tuple[dict[str, dict], dict[str, dict], dict[str, str],
                                                            set[str]]:
    """Merged entity and office records from ``base`` then ``overlay``, where each came from, and the
    ids/keys an overlay only partly overrode (they are re-validated once complete)."""
    entities: dict[str, dict] = {}
    offices: dict[str, dict] = {}
    origin: dict[str, str] = {}
    merged: set[str] = set()
    layers = [(base, False)]
    if overlay is not None:
        if not overlay.is_dir():
            raise KnowledgeBaseError(f"{overlay}: knowledge-base overlay (MARSAD_KB) is not a directory")
        layers.append((overlay, True))
    for directory, is_overlay in layers:
        files = sorted(directory.glob("*.jsonl"))
        _collect([p for p in files if p.name != OFFICES_FILE], "id", validate_entity, is_overlay,
                 entities, origin, merged)
        _collect([p for p in files if p.name == OFFICES_FILE], "key", validate_office, is_overlay,
                 offices, origin, merged)
    return entities, offices, origin, merged


def build(entities: dict[str, dict], offices: dict[str, dict], origin: dict[str, str],
          merged: set[str]) -> tuple[dict[str, Entity], dict[str, Office]]:
    """Dataclasses from merged records; a record completed by an overlay is re-validated in full."""
    ents: dict[str, Entity] = {}
    for ident, obj in entities.items():
        if ident in merged:
            validate_entity(obj, origin[ident])
        ents[ident] = build_entity(obj)
    offs: dict[str, Office] = {}
    for key, obj in offices.items():
        if key in merged:
            validate_office(obj, origin[key])
        offs[key] = Office(**obj)
    return ents, offs
