"""Normalization for matching and indexing only — never for display.

Two flavours:
- :func:`normalize` folds aggressively (alef/hamza forms, ى→ي, ة→ه, diacritics,
  tatweel, digits, invisible marks removed) and may change the length.
- :func:`normalize_keep_length` folds character by character and keeps the
  length, so an offset in the folded string is the same offset in the original.
"""

from __future__ import annotations

import re
import unicodedata

# Diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel.
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u065f\u0670"
_TATWEEL = "\u0640"
# Invisible characters kept out of matching: zero-width, bidi controls, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

_LETTER_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ي": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك", "ڪ": "ك",
    "ۀ": "ه", "ہ": "ه", "ھ": "ه",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}

# Same-length table: one char -> one char ("" for chars that are dropped in ``normalize``
# become a placeholder that is stripped there but kept here as a space-free marker).
_KEEP_TABLE: dict[int, str] = {}
for _k, _v in {**_LETTER_MAP, **_DIGITS}.items():
    _KEEP_TABLE[ord(_k)] = _v
for _c in _SPACES:
    _KEEP_TABLE[ord(_c)] = " "
_KEEP_TABLE[ord("\u060c")] = "،"  # keep Arabic comma as is

_DROP_TABLE = dict(_KEEP_TABLE)
for _c in _DIACRITICS + _TATWEEL + _INVISIBLE:
    _DROP_TABLE[ord(_c)] = None  # type: ignore[assignment]

_PLACEHOLDER = "\u0001"
_KEEP_DROP_TABLE = dict(_KEEP_TABLE)
for _c in _DIACRITICS + _TATWEEL + _INVISIBLE:
    _KEEP_DROP_TABLE[ord(_c)] = _PLACEHOLDER

# The same folds as (source character, replacement) pairs. ``str.translate`` looks every character up
# in its table (~40 ns each); past about 50 characters a ``str.replace`` per folded character that
# occurs is faster (a body: ~5x). No replacement is itself folded, so the order of the pairs is free.
_KEEP_PAIRS = tuple((chr(k), v) for k, v in _KEEP_DROP_TABLE.items() if chr(k) != v)
_DROP_PAIRS = tuple((chr(k), v or "") for k, v in _DROP_TABLE.items() if chr(k) != v)
_REPLACE_FROM = 48  # characters: shorter strings go through ``str.translate``

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")

# ``_DROP_TABLE`` with each presentation form mapped to its NFKC unfolding, itself folded: for a short
# text one ``translate`` then does what ``fold_presentation_forms`` and ``translate`` did in turn (both
# act character by character), without the regex search that every word paid.
_FOLD_TABLE: dict[int, str | None] = dict(_DROP_TABLE)
for _cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)):
    _unfolded = unicodedata.normalize("NFKC", chr(_cp))
    if _unfolded != chr(_cp):
        _FOLD_TABLE[_cp] = _unfolded.translate(_DROP_TABLE)


def fold_presentation_forms(text: str) -> str:
    """Replace Arabic presentation forms (U+FB50–FDFF, FE70–FEFC) by base letters (NFKC on them only)."""
    if not _PRESENTATION.search(text):
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """The folds of ``pairs`` applied to a long text by one ``str.replace`` per folded character present."""
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


def normalize(text: str) -> str:
    """Fold for matching: hamza/alef forms, ى/ي, ة/ه, diacritics, tatweel, digits, spaces, invisibles."""
    # Runs of whitespace become one space, ends trimmed: ``str.split`` and ``\s`` agree on what is a space.
    if len(text) < _REPLACE_FROM:
        text = text.translate(_FOLD_TABLE)
    else:
        text = _replace_all(fold_presentation_forms(text), _DROP_PAIRS)
    return " ".join(text.split())


def normalize_keep_length(text: str) -> str:
    """Fold character by character, same length as the input.

    Diacritics, tatweel and invisible marks become U+0001 so offsets stay valid;
    matchers treat U+0001 as part of the surrounding word.
    """
    if len(text) < _REPLACE_FROM:
        return text.translate(_KEEP_DROP_TABLE)
    return _replace_all(text, _KEEP_PAIRS)


PLACEHOLDER = _PLACEHOLDER
PRESENTATION_FORMS = _PRESENTATION  # Arabic presentation forms, which NFKC may unfold into several characters
