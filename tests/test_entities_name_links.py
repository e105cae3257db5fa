"""Name chains: the commonest PERS boundary error of the CRF (5-fold CV on ANERcorp)."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import (
    join_adjacent_names,
    link_name_parts,
    person_boundaries,
    split_coordinated_names,
    tag_sentences,
)


@pytest.mark.parametrize(("text", "tags", "want"), [
    # the CRF stopped on «أبي»: the name runs on to «طالب»
    ("وقال الإمام علي بن أبي طالب في خطبته", "O O B-PERS I-PERS I-PERS O O O", "O O B-PERS I-PERS I-PERS I-PERS O O"),
    # two halves of one name joined over «آل»
    ("واستقبل حمد بن عيسى آل خليفة الوفد", "O B-PERS I-PERS I-PERS I-PERS B-PERS O", "O B-PERS I-PERS I-PERS I-PERS I-PERS O"),
    # a French particle chain
    ("وقال السفير جان مارك دو لا سابليير إن", "O O B-PERS I-PERS I-PERS O O O", "O O B-PERS I-PERS I-PERS I-PERS I-PERS O"),
    # a linking word that ends no name changes nothing
    ("وقال أبو مازن إن", "O B-PERS I-PERS O", "O B-PERS I-PERS O"),
    ("وصل ابن الوزير", "O O O", "O O O"),
])
def test_a_name_never_ends_on_a_linking_word(text: str, tags: str, want: str) -> None:
    assert link_name_parts(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    # two surnames joined by «و»: the CRF ran one span over the conjunction
    ("وبحث بوتين وأردوغان الملف السوري", "O B-PERS I-PERS O O", "O B-PERS B-PERS O O"),
    # a full name, then another after «و»
    ("واستبعد المدرب محمد صلاح وعمرو السولية من القائمة",
     "O O B-PERS I-PERS I-PERS I-PERS O O", "O O B-PERS I-PERS B-PERS I-PERS O O"),
    # a name that begins with waw is no conjunction
    ("وقال المهندس أحمد وليد إن", "O O B-PERS I-PERS O", "O O B-PERS I-PERS O"),
    ("وصرح جون وايت للصحفيين", "O B-PERS I-PERS O", "O B-PERS I-PERS O"),
    # a title that begins with waw is no second person
    ("واستقبل محمد بن سلمان ولي العهد الوفد", "O B-PERS I-PERS I-PERS I-PERS O O", "O B-PERS I-PERS I-PERS I-PERS O O"),
    # after a linking word the waw-word is the name's next part
    ("وقاد سعد بن أبي وقاص الجيش", "O B-PERS I-PERS I-PERS I-PERS O", "O B-PERS I-PERS I-PERS I-PERS O"),
    # other types keep their coordinations («البوسنة والهرسك»)
    ("وزار البوسنة والهرسك", "O B-LOC I-LOC", "O B-LOC I-LOC"),
])
def test_two_people_joined_by_wa_are_two_names(text: str, tags: str, want: str) -> None:
    assert split_coordinated_names(text.split(), tags.split()) == want.split()


def test_the_recognizer_splits_coordinated_people() -> None:
    """End to end through ``marsad ner``'s tagger: two people, never one span over «و»."""
    from marsad.eval.ner import spans

    tokens = "وأشاد المدرب بأداء صلاح وماني في المباراة".split()
    got = tag_sentences([tokens])[0]
    people = [" ".join(tokens[a:b]) for a, b, t in sorted(spans(got)) if t == "PERS"]
    assert people == ["صلاح", "وماني"]


@pytest.mark.parametrize(("text", "tags", "want"), [
    # the CRF opened a second span inside one name
    ("وكان والده هيرمان أينشتاين يبيع المعدات", "O O B-PERS B-PERS O O", "O O B-PERS I-PERS O O"),
    # a Latin spelling after the Arabic one is a span of its own
    ("الفيزيائي ألبرت أينشتاين Albert Einstein", "O B-PERS I-PERS B-PERS I-PERS", "O B-PERS I-PERS B-PERS I-PERS"),
    # a conjunction between them: two people
    ("استقبل عباس وأنان", "O B-PERS B-PERS", "O B-PERS B-PERS"),
    # a name that begins with waw continues the one before it
    ("وقال المدرب حازم وليد", "O O B-PERS B-PERS", "O O B-PERS I-PERS"),
    # places are left alone («بيروت تل أبيب» in a list without commas)
    ("قصفت بيروت تل أبيب", "O B-LOC B-LOC I-LOC", "O B-LOC B-LOC I-LOC"),
])
def test_touching_person_spans_are_one_name(text: str, tags: str, want: str) -> None:
    assert join_adjacent_names(text.split(), tags.split()) == want.split()


def test_after_a_split_at_wa_the_next_word_joins_the_new_name() -> None:
    """«وجمال حمزة ومصطفى جعفر»: the CRF ran the first name over «ومصطفى» and started one at «جعفر»."""
    text = "وضمت القائمة جمال حمزة ومصطفى جعفر"
    got = person_boundaries(text.split(), "O O B-PERS I-PERS I-PERS B-PERS".split())
    assert got == "O O B-PERS I-PERS B-PERS I-PERS".split()
