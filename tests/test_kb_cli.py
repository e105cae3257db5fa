"""``marsad kb lookup|holders|stats|check`` through the real CLI entry point."""

from __future__ import annotations

import json

from marsad.cli import main
from marsad.kb import clear_cache


def test_lookup_egyptian_spelling(capsys):
    assert main(["kb", "lookup", "الكاظمى"]) == 0
    out = capsys.readouterr().out
    assert "person:mustafa_al_kadhimi" in out and "Mustafa al-Kadhimi" in out and "IRQ.PRIME_MINISTER" in out


def test_lookup_json(capsys):
    assert main(["kb", "lookup", "عبداللطيف", "رشيد", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["person:abdul_latif_rashid"]
    assert rows[0]["roles"][0]["office"] == "IRQ.PRESIDENT"


def test_lookup_adjective_and_office_title(capsys):
    assert main(["kb", "lookup", "والعراقية"]) == 0
    assert "IRQ\tcountry\tIraq" in capsys.readouterr().out
    assert main(["kb", "lookup", "رئيس الوزراء", "--on", "2021-07-01", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    iraq = next(r for r in rows if r["key"] == "IRQ.PRIME_MINISTER")
    assert iraq["holders"] == ["person:mustafa_al_kadhimi"]


def test_lookup_unknown_name_fails(capsys):
    assert main(["kb", "lookup", "اسم لا وجود له"]) == 1
    assert "no knowledge-base entry" in capsys.readouterr().err


def test_holders(capsys):
    assert main(["kb", "holders", "IRQ.PRESIDENT", "--on", "2020-01-01"]) == 0
    assert capsys.readouterr().out.startswith("person:barham_salih\tBarham Salih")
    assert main(["kb", "holders", "XXX.NOTHING"]) == 1


def test_stats_and_check(capsys):
    assert main(["kb", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["by_type"]["country"] >= 198 and "load_seconds" in stats  # speed is benchmarked, not asserted
    assert main(["kb", "check"]) == 0
    assert "0 errors" in capsys.readouterr().out


def test_check_reports_a_malformed_overlay(tmp_path, monkeypatch, capsys):
    (tmp_path / "places.jsonl").write_text('{"id": "place:x", "type": "place"}\n', encoding="utf-8")
    monkeypatch.setenv("MARSAD_KB", str(tmp_path))
    clear_cache()
    try:
        assert main(["kb", "check"]) == 1
        err = capsys.readouterr().err
        assert "places.jsonl:1:" in err and "missing name_en, names_ar" in err
    finally:
        clear_cache()


def test_check_reports_dangling_references(tmp_path, monkeypatch, capsys):
    (tmp_path / "places.jsonl").write_text(json.dumps(
        {"id": "place:nowhere", "type": "place", "name_en": "Nowhere", "names_ar": ["لا مكان"], "country": "IRQ",
         "parent": "place:missing_governorate", "lat": 33.0, "lon": 44.0}) + "\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_KB", str(tmp_path))
    clear_cache()
    try:
        assert main(["kb", "check"]) == 1
        assert "parent 'place:missing_governorate' does not exist" in capsys.readouterr().out
    finally:
        clear_cache()
