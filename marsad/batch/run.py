"""The batch driver: shards as Dask tasks (retried, skipped when finished), then the global steps."""

from __future__ import annotations

import json
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.batch.plan import Shard, plan_shards
from marsad.batch.shard import process_shard

RETRIES = 2


@dataclass
class BatchReport:
    """What a batch run did: shards done / skipped / failed (with reasons), counts and timings."""

    shards: int = 0
    done: int = 0
    skipped: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)
    records: int = 0
    documents: int = 0
    events: int = 0
    record_failures: int = 0
    duplicate_groups: int = 0
    merged_events: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        s = (f"shards: {self.done} done, {self.skipped} already finished, {len(self.failed)} failed"
             f" | records {self.records:,}, documents {self.documents:,}, events {self.events:,},"
             f" unreadable records {self.record_failures:,} | duplicate groups {self.duplicate_groups:,},"
             f" merged events {self.merged_events:,}")
        for f in self.failed:
            s += f"\n  failed shard {f['shard']} ({', '.join(f['paths'])}): {f['error']}"
        return s


def _client(workers: int | None, scheduler: str | None) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def free_workers(client: Any, *, restart: bool) -> None:
    """Make room for the global steps: restart the workers, or empty their analysis caches in place.

    After the shard phase each worker still holds its per-word memo caches and the
    allocator fragments they leave (~700 MB on a large corpus); the global steps need
    none of it. A restart gives fresh processes (only for a cluster this job owns);
    otherwise each worker empties its caches and returns free heap to the OS.
    """
    from marsad.batch.memory import release_memory

    if restart:
        client.restart()
    else:
        client.run(release_memory)


def run_batch(inputs: list[str], out: str | Path, *, workers: int | None = None, scheduler: str | None = None,
              analyze: bool = True, client: Any = None, progress: bool = True,
              restart_workers: bool | None = None) -> BatchReport:
    """Run the whole batch over ``inputs`` into ``out``; finished shards are skipped on rerun.

    ``restart_workers``: restart the workers between the shard phase and the global steps
    (default: only when this call started its own LocalCluster; never restart a shared one).
    """
    from distributed import as_completed

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = BatchReport()
    t0 = time.perf_counter()
    shards = plan_shards(inputs)
    report.shards = len(shards)
    own_client = client is None
    cluster = None
    if own_client:
        client, cluster = _client(workers, scheduler)
    try:
        futures = {client.submit(process_shard, s, str(out), analyze=analyze, retries=RETRIES, pure=False,
                                 key=f"shard-{s.id}-{uuid.uuid4().hex[:8]}"): s for s in shards}
        for fut in as_completed(futures):
            shard: Shard = futures[fut]
            try:
                stats = fut.result()
            except Exception as exc:  # noqa: BLE001 - reported, never silently dropped
                report.failed.append({"shard": shard.id, "paths": shard.paths, "error": f"{type(exc).__name__}: {exc}"})
                continue
            if stats.get("skipped"):
                report.skipped += 1
            else:
                report.done += 1
            report.records += stats["records"]
            report.documents += stats["documents"]
            report.events += stats["events"]
            report.record_failures += stats["failed"]
            if progress:
                n = report.done + report.skipped + len(report.failed)
                print(f"batch: {n}/{len(shards)} shards", file=sys.stderr, flush=True)
        report.seconds["shards"] = round(time.perf_counter() - t0, 3)
        if not report.failed:
            from marsad.batch.global_steps import duplicate_groups, merge_events

            futures.clear()
            free_workers(client, restart=cluster is not None if restart_workers is None else restart_workers)

            t1 = time.perf_counter()
            report.duplicate_groups = duplicate_groups(out)
            report.seconds["duplicates"] = round(time.perf_counter() - t1, 3)
            t2 = time.perf_counter()
            report.merged_events = merge_events(out)
            report.seconds["merge"] = round(time.perf_counter() - t2, 3)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    report.seconds["total"] = round(time.perf_counter() - t0, 3)
    (out / "_report.json").write_text(json.dumps(report.__dict__, ensure_ascii=False, indent=1), encoding="utf-8")
    return report
