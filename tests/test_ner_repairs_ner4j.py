"""Personal-name repairs of ``persons2`` (lists, first names, speakers), on sentences written for the tests."""

from marsad.analyze.entities.persons2 import (
    complete_listed_names,
    names_after_speech_verbs,
    persons2_repairs,
    prepend_given_names,
)


def test_listed_name_takes_its_family_name() -> None:
    tokens = "وضمت التشكيلة الأساسية محمد صلاح وطارق حامد وأحمد حجازي .".split()
    tags = ["O", "O", "O", "B-PERS", "I-PERS", "B-PERS", "O", "B-PERS", "I-PERS", "O"]
    out = complete_listed_names(tokens, tags)
    assert out[5:7] == ["B-PERS", "I-PERS"]


def test_list_word_is_not_a_family_name() -> None:
    tokens = "وشارك في العرض نور الشريف وأحمد وغيرهم .".split()
    tags = ["O", "O", "O", "B-PERS", "I-PERS", "B-PERS", "O", "O"]
    assert complete_listed_names(tokens, tags) == tags


def test_given_name_before_a_tagged_family_name_begins_it() -> None:
    tokens = "وأشاد المخرج بأداء الفنانة منى زكي في الفيلم".split()
    tags = ["O", "O", "O", "O", "O", "B-PERS", "O", "O"]
    out = prepend_given_names(tokens, tags)
    assert out[4:6] == ["B-PERS", "I-PERS"]


def test_preposition_spelled_like_a_name_is_not_prepended() -> None:
    tokens = "وتغلب الإسباني نادال علي فيدرر في النهائي".split()
    tags = ["O", "O", "B-PERS", "O", "B-PERS", "O", "O"]
    assert prepend_given_names(tokens, tags) == tags


def test_unseen_speaker_after_a_verb_of_saying() -> None:
    tokens = "وأشار الشهرستاني إلى أن الوزارة ستعلن النتائج قريبا".split()
    out = names_after_speech_verbs(tokens, ["O"] * len(tokens))
    assert out[1] == "B-PERS"


def test_plural_subject_of_saying_is_no_person() -> None:
    tokens = "وقال مسلحون إن الهجوم استهدف قافلة عسكرية".split()
    assert names_after_speech_verbs(tokens, ["O"] * len(tokens)) == ["O"] * len(tokens)


def test_found_speaker_is_spread_over_the_story() -> None:
    sents = ["وأشار الشهرستاني إلى أن الوزارة ستعلن النتائج قريبا".split(),
             "ونفى الشهرستاني وجود أي خلاف داخل الحكومة".split()]
    out = persons2_repairs(sents, [["O"] * len(s) for s in sents])
    assert out[1][1] == "B-PERS"
