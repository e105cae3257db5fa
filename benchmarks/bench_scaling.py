"""Scaling of the Dask batch engine: 1 vs 2 workers on the same input, and its peak memory on a large corpus.

Each run gets a fresh output folder and a fresh ``LocalCluster`` (one thread per
worker process). Workers are warmed up (models loaded) before the clock starts,
so the ratio measures throughput, not start-up; start-up is reported apart.
Worker CPU is read inside each worker (``getrusage``) before and after, so
articles per core-second and the cores actually obtained (CPU ÷ wall) are shown:
on a shared machine the 2-worker run may not get 2 cores, and the ratio says so.
Peak memory is the summed RSS of this process and all its descendants, sampled.

    .venv/bin/python benchmarks/bench_scaling.py [--quick] [--articles N] [--shards N]
    .venv/bin/python benchmarks/bench_scaling.py --memory DIR   # peak memory on a make_corpus.py folder
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    CORPUS,
    RESULTS,
    Meter,
    TreeRSS,
    machine,
    peak_rss_mb,
    rate,
    sample_articles,
    table,
    write_json,
)

QUICK_ARTICLES = 400
QUICK_SHARDS = 8
FULL_SHARDS = 16
TARGET_RATIO = 1.8
TARGET_PEAK_MB = 1536


def _worker_cpu() -> float:
    """CPU seconds of the worker process this runs in."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _warm_worker() -> bool:
    """Load every pipeline stage (models, KBs, lexicons) in a worker before timing."""
    from marsad.clean import clean_text
    from marsad.pipeline import analyze_document

    doc = clean_text("قال وزير الخارجية السعودي في الرياض يوم الأحد إن المحادثات مع إيران ستستأنف الشهر المقبل.")
    analyze_document(doc)
    return True


def _done_counts(out: Path) -> dict[str, int]:
    """Records/documents/events summed from the shards' done markers (when the global steps failed)."""
    import json

    tot = {"records": 0, "documents": 0, "events": 0}
    for p in (out / "_done").glob("*.json"):
        stats = json.loads(p.read_text(encoding="utf-8"))
        for k in tot:
            tot[k] += stats.get(k, 0)
    return tot


def _children_cpu() -> float:
    """CPU seconds of this process's reaped children (workers replaced by a restart land here)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def batch_run(paths: list[str], workers: int, *, analyze: bool = True, restart: bool = False) -> dict[str, Any]:
    """One timed ``run_batch`` on a fresh LocalCluster and a fresh output folder.

    ``restart``: restart the workers before the global steps, as ``marsad batch --workers N``
    does on its own cluster; the replaced workers' CPU is then read from ``RUSAGE_CHILDREN``.
    """
    from distributed import Client, LocalCluster

    from marsad.batch import run_batch

    out = Path(tempfile.mkdtemp(prefix=f"marsad-bench-batch{workers}-"))
    row: dict[str, Any] = {"workers": workers, "restart_workers": restart}
    try:
        with TreeRSS() as mem:
            with Meter() as start:
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
                client = Client(cluster)
                if analyze:
                    client.run(_warm_worker)
            # With a restart, the replaced workers' CPU is read from RUSAGE_CHILDREN (only then: an earlier
            # cluster's workers may be reaped during this run and must not count).
            reaped0 = _children_cpu() if restart else 0.0
            cpu0 = sum(client.run(_worker_cpu).values())
            t0 = time.perf_counter()
            try:
                rep = run_batch(paths, out, client=client, analyze=analyze, progress=False, restart_workers=restart)
                row.update(records=rep.records, documents=rep.documents, events=rep.events,
                           failed_shards=len(rep.failed), duplicate_groups=rep.duplicate_groups,
                           engine_seconds=rep.seconds)
            except Exception as exc:  # noqa: BLE001 - e.g. a global step not written yet: shards still count
                row.update(_done_counts(out), error=f"{type(exc).__name__}: {exc}")
            wall = time.perf_counter() - t0
            cpu = sum(client.run(_worker_cpu).values()) - cpu0 + ((_children_cpu() - reaped0) if restart else 0.0)
            client.close()
            cluster.close()
        n = row.get("records", 0)
        row.update(startup_s=round(start.wall, 2), wall_s=round(wall, 2), worker_cpu_s=round(cpu, 2),
                   cores_obtained=round(cpu / wall, 2) if wall else None,
                   articles_per_wall_s=rate(n, wall), articles_per_core_s=rate(n, cpu),
                   peak_tree_rss_mb=round(mem.peak_mb, 1), peak_driver_rss_mb=round(mem.own_peak_mb, 1),
                   peak_workers_rss_mb=round(mem.children_peak_mb, 1),
                   # ru_maxrss of reaped children: the largest single worker (not sampled, so no spike is missed)
                   largest_child_maxrss_mb=round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return row


def run_scaling(paths: list[str]) -> dict[str, Any]:
    """1 then 2 workers on the same shards; the wall-clock ratio and the CPU-adjusted one."""
    one = batch_run(paths, 1)
    two = batch_run(paths, 2)
    ratio = round(one["wall_s"] / two["wall_s"], 2) if two["wall_s"] else None
    # What the ratio would be had each run got all the cores it asked for (throughput per core kept).
    adjusted = (round(two["articles_per_core_s"] * 2 / one["articles_per_core_s"], 2)
                if one["articles_per_core_s"] else None)
    s1, s2 = (r.get("engine_seconds", {}).get("shards") for r in (one, two))
    return {"runs": [one, two], "speedup_2_vs_1": ratio, "speedup_if_cores_free": adjusted,
            "speedup_shard_phase": round(s1 / s2, 2) if s1 and s2 else None,
            "target": TARGET_RATIO, "meets_target": ratio is not None and ratio >= TARGET_RATIO}


def run_memory(folder: Path, workers: int = 2, analyze: bool = True) -> dict[str, Any]:
    """Peak summed RSS of the batch engine (driver + workers) over a make_corpus.py folder."""
    paths = sorted(str(p) for p in folder.glob("*.jsonl"))
    row = batch_run(paths, workers, analyze=analyze, restart=True)
    return {"folder": str(folder), "shards": len(paths), "analyze": analyze, **row,
            "target_mb": TARGET_PEAK_MB, "meets_target": row["peak_tree_rss_mb"] < TARGET_PEAK_MB}


def scaling_input(corpus: Path, quick: bool, articles: int, shards: int, tmp: Path) -> tuple[list[str], int]:
    """Equal JSONL shards of a sample (quick) or of the whole corpus, so 2 workers can share them evenly."""
    from _common import write_shards

    items = sample_articles(corpus, articles if quick else 0)
    return [str(p) for p in write_shards(items, tmp, shards)], len(items)


def print_result(res: dict[str, Any]) -> None:
    """The runs table and the ratio."""
    cols = ["workers", "records", "startup_s", "wall_s", "worker_cpu_s", "cores_obtained",
            "articles_per_wall_s", "articles_per_core_s", "peak_tree_rss_mb"]
    if "runs" in res:
        print(table(res["runs"], cols))
        print(f"2 workers vs 1: ×{res['speedup_2_vs_1']} wall (target ≥ {TARGET_RATIO}); "
              f"shard phase alone ×{res['speedup_shard_phase']}; "
              f"×{res['speedup_if_cores_free']} projected had both cores been free")
        for r in res["runs"]:
            if r.get("error"):
                print(f"  note ({r['workers']} worker(s)): {r['error']}")
    if "memory" in res:
        m = res["memory"]
        print(table([m], [*cols, "peak_driver_rss_mb", "peak_workers_rss_mb"]))
        print(f"peak memory {m['peak_tree_rss_mb']:,.0f} MB on {m['records']:,} articles (target < {TARGET_PEAK_MB} MB)")


def main(argv: list[str] | None = None) -> int:
    """Command line: the scaling runs (and/or the memory run) with a table and JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--quick", action="store_true", help=f"a {QUICK_ARTICLES}-article sample in {QUICK_SHARDS} shards")
    ap.add_argument("--articles", type=int, default=QUICK_ARTICLES, help="sample size in --quick mode")
    ap.add_argument("--shards", type=int, default=None)
    ap.add_argument("--memory", type=Path, default=None, help="a make_corpus.py folder: measure peak memory only")
    ap.add_argument("--no-analyze", action="store_true", help="with --memory: decode and clean only (much faster)")
    ap.add_argument("--workers", type=int, default=2, help="with --memory: worker processes")
    ap.add_argument("--out", type=Path, default=RESULTS / "bench_scaling.json")
    args = ap.parse_args(argv)
    res: dict[str, Any] = {"machine": machine()}
    if args.memory:
        res["memory"] = run_memory(args.memory, args.workers, analyze=not args.no_analyze)
    else:
        with tempfile.TemporaryDirectory(prefix="marsad-bench-scaling-") as tmp:
            shards = args.shards or (QUICK_SHARDS if args.quick else FULL_SHARDS)
            paths, n = scaling_input(args.corpus, args.quick, args.articles, shards, Path(tmp))
            res["input"] = {"articles": n, "shards": len(paths)}
            res.update(run_scaling(paths))
    print_result(res)
    print(f"wrote {write_json(res, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
