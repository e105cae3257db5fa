"""Publication dates from text alone on SaudiNewsNet (metadata withheld), checked against the crawl date.

For each article only ``title`` and ``content`` are given to ``infer_published``
(no URL, no date). Prints: the share of articles for which one day is
committed to, how often that day is within ±1 day of ``date_extracted``
(strict precision), and how often the crawl day falls inside the inferred interval.

The crawl day is a lagging proxy for publication (late re-crawls, a first crawl
that picks up older pages, the gap before the 07-31 crawl), so a fairer
"URL/ID gold" is printed beside the strict figure, never instead of it: the day
written in the URL (al-jazirah, okaz, aleqt paths), else, for sites with
sequential article IDs, an interval bounded by neighbouring IDs (see
:func:`id_intervals`). The URL is used only to score, never given to the tagger.
Reads ``../shared/corpora/saudinewsnet/*.zip`` by path.
Also counts intervals that exclude the URL/ID gold (a URL day outside [earliest, latest], an
ID interval disjoint from ours) and intervals whose lower bound is after the crawl day (impossible:
no page is crawled before it appears); ``--show-excluding`` lists both with evidence and a snippet.
Run: ``.venv/bin/python benchmarks/bench_dates_saudi.py [--limit N] [--show-wrong] [--show-excluding]``.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"
TOLERANCE_DAYS = 1
CRAWL_LAG_DAYS = 7
# Dated URL paths: /2015/20150721/…, /Issues/20150720/…, /2015/07/20/article_….
URL_DAY = (
    re.compile(r"al-jazirah\.com/\d{4}/(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)/"),
    re.compile(r"okaz\.com\.sa/.*/Issues/(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)/"),
    re.compile(r"aleqt\.com/(?P<y>\d{4})/(?P<m>\d\d)/(?P<d>\d\d)/"),
)
# Sites whose article IDs grow with publication time: site → pattern of the ID.
SEQUENTIAL_ID = {
    "alriyadh": re.compile(r"alriyadh\.com/(\d+)"),
    "alyaum": re.compile(r"alyaum\.com/article/(\d+)"),
    "alweeam": re.compile(r"alweeam\.com\.sa/(\d+)/"),
    "aawsat": re.compile(r"aawsat\.com/home/article/(\d+)"),
    "al-madina": re.compile(r"al-madina\.com/node/(\d+)"),
    "alwatan": re.compile(r"alwatan\.com\.sa/.*ArticleID=(\d+)"),
    "aleqt": re.compile(r"aleqt\.com/.*article_(\d+)"),
    "okaz": re.compile(r"okaz\.com\.sa/.*/Con\d{8}(\d+)"),
}
# An ID interval pins the day when it is at most this wide (days between its bounds).
PINNED_WIDTH = 2


def articles(folder: Path, limit: int) -> Iterator[dict[str, Any]]:
    """Articles from every zip (at most ``limit`` per zip when > 0)."""
    for z in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                items = json.loads(zf.read(name))
                yield from (items[:limit] if limit else items)


def url_day(url: str) -> date | None:
    """The publication (or print-issue) day written in an article URL, if any."""
    for pat in URL_DAY:
        m = pat.search(url or "")
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
    return None


def sequential_id(url: str) -> tuple[str, int] | None:
    """(site, numeric article ID) for sites whose IDs grow with time."""
    for site, pat in SEQUENTIAL_ID.items():
        m = pat.search(url or "")
        if m:
            return site, int(m.group(1))
    return None


def id_intervals(items: Iterable[tuple[str, date]]) -> dict[str, tuple[date | None, date | None]]:
    """Publication bounds per URL from neighbouring IDs of the same site and their crawl days.

    IDs grow with publication time, so an article is published no later than the earliest
    crawl of any article with an ID at least its own (upper bound, a suffix minimum).
    An article whose ID exceeds every ID crawled on earlier days was not yet online at
    the previous crawl, so it was published on or after that crawl's day; an article
    is published no earlier than any lower ID (lower bound, a prefix maximum).
    """
    by_site: dict[str, list[tuple[int, date, str]]] = defaultdict(list)
    for url, crawl in items:
        sid = sequential_id(url)
        if sid:
            by_site[sid[0]].append((sid[1], crawl, url))
    out: dict[str, tuple[date | None, date | None]] = {}
    for rows in by_site.values():
        out.update(_site_intervals(rows))
    return out


def _new_since_previous_crawl(rows: list[tuple[int, date, str]]) -> dict[str, date]:
    """URL → the previous crawl day, for articles whose ID exceeds every ID crawled before."""
    days = sorted({c for _, c, _ in rows})
    prev_day = dict(zip(days[1:], days, strict=False))
    top_before: dict[date, int] = {}
    top = -1
    for day in days:
        top_before[day] = top
        top = max([top, *(i for i, c, _ in rows if c == day)])
    return {url: prev_day[c] for i, c, url in rows if c in prev_day and i > top_before[c]}


def _site_intervals(rows: list[tuple[int, date, str]]) -> dict[str, tuple[date | None, date | None]]:
    """Prefix-max lower bounds and suffix-min upper bounds over one site's IDs."""
    lows = _new_since_previous_crawl(rows)
    rows = sorted(rows)
    his: list[date] = []
    hi = date.max
    for _, crawl, _ in reversed(rows):
        hi = min(hi, crawl)
        his.append(hi)
    his.reverse()
    out: dict[str, tuple[date | None, date | None]] = {}
    lo: date | None = None
    for (_, _, url), hi in zip(rows, his, strict=True):
        low = lows.get(url)
        if low is not None and (lo is None or low > lo):
            lo = low
        out[url] = (lo, hi)
    return out


def fair_gold(url: str, ids: dict[str, tuple[date | None, date | None]]) -> tuple[date, date, str] | None:
    """(earliest, latest, source) of the URL/ID gold for one article, or None when it has none.

    Source "id_upper": only the upper bound is known (first crawl, no lower ID new since an
    earlier crawl); it scores nothing, but can show that the crawl day is later than publication.
    """
    day = url_day(url)
    if day:
        return day, day, "url"
    lo, hi = ids.get(url, (None, None))
    if hi is None or (lo is not None and lo > hi):
        return None
    return (lo, hi, "id") if lo is not None else (date.min, hi, "id_upper")


def _load_gold(folder: Path) -> dict[str, tuple[date | None, date | None]]:
    """ID intervals from every article's URL and crawl day (metadata only, never the text)."""
    return id_intervals((a.get("url") or "", date.fromisoformat(a["date_extracted"][:10]))
                        for a in articles(folder, 0))


_QUOTED = re.compile(r"«([^»]{3,80})»")
SNIPPET = 90


def snippet(text: str, evidence: list[str]) -> str:
    """The text around the first quoted evidence phrase found in it (else the opening), on one line."""
    for e in evidence:
        for q in _QUOTED.findall(e):
            at = text.find(q)
            if at >= 0:
                return " ".join(text[max(0, at - SNIPPET):at + len(q) + SNIPPET].split())
    return " ".join(text[:2 * SNIPPET].split())


def excludes_gold(lo: date | None, hi: date | None, gold: tuple[date, date, str] | None) -> bool:
    """True when our interval [lo, hi] (None = open) cannot contain the publication day the gold allows.

    URL gold: its day lies outside ours; ID gold (also upper-bound only): the two intervals are disjoint.
    """
    if gold is None:
        return False
    g_lo, g_hi, _ = gold
    return (lo is not None and lo > g_hi) or (hi is not None and hi < g_lo)


def evaluate(folder: Path, limit: int, show_wrong: bool, show_excluding: bool = False) -> dict[str, Any]:
    """Commit rate, precision within ±1 day (strict and URL/ID gold), and interval coverage."""
    from marsad.analyze.time import infer_published
    from marsad.model import Document

    ids = _load_gold(folder)
    n = committed = right = lagged = bounded = covered = 0
    excluding = Counter()
    after_crawl = 0
    gold_n = Counter()
    fair = Counter()
    t0 = time.perf_counter()
    for art in articles(folder, limit):
        crawl = date.fromisoformat(art['date_extracted'][:10])
        doc = Document(id=str(n), body=art.get("content") or "", title=art.get("title") or "")
        pub = infer_published(doc)
        n += 1
        gold = fair_gold(art.get("url") or "", ids)
        if gold and gold[2] != "id_upper":
            gold_n[gold[2]] += 1
            gold_n["pinned"] += (gold[1] - gold[0]).days <= PINNED_WIDTH
        if pub.value:
            committed += 1
            day = date.fromisoformat(pub.value)
            ok = abs((day - crawl).days) <= TOLERANCE_DAYS
            right += ok
            # the crawl can lag publication (the 07-31 zip covers 07-28..30): a day up to a week before it
            lagged += -CRAWL_LAG_DAYS <= (day - crawl).days <= TOLERANCE_DAYS
            verdict = _score_fair(day, gold, crawl, fair)
            if not ok and show_wrong:
                print(f"WRONG {pub.value} vs crawl {crawl} [URL/ID gold: {verdict}]: {pub.evidence}\n"
                      f"   {art.get('url')}")
        if pub.earliest or pub.latest:
            bounded += 1
            slack = timedelta(days=TOLERANCE_DAYS)
            lo = date.fromisoformat(pub.earliest) - slack if pub.earliest else date.min
            hi = date.fromisoformat(pub.latest) + slack if pub.latest else date.max
            covered += lo <= crawl <= hi
            ours = (parse_day(pub.earliest), parse_day(pub.latest))
            bad_gold = excludes_gold(*ours, gold)
            bad_crawl = ours[0] is not None and ours[0] > crawl
            excluding[gold[2] if bad_gold and gold else "none"] += bad_gold
            after_crawl += bad_crawl
            if show_excluding and (bad_gold or bad_crawl):
                text = f"{art.get('title') or ''}\n{art.get('content') or ''}"
                span = "" if gold is None else (str(gold[0]) if gold[0] == gold[1] else f"{gold[0]}..{gold[1]}")
                kind = " ".join(k for k, v in (("EXCLUDES-GOLD", bad_gold), ("AFTER-CRAWL", bad_crawl)) if v)
                print(f"{kind} #{n - 1} ours [{pub.earliest}, {pub.latest}] value {pub.value}; crawl {crawl}; "
                      f"gold {gold[2] if gold else 'none'} {span}\n   evidence: {pub.evidence}\n"
                      f"   url: {art.get('url')}\n   text: {snippet(text, pub.evidence)}")
    dt = time.perf_counter() - t0
    return {
        "articles": n,
        "committed_day_share": round(committed / n, 4) if n else 0.0,
        "committed": committed,
        "precision_within_1_day": round(right / committed, 4) if committed else None,
        "precision_within_crawl_lag": round(lagged / committed, 4) if committed else None,
        "any_bound_share": round(bounded / n, 4) if n else 0.0,
        "interval_contains_crawl_day": round(covered / bounded, 4) if bounded else None,
        "intervals_excluding_gold": sum(excluding.values()),
        "intervals_excluding_gold_by_source": {k: v for k, v in excluding.items() if v},
        "lower_bound_after_crawl": after_crawl,
        "url_id_gold": {
            "articles_with_gold": gold_n["url"] + gold_n["id"], "from_url": gold_n["url"], "from_ids": gold_n["id"],
            "gold_at_most_2_days_wide": gold_n["pinned"],
            "committed_with_gold": fair["n"],
            "precision_within_1_day": round(fair["ok"] / fair["n"], 4) if fair["n"] else None,
            "strict_wrong": committed - right, "strict_wrong_with_gold": fair["wrong_n"],
            "strict_wrong_confirmed": fair["confirmed"], "strict_wrong_confirmed_pinned": fair["pinned"],
            "strict_wrong_upper_bound_only_shows_lag": fair["upper_lag"],
        },
        "articles_per_s": round(n / dt, 1) if dt else None,
    }


def parse_day(iso: str | None) -> date | None:
    """An ISO day from a Published bound, None when open."""
    return date.fromisoformat(iso) if iso else None


def _score_fair(day: date, gold: tuple[date, date, str] | None, crawl: date, fair: Counter) -> str:
    """Count one committed day against the URL/ID gold; a short verdict for the listing."""
    if gold is None:
        return "none"
    lo, hi, src = gold
    slack = timedelta(days=TOLERANCE_DAYS)
    strict_ok = abs((day - crawl).days) <= TOLERANCE_DAYS
    if src == "id_upper":
        lag = not strict_ok and day <= hi + slack < crawl
        fair["upper_lag"] += lag
        return f"published by {hi} (higher IDs crawled then){': crawl lag' if lag else ''}"
    ok = lo - slack <= day <= hi + slack
    fair["n"] += 1
    fair["ok"] += ok
    pinned = (hi - lo).days <= PINNED_WIDTH
    if not strict_ok:
        fair["wrong_n"] += 1
        fair["confirmed"] += ok
        fair["pinned"] += ok and pinned
    span = lo.isoformat() if lo == hi else f"{lo}..{hi}"
    return f"{src} {span} {'confirms' if ok else 'REJECTS'}"


def main() -> None:

    """Evaluate and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(CORPUS), help="folder of SaudiNewsNet zip files")
    ap.add_argument("--limit", type=int, default=0, help="at most N articles per zip (0 = all)")
    ap.add_argument("--show-wrong", action="store_true", help="print committed days that miss the crawl day")
    ap.add_argument("--show-excluding", action="store_true",
                    help="print intervals that exclude the URL/ID gold or start after the crawl day")
    args = ap.parse_args()
    folder = Path(args.corpus)
    if not folder.exists():
        raise SystemExit(f"{folder} is absent: this benchmark reads ../shared beside the project checkout")
    res = evaluate(folder, args.limit, args.show_wrong, args.show_excluding)
    print(f"articles {res['articles']}: day inferred from text for {res['committed_day_share']:.1%} "
          f"({res['committed']}); within ±1 day of date_extracted: {res['precision_within_1_day']} "
          f"(within [crawl-{CRAWL_LAG_DAYS}, crawl+1]: {res['precision_within_crawl_lag']}); "
          f"an interval (one or two bounds) for {res['any_bound_share']:.1%}, containing the crawl day "
          f"{res['interval_contains_crawl_day']}")
    g = res["url_id_gold"]
    print(f"URL/ID gold (beside the strict figure): {g['articles_with_gold']} articles have one "
          f"({g['from_url']} URL day, {g['from_ids']} ID interval; {g['gold_at_most_2_days_wide']} at most "
          f"{PINNED_WIDTH} days wide); {g['committed_with_gold']} committed days have gold, precision ±1 day "
          f"{g['precision_within_1_day']}; of {g['strict_wrong']} strict misses {g['strict_wrong_with_gold']} "
          f"have gold, {g['strict_wrong_confirmed']} confirmed ({g['strict_wrong_confirmed_pinned']} by gold "
          f"at most {PINNED_WIDTH} days wide); {g['strict_wrong_upper_bound_only_shows_lag']} more lie before "
          f"an ID upper bound that is itself before crawl-1")
    print(f"intervals excluding the URL/ID gold: {res['intervals_excluding_gold']} "
          f"{res['intervals_excluding_gold_by_source']}; lower bound after the crawl day: "
          f"{res['lower_bound_after_crawl']}")
    print(json.dumps(res))


if __name__ == "__main__":
    main()
