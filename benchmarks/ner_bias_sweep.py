"""Train the K CV fold models of the NER tagger once, then sweep the O-label bias by re-tagging the held-out folds.

Usage (one heavy job at a time):
    .venv/bin/python benchmarks/ner_bias_sweep.py train --dir /tmp/nerfolds
    .venv/bin/python benchmarks/ner_bias_sweep.py sweep --dir /tmp/nerfolds --deltas 0 0.25 0.5 0.75 1 1.5
The fold split, parameters and induced lexicon are exactly those of ``marsad eval ner --cv``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marsad.analyze.entities.crf import DEFAULT_PARAMS, Tagger, folds, propagate, read_corpus, train
from marsad.analyze.entities.induced import train_with_lexicon
from marsad.cli.train import DEFAULT_DATA, lexicon_corpus
from marsad.eval.ner import TYPES, score


def cmd_train(args: argparse.Namespace) -> None:
    """Write fold{i}.crfsuite (and its lexicon) for each of the K folds."""
    sents = read_corpus(args.data)
    corpus = None if args.no_lexicon else lexicon_corpus(None)
    out_dir = Path(args.dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for i, (trn, _test) in enumerate(folds(sents, args.k)):
        out = out_dir / f"fold{i}.crfsuite"
        if corpus:
            train_with_lexicon(trn, out, corpus, dict(DEFAULT_PARAMS))
        else:
            train(trn, out, dict(DEFAULT_PARAMS))
        print(f"trained {out}", file=sys.stderr, flush=True)


def cmd_sweep(args: argparse.Namespace) -> None:
    """Tag each held-out fold under each bias and print pooled micro/per-type scores."""
    sents = read_corpus(args.data)
    per_label = dict((kv.split("=")[0], float(kv.split("=")[1])) for kv in args.extra or [])
    taggers = [Tagger(Path(args.dir) / f"fold{i}.crfsuite") for i in range(args.k)]
    tests = [test for _trn, test in folds(sents, args.k)]
    print(f"{'delta':>6} {'P':>7} {'R':>7} {'F1':>7} " + " ".join(f"{t:>6}" for t in TYPES))
    for delta in args.deltas:
        gold_all: list[list[str]] = []
        pred_all: list[list[str]] = []
        for tagger, test in zip(taggers, tests, strict=True):
            tagger.set_bias(tagger.bias_vector(delta, per_label))
            words = [[t for t, _ in s] for s in test]
            gold_all += [[g for _, g in s] for s in test]
            pred_all += propagate(words, tagger.tag_text(words))
        table = score(gold_all, pred_all)
        m = table["micro"]
        print(f"{delta:6.2f} {m['precision']:7.4f} {m['recall']:7.4f} {m['f1']:7.4f} "
              + " ".join(f"{table[t]['f1']:6.3f}" for t in TYPES), flush=True)


def main() -> None:
    """Parse the sub-command and run it."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("what", choices=("train", "sweep"))
    p.add_argument("--dir", default="/tmp/nerfolds")
    p.add_argument("--data", default=str(DEFAULT_DATA))
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--no-lexicon", action="store_true")
    p.add_argument("--deltas", type=float, nargs="+", default=[0, 0.25, 0.5, 0.75, 1.0, 1.5])
    p.add_argument("--extra", nargs="*", help="per-label extra bias, e.g. B-ORG=0.5")
    args = p.parse_args()
    cmd_train(args) if args.what == "train" else cmd_sweep(args)


if __name__ == "__main__":
    main()
