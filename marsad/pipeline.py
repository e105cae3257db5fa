"""The analysis pipeline: an ordered list of named stages, each ``Document -> Document``.

Stages are looked up lazily so that a missing optional stage never breaks the
ones before it; the CLI, API and Dask jobs all call :func:`analyze_document`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from marsad.model import Document

Stage = Callable[[Document], Document]

# name -> "module:function"; order matters (each stage reads what earlier ones set).
STAGES: list[tuple[str, str]] = [
    ("segment", "marsad.text.segment:segment_document"),
    ("entities", "marsad.analyze.entities:recognize_document"),
    ("dates", "marsad.analyze.time:date_document"),
    ("events", "marsad.analyze.events:extract_document"),
    ("framing", "marsad.analyze.framing:frame_document"),
]

_cache: dict[str, Stage | None] = {}


def get_stage(name: str) -> Stage | None:
    """The stage function by name, or None when that stage is not available."""
    if name not in _cache:
        target = dict(STAGES)[name]
        mod, _, fn = target.partition(":")
        try:
            _cache[name] = getattr(importlib.import_module(mod), fn)
        except (ImportError, AttributeError):
            _cache[name] = None
    return _cache[name]


def analyze_document(doc: Document, *, stages: list[str] | None = None) -> Document:
    """Run the analysis stages (all by default) over a cleaned document."""
    for name, _ in STAGES:
        if stages is not None and name not in stages:
            continue
        fn = get_stage(name)
        if fn is not None:
            doc = fn(doc)
    return doc
