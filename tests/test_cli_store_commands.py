"""`marsad docs / show / search / export / demo` on a small store built from our own pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _ingest_samples import article, html_page, json_record, text_page, write_jsonl

from marsad.cli import main
from marsad.cli.export import DOCUMENT_FIELDS


@pytest.fixture
def db(tmp_path: Path) -> str:
    src = tmp_path / "src"
    src.mkdir()
    (src / "1.txt").write_text(text_page(1), encoding="utf-8")
    (src / "2.html").write_text(html_page(2), encoding="utf-8")
    write_jsonl(src / "3.jsonl", [json_record(3)])
    path = str(tmp_path / "cli.db")
    assert main(["ingest", str(src), "--db", path, "--no-progress", "--no-analyze"]) == 0
    return path


def out_lines(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def doc_ids(db: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["docs", "--db", db, "--json"]) == 0
    return [json.loads(x) for x in out_lines(capsys)]


def test_docs_lists_and_filters_by_outlet(db, capsys) -> None:
    rows = doc_ids(db, capsys)
    assert len(rows) == 3 and {"id", "outlet", "title", "chars"} <= rows[0].keys()
    assert main(["docs", "--db", db, "--outlet", "alwatan-test"]) == 0
    lines = out_lines(capsys)
    assert len(lines) == 1 and article(3)[0][:40] in lines[0]


def test_show_prints_body_and_sections(db, capsys) -> None:
    rid = doc_ids(db, capsys)[0]["id"]
    assert main(["show", rid[:8], "--db", db]) == 0
    text = capsys.readouterr().out
    assert f"id:        {rid}" in text and article(1)[1].split("\n\n")[0] in text
    assert main(["show", rid, "--db", db, "--dropped", "--dates"]) == 0
    text = capsys.readouterr().out
    assert "dropped lines (" in text and "page dates (" in text and "time expressions (" in text
    assert article(1)[1].split("\n\n")[0] not in text, "sections only: no body"
    assert main(["show", rid, "--db", db, "--json", "--events"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == rid and data["events"] == [] and data["provenance"][0]["file"].endswith("1.txt")


def test_show_unknown_id_exits_1(db, capsys) -> None:
    assert main(["show", "ffffffffffff", "--db", db]) == 1
    assert "no document" in capsys.readouterr().err


def test_search_finds_normalized_forms(db, capsys) -> None:
    capsys.readouterr()
    assert main(["search", "لجنه مشتركه", "--db", db, "--json"]) == 0
    rows = [json.loads(x) for x in out_lines(capsys)]
    assert len(rows) == 3 and all("[لجنة]" in r["snippet"] for r in rows)
    assert main(["search", "بيروت", "--db", db]) == 0  # only article 3 is set in Beirut
    captured = capsys.readouterr()
    assert "(1 of 1 matching documents)" in captured.err and article(3)[0][:30] in captured.out


def test_export_documents_has_exactly_the_documented_fields(db, capsys, tmp_path) -> None:
    capsys.readouterr()
    assert main(["export", "--what", "documents", "--format", "jsonl", "--db", db]) == 0
    recs = [json.loads(x) for x in out_lines(capsys)]
    assert len(recs) == 3
    for r in recs:
        assert tuple(r) == DOCUMENT_FIELDS
        assert set(r["published"]) == {"earliest", "latest", "value", "evidence"}
        assert all(set(d) == {"text", "reason"} for d in r["dropped"])
    out = tmp_path / "docs.jsonl"
    assert main(["export", "--db", db, "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_export_of_a_missing_stage_is_a_clear_error(db, capsys, monkeypatch) -> None:
    import marsad.cli.export as export

    monkeypatch.setitem(export.EXPORTERS, "stories", ("marsad.no_such_module", "export_stories", False))
    assert main(["export", "--what", "stories", "--db", db]) == 1
    assert "not available yet" in capsys.readouterr().err
    assert main(["export", "--what", "documents", "--format", "acled", "--db", db]) == 2


def test_export_events_passes_the_format_through(db, capsys, monkeypatch) -> None:
    import sys
    import types

    import marsad.cli.export as export

    fake = types.ModuleType("fake_events_export")
    fake.export_events = lambda store, fmt, out: out.write(json.dumps({"fmt": fmt}) + "\n") and 1
    monkeypatch.setitem(sys.modules, "fake_events_export", fake)
    monkeypatch.setitem(export.EXPORTERS, "events", ("fake_events_export", "export_events", True))
    capsys.readouterr()
    assert main(["export", "--what", "events", "--format", "plover", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == {"fmt": "plover"}


def test_demo_ingests_the_sample_dir_and_reports(tmp_path, capsys, monkeypatch) -> None:
    import marsad.cli.demo as demo

    sample = tmp_path / "sample"
    sample.mkdir()
    (sample / "a.txt").write_text(text_page(11), encoding="utf-8")
    (sample / "b.html").write_text(html_page(12), encoding="utf-8")
    monkeypatch.setattr(demo, "SAMPLE_DIR", sample)
    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db, "--no-serve", "--no-analyze"]) == 0
    out = capsys.readouterr().out
    assert "new 2 / already present 0 / failed 0" in out
    assert "Documents per outlet (2 documents)" in out and f"Store: {db}" in out and "marsad search" in out
    assert main(["demo", "--db", db, "--no-serve", "--no-analyze"]) == 0
    assert "new 0 / already present 2" in capsys.readouterr().out


def test_demo_with_an_empty_sample_dir_says_so(tmp_path, capsys, monkeypatch) -> None:
    import marsad.cli.demo as demo

    monkeypatch.setattr(demo, "SAMPLE_DIR", tmp_path / "nothing")
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--no-serve"]) == 1
    assert "sample corpus is empty" in capsys.readouterr().err
