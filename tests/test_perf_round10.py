"""Speed round 10: the CRF score rows built from prefix-free id tables equal the feature strings' sums."""

from __future__ import annotations

import numpy as np
import pytest
from test_entities_perf import _reference_row

from marsad.analyze.entities.crf import get_tagger
from marsad.analyze.entities.features import ScoreCache
from marsad.text.tokens import split_words

# Short stripped forms (affixes of length < 4), clitics, numbers, Latin, punctuation, words unknown to the model.
_SENTENCES = [
    "قال وزير الخارجية المصري سامح شكري في القاهرة يوم الأحد إن مصر لن تقبل بأي حل عسكري للأزمة في ليبيا.",
    "وأعلنت شركة أرامكو السعودية عن أرباح بلغت 121 مليار دولار في عام 2022، وفق بيان نشرته وكالة Reuters.",
    "والتقى الرئيس الفرنسي إيمانويل ماكرون بنظيره الأوكراني فولوديمير زيلينسكي في باريس لبحث المساعدات العسكرية.",
    "وبالعراق وللبنان وفي غزة ومن دمشق: أب أم يد فم.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_fresh_cache_rows_equal_the_feature_strings_sums(text: str) -> None:
    tagger = get_tagger()
    if tagger is None:
        pytest.skip("no shipped NER model")
    cache = ScoreCache(tagger.model, tagger.scores.word_extra)  # cold: every word goes through one _add batch
    toks = split_words(text)[0]
    rows = cache.row_ids(toks)
    for tok, row in zip(toks, rows, strict=True):
        assert np.array_equal(cache.table[row], _reference_row(tagger, tok)), tok
