"""A name lexicon induced from unlabeled news: how often a first CRF tags each word as PERS/LOC/ORG/MISC.

A name unseen in the training data is often frequent in other news, where the easy contexts
(after الرئيس, في مدينة …) let a first tagger recognize it. Counting its tags over many
unlabeled articles gives the final tagger a prior for that word. To keep the prior honest
during training, ``train_with_lexicon`` fits two tagger halves on the two halves of the
labelled data and gives each half's sentences the lexicon of the *other* half's tagger
(jackknife); the shipped lexicon is the sum of both. The file holds word → counts only.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from marsad.analyze.entities.features import _shape, norm_word, strip_clitics

TYPES = ("PERS", "LOC", "ORG", "MISC")
MIN_COUNT = 3  # occurrences before a word's tag shares are used
ARTICLES = 8000  # unlabeled articles tagged per lexicon (about 95k sentences)
TOP_SHARE = 0.3  # a type tagged this often is passed to the neighbours too

Lexicon = dict[str, list[int]]  # stripped word → [occurrences, PERS, LOC, ORG, MISC]
_INDEX = {t: k + 1 for k, t in enumerate(TYPES)}


def lexicon_path(model: str | Path) -> Path:
    """Where the lexicon of a model file lives (beside it)."""
    p = Path(model)
    return p.with_name(p.stem + ".lexicon.tsv")


def key(tok: str) -> str | None:
    """The lexicon key of a token (normalized, clitic-stripped), or None for non-Arabic tokens."""
    return strip_clitics(norm_word(tok)) if _shape(tok) == "A" else None


def induce(tagger: object, texts: Iterable[str]) -> Lexicon:
    """Tag unlabeled texts with ``tagger`` (a crf.Tagger) and count each word's entity types."""
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import words

    lex: Lexicon = {}
    for text in texts:
        sents = []
        for a, b in split_sentences(text):
            seg = text[a:b]
            toks = [seg[x:y] for x, y in words(seg)]
            if toks:
                sents.append(toks)
        for toks, tags in zip(sents, tagger.tag_text(sents), strict=True):  # type: ignore[attr-defined]
            for tok, tag in zip(toks, tags, strict=True):
                k = key(tok)
                if k is None:
                    continue
                row = lex.get(k)
                if row is None:
                    row = lex[k] = [0] * (len(TYPES) + 1)
                row[0] += 1
                if tag != "O":
                    row[_INDEX[tag[2:]]] += 1
    return lex


def merge(a: Lexicon, b: Lexicon) -> Lexicon:
    """Counts of two lexicons added."""
    out = {k: list(v) for k, v in a.items()}
    for k, v in b.items():
        row = out.setdefault(k, [0] * len(v))
        for i, x in enumerate(v):
            row[i] += x
    return out


def save(lex: Lexicon, path: str | Path) -> Path:
    """Write ``word<TAB>count…`` lines for the words seen MIN_COUNT times or more."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        for k, row in sorted(lex.items(), key=lambda kv: (-kv[1][0], kv[0])):
            if row[0] >= MIN_COUNT and "\t" not in k and "\n" not in k:
                fh.write(k + "\t" + "\t".join(map(str, row)) + "\n")
    return path


def load(path: str | Path) -> Lexicon:
    """A saved lexicon (empty when the file is absent)."""
    path = Path(path)
    if not path.exists():
        return {}
    out: Lexicon = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = [int(x) for x in parts[1:]]
    return out


def _bucket(share: float) -> int:
    return 0 if share == 0 else 1 if share < 0.1 else 2 if share < 0.3 else 3 if share < 0.6 else 4


# The feature strings, made once: ``word_features`` runs for every distinct word of a run, most of
# them in the lexicon, and formatting the strings was half its time.
_OWN = tuple((i, tuple(f"lx{t}={b}" for b in range(5))) for t, i in _INDEX.items())  # (row index, by bucket)
_TOP = tuple(("lxt=" + t,) for t in TYPES)


def word_features(tok: str, lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, features for the neighbours ±1 without the offset prefix) of one token."""
    k = key(tok)
    row = lex.get(k) if k is not None else None
    if row is None or row[0] < MIN_COUNT:
        return (), ()
    n = row[0]
    own = tuple([names[_bucket(row[i] / n)] for i, names in _OWN if row[i]])
    if not own:
        return ("lx0",), ()
    top = 1  # the most frequent type, the first one on ties (as ``max``)
    for i in range(2, len(TYPES) + 1):
        if row[i] > row[top]:
            top = i
    return own, (_TOP[top - 1] if row[top] >= TOP_SHARE * n else ())


def sentence_extra(tokens: list[str], lex: Lexicon) -> list[tuple[str, ...]]:
    """Per token, its lexicon features and its neighbours' (as ``-1``/``+1`` features), for training."""
    feats = [word_features(t, lex) for t in tokens]
    out = []
    for i, (own, _) in enumerate(feats):
        left = tuple("-1" + f for f in feats[i - 1][1]) if i else ()
        right = tuple("+1" + f for f in feats[i + 1][1]) if i + 1 < len(feats) else ()
        out.append(own + left + right)
    return out


def train_with_lexicon(sents: list, out: str | Path, corpus: list[Path], params: dict | None = None,
                       articles: int = ARTICLES, keep: dict | None = None) -> Path:
    """Train the final CRF with jackknifed lexicon features and write the model and its lexicon.

    ``keep``, when given, receives the training sentences' lexicon features under ``"extra"``
    (the second stage, ``stack``, trains on the same ones).
    """
    from marsad.analyze.entities.clusters import iter_texts
    from marsad.analyze.entities.crf import Tagger, train

    out = Path(out)
    half = len(sents) // 2
    parts = (sents[:half], sents[half:])
    lexicons = []
    for k, part in enumerate(parts):
        tmp = out.with_name(f"{out.stem}.half{k}.crfsuite")
        train(part, tmp, params)
        texts = (t for i, t in zip(range(articles), iter_texts(corpus), strict=False))
        lexicons.append(induce(Tagger(tmp), texts))
        tmp.unlink()
        print(f"lexicon {k + 1}/2 from {len(part)} sentences: {len(lexicons[-1])} words", file=sys.stderr, flush=True)
    extra = [sentence_extra([t for t, _ in s], lexicons[1]) for s in parts[0]]
    extra += [sentence_extra([t for t, _ in s], lexicons[0]) for s in parts[1]]
    train(sents, out, params, extra)
    save(merge(*lexicons), lexicon_path(out))
    if keep is not None:
        keep["extra"] = extra
    return out
