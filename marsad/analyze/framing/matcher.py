"""Find lexicon terms in text, inflection- and clitic-aware, with offsets into the original.

Words are compared on normalized forms (``normalize_keep_length`` keeps offsets)
after peeling proclitics (و ف ب ل ك ال) and common suffixes (plural, dual,
feminine, nisba, pronouns, accusative «ـاً»), so «للنظام» matches «النظام», «والميليشيات» matches
«الميليشيات» and «الجيشين» matches «الجيش». Punctuation and quotes between the
words of a multi-word term are skipped («ميليشيا “الحشد الشعبي”»).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.text.memo import Memo
from marsad.text.normalize import PLACEHOLDER, normalize, normalize_keep_length

_WORD = re.compile(r"[\w" + PLACEHOLDER + r"]+")
_GROUP = re.Match.group
# What may stand between two words of one term: spaces, quotes, brackets, hyphens.
_GAP = re.compile(r"^[\s\"'«»“”„‘’()\[\]\-–—_/]*$")

_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك")
# «ا» is the accusative tanween's alef: «هجوماً إرهابياً», «متشدداً», «حراكاً شعبياً».
# No nisba endings («ية», «يون»): «القوات النظامية» (regular forces) is not «قوات النظام».
_SUFFIXES = ("ات", "ون", "ين", "ان", "ه", "ي", "ها", "هم", "هما", "هن", "كم", "نا", "ا")
MIN_STEM = 2
MEMO_GENERATION = 100_000  # distinct words per generation of a matcher's memo (at most twice as many kept)
_MATCHERS: weakref.WeakSet[TermMatcher] = weakref.WeakSet()  # live matchers, so a batch worker can empty their memos


def clear_memos() -> int:
    """Empty every live matcher's per-word memo (a pure cache: speed changes, matches never); entries dropped."""
    dropped = 0
    for m in list(_MATCHERS):
        dropped += len(m._memo)
        m._memo.clear()
    return dropped


def _by_edge(affixes: tuple[str, ...], edge: int) -> dict[str, tuple[str, ...]]:
    """Affixes grouped by their first (``edge=0``) or last (``edge=-1``) letter, in list order."""
    out: dict[str, tuple[str, ...]] = {}
    for a in affixes:
        out[a[edge]] = (*out.get(a[edge], ()), a)
    return out


# Only affixes starting (ending) with the word's first (last) letter can match: same output, fewer tests.
_PROCLITICS_BY_FIRST = _by_edge(_PROCLITICS, 0)
_SUFFIXES_BY_LAST = _by_edge(_SUFFIXES, -1)


def _peel_prefix(w: str) -> list[str]:
    out = [w]
    for p in _PROCLITICS_BY_FIRST.get(w[:1], ()):
        if w.startswith(p) and len(w) - len(p) >= MIN_STEM:
            out.append(w[len(p):])
            if p.endswith("لل"):  # للنظام = ل + النظام
                out.append("ال" + w[len(p):])
    return out


def _peel_suffix(w: str) -> list[str]:
    out = [w]
    for s in _SUFFIXES_BY_LAST.get(w[-1:], ()):
        if w.endswith(s) and len(w) - len(s) >= MIN_STEM:
            out.append(w[: -len(s)])
    return out


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> dict[str, int]:
    """Every form a normalized word could be a variant of, with how much was peeled to reach it.

    Cached: news vocabulary is Zipfian, so most words are seen before (callers must not mutate).
    """
    word = word.replace(PLACEHOLDER, "")
    keys: dict[str, int] = {}
    for i, a in enumerate(_peel_prefix(word)):
        for j, b in enumerate(_peel_suffix(a)):
            cost = (i > 0) + (j > 0)
            for k in ((b[2:],) if b.startswith("ال") and len(b) > 3 else ()) + (b,):
                if k not in keys or keys[k] > cost:
                    keys[k] = cost
    return keys


# A lexicon word written in the plural also matches its singular and other plurals.
_TERM_PLURALS = ("ين", "ون", "ات")


def term_key(word: str) -> str:
    """The canonical key of one word of a lexicon term: no ال, no sound-plural ending."""
    w = normalize(word)
    if w.startswith("ال") and len(w) > 3:
        w = w[2:]
    for s in _TERM_PLURALS:
        if w.endswith(s) and len(w) - len(s) >= 3:
            return w[: -len(s)]
    return w


@dataclass(frozen=True)
class Match:
    """One occurrence of a term: offsets into the original text."""

    start: int
    end: int
    term: str
    payload: list[object]


class TermMatcher:
    """Matches many multi-word terms in one left-to-right pass (longest match wins)."""

    def __init__(self, terms: Iterable[tuple[str, object]]) -> None:
        # Terms whose words reduce to the same keys are one entry: first spelling names it, payloads merge.
        entries: dict[tuple[str, ...], tuple[str, list[object]]] = {}
        for term, payload in terms:
            words = [w for w in re.split(r"[\s\"'«»“”()\-]+", term) if w]
            if not words:
                continue
            keys = tuple(term_key(w) for w in words)
            name, payloads = entries.setdefault(keys, (term, []))
            items = payload if isinstance(payload, list) else [payload]
            payloads.extend(p for p in items if p not in payloads)
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, list[object]]]] = {}
        for keys, (name, payloads) in entries.items():
            self._by_first.setdefault(keys[0], []).append((keys, name, payloads))
        for lst in self._by_first.values():
            lst.sort(key=lambda x: -len(x[0]))
        # word → (its keys, the entries that can start at it, in key order); bounded two-generation memo
        self._memo: Memo[str, tuple[dict[str, int], tuple[tuple[tuple[str, ...], str, list[object]], ...]]] = Memo(
            self._word_info, MEMO_GENERATION)
        _MATCHERS.add(self)

    def _word_info(self, word: str) -> tuple[dict[str, int], tuple[tuple[tuple[str, ...], str, list[object]], ...]]:
        """The keys of a folded word and the terms whose first word it can be."""
        keys = word_keys(word)
        by_first = self._by_first
        return keys, tuple(entry for key in keys for entry in by_first.get(key, ()))

    def _word(self, word: str) -> tuple[dict[str, int], tuple[tuple[tuple[str, ...], str, list[object]], ...]]:
        """The keys of a folded word and the terms whose first word it can be (memoized)."""
        return self._memo(word)

    def find(self, text: str) -> list[Match]:
        """All non-overlapping matches in ``text``, leftmost-longest."""
        folded = normalize_keep_length(text)
        found = list(_WORD.finditer(folded))
        words = list(map(_GROUP, found))
        infos = list(map(self._memo.young.get, words))  # the memo's fast path; misses computed below
        if None in infos:
            info = self._memo
            infos = [inf or info(w) for w, inf in zip(words, infos, strict=True)]
        out: list[Match] = []
        # Only words some term can start at are tried (most words start none); a match skips its words.
        cands = [k for k, inf in enumerate(infos) if inf[1]]
        if not cands:
            return out
        i = 0
        for at in cands:
            if at < i:
                continue
            i = at
            starts = infos[i][1]
            # Longest term first; then the reading that peeled least; then the longest keys.
            best: tuple[int, int, int, str, object] | None = None
            for keys, term, payload in starts:
                if best is not None and len(keys) < best[0]:
                    continue
                cost = self._match_at(found, infos, i, keys, folded)
                if cost is None:
                    continue
                chars = sum(map(len, keys))
                if best is None or (len(keys), -cost, chars) > (best[0], -best[1], best[2]):
                    best = (len(keys), cost, chars, term, payload)
            if best is None:
                continue
            length, _, _, term, payload = best
            out.append(Match(found[i].start(), found[i + length - 1].end(), term, payload))
            i += length
        return out

    @staticmethod
    def _match_at(found: list[re.Match[str]], infos: list[tuple[dict[str, int], object]], i: int,
                  keys: tuple[str, ...], folded: str) -> int | None:
        """The total peeling cost when ``keys`` match the words from ``i`` on, else None."""
        if i + len(keys) > len(found):
            return None
        cost = 0
        for j, key in enumerate(keys):
            c = infos[i + j][0].get(key)
            if c is None:
                return None
            if j and not _GAP.match(folded[found[i + j - 1].end(): found[i + j].start()]):
                return None
            cost += c
        return cost
