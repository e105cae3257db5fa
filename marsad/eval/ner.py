"""``marsad eval ner``: entity-level precision/recall/F1 (CoNLL exact span and type), per type and micro."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

TYPES = ("PERS", "LOC", "ORG", "MISC")


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) from BIO tags; an I- without B- starts an entity (conlleval)."""
    out = set()
    start, typ = None, None
    for i, t in enumerate([*tags, "O"]):
        kind = t[2:] if len(t) > 2 else None
        begins = t.startswith("B-") or (t.startswith("I-") and kind != typ)
        if start is not None and (t == "O" or begins or kind != typ):
            out.add((start, i, typ))
            start, typ = None, None
        if begins:
            start, typ = i, kind
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-type and micro P/R/F1 over sentences of BIO tags."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in ps & gs:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    table = {}
    for t in [*TYPES, "micro"]:
        a = sum(tp.values()) if t == "micro" else tp[t]
        b = sum(fp.values()) if t == "micro" else fp[t]
        c = sum(fn.values()) if t == "micro" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[t] = {"precision": p, "recall": r, "f1": f, "support": a + c}
    return table


def format_table(table: dict[str, dict[str, float]]) -> str:
    """A fixed-width text table of a score dict."""
    lines = [f"{'type':6} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6}"]
    for t, row in table.items():
        lines.append(f"{t:6} {row['precision']:7.4f} {row['recall']:7.4f} {row['f1']:7.4f} {int(row['support']):6d}")
    return "\n".join(lines)


def read_conll(path: str) -> list[list[tuple[str, str]]]:
    """Sentences of (token, gold tag) from a CoNLL file (first column token, last column tag)."""
    from marsad.analyze.entities.crf import read_corpus

    return read_corpus(path)


def cross_validate(path: str, k: int = 5, *, params: dict | None = None, limit: int = 0,
                   corpus: list | None = None, entity_bias: float | None = None,
                   stack: bool = False) -> dict[str, dict[str, float]]:
    """K-fold CV on a training file: train on k-1 folds, tag the held-out fold, pool the counts.

    With ``corpus`` (unlabeled news), each fold's model gets its own induced name lexicon,
    built from the training folds only, exactly as ``marsad train ner`` builds the shipped one;
    each fold's model gets the same metadata (``entity_bias``, default ``crf.ENTITY_BIAS``) too.
    With ``stack``, each fold also gets a second-stage CRF (``entities.stack``) trained on the
    other folds' first-stage tags, which are out of fold: each came from the model that did not
    see its fold (that model saw the test fold, but only its first-stage tags reach the second stage).
    """
    import shutil
    import tempfile
    from pathlib import Path

    from marsad.analyze.entities.crf import (
        ENTITY_BIAS,
        Tagger,
        folds,
        postprocess,
        train,
        write_meta,
    )
    from marsad.analyze.entities.induced import lexicon_path, train_with_lexicon
    from marsad.analyze.entities.stack import tag_stacked, train_stack

    sents = read_conll(path)
    if limit:
        sents = sents[:limit]
    bias = ENTITY_BIAS if entity_bias is None else entity_bias
    gold_all: list[list[str]] = []
    pred_all: list[list[str]] = []
    splits = folds(sents, k)
    first: list[list[list[str]]] = []
    extras: list[list | None] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (trn, test) in enumerate(splits):
            out = Path(tmp) / f"fold{i}.crfsuite"
            keep: dict = {}
            model = train_with_lexicon(trn, out, corpus, params, keep=keep) if corpus else train(trn, out, params)
            write_meta(model, bias)
            extras.append(keep.get("extra"))
            tagger = Tagger(model)
            words = [[t for t, _ in s] for s in test]
            first.append(tagger.tag_text(words))
            if stack:
                continue
            gold = [[g for _, g in s] for s in test]
            pred = postprocess(words, first[-1])
            fold = score(gold, pred)
            print(f"fold {i + 1}/{k}: micro F1 {fold['micro']['f1']:.4f}", file=sys.stderr, flush=True)
            gold_all += gold
            pred_all += pred
        for i, (trn, test) in enumerate(splits if stack else []):
            second = Path(tmp) / f"fold{i}.stack.crfsuite"
            oof = [t for j, tags in enumerate(first) if j != i for t in tags]
            train_stack(trn, oof, second, extras[i], params)
            if corpus:
                shutil.copy(lexicon_path(Path(tmp) / f"fold{i}.crfsuite"), lexicon_path(second))
            write_meta(second, bias)
            words = [[t for t, _ in s] for s in test]
            gold = [[g for _, g in s] for s in test]
            tags = tag_stacked(Tagger(second), words, first[i])
            pred = postprocess(words, tags)
            fold = score(gold, pred)
            print(f"fold {i + 1}/{k} (second stage): micro F1 {fold['micro']['f1']:.4f}", file=sys.stderr, flush=True)
            gold_all += gold
            pred_all += pred
    return score(gold_all, pred_all)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of ``marsad eval ner`` (for the eval dispatcher)."""
    p.add_argument("file", help="gold CoNLL file: token ... TAG per line")
    p.add_argument("--cv", type=int, default=0, help="K-fold cross-validation of a fresh CRF on this training file")
    p.add_argument("--cv-limit", type=int, default=0, help="use at most N sentences in cross-validation")
    p.add_argument("--corpus", nargs="+", default=None,
                   help="unlabeled news for the induced name lexicon in --cv (default: ../shared SaudiNewsNet when present)")
    p.add_argument("--no-lexicon", action="store_true", help="cross-validate without the induced name lexicon")
    p.add_argument("--entity-bias", type=float, default=None,
                   help="score added to non-O labels before Viterbi (default: crf.ENTITY_BIAS, as in train ner)")
    p.add_argument("--stack", action="store_true", help="in --cv, score the two-stage tagger (entities.stack)")


def main(args: argparse.Namespace) -> int:
    """Score the recognizer on a gold CoNLL file, or cross-validate with ``--cv K``."""
    if getattr(args, "cv", 0):
        from marsad.cli.train import lexicon_corpus

        corpus = None if getattr(args, "no_lexicon", False) else lexicon_corpus(getattr(args, "corpus", None))
        table = cross_validate(args.file, args.cv, limit=getattr(args, "cv_limit", 0) or 0, corpus=corpus,
                               entity_bias=getattr(args, "entity_bias", None), stack=getattr(args, "stack", False))
        print(f"{args.cv}-fold cross-validation on {args.file}")
        print(format_table(table))
        return 0
    from marsad.analyze.entities.crf import tag_sentences

    sents = read_conll(args.file)
    gold = [[g for _, g in s] for s in sents]
    pred = tag_sentences([[t for t, _ in s] for s in sents])
    print(format_table(score(gold, pred)))
    return 0
