"""Helpers shared by the benchmark suite: corpus reading, sampling, CPU/memory meters, tables, JSON output.

Every figure in the suite is "per core": a single-threaded pass is divided by
the CPU seconds (user + system) it used, so other load on a shared machine
slows the wall clock but not the per-core figure.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
RESULTS = ROOT / "bench-results"  # git-ignored
QUICK_ARTICLES = 1000
QUICK_SHARDS = 4


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """User + system CPU seconds of this process (or of its waited-for children)."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (Linux reports KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


@dataclass
class Meter:
    """Wall and CPU seconds of a block: ``with Meter() as m: ...; m.wall, m.cpu``."""

    wall: float = 0.0
    cpu: float = 0.0
    _t: float = field(default=0.0, repr=False)
    _c: float = field(default=0.0, repr=False)

    def __enter__(self) -> Meter:
        self._t, self._c = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._t
        self.cpu = cpu_seconds() - self._c


class TreeRSS:
    """Peak summed RSS of this process and all its descendants, sampled in a thread (Dask workers included)."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peak_mb = 0.0
        self.own_peak_mb = 0.0
        self.children_peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> tuple[float, float]:
        """(this process's RSS, its descendants' summed RSS) in MiB."""
        import psutil

        me = psutil.Process()
        own = me.memory_info().rss
        kids = 0
        for p in me.children(recursive=True):
            try:
                kids += p.memory_info().rss
            except psutil.Error:
                continue
        return own / 2**20, kids / 2**20

    def _run(self) -> None:
        while not self._stop.is_set():
            own, kids = self._sample()
            self.peak_mb = max(self.peak_mb, own + kids)
            self.own_peak_mb = max(self.own_peak_mb, own)
            self.children_peak_mb = max(self.children_peak_mb, kids)
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def rate(n: int, seconds: float) -> float:
    """Items per second, rounded; 0 when nothing was timed."""
    return round(n / seconds, 1) if seconds > 0 else 0.0


def zip_articles(corpus: Path) -> Iterator[dict[str, Any]]:
    """Every article object of every SaudiNewsNet zip (JSON arrays), in file order."""
    for z in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    yield from json.loads(zf.read(name))


def sample_articles(corpus: Path, n: int) -> list[dict[str, Any]]:
    """``n`` articles spread evenly over the whole corpus (every k-th), so every outlet and day is in it."""
    items = list(zip_articles(corpus))
    if n <= 0 or n >= len(items):
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def write_shards(items: list[dict[str, Any]], folder: Path, shards: int) -> list[Path]:
    """Write ``items`` as ``shards`` JSON-lines files of (nearly) equal size; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(shards):
        p = folder / f"part-{k:04d}.jsonl"
        with p.open("w", encoding="utf-8") as fh:
            for obj in items[k::shards]:
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        paths.append(p)
    return paths


def bench_input(corpus: Path, quick: bool, articles: int = QUICK_ARTICLES, shards: int = QUICK_SHARDS,
                tmp: Path | None = None) -> tuple[list[str], int]:
    """(input paths, article count): the corpus zips in full mode, a JSONL sample of them in quick mode."""
    if not quick:
        zips = sorted(str(p) for p in corpus.glob("*.zip"))
        return zips, sum(1 for _ in zip_articles(corpus))
    folder = tmp or Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    items = sample_articles(corpus, articles)
    return [str(p) for p in write_shards(items, folder, shards)], len(items)


def table(rows: list[dict[str, Any]], cols: list[str]) -> str:
    """A plain fixed-width text table of ``rows`` over ``cols``."""
    cells = [[_fmt(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) if cells else len(c) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.rjust(w) if _num(v) else v.ljust(w) for v, w in zip(row, widths, strict=True))
              for row in cells]
    return "\n".join(lines)


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def _num(s: str) -> bool:
    return s.replace(",", "").replace(".", "").replace("-", "").replace("×", "").isdigit()


def write_json(obj: Any, path: Path) -> Path:
    """Write ``obj`` as indented UTF-8 JSON, creating the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def machine() -> dict[str, Any]:
    """What the figures were measured on: cores and load (contention skews wall-clock figures)."""
    import platform

    return {"python": platform.python_version(), "cpus": os.cpu_count(),
            "loadavg_1m": round(os.getloadavg()[0], 2), "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
