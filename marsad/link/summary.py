"""Extractive multi-document story summaries: central, non-redundant sentences, each cited to its outlet.

A sentence is central when it names entities many of the story's documents
name and reports a coded event; lead sentences get a small bonus (news puts the
essentials first). Sentences whose words overlap a chosen one too much are
skipped, so two outlets' copies of the same lead are cited once.
"""

from __future__ import annotations

import math
from typing import Any

from marsad.link.tables import rules
from marsad.model import Document
from marsad.store import Store
from marsad.text.normalize import normalize

MIN_WORDS, MAX_WORDS = 6, 70


def _words(text: str) -> set[str]:
    return {w for w in normalize(text).split() if len(w) > 2}


def _sentences(doc: Document) -> list[tuple[int, int, int, str]]:
    """(index, start, end, text) of body sentences (splitting the body when the segment stage did not run)."""
    if doc.sentences:
        return [(s.index, s.start, s.end, s.text) for s in doc.sentences if s.kind == "body"]
    from marsad.text.sentences import split_sentences

    return [(i, a, b, doc.body[a:b]) for i, (a, b) in enumerate(split_sentences(doc.body))]


def candidates(docs: list[Document]) -> list[dict[str, Any]]:
    """Every summary-worthy sentence of the documents with its centrality score."""
    df: dict[str, int] = {}
    for d in docs:
        for e in {m.entity for m in d.mentions if m.entity}:
            df[e] = df.get(e, 0) + 1
    out = []
    for d in docs:
        event_sents = {e.sentence_start for e in d.events if e.sentence_start is not None}
        for pos, (idx, start, end, text) in enumerate(_sentences(d)):
            n_words = len(text.split())
            if not MIN_WORDS <= n_words <= MAX_WORDS:
                continue
            ents = {m.entity for m in d.mentions if m.entity and start <= m.start < end}
            s = sum(df.get(e, 0) for e in ents) / max(len(docs), 1)
            s += 1.0 if start in event_sents or any(start <= x < end for x in event_sents) else 0.0
            s += 1.0 / (1 + pos)
            s /= math.log(3 + n_words / 10)
            out.append({"score": s, "text": text.strip(), "doc": d.id, "outlet": d.outlet, "sentence": idx})
    return out


def select(cands: list[dict[str, Any]], k: int, redundancy: float) -> list[dict[str, Any]]:
    """Greedy pick of the top sentences, skipping near-repeats of chosen ones (word Jaccard)."""
    chosen: list[dict[str, Any]] = []
    seen: list[set[str]] = []
    for c in sorted(cands, key=lambda c: -c["score"]):
        w = _words(c["text"])
        if any(len(w & s) / max(len(w | s), 1) > redundancy for s in seen):
            continue
        chosen.append(c)
        seen.append(w)
        if len(chosen) >= k:
            break
    return chosen


def summarize(store: Store, story_id: str, doc_ids: list[str], central: str | None) -> list[dict[str, Any]]:
    """The story's summary: up to ``summary_sentences`` cited sentences (text, doc, outlet, sentence index)."""
    r = rules("story_rules")
    order = ([central] if central in doc_ids else []) + [d for d in doc_ids if d != central]
    docs = [d for d in (store.get_document(x) for x in order[: r["summary_max_docs"]]) if d is not None]
    picked = select(candidates(docs), r["summary_sentences"], r["summary_redundancy"])
    return [{k: c[k] for k in ("text", "doc", "outlet", "sentence")} for c in picked]
