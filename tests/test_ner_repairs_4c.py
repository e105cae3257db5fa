"""Second pass of the name repairs after the CRF (entities/namefix.py): the name of a place after its
head noun, and the spreading of personal names the repairs found."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import _rare_word
from marsad.analyze.entities.namefix import document_repairs, place_after_head, propagate_new_names

needs_clusters = pytest.mark.skipif(not _rare_word("سيلاكاب"), reason="no news word clusters shipped")


@needs_clusters
@pytest.mark.parametrize(("text", "tags", "want"), [
    ("غمرت الفيضانات قرى في إقليم سيلاكاب جنوب جاوا", "O O O O O O O B-LOC",
     "O O O O O B-LOC O B-LOC"),
    ("انفجرت سيارة مفخخة في ساحة كهرمانة وسط بغداد", "O O O O O O O B-LOC",
     "O O O O O B-LOC O B-LOC"),
    # two villages after a dual head
    ("داهم الجيش منازل بين بلدتي الباذان وطلوزة شمال نابلس", "O O O O O O O O B-LOC",
     "O O O O O B-LOC B-LOC O B-LOC"),
])
def test_rare_word_after_a_place_noun_is_the_place(text: str, tags: str, want: str) -> None:
    assert place_after_head(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags"), [
    # a common word, a plural head with its adjective, a head already inside a name
    ("انسحبت القوات من منطقة الحدود مع لبنان", "O O O O O O B-LOC"),
    ("كانت هناك مدن مزدهرة على ضفاف النيل", "O O O O O O B-LOC"),
    ("اجتمع مجلس مدينة فاس أمس", "B-ORG I-ORG I-ORG I-ORG O"),
])
def test_place_noun_before_common_words_is_left_alone(text: str, tags: str) -> None:
    assert place_after_head(text.split(), tags.split()) == tags.split()


def test_names_found_by_repairs_are_spread_over_the_story() -> None:
    sents = [s.split() for s in ("بايع أهل المدينة الإمام علي بعد مقتل عثمان",
                                 "ثم خرج علي إلى الكوفة في العام التالي",
                                 "ووقعت الحرب عام 657م")]
    tags = [t.split() for t in ("O O B-LOC O B-PERS O O B-PERS",
                                "O O O O B-LOC O O O",
                                "O O O O")]
    out = propagate_new_names(sents, tags)
    assert out[1] == "O O B-PERS O B-LOC O O O".split()
    assert out[2] == tags[2]
    # the preposition «على» is not the name «علي»
    sents.append("وقع الخلاف على الخلافة".split())
    tags.append(["O"] * 4)
    assert propagate_new_names(sents, tags)[3] == ["O"] * 4


def test_document_repairs_keeps_sentence_count() -> None:
    sents = [["قال", "الرئيس"], ["ثم", "غادر"]]
    assert document_repairs(sents, [["O", "O"], ["O", "O"]]) == [["O", "O"], ["O", "O"]]
