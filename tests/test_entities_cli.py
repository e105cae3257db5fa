"""``marsad entities DOC_ID`` on a stored document, and the seed gold check for entities."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD, SEEDS, need

from marsad.cli import main
from marsad.model import Document


def test_entities_command_lists_linked_mentions(tmp_path, capsys) -> None:
    from marsad.store import Store

    db = tmp_path / "s.db"
    store = Store(db)
    store.add_document(Document(id="d1", body="استقبل الرئيس السوري بشار الأسد وفدا عسكريا عراقيا في دمشق."))
    store.close()
    assert main(["--db", str(db), "entities", "d1", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(r["name_en"] == "Bashar al-Assad" and r["code"] == "SYR-GOV" for r in rows)
    assert any(r["code"] == "IRQ-MIL" for r in rows)


@pytest.mark.slow
def test_seed_people_are_recognized_and_linked(tmp_path) -> None:
    from marsad.eval import seeds_entities
    from marsad.eval.seeds import ingest_seeds, load_gold
    from marsad.store import Store

    gold = load_gold(need(GOLD))
    store = Store(tmp_path / "seeds.db")
    docs = ingest_seeds(need(SEEDS), store)
    checks = seeds_entities.check(gold, docs, store)
    failed = [c for c in checks if not c.ok]
    assert not failed, failed
    assert sum(c.name.startswith("person ") for c in checks) == len(seeds_entities.GOLD_PEOPLE)
