"""The whole benchmark suite in one command: every benchmark, peers side by side, one summary table, one JSON.

    .venv/bin/python benchmarks/run_all.py [--quick] [--only NAME,...] [--out FILE.json]
    marsad bench [--quick] [--only NAME,...] [--out FILE.json]

Benchmarks (``--only`` names): floor, pipeline, clean, dates, minhash, scaling,
memory (100k-article corpus; full mode only unless named), and the per-stage
scripts other modules own, run as subprocesses when named: ingest, ner, events,
link, serve. Floor and pipeline read the same input (a 1,000-article sample in
``--quick`` mode, all 15,042 SaudiNewsNet articles otherwise).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    BENCH_DIR,
    CORPUS,
    QUICK_ARTICLES,
    RESULTS,
    Meter,
    bench_input,
    machine,
    rate,
    sample_articles,
    table,
    write_json,
)

TARGET_PER_CORE = 500
TARGET_FLOOR_RATIO = 4.0
DATES_QUICK_SENTENCES = 300
CORPUS_DATES = {"quick": 40, "full": 300}  # articles both date taggers read in the same-corpus speed run
MINHASH_DOCS = {"quick": 300, "full": 3000}
MINHASH_PAIRS = 200  # (article, perturbed copy) pairs for the Jaccard error
CORE = ["floor", "pipeline", "clean", "dates", "minhash", "scaling", "memory"]
EXTERNAL = {  # other modules' benchmark scripts: (file, quick args, full args)
    "ingest": ("bench_ingest.py", ["--limit", "1000", "--analyze-limit", "50"], []),
    "ner": ("bench_ner.py", ["--articles", "200", "--warmup", "50"], []),
    "events": ("bench_events.py", ["--repeat", "1", "--stages-sample", "30"], []),
    "link": ("bench_link.py", ["--limit", "2000"], []),
    "serve": ("bench_serve.py", ["--analyze", "50", "--requests", "50", "--budget", "10"], []),
}


def external(name: str, quick: bool) -> dict[str, Any]:
    """Run another module's benchmark script; its last JSON line (if any) and the tail of its output."""
    file, quick_args, full_args = EXTERNAL[name]
    path = BENCH_DIR / file
    if not path.exists():
        return {"skipped": f"{file} not present"}
    proc = subprocess.run([sys.executable, str(path), *(quick_args if quick else full_args)],
                          capture_output=True, text=True, timeout=3600, check=False)
    out: dict[str, Any] = {"exit": proc.returncode, "output_tail": proc.stdout.splitlines()[-25:]}
    lines = proc.stdout.splitlines()
    for i in reversed([i for i, ln in enumerate(lines) if ln.startswith("{")]):
        for chunk in (lines[i], "\n".join(lines[i:])):  # one-line JSON, or indented JSON to the end
            try:
                out["json"] = json.loads(chunk)
                break
            except json.JSONDecodeError:
                continue
        if "json" in out:
            break
    if proc.returncode:
        out["stderr_tail"] = proc.stderr.splitlines()[-10:]
    return out


def bench_dates(quick: bool, corpus: Path) -> dict[str, Any]:
    """Our time tagger vs dateparser: accuracy and speed on the dates dev set, and speed on corpus articles."""
    args = ["--json"] + (["--limit", str(DATES_QUICK_SENTENCES)] if quick else [])
    proc = subprocess.run([sys.executable, str(BENCH_DIR / "bench_dates.py"), *args],
                          capture_output=True, text=True, timeout=3600, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    res: dict[str, Any] = {"dev_set": json.loads(lines[-1]) if lines else {"error": proc.stderr[-2000:]}}
    res["corpus_speed"] = dates_on_corpus(corpus, CORPUS_DATES["quick" if quick else "full"])
    return res


def dates_on_corpus(corpus: Path, n: int) -> dict[str, Any]:
    """Both taggers over the same SaudiNewsNet article texts: articles per core-second and the ratio."""
    from bench_dates import dateparser_predict

    from marsad.eval.dates import marsad_predict

    arts = [(a.get("content") or "", (a.get('date_extracted') or "2015-07-21")[:10])
            for a in sample_articles(corpus, n)]
    out = {}
    for name, fn in (("marsad", marsad_predict), ("dateparser", dateparser_predict)):
        fn(*arts[0])
        with Meter() as m:
            found = sum(len(fn(text, pub)) for text, pub in arts)
        out[name] = {"articles": len(arts), "values": found, "cpu_s": round(m.cpu, 3),
                     "articles_per_core_s": rate(len(arts), m.cpu)}
    dp = out["dateparser"]["articles_per_core_s"]
    out["marsad_speed_ratio"] = round(out["marsad"]["articles_per_core_s"] / dp, 2) if dp else None
    return out


def bench_minhash(quick: bool, corpus: Path) -> dict[str, Any]:
    """Our MinHash vs datasketch on the same texts and shingles: docs per core-second and Jaccard error."""
    try:
        from marsad.link import minhash as ours
    except ImportError as exc:
        return {"skipped": f"marsad.link.minhash not available ({exc})"}
    import random

    from datasketch import MinHash
    from make_corpus import load_affixes, variant

    texts = [a.get("content") or "" for a in sample_articles(corpus, MINHASH_DOCS["quick" if quick else "full"])]
    hasher = ours.MinHasher()
    k, perm = hasher.shingle, hasher.num_perm

    def shingles(text: str) -> set[bytes]:
        """The word k-grams our sketch hashes (our normalized word hashes), as bytes for datasketch."""
        words = ours.word_hashes(text).tolist()
        if not words:
            return set()
        return {b"".join(w.to_bytes(8, "little") for w in words[i:i + k]) for i in range(max(len(words) - k + 1, 1))}

    def theirs(text: str) -> Any:
        m = MinHash(num_perm=perm)
        m.update_batch(list(shingles(text)))
        return m

    res: dict[str, Any] = {"docs": len(texts), "num_perm": perm, "shingle_words": k}
    with Meter() as m:
        hasher.signatures(texts)
    res["marsad"] = {"cpu_s": round(m.cpu, 3), "docs_per_core_s": rate(len(texts), m.cpu)}
    with Meter() as m:
        for t in texts:
            theirs(t)
    res["datasketch"] = {"cpu_s": round(m.cpu, 3), "docs_per_core_s": rate(len(texts), m.cpu)}
    ds = res["datasketch"]["docs_per_core_s"]
    res["marsad_speed_ratio"] = round(res["marsad"]["docs_per_core_s"] / ds, 2) if ds else None
    rng, affixes = random.Random(5), load_affixes()
    pairs = [(t, variant({"content": t}, 1, rng, affixes)["content"]) for t in texts[:MINHASH_PAIRS] if t.strip()]
    res["jaccard_error"] = jaccard_errors(pairs, shingles, hasher, ours.jaccard_estimate, theirs)
    return res


def jaccard_errors(pairs: list[tuple[str, str]], shingles: Callable, hasher: Any, estimate: Callable,
                   theirs: Callable) -> dict[str, Any]:
    """Mean |estimated − true Jaccard| over (article, perturbed copy) pairs, for each implementation."""
    errs: dict[str, list[float]] = {"marsad": [], "datasketch": []}
    sigs, _ = hasher.signatures([t for pair in pairs for t in pair])
    for i, (a, b) in enumerate(pairs):
        sa, sb = shingles(a), shingles(b)
        true = len(sa & sb) / len(sa | sb) if sa | sb else 1.0
        errs["marsad"].append(abs(estimate(sigs[2 * i], sigs[2 * i + 1]) - true))
        errs["datasketch"].append(abs(theirs(a).jaccard(theirs(b)) - true))
    return {k: round(sum(v) / len(v), 4) if v else None for k, v in errs.items()} | {"pairs": len(pairs)}


def scaling_subprocess(args: list[str], tmp: Path) -> dict[str, Any]:
    """Run bench_scaling.py in a fresh process (so its memory figures exclude this one's) and read its JSON."""
    out = tmp / f"scaling-{time.monotonic_ns()}.json"
    proc = subprocess.run([sys.executable, str(BENCH_DIR / "bench_scaling.py"), *args, "--out", str(out)],
                          capture_output=True, text=True, timeout=6 * 3600, check=False)
    if proc.returncode or not out.exists():
        return {"error": f"bench_scaling.py exited {proc.returncode}", "stderr_tail": proc.stderr.splitlines()[-15:]}
    res = json.loads(out.read_text(encoding="utf-8"))
    res.pop("machine", None)
    return res


def bench_memory(corpus: Path, tmp: Path, analyze: bool = True) -> dict[str, Any]:
    """Make the 100k-article corpus (once; reused) and measure the batch engine's peak memory on it."""
    from make_corpus import DEFAULT_ARTICLES, PER_SHARD, make_corpus

    folder = RESULTS / "corpus-100k"
    last = folder / f"part-{DEFAULT_ARTICLES // PER_SHARD - 1:04d}.jsonl"
    made = {"reused": str(folder)} if last.exists() else make_corpus(folder, corpus=corpus)
    res = scaling_subprocess(["--memory", str(folder)] + ([] if analyze else ["--no-analyze"]), tmp)
    return {"corpus": made, **res.get("memory", res)}


def build(quick: bool, corpus: Path, tmp: Path, memory_analyze: bool = True) -> dict[str, Callable[[], dict[str, Any]]]:
    """Name → a function running that benchmark (inputs are made lazily, once)."""
    import bench_clean
    import bench_floor
    import bench_pipeline

    cache: dict[str, Any] = {}

    def paths() -> list[str]:
        if "paths" not in cache:
            cache["paths"], cache["n"] = bench_input(corpus, quick, tmp=tmp / "input")
        return cache["paths"]

    def scaling() -> dict[str, Any]:
        return scaling_subprocess(["--corpus", str(corpus)] + (["--quick"] if quick else []), tmp)

    runs: dict[str, Callable[[], dict[str, Any]]] = {
        "floor": lambda: bench_floor.run(paths()),
        "pipeline": lambda: bench_pipeline.run(paths()),
        "clean": lambda: bench_clean.run(bench_clean.QUICK_REPEAT if quick else bench_clean.FULL_REPEAT),
        "dates": lambda: bench_dates(quick, corpus),
        "minhash": lambda: bench_minhash(quick, corpus),
        "scaling": scaling,
        "memory": lambda: bench_memory(corpus, tmp, memory_analyze),
    }
    for name in EXTERNAL:
        runs[name] = lambda name=name: external(name, quick)
    return runs


def summary(res: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per headline figure: value, target, and whether it is met."""
    rows: list[dict[str, Any]] = []

    def add(metric: str, value: Any, target: str = "", ok: bool | None = None) -> None:
        rows.append({"metric": metric, "value": value, "target": target,
                     "met": None if ok is None else ("yes" if ok else "NO")})

    floor = res.get("floor", {}).get("floor_articles_per_core_s")
    pipe = res.get("pipeline", {})
    if floor:
        add("floor: read+json+tokenize, articles/s/core", floor)
    if pipe.get("end_to_end"):
        e2e = pipe["end_to_end"]["articles_per_core_s"]
        add("pipeline end-to-end, articles/s/core", e2e, f">= {TARGET_PER_CORE}", e2e >= TARGET_PER_CORE)
        for st in pipe["stages"]:
            add(f"  stage {st['stage']}, articles/s/core", st["articles_per_core_s"])
        if floor:
            ratio = round(floor / e2e, 1) if e2e else None
            add("pipeline cost ÷ floor cost", ratio, f"<= {TARGET_FLOOR_RATIO}", ratio is not None and ratio <= TARGET_FLOOR_RATIO)
        add("pipeline peak RSS MB (sample held in memory)", pipe.get("peak_rss_mb"))
    sc = res.get("scaling", {})
    if sc.get("runs"):
        add("scaling: 2 workers ÷ 1 worker (wall)", sc["speedup_2_vs_1"], ">= 1.8", sc["meets_target"])
        add("  cores obtained by 1 / 2 workers", f"{sc['runs'][0]['cores_obtained']} / {sc['runs'][1]['cores_obtained']}")
        add("  shard phase alone (engine timing)", sc.get("speedup_shard_phase"))
        add("  projected ratio had 2 cores been free", sc["speedup_if_cores_free"])
        add("  batch 1 worker, articles/s/core", sc["runs"][0]["articles_per_core_s"])
    mem = res.get("memory", {})
    if "peak_tree_rss_mb" in mem:
        what = "" if mem.get("analyze", True) else ", no analysis"
        add(f"peak memory, batch on {mem.get('records', 0):,} articles{what} (MB)", mem["peak_tree_rss_mb"], "< 1536",
            mem["meets_target"])
    _peer_rows(res, add)
    return rows


def _peer_rows(res: dict[str, Any], add: Callable[..., None]) -> None:
    """Summary rows for the peer comparisons (ratios are marsad ÷ peer; > 1 = marsad faster)."""
    cl = res.get("clean", {}).get("tools", {})
    for tool in ("trafilatura", "resiliparse"):
        if cl.get(tool, {}).get("marsad_speed_ratio") is not None:
            add(f"clean speed marsad ÷ {tool} (HTML pages/s)", cl[tool]["marsad_speed_ratio"])
    for tool in ("marsad", "trafilatura", "resiliparse"):
        if "keep_present" in cl.get(tool, {}):
            add(f"  {tool}: keep-lines present / drop-lines absent", f"{cl[tool]['keep_present']} / {cl[tool]['drop_absent']}")
    dates = res.get("dates", {})
    dev = dates.get("dev_set", {})
    if dev.get("speedup") is not None:
        add("dates speed marsad ÷ dateparser (dev sentences)", dev["speedup"])
        acc = dev.get("accuracy", {})
        add("  exact accuracy marsad / dateparser (dev)",
            f"{acc.get('marsad', {}).get('ALL', {}).get('exact')} / {acc.get('dateparser', {}).get('ALL', {}).get('exact')}")
    if dates.get("corpus_speed", {}).get("marsad_speed_ratio") is not None:
        add("dates speed marsad ÷ dateparser (SaudiNewsNet articles)", dates["corpus_speed"]["marsad_speed_ratio"])
    mh = res.get("minhash", {})
    if mh.get("marsad_speed_ratio") is not None:
        add("MinHash speed marsad ÷ datasketch", mh["marsad_speed_ratio"])
        je = mh.get("jaccard_error", {})
        add("  mean |Jaccard error| marsad / datasketch", f"{je.get('marsad')} / {je.get('datasketch')}")
    elif mh.get("skipped"):
        add("MinHash vs datasketch", "skipped: " + mh["skipped"][:60])
    link = res.get("link", {}).get("json", {})
    for what in ("end_to_end", "minhash_lsh_only"):
        if link.get(f"speedup_{what}") is not None:
            add(f"MinHash+LSH {what.replace('_', ' ')} marsad ÷ datasketch (bench_link)", link[f"speedup_{what}"])


def selected(only: str | None, quick: bool) -> list[str]:
    """The benchmarks to run: ``--only`` names, else the core set (memory only in full mode)."""
    if only:
        names = [n.strip() for n in only.split(",") if n.strip()]
        unknown = [n for n in names if n not in CORE and n not in EXTERNAL]
        if unknown:
            raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(CORE + list(EXTERNAL))}")
        return names
    return [n for n in CORE if not (quick and n == "memory")]


def run_all(quick: bool = False, only: str | None = None, out: Path | None = None,
            corpus: Path = CORPUS, memory_analyze: bool = True) -> dict[str, Any]:
    """Run the selected benchmarks, print each table and the summary, write the JSON; the results."""
    names = selected(only, quick)
    if not corpus.exists():
        raise SystemExit(f"corpus not found: {corpus} (the suite reads ../shared/corpora/saudinewsnet)")
    res: dict[str, Any] = {"machine": machine(), "mode": "quick" if quick else "full", "benchmarks": names,
                           "quick_articles": QUICK_ARTICLES if quick else None}
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        runs = build(quick, corpus, Path(tmp), memory_analyze)
        for name in names:
            print(f"\n== {name} ==", flush=True)
            t0 = time.perf_counter()
            try:
                res[name] = runs[name]()
            except Exception as exc:  # noqa: BLE001 - one broken benchmark must not lose the others
                res[name] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()[-2000:]}
            res[name]["_seconds"] = round(time.perf_counter() - t0, 1)
            _print_one(name, res[name])
    res["summary"] = summary(res)
    res["machine_after"] = machine()
    print("\n== summary (ratios: marsad ÷ peer, > 1 = marsad faster) ==")
    print(table(res["summary"], ["metric", "value", "target", "met"]))
    print(f"load average {res['machine']['loadavg_1m']} → {res['machine_after']['loadavg_1m']} on "
          f"{res['machine']['cpus']} cores: wall-clock figures suffer from other load; per-core figures less so")
    path = write_json(res, out or RESULTS / "bench.json")
    print(f"wrote {path}")
    return res


def _print_one(name: str, r: dict[str, Any]) -> None:
    """The table of one benchmark (or its error)."""
    import bench_clean
    import bench_floor
    import bench_pipeline
    import bench_scaling

    if "error" in r:
        print(f"error: {r['error']}")
        return
    printers = {"floor": bench_floor.print_result, "pipeline": bench_pipeline.print_result,
                "clean": bench_clean.print_result, "scaling": bench_scaling.print_result,
                "memory": lambda x: bench_scaling.print_result({"memory": x})}
    if name in printers:
        printers[name](r)
    elif name == "dates":
        _print_dates(r)
    elif name in EXTERNAL:
        print("\n".join(r.get("output_tail", [])) or r.get("skipped", ""))
    else:
        print(json.dumps({k: v for k, v in r.items() if k not in ("traceback",)}, ensure_ascii=False)[:1500])


def _print_dates(r: dict[str, Any]) -> None:
    """The date taggers side by side: dev-set accuracy and speed, corpus speed."""
    dev, corp = r.get("dev_set", {}), r.get("corpus_speed", {})
    acc = dev.get("accuracy", {})
    rows = [{"tagger": t, "dev_exact": acc.get(t, {}).get("ALL", {}).get("exact"),
             "dev_found": acc.get(t, {}).get("ALL", {}).get("found"),
             "dev_sentences_per_s": dev.get("sentences_per_s", {}).get(t),
             "corpus_articles_per_core_s": corp.get(t, {}).get("articles_per_core_s"),
             "corpus_values": corp.get(t, {}).get("values")} for t in ("marsad", "dateparser")]
    print(table(rows, list(rows[0])))
    print(f"dev set: {dev.get('sentences')} sentences; corpus: {corp.get('marsad', {}).get('articles')} articles")


def main(argv: list[str] | None = None) -> int:
    """Command line (also ``marsad bench``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(ap)
    args = ap.parse_args(argv)
    run_all(args.quick, args.only, args.out, args.corpus, not args.memory_no_analyze)
    return 0


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The suite's options (shared with ``marsad bench``)."""
    ap.add_argument("--quick", action="store_true", help="samples: minutes, not hours; skips the 100k memory run")
    ap.add_argument("--only", default=None, help=f"comma-separated: {','.join(CORE + list(EXTERNAL))}")
    ap.add_argument("--out", type=Path, default=None, help="JSON file (default bench-results/bench.json)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="SaudiNewsNet folder of zips")
    ap.add_argument("--memory-no-analyze", action="store_true",
                    help="100k memory run without the analysis stages (decode, clean, global steps)")


if __name__ == "__main__":
    sys.exit(main())
