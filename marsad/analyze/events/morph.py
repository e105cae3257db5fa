"""Sentence words for event matching: normalized, with clitic-stripped candidate forms.

The extractor must work on a bare sentence (no language-core output), so it tokenizes
itself on the length-keeping normalization: offsets stay valid in the original text.
Each word carries its candidate bases (conjunction/preposition/article/future prefixes
and pronoun suffixes removed), least-stripped first, so a look-up takes the first hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.text.normalize import PLACEHOLDER, normalize_keep_length

_SPLIT = re.compile(r"([\w\u0001]+)")
_DECIMAL_POINTS = frozenset({".", ",", "٫", "،"})
_PREFIXES = ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك", "فب",
             "فل", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س")
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")
# The same lists keyed by first (prefixes) / last (suffixes) letter, order kept: a word is only
# tried against the affixes that can match it (the same result, a fraction of the startswith calls).
_PREFIXES_BY_FIRST: dict[str, tuple[str, ...]] = {c: tuple(p for p in _PREFIXES if p[0] == c) for c in {p[0] for p in _PREFIXES}}
_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {c: tuple(x for x in _SUFFIXES if x[-1] == c) for c in {x[-1] for x in _SUFFIXES}}
_QUOTES = "\"'“”«»‘’()[]"  # quotes around a name do not break it: «تنظيم “داعش”»


@dataclass(slots=True)
class Word:
    """One word of a sentence with offsets into the sentence text."""

    text: str  # normalized surface
    start: int
    end: int
    gap: str  # non-space characters between the previous word and this one (punctuation)
    cands: tuple[tuple[str, str], ...]  # (base form, stripped prefix), least-stripped first
    i: int = 0
    npre: int = 0  # how many of ``cands`` strip prefixes only (actor names never carry pronoun suffixes)
    bases: tuple[str, ...] = ()  # the candidate forms alone
    bset: frozenset[str] = frozenset()  # the same as a set, plus the surface form, for membership tests
    # short vowels written on the word, as (letter index, mark): «قُتل» has a damma on letter 0,
    # «صحفياً» a fathatan on its last letter; empty for the usual undotted text
    marks: tuple[tuple[int, str], ...] = ()


def _suffix_variants(w: str) -> list[str]:
    out: list[str] = []
    for s in _SUFFIXES_BY_LAST.get(w[-1:], ()):
        if w.endswith(s) and len(w) - len(s) >= 3:
            stem = w[: -len(s)]
            out.append(stem)
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ه")
            if stem.endswith("ي"):
                out.append(stem[:-1] + "ء")
    if w.endswith("ا") and len(w) >= 5:
        out.append(w[:-1])
        if w.endswith("تا"):  # «ناقلتا نفط»: a construct dual drops its «ن»; the noun is «ناقلة»
            out.append(w[:-2] + "ه")
    if w.endswith("اي") and len(w) >= 5:
        out.append(w[:-1] + "ء")
    return out


@lru_cache(maxsize=300_000)
def candidates(word: str) -> tuple[tuple[str, str], ...]:
    """Candidate bases of a normalized word, least stripped first (article always stripped)."""
    seen: dict[str, str] = {}

    def add(form: str, prefix: str) -> None:
        if form and form not in seen:
            seen[form] = prefix

    def add_with_article(form: str, prefix: str) -> None:
        if form.startswith("ال") and len(form) > 3:
            add(form[2:], prefix + "ال")
        add(form, prefix)

    add_with_article(word, "")
    for p in _PREFIXES_BY_FIRST.get(word[:1], ()):
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            if p.endswith("ال") or p == "لل":
                add(rest, p)
                add("ال" + rest if p == "لل" else rest, p)
            else:
                add_with_article(rest, p)
    firsts = list(seen.items())
    for form, prefix in firsts:
        for v in _suffix_variants(form):
            add(v, prefix)
    return tuple(seen.items())


@lru_cache(maxsize=300_000)
def prefix_count(word: str) -> int:
    """How many leading candidates of ``word`` come from prefix stripping alone."""
    seen = {word}
    if word.startswith("ال") and len(word) > 3:
        seen.add(word[2:])
    for p in _PREFIXES_BY_FIRST.get(word[:1], ()):
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            seen.add(rest)
            if p == "لل":
                seen.add("ال" + rest)  # the same forms ``candidates`` adds, so «لليبيا» keeps «ليبيا» after them
            if rest.startswith("ال") and len(rest) > 3:
                seen.add(rest[2:])
    return sum(1 for c, _ in candidates(word) if c in seen)


_WORD_INFO: dict[str, tuple[tuple[tuple[str, str], ...], int, tuple[str, ...], frozenset[str]]] = {}
_WORD_INFO_MAX = 300_000


def _word_info(w: str) -> tuple[tuple[tuple[str, str], ...], int, tuple[str, ...], frozenset[str]]:
    """(candidates, prefix-only count, candidate forms, their set with the surface) of a word (memoized)."""
    info = _WORD_INFO.get(w)
    if info is None:
        if len(_WORD_INFO) >= _WORD_INFO_MAX:
            _WORD_INFO.clear()
        info = _WORD_INFO[w] = _compute_word_info(w)
    return info


# names whose first letter reads as a clitic: «قاعدة الملك فيصل» is no «ف + يصل» (arrives)
WHOLE_NAMES = frozenset({"فيصل"})


def _compute_word_info(w: str) -> tuple[tuple[tuple[str, str], ...], int, tuple[str, ...], frozenset[str]]:
    if w.isdigit() or w in WHOLE_NAMES:
        cands: tuple[tuple[str, str], ...] = ((w, ""),)
        npre = 1
    else:
        cands = candidates(w)
        npre = prefix_count(w)
    bases = tuple(c for c, _ in cands)
    return cands, npre, bases, frozenset(bases) | {w}


_VOWELS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650")  # tanwin and short vowels (not shadda, sukun)


def _marks(raw: str, fold: str) -> tuple[tuple[int, str], ...]:
    """The short vowels and tanwin of a raw word, each with the index of the letter it sits on."""
    out: list[tuple[int, str]] = []
    n = -1
    for ch, f in zip(raw, fold, strict=False):
        if ch in _VOWELS:
            out.append((max(n, 0), ch))
        elif f != PLACEHOLDER:
            n += 1
    return tuple(out)


def words(text: str, offset: int = 0, folded: str | None = None) -> list[Word]:
    """Words of ``text`` (offsets shifted by ``offset``) with candidates and punctuation gaps.

    ``folded``: ``normalize_keep_length(text)`` when the caller has it already (a slice of the
    folded document body: the folding is per character, so slicing commutes with it).
    """
    if folded is None:
        folded = normalize_keep_length(text)
    out: list[Word] = []
    append = out.append
    info = _WORD_INFO
    parts = _SPLIT.split(folded)  # [gap, word, gap, word, …, gap]: offsets by running length
    pos = len(parts[0])
    prev_end = 0
    n = 0
    for k in range(1, len(parts), 2):
        w = parts[k]
        start = pos
        end = pos = start + len(w)
        pos += len(parts[k + 1])
        marks: tuple[tuple[int, str], ...] = ()
        if PLACEHOLDER in w:
            marks = _marks(text[start:end], w)
            w = w.replace(PLACEHOLDER, "")
            if not w:
                continue
        gap = folded[prev_end:start] if start > prev_end else ""
        if gap:
            gap = "" if gap == " " else gap.strip().strip(_QUOTES)
            if gap in _DECIMAL_POINTS and w.isdigit() and out and out[-1].text.isdigit() and \
                    out[-1].end - offset == start - 1:
                gap = ""  # «1.2 مليار», «3,5 مليون»: a decimal point, no clause break
        prev_end = end
        cands, npre, bases, bset = info.get(w) or _word_info(w)
        append(Word(w, start + offset, end + offset, gap, cands, n, npre, bases, bset, marks))
        n += 1
    return out
