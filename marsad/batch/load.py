"""``marsad load DIR``: bring a batch's Parquet tables into the SQLite store (idempotent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.model import document_from_dict

LOAD_BATCH = 500


def load(out: str | Path, store: Any, *, link: bool = True) -> dict[str, int]:
    """Add every document of a batch output to ``store``; then rebuild the store's links once."""
    import pyarrow.dataset as ds

    folder = Path(out) / "documents"
    counts = {"new": 0, "duplicate": 0, "failed": 0}
    if not folder.exists():
        return counts
    dataset = ds.dataset(str(folder), format="parquet")
    new_ids: list[str] = []
    for batch in dataset.to_batches(columns=["data", "file", "member", "url"], batch_size=LOAD_BATCH):
        items = []
        for row in batch.to_pylist():
            doc = document_from_dict(json.loads(row["data"]))
            items.append((doc, row["file"] or "", row["member"] or "", row["url"] or ""))
        for (doc, *_), status in zip(items, store.add_documents(items), strict=True):
            if status == "new":
                counts["new"] += 1
                new_ids.append(doc.id)
            elif status == "duplicate":
                counts["duplicate"] += 1
            else:
                counts["failed"] += 1
    if link and new_ids:
        try:
            from marsad.link import update_links
        except ImportError:
            return counts
        update_links(store, new_ids)
    return counts
