"""Load benchmark of the web app on loopback: requests/s and p50/p95 latency for timeline, search, story.

Builds (or reuses) a store holding ../shared/corpora/saudinewsnet — the first
``--analyze`` records through the full pipeline (events, merged events, stories),
the rest without analysis (fast) — runs ``marsad serve`` on 127.0.0.1 in its own
process, and times sequential requests from one client. Bounded: at most
``--requests`` per endpoint and ``--budget`` seconds per endpoint.

    .venv/bin/python benchmarks/bench_serve.py [--db F] [--analyze 300] [--requests 200] [--budget 30]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
RESULTS = ROOT / "bench-results"
# Queries rotated through by the search benchmark: common words, names, variant spellings, two-word phrases.
SEARCH_QUERIES = ["السعودية", "الرياض", "وزير الخارجية", "الأمير", "الامير", "مجلس الوزراء", "اليمن",
                  "الحوثيين", "إيران", "ايران", "النفط", "كرة القدم", "المملكة", "الهلال", "جدة"]


def build_store(db: Path, analyze: int) -> dict[str, Any]:
    """Ingest the first ``analyze`` records with the full pipeline (events, links), the rest without analysis."""
    sys.path.insert(0, str(ROOT))
    from marsad.ingest import ingest
    from marsad.store import Store

    info: dict[str, Any] = {}
    zips = sorted(str(p) for p in CORPUS.glob("*.zip"))
    with Store(db) as store:
        if store.count_documents() == 0:
            t0 = time.perf_counter()
            report = ingest(zips, store, analyze=True, progress=False, limit=analyze)
            info["analyze_s"] = round(time.perf_counter() - t0, 1)
            t0 = time.perf_counter()
            report = ingest(zips, store, analyze=False, progress=False)
            info["ingest_s"] = round(time.perf_counter() - t0, 1)
            info["ingest"] = report.summary().splitlines()[0]
        conn = store.conn
        info["documents"] = store.count_documents()
        info["events"] = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        info["analyzed_docs"] = conn.execute("SELECT count(DISTINCT doc_id) FROM events").fetchone()[0]
        for table in ("merged_events", "stories"):
            try:
                info[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except Exception:  # noqa: BLE001 - linking tables absent
                info[table] = None
    return info


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    """``marsad serve`` in its own process on a free loopback port (no GIL shared with the client)."""
    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/static/app.css", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start within 60 s")


def measure(client: Any, urls: list[str], requests: int, budget: float) -> dict[str, Any]:
    """Sequential GETs cycling through ``urls``; latency percentiles in ms and requests/s."""
    for u in urls[:3]:  # warm caches (KB, templates, SQLite pages)
        client.get(u)
    lat, t0, n, errors = [], time.perf_counter(), 0, 0
    while n < requests and time.perf_counter() - t0 < budget:
        url = urls[n % len(urls)]
        s = time.perf_counter()
        r = client.get(url)
        lat.append((time.perf_counter() - s) * 1000)
        errors += r.status_code >= 400
        n += 1
    wall = time.perf_counter() - t0
    lat.sort()
    return {"requests": n, "errors": errors, "rps": round(n / wall, 1), "p50_ms": round(statistics.median(lat), 1),
            "p95_ms": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 1), "max_ms": round(lat[-1], 1)}


def endpoints(client: Any, base: str) -> dict[str, list[str]]:
    """The URLs per benchmarked endpoint (story falls back to document pages when linking is absent)."""
    from urllib.parse import quote

    types = client.get(f"{base}/api/timeline?limit=1").json()["types"]
    timeline = [f"{base}/api/timeline", f"{base}/timeline", f"{base}/api/timeline?actor=SAU",
                f"{base}/api/timeline?since=2015-07&until=2015-07-31"] + [f"{base}/api/timeline?type={t}" for t in types]
    search = [f"{base}/api/search?q={quote(q)}" for q in SEARCH_QUERIES] + [f"{base}/search?q={quote(q)}"
                                                                            for q in SEARCH_QUERIES[:5]]
    stories = client.get(f"{base}/api/stories?limit=50").json()
    out = {"timeline": timeline, "search": search}
    if stories.get("available") and stories["stories"]:
        out["story"] = [f"{base}/api/stories/{quote(str(s['id']))}" for s in stories["stories"]] + \
                       [f"{base}/stories/{quote(str(s['id']))}" for s in stories["stories"][:10]]
    else:
        docs = client.get(f"{base}/api/documents?limit=50").json()["documents"]
        out["document (story unavailable)"] = [f"{base}/documents/{d['id']}" for d in docs]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/marsad-bench-serve2.db"))
    ap.add_argument("--analyze", type=int, default=300, help="documents to run the full pipeline on (events)")
    ap.add_argument("--requests", type=int, default=200, help="at most this many requests per endpoint")
    ap.add_argument("--budget", type=float, default=30.0, help="at most this many seconds per endpoint")
    ap.add_argument("--json", type=Path, default=RESULTS / "serve.json")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skip: {CORPUS} is absent", file=sys.stderr)
        return 0
    import httpx

    info = build_store(args.db, args.analyze)
    print("store:", json.dumps(info, ensure_ascii=False))
    proc, base = serve(args.db)
    results: dict[str, Any] = {"store": info, "endpoints": {}}
    try:
        with httpx.Client(timeout=30) as client:
            for name, urls in endpoints(client, base).items():
                res = measure(client, urls, args.requests, args.budget)
                results["endpoints"][name] = res
                print(f"{name:<30} {res['requests']:>5} req  {res['rps']:>7} req/s  p50 {res['p50_ms']:>7} ms"
                      f"  p95 {res['p95_ms']:>7} ms  max {res['max_ms']:>7} ms  errors {res['errors']}")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
