"""``marsad batch`` (Dask scale-out to Parquet) and ``marsad load`` (Parquet into the store)."""

from __future__ import annotations

import argparse

from marsad.cli.common import db_arg, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="run the pipeline over shards on Dask, writing Parquet tables")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, zips, JSONL, WARC, or fsspec URLs")
    p.add_argument("--out", required=True, help="output directory (Parquet tables, one folder per table)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--workers", type=int, default=None, help="local worker processes (default 1)")
    g.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--no-analyze", action="store_true", help="decode and clean only")
    p.set_defaults(func=run_batch_cmd)

    q = sub.add_parser("load", help="load a batch output directory into the store")
    q.add_argument("dir", help="a `marsad batch --out` directory")
    q.add_argument("--no-link", action="store_true", help="skip duplicate/event/story linking after loading")
    db_arg(q)
    q.set_defaults(func=run_load_cmd)


def run_batch_cmd(args: argparse.Namespace) -> int:
    from marsad.batch import run_batch

    report = run_batch(args.inputs, args.out, workers=args.workers, scheduler=args.scheduler,
                       analyze=not args.no_analyze)
    print(report.summary())
    print(f"time: {report.seconds}  → {args.out}")
    if report.failed:
        return 1
    return 0 if report.documents or report.records == 0 else 1


def run_load_cmd(args: argparse.Namespace) -> int:
    from marsad.batch import load

    store = open_db(args)
    counts = load(args.dir, store, link=not args.no_link)
    print(f"loaded into {store.path}: new {counts['new']} / already present {counts['duplicate']}"
          f" / failed {counts['failed']}")
    return 0 if counts["failed"] == 0 else 1


