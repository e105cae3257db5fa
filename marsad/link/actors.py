"""Actor codes read for linking: country, sector, group, and English names from the knowledge base.

CAMEO-style codes are ``ISO3`` or ``ISO3-SECTOR`` (IRQ, IRQ-MIL) or a named group
(ISIS, PMF, IRGC). Merging and dyad filters need the country behind a group
(PMF → IRQ) and whether a code is generic (a bare country) or specific.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class ActorKey:
    """One actor as the linker compares it."""

    code: str | None
    entity: str | None
    country: str | None  # ISO-3 (or None for transnational groups)
    sector: str | None  # MIL, GOV … (None: the country as a whole)
    group: str | None  # named group code (ISIS, PMF) when the code is not ISO3-based

    @property
    def side_key(self) -> str:
        """The country (or group code) used for blocking and dyads."""
        return self.country or self.group or self.code or "?"


@cache
def _kb() -> Any:
    try:
        from marsad.kb import get_kb
    except ImportError:  # pragma: no cover - the knowledge base ships with marsad
        return None
    return get_kb()


@cache
def _group_index() -> dict[str, Any]:
    """Group code → the first KB entity carrying it (gives the group's country and English name)."""
    kb = _kb()
    out: dict[str, Any] = {}
    if kb is None:
        return out
    for ent in kb.entities.values():
        if ent.code and ent.type in ("group", "org") and ent.code not in out:
            out[ent.code] = ent
    return out


@cache
def is_country(code: str) -> bool:
    """True when ``code`` is an ISO-3 country code in the knowledge base."""
    kb = _kb()
    if kb is None:
        return len(code) == 3 and code.isupper()
    ent = kb.get(code)
    return ent is not None and ent.type == "country"


@cache
def parse_code(code: str | None, entity: str | None = None) -> ActorKey:
    """Split an actor code into country / sector / group."""
    if not code:
        country = _entity_country(entity)
        return ActorKey(None, entity, country, None, None)
    head, _, rest = code.partition("-")
    if is_country(head):
        return ActorKey(code, entity, head, rest or None, None)
    group = _group_index().get(code)
    country = getattr(group, "country", None) if group is not None else None
    return ActorKey(code, entity, country or _entity_country(entity), None, code)


def _entity_country(entity: str | None) -> str | None:
    kb = _kb()
    if not entity or kb is None:
        return None
    ent = kb.get(entity)
    return ent.country if ent is not None else None


def compatible(a: ActorKey, b: ActorKey) -> float:
    """How surely two actors are the same participant: 1 same entity/code, 0.6 generic-vs-specific, 0 no."""
    if a.entity and a.entity == b.entity:
        return 1.0
    if a.code and a.code == b.code:
        return 1.0
    if a.group or b.group:
        g, other = (a, b) if a.group else (b, a)
        if other.group:
            return 0.0
        # IRQ-PMF ~ PMF; a bare country (IRQ) ~ a group of that country.
        if other.sector == g.group or (other.sector is None and other.country and other.country == g.country):
            return 0.6
        return 0.0
    if a.country and a.country == b.country:
        if a.sector is None or b.sector is None:
            return 0.6
        return 0.8 if a.sector == b.sector else 0.0
    return 0.0


def side_score(xs: list[ActorKey], ys: list[ActorKey]) -> float | None:
    """Best compatibility between two sides; 0.3 when one is empty; None when both are filled and clash."""
    if not xs or not ys:
        return 0.3
    best = max(compatible(x, y) for x in xs for y in ys)
    return best if best > 0 else None


@cache
def english_name(entity: str | None) -> str | None:
    """The knowledge base's English name for an entity id."""
    kb = _kb()
    if not entity or kb is None:
        return None
    ent = kb.get(entity)
    return ent.name_en if ent is not None else None


@cache
def code_name(code: str | None) -> str | None:
    """English name for a bare code: country name, or the group's name."""
    if not code:
        return None
    key = parse_code(code)
    if key.group:
        ent = _group_index().get(code)
        return ent.name_en if ent is not None else code
    return english_name(key.country)
