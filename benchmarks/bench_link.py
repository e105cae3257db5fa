"""Linking benchmark: MinHash+LSH throughput (ours vs datasketch, same run), duplicate pairs, store timings.

    .venv/bin/python benchmarks/bench_link.py                 # MinHash/LSH over all SaudiNewsNet articles
    .venv/bin/python benchmarks/bench_link.py --sample 30     # also print 30 random pairs to judge by hand
    .venv/bin/python benchmarks/bench_link.py --store F.db    # also: link rebuild (whole corpus), update_links(1 doc)

Per-core figures divide by CPU seconds (user+system) of this process.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, RESULTS, Meter, rate, write_json, zip_articles  # noqa: E402

from marsad.link.dedup import MIN_WORDS, PAIR_FLOOR, THRESHOLD, candidate_pairs  # noqa: E402
from marsad.link.minhash import BATCH_TEXTS, NUM_PERM, MinHasher, band_keys, batch_word_hashes, optimal_bands  # noqa: E402

DATASKETCH_DOCS = 2000


def ours(texts: list[str]) -> tuple[dict[str, Any], list[np.ndarray], np.ndarray, np.ndarray, np.ndarray]:
    """Time word hashing, then signatures + LSH band keys, over all texts."""
    mh = MinHasher()
    bands, rows = optimal_bands(THRESHOLD, NUM_PERM)
    batch_word_hashes(["تهيئة"])  # build the fold table outside the timing (once per process)
    with Meter() as m_words:
        hashes = [h for k in range(0, len(texts), BATCH_TEXTS) for h in batch_word_hashes(texts[k:k + BATCH_TEXTS])]
    with Meter() as m_sig:
        sigs = mh.signatures_from_hashes(hashes)
        keys = band_keys(sigs, bands, rows)
    words = np.array([len(h) for h in hashes])
    total = m_words.cpu + m_sig.cpu
    return {"docs": len(texts), "num_perm": NUM_PERM, "bands": bands, "rows": rows,
            "tokenize_cpu_s": round(m_words.cpu, 2), "minhash_lsh_cpu_s": round(m_sig.cpu, 3),
            "docs_per_s_per_core_end_to_end": round(rate(len(texts), total)),
            "docs_per_s_per_core_minhash_lsh_only": round(rate(len(texts), m_sig.cpu))}, hashes, sigs, keys, words


def datasketch_rate(hashes: list[np.ndarray], tokenize_s_per_doc: float) -> dict[str, Any]:
    """datasketch MinHash (same permutation count, same word 3-gram shingles) + MinHashLSH insert, on a subset."""
    from datasketch import MinHash, MinHashLSH

    subset = hashes[:DATASKETCH_DOCS]
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    with Meter() as m:
        for i, w in enumerate(subset):
            sh = [w[k:k + 3].tobytes() for k in range(max(1, len(w) - 2))]
            mh = MinHash(num_perm=NUM_PERM)
            mh.update_batch(sh)
            lsh.insert(str(i), mh)
    per_doc = m.cpu / max(len(subset), 1)
    return {"docs": len(subset), "cpu_s": round(m.cpu, 2), "docs_per_s_per_core_minhash_lsh_only": round(1 / per_doc),
            "docs_per_s_per_core_end_to_end": round(1 / (per_doc + tokenize_s_per_doc))}


def pairs_report(arts: list[dict[str, Any]], sigs: np.ndarray, keys: np.ndarray, words: np.ndarray,
                 sample: int) -> dict[str, Any]:
    """Verified pairs and groups over the corpus; prints a random sample of pairs to read."""
    with Meter() as m:
        cand = candidate_pairs(keys, words >= MIN_WORDS)
        agree = (sigs[cand[:, 0]] == sigs[cand[:, 1]]).mean(axis=1) if len(cand) else np.zeros(0)
    strong = cand[agree >= THRESHOLD]
    cross = sum(arts[a]["source"] != arts[b]["source"] for a, b in strong)
    exact = sum(arts[a]["content"].strip() == arts[b]["content"].strip() for a, b in strong)
    out = {"candidates": int(len(cand)), "pairs_ge_floor": int((agree >= PAIR_FLOOR).sum()),
           "pairs_ge_threshold": int(len(strong)), "cross_outlet_pairs": int(cross),
           "identical_text_pairs": int(exact), "pair_cpu_s": round(m.cpu, 2)}
    if sample and len(strong):
        rng = np.random.default_rng(7)
        for k in rng.choice(len(strong), size=min(sample, len(strong)), replace=False):
            a, b = strong[k]
            j = float(agree[agree >= THRESHOLD][k])
            print(f"\n[{k}] jaccard≈{j:.2f}  {arts[a]['source']} | {arts[b]['source']}")
            for x in (a, b):
                print(f"   {arts[x]['title'][:90]}\n      {arts[x]['content'][:200]!r}")
    return out


def store_timings(path: Path) -> dict[str, Any]:
    """Whole-store link rebuild, then update_links for one new document."""
    from marsad.link import rebuild, update_links
    from marsad.store import Store

    store = Store(path)
    n = store.count_documents()
    with Meter() as m:
        rep = rebuild(store)
    doc = store.get_document(store.conn.execute("SELECT id FROM documents ORDER BY rowid DESC LIMIT 1").fetchone()[0])
    doc.body += " وأكدت المصادر أن المباحثات ستستأنف الأسبوع المقبل."
    doc.id = hashlib.sha1(doc.body.encode()).hexdigest()[:16]
    for k, ev in enumerate(doc.events, 1):
        ev.id, ev.doc = f"{doc.id}-E{k}", doc.id
    store.add_document(doc)
    t = time.perf_counter()
    one = update_links(store, [doc.id])
    single = time.perf_counter() - t
    stories = store.conn.execute("SELECT count(*), sum(n_docs > 1) FROM stories").fetchone()
    merged = store.conn.execute("SELECT count(*), sum(n_outlets > 1) FROM merged_events").fetchone()
    store.conn.execute("DELETE FROM documents WHERE id=?", (doc.id,))
    store.conn.commit()
    store.close()
    return {"documents": n, "rebuild_wall_s": round(m.wall, 1), "rebuild_cpu_s": round(m.cpu, 1),
            "rebuild_timings_s": {k: round(v, 1) for k, v in rep.timings.items()},
            "stories": stories[0], "stories_multi_doc": stories[1], "merged_events": merged[0],
            "merged_multi_outlet": merged[1], "anchored_documents": len(rep.anchored),
            "update_links_one_doc_s": round(single, 3), "update_links_timings_s":
                {k: round(v, 3) for k, v in one.timings.items()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--store", type=Path, help="a store holding the corpus (analyzed) for rebuild/update timings")
    args = ap.parse_args()
    arts = [a for a in zip_articles(args.corpus) if a.get("content")]
    arts = arts[: args.limit] if args.limit else arts
    texts = [a["content"] for a in arts]
    res: dict[str, Any] = {"corpus": str(args.corpus)}
    res["ours"], hashes, sigs, keys, words = ours(texts)
    res["datasketch"] = datasketch_rate(hashes, res["ours"]["tokenize_cpu_s"] / max(len(texts), 1))
    for what in ("minhash_lsh_only", "end_to_end"):
        res[f"speedup_{what}"] = round(res["ours"][f"docs_per_s_per_core_{what}"]
                                       / max(res["datasketch"][f"docs_per_s_per_core_{what}"], 1), 1)
    res["pairs"] = pairs_report(arts, sigs, keys, words, args.sample)
    if args.store:
        res["store"] = store_timings(args.store)
    import json

    print(json.dumps(res, indent=1, ensure_ascii=False))
    write_json(res, RESULTS / "bench_link.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
