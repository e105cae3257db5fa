"""Speed-ups that must change nothing: each fast path gives exactly what the plain code gives."""

from __future__ import annotations

import random

from marsad.clean import _ARABIC, _LATIN, _letter_counts
from marsad.link import stories
from marsad.link.stories import _cosine, _Scorer
from marsad.model import Document, Mention, to_dict
from marsad.store.codec import document_data, plain


def _regex_counts(text: str) -> tuple[int, int]:
    return len(text) - len(_ARABIC.sub("", text)), len(text) - len(_LATIN.sub("", text))


def test_letter_counts_match_the_regexes() -> None:
    rng = random.Random(7)
    pools = [(0, 0x800), (0x5F0, 0x710), (0xFB40, 0xFF00), (0xD800, 0xE000), (0x10000, 0x10100)]
    texts = ["", "abc", "مرحبا بالعالم", "ﻻ ﷲ", "\ufeffنص", "x\ud800y"]
    for _ in range(3000):
        texts.append("".join(chr(rng.randrange(*rng.choice(pools))) for _ in range(rng.randrange(40))))
    for t in texts:
        assert _letter_counts(t) == _regex_counts(t), repr(t)


class _Stats:
    """An EntityStats without a store."""

    def __init__(self, n: int, df: dict[str, int]) -> None:
        self.n, self.df = n, df

    idf = stories.EntityStats.idf
    common = stories.EntityStats.common


def test_scorer_gives_the_same_floats_as_cosine() -> None:
    rng = random.Random(3)
    vocab = [f"person:p{i}" for i in range(30)] + [f"w:t{i}" for i in range(30)]
    for _ in range(400):
        stats = _Stats(rng.randrange(1, 400), {e: rng.randrange(0, 60) for e in vocab})
        doc = set(rng.sample(vocab, rng.randrange(0, 15)))
        scorer = _Scorer(doc, stats)  # type: ignore[arg-type]
        for _ in range(5):
            story = {e: rng.randrange(1, 9) for e in rng.sample(vocab, rng.randrange(0, 25))}
            n = rng.randrange(0, 12)
            want = (_cosine(doc, story, n, stats), _cosine(doc, story, n, stats, terms=True))  # type: ignore[arg-type]
            assert scorer.cosines(story, n) == want


def test_plain_matches_to_dict() -> None:
    doc = Document(id="d1", body="نص", title="عنوان", meta={"a": [1, (2, 3)], "b": {"c": None}})
    doc.mentions = [Mention(start=0, end=2, text="نص", kind="PER")]
    assert plain(doc.mentions) == to_dict(doc.mentions)
    assert plain(doc.meta) == to_dict(doc.meta)
    assert document_data(doc) == to_dict(doc)
