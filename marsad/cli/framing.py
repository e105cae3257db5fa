"""``marsad framing``: how each outlet tells it (per document, per outlet, per merged event)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from marsad.cli.common import db_arg, open_db, write_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("framing", help="framing terms and profiles: a document, an outlet, or a merged event")
    p.add_argument("doc_id", nargs="?", help="document id (or unique prefix)")
    p.add_argument("--outlet", help="profile of one outlet ('*' for every outlet)")
    p.add_argument("--event", help="a merged event (or event) id: its reports side by side")
    p.add_argument("--recompute", action="store_true",
                   help="re-frame the stored documents first (all, or --outlet NAME's) and store the result")
    p.add_argument("--json", action="store_true", help="JSON output")
    db_arg(p)
    p.set_defaults(func=run)


def _event_reports(store: Any, event_id: str) -> list[dict[str, Any]]:
    """Reports of a merged event from the linking stage, else the one stored event as its own report."""
    try:
        from marsad.link import event_reports  # type: ignore[attr-defined]

        reports = event_reports(store, event_id)
        if reports:
            return reports
    except ImportError:
        pass
    row = store.conn.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
    if row is None:
        return []
    ev = json.loads(row["data"])
    doc = store.get_document(ev.get("doc") or event_id.rsplit("-E", 1)[0])
    return [{"doc": doc.id if doc else None, "outlet": doc.outlet if doc else None,
             "sentence_text": ev.get("sentence_text", ""), "trigger": ev.get("trigger")}]


def run(args: argparse.Namespace) -> int:
    store = open_db(args)
    if args.recompute:
        from marsad.analyze.framing.profile import recompute_framing

        t0 = time.perf_counter()
        n = recompute_framing(store, None if args.outlet in (None, "*") else args.outlet)
        print(f"framed {n} documents in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        if not (args.outlet or args.event or args.doc_id):
            return 0
    if args.event:
        from marsad.analyze.framing import event_side_by_side

        reports = _event_reports(store, args.event)
        if not reports:
            print(f"no event {args.event!r} in {store.path}", file=sys.stderr)
            return 1
        rows = event_side_by_side(store, reports)
        if args.json:
            write_json({"event": args.event, "reports": rows})
            return 0
        for r in rows:
            print(f"== {r['outlet'] or '(unknown outlet)'}  [{r['doc']}]")
            print("   " + _mark(r["sentence"], r["terms"]))
            loaded = [f"{t['term']} ({t['axis']}:{t['pole']})" for t in r["terms"] if t["pole"] != "neutral"]
            print("   terms: " + (", ".join(loaded) or "none loaded"))
        return 0
    if args.outlet:
        from marsad.analyze.framing import outlet_profiles

        t0 = time.perf_counter()
        profiles = outlet_profiles(store, None if args.outlet == "*" else args.outlet)
        elapsed = time.perf_counter() - t0
        if args.json:
            write_json({"outlets": profiles, "seconds": round(elapsed, 3)})
            return 0
        for name, prof in sorted(profiles.items()):
            _print_profile(f"{name} ({prof['docs']} documents, {prof['words']} words)", prof)
            print("   top terms: " + ", ".join(f"{t} ×{n}" for t, n in prof["top_terms"][:5]))
            print("   top loaded terms: " + ", ".join(f"{t} ×{n}" for t, n in prof["top_loaded_terms"][:5]))
        print(f"({len(profiles)} outlets in {elapsed:.2f} s)")
        return 0
    if not args.doc_id:
        print("give a DOC_ID, --outlet NAME (or '*'), or --event ID", file=sys.stderr)
        return 2
    doc = store.get_document(args.doc_id)
    if doc is None:
        print(f"no document {args.doc_id!r} in {store.path}", file=sys.stderr)
        return 1
    if not doc.framing:
        from marsad.analyze.framing import frame_document

        frame_document(doc)
    if args.json:
        write_json({"doc": doc.id, "outlet": doc.outlet, **doc.framing})
        return 0
    _print_profile(f"{doc.title or doc.id} — {doc.outlet or '(unknown outlet)'}", doc.framing)
    for m in doc.framing.get("matches", []):
        if m["pole"] != "neutral":
            print(f"   {m['axis']}:{m['pole']:<14} {m['text']}")
    return 0


def _print_profile(head: str, prof: dict[str, Any]) -> None:
    print(head)
    for axis, v in sorted(prof.get("axes", {}).items()):
        counts = ", ".join(f"{p} {n}" for p, n in sorted(v["counts"].items()))
        terms = ", ".join(list(v["terms"])[:6])
        print(f"  {axis:<20} {v['label']:<14} [{counts}]  {terms}")


def _mark(text: str, terms: list[dict[str, Any]]) -> str:
    out, last = [], 0
    for t in sorted(terms, key=lambda t: t["start"]):
        if t["start"] < last:
            continue
        out.append(text[last:t["start"]])
        out.append(f"«{text[t['start']:t['end']]}»")
        last = t["end"]
    out.append(text[last:])
    return "".join(out)
