"""Document-level publication inference on hand-written articles with a known publication day.

Each line of the probe file is ``{id, text, truth, supported:[earliest|null, latest|null], note}``:
``truth`` is the real publication day and ``supported`` the tightest interval the text
honestly supports (null = open). By default only ``text`` is given to marsad (no
``published`` field); with ``--with-metadata`` a row's optional ``published`` field (a day, a
month or a bare year) is passed too, as a ``marsad dates`` caller would, so the metadata
contract is measured: rows without the field behave as in the default mode. Prints: share of documents with a
committed best day and how many equal the truth (±1 day); share of intervals that
contain the truth (an interval excluding it is a defect: each is listed); median interval
width beside the median ``supported`` width; count of "unknown" outputs (no bound at all).
Run: ``.venv/bin/python benchmarks/bench_published.py [--file F] [--show] [--with-metadata]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
from datetime import date
from pathlib import Path
from typing import Any

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "published_fresh.jsonl"
TOLERANCE_DAYS = 1
# Width of an interval with an open side, in days: "unbounded" for the median.
OPEN_WIDTH = 10**6


def width(lo: str | None, hi: str | None) -> int:
    """Days covered by [lo, hi] inclusive, or OPEN_WIDTH when a side is open."""
    if not lo or not hi:
        return OPEN_WIDTH
    return (date.fromisoformat(hi) - date.fromisoformat(lo)).days + 1


def contains(lo: str | None, hi: str | None, day: date) -> bool:
    """Whether ``day`` lies in [lo, hi] (open sides unbounded), with ±1 day of slack."""
    ok_lo = not lo or (date.fromisoformat(lo) - day).days <= TOLERANCE_DAYS
    ok_hi = not hi or (day - date.fromisoformat(hi)).days <= TOLERANCE_DAYS
    return ok_lo and ok_hi


def score_one(rec: dict[str, Any], with_metadata: bool = False) -> dict[str, Any]:
    """Run publication inference on one probe text (as ``marsad dates`` does) and judge it."""
    from marsad.cli.dates import date_record

    given = {"id": rec["id"], "text": rec["text"]}
    if with_metadata and rec.get("published") not in (None, ""):
        given["published"] = rec["published"]
    out = date_record(given)
    pub = out.get("published") or {}
    truth = date.fromisoformat(rec["truth"])
    lo, hi, value = pub.get("earliest"), pub.get("latest"), pub.get("value")
    sup = rec.get("supported") or [None, None]
    return {
        "id": rec["id"], "earliest": lo, "latest": hi, "value": value,
        "value_ok": bool(value) and abs((date.fromisoformat(value) - truth).days) <= TOLERANCE_DAYS,
        "contains": contains(lo, hi, truth),
        "unknown": not lo and not hi,
        "width": width(lo, hi), "supported_width": width(sup[0], sup[1]),
        "truth": rec["truth"], "supported": sup, "note": rec.get("note", ""),
        "evidence": pub.get("evidence") or [],
    }


def _fmt_width(w: float) -> str:
    """A width in days, or 'open' for an unbounded interval."""
    return "open" if w >= OPEN_WIDTH else f"{w:g}d"


def report(rows: list[dict[str, Any]], show: bool) -> dict[str, Any]:
    """Print the figures and the defects; return them as a dict."""
    n = len(rows)
    committed = [r for r in rows if r["value"]]
    right = sum(r["value_ok"] for r in committed)
    contained = sum(r["contains"] for r in rows)
    figures = {
        "documents": n,
        "committed_share": round(len(committed) / n, 3),
        "committed": len(committed),
        "committed_right_within_1_day": right,
        "intervals_containing_truth": round(contained / n, 3),
        "median_width": _fmt_width(statistics.median_low(r["width"] for r in rows)),
        "median_supported_width": _fmt_width(statistics.median_low(r["supported_width"] for r in rows)),
        "tight_as_supported": sum(r["width"] <= r["supported_width"] for r in rows),
        "unknown": sum(r["unknown"] for r in rows),
    }
    print(json.dumps(figures, ensure_ascii=False))
    for r in rows:
        bad = []
        if not r["contains"]:
            bad.append("EXCLUDES-TRUTH")
        if r["value"] and not r["value_ok"]:
            bad.append("WRONG-DAY")
        if r["width"] > r["supported_width"]:
            bad.append("wider")
        if bad or show:
            print(f"{r['id']} {','.join(bad) or 'ok'} got [{r['earliest']}, {r['latest']}] value={r['value']}"
                  f" truth={r['truth']} supported={r['supported']} ({r['note']})")
            if show or "EXCLUDES-TRUTH" in bad or "WRONG-DAY" in bad:
                for ev in r["evidence"][:8]:
                    print(f"    {ev}")
    return figures


def main() -> None:
    """Score the probe file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE)
    ap.add_argument("--show", action="store_true", help="print every document with its evidence")
    ap.add_argument("--with-metadata", action="store_true",
                    help="pass each row's 'published' field (when it has one) to marsad")
    args = ap.parse_args()
    recs = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    report([score_one(r, args.with_metadata) for r in recs], args.show)


if __name__ == "__main__":
    main()
