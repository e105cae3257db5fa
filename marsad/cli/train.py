"""``marsad train ner`` (the CRF shipped as package data) and ``marsad train clusters`` (its word clusters)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "anercorp" / "train.txt"
DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "saudinewsnet"


def lexicon_corpus(paths: list[str] | None) -> list[Path] | None:
    """The unlabeled news for the induced name lexicon: the given paths, else the shared SaudiNewsNet if present."""
    if paths:
        return [Path(p) for p in paths]
    if DEFAULT_CORPUS.exists():
        return [DEFAULT_CORPUS]
    print(f"note: {DEFAULT_CORPUS} not found; training without the induced name lexicon", file=sys.stderr)
    return None


def cmd_train_ner(args: argparse.Namespace) -> int:
    """Optionally cross-validate, then train on all the data and write the model (and its name lexicon)."""
    from marsad.analyze.entities.crf import (
        DEFAULT_C2,
        ENTITY_BIAS,
        MAX_ITERATIONS,
        MODEL_PATH,
        read_corpus,
        train,
        write_meta,
    )
    from marsad.analyze.entities.induced import train_with_lexicon
    from marsad.errors import MarsadError
    from marsad.eval.ner import cross_validate, format_table

    data = Path(args.data)
    if not data.exists():
        raise MarsadError(f"training data not found: {data}")
    bias = ENTITY_BIAS if args.entity_bias is None else args.entity_bias
    c2 = DEFAULT_C2 if args.c2 is None else args.c2
    params = {"c1": args.c1, "c2": c2, "max_iterations": args.iterations or MAX_ITERATIONS}
    corpus = None if args.no_lexicon else lexicon_corpus(args.corpus)
    if args.folds and args.folds > 1:
        table = cross_validate(str(data), args.folds, params=params, corpus=corpus, entity_bias=bias)
        print(f"{args.folds}-fold cross-validation on {data}")
        print(format_table(table))
    out = Path(args.out) if args.out else MODEL_PATH
    sents = read_corpus(data)
    keep: dict = {}
    if corpus:
        train_with_lexicon(sents, out, corpus, params, keep=keep)
    else:
        train(sents, out, params)
    write_meta(out, bias)
    if args.stack > 1:
        _train_second_stage(sents, out, corpus, params, keep.get("extra"), args.stack, bias)
    print(f"trained on {len(sents)} sentences, {sum(map(len, sents))} tokens → {out}", file=sys.stderr)
    return 0


def _train_second_stage(sents: list, out: Path, corpus: list[Path] | None, params: dict,
                        extra: list | None, k: int, bias: float) -> Path:
    """Train the second stage (``entities.stack``) beside ``out`` on k-fold out-of-fold first-stage tags."""
    import shutil
    import tempfile

    from marsad.analyze.entities.crf import write_meta
    from marsad.analyze.entities.induced import lexicon_path
    from marsad.analyze.entities.stack import out_of_fold, stack_path, train_stack

    with tempfile.TemporaryDirectory() as tmp:
        first = out_of_fold(sents, k, corpus, params, Path(tmp))
    second = train_stack(sents, first, stack_path(out), extra, params)
    if lexicon_path(out).exists():
        shutil.copy(lexicon_path(out), lexicon_path(second))
    write_meta(second, bias)
    print(f"second stage → {second}", file=sys.stderr)
    return second


def cmd_train_clusters(args: argparse.Namespace) -> int:
    """Rebuild the word-cluster table from unlabeled news."""
    from marsad.analyze.entities.clusters import CLUSTERS_PATH, build_clusters

    out = build_clusters([Path(p) for p in args.corpus], Path(args.out) if args.out else CLUSTERS_PATH)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``train ner`` and ``train clusters``."""
    p = sub.add_parser("train", help="train the statistical models shipped with marsad")
    tsub = p.add_subparsers(dest="what", metavar="WHAT")
    n = tsub.add_parser("ner", help="train the CRF entity tagger on token-TAG data (ANERcorp format)")
    n.add_argument("--data", default=str(DEFAULT_DATA), help="training file (default: ../shared ANERcorp train.txt)")
    n.add_argument("--out", default=None, help="model path (default: the packaged marsad/data/models/ner.crfsuite)")
    n.add_argument("--folds", type=int, default=0, help="run K-fold cross-validation first and print P/R/F1")
    n.add_argument("--c1", type=float, default=0.1)
    n.add_argument("--c2", type=float, default=None, help="L2 regularization (default: crf.DEFAULT_C2, from CV)")
    n.add_argument("--iterations", type=int, default=None, help="L-BFGS passes (default: crf.MAX_ITERATIONS, from CV)")
    n.add_argument("--corpus", nargs="+", default=None,
                   help="unlabeled news zips/dirs for the induced name lexicon (default: ../shared SaudiNewsNet)")
    n.add_argument("--no-lexicon", action="store_true", help="train without the induced name lexicon")
    n.add_argument("--entity-bias", type=float, default=None,
                   help="score added to non-O labels before Viterbi, saved in the model's metadata (default: crf.ENTITY_BIAS, from CV)")
    n.add_argument("--stack", type=int, default=0, metavar="K",
                   help="also train the second stage on K-fold out-of-fold first-stage tags (0: first stage only)")
    n.set_defaults(func=cmd_train_ner)
    c = tsub.add_parser("clusters", help="rebuild word clusters (a CRF feature) from unlabeled news zips")
    c.add_argument("--corpus", nargs="+", default=[str(DEFAULT_CORPUS)])
    c.add_argument("--out", default=None)
    c.set_defaults(func=cmd_train_clusters)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])
