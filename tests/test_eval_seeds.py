"""``marsad eval seeds``: the harness itself, on the shared gold (skipped when absent) and on a tiny gold of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD, need

from marsad.cli import main

PAGE = ("مجلس الأمن يدعو إلى وقف إطلاق النار في السودان\n"
        "الخميس 20 أبريل 2023\n"
        "دعا مجلس الأمن الدولي طرفي القتال في السودان إلى وقف فوري لإطلاق النار، وحماية المدنيين في العاصمة الخرطوم.\n"
        "ادعم الشام اليوم\n")


def _tiny_gold(tmp_path: Path, keep: str) -> Path:
    """A one-page gold set beside its seeds/ folder, laid out like ../shared."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "seeds" / "p1.txt").write_text(PAGE, encoding="utf-8")
    gold = {"documents": {"p1.txt": {
        "title": "مجلس الأمن يدعو إلى وقف إطلاق النار في السودان",
        "outlet": {"name_ar": "الشام اليوم", "name_en": "Al-Sham Today"},
        "page_date_not_published": "2023-04-20",
        "keep": [keep], "drop": ["ادعم الشام اليوم", "الخميس 20 أبريل 2023"],
    }}}
    path = tmp_path / "gold" / "seeds.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def test_tiny_gold_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _tiny_gold(tmp_path, "دعا مجلس الأمن الدولي طرفي القتال")
    assert main(["eval", "seeds", str(gold), "--sections", "clean", "--json", "--strict"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["passed"] == out["summary"]["total"] == 7


def test_failures_reported_and_strict_exit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _tiny_gold(tmp_path, "جملة غير موجودة في الصفحة")
    assert main(["eval", "seeds", str(gold), "--sections", "clean"]) == 0
    text = capsys.readouterr().out
    assert "FAIL keep «جملة غير موجودة في الصفحة»" in text and "clean     6/7" in text
    assert main(["eval", "seeds", str(gold), "--sections", "clean", "--strict"]) == 1


def test_missing_gold_file(tmp_path: Path) -> None:
    assert main(["eval", "seeds", str(tmp_path / "none.json")]) == 2


def test_absent_scorer_module_gives_a_message(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A scorer whose module is not there yet: a clear message and status 2, not a traceback."""
    from marsad.cli import eval as eval_cli

    monkeypatch.setitem(eval_cli.TARGETS, "events", "marsad.eval.no_such_scorer")
    assert main(["eval", "events"]) == 2
    assert "not available yet" in capsys.readouterr().err


def test_shared_seeds_clean_section(capsys: pytest.CaptureFixture[str]) -> None:
    """Every keep/drop line, title, outlet and page-date check of the seed gold passes."""
    need(GOLD)
    assert main(["eval", "seeds", str(GOLD), "--sections", "clean", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    failed = [c for c in out["checks"] if not c["ok"]]
    assert failed == [] and out["summary"]["total"] >= 50
