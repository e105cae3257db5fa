"""Fast paths of the language core: the splitter's jump scan and the tokenizer's mark-free words keep the rules."""

from __future__ import annotations

import pytest

from marsad.text.sentences import MAX_LEN, split_sentences
from marsad.text.tokens import tokenize


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of terminals and closing quotes ends the sentence together
        ("هل يعقل هذا؟!» سأل النائب. ثم صمت.", ["هل يعقل هذا؟!»", "سأل النائب.", "ثم صمت."]),
        # a closing guillemet outside any quote is plain text, not a boundary
        ("ارتفع المؤشر» بنسبة طفيفة. وانخفض النفط.", ["ارتفع المؤشر» بنسبة طفيفة.", "وانخفض النفط."]),
        # nested quotes: the boundary waits for the outer one to close
        ("قال: «نقل عن الوزير “لا تراجع. أبدا” ثم انصرف». وانتهى المؤتمر.",
         ["قال: «نقل عن الوزير “لا تراجع. أبدا” ثم انصرف».", "وانتهى المؤتمر."]),
        # a dot inside a web address or a number is no boundary
        ("نشر البيان على موقع spa.gov.sa مساء أمس. وبلغت الحصيلة 2.5 مليون.",
         ["نشر البيان على موقع spa.gov.sa مساء أمس.", "وبلغت الحصيلة 2.5 مليون."]),
        # text with no character the splitter acts on is one sentence
        ("وصل الوفد الكويتي إلى عمان صباح اليوم", ["وصل الوفد الكويتي إلى عمان صباح اليوم"]),
    ],
)
def test_split_sentences_jump_scan(text: str, expected: list[str]) -> None:
    assert _sents(text) == expected


def test_an_unclosed_quote_does_not_swallow_the_text() -> None:
    # «… with no closing mark: after MAX_LEN characters the next full stop ends the sentence again
    text = "قال المتحدث «" + "إن المفاوضات مستمرة بين الطرفين " * 20 + ". وأعلنت الوزارة النتائج. وانتهى الاجتماع."
    sents = _sents(text)
    assert len(text) > MAX_LEN
    assert sents[-1] == "وانتهى الاجتماع." and sents[-2] == "وأعلنت الوزارة النتائج."


@pytest.mark.parametrize(
    ("text", "pieces", "kinds"),
    [
        # tatweel inside a word: the pieces keep it, offsets still cover the word
        ("بالعـراق", ["ب", "ال", "عـراق"], ["clitic", "clitic", "word"]),
        # diacritics: letters are found past the marks
        ("وَلِلعِراقِ", ["وَ", "لِ", "ل", "عِراقِ"], ["clitic", "clitic", "clitic", "word"]),
        ("والحكومة", ["و", "ال", "حكومة"], ["clitic", "clitic", "word"]),
        ("٢٠١٥ و15", ["٢٠١٥", "و15"], ["num", "word"]),
    ],
)
def test_tokens_with_and_without_marks(text: str, pieces: list[str], kinds: list[str]) -> None:
    toks = tokenize(text, offset=3)
    assert [t.text for t in toks] == pieces
    assert [t.kind for t in toks] == kinds
    assert all((" " * 3 + text)[t.start:t.end] == t.text for t in toks)


@pytest.mark.parametrize("text", ["وَلِلعِراقِ", "بالعـراق", "والحكومة", "فالمؤتمر", "وقواتهم", "للأمم"])
def test_piece_norms_are_those_of_the_piece_alone(text: str) -> None:
    # a clitic piece's normalized form is read off the word's: it must equal normalizing the piece itself
    from marsad.text.normalize import normalize

    toks = tokenize(text)
    assert len(toks) > 1
    for t in toks:
        assert t.norm == ("ال" if t.kind == "clitic" and normalize(t.text) == "ل" and t.norm == "ال" else normalize(t.text))
