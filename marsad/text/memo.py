"""A bounded per-word memo that never forgets everything at once: two generations of dicts.

Lookups hit the young generation (a plain ``dict.get``, the hot path), then the old one; a hit in
the old generation is copied into the young one. When the young generation is full it becomes
the old one and the previous old one is dropped, so the words in use survive the turnover (a
table cleared whole at its limit recomputed every common word after each clear) and memory stays
bounded at two generations.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, count, repeat
from operator import is_
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(Generic[K, V]):
    """Memo of ``compute(key)`` (never None) holding at most ``2 * size`` entries; ``young.get`` is the fast path."""

    __slots__ = ("compute", "old", "size", "young")

    def __init__(self, compute: Callable[[K], V], size: int) -> None:
        self.compute = compute
        self.size = size
        self.young: dict[K, V] = {}
        self.old: dict[K, V] = {}

    def __call__(self, key: K) -> V:
        """The value for ``key``: young generation, else old (promoted), else computed and stored."""
        value = self.young.get(key)  # callers mostly come here on a miss: no KeyError raised
        if value is not None:
            return value
        value = self.old.get(key)
        if value is None:
            value = self.compute(key)
        if len(self.young) >= self.size:
            self.old = self.young
            self.young = {}
        self.young[key] = value
        return value

    def many(self, keys: list[K]) -> list[V]:
        """The values of ``keys`` in order: the young generation's hits in one C-level pass, then the misses.

        A sentence's words are mostly hits; the misses are found without a Python step per word.
        """
        got = list(map(self.young.get, keys))
        if None in got:
            for i in compress(count(), map(is_, got, repeat(None))):
                got[i] = self(keys[i])
        return got  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self.young) + len(self.old)

    def clear(self) -> None:
        """Forget every entry (after the data behind ``compute`` changed)."""
        self.young = {}
        self.old = {}
