"""The statistical tagger: a linear-chain CRF (crfsuite, L-BFGS) trained on ANERcorp-style data.

Training data: one ``token TAG`` per line (BIO over PERS/LOC/ORG/MISC), sentences split after
``.``/``؟``/``!`` tokens or at blank lines. Malformed lines (empty token, a glued tag) are repaired.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from marsad.analyze.entities.features import sentence_features, set_vocabulary

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "models" / "ner.crfsuite"
TYPES = ("PERS", "LOC", "ORG", "MISC")
_TAG = re.compile(r"^(O|[BI]-(?:PERS|LOC|ORG|MISC))")
_ENDERS = frozenset({".", "؟", "!", "?"})
MAX_SENT = 120  # tokens; longer runs are cut so training and tagging stay linear
DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

Sentence = list[tuple[str, str]]


def _parse_line(line: str) -> list[tuple[str, str]]:
    """(token, tag) pairs on one line; repairs ``. Oالإصابة O`` and skips empty tokens."""
    fields = line.split()
    if not fields:
        return []
    if len(fields) == 1:
        return [] if _TAG.fullmatch(fields[0]) else [(fields[0], "O")]
    out = []
    tok = fields[0]
    for f in fields[1:]:
        m = _TAG.match(f)
        if m and tok is not None:
            out.append((tok, m.group(1)))
            rest = f[m.end():]
            tok = rest or None
        elif tok is None:
            tok = f
        else:
            tok = tok + " " + f
    return out


def read_corpus(path: str | Path) -> list[Sentence]:
    """Sentences of (token, tag) from a ``token TAG`` file."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            for tok, tag in _parse_line(line):
                cur.append((tok, tag))
                if (tok in _ENDERS and tag == "O") or len(cur) >= MAX_SENT:
                    sents.append(cur)
                    cur = []
    if cur:
        sents.append(cur)
    return sents


def train(sents: Iterable[Sentence], out: str | Path, params: dict | None = None) -> Path:
    """Train a CRF on (token, tag) sentences and write the model file."""
    set_vocabulary(None)
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        trainer.append(sentence_features([t for t, _ in s]), [g for _, g in s])
    trainer.select("lbfgs")
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out


def folds(sents: list[Sentence], k: int, seed: int = 13) -> list[tuple[list[Sentence], list[Sentence]]]:
    """K contiguous folds (contiguous blocks keep articles together, as a held-out part would)."""
    del seed  # contiguous split: deterministic by construction
    size = (len(sents) + k - 1) // k
    out = []
    for i in range(k):
        test = sents[i * size : (i + 1) * size]
        trn = sents[: i * size] + sents[(i + 1) * size :]
        out.append((trn, test))
    return out


class Tagger:
    """A loaded CRF model; ``tag`` maps a token list to BIO tags."""

    def __init__(self, path: str | Path = MODEL_PATH) -> None:
        self.path = Path(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))
        self.vocabulary = frozenset(a for a, _ in self._tagger.info().state_features)

    def tag(self, tokens: list[str], flags: list[str | None] | None = None) -> list[str]:
        """BIO tags for one sentence of tokens (long inputs are tagged in chunks)."""
        if not tokens:
            return []
        set_vocabulary(self.vocabulary)
        out: list[str] = []
        for i in range(0, len(tokens), MAX_SENT):
            chunk = tokens[i : i + MAX_SENT]
            out += self._tagger.tag(sentence_features(chunk, flags[i : i + MAX_SENT] if flags else None))
        return out


PROPAGATION_WINDOW = 100  # sentences: a name tagged once is tagged everywhere nearby


def propagate(tokens: list[list[str]], tags: list[list[str]], window: int = PROPAGATION_WINDOW) -> list[list[str]]:
    """Label consistency: an untagged token sequence the tagger tagged elsewhere in the window gets that type.

    News repeats names (أراجون five times in one story); the CRF often catches one occurrence
    and misses others. Only runs of O tags are changed, longest known sequence first.
    """
    from collections import Counter

    from marsad.eval.ner import spans

    out = [list(t) for t in tags]
    for start in range(0, len(tokens), window):
        block = range(start, min(len(tokens), start + window))
        known: dict[tuple[str, ...], Counter] = {}
        for k in block:
            for a, b, typ in spans(tags[k]):
                known.setdefault(tuple(tokens[k][a:b]), Counter())[typ] += 1
        if not known:
            continue
        longest = max(len(x) for x in known)
        for k in block:
            _fill(tokens[k], out[k], known, longest)
    return out


def _fill(words: list[str], tags: list[str], known: dict, longest: int) -> None:
    """Tag the known sequences of one sentence in place where it has only O tags."""
    a = 0
    n = len(words)
    while a < n:
        step = 1
        for length in range(min(longest, n - a), 0, -1):
            key = tuple(words[a : a + length])
            if key not in known:
                continue
            free = all(t == "O" for t in tags[a : a + length]) and (a + length == n or not tags[a + length].startswith("I-"))
            if free and len("".join(key)) >= 3:
                typ = known[key].most_common(1)[0][0]
                tags[a : a + length] = ["B-" + typ] + ["I-" + typ] * (length - 1)
                step = length
            break
        a += step


def tag_sentences(sentences: list[list[str]], path: str | None = None) -> list[list[str]]:
    """BIO tags for consecutive sentences of one text (CRF, then label propagation across them)."""
    tagger = get_tagger(path)
    if tagger is None:
        return [["O"] * len(s) for s in sentences]
    tags = [tagger.tag([t if t.strip() else "_" for t in s]) for s in sentences]
    return propagate(sentences, tags)


@lru_cache(maxsize=4)
def get_tagger(path: str | None = None) -> Tagger | None:
    """The shipped model (or ``path``), or None when no model file exists."""
    p = Path(path) if path else MODEL_PATH
    return Tagger(p) if p.exists() else None


def shuffle(sents: list[Sentence], seed: int = 13) -> list[Sentence]:
    """A reproducibly shuffled copy (for quick subset experiments)."""
    out = list(sents)
    random.Random(seed).shuffle(out)
    return out
