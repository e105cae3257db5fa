"""Nisba adjectives: generate every inflected form of a base (سوري → السوريين) and strip clitics."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

_RULES_FILE = Path(__file__).resolve().parent / "data" / "inflection.json"


@lru_cache(maxsize=1)
def _rules() -> dict:
    with open(_RULES_FILE, encoding="utf-8") as fh:
        return json.load(fh)


def inflect(base: str) -> list[str]:
    """All normalized inflections of a base nisba (gender, number, dual), without the article.

    A two-word base (كوري شمالي، جنوب أفريقي) inflects each of its ي-final words with the same ending
    and keeps the others (جنوب): كوريين شماليين، جنوب أفريقيين.
    """
    words = normalize(base).split()
    if len(words) == 1:
        return [words[0] + suffix for suffix in _rules()["suffixes"]]
    return [" ".join(w + suffix if w.endswith("ي") else w for w in words) for suffix in _rules()["suffixes"]]


def strip_candidates(word: str) -> list[str]:
    """Possible bare forms of a normalized word once و/ف, ب/ل/ك and ال are peeled off (longest first)."""
    rules = _rules()
    art = rules["article"]
    out: list[str] = []
    heads = [word]
    if len(word) > 3 and word[0] in rules["proclitics"]:
        heads.append(word[1:])
    for head in heads:
        out.append(head)
        if head.startswith(art):
            out.append(head[len(art):])
        if len(head) > 3 and head[0] in rules["prepositions"]:
            rest = head[1:]
            out.append(rest)
            if rest.startswith(art):
                out.append(rest[len(art):])
            if head[0] == "ل" and rest.startswith("ل"):
                # لل = لِ + ال (the alef drops): للسوريين, and للبنانيين where the stem starts with ل
                out.append(rest[1:])
                out.append(rest)
    seen: set[str] = set()
    return [c for c in out if c and not (c in seen or seen.add(c))]
