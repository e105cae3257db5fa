"""End-to-end and per-stage throughput (articles/s per core) and peak memory on SaudiNewsNet.

One process, one thread: each stage runs over all the documents before the
next one starts, so each stage's CPU time is measured on its own over the same
documents — read+decode, clean, each analysis stage of ``marsad.pipeline.STAGES``,
and the store write. End-to-end is their sum. Models and lexicons are loaded by a
warm-up document first (reported apart), as a long-running job would.

    .venv/bin/python benchmarks/bench_pipeline.py [--quick] [--articles N] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    CORPUS,
    QUICK_ARTICLES,
    RESULTS,
    Meter,
    bench_input,
    machine,
    peak_rss_mb,
    rate,
    table,
    write_json,
)

STORE_BATCH = 500  # documents per store transaction, as `marsad ingest` batches them


def stage_decode(paths: list[str]) -> tuple[list[tuple[Any, str]], int]:
    """Read every record and decode its text; ([(record, text)], failures)."""
    from marsad.ingest import Record, iter_records
    from marsad.ingest.build import record_text

    out, failed = [], 0
    for item in iter_records(paths):
        if not isinstance(item, Record):
            failed += 0 if type(item).__name__ == "Notice" else 1
            continue
        try:
            out.append((item, record_text(item)[0]))
        except Exception:  # noqa: BLE001 - counted, as the real loop does
            failed += 1
    return out, failed


def clean_one(rec: Any, text: str) -> Any:
    """Size cap, clean and language check of one record, as ``build_document`` does before analysis."""
    from marsad.clean import clean_text
    from marsad.ingest.build import cap_text
    from marsad.ingest.language import detect_language

    text, _ = cap_text(text)
    meta = dict(rec.meta) | {"file": rec.file, "member": rec.member, "url": rec.url}
    doc = clean_text(text, title=rec.title, html=rec.html, published=rec.published,
                     source=rec.url or rec.where, outlet=rec.outlet, url=rec.url or None, meta=meta)
    if doc.language == "ar" and detect_language(doc.body) != "ar":
        doc.language = "other"
    return doc


def stage_clean(decoded: list[tuple[Any, str]]) -> tuple[list[tuple[Any, Any]], int]:
    """Clean every decoded record; ([(record, document)], failures)."""
    out, failed = [], 0
    for rec, text in decoded:
        try:
            doc = clean_one(rec, text)
        except Exception:  # noqa: BLE001
            failed += 1
            continue
        if doc.body.strip():
            out.append((rec, doc))
        else:
            failed += 1
    return out, failed


def stage_analyze(name: str, docs: list[tuple[Any, Any]], hold_gc: bool = False) -> tuple[list[tuple[Any, Any]], int]:
    """Run one analysis stage over every Arabic document, as ``analyze_document`` runs it; (documents, failures).

    After each document the per-document step of ``analyze_document``'s collector policy
    runs (``settle_document``: collect the young garbage, freeze the survivors; timed), so
    the documents finished before are not rescanned by later collections (before that
    policy, segment paid ~35% of its time rescanning 1,000 held documents' tokens). Its
    full collection every ``RECLAIM_EVERY`` documents is timed apart (``reclaim_row``).
    ``hold_gc`` skips the step, as ``analyze_document`` did before, to compare.
    """
    from marsad.pipeline import gc_paused, get_stage

    fn = get_stage(name)
    out, failed = [], 0
    for rec, doc in docs:
        if fn is not None and doc.language == "ar":
            try:
                with gc_paused():  # the collector's policy of analyze_document (its deferred runs are timed too)
                    doc = fn(doc)
            except Exception:  # noqa: BLE001 - the document goes on without this stage
                failed += 1
            if not hold_gc:
                _settle_young()
        out.append((rec, doc))
    return out, failed


def _settle_young() -> None:
    """The per-document step of ``marsad.pipeline.settle_document``: collect the young generation, freeze the rest."""
    gc.collect(0)
    gc.freeze()


def settle_held() -> None:
    """Take the documents held between stages out of the garbage collector's scans.

    Stage by stage, the whole sample stays alive between stages, which a streaming run
    never does; without this, each collection rescans every earlier document's tokens
    and that cost lands on whichever stage runs first (segment paid ~40% of its time).
    """
    gc.collect()
    gc.freeze()


def stage_store(docs: list[tuple[Any, Any]], db: Path) -> tuple[list[tuple[Any, Any]], int]:
    """Write every document to a fresh SQLite store in batches; (documents, errors)."""
    from marsad.store import Store

    failed = 0
    with Store(db) as store:
        for i in range(0, len(docs), STORE_BATCH):
            items = [(d, r.file, r.member, r.url) for r, d in docs[i:i + STORE_BATCH]]
            failed += sum(1 for s in store.add_documents(items) if s.startswith("error"))
    return docs, failed


def link_row(db: Path, n: int) -> dict[str, Any]:
    """The linking ``marsad ingest`` runs after its last batch (``update_links`` over the new documents), timed.

    Not part of end-to-end (that is the per-document pipeline); duplicates, merged events and
    stories are placed incrementally, document by document, as ingest places them.
    """
    from marsad.link import update_links
    from marsad.store import Store

    with Store(db) as store:
        ids = [r[0] for r in store.conn.execute("SELECT doc_id FROM provenance ORDER BY rowid")]
        with Meter() as m:
            rep = update_links(store, list(dict.fromkeys(ids)))
    return {"stage": "link (after ingest)", "articles": n, "failed": 0, "wall_s": round(m.wall, 3),
            "cpu_s": round(m.cpu, 3), "articles_per_core_s": rate(n, m.cpu), "articles_per_wall_s": rate(n, m.wall),
            "stories": rep.stories_new, "duplicate_pairs": rep.duplicate_pairs}


def reclaim_row(n: int) -> dict[str, Any] | None:
    """The amortized cost of ``settle_document``'s periodic full collection over ``n`` documents, or None.

    One full collection (every object unfrozen and scanned, then frozen again, with one store
    batch of documents held as a stream holds it) is timed and charged ``n / RECLAIM_EVERY``
    times; None for a tree without that policy.
    """
    from marsad import pipeline

    every = getattr(pipeline, "RECLAIM_EVERY", None)
    if not every:
        return None
    with Meter() as m:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
    cpu, wall = m.cpu * n / every, m.wall * n / every
    return {"stage": "gc reclaim (amortized)", "articles": n, "failed": 0, "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3), "articles_per_core_s": rate(n, cpu), "articles_per_wall_s": rate(n, wall),
            "full_collection_cpu_s": round(m.cpu, 3), "every": every}


def warm_up(paths: list[str]) -> float:
    """Load models, KBs and lexicons with one document through every stage; seconds it took."""
    from marsad.ingest import Record, build_document, iter_records

    with Meter() as m:
        for item in iter_records(paths[:1]):
            if isinstance(item, Record):
                try:
                    build_document(item, analyze=True)
                    break
                except Exception:  # noqa: BLE001 - try the next record
                    continue
    return round(m.wall, 2)


def run(paths: list[str], hold_gc: bool = False, link: bool = False) -> dict[str, Any]:
    """Every stage timed over the same documents; per-stage and end-to-end articles per core-second."""
    from marsad.pipeline import STAGES, get_stage

    warm = warm_up(paths)
    rows: list[dict[str, Any]] = []

    def timed(stage: str, fn: Any, *a: Any) -> Any:
        settle_held()
        with Meter() as m:
            out, failed = fn(*a)
        n = len(out) + failed if stage in ("read + decode", "clean") else len(out)
        rows.append({"stage": stage, "articles": n, "failed": failed, "wall_s": round(m.wall, 3),
                     "cpu_s": round(m.cpu, 3), "articles_per_core_s": rate(n, m.cpu),
                     "articles_per_wall_s": rate(n, m.wall)})
        return out

    decoded = timed("read + decode", stage_decode, paths)
    docs = timed("clean", stage_clean, decoded)
    absent = [name for name, _ in STAGES if get_stage(name) is None]
    for name, _ in STAGES:
        docs = timed(name, stage_analyze, name, docs, hold_gc)
    linked = None
    with tempfile.TemporaryDirectory(prefix="marsad-bench-store-") as tmp:
        timed("store write", stage_store, docs, Path(tmp) / "bench.db")
        if link:
            settle_held()
            linked = link_row(Path(tmp) / "bench.db", len(docs))
    counts = {"arabic_documents": sum(1 for _, d in docs if d.language == "ar"),
              "events": sum(len(d.events) for _, d in docs), "mentions": sum(len(d.mentions) for _, d in docs)}
    n_docs = len(docs)
    del docs[STORE_BATCH:]  # a stream holds one store batch when the full collection runs
    reclaim = None if hold_gc else reclaim_row(n_docs)
    gc.unfreeze()
    n = rows[0]["articles"]
    charged = [*rows, reclaim] if reclaim is not None else rows  # end-to-end pays the amortized reclaim too
    cpu = sum(r["cpu_s"] for r in charged)
    wall = sum(r["wall_s"] for r in charged)
    end = {"stage": "end-to-end (sum)", "articles": n, "failed": None, "wall_s": round(wall, 3),
           "cpu_s": round(cpu, 3), "articles_per_core_s": rate(n, cpu), "articles_per_wall_s": rate(n, wall)}
    for r in charged:
        r["share_of_cpu"] = round(r["cpu_s"] / cpu, 3) if cpu else None
    return {"stages": rows, "gc_reclaim": reclaim, "end_to_end": end, "link": linked, "warm_up_s": warm,
            "stages_absent": absent,
            **counts, "peak_rss_mb": round(peak_rss_mb(), 1),
            "peak_rss_note": "the whole sample is held in memory between stages; the batch engine streams"}


def print_result(res: dict[str, Any]) -> None:
    """The per-stage table and the end-to-end line."""
    cols = ["stage", "articles", "failed", "cpu_s", "wall_s", "articles_per_core_s", "share_of_cpu"]
    extra = [res["gc_reclaim"]] if res.get("gc_reclaim") else []
    print(table([*res["stages"], *extra, res["end_to_end"]], cols))
    if res.get("link"):
        print(table([res["link"]], cols[:-1]) + "\n(linking is not part of end-to-end: ingest runs it once after its batches)")
    print(f"warm-up (model loading) {res['warm_up_s']} s; peak RSS {res['peak_rss_mb']:,.0f} MB; "
          f"events {res['events']:,}, mentions {res['mentions']:,}"
          + (f"; stages absent: {', '.join(res['stages_absent'])}" if res["stages_absent"] else ""))


def main(argv: list[str] | None = None) -> int:
    """Command line: run the per-stage benchmark on the corpus (or a sample) and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--quick", action="store_true", help=f"a {QUICK_ARTICLES:,}-article sample, not all 15,042")
    ap.add_argument("--articles", type=int, default=QUICK_ARTICLES, help="sample size in --quick mode")
    ap.add_argument("--out", type=Path, default=RESULTS / "bench_pipeline.json")
    ap.add_argument("--hold-gc", action="store_true",
                    help="do not freeze each finished document (the collector rescans the held ones, as before)")
    ap.add_argument("--link", action="store_true",
                    help="also time the linking ingest runs afterwards (duplicates, merged events, stories)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        paths, n = bench_input(args.corpus, args.quick, articles=args.articles, tmp=Path(tmp))
        res = {"machine": machine(), "input": {"paths": len(paths), "articles": n}, "hold_gc": args.hold_gc,
               **run(paths, args.hold_gc, args.link)}
    print_result(res)
    print(f"wrote {write_json(res, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
