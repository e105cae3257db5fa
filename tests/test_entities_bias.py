"""The tagger's entity bias: a score added to every non-O label before Viterbi, kept in the model's metadata."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from marsad.analyze.entities.crf import Tagger, meta_path, read_meta, train, write_meta
from marsad.analyze.entities.crfmodel import viterbi

_TRAIN = [
    ("استقبل الرئيس اللبناني ميشال عون في بيروت وفدا من الأمم المتحدة",
     "O O O B-PERS I-PERS O B-LOC O O B-ORG I-ORG"),
    ("وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق صباح اليوم",
     "O O O O B-PERS I-PERS O B-LOC O O"),
    ("أعلنت وزارة الدفاع التركية مقتل جنديين قرب الحدود مع سوريا",
     "O B-ORG I-ORG I-ORG O O O O O B-LOC"),
    ("وقال المتحدث باسم الحكومة إن الاجتماع عقد في عمان أمس",
     "O O O O O O O O B-LOC O"),
]
_TEST = [
    "زار وفد من الأمم المتحدة العاصمة بيروت",
    "أعلنت وزارة الخارجية اللبنانية أن الصفدي وصل إلى عمان",
    "قال المتحدث إن الوفد غادر",
]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sents = [list(zip(s.split(), t.split(), strict=True)) for s, t in _TRAIN] * 5
    return train(sents, tmp_path_factory.mktemp("b") / "m.crfsuite", {"max_iterations": 40})


@pytest.mark.parametrize("seed", range(4))
def test_biased_viterbi_is_the_exhaustive_best(seed: int) -> None:
    rng = np.random.default_rng(seed)
    trans = rng.normal(size=(3, 3))
    bias = rng.normal(size=3)
    states = [rng.normal(size=(n, 3)) for n in (4, 1, 3)]
    for s, path in zip(states, viterbi(states, trans, bias), strict=True):
        def total(p: tuple[int, ...], s: np.ndarray = s) -> float:
            return sum(s[t, x] + bias[x] for t, x in enumerate(p)) + sum(trans[a, b] for a, b in itertools.pairwise(p))
        assert tuple(path) == max(itertools.product(range(3), repeat=len(s)), key=total)


def test_metadata_round_trip_and_stale_metadata_removed(model: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.crfsuite"
    out.write_bytes(model.read_bytes())
    write_meta(out, 0.75, {"B-ORG": 0.25})
    tagger = Tagger(out)
    bias = dict(zip(tagger.model.labels, tagger.bias.tolist(), strict=True))  # type: ignore[union-attr]
    assert bias["O"] == 0.0 and bias["B-PERS"] == 0.75 and bias["B-ORG"] == 1.0
    train([[("بيروت", "B-LOC"), ("مدينة", "O")]] * 3, out, {"max_iterations": 5})
    assert not meta_path(out).exists() and read_meta(out)["entity_bias"] == 0.0 and Tagger(out).bias is None


def test_zero_bias_tags_like_no_metadata(model: Path, tmp_path: Path) -> None:
    out = tmp_path / "z.crfsuite"
    out.write_bytes(model.read_bytes())
    write_meta(out, 0.0)
    sentences = [s.split() for s in _TEST]
    assert Tagger(out).tag_text(sentences) == Tagger(model).tag_text(sentences)


@pytest.mark.parametrize("delta", [0.5, 1.0, 3.0])
def test_bias_never_lowers_the_number_of_entity_tokens(model: Path, delta: float) -> None:
    tagger = Tagger(model)
    sentences = [s.split() for s in _TEST]
    plain = tagger.tag_text(sentences)
    tagger.set_bias(tagger.bias_vector(delta))
    biased = tagger.tag_text(sentences)
    for a, b in zip(plain, biased, strict=True):
        assert sum(t != "O" for t in b) >= sum(t != "O" for t in a)
