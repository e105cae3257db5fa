"""CRF features for unseen names: affixes, foreign-name spelling, wide title cues, document cues."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import propagate
from marsad.analyze.entities.features import FeatureCache, document_features, sentence_features


def _feats(tokens: list[str], i: int) -> list[str]:
    return sentence_features(tokens, [None] * len(tokens))[i]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والكرملين", {"sp4=كرمل", "ss4=ملين", "ss1=ن"}),  # affixes of the clitic-stripped form
        ("بوتين", {"sp1=ب", "ss3=تين"}),
    ],
)
def test_affix_features_on_stripped_form(word: str, expected: set[str]) -> None:
    assert expected <= set(_feats([word], 0))


@pytest.mark.parametrize(
    ("word", "cue"),
    [
        ("لافروف", "fe=وف"),  # Russian surname ending
        ("زيلينسكي", "fe=سكي"),  # Slavic -ski
        ("غوتيريش", None),
        ("چمران", "fl"),  # a Persian letter only loanwords use
    ],
)
def test_foreign_name_cues(word: str, cue: str | None) -> None:
    feats = set(_feats([word], 0))
    if cue:
        assert cue in feats
    assert any(f.startswith("vd=") for f in feats)  # long-vowel density is always there


def test_title_three_words_before_a_name_is_seen() -> None:
    # الرئيس ... three words before the name: the wide window still carries the title cue.
    tokens = ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون"]
    assert "-3t=PERS" in _feats(tokens, 4)
    assert "-2t=PERS" in _feats(tokens, 3)


def test_document_features_carry_title_cue_to_bare_repetition() -> None:
    sents = [["قال", "الرئيس", "ماكرون", "إن", "فرنسا", "مستعدة"], ["وأضاف", "ماكرون", "أن", "الحوار", "ضروري"]]
    extra = document_features(sents)
    assert "dpt=PERS" in extra[1][1] and "drep" in extra[1][1]
    assert not extra[0][3]  # short function words are not grouped


def test_document_features_ignore_a_single_occurrence() -> None:
    extra = document_features([["زار", "الوزير", "طهران", "أمس"]])
    assert all(not f for f in extra[0])


def test_propagation_matches_behind_a_proclitic() -> None:
    # للوسي يعقوب: the name was tagged once without the preposition.
    words = [["كتاب", "لوسي", "يعقوب"], ["قاله", "الحكيم", "للوسي", "يعقوب"]]
    tags = [["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"]]
    assert propagate(words, tags)[1] == ["O", "O", "B-PERS", "I-PERS"]


def test_feature_cache_filters_to_model_vocabulary() -> None:
    cache = FeatureCache(frozenset({"ss2=ين"}))
    own, ctx = cache.get("بوتين")
    assert own[:2] == ("b", "w=بوتين") and set(own[2:]) == {"ss2=ين"}
    assert all(not c for c in ctx)


@pytest.mark.parametrize(
    ("tags", "fixed"),
    [
        (["O", "I-PERS", "I-PERS"], ["O", "B-PERS", "I-PERS"]),  # a name whose first word the CRF missed
        (["B-LOC", "I-ORG"], ["B-LOC", "B-ORG"]),
        (["B-ORG", "I-ORG", "O"], ["B-ORG", "I-ORG", "O"]),
    ],
)
def test_repair_bio(tags: list[str], fixed: list[str]) -> None:
    from marsad.analyze.entities.crf import repair_bio

    assert repair_bio(tags) == fixed


def test_propagation_keeps_ala_apart_from_the_name_ali() -> None:
    # على (on) folds to علي (Ali) under the matching normalization; propagation must not confuse them.
    words = [["قال", "علي", "إن", "الحكومة"], ["وافق", "على", "الخطة"]]
    tags = [["O", "B-PERS", "O", "O"], ["O", "O", "O"]]
    assert propagate(words, tags)[1] == ["O", "O", "O"]


def test_propagation_skips_a_word_tagged_once_among_many() -> None:
    # A one-word "name" found in one of twelve occurrences is most likely a common word (الهلال).
    words = [["مباراة", "الهلال", "أمس"]] + [["ظهر", "الهلال", "في", "السماء"]] * 11
    tags = [["O", "B-ORG", "O"]] + [["O", "O", "O", "O"]] * 11
    out = propagate(words, tags)
    assert all(t == ["O", "O", "O", "O"] for t in out[1:])
    two = propagate(words[:3], tags[:3])
    assert two[1] == ["O", "B-ORG", "O", "O"]  # one in three is enough
