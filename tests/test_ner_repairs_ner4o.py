"""Sliding-window label propagation and type consistency (``propfix``, behind ``crf.propagate`` and
``crf.unify_types``): evidence is taken from the sentences around each sentence, not from fixed blocks."""

from marsad.analyze.entities import crf, propfix

FILLER = ["وقال", "المتحدث", "إن", "الاجتماع", "انتهى", "دون", "اتفاق", "."]


def _story(before: int, name_at: int, repeat_at: int, n: int) -> tuple[list[list[str]], list[list[str]]]:
    """A story of ``n`` sentences where the CRF tagged «نيكولاس مادورو» once (sentence ``name_at``) and
    missed its repeat (sentence ``repeat_at``)."""
    sents = [list(FILLER) for _ in range(n)]
    tags = [["O"] * len(FILLER) for _ in range(n)]
    sents[name_at] = ["وأعلن", "الرئيس", "الفنزويلي", "نيكولاس", "مادورو", "حالة", "الطوارئ", "."]
    tags[name_at] = ["O", "O", "O", "B-PERS", "I-PERS", "O", "O", "O"]
    sents[repeat_at] = ["وأضاف", "نيكولاس", "مادورو", "أن", "الجيش", "سيتولى", "حماية", "الحدود", "."]
    tags[repeat_at] = ["O"] * 9
    return sents, tags


def test_name_spreads_across_a_block_edge() -> None:
    # Tagged in sentence 98, repeated in sentence 103: fixed 100-sentence blocks kept them apart.
    sents, tags = _story(0, 98, 103, 120)
    out = crf.propagate(sents, tags)
    assert out[103][1:3] == ["B-PERS", "I-PERS"]


def test_name_does_not_reach_far_sentences() -> None:
    # Two hundred sentences later is another story: the name is not spread that far.
    sents, tags = _story(0, 5, 200, 220)
    out = crf.propagate(sents, tags)
    assert out[200] == ["O"] * 9


def test_whole_text_window_matches_block_propagation() -> None:
    sents, tags = _story(0, 3, 10, 20)
    assert propfix.propagate_centred(sents, tags, 10**6) == crf.propagate(sents, tags, 10**6)
    assert crf.propagate(sents, tags)[10][1:3] == ["B-PERS", "I-PERS"]


def test_rare_one_word_key_is_not_spread() -> None:
    # «علي» tagged once among many prepositions «على» (folded apart) and many bare «علي» occurrences.
    sents = [["وصل", "علي", "إلى", "بغداد", "."]] + [["اعتمد", "علي", "الدعم", "الخارجي", "."]] * 12
    tags = [["O", "B-PERS", "O", "B-LOC", "O"]] + [["O"] * 5] * 12
    out = crf.propagate(sents, tags)
    assert all(t == ["O"] * 5 for t in out[1:])


def test_type_majority_taken_from_sentences_around() -> None:
    # «نوكيا» is an organization three times just before a block edge and a place once just after it.
    n = 110
    sents = [list(FILLER) for _ in range(n)]
    tags = [["O"] * len(FILLER) for _ in range(n)]
    for k in (96, 97, 98):
        sents[k] = ["وأعلنت", "نوكيا", "الفنلندية", "أرباحها", "."]
        tags[k] = ["O", "B-ORG", "O", "O", "O"]
    sents[101] = ["وارتفعت", "المبيعات", "في", "نوكيا", "."]
    tags[101] = ["O", "O", "O", "B-LOC", "O"]
    out = crf.unify_types(sents, tags)
    assert out[101][3] == "B-ORG"
    assert propfix.unify_centred(sents, tags, 10**6) == crf.unify_types(sents, tags, 10**6)
