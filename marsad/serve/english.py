"""English renderings of actors and events, so a reader who does not read Arabic can follow a row.

Names come from the knowledge base (looked up once, cached); actor codes such as
``SYR-MIL`` are spelled out from the country name and a sector word list in
``data/english.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    raw = (resources.files("marsad.serve") / "data" / "english.json").read_text(encoding="utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def _kb() -> Any:
    """The knowledge base, or None when it cannot be loaded (the app still works on codes)."""
    try:
        from marsad.kb import get_kb

        return get_kb()
    except Exception:  # noqa: BLE001 - a broken KB must not take the web app down
        return None


@lru_cache(maxsize=1)
def _code_names() -> dict[str, str]:
    """Bare actor code (``IRQ``, ``ISIS``, ``PMF``) → English name, preferring countries, then groups, orgs.

    Sector codes (``SYR-MIL``) are shared by many organizations, so they are
    never named after one of them; :func:`code_name` spells them out.
    """
    kb = _kb()
    out: dict[str, str] = {}
    if kb is None:
        return out
    rank = {"country": 0, "group": 1, "org": 2}
    best: dict[str, int] = {}
    for ent in kb.entities.values():
        if not ent.code or ent.type not in rank or "-" in ent.code:
            continue
        if rank[ent.type] < best.get(ent.code, 99):
            best[ent.code] = rank[ent.type]
            out[ent.code] = ent.name_en
    return out


def entity(entity_id: str | None) -> Any:
    """The KB entity for an id (cached KB), or None."""
    kb = _kb()
    return kb.get(entity_id) if kb is not None and entity_id else None


def entity_name(entity_id: str | None) -> str | None:
    """English name of a KB entity id."""
    ent = entity(entity_id)
    return ent.name_en if ent is not None else None


@lru_cache(maxsize=4096)
def code_name(code: str | None) -> str:
    """``SYR-MIL`` → «Syria military»; ``ISIS`` → «Islamic State (ISIS)»; unknown codes as given."""
    if not code:
        return ""
    names = _code_names()
    if code in names:
        return names[code]
    head, _, rest = code.partition("-")
    sectors = _data()["sectors"]
    base = names.get(head, head)
    if not rest:
        return base
    words = [sectors.get(part, part) for part in rest.split("-")]
    return f"{base} {' '.join(words)}"


def actor_name(actor: dict[str, Any]) -> str:
    """The best English name for an actor dict: its entity, else its code, else «?»."""
    return entity_name(actor.get("entity")) or code_name(actor.get("code")) or "?"


def verb(kind: str, mode: str | None) -> str:
    """English verb phrase for a PLOVER type and mode."""
    verbs = _data()["verbs"]
    return verbs.get(f"{kind}.{mode}") or verbs.get(kind) or kind.lower()


def color(kind: str) -> str:
    """Chart colour of a PLOVER type."""
    colors = _data()["colors"]
    return colors.get(kind, colors["_other"])


def render_event(ev: dict[str, Any]) -> str:
    """One English line: «Syria military visited Iraq in Baghdad» (+ modality)."""
    src = " and ".join(dict.fromkeys(actor_name(a) for a in ev.get("source") or [])) or "Someone"
    tgt = " and ".join(dict.fromkeys(actor_name(a) for a in ev.get("target") or []))
    if tgt and tgt == src and len(ev.get("target") or []) == 1:
        tgt = ""
    phrase = f"{src} {verb(ev.get('type', ''), ev.get('mode'))}"
    if tgt:
        phrase += f" {tgt}"
    loc = ev.get("location") or {}
    place = entity_name(loc.get("entity")) if isinstance(loc, dict) else None
    if place:
        phrase += f" in {place}"
    mod = _data()["modality"].get(ev.get("modality") or "asserted", "")
    if mod.startswith("("):
        phrase += f" {mod}"
    elif mod:
        phrase = f"{src} {mod} {phrase[len(src) + 1:]}"
    return phrase


def date_label(date: dict[str, Any] | None) -> str:
    """A date interval for display: a day, a month, or «earliest – latest»."""
    if not date:
        return ""
    earliest, latest = date.get("earliest"), date.get("latest")
    if earliest and latest and earliest == latest:
        return earliest
    value = date.get("value")
    if value and "/" not in value:
        return value
    if earliest and latest:
        return f"{earliest} – {latest}"
    if latest:
        return f"≤ {latest}"
    return earliest or ""
