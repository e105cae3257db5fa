"""A sentence as a sequence of words (punctuation split off) with normalized and clitic-stripped forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.analyze.entities.crf import propagation_key
from marsad.analyze.entities.features import norm_word, strip_clitics
from marsad.text.memo import Memo
from marsad.text.tokens import is_protected, split_words

_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u065f\u0670\u0640\u200c\u200d")


_norm = norm_word  # one cache of word → matching form, shared with the CRF features


@lru_cache(maxsize=100_000)
def _is_punct(word: str) -> bool:
    """True for a word with no letter or digit (most words settle it at their first character)."""
    return not (word[:1].isalnum() or any(c.isalnum() for c in word))


def _forms(word: str) -> tuple[str, str, bool, str, str]:
    """(normalized, clitic-stripped, punctuation-only, propagation key, the word) forms of one word.

    One record per distinct word, so each sentence costs one memo lookup per word whatever
    the number of forms the recognizer reads. The word itself comes last: a sentence's words
    are then the memo's own string objects, which later lookups keyed by them find by identity.
    """
    norm = _norm(word)
    return norm, strip_clitics(norm), _is_punct(word), propagation_key(word), word


FORMS_GENERATION = 150_000  # words per generation of the memo below (at most twice as many kept)
_FORMS: Memo[str, tuple[str, str, bool, str, str]] = Memo(_forms, FORMS_GENERATION)


def word_forms(word: str) -> tuple[str, str, bool, str]:
    """The shared per-word record (``norm_word``, ``strip_clitics`` of it, punctuation-only, propagation key).

    Computed once per distinct word for every sentence the recognizer reads; the CRF
    features can read the same record instead of their own caches of the same forms.
    """
    return (_FORMS.young.get(word) or _FORMS(word))[:4]  # type: ignore[return-value]


@dataclass
class WordSeq:
    """Words of one sentence: raw text, absolute offsets, normalized and stripped forms."""

    text: str
    offset: int
    spans: list[tuple[int, int]] = field(default_factory=list)  # absolute offsets
    raw: list[str] = field(default_factory=list)
    norm: list[str] = field(default_factory=list)
    strip: list[str] = field(default_factory=list)
    punct: list[bool] = field(default_factory=list)
    sentence: int | None = None  # index of the sentence in its document, when known
    prop: list[str] = field(default_factory=list)  # propagation key per word (``crf.propagation_key``)

    def __post_init__(self) -> None:
        if not self.punct:
            self.punct = [_is_punct(w) for w in self.raw]
        if not self.prop:
            self.prop = [propagation_key(w) for w in self.raw]

    @classmethod
    def of(cls, text: str, offset: int = 0) -> WordSeq:
        """Split ``text`` (which starts at absolute ``offset``) into words."""
        raw, starts, ends = split_words(text, offset)  # WORD_RE's matches, without a match object each
        spans = list(zip(starts, ends, strict=True))
        forms = _FORMS.many(raw)
        if not forms:
            return cls(text, offset, spans, raw, [], [], [])
        norm, strip, punct, prop, words = zip(*forms, strict=True)
        return cls(text, offset, spans, list(words), list(norm), list(strip), list(punct), prop=list(prop))

    @classmethod
    def from_tokens(cls, tokens: list[str]) -> WordSeq:
        """A sequence over given tokens (CoNLL input), as if joined by single spaces."""
        spans = []
        pos = 0
        for t in tokens:
            spans.append((pos, pos + len(t)))
            pos += len(t) + 1
        norm = [_norm(w) for w in tokens]
        return cls(" ".join(tokens), 0, spans, list(tokens), norm, [strip_clitics(n) for n in norm])

    def __len__(self) -> int:
        return len(self.raw)

    def char_after_letters(self, i: int, k: int) -> int:
        """Absolute offset in word ``i`` after its first ``k`` letters (diacritics skipped)."""
        s, e = self.spans[i]
        w = self.raw[i]
        pos = 0
        seen = 0
        while pos < len(w) and seen < k:
            if w[pos] not in _MARKS:
                seen += 1
            pos += 1
        while pos < len(w) and w[pos] in _MARKS:
            pos += 1
        return min(s + pos, e)

    def is_punct(self, i: int) -> bool:
        """True for punctuation-only words."""
        return self.punct[i]


@lru_cache(maxsize=300_000)
def first_word_variants(norm: str) -> tuple[tuple[str, int], ...]:
    """Forms of a word once proclitics are peeled (و، ف، ب، ل، ك، لل→ال) with the letters removed."""
    out = [(norm, 0)]
    heads = [(norm, 0)]
    if len(norm) > 3 and norm[0] in "وف" and not is_protected(norm):
        heads.append((norm[1:], 1))
    for h, k in heads:
        if k:
            out.append((h, k))
        if len(h) > 3 and h[0] in "بلك" and h[1:3] == "ال":
            out.append((h[1:], k + 1))
        elif len(h) > 3 and h.startswith("لل"):
            out.append(("ا" + h[1:], k + 2))  # لل: both ل are skipped in the span (للكاظمي → كاظمي)
            if len(h) > 4:  # ل + ال + a word in ل writes two lams, not three: للجنة = ل + اللجنة, للاذقية
                out.append(("ال" + h[1:], k + 1))
    return tuple(out)
