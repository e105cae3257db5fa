"""``marsad bench``: the benchmark suite (``benchmarks/run_all.py``) from the command line.

The suite lives beside the package in the source checkout (``benchmarks/``), not
inside it, so this command works from a checkout or an editable install.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from marsad.errors import MarsadError

BENCH_DIR = Path(__file__).resolve().parents[2] / "benchmarks"


def _suite() -> object:
    """The ``run_all`` module of the checkout's benchmarks folder."""
    if not (BENCH_DIR / "run_all.py").exists():
        raise MarsadError(f"benchmarks not found at {BENCH_DIR}: `marsad bench` runs from a source checkout")
    if str(BENCH_DIR) not in sys.path:
        sys.path.insert(0, str(BENCH_DIR))
    return importlib.import_module("run_all")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``marsad bench``."""
    p = sub.add_parser("bench", help="run the benchmark suite (throughput, scaling, floor, peers) and write JSON")
    p.add_argument("--quick", action="store_true", help="samples: minutes, not hours; skips the 100k memory run")
    p.add_argument("--only", default=None, help="comma-separated: floor,pipeline,clean,dates,minhash,scaling,"
                   "memory,ingest,ner,events,link,serve")
    p.add_argument("--out", type=Path, default=None, help="JSON file (default bench-results/bench.json)")
    p.add_argument("--corpus", type=Path, default=None, help="SaudiNewsNet folder of zips (default ../shared/...)")
    p.add_argument("--memory-no-analyze", action="store_true",
                   help="100k memory run without the analysis stages (decode, clean, global steps)")
    p.set_defaults(func=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    """Run the suite with the command's options."""
    suite = _suite()
    kwargs: dict[str, object] = {"corpus": args.corpus} if args.corpus else {}
    kwargs["memory_analyze"] = not args.memory_no_analyze
    suite.run_all(args.quick, args.only, args.out, **kwargs)  # type: ignore[attr-defined]
    return 0
