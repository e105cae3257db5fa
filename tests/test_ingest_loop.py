"""The ingest loop: idempotent re-runs, duplicates under two URLs, kill-safety, strictness, the linking hook."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from _ingest_samples import json_record, text_page, write_jsonl

from marsad.ingest import ingest
from marsad.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_reingesting_adds_nothing(tmp_path, store) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(text_page(i), encoding="utf-8")
    first = ingest([tmp_path], store, analyze=False, progress=False)
    again = ingest([tmp_path], store, analyze=False, progress=False)
    assert (first.new, first.present, first.failed) == (5, 0, 0)
    assert (again.new, again.seen, again.duplicate, again.failed) == (0, 5, 0, 0)
    assert store.count_documents() == 5 and store.count_provenance() == 5


def test_same_article_under_two_urls_is_one_document_with_two_provenance_rows(tmp_path, store) -> None:
    a = json_record(7)
    b = json_record(7, url="https://mirror.example/copy-of-7", source="mirror-outlet")
    report = ingest([write_jsonl(tmp_path / "two.jsonl", [a, b])], store, analyze=False, progress=False)
    assert (report.new, report.duplicate) == (1, 1)
    (doc,) = store.iter_documents()
    assert [p["url"] for p in store.provenance(doc.id)] == [a["url"], b["url"]]


def test_analysis_runs_for_arabic_and_a_failing_stage_fails_only_that_record(tmp_path, store, monkeypatch) -> None:
    import marsad.pipeline

    seen = []

    def fake_analyze(doc):
        if "1005" in doc.body:
            raise ValueError("stage bug")
        seen.append(doc.id)
        doc.framing = {"analyzed": True}
        return doc

    monkeypatch.setattr(marsad.pipeline, "analyze_document", fake_analyze)
    for i in (4, 5, 6):
        (tmp_path / f"{i}.txt").write_text(text_page(i), encoding="utf-8")
    report = ingest([tmp_path], store, progress=False)
    assert report.new == 2 and report.failed == 1
    assert "internal error in cleaning/analysis: ValueError: stage bug" in report.failures[0].reason
    assert all(d.framing == {"analyzed": True} for d in store.iter_documents())
    monkeypatch.setattr(marsad.pipeline, "analyze_document", lambda d: d)
    retry = ingest([tmp_path], store, progress=False)
    assert (retry.new, retry.seen) == (1, 2), "a failed record is retried on the next run"


def test_update_links_is_called_with_the_new_ids(tmp_path, store, monkeypatch) -> None:
    calls = []
    fake = types.ModuleType("marsad.link")
    fake.update_links = lambda s, ids: calls.append(list(ids))
    monkeypatch.setitem(sys.modules, "marsad.link", fake)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(text_page(i), encoding="utf-8")
    report = ingest([tmp_path], store, analyze=False, progress=False)
    assert calls == [report.new_ids] and len(report.new_ids) == 3
    ingest([tmp_path], store, analyze=False, progress=False)
    assert len(calls) == 1, "nothing new, no linking call"


def test_strict_stops_at_the_first_failure(tmp_path, store) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(text_page(1), encoding="utf-8")
    report = ingest([tmp_path], store, analyze=False, progress=False, strict=True)
    assert report.failed == 1 and report.new == 0


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad", "ingest", *args, "--db", str(db), "--no-progress"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_cli_exit_status_and_summary(tmp_path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(text_page(1), encoding="utf-8")
    bad.write_bytes(b"")
    db = tmp_path / "s.db"
    res = _cli(str(good), str(bad), db=db)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("new 1 / already present 0 / failed 1")
    assert "empty file" in res.stdout
    assert _cli(str(good), str(bad), "--strict", db=db).returncode == 1
    only_bad = _cli(str(bad), db=db)
    assert only_bad.returncode == 1 and "nothing could be read" in only_bad.stderr
    js = _cli(str(good), "--json", db=db)
    assert json.loads(js.stdout)["seen_before"] == 1


def test_kill_mid_ingest_then_rerun_leaves_every_document_exactly_once(tmp_path) -> None:
    """SIGKILL after the first committed batch; the re-run completes the rest; nothing doubled or half-written."""
    n = 700
    src = tmp_path / "pages"
    src.mkdir()
    for i in range(n):
        (src / f"{i:04d}.txt").write_text(text_page(i), encoding="utf-8")
    db = tmp_path / "kill.db"
    Store(db).close()
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "ingest", str(src), "--db", str(db), "--no-progress",
                             "--no-analyze"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    count = 0
    while time.monotonic() < deadline and proc.poll() is None:
        con = sqlite3.connect(db, timeout=5)
        count = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.close()
        if count > 0:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < count < n, f"the kill must land mid-run (saw {count} documents)"
    res = _cli(str(src), "--no-analyze", db=db)
    assert res.returncode == 0, res.stderr
    con = sqlite3.connect(db)
    docs = con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()
    prov = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM provenance").fetchone()
    fts = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents_fts").fetchone()
    con.close()
    assert docs == (n, n) and prov == (n, n) and fts == (n, n)


@pytest.mark.parametrize("progress", [True, False])
def test_progress_never_breaks_a_run(tmp_path, store, progress: bool) -> None:
    (tmp_path / "a.txt").write_text(text_page(1), encoding="utf-8")
    assert ingest([tmp_path], store, analyze=False, progress=progress).new == 1


def test_a_single_path_string_is_one_path(tmp_path, store) -> None:
    (tmp_path / "a.txt").write_text(text_page(2), encoding="utf-8")
    assert ingest(str(tmp_path), store, analyze=False, progress=False).new == 1


def test_two_processes_ingesting_the_same_store_at_once(tmp_path) -> None:
    """A second writer waits for the first's batch (BEGIN IMMEDIATE + busy timeout) instead of failing."""
    src = tmp_path / "p"
    src.mkdir()
    for i in range(300):
        (src / f"{i}.txt").write_text(text_page(i), encoding="utf-8")
    db = tmp_path / "two.db"
    Store(db).close()
    cmd = [sys.executable, "-m", "marsad", "ingest", str(src), "--db", str(db), "--no-progress", "--no-analyze", "--json"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    assert all(r["failed"] == 0 for r in reports), reports
    assert sum(r["new"] for r in reports) == 300
    with Store(db) as s:
        assert s.count_documents() == 300 and s.count_provenance() == 300
