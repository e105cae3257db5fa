"""The development set and its scorer (``marsad eval events``)."""

from __future__ import annotations

import json

from marsad.eval.events import DEFAULT_FILE, code_match, load, predict, score


def test_dev_set_shape() -> None:
    rows = [json.loads(x) for x in DEFAULT_FILE.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) >= 400
    assert sum(1 for r in rows if not r["events"]) >= 120
    assert len({r["text"] for r in rows}) == len(rows)


def test_code_match() -> None:
    assert code_match("SYR-GOV", ["SYR-MIL"])  # country prefix
    assert code_match("PMF", ["IRQ-PMF", "PMF"])
    assert not code_match("IRQ-MIL", ["ISIS"])
    assert not code_match(None, ["ISIS"])


def test_scores_on_a_slice() -> None:
    rows = load(DEFAULT_FILE)[::6]
    res = score(rows, predict(rows, use_stages=False))
    assert res["sentence_level"]["ASSAULT+FIGHT"]["f1"] >= 0.85
    assert res["sentence_level"]["PROTEST"]["f1"] >= 0.80
    assert res["micro"]["f1"] >= 0.8


def test_aliases_are_accepted(tmp_path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps({"id": 1, "text": "طالبت مصر إسرائيل بالانسحاب من محور فيلادلفيا.",
                             "events": [{"type": "REQUEST", "source": ["EGY"], "target": ["ISR"]}]},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    rows = load(f)
    assert rows[0]["events"][0]["type"] == "DEMAND"
    assert score(rows, predict(rows, use_stages=False))["categories"]["DEMAND"]["f1"] == 1.0
