"""Seed checks for entities: the people named in the gold events are recognized and linked by English name.

The list of people is the gold of issue 3 (who acts in the seed events); each must appear
as a linked PERS mention somewhere in the seeds, and Egyptian final-ya spellings
(العراقى، السورى، الغانمى) must link exactly like the standard ones.
"""

from __future__ import annotations

import re
from typing import Any

from marsad.model import Document

SECTION = "entities"
GOLD_PEOPLE = (
    "Bashar al-Assad", "Othman al-Ghanimi", "Qasem Soleimani", "Abdul Latif Rashid", "Falih al-Fayyadh",
    "Mohammad Khaled al-Rahmoun", "Abdul Amir al-Shammari", "Mustafa al-Nuaimi", "Barham Salih", "John Kirby",
    "Joe Biden", "Recep Tayyip Erdogan", "Mustafa al-Kadhimi", "Adil Abdul-Mahdi",
)
_EGYPTIAN_YA = re.compile(r"\b\w{3,}ى\b")


def _analyzed(doc: Document) -> Document:
    """The document with fresh sentences and mentions (the stored copy may predate this stage)."""
    from marsad.analyze.entities import recognize_document
    from marsad.text.segment import segment_document

    return recognize_document(segment_document(Document(id=doc.id, body=doc.body, published=doc.published)))


def _egyptian_checks(name: str, doc: Document) -> list[Any]:
    """Words ending in ى that are a nationality or a KB name link like their ي spelling."""
    from marsad.analyze.entities.lexicon import get_kb_safe
    from marsad.eval.seeds import Check

    kb = get_kb_safe()
    out = []
    seen: set[str] = set()
    for m in _EGYPTIAN_YA.finditer(doc.body):
        word = m.group(0)
        std = word[:-1] + "ي"
        if word in seen or kb is None:
            continue
        seen.add(word)
        adj_e, adj_s = kb.country_of_adjective(word), kb.country_of_adjective(std)
        if adj_s:
            out.append(Check(name, SECTION, f"«{word}» is a nationality like «{std}»", adj_e == adj_s, f"{adj_e} vs {adj_s}"))
            continue
        in_mention = [x for x in doc.mentions if x.start <= m.start() and m.end() <= x.end and x.entity]
        std_ids = {e.id for e in kb.lookup(std)}
        if std_ids:
            ok = any(x.entity in std_ids for x in in_mention)
            got = ", ".join(sorted({x.entity for x in in_mention})) or "no linked mention"
            out.append(Check(name, SECTION, f"«{word}» links like «{std}»", ok, got))
    return out


def check(gold: dict[str, Any], docs: dict[str, Document], store: Any) -> list[Any]:
    """Person recognition/linking over all seeds, plus per-document Egyptian-spelling checks."""
    from marsad.eval.seeds import Check

    del store
    out: list[Any] = []
    found: dict[str, str] = {}
    for name in gold.get("documents", {}):
        doc = docs.get(name)
        if doc is None:
            out.append(Check(name, SECTION, "document ingested", False, "not found in the store"))
            continue
        doc = _analyzed(doc)
        for m in doc.mentions:
            if m.kind == "PERS" and m.entity and m.name_en:
                found.setdefault(m.name_en, name)
        out.extend(_egyptian_checks(name, doc))
    for person in GOLD_PEOPLE:
        where = found.get(person)
        out.append(Check(where or "*", SECTION, f"person {person} recognized and linked", where is not None,
                         "" if where else "no linked PERS mention with this English name"))
    return out
