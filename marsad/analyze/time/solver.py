"""A feasible set of publication days (1900–2100) narrowed by constraints, each kept only if consistent.

The set is a boolean mask over every day; a constraint is another mask. Hard
constraints that would empty the set are reported as conflicts and skipped,
so one wrong cue (or a wrong knowledge-base tenure) never produces an empty or
absurd answer.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import numpy as np

FIRST = date(1900, 1, 1)
LAST = date(2100, 12, 31)
_EDGE_YEARS = 2  # bounds this close to the range edges mean "unbounded"
# A first feasible day within this many years of the range start is what a repeating pattern leaves
# (a weekday, day and month recur within 28 years; a Hijri day every year): no lower evidence.
_PATTERN_YEARS = 30


@lru_cache(maxsize=1)
def calendar_arrays() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day and weekday (Monday=0) of every day in the range."""
    days = np.arange(np.datetime64(FIRST.isoformat()), np.datetime64((LAST + timedelta(days=1)).isoformat()))
    months = days.astype("datetime64[M]")
    year = months.astype(int) // 12 + 1970
    month = months.astype(int) % 12 + 1
    day = (days - months.astype("datetime64[D]")).astype(int) + 1
    weekday = (days.astype(int) + 3) % 7
    return year, month, day, weekday


def index(d: date) -> int:
    """Position of ``d`` in the mask (clipped to the range)."""
    return min(max((d - FIRST).days, 0), (LAST - FIRST).days)


def day_at(i: int) -> date:

    """The day at a mask position."""
    return FIRST + timedelta(days=int(i))


class Solver:
    """Feasible publication days with the evidence that shaped them."""

    def __init__(self) -> None:
        self.mask = np.ones(len(calendar_arrays()[0]), dtype=bool)
        self.evidence: list[str] = []

    def empty(self) -> np.ndarray:
        """An all-false mask."""
        return np.zeros_like(self.mask)

    def between(self, lo: date | None, hi: date | None) -> np.ndarray:
        """Mask of days in [lo, hi] (None = open end)."""
        m = self.empty()
        m[index(lo) if lo else 0: (index(hi) + 1) if hi else len(m)] = True
        return m

    def union(self, spans: list[tuple[date | None, date | None]]) -> np.ndarray:
        """Mask of days in any of the [lo, hi] spans (None = open end), built in one array."""
        m = self.empty()
        n = len(m)
        for lo, hi in spans:
            a = index(lo) if lo else 0
            b = index(hi) + 1 if hi else n
            if a < b:
                m[a:b] = True
        return m

    def apply(self, mask: np.ndarray, why: str, *, soft: bool = False) -> bool:
        """Intersect with ``mask`` unless that empties the set; record the evidence either way."""
        new = self.mask & mask
        if not new.any():
            self.evidence.append(f"ignored ({'soft' if soft else 'conflict'}): {why}")
            return False
        if (new == self.mask).all():
            return True
        self.mask = new
        self.evidence.append(("plausible: " if soft else "") + why)
        return True

    def bounds(self) -> tuple[date | None, date | None]:
        """First and last feasible day."""
        idx = np.flatnonzero(self.mask)
        if not len(idx):
            return None, None
        return day_at(idx[0]), day_at(idx[-1])

    def count(self) -> int:
        """Number of feasible days."""
        return int(self.mask.sum())

    def clusters(self, gap: int = 60) -> list[tuple[int, int]]:
        """Runs of feasible days separated by more than ``gap`` infeasible days."""
        idx = np.flatnonzero(self.mask)
        if not len(idx):
            return []
        breaks = np.flatnonzero(np.diff(idx) > gap)
        starts = np.concatenate(([idx[0]], idx[breaks + 1]))
        ends = np.concatenate((idx[breaks], [idx[-1]]))
        return list(zip(starts.tolist(), ends.tolist(), strict=True))

    def interval(self) -> tuple[date | None, date | None]:
        """Bounds as reported: an end within the range's edge years (never really bounded) is open (None)."""
        lo, hi = self.bounds()
        if lo is not None and lo.year < FIRST.year + _PATTERN_YEARS:
            lo = None
        if hi is not None and hi.year > LAST.year - _EDGE_YEARS:
            hi = None
        return lo, hi
