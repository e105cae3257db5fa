"""Two-stage tagging (after Krishnan & Manning 2006): a second CRF sees what the first one tagged nearby.

The first CRF tags every sentence of a text on its own. Each word sequence it tagged as a name is
then looked for in the neighbouring sentences (``WINDOW`` either side: ANERcorp and news files keep
a story's sentences together), and where it occurs again a second CRF gets, next to the usual
features, ``dsB=TYPE`` on its first word and ``dsI=TYPE`` on the others («تل الورد» tagged LOC two
sentences back, O here). The second CRF is trained on first-stage tags predicted out of fold
(cross-validation over the training data), so it learns how far to trust them on unseen text.
Unlike label propagation (``crf.propagate``, still run afterwards), the context can overrule them.

Aggregates of single words (share of each type per word form) and over the whole text were tried
too, and the first stage's own tag as a feature: each made 5-fold CV worse (0.7731 without a second
stage; every aggregate 0.7624; sequences within the window only 0.7769).

The second model lives beside the first (``ner.stack.crfsuite``) with a copy of its name lexicon;
``crf.tag_sentences`` uses it when it is there.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from marsad.analyze.entities.features import _shape, norm_word, strip_clitics

WINDOW = 20  # sentences either side that make a token's "document"
MAX_SPAN = 6  # longest tagged word sequence matched elsewhere
_TYPES = ("PERS", "LOC", "ORG", "MISC")


def stack_path(model: str | Path) -> Path:
    """Where the second-stage model of a first-stage model file lives (beside it)."""
    p = Path(model)
    return p.with_name(p.stem + ".stack.crfsuite")


def word_key(tok: str) -> str | None:
    """The grouping form of a token (normalized, clitic-stripped Arabic of 2+ letters), or None."""
    if _shape(tok) != "A":
        return None
    k = strip_clitics(norm_word(tok))
    return k if len(k) >= 2 else None


def _sent_counts(keys: list[str | None], spans: list[tuple[int, int, str]]) -> Counter:
    """(key sequence, type) counts of the names tagged in one sentence."""
    seqs: Counter = Counter()
    for a, b, typ in spans:
        seq = tuple(keys[a:b])
        if b - a <= MAX_SPAN and None not in seq:
            seqs[(seq, typ)] += 1
    return seqs


class _Pool:
    """Counts of tagged key sequences by type over a run of sentences."""

    def __init__(self) -> None:
        self.seqs: dict[tuple, Counter] = {}
        self.longest = 0

    def add(self, seqs: Counter, sign: int = 1) -> None:
        for (s, t), n in seqs.items():
            self.seqs.setdefault(s, Counter())[t] += sign * n
            self.longest = max(self.longest, len(s))

    def features(self, keys: list[str | None], own: Counter) -> list[list[str]]:
        """Per token, the pool's tagged sequences found here, less this sentence's own names."""
        out: list[list[str]] = [[] for _ in keys]
        n = len(keys)
        i = 0
        while i < n:  # the longest sequence tagged elsewhere that starts here
            step = 1
            for length in range(min(self.longest, n - i), 0, -1):
                seq = tuple(keys[i : i + length])
                c = self.seqs.get(seq)
                if not c:
                    continue
                counts = {t: c[t] - own.get((seq, t), 0) for t in _TYPES}
                if sum(counts.values()) <= 0:
                    continue
                top = max(_TYPES, key=counts.__getitem__)
                out[i].append("dsB=" + top)
                for j in range(i + 1, i + length):
                    out[j].append("dsI=" + top)
                step = length
                break
            i += step
        return out


def stack_features(sentences: list[list[str]], tags: list[list[str]], window: int | None = None) -> list[list[tuple[str, ...]]]:
    """Per token, second-stage features from first-stage ``tags`` of the same text (in order).

    ``dsB=TYPE``/``dsI=TYPE``: the word sequence starting here was tagged TYPE in another sentence
    at most ``window`` (default ``WINDOW``) sentences away (B on its first word, I on the rest).
    """
    from marsad.eval.ner import spans

    window = WINDOW if window is None else window
    keys = [[word_key(t) for t in s] for s in sentences]
    counts = [_sent_counts(k, sorted(spans(t))) for k, t in zip(keys, tags, strict=True)]
    doc = _Pool()
    n = len(sentences)
    for k in range(min(n, window + 1)):
        doc.add(counts[k])
    out: list[list[tuple[str, ...]]] = []
    for k in range(n):
        if k - window - 1 >= 0:
            doc.add(counts[k - window - 1], -1)
        if k + window < n and k > 0:
            doc.add(counts[k + window])
        out.append([tuple(f) for f in doc.features(keys[k], counts[k])])
    return out


def _joined(a: list[list[tuple[str, ...]]], b: list[list[tuple[str, ...]]]) -> list[list[tuple[str, ...]]]:
    """Per-token feature tuples of two sources, concatenated."""
    return [[x + y for x, y in zip(s, t, strict=True)] for s, t in zip(a, b, strict=True)]


def train_stack(sents: list, first: list[list[str]], out: str | Path, extra: list[list[tuple[str, ...]]] | None = None,
                params: dict | None = None) -> Path:
    """Train the second-stage CRF on gold ``sents`` (in text order) with out-of-fold first-stage tags ``first``.

    ``extra``: the sentences' lexicon features as the first stage was trained with (``induced``).
    """
    from marsad.analyze.entities.crf import train

    feats = stack_features([[t for t, _ in s] for s in sents], first)
    return train(sents, out, params, feats if extra is None else _joined(extra, feats))


def tag_stacked(second: object, sentences: list[list[str]], first: list[list[str]]) -> list[list[str]]:
    """Second-stage tags of consecutive sentences of one text, given the first stage's tags of them."""
    from marsad.analyze.entities.features import document_features

    safe = [[t if t.strip() else "_" for t in s] for s in sentences]
    return second.tag_many(safe, None, _joined(document_features(safe), stack_features(safe, first)))  # type: ignore[attr-defined]


def out_of_fold(sents: list, k: int, corpus: list[Path] | None, params: dict | None, tmp: Path) -> list[list[str]]:
    """First-stage tags of every training sentence from a model trained on the other k-1 folds."""
    import sys

    from marsad.analyze.entities.crf import Tagger, folds, train
    from marsad.analyze.entities.induced import train_with_lexicon

    tags: list[list[str]] = []
    for i, (trn, test) in enumerate(folds(sents, k)):
        model = tmp / f"oof{i}.crfsuite"
        model = train_with_lexicon(trn, model, corpus, params) if corpus else train(trn, model, params)
        tags += Tagger(model).tag_text([[t for t, _ in s] for s in test])
        print(f"out-of-fold first stage {i + 1}/{k}", file=sys.stderr, flush=True)
    return tags
