"""``marsad events``: PLOVER events of bare sentences (JSON lines) or of a stored document."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from marsad.cli.common import db_arg, given_day, open_db, read_jsonl, write_json
from marsad.model import Actor, Event, to_dict


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``events`` command."""
    p = sub.add_parser("events", help="PLOVER events of sentences (--sentences FILE|-) or of a stored document",
                       description="Code PLOVER events (who did what to whom, when, where).")
    p.add_argument("doc_id", nargs="?", help="a stored document id (or unique prefix)")
    p.add_argument("--sentences", metavar="FILE", help="JSON lines {id, text, date?} from FILE or - (stdin)")
    p.add_argument("--json", action="store_true", help="print the document's events as JSON")
    p.add_argument("--keep-denied", action="store_true",
                   help="also output events the sentence denies («لم», «نفى»; modality 'denied')")
    p.add_argument("--no-stages", action="store_true",
                   help="skip the entities/time stages on bare sentences (packaged actor words only; faster)")
    db_arg(p)
    p.set_defaults(func=run)


def _actor(actors: list[Actor]) -> dict[str, Any]:
    if not actors:
        return {"text": None, "code": None}
    a = actors[0]
    return {"text": a.text, "code": a.code, "entity": a.entity}


def event_record(e: Event) -> dict[str, Any]:
    """The sentence-level contract record of one event (extra fields allowed, required ones always present)."""
    return {
        "type": e.type, "mode": e.mode, "source": _actor(e.source), "target": _actor(e.target),
        "trigger": e.trigger, "sources": [to_dict(a) for a in e.source], "targets": [to_dict(a) for a in e.target],
        "quad": e.quad, "cameo": e.cameo, "modality": e.modality, "attribution": e.attribution,
        "location": to_dict(e.location) if e.location else None, "date": to_dict(e.date),
        "confidence": e.confidence, "dead": e.dead, "injured": e.injured,
        "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
    }


def sentences_main(path: str, *, use_stages: bool = True, keep_denied: bool = False) -> int:
    """One output line per input line, in order; a bad line gets ``{id: null, events: [], error}``.

    Events the sentence denies are left out unless ``keep_denied`` (a denial reports no event).
    """
    from marsad.analyze.events import events_for_sentence

    for _n, obj, err in read_jsonl(path):
        if err is not None or obj is None:
            write_json({"id": None, "events": [], "error": err or "bad line"})
            continue
        text = obj.get("text")
        date = obj.get("date")
        if not isinstance(text, str):
            write_json({"id": obj.get("id"), "events": [], "error": "missing or non-string 'text'"})
            continue
        warning = None
        if date not in (None, ""):
            day = given_day(date)
            warning = None if day else f"'date' is not a calendar day, ignored: {date!r}"
            date = day
        try:
            evs = events_for_sentence(text, date=date, use_stages=use_stages)
        except Exception as exc:  # noqa: BLE001 - one bad sentence must not stop the stream
            write_json({"id": obj.get("id"), "events": [], "error": f"{type(exc).__name__}: {exc}"})
            continue
        rec = {"id": obj.get("id"), "events": [event_record(e) for e in evs if keep_denied or e.modality != "denied"]}
        write_json(rec | {"warning": warning} if warning else rec)
        sys.stdout.flush() if path == "-" else None
    return 0


def _print_event(e: Event) -> None:
    src = ", ".join(f"{a.code or '?'} ({a.text})" for a in e.source) or "-"
    tgt = ", ".join(f"{a.code or '?'} ({a.text})" for a in e.target) or "-"
    when = e.date.value or (f"{e.date.earliest}..{e.date.latest}" if e.date.earliest else "?")
    where = e.location.text if e.location else "-"
    print(f"{e.id}  {e.type}{'/' + e.mode if e.mode else ''}  {src} -> {tgt}  [{e.modality}]  {when} ({e.date.how})"
          f"  @ {where}  conf={e.confidence}")
    print(f"    «{e.trigger}» in: {e.sentence_text.strip()}")


def run(args: argparse.Namespace) -> int:
    """Dispatch: --sentences filter, or the events of one stored document."""
    if args.sentences:
        return sentences_main(args.sentences, use_stages=not args.no_stages, keep_denied=args.keep_denied)
    if not args.doc_id:
        print("marsad events: give DOC_ID or --sentences FILE|-", file=sys.stderr)
        return 2
    from marsad.analyze.events import extract_document

    with open_db(args) as store:
        doc = store.get_document(args.doc_id)
        if doc is None:
            print(f"marsad events: no document {args.doc_id!r} in {store.path}", file=sys.stderr)
            return 1
        if not doc.events:
            doc = extract_document(doc)
    if args.json:
        for e in doc.events:
            write_json(to_dict(e))
        return 0
    print(f"{doc.id}  {doc.title or ''}  ({len(doc.events)} events)")
    for e in doc.events:
        _print_event(e)
    return 0
