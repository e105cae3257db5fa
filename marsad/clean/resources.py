"""Word lists of the cleaner, loaded once from ``marsad/clean/data/*.json``, and the folding used to match them."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from marsad.text.normalize import normalize

# Leading list markers ("1.", "2)", "•", "-", "*") and surrounding punctuation are not words.
_LIST_MARKER = re.compile(r"^\s*(?:[\d\u0660-\u0669]{1,2}\s*[.)\-]\s+|[•·*▪►◄»«\-–—|×☰≡]+\s*)")
_PUNCT = re.compile(r"[^\w\s*]+")


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed JSON data file ``marsad/clean/data/<name>.json``."""
    path = resources.files("marsad.clean") / "data" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Matching form of a line: Arabic-normalized, lower-cased, list markers and punctuation removed."""
    text = normalize(text).lower()
    text = _LIST_MARKER.sub("", text)
    text = _PUNCT.sub(" ", text).replace("_", " ")
    return " ".join(text.split())  # whitespace runs → one space, trimmed (str.split and \s agree)


@cache
def folded_list(name: str, key: str) -> tuple[str, ...]:
    """A word list from a data file, folded, longest first (so longer phrases win)."""
    items = {fold(x) for x in load(name)[key]}
    items.discard("")
    return tuple(sorted(items, key=len, reverse=True))


@cache
def folded_set(name: str, key: str) -> frozenset[str]:
    """A word list from a data file as a set of folded entries."""
    return frozenset(folded_list(name, key))
