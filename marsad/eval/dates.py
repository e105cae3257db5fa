"""``marsad eval dates [FILE]``: time-expression accuracy per form on the dates dev set.

A sentence counts as *found* when every expected value is produced, and as
*exact* when, in addition, nothing else is produced (a stray date is an error
too: events would be dated by it). The same scorer serves the benchmark
against dateparser (``benchmarks/bench_dates.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from marsad.analyze.time import find_timexes

DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "dates_dev.jsonl"
TARGET_EXACT = 0.9

# A predictor: (text, published ISO day) → list of predicted values (ISO strings or dates)
Predictor = Callable[[str, str], list[Any]]


def load_rows(path: str | Path | None = None) -> list[dict[str, Any]]:
    """Dev-set rows: {id, form, text, published, timexes:[{text, value}]}."""
    with open(path or DEV, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def marsad_predict(text: str, published: str) -> list[Any]:
    """Our tagger's values for one sentence."""
    return [t.value for t in find_timexes(text, anchor=published) if t.value]


def _at_granularity(d: date, like: str) -> str:
    """Format ``d`` the way an expected value of the shape of ``like`` is written."""
    if "-W" in like:
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return d.isoformat()[:len(like)]


def _matches(pred: Any, expected: str) -> bool:
    if isinstance(pred, (date, datetime)):
        d = pred.date() if isinstance(pred, datetime) else pred
        return _at_granularity(d, expected) == expected
    return pred == expected


def _covered(preds: list[Any], expected: str) -> int:
    """How many predictions the expected value needs (an interval A/B needs A then B); 0 = not covered."""
    if any(isinstance(p, str) and p == expected for p in preds):
        return 1
    if "/" in expected:
        a, b = expected.split("/", 1)
        if any(_matches(p, a) for p in preds) and any(_matches(p, b) for p in preds):
            return 2
        return 0
    return 1 if any(_matches(p, expected) for p in preds) else 0


def judge(preds: list[Any], expected: list[str]) -> tuple[bool, bool]:
    """(found, exact) for one sentence."""
    need = [_covered(preds, v) for v in expected]
    found = all(need)
    return found, found and len(preds) == sum(need)


def score(rows: Iterable[dict[str, Any]], predict: Predictor) -> dict[str, Any]:
    """Per-form and overall found/exact accuracy."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        try:
            preds = predict(row["text"], row["published"])
        except Exception:  # noqa: BLE001 - a crashing predictor scores zero on that sentence
            preds = None
        expected = [t["value"] for t in row["timexes"]]
        found, exact = judge(preds, expected) if preds is not None else (False, False)
        for key in (row.get("form", "unlabelled"), "ALL"):
            per[key][0] += 1
            per[key][1] += found
            per[key][2] += exact
    return {k: {"n": n, "found": round(f / n, 3), "exact": round(e / n, 3)} for k, (n, f, e) in per.items()}


def errors(rows: Iterable[dict[str, Any]], predict: Predictor) -> list[dict[str, Any]]:
    """Rows whose prediction is not exact, with what was predicted."""
    out = []
    for row in rows:
        preds = predict(row["text"], row["published"])
        if not judge(preds, [t["value"] for t in row["timexes"]])[1]:
            out.append({"id": row["id"], "text": row["text"], "published": row["published"],
                        "expected": [t["value"] for t in row["timexes"]], "got": [str(p) for p in preds]})
    return out


def format_table(results: dict[str, dict[str, Any]], names: list[str]) -> str:
    """A text table: one row per form, columns found/exact per system."""
    forms = sorted(k for k in results[names[0]] if k != "ALL") + ["ALL"]
    head = f"{'form':<20} {'n':>4} " + " ".join(f"{n + ' found':>16} {n + ' exact':>16}" for n in names)
    lines = [head, "-" * len(head)]
    for f in forms:
        n = results[names[0]][f]["n"]
        cols = " ".join(f"{results[s][f]['found']:>16.3f} {results[s][f]['exact']:>16.3f}" for s in names)
        lines.append(f"{f:<20} {n:>4} {cols}")
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    """Score the tagger on the dev set (or FILE); print a table, or JSON with --json."""
    rows = load_rows(getattr(args, "file", None))
    res = score(rows, marsad_predict)
    if getattr(args, "json", False):
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print(format_table({"marsad": res}, ["marsad"]))
    if getattr(args, "strict", False) and res["ALL"]["exact"] < TARGET_EXACT:
        print(f"below target exact accuracy {TARGET_EXACT}", file=sys.stderr)
        return 1
    return 0
