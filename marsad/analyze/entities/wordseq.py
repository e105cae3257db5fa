"""A sentence as a sequence of words (punctuation split off) with normalized and clitic-stripped forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.analyze.entities.features import norm_word, strip_clitics
from marsad.text.tokens import is_protected, words

_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u065f\u0670\u0640\u200c\u200d")


_norm = norm_word  # one cache of word → matching form, shared with the CRF features


@lru_cache(maxsize=100_000)
def _is_punct(word: str) -> bool:
    """True for a word with no letter or digit."""
    return not any(c.isalnum() for c in word)


_FORMS: dict[str, tuple[str, str, bool]] = {}
_FORMS_MAX = 300_000


def _forms(word: str) -> tuple[str, str, bool]:
    """(normalized, clitic-stripped, punctuation-only) forms of one word, cached."""
    norm = _norm(word)
    out = (norm, strip_clitics(norm), _is_punct(word))
    if len(_FORMS) >= _FORMS_MAX:
        _FORMS.clear()
    _FORMS[word] = out
    return out


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

    def __post_init__(self) -> None:
        if not self.punct:
            self.punct = [_is_punct(w) for w in self.raw]

    @classmethod
    def of(cls, text: str, offset: int = 0) -> WordSeq:
        """Split ``text`` (which starts at absolute ``offset``) into words."""
        spans = words(text, offset)
        raw = [text[s - offset : e - offset] for s, e in spans]
        get = _FORMS.get
        forms = [get(w) or _forms(w) for w in raw]
        return cls(text, offset, spans, raw, [f[0] for f in forms], [f[1] for f in forms], [f[2] for f in forms])

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
