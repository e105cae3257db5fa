"""Speed-ups of the recognizer that must not change a single score: the tagger's per-word score rows."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.analyze.entities import induced
from marsad.analyze.entities.crf import get_tagger
from marsad.analyze.entities.features import OFFSETS, _word_features


def _reference_row(tagger: object, tok: str) -> np.ndarray:
    """Score row of one word from its feature strings, summed one by one in feature order (as crfsuite lists them)."""
    own, ctx = _word_features(tok)
    slots = [list(own), *[list(c) for c in ctx]]
    if tagger.lexicon:  # type: ignore[attr-defined]
        more, near = induced.word_features(tok, tagger.lexicon)  # type: ignore[attr-defined]
        slots[0] += more
        slots[1 + OFFSETS.index("-1")] += ["-1" + f for f in near]
        slots[1 + OFFSETS.index("+1")] += ["+1" + f for f in near]
    model = tagger.model  # type: ignore[attr-defined]
    out = np.zeros((len(slots), len(model.labels)))
    for k, feats in enumerate(slots):
        for f in feats:
            a = model.attr_index.get(f)
            if a is not None:
                out[k] += model.weights[a]
    return out


@pytest.mark.parametrize(
    "tok",
    [
        "الرئيس",  # a title trigger: cue features at every offset
        "السوري",  # a nationality adjective: also a cue
        "ماكرون",  # a name the gazetteer and the lexicon know
        "وبالعراق",  # clitics stripped for the stem features
        "زيلينسكي",  # foreign-name ending
        "على",  # raw final letter kept apart from علي
        "Reuters",
        "2024",
        "،",
    ],
)
def test_score_rows_equal_the_feature_strings_sums(tok: str) -> None:
    tagger = get_tagger()
    if tagger is None:
        pytest.skip("no shipped NER model")
    cache = tagger.scores
    row = cache.row_ids([tok])[0]
    assert np.array_equal(cache.table[row], _reference_row(tagger, tok))


@pytest.mark.parametrize(
    "word",
    ["السوريين", "والعراقيه", "للبنانيين", "عراقيا", "الايرانيون", "المصريه", "الحكومه", "قال", "بالمدينه", "اليمن"],
)
def test_adjective_refusal_agrees_with_the_kb(word: str) -> None:
    from marsad.analyze.entities.lexicon import adjective_country, get_kb_safe
    from marsad.text.normalize import normalize

    kb = get_kb_safe()
    if kb is None:
        pytest.skip("no KB")
    norm = normalize(word)
    assert adjective_country(kb, norm) == kb.country_of_adjective(norm)


@pytest.mark.parametrize(("word", "shape"), [("لافروف", "cv=CVCCVC"), ("بوتين", "cv=CVCVC"), ("ميركل", "cv=CVCCC")])
def test_consonant_vowel_shape(word: str, shape: str) -> None:
    from marsad.analyze.entities.features import _foreign

    assert shape in _foreign(word, word)
