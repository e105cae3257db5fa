"""The ingest loop: records → documents → store in committed batches, then linking; never stops on one bad record."""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.ingest import settings
from marsad.ingest.build import build_document
from marsad.ingest.records import Failure, Notice, Record
from marsad.ingest.report import IngestReport
from marsad.ingest.sources import iter_records
from marsad.model import Document
from marsad.store import Store


class _Batch:
    """Documents waiting for one commit; flushed every COMMIT_EVERY docs or COMMIT_SECONDS."""

    def __init__(self, store: Store, report: IngestReport) -> None:
        self.store, self.report = store, report
        self.items: list[tuple[Document, Record, list[str]]] = []
        self.keys: set[tuple[str, str, str]] = set()
        self.started = time.monotonic()

    def pending(self, rec: Record) -> bool:
        return (rec.file, rec.member, rec.url) in self.keys

    def add(self, doc: Document, rec: Record, notes: list[str]) -> None:
        if not self.items:
            self.started = time.monotonic()
        self.items.append((doc, rec, notes))
        self.keys.add((rec.file, rec.member, rec.url))
        if len(self.items) >= settings.COMMIT_EVERY or time.monotonic() - self.started >= settings.COMMIT_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.items:
            return
        statuses = self.store.add_documents([(d, r.file, r.member, r.url) for d, r, _ in self.items])
        for (doc, rec, notes), status in zip(self.items, statuses, strict=True):
            if status == "new":
                self.report.new += 1
                self.report.new_ids.append(doc.id)
            elif status == "duplicate":
                self.report.duplicate += 1
            else:
                self.report.fail(rec.file, rec.member, f"store error: {status}")
                continue
            for note in notes:
                self.report.note(rec.file, rec.member, note)
        self.items, self.keys = [], set()


class _Progress:
    """A tqdm bar on a terminal; elsewhere a plain line every PLAIN_PROGRESS_SECONDS."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        self.enabled = enabled
        self.count = 0
        self.start = self.last = time.monotonic()
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=" rec", file=sys.stderr, desc="ingest", mininterval=0.5, leave=False)

    def step(self) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update(1)
        elif self.enabled:
            now = time.monotonic()
            if now - self.last >= settings.PLAIN_PROGRESS_SECONDS:
                rate = self.count / max(now - self.start, 1e-9)
                print(f"ingest: {self.count:,} records ({rate:,.0f}/s)", file=sys.stderr, flush=True)
                self.last = now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def ingest(paths: Iterable[str | Path], store: Store, *, analyze: bool = True, strict: bool = False,
           progress: bool = True, limit: int | None = None) -> IngestReport:
    """Ingest every record under ``paths`` into ``store``; returns the report (never raises on bad input).

    ``strict`` stops at the first failure (the report then holds it); ``limit``
    stops after that many source records (benchmarks, trials).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = IngestReport()
    batch = _Batch(store, report)
    bar = _Progress(progress)
    t0 = time.monotonic()
    try:
        for item in iter_records(paths):
            if isinstance(item, Failure):
                report.records += 1  # a record (or whole file) that could not be read
                report.failures.append(item)
                if strict or (limit is not None and report.records >= limit):
                    break
                continue
            if isinstance(item, Notice):
                report.notices.append(item)
                continue
            report.records += 1
            bar.step()
            if not _ingest_one(item, store, batch, report, analyze=analyze) and strict:
                break
            if limit is not None and report.records >= limit:
                break
    finally:
        batch.flush()
        bar.close()
    _update_links(store, report)
    report.seconds = time.monotonic() - t0
    return report


def _ingest_one(rec: Record, store: Store, batch: _Batch, report: IngestReport, *, analyze: bool) -> bool:
    """Build and queue one record; False when it failed."""
    if batch.pending(rec) or store.has_provenance(rec.file, rec.member, rec.url):
        report.seen += 1
        return True
    try:
        doc, notes = build_document(rec, analyze=analyze)
    except InputError as exc:
        report.fail(rec.file, rec.member, str(exc))
        return False
    except RecursionError:
        report.fail(rec.file, rec.member, "internal error: page nested too deeply to clean")
        return False
    except Exception as exc:  # noqa: BLE001 - one record's bug must not stop a batch of millions
        report.fail(rec.file, rec.member, f"internal error in cleaning/analysis: {type(exc).__name__}: {exc}")
        return False
    batch.add(doc, rec, notes)
    return True


def _update_links(store: Store, report: IngestReport) -> None:
    """Call ``marsad.link.update_links(store, new_ids)`` when the linking stage exists."""
    if not report.new_ids:
        return
    try:
        link = importlib.import_module("marsad.link")
    except ImportError:
        return
    fn = getattr(link, "update_links", None)
    if fn is None:
        return
    try:
        fn(store, list(report.new_ids))
    except Exception as exc:  # noqa: BLE001 - documents are stored; linking can be re-run
        report.note("", "", f"linking failed: {type(exc).__name__}: {exc} (documents are stored; re-run linking)")
