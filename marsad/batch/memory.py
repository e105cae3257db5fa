"""Keep a batch worker within a memory budget: empty the per-word memo caches when its RSS passes it.

Every analysis stage memoizes per distinct word (tokens, features, morphology,
gazetteer starts…), each capped at 200k–300k entries. Capped is bounded, but
the caps add up to ~1 GB per worker on a large corpus, more than two workers
and a driver may use together. The shard loop calls :func:`trim_if_over` every
few documents; emptying a pure memo changes speed (it warms again), never output.
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import os
import sys
from importlib import resources
from typing import Any

from marsad.text.memo import Memo

DEFAULT_BUDGET_MB = 560  # per worker: 2 workers + the driver stay under 1.5 GB
BUDGET_ENV = "MARSAD_WORKER_MB"  # override (0 = never trim)
MIN_ENTRIES = 2_000  # smaller lru caches are loaders (lexicons, models), not per-word memos
# Trim only when the memos hold this many entries: freed memory stays in the allocator's arenas
# (RSS does not fall) and is refilled first, so trimming again before the memos regrow gains nothing.
MIN_TRIM_ENTRIES = 300_000
_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 4096 / 2**20


def budget_mb() -> float:
    """The per-worker budget in MiB: ``$MARSAD_WORKER_MB`` or the default; 0 disables trimming."""
    try:
        return float(os.environ.get(BUDGET_ENV, DEFAULT_BUDGET_MB))
    except ValueError:
        return float(DEFAULT_BUDGET_MB)


def rss_mb() -> float:
    """This process's resident set size in MiB (cheap: one read of /proc/self/statm)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * _PAGE_MB
    except OSError:
        import psutil

        return psutil.Process().memory_info().rss / 2**20


@functools.lru_cache(maxsize=1)
def _listed() -> dict[str, tuple[str, ...]]:
    data = json.loads((resources.files("marsad.batch") / "data" / "memo_caches.json").read_text(encoding="utf-8"))
    return {"dicts": tuple(data["dicts"]), "calls": tuple(data.get("calls", ()))}


def _named_dicts() -> tuple[str, ...]:
    return _listed()["dicts"]


def _clear_calls() -> list[Any]:
    """The listed memo-emptying functions of the modules loaded so far."""
    out = []
    for target in _listed()["calls"]:
        mod, _, name = target.partition(":")
        if mod in sys.modules:
            fn = getattr(sys.modules[mod], name, None)
            if callable(fn):
                out.append(fn)
    return out


def _memo_dicts() -> list[dict[Any, Any] | Memo[Any, Any]]:
    """The listed module-level memos (dicts or two-generation ``Memo``s) of the modules loaded so far (never imports a new one)."""
    out: list[dict[Any, Any] | Memo[Any, Any]] = []
    for target in _named_dicts():
        mod, _, name = target.partition(":")
        if mod in sys.modules:
            d = getattr(importlib.import_module(mod), name, None)
            if isinstance(d, dict | Memo):
                out.append(d)
    return out


def _lru_memos() -> list[Any]:
    """Every module-level (or class-level) lru_cache of a loaded marsad module holding MIN_ENTRIES or more.

    Found through the modules' namespaces, not ``gc.get_objects()``: the entities stage
    ``gc.freeze()``s long-lived objects, which hides them from the collector's lists.
    """
    found: dict[int, Any] = {}
    for name, mod in list(sys.modules.items()):
        if not (name == "marsad" or name.startswith("marsad.")) or mod is None:
            continue
        for value in list(vars(mod).values()):
            for f in (value, *(vars(value).values() if isinstance(value, type) else ())):
                if isinstance(f, functools._lru_cache_wrapper) and f.cache_info().currsize >= MIN_ENTRIES:
                    found[id(f)] = f
    return list(found.values())


def cached_entries() -> int:
    """How many entries the per-word memo caches hold now."""
    return sum(len(d) for d in _memo_dicts()) + sum(f.cache_info().currsize for f in _lru_memos())


def trim_caches() -> int:
    """Empty the per-word memo caches; how many entries were dropped."""
    dropped = 0
    for d in _memo_dicts():
        dropped += len(d)
        d.clear()
    for f in _lru_memos():
        dropped += f.cache_info().currsize
        f.cache_clear()
    for fn in _clear_calls():
        dropped += int(fn() or 0)
    gc.collect()
    return dropped


def release_heap() -> None:
    """Hand the C heap's free pages back to the OS (glibc ``malloc_trim``), so RSS falls after a trim; else a no-op."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # musl or another libc: nothing to call
        pass


def release_memory() -> float:
    """Empty the memo caches and return the freed heap to the OS; this process's RSS in MiB afterwards.

    Run on every worker between the shard phase and the global steps, which need
    none of the analysis caches but do need room for their shuffles.
    """
    trim_caches()
    release_heap()
    return rss_mb()


def trim_if_over(budget: float | None = None) -> bool:
    """Trim the caches when RSS is over ``budget`` MiB (default :func:`budget_mb`) and they are big; True when it did."""
    limit = budget_mb() if budget is None else budget
    if limit <= 0 or rss_mb() < limit or cached_entries() < MIN_TRIM_ENTRIES:
        return False
    trim_caches()
    release_heap()
    return True
