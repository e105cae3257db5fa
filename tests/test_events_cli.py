"""The ``marsad events`` command: the sentence-level JSON-lines contract and stored documents."""

from __future__ import annotations

import io
import json
import sys

from marsad.cli import main


def run_cli(argv: list[str], stdin: str, monkeypatch, capsys) -> list[dict]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main(argv) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_sentences_contract(monkeypatch, capsys) -> None:
    lines = [
        {"id": "a", "text": "شنت طائرات الاحتلال الإسرائيلي غارات على مدينة غزة.", "date": "2024-01-02"},
        "not json",
        {"id": "c", "text": "ارتفع مؤشر البورصة المصرية الرئيسي بنسبة 1.2 بالمئة."},
        {"id": "d", "text": 5},
        {"id": "e", "text": "تظاهر آلاف السودانيين في الخرطوم ضد الحكومة"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    out = run_cli(["events", "--sentences", "-", "--no-stages"], stdin, monkeypatch, capsys)
    assert [o["id"] for o in out] == ["a", None, "c", "d", "e"]
    assert out[1]["events"] == [] and "error" in out[1]
    assert out[2]["events"] == []
    ev = out[0]["events"][0]
    assert ev["type"] == "ASSAULT" and ev["trigger"] == "غارات"
    for key in ("type", "mode", "source", "target", "trigger", "modality", "location", "date", "confidence"):
        assert key in ev
    assert set(ev["source"]) >= {"text", "code"} and ev["source"]["code"] == "ISR-MIL"
    assert ev["date"]["earliest"] == "2024-01-02"
    assert out[4]["events"][0]["type"] == "PROTEST"
    assert out[4]["events"][0]["target"]["code"] == "SDN-GOV"


def test_sentence_without_arguments_keeps_the_keys(monkeypatch, capsys) -> None:
    out = run_cli(["events", "--sentences", "-", "--no-stages"],
                  json.dumps({"id": 1, "text": "انفجرت سيارة مفخخة قرب سوق شعبي."}, ensure_ascii=False) + "\n",
                  monkeypatch, capsys)
    ev = out[0]["events"][0]
    assert ev["target"] == {"text": None, "code": None}


def test_stored_document(tmp_path, monkeypatch, capsys) -> None:
    from marsad.model import Document
    from marsad.store import Store

    db = tmp_path / "m.db"
    with Store(db) as s:
        s.add_document(Document(id="doc1", body="اعتقلت قوات الاحتلال 15 فلسطينيا خلال حملة مداهمات في الضفة."))
    assert main(["events", "doc1", "--db", str(db), "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and rows[0]["id"] == "doc1-E1" and rows[0]["type"] == "COERCE"
