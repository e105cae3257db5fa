"""``marsad dates --jsonl FILE|-``: time expressions and publication dates for JSON lines of text."""

from __future__ import annotations

import argparse

from marsad.cli.common import given_day, given_period, read_jsonl, write_json
from marsad.model import to_dict

_TIMEX_FIELDS = ("text", "start", "end", "value", "granularity", "earliest", "latest", "anchor")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``marsad dates``."""
    p = sub.add_parser("dates", help="time expressions and publication date of each JSON line {id, text, published?}")
    p.add_argument("--jsonl", required=True, metavar="FILE", help="input JSON lines (or - for stdin)")
    p.set_defaults(func=run)


def date_record(obj: dict) -> dict:
    """One output record for one input object (errors reported in the record, never raised)."""
    from marsad.analyze.time import date_text

    rid = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str):
        return {"id": rid, "error": "missing or non-string 'text'"}
    given = obj.get("published")
    published = given_day(given)
    # A bare year or month bounds a page's interval; it is no anchor for a sentence (warned below).
    period = given_period(given) if published is None else None
    doc = date_text(text, published, period=period)
    out = {
        "id": rid,
        "published": to_dict(doc.published),
        "timexes": [{k: getattr(t, k) for k in _TIMEX_FIELDS} for t in doc.timexes],
    }
    if given not in (None, "") and published is None and not doc.meta.get("metadata_period"):
        out["warning"] = f"'published' is not a calendar day, ignored: {given!r}"
    return out


def run(args: argparse.Namespace) -> int:
    """Read FILE or stdin, write one JSON object per non-blank input line, in order."""
    for _n, obj, err in read_jsonl(args.jsonl):
        if err is not None:
            write_json({"id": None, "error": err})
            continue
        try:
            write_json(date_record(obj))
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the stream
            write_json({"id": obj.get("id"), "error": f"{type(exc).__name__}: {exc}"})
    return 0
