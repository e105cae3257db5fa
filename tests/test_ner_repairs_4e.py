"""Head-word and list repairs of ``namefix2`` (the last step of ``crf.postprocess``)."""

from __future__ import annotations

from marsad.analyze.entities.namefix2 import coordinated_places, document_repairs, named_after_head


def _o(tokens: list[str]) -> list[str]:
    return ["O"] * len(tokens)


def test_ruler_title_names_the_realm() -> None:
    tokens = "وتحالف ملك نافارا مع قشتالة ضد الموحدين في معركة العقاب".split()
    tags = _o(tokens)
    tags[4] = "B-LOC"
    out = named_after_head(tokens, tags)
    assert out[2] == "B-LOC" and out[1] == "O"


def test_ruler_title_before_everyday_word_is_left_alone() -> None:
    tokens = "وقال الملك إن ملك البلاد يحرص على استقرار المنطقة".split()
    assert named_after_head(tokens, _o(tokens)) == _o(tokens)


def test_dynasty_after_usra_is_a_person_name() -> None:
    tokens = "وتعود المخطوطة إلى عهد أسرة مينغ التي حكمت الصين قرابة ثلاثة قرون".split()
    out = named_after_head(tokens, _o(tokens))
    assert out[5] == "B-PERS" and out[6] == "O"


def test_family_of_the_deceased_is_no_name() -> None:
    tokens = "وقدم الوزير التعازي إلى أسرة الفقيد وأصدقائه".split()
    assert named_after_head(tokens, _o(tokens)) == _o(tokens)


def test_called_name_cue() -> None:
    tokens = "وروت الصحيفة قصة فتاة تدعى ميرنا فقدت أسرتها في الزلزال".split()
    out = named_after_head(tokens, _o(tokens))
    assert out[5] == "B-PERS" and out[6] == "O"


def test_listed_places_after_a_place() -> None:
    tokens = "ومر طريق الحرير بمدن مرو ، ونيسابور وخيوة وسمرقند قبل أن يبلغ الصين".split()
    tags = _o(tokens)
    tags[4] = "B-LOC"
    tags[6] = "B-LOC"
    out = coordinated_places(tokens, tags)
    assert out[7] == "B-LOC"


def test_verb_after_a_place_stays_untagged() -> None:
    tokens = "ودخلت القوات إلى بيروت ، ودمشق وحاصروها أياما".split()
    tags = _o(tokens)
    tags[3] = "B-LOC"
    tags[5] = "B-LOC"
    out = coordinated_places(tokens, tags)
    assert out[6] == "O"


def test_place_not_in_a_list_does_not_spread() -> None:
    tokens = "وصل الوفد إلى طشقند وخيوة بعد رحلة طويلة".split()
    tags = _o(tokens)
    tags[3] = "B-LOC"
    assert coordinated_places(tokens, tags)[4] == "O"


def test_document_repairs_runs_per_sentence() -> None:
    sentences = ["وحكمت أسرة مينغ بعد طرد المغول".split(), "وتوج ملك نافارا في بامبلونا".split()]
    out = document_repairs(sentences, [_o(s) for s in sentences])
    assert out[0][2] == "B-PERS" and out[1][2] == "B-LOC"
