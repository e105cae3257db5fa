"""Publication dates from text alone on SaudiNewsNet (metadata withheld), checked against the crawl date.

For each article only ``title`` and ``content`` are given to ``infer_published``
(no URL, no date). Prints: the share of articles for which one day is
committed to, how often that day is within ±1 day of ``date_extracted``
(precision), and how often the crawl day falls inside the inferred interval.
Reads ``../shared/corpora/saudinewsnet/*.zip`` by path.
Run: ``.venv/bin/python benchmarks/bench_dates_saudi.py [--limit N] [--show-wrong]``.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"
TOLERANCE_DAYS = 1
CRAWL_LAG_DAYS = 7


def articles(folder: Path, limit: int) -> Iterator[dict[str, Any]]:
    """Articles from every zip (at most ``limit`` per zip when > 0)."""
    for z in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                items = json.loads(zf.read(name))
                yield from (items[:limit] if limit else items)


def evaluate(folder: Path, limit: int, show_wrong: bool) -> dict[str, Any]:
    """Commit rate, precision within ±1 day, and interval coverage."""
    from marsad.analyze.time import infer_published
    from marsad.model import Document

    n = committed = right = lagged = bounded = covered = 0
    t0 = time.perf_counter()
    for art in articles(folder, limit):
        crawl = date.fromisoformat(art['date_extracted'][:10])
        doc = Document(id=str(n), body=art.get("content") or "", title=art.get("title") or "")
        pub = infer_published(doc)
        n += 1
        if pub.value:
            committed += 1
            ok = abs((date.fromisoformat(pub.value) - crawl).days) <= TOLERANCE_DAYS
            right += ok
            # the crawl can lag publication (the 07-31 zip covers 07-28..30): a day up to a week before it
            lagged += -CRAWL_LAG_DAYS <= (date.fromisoformat(pub.value) - crawl).days <= TOLERANCE_DAYS
            if not ok and show_wrong:
                print(f"WRONG {pub.value} vs crawl {crawl}: {pub.evidence}\n   {art.get('url')}")
        if pub.earliest or pub.latest:
            bounded += 1
            slack = timedelta(days=TOLERANCE_DAYS)
            lo = date.fromisoformat(pub.earliest) - slack if pub.earliest else date.min
            hi = date.fromisoformat(pub.latest) + slack if pub.latest else date.max
            covered += lo <= crawl <= hi
    dt = time.perf_counter() - t0
    return {
        "articles": n,
        "committed_day_share": round(committed / n, 4) if n else 0.0,
        "committed": committed,
        "precision_within_1_day": round(right / committed, 4) if committed else None,
        "precision_within_crawl_lag": round(lagged / committed, 4) if committed else None,
        "any_bound_share": round(bounded / n, 4) if n else 0.0,
        "interval_contains_crawl_day": round(covered / bounded, 4) if bounded else None,
        "articles_per_s": round(n / dt, 1) if dt else None,
    }


def main() -> None:

    """Evaluate and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(CORPUS), help="folder of SaudiNewsNet zip files")
    ap.add_argument("--limit", type=int, default=0, help="at most N articles per zip (0 = all)")
    ap.add_argument("--show-wrong", action="store_true", help="print committed days that miss the crawl day")
    args = ap.parse_args()
    folder = Path(args.corpus)
    if not folder.exists():
        raise SystemExit(f"{folder} is absent: this benchmark reads ../shared beside the project checkout")
    res = evaluate(folder, args.limit, args.show_wrong)
    print(f"articles {res['articles']}: day inferred from text for {res['committed_day_share']:.1%} "
          f"({res['committed']}); within ±1 day of date_extracted: {res['precision_within_1_day']} "
          f"(within [crawl-{CRAWL_LAG_DAYS}, crawl+1]: {res['precision_within_crawl_lag']}); "
          f"an interval (one or two bounds) for {res['any_bound_share']:.1%}, containing the crawl day "
          f"{res['interval_contains_crawl_day']}")
    print(json.dumps(res))


if __name__ == "__main__":
    main()
