"""Shard planning: inputs (paths or fsspec URLs) to a list of shards with stable ids."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ingest.sources import kind_of

# Loose files in a directory are grouped; archives (zip, jsonl, warc, json arrays) are one shard each.
FILES_PER_SHARD = 200
_ARCHIVES = {"zip", "jsonl", "json", "warc", "xml"}


@dataclass
class Shard:
    """A unit of batch work: a list of files (or one fsspec URL)."""

    id: str
    paths: list[str] = field(default_factory=list)
    size: int = 0


def _is_url(p: str) -> bool:
    return "://" in p and not p.startswith("file://")


def _shard_id(paths: list[str]) -> str:
    h = hashlib.sha1()
    for p in paths:
        h.update(p.encode("utf-8"))
        if not _is_url(p):
            try:
                st = os.stat(p)
                h.update(f"{st.st_size}:{int(st.st_mtime)}".encode())
            except OSError:
                pass
        h.update(b"\0")
    return h.hexdigest()[:16]


def plan_shards(inputs: list[str], *, files_per_shard: int = FILES_PER_SHARD) -> list[Shard]:
    """Expand inputs to shards; ids depend on paths, sizes and mtimes, so a rerun finds finished shards."""
    archives: list[str] = []
    loose: list[str] = []
    for inp in inputs:
        if _is_url(inp):
            archives.append(inp)
            continue
        p = Path(inp)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    full = str(Path(root) / f)
                    (archives if (kind_of(f) or "").split(":")[-1] in _ARCHIVES else loose).append(full)
        else:
            (archives if (kind_of(p.name) or "").split(":")[-1] in _ARCHIVES else loose).append(str(p))
    shards = [Shard(_shard_id([a]), [a], _size(a)) for a in archives]
    for i in range(0, len(loose), files_per_shard):
        chunk = loose[i:i + files_per_shard]
        shards.append(Shard(_shard_id(chunk), chunk, sum(_size(c) for c in chunk)))
    # Biggest first: better packing on the workers.
    return sorted(shards, key=lambda s: -s.size)


def _size(p: str) -> int:
    try:
        return os.path.getsize(p)
    except OSError:
        return 0
