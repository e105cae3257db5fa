"""The left-aligned Viterbi, the faster word-shape test and the memo's batch lookup give what the versions before them gave."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from marsad.analyze.entities.crfmodel import viterbi
from marsad.analyze.entities.features import _LATIN_LOWER, _shape, norm_word
from marsad.text.normalize import normalize


def _right_aligned_viterbi(states: list[np.ndarray], transitions: np.ndarray,
                           bias: np.ndarray | None = None) -> list[list[int]]:
    """The batched decoder before: sentences right-aligned behind zero transitions, bias on the padding too."""
    lengths = [len(s) for s in states]
    t_max, n_labels, batch = max(lengths), transitions.shape[0], len(states)
    scores = np.zeros((t_max, batch, n_labels))
    live = np.zeros((t_max, batch), dtype=np.intp)
    for b, s in enumerate(states):
        if len(s):
            scores[t_max - len(s) :, b] = s
            live[t_max - len(s) + 1 :, b] = 1
    if bias is not None:
        scores += bias
    trans = np.stack([np.zeros_like(transitions), transitions])[live].transpose(0, 2, 1, 3)
    delta = scores[0].copy()
    cands = np.empty((t_max, n_labels, batch, n_labels))
    for t in range(1, t_max):
        cands[t] = delta.T[:, :, None] + trans[t]
        delta = cands[t].max(axis=0) + scores[t]
    back = cands[1:].argmax(axis=1)
    path = np.empty((t_max, batch), dtype=np.intp)
    path[-1] = delta.argmax(axis=1)
    for t in range(t_max - 1, 0, -1):
        path[t - 1] = back[t - 1, np.arange(batch), path[t]]
    return [path[t_max - n :, b].tolist() for b, n in enumerate(lengths)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("biased", [False, True])
def test_left_aligned_viterbi_equals_the_right_aligned_one(seed: int, biased: bool) -> None:
    rng = np.random.default_rng(seed)
    labels = 9
    trans = rng.normal(0, 1.5, (labels, labels))
    states = [rng.normal(0, 2, (n, labels)) for n in rng.integers(0, 40, 15)]
    states[0] = rng.normal(0, 2, (40, labels))  # one sentence the longest: the others are padded
    bias = rng.normal(0, 1, labels) if biased else None
    assert viterbi(states, trans, bias) == _right_aligned_viterbi(states, trans, bias)


def test_ties_keep_the_first_maximum_with_a_bias() -> None:
    labels = 5
    states = [np.zeros((n, labels)) for n in (7, 1, 3, 0, 7)]
    for trans in (np.zeros((labels, labels)), np.ones((labels, labels))):
        for bias in (None, np.ones(labels), np.arange(labels, dtype=float)):
            assert viterbi(states, trans, bias) == _right_aligned_viterbi(states, trans, bias)


def test_latin_letters_are_those_lowering_to_a_to_z() -> None:
    want = {c for c in map(chr, range(sys.maxunicode + 1)) if "a" <= c.lower() <= "z"}
    got = {c for c in map(chr, range(sys.maxunicode + 1)) if _LATIN_LOWER.match(c)}
    assert got == want


def _reference_shape(tok: str) -> str:
    if tok.isdigit() or tok.replace(".", "").replace(",", "").isdigit():
        return "D"
    if any("a" <= c.lower() <= "z" for c in tok):
        return "L"
    if not any(c.isalpha() for c in tok):
        return "P"
    return "A"


@pytest.mark.parametrize("tok", ["بغداد", "Obama", "İzmir", "\u212aelvin", "3.5", "١٢", "،", "—«", "x1", "_",
                                 "بـ", "\u064bب", "", "وبالعراق", "ﻻ", "COVID-19"])
def test_word_shape_and_form_as_before(tok: str) -> None:
    assert _shape(tok) == _reference_shape(tok)
    assert norm_word(tok) == (normalize(tok) or tok)


def test_memo_many_is_one_call_per_key() -> None:
    from marsad.text.memo import Memo

    computed: list[str] = []

    def compute(key: str) -> str:
        computed.append(key)
        return key.upper()

    memo: Memo[str, str] = Memo(compute, 3)
    assert memo.many(["a", "b", "a", "c", "d"]) == ["A", "B", "A", "C", "D"]
    assert computed == ["a", "b", "c", "d"]  # a miss computed once, in order; generations turned over
    assert memo.many(["d", "a", "e"]) == ["D", "A", "E"]
    assert memo.many([]) == []
