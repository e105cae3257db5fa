"""Script and language checks: Arabic letter share, Arabic marker words, English function words.

Used twice: to choose between code pages (the right one yields Arabic words,
the wrong one mojibake) and to label a cleaned document's language.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from marsad.ingest import settings

# Runs of letters: counted as ``len(text) - len(runs removed)``, a third of the cost of a list of matches.
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]+")
_WORD = re.compile(r"[^\W\d_]+")
# Enough text to judge a page's code page; scoring more only costs time.
_SAMPLE_CHARS = 20_000
# Enough text to judge a cleaned body's language.
_LANGUAGE_SAMPLE_CHARS = 4_000


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str] | tuple[str, ...]]:
    raw = json.loads((resources.files("marsad.ingest") / "data" / "language.json").read_text(encoding="utf-8"))
    return {
        "arabic_words": frozenset(raw["arabic_words"]),
        "arabic_prefixes": tuple(raw["arabic_prefixes"]),
        "english_words": frozenset(raw["english_words"]),
    }


def arabic_letter_share(text: str, *, sample_chars: int = _SAMPLE_CHARS) -> float:
    """Share of Arabic letters among all Arabic and Latin letters (0 when there are none)."""
    sample = text[:sample_chars]
    ar = len(sample) - len(_ARABIC_LETTER.sub("", sample))
    lat = len(sample) - len(_LATIN_LETTER.sub("", sample))
    return ar / (ar + lat) if ar + lat else 0.0


def arabic_marker_share(text: str) -> float:
    """Share of words that are common Arabic function words or carry the article (ال): high for real Arabic, ~0 for mojibake."""
    words = _WORD.findall(text[:_SAMPLE_CHARS])
    if not words:
        return 0.0
    lex = _lexicon()
    hits = sum(1 for w in words if w in lex["arabic_words"] or w.startswith(lex["arabic_prefixes"]))
    return hits / len(words)


def english_word_share(text: str) -> float:
    """Share of words that are English function words."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if not words:
        return 0.0
    eng = _lexicon()["english_words"]
    return sum(1 for w in words if w in eng) / len(words)


def detect_language(text: str) -> str:
    """'ar' when Arabic letters dominate, 'en' for English, 'und' for other or no text."""
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    if arabic_letter_share(sample) >= settings.ARABIC_LANGUAGE_SHARE:
        return "ar"
    if english_word_share(sample) >= settings.ENGLISH_WORD_SHARE:
        return "en"
    return "und"
