"""NER speed round 3: score rows built from attribute ids are the string path's, bit for bit.

``ScoreCache._add`` no longer makes a feature string per (feature, offset): it looks ids up by
template and caches what a clitic-stripped form gives. ``_reference_rows`` is the round-2 code
(every ``_word_parts`` string mapped to its id); the sums must match exactly, order included.
"""

from __future__ import annotations

from itertools import repeat

import numpy as np
import pytest

from marsad.analyze.entities import features as F
from marsad.analyze.entities.crfmodel import viterbi

WORDS = ("والعراق بالعراق العراق للعراق وزير الخارجية الأمريكي جون كيري قال إن واشنطن لن تسمح على علي "
         "فلاديمير بوتين لبنان 2015 3.5 iPhone Apple OK ، . « » مستشفى السعودية الرياض وبالرياض فيصل "
         "ياسر عرفات غزة إسرائيل الإسرائيلية سوري العراقيين منظمة الصحة العالمية ميركل جورج بوش ـــ عليٌّ "
         "بريطانيا وبريطانيا الألمانية أنجيلا دونالد ترامب كاليفورنيا ال و ب لل وال أ ئ الشيخ الملك سلمان "
         "قطر الدوحة المملكة الأمم المتحدة داعش حزب الله وزيرة رئيسة").split()


def _reference_rows(cache: F.ScoreCache, toks: list[str]) -> np.ndarray:
    """The rows as the string path built them (round 2): every feature string mapped to its id, then summed."""
    get = cache.model.attr_index.get
    m3, m2, m1, p1, p2, p3 = (cache._offset_index[o].get for o in F.OFFSETS)
    unknown = repeat(-1)
    ids: list[int] = []
    lens: list[int] = []
    for tok in toks:
        own, near, cue = F._word_parts(tok)
        near2: tuple[str, ...] = ()
        if cache.word_extra is not None:
            more, near2 = cache.word_extra(tok)
            if more:
                own += more
        edge = [own[1], *cue]
        mid = [own[1], *near, *cue, *near2]
        for look, feats in ((get, own), (m3, cue), (m2, edge), (m1, mid), (p1, mid), (p2, edge), (p3, cue)):
            lens.append(len(feats))
            ids += map(look, feats, unknown)
    attr = np.array(ids, dtype=np.intp)
    slot_of = np.repeat(np.arange(len(lens)), lens)
    known = attr >= 0
    attr, slot_of = attr[known], slot_of[known]
    labels = cache.model.weights.shape[1]
    bins = (slot_of[:, None] * labels + np.arange(labels)).ravel()
    sums = np.bincount(bins, weights=cache.model.weights[attr].ravel(), minlength=len(lens) * labels)
    return sums.reshape(len(toks), F._SLOTS, labels)


@pytest.fixture(scope="module")
def tagger():
    from marsad.analyze.entities.crf import get_tagger

    t = get_tagger()
    if t is None:
        pytest.skip("no CRF model")
    return t


def test_rows_match_string_path(tagger) -> None:
    """Each word's row (own and neighbour slots) is bit for bit the sum the feature strings gave."""
    toks = list(dict.fromkeys(WORDS))
    cache = F.ScoreCache(tagger.model, tagger.scores.word_extra)
    rows = cache.row_ids(toks)
    assert np.array_equal(cache.table[rows], _reference_rows(cache, toks))
    assert [cache.words[r] for r in rows] == [F.norm_word(t) for t in toks]
    again = cache.row_ids(toks[::-1])  # stem rows now cached: the same rows again
    assert again == rows[::-1]


def test_spelling_is_foreign_without_fl() -> None:
    """``_foreign`` is ``fl`` (loanword letters in the token) followed by the form's own spelling cues."""
    for tok in WORDS:
        s = F.strip_clitics(F.norm_word(tok))
        assert [f for f in F._foreign(tok, s) if f != "fl"] == F._spelling(s)


def test_viterbi_matches_loop() -> None:
    """The batched decoder picks, per sentence, what a plain per-token Viterbi (first maximum) picks."""
    rng = np.random.default_rng(3)
    trans = rng.normal(size=(9, 9)).round(1)
    states = [rng.normal(size=(n, 9)).round(1) for n in (0, 1, 2, 7, 30, 5)]
    for bias in (None, np.array([0.5, 0.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5])):
        got = viterbi(states, trans, bias)
        for s, path in zip(states, got, strict=True):
            if not len(s):
                assert path == []
                continue
            sc = s + (bias if bias is not None else 0.0)
            delta = sc[0].copy()
            back = []
            for t in range(1, len(s)):
                cand = delta[:, None] + trans
                back.append(cand.argmax(axis=0))
                delta = cand.max(axis=0) + sc[t]
            best = [int(delta.argmax())]
            for b in reversed(back):
                best.append(int(b[best[-1]]))
            want = best[::-1]
            if bias is None:
                assert path == want
            else:
                assert len(path) == len(s)
