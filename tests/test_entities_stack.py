"""The second-stage tagger (``entities.stack``): features from the first stage's tags elsewhere in the text."""

from __future__ import annotations

from pathlib import Path

from marsad.analyze.entities.crf import tag_sentences, train
from marsad.analyze.entities.stack import stack_features, stack_path, train_stack

# Sentences written for these tests: a minister named in one sentence, then alone in the next.
TEXT = [
    ["أعلن", "الوزير", "سامر", "الخطيب", "أمس", "خطة", "جديدة", "."],
    ["وقال", "الخطيب", "إن", "وزارة", "النقل", "ستبدأ", "العمل", "."],
    ["وزار", "بلدة", "تل", "الورد", "شمالا", "."],
]
FIRST = [
    ["O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O"],
    ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"],
    ["O", "O", "B-LOC", "I-LOC", "O", "O"],
]


def test_name_tagged_nearby_marks_its_words() -> None:
    text = [*TEXT, ["وعاد", "من", "تل", "الورد", "مساء", "."]]
    first = [*FIRST, ["O"] * 6]
    feats = stack_features(text, first, window=2)[3]
    assert feats[2] == ("dsB=LOC",) and feats[3] == ("dsI=LOC",)
    assert feats[1] == () and feats[4] == ()


def test_only_whole_names_match() -> None:
    feats = stack_features(TEXT, FIRST, window=1)
    assert feats[1][1] == ()  # «الخطيب» alone: only «سامر الخطيب» was tagged


def test_own_sentence_does_not_count_but_clitics_do_not_hide_a_name() -> None:
    text = [["زار", "ماهر", "الخطيب", "ثم", "عاد", "."], ["وقال", "وماهر", "الخطيب", "."]]
    first = [["O", "B-PERS", "I-PERS", "O", "O", "O"], ["O"] * 4]
    feats = stack_features(text, first, window=1)
    assert feats[0][1] == ()  # tagged only here
    assert feats[1][1:3] == [("dsB=PERS",), ("dsI=PERS",)]  # «وماهر» matches «ماهر»


def test_window_limits_the_document() -> None:
    text = [TEXT[2], ["خبر", "آخر", "."], ["قرب", "تل", "الورد", "."]]
    first = [FIRST[2], ["O"] * 3, ["O"] * 4]
    assert stack_features(text, first, window=1)[2][1] == ()
    assert stack_features(text, first, window=2)[2][1] == ("dsB=LOC",)


def test_tag_sentences_runs_the_second_stage_beside_the_model(tmp_path: Path) -> None:
    gold = [list(zip(s, t, strict=True)) for s, t in zip(TEXT, FIRST, strict=True)] * 4
    first_model = train(gold, tmp_path / "m.crfsuite", {"max_iterations": 20})
    second = train_stack(gold, [t for _, t in zip(range(len(gold)), FIRST * 4, strict=False)], stack_path(first_model),
                         params={"max_iterations": 20})
    assert second == tmp_path / "m.stack.crfsuite" and second.exists()
    tags = tag_sentences(TEXT, str(first_model))
    assert [len(t) for t in tags] == [len(s) for s in TEXT]
    assert tags[0][2:4] == ["B-PERS", "I-PERS"]
    train(gold, first_model, {"max_iterations": 5})  # retraining the first stage drops the stale second one
    assert not second.exists()
