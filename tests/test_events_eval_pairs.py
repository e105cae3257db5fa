"""The events scorer pairs gold and predicted events one to one, so a second event of a type is scored on its own."""

from __future__ import annotations

from marsad.eval.events import pair_events, score


def test_two_assaults_are_each_scored_against_their_own_prediction() -> None:
    # «قصفت طائرات التحالف مواقع للحوثيين في صعدة، ورد الحوثيون بإطلاق صاروخ على جازان»
    gold = [{"type": "ASSAULT", "source": ["SAU-MIL"], "target": ["YEM-REB"]},
            {"type": "ASSAULT", "source": ["YEM-REB"], "target": ["SAU"]}]
    pred = [{"type": "ASSAULT", "source": ["YEM-REB"], "target": ["SAU-CVL"], "trigger": "إطلاق"},
            {"type": "ASSAULT", "source": ["SAU-MIL"], "target": ["YEM-REB"], "trigger": "قصفت"}]
    pairs = pair_events(gold, pred)
    assert [(g["source"], p["source"]) for g, p in pairs] == [(["SAU-MIL"], ["SAU-MIL"]), (["YEM-REB"], ["YEM-REB"])]
    res = score([{"text": "", "events": gold}], [pred])
    assert res["arguments"] == {"source": 1.0, "target": 1.0, "source_strict": 1.0, "target_strict": 1.0}


def test_a_single_prediction_is_not_reused_for_a_second_gold_event() -> None:
    gold = [{"type": "PROTEST", "source": ["EGY-CVL"], "target": ["EGY-GOV"]},
            {"type": "PROTEST", "source": ["JOR-CVL"], "target": ["JOR-GOV"]}]
    pred = [{"type": "PROTEST", "source": ["JOR-CVL"], "target": ["JOR-GOV"], "trigger": "تظاهر"}]
    assert pair_events(gold, pred) == [(gold[1], pred[0])]
    assert score([{"text": "", "events": gold}], [pred])["arguments"]["source"] == 1.0


def test_exact_code_figures_show_a_wrong_sector() -> None:
    # «اقتحم محتجون غاضبون مقر مجلس النواب في طبرق وأضرموا النار فيه» (blind49-023): the country-level figure
    # accepts LBY-LEG for the protesters (LBY-CVL); the exact-code figure does not, and a bare «LBY» accepts any
    gold = [{"type": "PROTEST", "source": ["LBY-CVL"], "target": ["LBY-LEG", "LBY"]}]
    pred = [{"type": "PROTEST", "source": ["LBY-LEG"], "target": ["LBY-GOV"], "trigger": "اقتحم"}]
    arg = score([{"text": "", "events": gold}], [pred])["arguments"]
    assert (arg["source"], arg["source_strict"]) == (1.0, 0.0)
    assert (arg["target"], arg["target_strict"]) == (1.0, 1.0)
