"""``marsad docs``, ``marsad show ID`` and ``marsad search "..."``: browse what the store holds.

Each command builds plain dicts (the same the JSON output prints) and a text
renderer shows them, so the CLI and ``--json`` never disagree.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from marsad.cli.common import db_arg, open_db, write_json
from marsad.model import Document, to_dict

# Sections ``marsad show`` can print, in order, with the document fields each shows.
SECTIONS = {
    "dropped": ("dropped",),
    "dates": ("published", "page_dates", "timexes"),
    "entities": ("mentions",),
    "events": ("events",),
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``docs``, ``show`` and ``search``."""
    p = sub.add_parser("docs", help="list stored documents")
    db_arg(p)
    p.add_argument("--outlet", help="only this outlet")
    p.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    p.add_argument("--offset", type=int, default=0, help="skip this many first")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=run_docs)

    p = sub.add_parser("show", help="print one stored document (id or unique id prefix)")
    p.add_argument("id", metavar="ID")
    db_arg(p)
    p.add_argument("--dropped", action="store_true", help="the lines cleaning dropped, with reasons")
    p.add_argument("--dates", action="store_true", help="publication interval, evidence, page dates, timexes")
    p.add_argument("--entities", action="store_true", help="entity mentions")
    p.add_argument("--events", action="store_true", help="events")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(func=run_show)

    p = sub.add_parser("search", help="full-text search (Arabic-normalized: أ/إ/آ, ى/ي, ة/ه, diacritics, digits)")
    p.add_argument("query")
    db_arg(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=run_search)


# -- docs -------------------------------------------------------------------------
def _published_text(row: dict[str, Any]) -> str:
    value, lo, hi = row.get("published_value"), row.get("published_earliest"), row.get("published_latest")
    if value:
        return value
    if lo or hi:
        return f"{lo or '?'}..{hi or '?'}"
    return "-"


def run_docs(args: argparse.Namespace) -> int:
    """List documents: id, outlet, published, characters, title."""
    with open_db(args) as store:
        rows = store.list_documents(limit=args.limit, offset=args.offset, outlet=args.outlet)
        total = store.count_documents()
    if args.json:
        for r in rows:
            write_json(r)
        return 0
    for r in rows:
        print(f"{r['id']}  {(r['outlet'] or '-')[:18]:<18}  {_published_text(r):<22}  {r['chars']:>7,}  {r['title'][:70]}")
    shown = f"{args.offset + 1}-{args.offset + len(rows)}" if rows else "none"
    print(f"({shown} of {total:,} documents)", file=sys.stderr)
    return 0


# -- show -------------------------------------------------------------------------
def show_dict(doc: Document, provenance: list[dict[str, Any]], sections: list[str]) -> dict[str, Any]:
    """The dict ``marsad show`` prints: header fields, provenance, and the chosen sections (all when none)."""
    data = to_dict(doc)
    for s in data.get("sentences", []):
        s.pop("tokens", None)
    head = {k: data[k] for k in ("id", "source", "outlet", "title", "url", "language", "published")}
    head["provenance"] = provenance
    if not sections:
        return {**data, "provenance": provenance}
    for name in sections:
        for key in SECTIONS[name]:
            head[key] = data.get(key)
    return head


def run_show(args: argparse.Namespace) -> int:
    """Print one document's stored fields (or only the sections asked for)."""
    with open_db(args) as store:
        doc = store.get_document(args.id)
        if doc is None:
            print(f"marsad: no document with id (or unique prefix) {args.id!r}", file=sys.stderr)
            return 1
        prov = store.provenance(doc.id)
    sections = [s for s in SECTIONS if getattr(args, s)]
    if args.json:
        write_json(show_dict(doc, prov, sections))
        return 0
    _print_header(doc, prov)
    if not sections:
        print()
        print(doc.body)
    for name in sections:
        print()
        _PRINTERS[name](doc)
    return 0


def _print_header(doc: Document, prov: list[dict[str, Any]]) -> None:
    p = doc.published
    print(f"id:        {doc.id}")
    print(f"title:     {doc.title}")
    print(f"outlet:    {doc.outlet or '-'}")
    print(f"language:  {doc.language}")
    print(f"published: {p.value or '-'}  (interval {p.earliest or '?'} .. {p.latest or '?'})")
    print(f"source:    {doc.source}")
    print(f"counts:    {len(doc.body):,} chars, {len(doc.paragraphs)} paragraphs, {len(doc.dropped)} dropped lines,"
          f" {len(doc.mentions)} mentions, {len(doc.events)} events")
    for r in prov:
        where = r["file"] + (f"!{r['member']}" if r["member"] else "")
        print(f"seen:      {where}" + (f"  <{r['url']}>" if r["url"] else "") + f"  at {r['seen_at']}")


def _print_dropped(doc: Document) -> None:
    print(f"dropped lines ({len(doc.dropped)}):")
    for d in doc.dropped:
        print(f"  [{d.reason}] {d.text}")
    if doc.captions:
        print(f"captions ({len(doc.captions)}):")
        for c in doc.captions:
            print(f"  {c}")


def _print_dates(doc: Document) -> None:
    p = doc.published
    print(f"published: value {p.value or '-'}, earliest {p.earliest or '?'}, latest {p.latest or '?'}")
    for e in p.evidence:
        print(f"  evidence: {e}")
    print(f"page dates ({len(doc.page_dates)}; chrome, upper bounds only):")
    for d in doc.page_dates:
        print(f"  {d.value or '?':<10}  {d.text}  [{d.where}]")
    print(f"time expressions ({len(doc.timexes)}):")
    for t in doc.timexes:
        print(f"  {t.start}-{t.end}  {t.text}  → {t.value or '?'} ({t.granularity}, {t.anchor})")


def _print_entities(doc: Document) -> None:
    print(f"mentions ({len(doc.mentions)}):")
    for m in doc.mentions:
        print(f"  {m.start}-{m.end}  {m.kind:<4}  {m.text}  {m.entity or ''}  {m.code or ''}".rstrip())


def _print_events(doc: Document) -> None:
    print(f"events ({len(doc.events)}):")
    for e in doc.events:
        src = "+".join(a.code or a.text for a in e.source) or "-"
        tgt = "+".join(a.code or a.text for a in e.target) or "-"
        when = e.date.value or (f"{e.date.earliest}..{e.date.latest}" if e.date.earliest else "?")
        print(f"  {e.type:<12} {src} → {tgt}  {when}  [{e.modality}]  «{e.trigger}»")
        if e.sentence_text:
            print(f"      {e.sentence_text[:160]}")


_PRINTERS = {"dropped": _print_dropped, "dates": _print_dates, "entities": _print_entities, "events": _print_events}


# -- search -----------------------------------------------------------------------
def run_search(args: argparse.Namespace) -> int:
    """Print documents matching the query, best first, with a snippet."""
    with open_db(args) as store:
        rows = store.search(args.query, limit=args.limit)
        total = store.count_search(args.query)
    if args.json:
        for r in rows:
            write_json(r)
        return 0
    for r in rows:
        print(f"{r['id']}  {(r['outlet'] or '-')[:18]:<18}  {_published_text(r):<22}  {r['title'][:70]}")
        print(f"    {r['snippet']}")
    print(f"({len(rows)} of {total:,} matching documents)", file=sys.stderr)
    return 0
