"""Tokenization with conservative clitic segmentation; every token keeps offsets into the original text.

Clitic rule (documented because it is a trade-off for precision):
- conjunctions و/ف split when at least 3 letters remain and the word does not start with a
  protected stem (وزير، وفد، فرنسا… in ``data/clitics.json``); always split before ال (والجيش);
- prepositions ب/ل/ك split only before the article (بالعراق، للعراق = ل + ل(ال) + عراق) or in
  the closed set of preposition+pronoun words (له، بها، لهم…);
- the article ال splits when at least 2 letters remain and the word is not a listed
  non-article (الذي، الله، ألمانيا…);
- pronoun suffixes هما/هم/ها/كم split only on words without ال with at least 4 letters left
  (قواتهم → قوات + هم, but تفاهم and محاكم stay whole); ه/ي/نا split only in the
  preposition+pronoun set (كورونا، سوري stay whole); future س is not split (سيارة، سياسة).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from marsad.model import Token
from marsad.text.normalize import PRESENTATION_FORMS as _PRESENTATION
from marsad.text.normalize import normalize

_TOKEN_RE = re.compile(
    r"\d+(?:[.,٫٬]\d+)*"  # numbers, with decimal/thousand separators
    r"|[^\W\d_][\w\u064b-\u065f\u0670\u0640\u200c\u200d]*"  # words (letters, then letters/marks/digits)
    r"|\S"  # any other visible character is a one-char token
)
_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u065f\u0670\u0640\u200c\u200d")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SUFFIXES = ("هما", "هم", "ها", "كم")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str] | tuple[str, ...]]:
    data = json.loads(resources.files("marsad.text").joinpath("data/clitics.json").read_text(encoding="utf-8"))
    return {
        "protect": tuple(data["protect_conj"]),
        "not_article": frozenset(data["not_article"]),
        "prep_pronoun": frozenset(data["prep_pronoun"]),
    }


def is_protected(word: str) -> bool:
    """True when a normalized word starting with و/ف keeps that letter (وزير، فرنسا)."""
    return word.startswith(_lexicon()["protect"])  # type: ignore[arg-type]


@lru_cache(maxsize=200_000)
def clitic_split(norm: str) -> tuple[int, ...]:
    """Cut points (in letters of the normalized, mark-free word) where clitics separate."""
    n = len(norm)
    lex = _lexicon()
    cuts: list[int] = []
    k = 0
    if n >= 2 and norm[0] in "وف":
        rest = norm[1:]
        if rest in lex["prep_pronoun"] or rest.startswith("ال") or (n - 1 >= 3 and not is_protected(norm)):
            k = 1
            cuts.append(1)
    rest = norm[k:]
    if rest in lex["prep_pronoun"]:
        cuts.append(k + 1)
        return tuple([c for c in cuts if 0 < c < n])
    article = False
    if len(rest) >= 4 and rest[0] in "بك" and rest[1:3] == "ال" and rest[1:] not in lex["not_article"]:
        cuts += [k + 1, k + 3]
        k += 3
        article = True
    elif len(rest) >= 4 and rest[0] == "ل" and rest[1:3] == "ال" and rest[1:] not in lex["not_article"]:
        cuts += [k + 1, k + 3]
        k += 3
        article = True
    elif len(rest) >= 4 and rest.startswith("لل"):
        cuts += [k + 1, k + 2]
        k += 2
        article = True
    elif len(rest) >= 4 and rest.startswith("ال") and rest not in lex["not_article"]:
        cuts.append(k + 2)
        k += 2
        article = True
    if not article and norm.endswith(_SUFFIXES):
        for suf in _SUFFIXES:
            if norm.endswith(suf) and n - len(suf) - k >= 4:
                cuts.append(n - len(suf))
                break
    return tuple([c for c in cuts if 0 < c < n])


_norm = lru_cache(maxsize=300_000)(normalize)
normalize_cached = _norm  # one cache of word → ``normalize`` for the tokenizer and the recognizer's word forms


@lru_cache(maxsize=200_000)
def _kind(text: str) -> str:
    c = text[0]
    if not c.isalpha() and not any(ch.isalpha() for ch in text):  # a leading letter settles it (the usual case)
        return "num" if c.isdigit() else "punct"
    if c.isdigit():
        return "num"
    if _ARABIC.search(text):
        return "word"
    if _LATIN.search(text) or c.isalpha():
        return "latin"
    return "punct"


def _word_tokens(text: str) -> tuple[tuple[str, int, int, str, str], ...]:
    """Clitic pieces of one Arabic word as (text, relative start, relative end, norm, kind), built in one pass.

    Run once per distinct word (``_pieces`` caches it), but a 1,000-article sample holds ~50k
    distinct words, so this miss path is a good part of the segment stage: the unmarked word
    (letter positions are the character positions) skips the position table.
    """
    norm = _norm(text)
    n = len(text)
    if _MARKS.isdisjoint(text):  # most words: letter k is character k
        if len(norm) != n:  # presentation forms or ligatures: keep whole
            return ((text, 0, n, norm, "word"),)
        cuts = clitic_split(norm)
        if not cuts:
            return ((text, 0, n, norm, "word"),)
        bounds: tuple[int, ...] | list[int] = (0, *cuts, n)
        at = bounds
    else:
        # Positions of the letters (diacritics, tatweel and joiners skipped).
        letters = [i for i, ch in enumerate(text) if ch not in _MARKS]
        if len(norm) != len(letters):
            return ((text, 0, n, norm, "word"),)
        cuts = clitic_split(norm)
        if not cuts:
            return ((text, 0, n, norm, "word"),)
        at = (0, *cuts, len(norm))
        bounds = [0, *(letters[c] for c in cuts), n]
    # Without presentation forms each letter folds to one character on its own, so a piece's
    # normalized form is the slice of the word's between the same letters.
    sliced = not _PRESENTATION.search(text)
    last = len(bounds) - 1
    stem_j, widest = 0, -1
    for j in range(last):  # the widest piece is the stem (the first one on ties)
        if bounds[j + 1] - bounds[j] > widest:
            stem_j, widest = j, bounds[j + 1] - bounds[j]
    pieces: list[tuple[str, int, int, str, str]] = []
    prev = ""
    for j in range(last):
        a, b = bounds[j], bounds[j + 1]
        seg_norm = norm[at[j] : at[j + 1]] if sliced else _norm(text[a:b])
        if seg_norm == "ل" and prev == "ل" and j < stem_j:
            seg_norm = "ال"  # the second ل of لل is the article with its alef elided
        pieces.append((text[a:b], a, b, seg_norm, "word" if j == stem_j else "clitic"))
        prev = seg_norm
    return tuple(pieces)


def _segment_word(text: str, start: int) -> list[Token]:
    """Split one Arabic word into clitic tokens with absolute offsets."""
    return [Token(piece, start + a, start + b, norm, kind) for piece, a, b, norm, kind in _word_tokens(text)]


@lru_cache(maxsize=300_000)
def _pieces(tok: str) -> tuple[tuple[str, int, int, str, str], ...]:
    """Tokens of one regex match as (text, relative start, relative end, norm, kind), cached per string."""
    kind = _kind(tok)
    if kind == "word" and len(tok) > 2:
        return _word_tokens(tok)
    return ((tok, 0, len(tok), _norm(tok) or tok, kind),)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with clitics segmented; ``start``/``end`` are offsets into text plus ``offset``."""
    words, starts, _ = split_words(text, offset)
    return [Token(piece, s + a, s + b, norm, kind)
            for s, pieces in zip(starts, map(_pieces, words), strict=True) for piece, a, b, norm, kind in pieces]


# The token pattern as a split separator: ``split`` returns [gap, match, gap, …, gap] in one C call, and
# since every non-space character is matched (the ``\S`` branch), the gaps are exactly finditer's.
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")


def split_words(text: str, offset: int = 0) -> tuple[list[str], list[int], list[int]]:
    """(matches of ``WORD_RE``, their starts, their ends) with offsets plus ``offset``, without a match object each."""
    parts = _SPLIT_RE.split(text)
    bounds = list(accumulate(map(len, parts), initial=offset))  # word k spans bounds[2k+1]:bounds[2k+2]
    return parts[1::2], bounds[1:-1:2], bounds[2::2]


WORD_RE = _TOKEN_RE  # the words of ``words`` are this pattern's matches


def words(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Whitespace words with punctuation split off (the unit the CRF tags, as in ANERcorp)."""
    _, starts, ends = split_words(text, offset)
    return list(zip(starts, ends, strict=True))
