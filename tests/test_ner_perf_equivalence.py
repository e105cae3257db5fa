"""The faster tokenizer, state scores and Viterbi give what the plain versions gave, to the bit."""

from __future__ import annotations

import gc
import itertools
import random

import numpy as np
import pytest

from marsad.model import Document, Token
from marsad.text.tokens import WORD_RE, _pieces, split_words, tokenize

TEXTS = [
    "",
    "   ",
    "وقال الرئيس،  إن 3.5% من «الناس» (في بغداد) يريدون_ذلك!!",
    "  والعراقيين للحكومة ماكرون، 2024 ــ كتابٌ\u200cمُشكَّل ؟ a.b.c  ",
    "ﻻ ﷲ x1 ١٢٣٫٥ \u0651 _ —",
]


@pytest.mark.parametrize("text", TEXTS)
def test_split_words_are_the_pattern_matches(text: str) -> None:
    words, starts, ends = split_words(text, 7)
    found = list(WORD_RE.finditer(text))
    assert words == [m.group() for m in found]
    assert list(zip(starts, ends, strict=True)) == [(m.start() + 7, m.end() + 7) for m in found]


def _reference_tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokenizer's loop before its one-token fast path."""
    out = []
    for m in WORD_RE.finditer(text):
        s = m.start() + offset
        for piece, a, b, norm, kind in _pieces(m.group()):
            out.append(Token(piece, s + a, s + b, norm, kind))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_tokenize_matches_the_plain_loop(text: str) -> None:
    assert tokenize(text, 11) == _reference_tokenize(text, 11)


def _reference_viterbi(s: np.ndarray, trans: np.ndarray) -> list[int]:
    """Textbook Viterbi on one sentence, the first maximum on ties (as crfsuite)."""
    delta = s[0] + 0.0
    back = []
    for t in range(1, len(s)):
        cand = delta[:, None] + trans  # (from, to)
        arg = cand.argmax(axis=0)
        back.append(arg)
        delta = cand.max(axis=0) + s[t]
    path = [int(delta.argmax())]
    for arg in reversed(back):
        path.append(int(arg[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("seed", range(5))
def test_batched_viterbi_equals_one_sentence_at_a_time(seed: int) -> None:
    from marsad.analyze.entities.crfmodel import viterbi

    rng = np.random.default_rng(seed)
    labels = 9
    trans = rng.integers(-2, 3, (labels, labels)).astype(float)  # small integers: many ties
    states = [rng.integers(-3, 4, (n, labels)).astype(float) for n in rng.integers(1, 30, 12)]
    assert viterbi(states, trans) == [_reference_viterbi(s, trans) for s in states]


def _reference_states(cache: object, chunks: list[list[str]], flags: list, extra: list) -> list[np.ndarray]:
    """``ScoreCache.states`` before the padded layout: masks per offset, sparse features chunk by chunk."""
    from marsad.analyze.entities.features import _STEPS

    flat = [t for c in chunks for t in c]
    rows = cache.row_ids(flat)  # type: ignore[attr-defined]
    v = cache.table[rows]  # type: ignore[attr-defined]
    s = v[:, 0].copy()
    sent = np.repeat(np.arange(len(chunks)), [len(c) for c in chunks])
    for k, step in enumerate(_STEPS, start=1):
        if step < 0:
            s[-step:] += np.where((sent[-step:] == sent[:step])[:, None], v[:step, k], 0.0)
        else:
            s[:-step] += np.where((sent[:-step] == sent[step:])[:, None], v[step:, k], 0.0)
    index = cache.model.attr_index  # type: ignore[attr-defined]
    pos, ids, base = [], [], 0
    for c, chunk in enumerate(chunks):
        n = len(chunk)
        for i in range(base + 1, base + n):
            bg = cache.bigrams[rows[i]]  # type: ignore[attr-defined]
            if bg is not None and (a := bg.get(cache.words[rows[i - 1]])) is not None:  # type: ignore[attr-defined]
                pos.append(i)
                ids.append(a)
        for i in range(n):
            if flags[c][i] and (a := index.get("gp=" + flags[c][i])) is not None:
                pos.append(base + i)
                ids.append(a)
            for f in extra[c][i]:
                if (a := index.get(f)) is not None:
                    pos.append(base + i)
                    ids.append(a)
        if n:
            pos += [base, base + n - 1]
            ids += [index["BOS"], index["EOS"]]
        base += n
    np.add.at(s, pos, cache.model.weights[ids])  # type: ignore[attr-defined]
    return np.split(s, np.cumsum([len(c) for c in chunks])[:-1])


def test_padded_state_scores_equal_the_masked_ones() -> None:
    from marsad.analyze.entities.crf import get_tagger
    from marsad.analyze.entities.features import document_features

    tagger = get_tagger()
    if tagger is None:
        pytest.skip("no shipped model")
    words = ("قال", "الرئيس", "السوري", "بشار", "الأسد", "في", "دمشق", "،", "إن", "وزير", "الخارجية",
             "سيزور", "موسكو", "غدا", ".", "الأمم", "المتحدة", "2024", "ماكرون", "وبغداد")
    rng = random.Random(3)
    chunks = [[rng.choice(words) for _ in range(n)] for n in (5, 1, 0, 12, 3, 40, 2)]
    flags = [[rng.choice([None, None, "B-LOC", "I-LOC", "B-PER", "B-ORG"]) for _ in c] for c in chunks]
    extra = document_features(chunks)
    got = tagger.scores.states(chunks, flags, extra)
    want = _reference_states(tagger.scores, chunks, flags, extra)
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        assert a.shape == b.shape and np.array_equal(a, b)


@pytest.mark.parametrize("enabled", [True, False])
def test_recognition_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    from marsad.analyze.entities import recognize_document

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        doc = recognize_document(Document(id="x", body="زار الرئيس الفرنسي ماكرون بغداد أمس."))
        assert gc.isenabled() is enabled
        assert any(m.text == "بغداد" for m in doc.mentions)
    finally:
        gc.enable() if was else gc.disable()


def test_document_cues_only_for_repeated_words() -> None:
    from marsad.analyze.entities.features import document_features

    sents = [["قال", "الرئيس", "عون", "إن"], ["وأضاف", "عون", "أن"], ["زار", "بيروت"]]
    out = document_features(sents)
    assert [len(s) for s in out] == [4, 3, 2]
    assert out[0][2][0] == "drep" and out[1][1][0] == "drep"
    assert all(not f for f in itertools.chain(out[2], out[0][:2], out[0][3:]))


@pytest.mark.parametrize("text", [
    "قال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن القمة ستعقد في الرياض",
    "وأعلنت وزارة الدفاع التركية ومجلس الأمن الدولي والهلال الأحمر الكويتي أن الاتحاد الأوروبي سيجتمع",
    "وصل وفد من حركة حماس إلى القاهرة ثم إلى تل أبيب والولايات المتحدة الأمريكية",
])
def test_alias_pair_pruning_changes_no_match(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.analyze.entities import gazetteer
    from marsad.analyze.entities.wordseq import WordSeq

    ws = WordSeq.of(text)
    got = [(m.i, m.j, m.start, m.end, m.ids, m.weak, m.merged_lam) for m in gazetteer.match(ws)]
    assert got
    monkeypatch.setattr(gazetteer, "_may_continue", lambda first, second: True)  # try every length, as before
    assert [(m.i, m.j, m.start, m.end, m.ids, m.weak, m.merged_lam) for m in gazetteer.match(ws)] == got
