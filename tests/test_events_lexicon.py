"""The ontology and trigger data files, and the ``$MARSAD_KB/triggers.jsonl`` overlay."""

from __future__ import annotations

import json

from marsad.analyze.events import events_for_sentence
from marsad.analyze.events.lexicon import get_lexicon, inflect_verb

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
          "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "CRIME"}


def test_ontology() -> None:
    lex = get_lexicon()
    assert set(lex.categories) == PLOVER
    assert all(c["quad"] for c in lex.categories.values())
    assert lex.canonical("request") == "DEMAND" and lex.canonical("ACCUSE") == "DISAPPROVE"
    assert {t.type for t in lex.triggers} <= PLOVER


def test_verb_inflections() -> None:
    assert {"زارت", "زاروا", "زارا"} <= set(inflect_verb("زار"))
    assert {"تلتقي", "يلتقون"} <= set(inflect_verb("يلتقي"))


def test_overlay_adds_a_trigger(tmp_path, monkeypatch) -> None:
    text = "كبّلت الشرطة العراقية المتهمين في بغداد"
    entry = {"id": "shackle", "type": "COERCE", "mode": "arrest", "pos": "verb", "forms": ["كبل", "يكبل"]}
    (tmp_path / "triggers.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    assert not events_for_sentence(text, use_stages=False)
    monkeypatch.setenv("MARSAD_KB", str(tmp_path))
    get_lexicon.cache_clear()
    try:
        evs = events_for_sentence(text, use_stages=False)
        assert [e.type for e in evs] == ["COERCE"] and evs[0].source[0].code == "IRQ-COP"
    finally:
        monkeypatch.delenv("MARSAD_KB")
        get_lexicon.cache_clear()
