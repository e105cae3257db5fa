"""Knowledge-base records: entities, the roles people held, and the offices titles name."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_TYPES = ("country", "place", "org", "group", "person", "outlet")


@dataclass
class Role:
    """An office a person held, with the actor code that applies while in it."""

    office: str
    title_en: str
    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class Entity:
    """One knowledge-base entry: a country, place, organization, armed group, person or outlet."""

    id: str
    type: str
    name_en: str
    names_ar: list[str]
    code: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    roles: list[Role] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    parent: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict (for ``--json`` output and overlays)."""
        return asdict(self)


@dataclass
class Office:
    """A title that names an office holder (الرئيس العراقي → IRQ.PRESIDENT)."""

    key: str
    country: str
    titles_ar: list[str]
    title_en: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        return asdict(self)
