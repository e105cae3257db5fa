"""Near-duplicate documents: LSH candidates, verified pairs, duplicate groups with a canonical member.

Exact copies never reach here (the document id is a content hash). Republished
wire stories with a changed headline, byline or a trimmed paragraph do: their
shingle sets overlap heavily. Pairs are kept from ``PAIR_FLOOR`` up so the
listing threshold can be tuned at query time; groups use ``THRESHOLD``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np

from marsad.link.minhash import EMPTY, NUM_PERM, MinHasher, band_keys, from_blob, optimal_bands, to_blob
from marsad.link.tables import doc_meta, placeholders
from marsad.store import Store

THRESHOLD = 0.8
PAIR_FLOOR = 0.5
MIN_WORDS = 8  # shorter texts (captions, stubs) are not compared
MAX_BUCKET = 300  # members of one LSH bucket compared in bulk mode (boilerplate guard)

_HASHER = MinHasher()


def bands_for(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """LSH (bands, rows) tuned for the grouping threshold."""
    return optimal_bands(threshold, num_perm)


def _store_signatures(store: Store, ids: list[str], sigs: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Write signatures and LSH bucket rows; returns the band keys (rows of short texts are skipped)."""
    bands, rows = bands_for()
    keys = band_keys(sigs, bands, rows)
    store.conn.executemany("DELETE FROM lsh_buckets WHERE doc_id=?", [(d,) for d in ids])
    store.conn.executemany(
        "INSERT INTO link_docs(doc_id, sig, words) VALUES (?,?,?) ON CONFLICT(doc_id) DO UPDATE"
        " SET sig=excluded.sig, words=excluded.words",
        [(d, to_blob(s) if w >= MIN_WORDS else None, int(w)) for d, s, w in zip(ids, sigs, words, strict=True)])
    store.conn.executemany(
        "INSERT INTO lsh_buckets(band, key, doc_id) VALUES (?,?,?)",
        [(b, int(keys[i, b]), d) for i, d in enumerate(ids) if words[i] >= MIN_WORDS for b in range(bands)])
    return keys


def _bodies(store: Store, ids: list[str]) -> list[str]:
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for r in store.conn.execute(f"SELECT id, body FROM documents WHERE id IN ({placeholders(part)})", part):
            out[r[0]] = r[1]
    return [out.get(d, "") for d in ids]


def add_documents(store: Store, ids: list[str]) -> list[tuple[str, str, float]]:
    """Sign new documents, find their near-duplicates among stored ones (index lookups), update groups.

    Returns the verified pairs (a, b, jaccard) that were added.
    """
    if not ids:
        return []
    sigs, words = _HASHER.signatures(_bodies(store, ids))
    bands, _ = bands_for()
    keys = _store_signatures(store, ids, sigs, words)
    pairs: list[tuple[str, str, float]] = []
    own = {d: i for i, d in enumerate(ids)}
    for i, doc_id in enumerate(ids):
        if words[i] < MIN_WORDS:
            continue
        cond = " OR ".join("(band=? AND key=?)" for _ in range(bands))
        args = [x for b in range(bands) for x in (b, int(keys[i, b]))]
        cands = {r[0] for r in store.conn.execute(f"SELECT DISTINCT doc_id FROM lsh_buckets WHERE {cond}", args)}
        cands.discard(doc_id)
        for other, sig in _signatures_of(store, cands, own, sigs).items():
            if other in own and own[other] > i:
                continue  # the pair is found from the later document
            j = float(np.mean(sig == sigs[i]))
            if j >= PAIR_FLOOR:
                pairs.append((min(doc_id, other), max(doc_id, other), j))
    _save_pairs(store, pairs)
    return pairs


def _signatures_of(store: Store, ids: Iterable[str], own: dict[str, int], sigs: np.ndarray) -> dict[str, np.ndarray]:
    ids = list(ids)
    out = {d: sigs[own[d]] for d in ids if d in own}
    rest = [d for d in ids if d not in own]
    for k in range(0, len(rest), 500):
        part = rest[k:k + 500]
        for r in store.conn.execute(
                f"SELECT doc_id, sig FROM link_docs WHERE sig IS NOT NULL AND doc_id IN ({placeholders(part)})", part):
            out[r[0]] = from_blob(r[1])
    return out


def bulk_index(store: Store, ids: list[str], *, batch: int = 2000) -> list[tuple[str, str, float]]:
    """Sign many documents at once and find all near-duplicate pairs in memory (``link rebuild``)."""
    bands, _ = bands_for()
    all_sigs, all_keys, all_words = [], [], []
    for k in range(0, len(ids), batch):
        part = ids[k:k + batch]
        sigs, words = _HASHER.signatures(_bodies(store, part))
        all_keys.append(_store_signatures(store, part, sigs, words))
        all_sigs.append(sigs)
        all_words.append(words)
    if not ids:
        return []
    sigs, keys, words = np.concatenate(all_sigs), np.concatenate(all_keys), np.concatenate(all_words)
    pairs = candidate_pairs(keys, words >= MIN_WORDS)
    found: list[tuple[str, str, float]] = []
    if len(pairs):
        agree = (sigs[pairs[:, 0]] == sigs[pairs[:, 1]]).mean(axis=1)
        for (a, b), j in zip(pairs, agree, strict=True):
            if j >= PAIR_FLOOR:
                x, y = ids[a], ids[b]
                found.append((min(x, y), max(x, y), float(j)))
    _save_pairs(store, found)
    return found


def candidate_pairs(keys: np.ndarray, usable: np.ndarray) -> np.ndarray:
    """Unique (i, j) index pairs sharing at least one LSH bucket."""
    out = []
    idx = np.flatnonzero(usable)
    for b in range(keys.shape[1]):
        col = keys[idx, b]
        order = np.argsort(col, kind="stable")
        sorted_keys = col[order]
        cuts = np.flatnonzero(np.diff(sorted_keys)) + 1
        for group in np.split(order, cuts):
            if len(group) < 2:
                continue
            members = idx[group[:MAX_BUCKET]]
            ii, jj = np.triu_indices(len(members), k=1)
            out.append(np.stack([members[ii], members[jj]], axis=1))
    if not out:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(out), axis=0)


def _save_pairs(store: Store, pairs: list[tuple[str, str, float]]) -> None:
    store.conn.executemany("INSERT OR REPLACE INTO dup_pairs(a, b, jaccard) VALUES (?,?,?)", pairs)
    strong = [(a, b) for a, b, j in pairs if j >= THRESHOLD]
    if strong:
        _join_groups(store, strong)


def _join_groups(store: Store, pairs: list[tuple[str, str]]) -> None:
    """Union the pairs into the stored groups (smaller groups fold into larger ones)."""
    docs = {d for p in pairs for d in p}
    current = _groups_of(store, docs)
    members = {g: _members(store, g) for g in set(current.values())}
    # Each stored group is a node joined to its members; a new pair joins the pair's groups (or docs).
    edges = [(m, g) for g, ms in members.items() for m in ms] + [(g, g) for g in members]
    edges += [(current.get(a, a), current.get(b, b)) for a, b in pairs]
    for comp in map(set, components(edges).values()):
        old = sorted({g for g in comp if g in members}, key=lambda g: -len(members[g]))
        docs_in = {x for x in comp if x not in members} | {m for g in old for m in members[g]}
        gid = old[0] if old else "G" + min(docs_in)[:15]
        for g in old[1:]:
            store.conn.execute("DELETE FROM dup_groups WHERE id=?", (g,))
        _write_group(store, gid, docs_in)


def _groups_of(store: Store, docs: Iterable[str]) -> dict[str, str]:
    docs = list(docs)
    return {r[0]: r[1] for r in store.conn.execute(
        f"SELECT doc_id, dup_group FROM link_docs WHERE dup_group IS NOT NULL AND doc_id IN ({placeholders(docs)})",
        docs)}


def _members(store: Store, group: str) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT doc_id FROM link_docs WHERE dup_group=?", (group,))}


def canonical_of(meta: dict[str, dict[str, Any]]) -> str:
    """The canonical member: earliest publication, then the longest text, then the smallest id."""
    return min(meta, key=lambda d: (meta[d].get("published_earliest") or "9999", -(meta[d].get("chars") or 0), d))


def _write_group(store: Store, gid: str, docs: set[str]) -> None:
    meta = doc_meta(store, docs)
    canonical = canonical_of(meta) if meta else min(docs)
    store.conn.executemany("UPDATE link_docs SET dup_group=? WHERE doc_id=?", [(gid, d) for d in docs])
    store.conn.execute("INSERT OR REPLACE INTO dup_groups(id, canonical, size) VALUES (?,?,?)",
                       (gid, canonical, len(docs)))


def duplicates_of(store: Store, doc_id: str) -> list[str]:
    """Other members of ``doc_id``'s duplicate group."""
    row = store.conn.execute("SELECT dup_group FROM link_docs WHERE doc_id=?", (doc_id,)).fetchone()
    if not row or not row[0]:
        return []
    return sorted(_members(store, row[0]) - {doc_id})


def components(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Connected components of a pair list (union-find): root → members (root included)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    comps: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        comps[find(x)].append(x)
    return dict(comps)


def list_groups(store: Store, threshold: float = THRESHOLD) -> list[dict[str, Any]]:
    """Duplicate groups formed by stored pairs with Jaccard ≥ ``threshold``, largest first, as plain dicts."""
    pairs = [(r[0], r[1], r[2]) for r in store.conn.execute(
        "SELECT a, b, jaccard FROM dup_pairs WHERE jaccard >= ?", (threshold,))]
    comps = components((a, b) for a, b, _ in pairs)
    root_of = {d: root for root, docs in comps.items() for d in docs}
    best: dict[str, float] = defaultdict(float)
    for a, _b, j in pairs:
        best[root_of[a]] = max(best[root_of[a]], j)
    out = []
    for root, docs in comps.items():
        meta = doc_meta(store, docs)
        canonical = canonical_of(meta) if meta else min(docs)
        members = [{"id": d, "outlet": meta.get(d, {}).get("outlet"), "title": meta.get(d, {}).get("title", ""),
                    "published": meta.get(d, {}).get("published_value") or meta.get(d, {}).get("published_earliest"),
                    "canonical": d == canonical} for d in sorted(docs, key=lambda d: (d != canonical, d))]
        outlets = sorted({m["outlet"] for m in members if m["outlet"]})
        out.append({"canonical": canonical, "size": len(docs), "outlets": outlets,
                    "max_jaccard": round(best[root], 3), "members": members})
    out.sort(key=lambda g: (-g["size"], g["canonical"]))
    return out


def sample_pairs(store: Store, n: int = 30, *, threshold: float = THRESHOLD, seed: int = 7) -> list[dict[str, Any]]:
    """A random sample of stored pairs ≥ threshold with both titles and openings, for reading by hand."""
    rows = store.conn.execute("SELECT a, b, jaccard FROM dup_pairs WHERE jaccard >= ?", (threshold,)).fetchall()
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(rows), size=min(n, len(rows)), replace=False) if rows else []
    out = []
    for k in pick:
        a, b, j = rows[int(k)]
        docs = {r[0]: dict(r) for r in store.conn.execute(
            "SELECT id, outlet, title, substr(body, 1, 160) AS opening FROM documents WHERE id IN (?,?)", (a, b))}
        out.append({"jaccard": round(j, 3), "a": docs.get(a), "b": docs.get(b)})
    return out


__all__ = ["EMPTY", "THRESHOLD", "add_documents", "components", "bulk_index", "duplicates_of", "list_groups", "sample_pairs"]
