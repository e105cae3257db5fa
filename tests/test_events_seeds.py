"""The founding seeds: every core gold event is found (reads ../shared by path; skipped when absent)."""

from __future__ import annotations

import pytest
from conftest import GOLD, SEEDS, need


@pytest.mark.slow
def test_core_seed_events_found(tmp_path) -> None:
    need(GOLD)
    need(SEEDS)
    from marsad.eval.seeds import ingest_seeds, load_gold
    from marsad.eval.seeds_events import check
    from marsad.store import Store

    gold = load_gold(GOLD)
    with Store(tmp_path / "s.db") as store:
        docs = ingest_seeds(SEEDS, store)
        checks = check(gold, docs, store)
    failed = [f"{c.doc} {c.name}: {c.detail}" for c in checks if c.name.startswith("core") and
              c.name.endswith("found") and not c.ok]
    assert not failed, failed
    assert all(c.ok for c in checks if c.name == "no events from chrome")


def test_seed_sentences_bare() -> None:
    """The core seed sentences coded one by one (no document around them)."""
    need(GOLD)
    import json

    from marsad.analyze.events import events_for_sentence
    from marsad.eval.events import code_match

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    misses = []
    for doc in gold["documents"].values():
        for g in doc["events"]:
            if not g.get("core"):
                continue
            wanted = {g["type"], *g.get("alt_types", [])}
            evs = [e for e in events_for_sentence(g["evidence"], use_stages=False) if e.type in wanted]
            if not evs or not any(code_match(a.code, g["source"]) or code_match(a.code, g["target"])
                                  for e in evs for a in e.source + e.target):
                misses.append(g["id"])
    assert len(misses) <= 1, misses
