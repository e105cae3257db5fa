"""Speed-ups of the language core that must not change a character: the folding paths and the two-generation memo."""

from __future__ import annotations

import importlib
import re

import pytest

from marsad.text.memo import Memo

NORM = importlib.import_module("marsad.text.normalize")  # the module: ``marsad.text.normalize`` is also the function
_WS = re.compile(r"\s+")

SENTENCES = [
    "أعلنت وزارةُ الخارجيّة السعوديــة، مساء الأحد، عن وصول وفدٍ إلى الرياض لبحث ملفّ المياه.",
    "قال المتحدث باسم الأمم المتحدة إنّ ٣٥٠ أسرة نزحت من إدلب خلال الأسبوع الماضي\u200f.",
    "وأكد\u00a0الرئيس\u3000المصري أن القاهرة «لن تقبل» بأي تهديد لأمنها المائي\u200b،\tوفق البيان.",
    "ﻻ يزال الجيش يطوّق المدينة منذ ۱۲ يوما، بحسب مصادر محلية في ريف حماة الشمالي.",
]


def _reference_normalize(text: str) -> str:
    """The original definition: one translate, then a regex collapse of whitespace."""
    return _WS.sub(" ", NORM.fold_presentation_forms(text).translate(NORM._DROP_TABLE)).strip()


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("cut", [10, 47, 48, 49, 200])
def test_normalize_paths_agree_with_translate(text: str, cut: int) -> None:
    # under _REPLACE_FROM characters the text goes through str.translate, above through str.replace
    piece = text[:cut]
    assert NORM.normalize(piece) == _reference_normalize(piece)
    assert NORM.normalize_keep_length(piece) == piece.translate(NORM._KEEP_DROP_TABLE)
    assert len(NORM.normalize_keep_length(piece)) == len(piece)


def test_every_folded_character_alone_and_in_a_long_text() -> None:
    chars = [chr(k) for k in NORM._KEEP_DROP_TABLE]
    long_text = " نص ".join(chars) * 3
    assert NORM.normalize(long_text) == _reference_normalize(long_text)
    assert NORM.normalize_keep_length(long_text) == long_text.translate(NORM._KEEP_DROP_TABLE)
    for c in chars:
        assert NORM.normalize(c * 60) == _reference_normalize(c * 60)


def test_no_replacement_is_itself_folded() -> None:
    # the replace chain may run in any order only because no output is another pair's input
    for pairs in (NORM._KEEP_PAIRS, NORM._DROP_PAIRS):
        sources = {a for a, _ in pairs}
        assert not any(ch in sources for _, b in pairs for ch in b)


def test_memo_is_bounded_and_keeps_recent_words() -> None:
    calls: list[str] = []

    def compute(word: str) -> str:
        calls.append(word)
        return word[::-1]

    memo: Memo[str, str] = Memo(compute, size=3)
    for w in ["الرياض", "جدة", "الدمام", "مكة"]:  # the fourth starts a new generation
        assert memo(w) == w[::-1]
    assert len(memo) == 4
    assert memo("جدة") == "ةدج"  # found in the old generation and promoted, not recomputed
    assert calls.count("جدة") == 1
    for w in ["أبها", "تبوك", "حائل", "نجران", "الطائف", "ينبع"]:
        memo(w)
        assert len(memo) <= 6  # never more than two generations
    memo.clear()
    assert len(memo) == 0
    assert memo("الرياض") == "ضايرلا"
