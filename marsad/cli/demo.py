"""``marsad demo``: ingest the sample corpus marsad ships and show what it found (then serve, when available)."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any

from marsad.cli.common import db_arg, open_db
from marsad.config import SAMPLE_DIR
from marsad.store import Store

# Files in the sample directory that annotate the pages rather than being pages.
NOT_PAGES = frozenset({"labels.json", "gold.json", "README.md", "LICENSE"})
# How many timeline rows the demo prints.
TIMELINE_ROWS = 8


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``demo`` command."""
    p = sub.add_parser("demo", help="ingest the shipped sample corpus and show what marsad found")
    db_arg(p)
    p.add_argument("--no-serve", action="store_true", help="do not start the web UI afterwards")
    p.add_argument("--no-analyze", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def _sample_files() -> list[str]:
    """The sample pages: files of a kind ingest reads, minus annotation files (labels, hidden, '_' names)."""
    from marsad.ingest.sources import kind_of

    if not SAMPLE_DIR.is_dir():
        return []
    return [str(p) for p in sorted(SAMPLE_DIR.rglob("*"))
            if p.is_file() and not p.name.startswith((".", "_")) and p.name not in NOT_PAGES and kind_of(p.name)]


def run(args: argparse.Namespace) -> int:
    """Ingest ``marsad/data/sample`` into the store and print outlets, events, a timeline and next steps."""
    from marsad.ingest import ingest

    files = _sample_files()
    if not files:
        print(f"marsad: the sample corpus is empty: no pages under {SAMPLE_DIR}", file=sys.stderr)
        return 1
    with open_db(args) as store:
        print(f"Ingesting the sample corpus ({len(files)} files in {SAMPLE_DIR}) …")
        report = ingest(files, store, analyze=not args.no_analyze, progress=True)
        print(report.summary())
        prefix = str(SAMPLE_DIR.resolve())
        _print_outlets(store, prefix)
        _print_events(store, prefix)
        _print_timeline(store, prefix)
        path = store.path
    _print_next(path, args)
    # --- serve hook (web UI) -------------------------------------------------------
    # The web engineer provides ``marsad.serve.demo_serve(store_path)``; the demo then
    # opens the UI over the store it just filled. --no-serve (and CI) skip this.
    if not args.no_serve:
        _serve(path)
    return 0 if not report.nothing_read else 1


def _print_outlets(store: Store, prefix: str) -> None:
    rows = store.count_by_outlet(file_prefix=prefix)
    print(f"\nDocuments per outlet ({sum(n for _, n in rows)} documents):")
    for outlet, n in rows:
        print(f"  {n:>4}  {outlet or '(outlet unknown)'}")


def _print_events(store: Store, prefix: str) -> None:
    rows = store.count_events_by_type(file_prefix=prefix)
    if not rows:
        print("\nEvents: none yet (the event stage found none or is not installed).")
        return
    print(f"\nEvents by type ({sum(n for _, n in rows)} reports):")
    for kind, n in rows:
        print(f"  {n:>4}  {kind}")


def _print_timeline(store: Store, prefix: str) -> None:
    """The merged events most outlets reported, in date order, each cited to its outlets."""
    from marsad.link.timeline import format_text, timeline

    rows = timeline(store)
    if rows:
        top = sorted(rows, key=lambda r: (-len(r["outlets"]), -len(r["reports"])))[:TIMELINE_ROWS]
        top.sort(key=lambda r: (r["date"].get("earliest") or "9999", r["date"].get("latest") or "9999"))
        print(f"\nTimeline: the {len(top)} events most outlets reported (of {len(rows)} merged events)")
        print("\n".join("  " + line for line in format_text(top).splitlines()))
        return
    events = [e for e in store.events_by_date(file_prefix=prefix, limit=TIMELINE_ROWS) if e.get("date")]
    if events:
        print("\nFirst event reports by date:")
        for e in events:
            d = e["date"]
            when = d.get("value") or f"{d.get('earliest') or '?'}..{d.get('latest') or '?'}"
            src = "+".join(a.get("code") or a.get("text", "") for a in e.get("source", [])) or "-"
            tgt = "+".join(a.get("code") or a.get("text", "") for a in e.get("target", [])) or "-"
            print(f"  {when:<22} {e['type']:<12} {src} → {tgt}  «{e.get('trigger', '')}»")


def _print_next(path: Any, args: argparse.Namespace) -> None:
    db = "" if getattr(args, "db", None) is None else f" --db {path}"
    print(f"\nStore: {path}")
    print("Next, try:")
    for cmd in (f"marsad timeline --dyad USA,IRQ{db}", f"marsad stories{db}", f"marsad docs{db}",
                f"marsad show ID --dropped --dates{db}", f'marsad search "العراق"{db}',
                f"marsad export --what documents --format jsonl{db}", f"marsad ingest YOUR_FILES{db}"):
        print(f"  {cmd}")


def _serve(path: Any) -> None:
    """Start the web UI over the demo store when ``marsad.serve.demo_serve`` exists."""
    try:
        serve = importlib.import_module("marsad.serve")
    except ImportError:
        return
    fn = getattr(serve, "demo_serve", None)
    if fn is not None:
        fn(str(path))
