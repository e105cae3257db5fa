"""Consistency checks over a loaded knowledge base: dangling references, bad codes, clashing aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.kb import KnowledgeBase

_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass
class Report:
    """Errors make ``marsad kb check`` fail; warnings are for a curator to look at."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _org_codes(kb: KnowledgeBase) -> set[str]:
    return {e.code.split("-")[0] for e in kb.entities.values() if e.code} | {"UN"}


def check(kb: KnowledgeBase) -> Report:
    """Check references between entries (country, parent, capital, role offices) and role dates."""
    rep = Report()
    countries = {e.id for e in kb.entities.values() if e.type == "country"}
    prefixes = _org_codes(kb)
    for ent in kb.entities.values():
        if ent.country and ent.country not in countries:
            rep.errors.append(f"{ent.id}: country {ent.country!r} is not a country entry")
        if ent.parent and ent.parent not in kb.entities:
            rep.errors.append(f"{ent.id}: parent {ent.parent!r} does not exist")
        cap = ent.extra.get("capital")
        if cap and cap not in kb.entities:
            rep.errors.append(f"{ent.id}: capital {cap!r} does not exist")
        common = ent.extra.get("common_words", [])
        if not isinstance(common, list) or not set(common) <= set(ent.names_ar):
            rep.errors.append(f"{ent.id}: extra.common_words must be a list of names from names_ar")
        if ent.type == "country" and not _ISO3.match(ent.id):
            rep.errors.append(f"{ent.id}: a country id must be its ISO-3 code")
        if ent.type == "place" and (ent.lat is None or ent.lon is None):
            rep.warnings.append(f"{ent.id}: place without coordinates")
        for role in ent.roles:
            if role.office not in kb.offices:
                rep.errors.append(f"{ent.id}: role office {role.office!r} is not in offices.jsonl")
            if role.start and role.end and role.end < role.start:
                rep.errors.append(f"{ent.id}: role {role.office} ends ({role.end}) before it starts ({role.start})")
    for off in kb.offices.values():
        if off.country not in countries and off.country not in prefixes:
            rep.errors.append(f"office {off.key}: country {off.country!r} is neither a country nor an org code")
    rep.warnings.extend(_overlapping_tenures(kb))
    rep.warnings.extend(_aliases_read_as_adjectives(kb))
    return rep


def _aliases_read_as_adjectives(kb: KnowledgeBase) -> list[str]:
    """One-word names that are also a nisba form (سليماني as Solomon Islander): the adjective wins."""
    out: list[str] = []
    for alias, ids in kb.alias_index().items():
        if " " in alias or any(kb.entities[i].type == "country" for i in ids):
            continue
        iso = kb.country_of_adjective(alias)
        if iso:
            out.append(f"alias {alias!r} of {', '.join(ids)} is also read as a nisba adjective of {iso}")
    return out


def _overlapping_tenures(kb: KnowledgeBase) -> list[str]:
    """Offices held by two people for more than a month at once (often a data slip)."""
    out: list[str] = []
    for key in kb.offices:
        spans = sorted((r.start or "", r.end or "9999", e.id) for e in kb.holders(key) for r in e.roles
                       if r.office == key)
        for (_s1, e1, p1), (s2, _e2, p2) in zip(spans, spans[1:], strict=False):
            if p1 != p2 and s2 < e1 and s2[:7] < e1[:7]:
                out.append(f"office {key}: {p1} (to {e1}) overlaps {p2} (from {s2})")
    return out


def ambiguous_aliases(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Aliases shared by several entities (the linker must disambiguate them by context)."""
    return {a: ids for a, ids in kb.alias_index().items() if len(ids) > 1}
