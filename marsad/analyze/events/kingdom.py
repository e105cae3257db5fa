"""«المملكة» alone: the kingdom the sentence (or else the document) named before it, never an assumed one.

«أعلنت وزارة الخارجية المغربية أن المملكة ستقدم مساعدات» is Morocco; «أدانت المملكة الهجوم» with
no kingdom named stays uncoded. Word and country lists: ``cues.json`` → ``kingdom``.
"""

from __future__ import annotations

from marsad.analyze.events.actors import Item
from marsad.analyze.events.lexicon import Lexicon
from marsad.analyze.events.morph import Word

NAMING_KINDS = frozenset({"country", "adj", "group", "person"})  # a city («جدة») does not name the kingdom
COUNTRY_PRIORITY = 10  # the priority the matcher gives a nisba; a country word needs no more


def _kingdom_of(it: Item, kingdoms: frozenset[str]) -> str | None:
    """The kingdom an item names: «السعودية», «المغربية», «الجبير», «SAU-GOV»."""
    head = it.value.split("-")[0] if it.value else ""
    return head if it.kind in NAMING_KINDS and head in kingdoms else None


def resolve_kingdom(ws: list[Word], items: list[Item], lex: Lexicon, focus: str | None = None) -> list[Item]:
    """``items`` with a country item for each bare «المملكة» whose kingdom is known."""
    cfg = lex.cues["kingdom"]
    if not cfg["words"] or not any(w.bset & cfg["words"] for w in ws):
        return items
    covered = {k for it in items for k in range(it.start, it.end)}
    fallback = focus if focus in cfg["countries"] else None
    out = list(items)
    for w in ws:
        if w.i in covered:
            continue
        prefix = next((p for c, p in w.cands[:w.npre] if c in cfg["words"]), None)
        if prefix is None:
            continue
        before = [k for it in items if it.end <= w.i and (k := _kingdom_of(it, cfg["countries"]))]
        iso = before[-1] if before else fallback
        if iso:
            out.append(Item(w.i, w.i + 1, "country", iso, COUNTRY_PRIORITY, prefix, (next(iter(cfg["words"])),)))
    return sorted(out, key=lambda it: it.start)
