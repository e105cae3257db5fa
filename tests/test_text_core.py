"""Language core: sentence splitting, clitic tokenization with offsets, stemming, document segmentation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Document
from marsad.text.segment import segment_document
from marsad.text.sentences import MAX_LEN, split_sentences
from marsad.text.stem import stem
from marsad.text.tokens import tokenize


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quotes: a full stop inside «…» does not end the sentence
        ("قال الوزير: «الوضع مستقر. والحدود آمنة». ثم غادر.", ["قال الوزير: «الوضع مستقر. والحدود آمنة».", "ثم غادر."]),
        ("وأضاف “لن نتراجع. أبدا” وفق البيان. وانتهى اللقاء.", ["وأضاف “لن نتراجع. أبدا” وفق البيان.", "وانتهى اللقاء."]),
        # abbreviations: د. and م. are not boundaries
        ("التقى د. محمد العلي وزير الصحة. وبحثا الأمر.", ["التقى د. محمد العلي وزير الصحة.", "وبحثا الأمر."]),
        ("ولد عام 1950 م. في بغداد", ["ولد عام 1950 م. في بغداد"]),
        # decimals
        ("بلغ النمو 3.5 بالمئة هذا العام. وتراجع التضخم.", ["بلغ النمو 3.5 بالمئة هذا العام.", "وتراجع التضخم."]),
        # headline without final punctuation, then body
        ("وفد عسكري سوري في بغداد\nزار وفد عسكري سوري بغداد اليوم.", ["وفد عسكري سوري في بغداد", "زار وفد عسكري سوري بغداد اليوم."]),
        # list markers
        ("1. تعزيز التعاون الأمني\n2. تبادل المعلومات", ["1. تعزيز التعاون الأمني", "2. تبادل المعلومات"]),
        # Arabic question mark, exclamation, semicolon
        ("هل انتهت الأزمة؟ لا أحد يعرف! لكن الحوار مستمر؛ والوفود تتنقل", ["هل انتهت الأزمة؟", "لا أحد يعرف!", "لكن الحوار مستمر؛", "والوفود تتنقل"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sents(text) == expected


def test_long_unpunctuated_text_is_capped_at_spaces() -> None:
    text = " ".join(["كلمة"] * 5000)
    spans = split_sentences(text)
    assert len(spans) > 10
    assert all(e - s <= MAX_LEN for s, e in spans)
    assert all(not text[s:e].startswith(" ") and text[s:e].endswith("كلمة") for s, e in spans)


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("والجيش", ["و", "ال", "جيش"]),
        ("بالعاصمة", ["ب", "ال", "عاصمة"]),
        ("للعراق", ["ل", "ل", "عراق"]),
        ("وقال", ["و", "قال"]),
        ("قواتهم", ["قوات", "هم"]),
        ("لهم", ["ل", "هم"]),
        # conservative: words that merely start with a clitic letter stay whole
        ("وزير", ["وزير"]),
        ("وفد", ["وفد"]),
        ("فرنسا", ["فرنسا"]),
        ("بغداد", ["بغداد"]),
        ("تفاهم", ["تفاهم"]),
        ("سوري", ["سوري"]),
        ("الذي", ["الذي"]),
        ("كورونا", ["كورونا"]),
    ],
)
def test_clitic_segmentation(word: str, pieces: list[str]) -> None:
    assert [t.text for t in tokenize(word)] == pieces


def test_clitic_tokens_keep_diacritics_and_offsets() -> None:
    text = "وَالجَيْشُ السوريُّ"
    toks = tokenize(text, offset=10)
    assert [t.norm for t in toks] == ["و", "ال", "جيش", "ال", "سوري"]
    body = " " * 10 + text
    assert "".join(body[t.start : t.end] for t in toks[:3]) == "وَالجَيْشُ"
    assert toks[1].kind == "clitic" and toks[2].kind == "word"


def test_token_kinds() -> None:
    toks = tokenize("قصف 3.5 كم NATO ،")
    assert [t.kind for t in toks] == ["word", "num", "word", "latin", "punct"]


def test_stem_is_cached_and_folds_inflection() -> None:
    assert stem("المسلحين") == stem("مسلحون")
    assert stem("السوريين") == stem("السوري")
    assert stem("") == ""


def test_segment_document_body_only() -> None:
    doc = Document(id="x", title="عنوان الخبر", body="زار الوفد بغداد. ثم عاد.")
    segment_document(doc)
    assert [s.text for s in doc.sentences] == ["زار الوفد بغداد.", "ثم عاد."]
    assert all(doc.body[s.start : s.end] == s.text for s in doc.sentences)
    assert all(doc.body[t.start : t.end] == t.text for s in doc.sentences for t in s.tokens)


_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ") + list(" .،؟!؛\n«»“”\"0123456789") + list("abcXYZ")
    + ["\u064e", "\u0651", "\u0640", "\u200f", "\u00a0", "ﻻ", "ﺍ", "ﻟ", "ـ", "٣", "٫"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=300).map("".join))
def test_spans_always_point_into_the_text(text: str) -> None:
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)
        assert text[s:e].strip()
        for t in tokenize(text[s:e], s):
            assert text[t.start : t.end] == t.text
            assert s <= t.start < t.end <= e


@pytest.mark.parametrize(
    "text",
    ["", "   ", "ش" * 100_000, "مرحبا hello عالم world 123", "بِسْمِ اللَّهِ الرَّحْمَنِ", "ﺍﻟﻌﺮﺍﻕ ﻭﺳﻮﺭﻳﺎ", "\u200f\u200e\u0640"],
)
def test_bad_input_does_not_crash(text: str) -> None:
    doc = segment_document(Document(id="x", body=text))
    for s in doc.sentences:
        assert doc.body[s.start : s.end] == s.text
        assert all(doc.body[t.start : t.end] == t.text for t in s.tokens)
