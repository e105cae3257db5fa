"""Repairs after the CRF: type consistency of a name across one story, currencies and quoted titles as MISC."""

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
    from marsad.analyze.entities.misc import tag_currencies

    # ANERcorp: the CRF took شيكل for a place all through one story; after an amount it is the currency.
    words = "بلغت الخسائر نحو مليار شيكل ( 220 مليون دولار )".split()
    tags = ["O", "O", "O", "O", "B-LOC", "O", "O", "O", "B-MISC", "O"]
    assert tag_currencies(words, tags)[4] == "B-MISC"
    assert tag_currencies("دفع 150 جنيها للفرد".split(), ["O"] * 4)[2] == "B-MISC"


def test_currency_rule_leaves_definite_plurals_and_names() -> None:
    from marsad.analyze.entities.misc import tag_currencies

    assert tag_currencies("مليارات الدولارات ثمنا".split(), ["O"] * 3) == ["O"] * 3
    club = ["O", "B-ORG", "I-ORG"]
    assert tag_currencies("فاز ريال مدريد".split(), club) == club


def test_quoted_title_after_a_work_noun_is_misc() -> None:
    from marsad.analyze.entities.misc import tag_quoted_works

    # ANERcorp: «في برنامج « حوار من القلب »» and «محفوظ رواية " قشتمر "».
    words = "خلال برنامج « حوار من القلب » على".split()
    assert tag_quoted_works(words, ["O"] * 8) == ["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O"]
    words = 'محفوظ رواية " قشتمر "'.split()
    assert tag_quoted_works(words, ["B-PERS", "O", "O", "O", "O"])[3] == "B-MISC"


def test_quotes_without_a_work_noun_stay_untagged() -> None:
    from marsad.analyze.entities.misc import tag_quoted_works

    words = 'وقال " نحن مستعدون "'.split()
    assert tag_quoted_works(words, ["O"] * 5) == ["O"] * 5
