"""Ingest throughput on SaudiNewsNet: articles/s per core for each stage, peak memory, dedup counts.

Not a test: prints a table and writes JSON. Single process, single thread, so
"per core" = articles per CPU-second (user+system) of this process.

    .venv/bin/python benchmarks/bench_ingest.py                 # whole corpus (15,042 records)
    .venv/bin/python benchmarks/bench_ingest.py --limit 2000    # a quick subset
Passes: read+decode; +clean; +store (= `marsad ingest --no-analyze`); a second
run (must add nothing); and +analysis on ``--analyze-limit`` records.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
DEFAULT_OUT = ROOT / "bench-results" / "bench_ingest.json"  # git-ignored


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def measure(name: str, fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run one pass; wall and CPU seconds, articles per CPU-second, peak RSS after it."""
    t0, c0 = time.perf_counter(), _cpu()
    out = fn()
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    n = out.get("articles", 0)
    row = {"pass": name, "articles": n, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
           "articles_per_s_per_core": round(n / cpu, 1) if cpu else None,
           "articles_per_s_wall": round(n / wall, 1) if wall else None, "peak_rss_mb": round(_peak_mb(), 1)}
    row.update({k: v for k, v in out.items() if k != "articles"})
    print(f"  {name:<34} {n:>7,} articles  {row['articles_per_s_per_core'] or 0:>8,.0f}/s per core"
          f"  {wall:>7.1f} s wall  peak RSS {row['peak_rss_mb']:,.0f} MB", flush=True)
    return row


def pass_decode(corpus: Path, limit: int | None) -> dict[str, Any]:
    from marsad.ingest.build import record_text
    from marsad.ingest.records import Record
    from marsad.ingest.sources import iter_records

    n = 0
    for item in iter_records([corpus]):
        if isinstance(item, Record):
            try:
                record_text(item)
            except Exception:  # noqa: BLE001 - counted like the real loop would
                pass
            n += 1
            if limit and n >= limit:
                break
    return {"articles": n}


def pass_clean(corpus: Path, limit: int | None) -> dict[str, Any]:
    from marsad.ingest.build import build_document
    from marsad.ingest.records import Record
    from marsad.ingest.sources import iter_records

    n = 0
    for item in iter_records([corpus]):
        if isinstance(item, Record):
            try:
                build_document(item, analyze=False)
            except Exception:  # noqa: BLE001
                pass
            n += 1
            if limit and n >= limit:
                break
    return {"articles": n}


def pass_ingest(corpus: Path, db: Path, limit: int | None, *, analyze: bool) -> dict[str, Any]:
    from marsad.ingest import ingest
    from marsad.store import Store

    with Store(db) as store:
        rep = ingest([corpus], store, analyze=analyze, progress=False, limit=limit)
        return {"articles": rep.records, "new": rep.new, "duplicate": rep.duplicate, "seen_before": rep.seen,
                "failed": rep.failed, "failure_kinds": sorted({f.reason.split(":")[0] for f in rep.failures}),
                "documents_in_store": store.count_documents(), "provenance_rows": store.count_provenance()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="records per pass (default: all)")
    ap.add_argument("--analyze-limit", type=int, default=300, help="records for the pass with analysis")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    import marsad.clean  # noqa: F401 - import cost outside the timed passes
    import marsad.pipeline

    for name, _ in marsad.pipeline.STAGES:
        marsad.pipeline.get_stage(name)
    print(f"ingest benchmark on {args.corpus} (limit {args.limit or 'none'})")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        rows.append(measure("read + decode", lambda: pass_decode(args.corpus, args.limit)))
        rows.append(measure("read + decode + clean", lambda: pass_clean(args.corpus, args.limit)))
        rows.append(measure("decode + clean + store (--no-analyze)",
                            lambda: pass_ingest(args.corpus, db, args.limit, analyze=False)))
        rows.append(measure("second run (must add nothing)",
                            lambda: pass_ingest(args.corpus, db, args.limit, analyze=False)))
        db_size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("bench.db-*"))
        rows.append(measure(f"with analysis ({args.analyze_limit} records)",
                            lambda: pass_ingest(args.corpus, Path(tmp) / "an.db", args.analyze_limit, analyze=True)))
    stages = {name: marsad.pipeline.get_stage(name) is not None for name, _ in marsad.pipeline.STAGES}
    result = {"corpus": str(args.corpus), "limit": args.limit, "python": platform.python_version(),
              "machine": platform.machine(), "store_mb": round(db_size / 2**20, 1),
              "analysis_stages_present": stages, "passes": rows}
    first, second = rows[2], rows[3]
    print(f"\nrecords {first['articles']:,}: new {first['new']:,}, duplicates {first['duplicate']:,}, "
          f"failed {first['failed']:,} ({', '.join(first['failure_kinds']) or '-'}); "
          f"store {first['documents_in_store']:,} documents, {first['provenance_rows']:,} provenance rows, "
          f"{result['store_mb']} MB")
    print(f"second run: new {second['new']:,}, seen before {second['seen_before']:,}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
