"""``marsad duplicates | stories | story ID | timeline | link rebuild``: the linking stage's views and upkeep."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from marsad.cli.common import db_arg, open_db


def register(sub: argparse._SubParsersAction) -> None:
    """Add the linking commands."""
    p = sub.add_parser("duplicates", help="near-duplicate document groups (MinHash + LSH)")
    db_arg(p)
    p.add_argument("--threshold", type=float, default=None,
                   help="Jaccard threshold for grouping (default 0.8; pairs are kept from 0.5)")
    p.add_argument("--sample", type=int, default=0, help="print N random pairs (titles + openings) to judge by hand")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_duplicates)

    p = sub.add_parser("stories", help="stories: documents and merged events that belong together")
    db_arg(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--min-docs", type=int, default=1)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_stories)

    p = sub.add_parser("story", help="one story: documents, events and a cited summary")
    db_arg(p)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_story)

    p = sub.add_parser("timeline", help="merged events ordered by date, each citing its reports")
    db_arg(p)
    p.add_argument("--dyad", help="A,B: source and target countries (or group codes) in either direction")
    p.add_argument("--actor", help="actor code (SYR matches SYR-MIL) or knowledge-base id")
    p.add_argument("--story", help="story id (or prefix)")
    p.add_argument("--type", help="PLOVER category")
    p.add_argument("--outlet")
    p.add_argument("--since", help="ISO date")
    p.add_argument("--until", help="ISO date")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=run_timeline)

    p = sub.add_parser("link", help="linking upkeep: rebuild duplicates, merged events and stories")
    db_arg(p)
    lsub = p.add_subparsers(dest="link_command", metavar="ACTION")
    r = lsub.add_parser("rebuild", help="clear and recompute every linking table from the stored documents")
    db_arg(r)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=run_rebuild)
    u = lsub.add_parser("update", help="link documents not linked yet (what ingest does)")
    db_arg(u)
    u.set_defaults(func=run_update)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _out(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def run_duplicates(args: argparse.Namespace) -> int:
    """List duplicate groups (or a sample of pairs)."""
    from marsad.link.dedup import THRESHOLD, list_groups, sample_pairs

    threshold = args.threshold if args.threshold is not None else THRESHOLD
    with open_db(args) as store:
        if args.sample:
            pairs = sample_pairs(store, args.sample, threshold=threshold)
            if args.json:
                _out(pairs)
                return 0
            for i, p in enumerate(pairs, 1):
                print(f"[{i}] jaccard≈{p['jaccard']}")
                for side in ("a", "b"):
                    d = p[side] or {}
                    print(f"   {side}: {d.get('outlet')} | {d.get('title')}\n      {d.get('opening', '')!r}")
            return 0
        groups = list_groups(store, threshold)
    if args.json:
        _out(groups[: args.limit])
        return 0
    cross = sum(len(g["outlets"]) > 1 for g in groups)
    print(f"{len(groups)} duplicate groups at Jaccard ≥ {threshold} ({cross} across outlets)")
    for g in groups[: args.limit]:
        print(f"- {g['size']} docs, outlets {', '.join(g['outlets']) or '?'} (max≈{g['max_jaccard']})")
        for m in g["members"]:
            mark = "*" if m["canonical"] else " "
            print(f"   {mark} {m['id'][:12]} {m['published'] or '?':10} {m['outlet'] or '?':14} {m['title'][:70]}")
    return 0


def run_stories(args: argparse.Namespace) -> int:
    """List stories, biggest first."""
    from marsad.link.stories import list_stories

    with open_db(args) as store:
        rows = list_stories(store, limit=args.limit, min_docs=args.min_docs)
    if args.json:
        _out(rows)
        return 0
    for s in rows:
        span = f"{s['from'] or '?'}…{s['to'] or '?'}"
        print(f"{s['id']}  {s['documents']:3} docs {s['events']:3} events  {span:23} {s['title'][:80]}")
        if s["outlets"]:
            print(f"{'':16}outlets: {', '.join(s['outlets'])}")
    return 0


def run_story(args: argparse.Namespace) -> int:
    """Show one story with its summary and timeline."""
    from marsad.link.stories import story_detail
    from marsad.link.timeline import TimelineFilter, format_text, timeline

    with open_db(args) as store:
        d = story_detail(store, args.id)
        if d is None:
            print(f"marsad: no story {args.id}", file=sys.stderr)
            return 1
        rows = timeline(store, TimelineFilter(story=d["id"]))
    if args.json:
        _out(dict(d, timeline=rows))
        return 0
    print(f"{d['id']}: {d['title']}\n{d['from'] or '?'} … {d['to'] or '?'}, {len(d['docs'])} documents")
    for doc in d["docs"]:
        print(f"  {doc['id'][:12]} {doc['outlet'] or '?':16} {doc['title'][:80]}")
    print("summary:")
    for s in d["summary"]:
        print(f"  • {s['text']}  [{s['outlet'] or s['doc'][:12]}]")
    if rows:
        print("timeline:")
        print(format_text(rows))
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    """Print the filtered timeline."""
    from marsad.link.timeline import TimelineFilter, format_text, timeline

    dyad = None
    if args.dyad:
        parts = [x.strip().upper() for x in args.dyad.split(",") if x.strip()]
        if len(parts) != 2:
            print("marsad: --dyad takes two codes, e.g. --dyad SYR,IRQ", file=sys.stderr)
            return 2
        dyad = (parts[0], parts[1])
    f = TimelineFilter(story=args.story, actor=args.actor, dyad=dyad, type=args.type, outlet=args.outlet,
                       since=args.since, until=args.until, limit=args.limit)
    with open_db(args) as store:
        rows = timeline(store, f)
    if args.format == "json":
        _out(rows)
    else:
        print(format_text(rows) if rows else "no events match")
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    """Recompute all linking tables."""
    from marsad.link import rebuild

    with open_db(args) as store:
        rep = rebuild(store)
    if getattr(args, "json", False):
        _out(rep.as_dict())
    else:
        print(f"linked {rep.documents:,} documents in {rep.seconds:.1f} s: {rep.duplicate_pairs:,} near-duplicate pairs,"
              f" {rep.merged_new:,} merged events, {len(rep.anchored)} documents dated from other reports")
    return 0


def run_update(args: argparse.Namespace) -> int:
    """Link the documents that are not linked yet."""
    from marsad.link import update_links

    with open_db(args) as store:
        ids = [r[0] for r in store.conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM link_docs) ORDER BY rowid")]
        rep = update_links(store, ids)
    print(f"linked {rep.documents:,} new documents in {rep.seconds:.2f} s")
    return 0
