"""Document-level repairs after the CRF: type consistency of a name across one story."""

from __future__ import annotations

from marsad.analyze.entities.crf import postprocess, unify_types


def test_minority_type_of_a_name_takes_the_majority_type() -> None:
    # ANERcorp: a story tags نوكيا as an organization twice and once as a place after «في».
    words = [["أعلنت", "نوكيا", "أرباحها"], ["وقالت", "نوكيا", "إن"], ["ارتفعت", "الأسهم", "في", "نوكيا"]]
    tags = [["O", "B-ORG", "O"], ["O", "B-ORG", "O"], ["O", "O", "O", "B-LOC"]]
    assert unify_types(words, tags)[2] == ["O", "O", "O", "B-ORG"]


def test_a_tie_keeps_both_types() -> None:
    words = [["في", "قطر"], ["نادي", "قطر"]]
    tags = [["O", "B-LOC"], ["O", "B-ORG"]]
    assert unify_types(words, tags) == tags


def test_postprocess_runs_propagation_then_consistency() -> None:
    words = [["زار", "الكرملين"], ["قال", "الكرملين"], ["بيان", "الكرملين"], ["في", "الكرملين"]]
    tags = [["O", "B-ORG"], ["O", "B-ORG"], ["O", "O"], ["O", "B-MISC"]]
    out = postprocess(words, tags)
    assert [t[1] for t in out] == ["B-ORG"] * 4


def test_currency_after_an_amount_is_misc() -> None:
    from marsad.analyze.entities.currency import tag_currencies

    # ANERcorp: the CRF took شيكل for a place all through one story; after an amount it is the currency.
    words = "بلغت الخسائر نحو مليار شيكل ( 220 مليون دولار )".split()
    tags = ["O", "O", "O", "O", "B-LOC", "O", "O", "O", "B-MISC", "O"]
    assert tag_currencies(words, tags)[4] == "B-MISC"
    assert tag_currencies("دفع 150 جنيها للفرد".split(), ["O"] * 4)[2] == "B-MISC"


def test_currency_rule_leaves_definite_plurals_and_names() -> None:
    from marsad.analyze.entities.currency import tag_currencies

    assert tag_currencies("مليارات الدولارات ثمنا".split(), ["O"] * 3) == ["O"] * 3
    club = ["O", "B-ORG", "I-ORG"]
    assert tag_currencies("فاز ريال مدريد".split(), club) == club
