"""Event exports: JSONL, PLOVER JSON, ACLED-style CSV and GDELT-style TSV from a store."""

from __future__ import annotations

import csv
import io
import json

import pytest

from marsad.analyze.events import extract_document
from marsad.analyze.events.export import acled_type, export_events
from marsad.model import Document, Published


@pytest.fixture
def filled(store):
    body = ("شنت طائرات الاحتلال الإسرائيلي غارات على مدينة غزة. "
            "تظاهر آلاف العراقيين في بغداد احتجاجا على الفساد.")
    doc = Document(id="d1", body=body, outlet="example", published=Published("2024-01-02", "2024-01-02", "2024-01-02"))
    store.add_document(extract_document(doc))
    return store


def test_jsonl_has_the_architecture_fields(filled) -> None:
    out = io.StringIO()
    assert export_events(filled, "jsonl", out) == 2
    rec = json.loads(out.getvalue().splitlines()[0])
    for key in ("id", "type", "mode", "source", "target", "location", "date", "reports"):
        assert key in rec
    assert rec["reports"][0]["outlet"] == "example" and rec["location"]["lat"] is not None


def test_plover(filled) -> None:
    out = io.StringIO()
    export_events(filled, "plover", out)
    rec = json.loads(out.getvalue().splitlines()[0])
    assert (rec["event_type"], rec["source_actor"], rec["source_agent"]) == ("ASSAULT", "ISR", "MIL")


def test_acled_csv(filled) -> None:
    out = io.StringIO()
    export_events(filled, "acled", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["event_type"] == "Explosions/Remote violence" and rows[0]["sub_event_type"] == "Air/drone strike"
    assert rows[1]["event_type"] == "Protests" and rows[1]["event_date"] == "2024-01-02"
    assert rows[1]["time_precision"] == "2"  # the publication date, not a stated one
    for key in ("actor1", "actor2", "country", "location", "latitude", "longitude", "source", "notes"):
        assert key in rows[0]


def test_gdelt_tsv(filled) -> None:
    out = io.StringIO()
    export_events(filled, "gdelt", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert rows[0]["Actor1Code"] == "ISRMIL" and rows[0]["EventRootCode"] == "18" and rows[0]["QuadClass"] == "4"
    assert rows[0]["SQLDATE"] == "20240102"


def test_unknown_format(filled) -> None:
    with pytest.raises(ValueError):
        export_events(filled, "xml", io.StringIO())


@pytest.mark.parametrize(("ev", "expected"), [
    ({"type": "FIGHT"}, ("Battles", "Armed clash")),
    ({"type": "ASSAULT", "mode": "killing", "target": [{"code": "PSE-CVL"}]}, ("Violence against civilians", "Attack")),
    ({"type": "COERCE", "mode": "arrest"}, ("Strategic developments", "Arrests")),
])
def test_acled_mapping(ev: dict, expected: tuple[str, str]) -> None:
    assert acled_type(ev) == expected
