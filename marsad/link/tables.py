"""Store helpers for the linking tables (migration 003), kept here so ``marsad/store/db.py`` stays generic."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from marsad.store import Store

LINK_TABLES = ("lsh_buckets", "dup_pairs", "dup_groups", "merged_events", "merged_reports", "merged_blocks",
               "merged_actors", "stories", "story_entities", "entity_df", "link_docs")


@cache
def rules(name: str) -> dict[str, Any]:
    """A JSON rule file from ``marsad/link/data`` (merge_rules, story_rules)."""
    text = (resources.files("marsad.link") / "data" / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


def placeholders(items: Iterable[Any]) -> str:
    """``?,?,?`` for an IN clause."""
    return ",".join("?" for _ in items)


def clear_links(store: Store) -> None:
    """Drop every linking row (``marsad link rebuild`` starts from here)."""
    with store.conn:
        for table in LINK_TABLES:
            store.conn.execute(f"DELETE FROM {table}")


def linked_ids(store: Store, ids: Iterable[str]) -> set[str]:
    """Which of these documents the linking stage has already placed (index lookups, no scan)."""
    ids = list(ids)
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        out |= {r[0] for r in store.conn.execute(
            f"SELECT doc_id FROM link_docs WHERE story_id IS NOT NULL AND doc_id IN ({placeholders(part)})", part)}
    return out


def doc_meta(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """id → {outlet, title, published_earliest, published_latest, chars} without loading bodies' JSON."""
    ids = list(ids)
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for r in store.conn.execute(
                "SELECT id, outlet, title, published_earliest, published_latest, published_value,"
                f" length(body) AS chars FROM documents WHERE id IN ({placeholders(part)})", part):
            out[r["id"]] = dict(r)
    return out


def ensure_link_row(store: Store, doc_id: str) -> None:
    """Make sure ``link_docs`` has a row for ``doc_id``."""
    store.conn.execute("INSERT OR IGNORE INTO link_docs(doc_id) VALUES (?)", (doc_id,))
