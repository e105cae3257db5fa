"""Batch engine on a LocalCluster: same documents/events/duplicates as the single-process path,
finished shards skipped on rerun, a killed worker loses nothing and duplicates nothing."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from conftest import SAUDI, need

pytestmark = pytest.mark.slow


def _write_shards(tmp: Path, n_files: int, per_file: int, *, skip: int = 0) -> list[str]:
    """Small JSONL shards cut from SaudiNewsNet (read by path; written only to a temp dir)."""
    src = need(SAUDI / "2015-07-22.zip")
    with zipfile.ZipFile(src) as z:
        arts = json.loads(z.read(z.namelist()[0]))[skip: skip + n_files * per_file]
    # One article twice under another URL, and one near-copy, so duplicate groups are not empty.
    arts.append(dict(arts[0], url="https://mirror.example/copy"))
    arts.append(dict(arts[1], content=arts[1]["content"] + " (المصدر: وكالات)", url="https://x.example/near"))
    paths = []
    for i in range(n_files):
        p = tmp / f"shard{i}.jsonl"
        chunk = arts[i * per_file:(i + 1) * per_file] + (arts[-2:] if i == n_files - 1 else [])
        p.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in chunk), encoding="utf-8")
        paths.append(str(p))
    return paths


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=50)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def _parquet_rows(folder: Path, columns: list[str]) -> list[dict]:
    import pyarrow.dataset as ds

    if not folder.exists():
        return []
    return ds.dataset(str(folder), format="parquet").to_table(columns=columns).to_pylist()


def test_batch_matches_single_process(tmp_path, client):
    from marsad.batch import run_batch
    from marsad.ingest import ingest
    from marsad.store import Store

    paths = _write_shards(tmp_path, n_files=3, per_file=25)
    report = run_batch(paths, tmp_path / "out", client=client, progress=False)
    assert not report.failed and report.done == 3

    store = Store(tmp_path / "single.db")
    ingest(paths, store, progress=False)
    single_docs = {r["id"] for r in store.list_documents(limit=10_000)}
    batch_docs = {r["id"] for r in _parquet_rows(tmp_path / "out" / "documents", ["id"])}
    assert batch_docs == single_docs

    single_events = sorted((e["id"], e["type"]) for e in store.iter_events())
    batch_events = sorted((r["id"], r["type"]) for r in _parquet_rows(tmp_path / "out" / "events", ["id", "type"]))
    assert batch_events == single_events

    from marsad.link.dedup import list_groups

    single = {frozenset(m["id"] for m in g["members"]) for g in list_groups(store)}
    rows = _parquet_rows(tmp_path / "out" / "duplicates", ["doc_id", "group"])
    batch: dict[str, set] = {}
    for r in rows:
        batch.setdefault(r["group"], set()).add(r["doc_id"])
    assert {frozenset(g) for g in batch.values()} == single
    assert single  # the near-copy was found


def test_rerun_skips_finished_shards_and_load_is_idempotent(tmp_path, client):
    from marsad.batch import load, run_batch
    from marsad.store import Store

    paths = _write_shards(tmp_path, n_files=2, per_file=5, skip=100)
    first = run_batch(paths, tmp_path / "out", client=client, progress=False)
    again = run_batch(paths, tmp_path / "out", client=client, progress=False)
    assert first.done == 2 and again.skipped == 2 and again.done == 0
    store = Store(tmp_path / "s.db")
    c1 = load(tmp_path / "out", store, link=False)
    c2 = load(tmp_path / "out", store, link=False)
    assert c1["new"] == store.count_documents() > 0
    assert c2["new"] == 0


def _kill_one_worker_when_busy(client) -> None:
    import time

    deadline = time.time() + 60
    while time.time() < deadline:
        busy = [w for w, tasks in client.processing().items() if tasks]
        if busy:
            try:
                client.run(os._exit, 1, workers=[busy[0]])  # a hard crash, as an OOM kill would be
            except Exception:  # noqa: BLE001 - the worker dies before it can answer
                pass
            return
        time.sleep(0.05)


def test_killed_worker_every_shard_exactly_once(tmp_path):
    import threading

    from distributed import Client, LocalCluster

    from marsad.batch import run_batch

    paths = _write_shards(tmp_path, n_files=6, per_file=8, skip=200)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=50)
    c = Client(cluster)
    try:
        killer = threading.Thread(target=_kill_one_worker_when_busy, args=(c,))
        killer.start()
        report = run_batch(paths, tmp_path / "out", client=c, progress=False)
        killer.join()
    finally:
        c.close()
        cluster.close()
    assert not report.failed
    assert report.done + report.skipped == 6
    markers = list((tmp_path / "out" / "_done").glob("*.json"))
    assert len(markers) == 6
    ids = [r["id"] for r in _parquet_rows(tmp_path / "out" / "documents", ["id", "file", "member"])]
    rows = _parquet_rows(tmp_path / "out" / "documents", ["file", "member"])
    assert len({(r["file"], r["member"]) for r in rows}) == len(rows)  # no record written twice
    assert len(ids) == len(rows)
