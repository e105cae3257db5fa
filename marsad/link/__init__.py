"""Linking: near-duplicates, merged events, cross-document date anchoring, stories, timelines.

``update_links(store, doc_ids)`` places newly stored documents incrementally —
index lookups only, never a pass over the store — and is what ingest calls.
``rebuild(store)`` clears the linking tables and places every document again
(dated documents first, so undated ones find the events they report).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from marsad.store import Store

__all__ = ["LinkReport", "rebuild", "update_links"]


@dataclass
class LinkReport:
    """What one linking pass did."""

    documents: int = 0
    duplicate_pairs: int = 0
    merged_joined: int = 0
    merged_new: int = 0
    anchored: list[str] = field(default_factory=list)
    stories_new: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output."""
        return dict(self.__dict__)


class _Context(dict):
    """doc id → salient entities, loaded from ``link_docs`` on first use."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: str) -> set[str]:
        import json

        row = self.store.conn.execute("SELECT entities FROM link_docs WHERE doc_id=?", (key,)).fetchone()
        value = {e for e in json.loads(row[0]) if not e.startswith("w:")} if row else set()  # KB ids, not terms
        self[key] = value
        return value

    def get(self, key: str, default: Any = None) -> Any:  # noqa: D102 - dict.get that loads
        return self[key]


def _order(store: Store, ids: list[str]) -> list[str]:
    """Dated documents first (earliest first), undated last: undated reports then find dated events."""
    from marsad.link.tables import doc_meta

    meta = doc_meta(store, ids)
    return sorted((d for d in ids if d in meta),
                  key=lambda d: (meta[d]["published_earliest"] is None or meta[d]["published_latest"] is None,
                                 meta[d]["published_earliest"] or "", d))


def update_links(store: Store, doc_ids: list[str], *, anchor: bool = True, bulk: bool = False) -> LinkReport:
    """Link newly stored documents: duplicates, merged events (+ date anchoring), stories."""
    from marsad.link import dedup, merge, stories
    from marsad.link.anchor import anchor_document
    from marsad.link.tables import linked_ids

    t0 = time.perf_counter()
    rep = LinkReport()
    done = linked_ids(store, doc_ids) if not bulk else set()
    ids = _order(store, [d for d in dict.fromkeys(doc_ids) if d not in done])
    rep.documents = len(ids)
    if not ids:
        return rep
    t = time.perf_counter()
    with store.conn:
        pairs = dedup.bulk_index(store, ids) if bulk else dedup.add_documents(store, ids)
    rep.duplicate_pairs = len(pairs)
    rep.timings["duplicates"] = time.perf_counter() - t
    dup_of: dict[str, list[str]] = {}
    for a, b, j in pairs:
        if j >= dedup.THRESHOLD:
            dup_of.setdefault(a, []).append(b)
            dup_of.setdefault(b, []).append(a)
    context = _Context(store)
    index = merge.MergeIndex(store)
    stats = stories.EntityStats(store)
    t_merge = t_story = 0.0
    for doc_id in ids:
        doc = store.get_document(doc_id)
        if doc is None:
            continue
        t = time.perf_counter()
        context[doc_id] = stories.salient_entities(doc)
        placed = merge.merge_document(index, doc, context)
        if anchor and anchor_document(store, doc, placed):
            rep.anchored.append(doc_id)
            index.remove_doc(doc_id)
            placed = merge.merge_document(index, doc, context)
        rep.merged_joined += sum(len(m.reports) > 1 for _, m in placed)
        with store.conn:
            index.flush()
        t_merge += time.perf_counter() - t
        t = time.perf_counter()
        with store.conn:
            before = stats.n
            sid = stories.assign(store, doc, context[doc_id] | stories.salient_terms(doc), sorted({m.id for _, m in placed}),
                                 dup_of.get(doc_id, []) + dedup.duplicates_of(store, doc_id), stats)
            rep.stories_new += int(store.conn.execute("SELECT n_docs FROM stories WHERE id=?", (sid,)).fetchone()[0]
                                   == 1 and stats.n > before)
        t_story += time.perf_counter() - t
    rep.merged_new = store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    rep.timings.update(merge=t_merge, stories=t_story)
    rep.seconds = time.perf_counter() - t0
    return rep


def rebuild(store: Store) -> LinkReport:
    """Clear every linking table and link all stored documents again."""
    from marsad.link.tables import clear_links

    clear_links(store)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY rowid")]
    return update_links(store, ids, bulk=True)
