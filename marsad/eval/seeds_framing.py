"""Seed checks for framing: every gold framing term is found as a framing term in its document."""

from __future__ import annotations

import re
from typing import Any

_WS = re.compile(r"\s+")


def _fold(s: str) -> str:
    return _WS.sub(" ", s.replace("\u00a0", " "))


def check(gold: dict[str, Any], docs: dict[str, Any], store: Any) -> list[Any]:
    """One check per gold ``framing_terms`` entry: a framing match overlaps its occurrence in the body."""
    from marsad.analyze.framing import frame_document
    from marsad.eval.seeds import Check

    out = []
    for name, g in gold.get("documents", {}).items():
        doc = docs.get(name)
        for term in g.get("framing_terms", []):
            if doc is None:
                out.append(Check(name, "framing", f"term {term}", False, "document not ingested"))
                continue
            if not doc.framing:
                frame_document(doc)
            hit = []
            found_text = False
            for where, text in (("title", doc.title), ("body", doc.body)):
                spans = [(m.start(), m.end()) for m in re.finditer(re.escape(_fold(term)), _fold(text))]
                found_text = found_text or bool(spans)
                # Folded offsets differ from the text's only where whitespace runs were folded: refold to map.
                matches = [(_fold_pos(text, m["start"]), _fold_pos(text, m["end"]), m)
                           for m in doc.framing.get("matches", []) if m.get("in", "body") == where]
                hit += [m for s, e, m in matches for (a, b) in spans if s < b and a < e]
            if not found_text:
                out.append(Check(name, "framing", f"term {term}", False, "term not in the clean title or body"))
                continue
            out.append(Check(name, "framing", f"term {term}", bool(hit),
                             ", ".join(f"{m['axis']}:{m['pole']}" for m in hit) or "no framing match"))
    return out


def _fold_pos(text: str, pos: int) -> int:
    return len(_fold(text[:pos]))
