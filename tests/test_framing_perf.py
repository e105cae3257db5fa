"""Speed-ups of the framing matcher that must not change a match: affix peeling by edge letter, the word memo."""

from __future__ import annotations

import pytest

from marsad.analyze.framing import find_terms, get_lexicon, matcher
from marsad.text.memo import Memo

WORDS = ["للنظام", "والميليشيات", "الجيشين", "هجوماً", "بالمسلحين", "فلسطينيون", "قواتهم", "كالعادة", "ولهما", "ا", "ال"]

TEXT = ("شنت الميليشيات المسلحة هجوماً على مواقع للجيش قرب الحدود، وقال مسؤول إن قواتهم صدت الهجوم "
        "الإرهابي، فيما دعت منظمات حقوقية إلى حماية المدنيين وفتح ممرات إنسانية.")


def _peel_prefix_reference(w: str) -> list[str]:
    out = [w]
    for p in matcher._PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= matcher.MIN_STEM:
            out.append(w[len(p):])
            if p.endswith("لل"):
                out.append("ال" + w[len(p):])
    return out


def _peel_suffix_reference(w: str) -> list[str]:
    return [w] + [w[: -len(s)] for s in matcher._SUFFIXES if w.endswith(s) and len(w) - len(s) >= matcher.MIN_STEM]


@pytest.mark.parametrize("word", WORDS)
def test_peeling_by_edge_letter_gives_the_full_scan_in_order(word: str) -> None:
    # the order matters: it orders a word's keys, which orders the candidate terms on ties
    assert matcher._peel_prefix(word) == _peel_prefix_reference(word)
    assert matcher._peel_suffix(word) == _peel_suffix_reference(word)


def test_memo_turnover_changes_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = find_terms(TEXT)
    assert expected, "the text holds framing terms"
    m = get_lexicon().matcher
    monkeypatch.setattr(m, "_memo", Memo(m._word_info, 3))  # a new generation every three words
    assert find_terms(TEXT) == expected
    assert len(m._memo) <= 6
