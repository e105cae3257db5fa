"""Global batch steps on Dask: near-duplicates by LSH band keys, event merging by blocking keys.

Both read the shards' Parquet tables, shuffle on a key (band hash; category ×
country pair × month) so that only documents or events sharing a key meet, and
write their result as Parquet beside the shard tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def _band_rows(df: Any, bands: int, rows: int) -> Any:
    """(doc_id, band, key) for every band of every signature in one partition."""
    import pandas as pd

    from marsad.link.dedup import MIN_WORDS
    from marsad.link.minhash import band_keys

    if len(df) == 0:
        return pd.DataFrame({"doc_id": pd.Series([], dtype=object), "band": pd.Series([], dtype="int64"),
                             "key": pd.Series([], dtype="int64")})
    keep = df["words"].to_numpy() >= MIN_WORDS  # short texts are not compared (as in the store's linking)
    sigs = np.array(df["sig"].tolist(), dtype=np.uint32)[keep]
    ids = df["doc_id"].to_numpy()[keep]
    keys = band_keys(sigs, bands, rows)
    return pd.DataFrame({"doc_id": np.repeat(ids, bands), "band": np.tile(np.arange(bands), len(ids)),
                         "key": keys.reshape(-1)})


def _pairs_in_partition(df: Any) -> Any:
    """All id pairs sharing a band key, within one shuffled partition (every key lives in one partition)."""
    import pandas as pd

    from marsad.link.dedup import MAX_BUCKET

    if len(df) == 0:
        return pd.DataFrame({"a": pd.Series([], dtype=object), "b": pd.Series([], dtype=object)})
    df = df.drop_duplicates().sort_values(["band", "key", "doc_id"])
    keys = df["key"].to_numpy()
    bands = df["band"].to_numpy()
    ids = df["doc_id"].to_numpy()
    cuts = np.flatnonzero((np.diff(keys) != 0) | (np.diff(bands) != 0)) + 1
    a: list[str] = []
    b: list[str] = []
    for group in np.split(ids, cuts):
        group = group[:MAX_BUCKET]  # boilerplate guard, as in the store's bulk linking
        if len(group) > 1:
            for i in range(len(group) - 1):
                a.extend([group[i]] * (len(group) - 1 - i))
                b.extend(group[i + 1:])
    return pd.DataFrame({"a": a, "b": b}, dtype=object).drop_duplicates()


def candidate_pairs(out: Path, threshold: float) -> list[tuple[str, str]]:
    """Document pairs sharing at least one LSH band key (a shuffle on the key, then pairs per partition)."""
    import dask.dataframe as dd
    import pandas as pd

    from marsad.link.minhash import NUM_PERM, optimal_bands

    folder = out / "signatures"
    if not folder.exists() or not any(folder.glob("*.parquet")):
        return []
    bands, rows = optimal_bands(threshold, NUM_PERM)
    sigs = dd.read_parquet(str(folder), columns=["doc_id", "sig", "words"])
    meta_rows = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "band": pd.Series([], dtype="int64"),
                              "key": pd.Series([], dtype="int64")})
    banded = sigs.map_partitions(_band_rows, bands, rows, meta=meta_rows)
    meta_pairs = pd.DataFrame({"a": pd.Series([], dtype=object), "b": pd.Series([], dtype=object)})
    pairs = banded.shuffle("key").map_partitions(_pairs_in_partition, meta=meta_pairs)
    return sorted({tuple(x) for x in pairs.compute().itertuples(index=False, name=None)})


def duplicate_groups(out: str | Path, *, threshold: float | None = None) -> int:
    """Verify LSH candidates on their signatures, group them (union-find), write ``duplicates/``."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from marsad.link.minhash import jaccard_estimate

    out = Path(out)
    if threshold is None:
        threshold = _default_threshold()
    pairs = candidate_pairs(out, threshold)
    target = out / "duplicates"
    target.mkdir(parents=True, exist_ok=True)
    if not pairs:
        pq.write_table(pa.table({"doc_id": pa.array([], pa.string()), "group": pa.array([], pa.string()),
                                 "canonical": pa.array([], pa.bool_())}), target / "groups.parquet")
        return 0
    needed = sorted({x for p in pairs for x in p})
    table = ds.dataset(str(out / "signatures"), format="parquet").to_table(
        columns=["doc_id", "sig", "words"], filter=ds.field("doc_id").isin(needed))
    sig_of = {d: np.array(s, dtype=np.uint32) for d, s in zip(table["doc_id"].to_pylist(), table["sig"].to_pylist(),
                                                                strict=True)}
    from marsad.link.dedup import canonical_of, components

    members = components((a, b) for a, b in pairs if a in sig_of and b in sig_of
                         and jaccard_estimate(sig_of[a], sig_of[b]) >= threshold)

    grouped = {d for docs in members.values() for d in docs} | set(members)
    meta = {r["id"]: r for r in ds.dataset(str(out / "documents"), format="parquet").to_table(
        columns=["id", "published_earliest", "chars"], filter=ds.field("id").isin(sorted(grouped))).to_pylist()}
    rows = []
    for root, docs in members.items():
        docs = sorted(set(docs) | {root})
        canon = canonical_of({d: meta.get(d, {}) for d in docs})  # the store's rule: earliest, longest, smallest id
        rows += [{"doc_id": d, "group": min(docs), "canonical": d == canon} for d in docs]
    pq.write_table(pa.Table.from_pylist(rows), target / "groups.parquet")
    return len(members)


def _default_threshold() -> float:
    from marsad.link.dedup import THRESHOLD  # the single-process default

    return float(THRESHOLD)


def merge_events(out: str | Path) -> int:
    """Merge events that describe one real-world event, blocking on category × country pair × month.

    Each shard stored a ready linker ``Report`` per event with its block key; here a shuffle on the
    block brings together the events that can possibly merge, and each block is clustered with the
    store linker's own scoring (``marsad.link.merge.score``). What the store linker adds beyond this
    (undated reports joined through shared entities) happens when the batch is loaded into a store.
    """
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out)
    folder = out / "events"
    target = out / "merged_events"
    target.mkdir(parents=True, exist_ok=True)
    if not folder.exists() or not any(folder.glob("*.parquet")):
        pq.write_table(pa.table({"event_id": pa.array([], pa.string()), "merged": pa.array([], pa.string())}),
                       target / "members.parquet")
        return 0
    events = dd.read_parquet(str(folder), columns=["id", "block", "report"])
    meta = pd.DataFrame({"event_id": pd.Series([], dtype=object), "merged": pd.Series([], dtype=object)})
    members = events.shuffle("block").map_partitions(_merge_partition, meta=meta).compute()
    members = members.sort_values("event_id").reset_index(drop=True)
    pq.write_table(pa.Table.from_pandas(members, preserve_index=False), target / "members.parquet")
    return int(members["merged"].nunique()) if len(members) else 0


def block_of(report: Any) -> str:
    """One blocking key per report: category group | country pair | month (or '?' when undated)."""
    from marsad.link.merge import block_keys, category_group, months_of

    group = category_group(report.type)
    key = block_keys(group, report.source, report.target, index=True)[0]
    lo, hi = report.interval() if report.dated != "undated" else (None, None)
    months = months_of(lo, hi, cap=1) if lo else None
    return f"{key}|{months[0] if months else '?'}"


def _merge_partition(df: Any) -> Any:
    """Cluster each block of a shuffled partition: a report joins the best-scoring merged event or starts one."""
    import pickle

    import pandas as pd

    from marsad.link.merge import Merged, can_merge, merged_id, rules, score

    threshold = rules("merge_rules")["merge_threshold"]
    rows: list[tuple[str, str]] = []
    for _, block in df.sort_values(["block", "id"]).groupby("block", sort=False):
        merged: list[Merged] = []
        alone: list[Merged] = []  # reports naming no actor: they join nothing and nothing joins them
        for blob in block["report"]:
            r = pickle.loads(blob)
            if not can_merge(r):
                alone.append(Merged(merged_id(r.event_id), [r]))
                continue
            best = None
            for m in merged:
                res = score(r, m)
                if res is not None and res[0] >= threshold and (best is None or res[0] > best[0]):
                    best = (res[0], res[1], m)
            if best is None:
                merged.append(Merged(merged_id(r.event_id), [r]))
                continue
            _, flip, m = best
            m.reports.append(r)
            if flip:
                m.flipped.add(r.event_id)
        rows += [(r.event_id, m.id) for m in merged + alone for r in m.reports]
    return pd.DataFrame(rows, columns=["event_id", "merged"], dtype=object)
