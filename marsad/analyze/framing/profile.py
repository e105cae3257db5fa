"""Framing profiles: per document, per outlet, and side by side for one merged event."""

from __future__ import annotations

import bisect
import json
from collections import Counter
from typing import Any

from marsad.analyze.framing.lexicon import NEUTRAL, get_lexicon
from marsad.model import Document

# A pole is the label only when the evidence is clear: enough terms, and well ahead of the other pole.
MIN_TERMS_FOR_LABEL = 2
DOMINANCE_RATIO = 2.0


def find_terms(text: str) -> list[dict[str, Any]]:
    """Every framing term in ``text``: axis, pole, lexicon term, matched text and offsets."""
    out = []
    for m in get_lexicon().matcher.find(text):
        for axis, pole in m.payload:  # type: ignore[union-attr]
            out.append({"axis": axis, "pole": pole, "term": m.term, "text": text[m.start:m.end],
                        "start": m.start, "end": m.end})
    return out


def label_axis(counts: dict[str, int]) -> str:
    """A pole name when one pole clearly dominates; else «mixed» or «neutral»."""
    loaded = sorted(((n, p) for p, n in counts.items() if p != NEUTRAL and n > 0), reverse=True)
    if not loaded:
        return "neutral"
    top_n, top = loaded[0]
    second = loaded[1][0] if len(loaded) > 1 else 0
    if top_n >= MIN_TERMS_FOR_LABEL and top_n >= DOMINANCE_RATIO * second:
        return top
    if second > 0:
        return "mixed"
    return "neutral"  # a single loaded term is not clear evidence


def summarize(matches: list[dict[str, Any]], words: int) -> dict[str, Any]:
    """Counts per axis and pole, normalized per 1,000 words, with a label and the terms behind it."""
    lex = get_lexicon()
    axes: dict[str, Any] = {}
    for axis_id in sorted({m["axis"] for m in matches}):
        ms = [m for m in matches if m["axis"] == axis_id]
        counts = Counter(m["pole"] for m in ms)
        label = label_axis(counts)
        axes[axis_id] = {
            "name_en": lex.axes[axis_id].name_en,
            "counts": dict(counts),
            "per_1k_words": {p: round(1000 * n / max(words, 1), 2) for p, n in counts.items()},
            "label": label,
            "label_en": lex.axes[axis_id].labels_en.get(label, label),
            "terms": dict(Counter(m["term"] for m in ms if m["pole"] == label)) if label not in ("mixed", "neutral")
            else dict(Counter(m["term"] for m in ms)),
        }
    return {"words": words, "axes": axes}


def frame_document(doc: Document) -> Document:
    """Pipeline stage: framing terms in the headline and body (never in dropped chrome), profiled.

    Headline wording frames a story as much as its body, so title matches count,
    marked ``"in": "title"`` with offsets into the title.
    """
    matches = [m | {"in": "title"} for m in find_terms(doc.title)] if doc.title else []
    body_matches = find_terms(doc.body)
    starts = [s.start for s in doc.sentences]
    for m in body_matches:
        m["in"] = "body"
        if starts:
            i = bisect.bisect_right(starts, m["start"]) - 1
            m["sentence"] = i if i >= 0 else None
    matches += body_matches
    profile = summarize(matches, len(doc.body.split()) + len(doc.title.split()))
    profile["matches"] = matches
    doc.framing = profile
    return doc


def recompute_framing(store: Any, outlet: str | None = None) -> int:
    """Re-frame stored documents (after ``--no-analyze`` ingest or a lexicon change); returns how many.

    Only the document's ``framing`` field is rewritten, in one transaction, so the other
    stages' stored analysis is left as it was.
    """
    updates = [(json.dumps(frame_document(doc).framing, ensure_ascii=False), doc.id)
               for doc in store.iter_documents(outlet=outlet)]
    with store.conn:
        store.conn.executemany("UPDATE documents SET data = json_set(data, '$.framing', json(?)) WHERE id = ?",
                               updates)
    return len(updates)


def outlet_profiles(store: Any, outlet: str | None = None) -> dict[str, Any]:
    """Aggregate stored document profiles per outlet (one SQL pass over the stored matches)."""
    sql = ("SELECT d.outlet AS outlet, json_extract(j.value,'$.axis') AS axis, json_extract(j.value,'$.pole') AS pole,"
           " json_extract(j.value,'$.term') AS term FROM documents d, json_each(d.data, '$.framing.matches') j")
    args: tuple = ()
    if outlet:
        sql += " WHERE d.outlet = ?"
        args = (outlet,)
    rows = store.conn.execute(sql, args).fetchall()
    wsql = "SELECT outlet, count(*) AS docs, sum(json_extract(data,'$.framing.words')) AS words FROM documents"
    wsql += " WHERE outlet = ? GROUP BY outlet" if outlet else " GROUP BY outlet"
    sizes = {r["outlet"]: (r["docs"], r["words"] or 0) for r in store.conn.execute(wsql, args)}
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_outlet.setdefault(r["outlet"] or "(unknown)", []).append(dict(r))
    out: dict[str, Any] = {}
    for name, (docs, words) in sizes.items():
        key = name or "(unknown)"
        ms = by_outlet.get(key, [])
        prof = summarize(ms, words)
        prof["docs"] = docs
        prof["top_terms"] = Counter(m["term"] for m in ms).most_common(10)
        # Neutral wording («قال», «هجوم») tops every outlet; the loaded terms are what sets outlets apart.
        prof["top_loaded_terms"] = Counter(m["term"] for m in ms if m["pole"] != NEUTRAL).most_common(10)
        out[key] = prof
    return out


def event_side_by_side(store: Any, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For the reports of one merged event: each outlet's sentence with its framing terms marked.

    ``reports`` are dicts with at least ``doc`` and ``sentence`` (text) or sentence offsets.
    """
    rows = []
    for rep in reports:
        doc = store.get_document(rep["doc"]) if rep.get("doc") else None
        text = rep.get("sentence_text") or rep.get("sentence") or ""
        if not isinstance(text, str):
            text = ""
        terms = find_terms(text)
        doc_terms = []
        if doc is not None and doc.framing.get("matches"):
            doc_terms = sorted({m["term"] for m in doc.framing["matches"] if m["pole"] != NEUTRAL})
        rows.append({
            "doc": rep.get("doc"), "outlet": rep.get("outlet") or (doc.outlet if doc else None),
            "sentence": text, "terms": terms,
            "loaded_terms_in_document": doc_terms,
            "labels": {a: v["label"] for a, v in (doc.framing.get("axes", {}) if doc else {}).items()},
        })
    return rows
