"""Tests for entities/names3.py (last step of crf.postprocess): titled given names, full names repeated
with only their tail tagged, and clubs named with everyday nouns outside sports sentences."""

from marsad.analyze.entities.names3 import (
    everyday_club_names,
    full_names_before,
    names3_repairs,
    titled_given_names,
)


def test_title_brings_in_the_missed_given_name() -> None:
    words = "وشاركت الفنانة يسرا اللوزي في بطولة الفيلم".split()
    tags = ["O", "O", "O", "B-PERS", "O", "O", "O", "O"]
    assert titled_given_names(words, tags)[2:4] == ["B-PERS", "I-PERS"]


def test_title_with_nationality_adjective() -> None:
    words = "وكتب الروائي السوداني الطيب صالح موسم الهجرة".split()
    tags = ["O", "O", "O", "O", "B-PERS", "O", "O", "O"]
    # «الطيب» is definite: ANERcorp names starting with «ال» are not guessed here
    assert titled_given_names(words, tags) == tags
    words = "وكتب الروائي السوداني نجيب صالح روايته الأولى".split()
    assert titled_given_names(words, tags)[3:5] == ["B-PERS", "I-PERS"]


def test_no_extension_over_conjunction_or_verb_clause() -> None:
    words = "التقى السفير ومعالي شكيب بن موسى".split()
    tags = ["O", "O", "O", "B-PERS", "I-PERS", "I-PERS"]
    assert titled_given_names(words, tags) == tags
    # sports roles are not cues: «وراوغ الحارس تعرض فان نيستلروي»
    words = "وراوغ الحارس تعرض فان نيستلروي للعرقلة".split()
    tags = ["O", "O", "O", "B-PERS", "I-PERS", "O"]
    assert titled_given_names(words, tags) == tags


def test_full_name_repeated_with_tail_only() -> None:
    sentences = ["وقال الممثل عادل إمام إن الفيلم جاهز".split(),
                 "وكان عادل إمام قد صور المشاهد في القاهرة".split()]
    tags = [["O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O"],
            ["O", "O", "B-PERS", "O", "O", "O", "O", "O", "B-LOC"]]
    out = full_names_before(sentences, tags)
    assert out[1][1:3] == ["B-PERS", "I-PERS"]
    assert out[0] == tags[0]


def test_full_name_needs_the_same_words() -> None:
    sentences = ["وقال الممثل عادل إمام إن الفيلم جاهز".split(),
                 "وكان المخرج إمام قد صور المشاهد".split()]
    tags = [["O", "O", "B-PERS", "I-PERS", "O", "O", "O"],
            ["O", "O", "B-PERS", "O", "O", "O", "O"]]
    assert full_names_before(sentences, tags)[1] == tags[1]


def test_everyday_club_name_outside_sports() -> None:
    words = "وتمكن الجيش من تحقيق النصر بعد معارك طويلة".split()
    tags = ["O", "O", "O", "O", "B-ORG", "O", "O", "O"]
    assert everyday_club_names(words, tags) == ["O"] * 8


def test_everyday_club_name_kept_in_sports_or_after_team_noun() -> None:
    words = "وخسر الوحدة أمام النصر بهدفين".split()
    tags = ["O", "B-ORG", "O", "B-ORG", "O"]
    assert everyday_club_names(words, tags) == tags
    words = "وعقد مجلس إدارة نادي النصر اجتماعه الدوري أمس".split()
    assert everyday_club_names(words, ["O"] * 4 + ["B-ORG"] + ["O"] * 4)[4] == "B-ORG"
    words = "واحتفل الأنصار بتحقيق النصر 2 - 1 مساء أمس".split()
    tags = ["O", "O", "O", "B-ORG", "O", "O", "O", "O", "O"]
    assert everyday_club_names(words, tags) == tags


def test_names3_repairs_in_order() -> None:
    sentences = ["وأعلنت المطربة أنغام طه ألبومها الجديد".split()]
    tags = [["O", "O", "O", "B-PERS", "O", "O"]]
    assert names3_repairs(sentences, tags)[0][2:4] == ["B-PERS", "I-PERS"]


def test_preposition_on_common_word_is_not_a_given_name() -> None:
    words = "وأشاد المدرب بأداء صلاح في المباراة".split()
    tags = ["O", "O", "O", "B-PERS", "O", "O"]
    assert titled_given_names(words, tags) == tags
