"""One shard as one task: read → decode → clean → analyze, then write its rows as Parquet files.

Each table's file for a shard is written to a temporary name and renamed, and
the shard's ``_done/<id>.json`` marker is written last: a shard is either
finished (marker present, all files complete) or absent, so a killed worker or
a rerun never leaves half a shard, and rerunning the same shard overwrites the
same files (exactly once).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from marsad.batch.memory import trim_if_over
from marsad.batch.plan import Shard, _is_url
from marsad.model import Document
from marsad.store.codec import document_data, dumps

TABLES = ("documents", "mentions", "timexes", "events", "framing", "signatures", "failures")


def _rows(doc: Document, file: str, member: str, url: str) -> dict[str, list[dict[str, Any]]]:
    data = document_data(doc)  # sentence tokens never serialized: recomputed on load
    p = doc.published
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["documents"].append({
        "id": doc.id, "source": doc.source, "outlet": doc.outlet, "title": doc.title,
        "published_earliest": p.earliest, "published_latest": p.latest, "published_value": p.value,
        "language": doc.language, "chars": len(doc.body), "file": file, "member": member, "url": url,
        "data": dumps(data),
    })
    out["mentions"] = [{"doc_id": doc.id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                        "entity": m.entity, "code": m.code} for m in doc.mentions]
    out["timexes"] = [{"doc_id": doc.id, "start": t.start, "end": t.end, "text": t.text, "value": t.value,
                       "granularity": t.granularity, "earliest": t.earliest, "latest": t.latest}
                      for t in doc.timexes]
    out["events"] = [{
        "id": e.id, "doc_id": doc.id, "type": e.type, "mode": e.mode, **_linker_report(e, doc),
        "source_codes": " ".join(a.code for a in e.source if a.code),
        "target_codes": " ".join(a.code for a in e.target if a.code),
        "date_earliest": e.date.earliest, "date_latest": e.date.latest,
        "location": e.location.text if e.location else None,
        "data": dumps(ev),
    } for e, ev in zip(doc.events, data["events"], strict=True)]
    out["framing"] = [{"doc_id": doc.id, "axis": m["axis"], "pole": m["pole"], "term": m["term"],
                       "start": m["start"], "end": m["end"]} for m in doc.framing.get("matches", [])]
    return out


def _linker_report(ev: Any, doc: Document) -> dict[str, Any]:
    """The store linker's view of an event (pickled) and its blocking key, for the global merge step."""
    import pickle

    from marsad.batch.global_steps import block_of
    from marsad.link.merge import report_from_event

    r = report_from_event(ev, doc)
    return {"block": block_of(r), "report": pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)}


def _local_copy(url: str, tmp: str) -> str:
    """Fetch an fsspec URL (s3://, gcs://, http://, memory://…) to a local file for the source readers."""
    import fsspec

    name = url.rstrip("/").rsplit("/", 1)[-1] or "input"
    local = os.path.join(tmp, name)
    with fsspec.open(url, "rb") as src, open(local, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return local


def done_marker(out: Path, shard_id: str) -> Path:
    return out / "_done" / f"{shard_id}.json"


# Documents per Parquet part: bounds a worker's memory on big shards. Arrow's builders take ~4× the
# table's size while converting, so 1000 documents (~30 MB of JSON) cost ~+200 MB at each flush; 250 ~+50 MB.
PART_DOCS = 250
TRIM_EVERY = 50  # records between checks of the worker's memory budget (see marsad.batch.memory)
SIGNATURE_BATCH = 200  # bodies MinHashed together: the vectorized hasher's arrays grow with the batch


def process_shard(shard: Shard, out_dir: str, *, analyze: bool = True) -> dict[str, Any]:
    """Run the per-document stages over one shard and write its Parquet parts; returns its counts."""
    from marsad.errors import InputError
    from marsad.ingest import Failure, Notice, build_document, iter_records

    out = Path(out_dir)
    marker = done_marker(out, shard.id)
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8")) | {"skipped": True}
    t0 = time.perf_counter()
    staging = out / f".staging-{shard.id}"
    shutil.rmtree(staging, ignore_errors=True)  # leftovers of a killed attempt
    writer = _PartWriter(staging)
    counts = {"records": 0, "documents": 0, "failed": 0, "events": 0}
    with tempfile.TemporaryDirectory(prefix="marsad-shard-") as tmp:
        paths = [_local_copy(p, tmp) if _is_url(p) else p for p in shard.paths]
        for item in iter_records(paths):
            if isinstance(item, Notice):
                continue
            counts["records"] += 1
            if isinstance(item, Failure):
                writer.add("failures", [{"file": item.file, "member": item.member, "reason": item.reason}])
                counts["failed"] += 1
                continue
            try:
                doc, _notes = build_document(item, analyze=analyze)
            except Exception as exc:  # noqa: BLE001 - one bad record never stops a shard
                reason = str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"
                writer.add("failures", [{"file": item.file, "member": item.member, "reason": reason}])
                counts["failed"] += 1
                continue
            for name, rows in _rows(doc, item.file, item.member, item.url).items():
                writer.add(name, rows)
            writer.body(doc.id, doc.body)
            counts["documents"] += 1
            counts["events"] += len(doc.events)
            if writer.docs >= PART_DOCS:
                writer.flush()
            if counts["records"] % TRIM_EVERY == 0:
                trim_if_over()
    writer.flush()
    # Publish: move the parts to their final names, then write the marker last.
    for f in sorted(staging.glob("*/*.parquet")):
        dest = out / f.parent.name / f"shard-{shard.id}-{f.name}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(f, dest)
    shutil.rmtree(staging, ignore_errors=True)
    stats = {"shard": shard.id, "paths": shard.paths, **counts, "seconds": round(time.perf_counter() - t0, 3)}
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp_marker = marker.with_suffix(".tmp")
    tmp_marker.write_text(json.dumps(stats), encoding="utf-8")
    os.replace(tmp_marker, marker)
    return stats


class _PartWriter:
    """Buffers rows per table and writes numbered Parquet parts into a shard's staging folder."""

    def __init__(self, staging: Path) -> None:
        self.staging = staging
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.ids: list[str] = []
        self.bodies: list[str] = []
        self.docs_in_part = 0
        self.part = 0

    @property
    def docs(self) -> int:
        """Documents added since the last flush."""
        return self.docs_in_part

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        self.rows[table].extend(rows)

    def body(self, doc_id: str, body: str) -> None:
        self.ids.append(doc_id)
        self.bodies.append(body)
        self.docs_in_part += 1
        if len(self.ids) >= SIGNATURE_BATCH:
            self._signatures()

    def _signatures(self) -> None:
        """Hash the pending bodies now and drop them: a part never holds more than SIGNATURE_BATCH bodies."""
        from marsad.batch.signatures import signature_rows

        self.rows["signatures"].extend(signature_rows(self.ids, self.bodies))
        self.ids, self.bodies = [], []

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._signatures()
        for name, rows in self.rows.items():
            if not rows:
                continue
            folder = self.staging / name
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(rows), folder / f"part-{self.part:05d}.parquet", compression="zstd")
        pa.default_memory_pool().release_unused()  # mimalloc keeps freed pages otherwise: RSS ratchets up
        self.rows = {t: [] for t in TABLES}
        self.docs_in_part = 0
        self.part += 1
