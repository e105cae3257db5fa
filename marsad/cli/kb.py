"""``marsad kb``: look names up in the knowledge base, count it, and check data plus overlay."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter

from marsad.kb import Entity, KnowledgeBase, get_kb


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``kb lookup``, ``kb holders``, ``kb stats`` and ``kb check``."""
    p = sub.add_parser("kb", help="knowledge base: lookup, holders, stats, check")
    ksub = p.add_subparsers(dest="kb_command", metavar="SUBCOMMAND")
    lk = ksub.add_parser("lookup", help="find entities by an Arabic or English name (or a nisba adjective)")
    lk.add_argument("name", nargs="+", help="name, e.g. الكاظمي or 'Mustafa al-Kadhimi'")
    lk.add_argument("--json", action="store_true", help="one JSON object per match")
    lk.add_argument("--on", help="ISO date: also show who held the matched office then")
    lk.set_defaults(func=cmd_lookup)
    hd = ksub.add_parser("holders", help="who held an office (e.g. IRQ.PRIME_MINISTER), optionally on a date")
    hd.add_argument("office")
    hd.add_argument("--on", help="ISO date")
    hd.add_argument("--json", action="store_true")
    hd.set_defaults(func=cmd_holders)
    st = ksub.add_parser("stats", help="entries per type, aliases, load time")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_stats)
    ck = ksub.add_parser("check", help="validate data files and the $MARSAD_KB overlay")
    ck.add_argument("--warnings", action="store_true", help="list warnings, not only their count")
    ck.set_defaults(func=cmd_check)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _describe(ent: Entity, kb: KnowledgeBase) -> str:
    lines = [f"{ent.id}\t{ent.type}\t{ent.name_en}\tcode={ent.code or '-'}\tcountry={ent.country or '-'}",
             "  ar: " + "، ".join(ent.names_ar)]
    if ent.parent:
        parent = kb.get(ent.parent)
        lines.append(f"  parent: {ent.parent}" + (f" ({parent.name_en})" if parent else ""))
    if ent.lat is not None:
        lines.append(f"  coordinates: {ent.lat}, {ent.lon}")
    if ent.adjectives:
        lines.append("  adjectives: " + "، ".join(ent.adjectives))
    for r in ent.roles:
        lines.append(f"  role: {r.office} ({r.title_en}) {r.start or '?'} → {r.end or 'present'} [{r.code}]")
    for key, value in ent.extra.items():
        lines.append(f"  {key}: {value}")
    return "\n".join(lines)


def _emit(ents: list[Entity], kb: KnowledgeBase, as_json: bool) -> None:
    for ent in ents:
        if as_json:
            sys.stdout.write(json.dumps(ent.to_dict(), ensure_ascii=False) + "\n")
        else:
            print(_describe(ent, kb))


def cmd_lookup(args: argparse.Namespace) -> int:
    """Print entities matching a name; fall back to a nisba adjective or an office title."""
    kb = get_kb()
    name = " ".join(args.name)
    ents = kb.lookup(name)
    if ents:
        _emit(ents, kb, args.json)
        return 0
    iso = kb.country_of_adjective(name)
    if iso and kb.get(iso):
        if not args.json:
            print(f"# {name!r} is a nisba adjective of {iso}")
        _emit([kb.get(iso)], kb, args.json)
        return 0
    offices = kb.offices_for(name)
    if offices:
        for off in offices:
            held = kb.holders(off.key, args.on) if args.on else []
            if args.json:
                sys.stdout.write(json.dumps({**off.to_dict(), "holders": [e.id for e in held]},
                                            ensure_ascii=False) + "\n")
            else:
                who = (" — " + ", ".join(e.name_en for e in held)) if held else ""
                print(f"office {off.key}\t{off.title_en}\t[{off.code}]{who}")
        return 0
    print(f"no knowledge-base entry for {name!r}", file=sys.stderr)
    return 1


def cmd_holders(args: argparse.Namespace) -> int:
    """Print who held an office (on a date if given)."""
    kb = get_kb()
    if args.office not in kb.offices:
        print(f"unknown office {args.office!r} (see offices.jsonl)", file=sys.stderr)
        return 1
    held = kb.holders(args.office, args.on)
    for ent in held:
        roles = kb.tenure(ent.id, args.office)
        if args.json:
            sys.stdout.write(json.dumps({"id": ent.id, "name_en": ent.name_en,
                                         "roles": [r.__dict__ for r in roles]}, ensure_ascii=False) + "\n")
        else:
            spans = "; ".join(f"{r.start or '?'} → {r.end or 'present'}" for r in roles)
            print(f"{ent.id}\t{ent.name_en}\t{spans}")
    return 0 if held else 1


def cmd_stats(args: argparse.Namespace) -> int:
    """Print entity counts per type, office and alias counts, and the load time."""
    from marsad.kb import clear_cache

    clear_cache()
    t0 = time.perf_counter()
    kb = get_kb()
    elapsed = time.perf_counter() - t0
    types = Counter(e.type for e in kb.entities.values())
    stats = {"entities": len(kb.entities), "by_type": dict(sorted(types.items())), "offices": len(kb.offices),
             "aliases": len(kb.alias_index()), "adjective_forms": len(kb.adjective_index()),
             "people_with_roles": sum(1 for e in kb.entities.values() if e.roles),
             "load_seconds": round(elapsed, 3)}
    if args.json:
        sys.stdout.write(json.dumps(stats, ensure_ascii=False) + "\n")
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Load base data and overlay (format errors raise with file:line), then check references."""
    from marsad.kb.check import ambiguous_aliases, check

    kb = get_kb()
    rep = check(kb)
    for err in rep.errors:
        print(f"error: {err}")
    amb = ambiguous_aliases(kb)
    if args.warnings:
        for w in rep.warnings:
            print(f"warning: {w}")
        for alias, ids in sorted(amb.items()):
            print(f"warning: alias {alias!r} is shared by {', '.join(ids)}")
    print(f"{len(kb.entities)} entities, {len(kb.offices)} offices: {len(rep.errors)} errors, "
          f"{len(rep.warnings)} warnings, {len(amb)} shared aliases")
    return 1 if rep.errors else 0
