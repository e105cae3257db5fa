"""``marsad ingest PATH...``: read sources into the store; prints new / already present / failed."""

from __future__ import annotations

import argparse
import json
import sys

from marsad.cli.common import db_arg, open_db


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``ingest`` command."""
    p = sub.add_parser(
        "ingest", help="ingest files, directories, JSON(L), zip, WARC, RSS/Atom into the store",
        description="Read news pages into the store. Idempotent: re-running adds nothing; the same article "
                    "under another URL is counted as a duplicate and only its provenance is added.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or directory (recursive)")
    db_arg(p)
    p.add_argument("--strict", action="store_true", help="stop at the first failure and exit 1")
    p.add_argument("--no-analyze", action="store_true", help="decode, clean and store only (no analysis stages)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the report as JSON instead of the summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest, print the summary (or JSON), return 0 unless nothing could be read (or --strict and a failure)."""
    from marsad.ingest import ingest

    with open_db(args) as store:
        report = ingest(args.paths, store, analyze=not args.no_analyze, strict=args.strict,
                        progress=not args.no_progress)
        if args.json:
            sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        else:
            print(report.summary())
            print(f"store: {store.path} ({store.count_documents():,} documents)")
    if args.strict and report.failed:
        return 1
    if report.nothing_read:
        print("marsad: nothing could be read from the given paths", file=sys.stderr)
        return 1
    return 0
