"""``marsad export --what documents|events|stories --format jsonl``: the store as JSON lines for other tools.

Documents carry exactly the fields ARCHITECTURE.md promises; events and stories
are written by their stages (``marsad.analyze.events.export.export_events``,
``marsad.link.stories.export_stories``), looked up when asked for.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from marsad.cli.common import db_arg, open_db
from marsad.errors import MarsadError
from marsad.model import Document, to_dict
from marsad.store import Store

DOCUMENT_FIELDS = ("id", "source", "outlet", "title", "body", "dropped", "page_dates", "published")
FORMATS = ("jsonl", "plover", "acled", "gdelt")
# --what → (module, function, whether the function takes the format).
EXPORTERS = {
    "events": ("marsad.analyze.events.export", "export_events", True),
    "stories": ("marsad.link.stories", "export_stories", False),
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` command."""
    p = sub.add_parser("export", help="export documents, events or stories as JSON lines (events also PLOVER/ACLED/GDELT)")
    db_arg(p)
    p.add_argument("--what", choices=["documents", "events", "stories"], default="documents")
    p.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="jsonl (all); plover/acled/gdelt are event formats")
    p.add_argument("--outlet", help="documents: only this outlet")
    p.add_argument("--out", "-o", default="-", help="output file (default: stdout)")
    p.set_defaults(func=run)


def document_record(doc: Document) -> dict[str, Any]:
    """The exported form of a document: exactly DOCUMENT_FIELDS."""
    data = to_dict(doc)
    out = {k: data[k] for k in DOCUMENT_FIELDS}
    out["dropped"] = [{"text": d["text"], "reason": d["reason"]} for d in out["dropped"]]
    p = out["published"]
    out["published"] = {k: p.get(k) for k in ("earliest", "latest", "value", "evidence")}
    return out


def iter_document_records(store: Store, *, outlet: str | None = None) -> Iterator[dict[str, Any]]:
    """Every stored document in export form, in ingest order."""
    for doc in store.iter_documents(outlet=outlet):
        yield document_record(doc)


@contextlib.contextmanager
def _output(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with open(path, "w", encoding="utf-8") as fh:
            yield fh


def _stage_exporter(what: str) -> Any:
    module, name, _ = EXPORTERS[what]
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise MarsadError(f"export --what {what} is not available yet ({module} is missing)") from exc
        raise
    fn = getattr(mod, name, None)
    if fn is None:
        raise MarsadError(f"export --what {what} is not available yet ({module}.{name} is missing)")
    return fn


def run(args: argparse.Namespace) -> int:
    """Write the chosen export; returns 0, or 2 when the format does not apply."""
    if args.what != "events" and args.format != "jsonl":
        print(f"marsad: --format {args.format} applies to --what events only", file=sys.stderr)
        return 2
    fn = _stage_exporter(args.what) if args.what in EXPORTERS else None
    with open_db(args) as store, _output(args.out) as out:
        if args.what == "documents":
            n = 0
            for rec in iter_document_records(store, outlet=args.outlet):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        elif args.what == "events":
            n = fn(store, args.format, out)
        else:
            n = fn(store, out)
    if isinstance(n, int) and args.out != "-":
        print(f"wrote {n:,} {args.what} to {args.out}", file=sys.stderr)
    return 0
