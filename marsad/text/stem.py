"""Fast cached Arabic stemming (PyStemmer's Snowball Arabic) for fuzzy matching and CRF features."""

from __future__ import annotations

from functools import lru_cache

import Stemmer

_STEMMER = Stemmer.Stemmer("arabic")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball Arabic stem of one word (cached; the stemmer itself is not thread-safe-free of cost)."""
    if not word:
        return ""
    return _STEMMER.stemWord(word)
