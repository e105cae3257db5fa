"""Vectorized MinHash + LSH banding over normalized word shingles (near-duplicate candidates).

Speed comes from doing everything for a batch of documents in numpy: (1) the
texts are joined and folded code point by code point through a table built
from :func:`marsad.text.normalize.normalize` (punctuation separates words), and
each word is hashed by a polynomial hash with ``reduceat``; (2) word k-gram
shingles are combined with array arithmetic; (3) the sketch is one-permutation
MinHash (each shingle hashed once, its top bits choose one of ``num_perm``
bins, the minimum per bin is kept with ``np.minimum.at``; empty bins are
densified by rotation), which estimates Jaccard like ``num_perm`` classic
permutations at the cost of one. Hashes are stable across processes (no
``hash()``), so signatures can be stored and new documents checked later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from marsad.text.normalize import normalize

NUM_PERM = 64  # bins of the one-permutation sketch (a power of two)
SHINGLE = 3
SEED = 20170614
CHUNK_SHINGLES = 400_000  # shingles per numpy chunk
BATCH_TEXTS = 2000  # texts tokenized together
EMPTY = np.uint64(0xFFFFFFFF)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53], dtype=np.uint64)
_TRAPZ = getattr(np, "trapezoid", None) or np.trapz  # numpy ≥ 2 renamed trapz
_ROTATE = np.uint64(0x9E3779B1)  # added per bin of distance when an empty bin borrows its neighbour


SEP = " "  # joins a batch of texts; a non-word character, so no word spans two texts
_POWERS = np.concatenate(([np.uint64(1)], np.cumprod(np.full(255, 0x100000001B3, dtype=np.uint64))))


@lru_cache(maxsize=1)
def fold_table() -> np.ndarray:
    """Code point → folded code point (as :func:`normalize` folds it), 0 = dropped, 32 = not a word character."""
    table = np.full(0x10000, 32, dtype=np.uint32)
    for c in range(0x10000):
        ch = chr(c)
        if 0xD800 <= c <= 0xDFFF:
            continue
        n = normalize(ch) if not ch.isspace() else " "
        if n == "":
            table[c] = 0
        elif len(n) == 1 and (n.isalnum() or n == "_"):
            table[c] = ord(n)
        elif len(n) > 1 and all(x.isalnum() for x in n):
            table[c] = c  # a presentation form: keep it as one letter
    return table


def batch_word_hashes(texts: Sequence[str]) -> list[np.ndarray]:
    """Per text, a stable 32-bit hash of each normalized word, computed for the whole batch in numpy.

    Characters are folded through :func:`fold_table` (alef/ya/ta-marbuta/digits folded,
    diacritics and tatweel dropped, punctuation and spaces separate words); each word's
    code points are combined by a polynomial hash with ``np.add.reduceat``.
    """
    if not texts:
        return []
    cps = np.frombuffer(SEP.join(texts).encode("utf-32-le"), dtype=np.uint32)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    folded = np.where(cps > 0xFFFF, np.uint32(32), fold_table()[cps & np.uint32(0xFFFF)])
    keep = folded != 0
    kept_before = np.concatenate(([0], np.cumsum(keep)))  # compacted index of each original position
    doc_start = kept_before[starts]
    f = folded[keep]
    word = f != 32
    begin = word & ~np.concatenate(([False], word[:-1]))
    idx = np.flatnonzero(begin)
    if len(idx) == 0:
        return [np.zeros(0, dtype=np.uint64) for _ in texts]
    wid = np.cumsum(begin) - 1
    chars = np.flatnonzero(word)
    pos = (chars - idx[wid[chars]]) & 255
    contrib = (f[chars].astype(np.uint64) + np.uint64(1)) * _POWERS[pos]
    h = np.add.reduceat(contrib, np.searchsorted(chars, idx))
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h &= np.uint64(0xFFFFFFFF)
    cuts = np.searchsorted(idx, doc_start[1:])
    return np.split(h, cuts)


def token_hash(token: str) -> int:
    """Hash of a token's first normalized word; -1 when it has none (punctuation only)."""
    h = batch_word_hashes([token])[0]
    return int(h[0]) if len(h) else -1


def word_hashes(text: str) -> np.ndarray:
    """Stable 32-bit hash of each normalized word of ``text``."""
    return batch_word_hashes([text])[0]


@dataclass
class MinHasher:
    """One-permutation MinHash signatures with ``num_perm`` bins over word ``shingle``-grams."""

    num_perm: int = NUM_PERM
    shingle: int = SHINGLE
    seed: int = SEED

    def __post_init__(self) -> None:
        if self.num_perm & (self.num_perm - 1):
            raise ValueError("num_perm must be a power of two")
        rng = np.random.default_rng(self.seed)
        self.salt = rng.integers(1, 2**63 - 1, dtype=np.uint64) | np.uint64(1)
        self.shift = np.uint64(64 - int(self.num_perm).bit_length() + 1)

    def signatures(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(signatures uint32[n, num_perm], word counts int[n]); empty texts get all-0xFFFFFFFF rows."""
        hashes = [h for k in range(0, len(texts), BATCH_TEXTS) for h in batch_word_hashes(texts[k:k + BATCH_TEXTS])]
        return self.signatures_from_hashes(hashes), np.array([len(h) for h in hashes], dtype=np.int64)

    def signatures_from_hashes(self, hashes: list[np.ndarray]) -> np.ndarray:
        """Signatures from per-document word-hash arrays (see :func:`word_hashes`)."""
        n = len(hashes)
        out = np.full((n, self.num_perm), EMPTY, dtype=np.uint64)
        i = 0
        while i < n:
            j, total = i, 0
            while j < n and (total == 0 or total + len(hashes[j]) <= CHUNK_SHINGLES):
                total += len(hashes[j])
                j += 1
            self._chunk(hashes[i:j], out[i:j])
            i = j
        _densify(out)
        return out.astype(np.uint32)

    def _shingles(self, hashes: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """(shingle hash, document index) for every word k-gram of a batch."""
        lengths = np.array([len(h) for h in hashes], dtype=np.int64)
        words = np.concatenate(hashes + [np.zeros(self.shingle, dtype=np.uint64)])
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        n_sh = np.where(lengths > 0, np.maximum(lengths - self.shingle + 1, 1), 0)
        sh_start = np.concatenate(([0], np.cumsum(n_sh)[:-1]))
        doc_of = np.repeat(np.arange(len(hashes)), n_sh)
        pos = starts[doc_of] + (np.arange(int(n_sh.sum())) - sh_start[doc_of])
        end_of = (starts + lengths)[doc_of]
        sh = np.zeros(len(pos), dtype=np.uint64)
        for k in range(self.shingle):
            idx = pos + k
            part = np.where(idx < end_of, words[idx], np.uint64(0))
            sh += (part + np.uint64(k + 1)) * _MIX[k % len(_MIX)]
        sh ^= sh >> np.uint64(31)
        sh *= self.salt
        sh ^= sh >> np.uint64(29)
        return sh, doc_of

    def _chunk(self, hashes: list[np.ndarray], out: np.ndarray) -> None:
        if sum(len(h) for h in hashes) == 0:
            return
        sh, doc_of = self._shingles(hashes)
        bins = (sh >> self.shift).astype(np.int64)
        flat = out.reshape(-1)
        np.minimum.at(flat, doc_of * self.num_perm + bins, sh & EMPTY)


def _densify(sigs: np.ndarray) -> None:
    """Fill empty bins of non-empty rows from the next non-empty bin (circular), salted by distance."""
    rows = np.flatnonzero((sigs == EMPTY).any(axis=1) & (sigs != EMPTY).any(axis=1))
    p = sigs.shape[1]
    for r in rows:
        row = sigs[r]
        full = np.flatnonzero(row != EMPTY)
        empty = np.flatnonzero(row == EMPTY)
        nxt = np.searchsorted(full, empty) % len(full)
        dist = (full[nxt] - empty) % p
        row[empty] = (row[full[nxt]] + dist.astype(np.uint64) * _ROTATE) & EMPTY


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Fraction of agreeing permutations: an unbiased estimate of the shingle-set Jaccard."""
    return float(np.mean(a == b))


def optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimizing false positives + false negatives around ``threshold``."""
    xs = np.linspace(0.0, 1.0, 201)
    best, best_cost = (1, num_perm), float("inf")
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        p = 1.0 - (1.0 - xs**rows) ** bands
        fp = _TRAPZ(np.where(xs < threshold, p, 0.0), xs)
        fn = _TRAPZ(np.where(xs >= threshold, 1.0 - p, 0.0), xs)
        cost = fp + fn
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One signed 64-bit key per (document, band): the band's rows mixed into one integer."""
    n = sigs.shape[0]
    keys = np.zeros((n, bands), dtype=np.uint64)
    s = sigs.astype(np.uint64)
    for r in range(rows):
        keys = keys * np.uint64(0x100000001B3) + s[:, r: bands * rows: rows] + np.uint64(r + 1)
    return keys.view(np.int64)


def to_blob(sig: np.ndarray) -> bytes:
    """A signature as bytes for the store."""
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    """Inverse of :func:`to_blob`."""
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)
