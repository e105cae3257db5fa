"""The numpy CRF tagger: model file reading, exact Viterbi, and the same tags as crfsuite itself."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from marsad.analyze.entities.crf import MAX_SENT, Tagger, train
from marsad.analyze.entities.crfmodel import CrfModel, viterbi
from marsad.analyze.entities.features import FeatureCache, document_features, sentence_features

_TRAIN = [
    "استقبل الرئيس اللبناني ميشال عون في بيروت وفدا من الأمم المتحدة",
    "وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق صباح اليوم",
    "أعلنت وزارة الدفاع التركية مقتل جنديين قرب الحدود مع سوريا",
    "قال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن القمة ستعقد في الجزائر",
]
_TAGS = [
    ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG"],
    ["O", "O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O"],
    ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-LOC"],
    ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PERS", "I-PERS", "I-PERS", "O", "O", "O", "O", "B-LOC"],
]
_TEST = [
    "زار الرئيس عون الجزائر",
    "أعلنت وزارة الخارجية اللبنانية أن الصفدي وصل",
    "",
    " ".join(["قال", "أبو", "الغيط", "في", "بيروت", "إن", "دمشق"] * 40),  # longer than MAX_SENT: tagged in chunks
]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sents = [list(zip(s.split(), t, strict=True)) for s, t in zip(_TRAIN, _TAGS, strict=True)] * 5
    return train(sents, tmp_path_factory.mktemp("m") / "m.crfsuite", {"max_iterations": 40, "c1": 0.0})


def _crfsuite_tags(path: Path, sentences: list[list[str]]) -> list[list[str]]:
    """Tags from pycrfsuite itself, fed the same (filtered) feature strings."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    cache = FeatureCache(frozenset(a for a, _ in tagger.info().state_features))
    extra = document_features(sentences)
    out = []
    for toks, ex in zip(sentences, extra, strict=True):
        tags: list[str] = []
        for i in range(0, len(toks), MAX_SENT):
            tags += tagger.tag(sentence_features(toks[i : i + MAX_SENT], None, ex[i : i + MAX_SENT], cache))
        out.append(tags)
    return out


def test_model_file_is_read_like_crfsuite(model: Path) -> None:
    m = CrfModel(model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    info = tagger.info()
    assert m.labels == tagger.labels()
    label = {x: k for k, x in enumerate(m.labels)}
    for (attr, lab), w in info.state_features.items():
        assert abs(m.weights[m.attr_index[attr], label[lab]] - w) < 1e-5  # the dump rounds to 6 decimals
    for (a, b), w in info.transitions.items():
        assert abs(m.transitions[label[a], label[b]] - w) < 1e-5


def test_numpy_tagger_gives_crfsuite_tags(model: Path) -> None:
    sentences = [s.split() for s in _TEST]
    assert Tagger(model).tag_text(sentences) == _crfsuite_tags(model, sentences)


@pytest.mark.parametrize("seed", range(5))
def test_viterbi_is_the_exhaustive_best(seed: int) -> None:
    rng = np.random.default_rng(seed)
    trans = rng.normal(size=(3, 3))
    states = [rng.normal(size=(n, 3)) for n in (4, 1, 3, 5)]
    got = viterbi(states, trans)
    for s, path in zip(states, got, strict=True):
        def total(p: tuple[int, ...], s: np.ndarray = s) -> float:
            return sum(s[t, x] for t, x in enumerate(p)) + sum(trans[a, b] for a, b in itertools.pairwise(p))
        best = max(itertools.product(range(3), repeat=len(s)), key=total)
        assert tuple(path) == best


@pytest.mark.parametrize(("word", "feature"), [("على", "r1=ى"), ("علي", "r1=ي"), ("مدينة", "r1=ة"), ("كتابه", "r1=ه")])
def test_raw_final_letter_survives_normalization(word: str, feature: str) -> None:
    from marsad.analyze.entities.features import word_features

    own = word_features(word)[0]
    assert feature in own  # على (on) and the name علي share one normalized form
    assert not [f for f in own if f.startswith("r1=") and f != feature]


@pytest.mark.parametrize(
    ("row", "own", "near"),
    [
        ([10, 8, 0, 0, 0], ("lxPERS=4",), ("lxt=PERS",)),  # mostly tagged a person in unlabeled news
        ([20, 1, 5, 0, 0], ("lxPERS=1", "lxLOC=2"), ()),  # no type reaches TOP_SHARE: nothing for the neighbours
        ([50, 0, 0, 0, 0], ("lx0",), ()),  # frequent and never a name
        ([2, 2, 0, 0, 0], (), ()),  # too rare to trust
    ],
)
def test_induced_lexicon_features(row: list[int], own: tuple, near: tuple) -> None:
    from marsad.analyze.entities import induced

    assert induced.word_features("جونسون", {"جونسون": row}) == (own, near)


def test_lexicon_features_reach_the_tagger_as_in_training(model: Path, tmp_path: Path) -> None:
    """A model trained with lexicon features tags like crfsuite fed the same training-time feature strings."""
    from marsad.analyze.entities import induced

    lex = {"عون": [9, 9, 0, 0, 0], "الجزاير": [9, 0, 8, 0, 0], "الصفدي": [5, 4, 0, 0, 0], "وصل": [30, 0, 0, 0, 0]}
    sents = [list(zip(s.split(), t, strict=True)) for s, t in zip(_TRAIN, _TAGS, strict=True)] * 5
    extra = [induced.sentence_extra([w for w, _ in s], lex) for s in sents]
    path = train(sents, tmp_path / "lx.crfsuite", {"max_iterations": 40, "c1": 0.0}, extra)
    induced.save(lex, induced.lexicon_path(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    assert any(a.startswith(("lx", "-1lx", "+1lx")) for a, _ in tagger.info().state_features)
    cache = FeatureCache(frozenset(a for a, _ in tagger.info().state_features))
    sentences = [s.split() for s in _TEST if s]
    want = []
    for toks, doc in zip(sentences, document_features(sentences), strict=True):
        tags: list[str] = []
        for i in range(0, len(toks), MAX_SENT):
            chunk = toks[i : i + MAX_SENT]
            ex = [a + b for a, b in zip(doc[i : i + MAX_SENT], induced.sentence_extra(chunk, lex), strict=True)]
            tags += tagger.tag(sentence_features(chunk, None, ex, cache))
        want.append(tags)
    ours = Tagger(path)
    assert ours.lexicon == lex
    assert ours.tag_text(sentences) == want


def test_plain_training_removes_a_stale_lexicon(tmp_path: Path) -> None:
    from marsad.analyze.entities import induced

    out = tmp_path / "m.crfsuite"
    induced.save({"عون": [9, 9, 0, 0, 0]}, induced.lexicon_path(out))
    train([list(zip(_TRAIN[0].split(), _TAGS[0], strict=True))] * 3, out, {"max_iterations": 5})
    assert not induced.lexicon_path(out).exists() and Tagger(out).lexicon == {}


def test_train_with_lexicon_writes_model_and_lexicon(tmp_path: Path) -> None:
    from marsad.analyze.entities import induced

    news = tmp_path / "news.txt"
    news.write_text("\n".join(_TRAIN * 4) + "\n", encoding="utf-8")  # unlabeled text: the same sentences, untagged
    sents = [list(zip(s.split(), t, strict=True)) for s, t in zip(_TRAIN, _TAGS, strict=True)] * 4
    out = induced.train_with_lexicon(sents, tmp_path / "m.crfsuite", [news], {"max_iterations": 30})
    lex = induced.load(induced.lexicon_path(out))
    assert lex["بيروت"][0] >= induced.MIN_COUNT
    assert Tagger(out).lexicon == lex and not list(tmp_path.glob("*half*"))
