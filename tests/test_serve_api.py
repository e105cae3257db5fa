"""JSON API and pages over a hand-built store (independent of the analysis stages being finished)."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _serve_store import build_store  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    from marsad.serve import create_app

    return create_app(build_store(tmp_path_factory.mktemp("api") / "api.db"), token="")


@pytest.fixture
def client(app):
    """A fresh client per test: the language cookie of one test must not leak into the next."""
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def test_timeline_orders_rows_by_date_and_renders_english(client) -> None:
    data = client.get("/api/timeline").json()
    dates = [r["date"]["earliest"] for r in data["rows"]]
    assert dates == sorted(dates) and dates[0] == "2017-06-14"
    visit = next(r for r in data["rows"] if r["id"] == "cc33deleg0000003-E1")
    assert visit["english"] == "Syria military visited Iraq military in Baghdad"
    ev = visit["reports"][0]["evidence"]
    assert ev["text"][ev["trigger_start"]:ev["trigger_end"]] == "زار"
    assert visit["reports"][0]["outlet"] == "Baghdad Today"


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "AGREE"}, {"bb22memo00000002-E1"}),
    ({"dyad": "SYR,IRQ"}, {"bb22memo00000002-E1", "cc33deleg0000003-E1"}),
    ({"dyad": "IRQ,SYR"}, {"bb22memo00000002-E1", "cc33deleg0000003-E1"}),
    ({"dyad": "سوريا،IRQ-MIL"}, set()),  # an Arabic comma separates too; no such code → nothing
    ({"actor": "ISIS"}, {"aa11visit0000001-E3"}),
    ({"actor": "person:falih_al_fayyadh"}, {"aa11visit0000001-E1"}),  # named in its sentence, not an actor
    ({"outlet": "Damascus Daily"}, {"bb22memo00000002-E1"}),
    ({"since": "2024-05-13"}, {"bb22memo00000002-E1"}),
    ({"until": "2017"}, {"cc33deleg0000003-E1"}),
    ({"since": "2023", "until": "2023-03"}, {"dd44xss000000004-E1"}),
])
def test_timeline_filters(client, params: dict, expected: set) -> None:
    rows = client.get("/api/timeline", params=params).json()["rows"]
    assert {r["id"] for r in rows} == expected


def test_bad_filters_are_400_with_reason(client) -> None:
    r = client.get("/api/timeline", params={"since": "May 2024"})
    assert r.status_code == 400 and "YYYY" in r.json()["error"]
    assert client.get("/api/timeline", params={"dyad": "SYR"}).status_code == 400
    assert client.get("/api/timeline", params={"limit": 0}).status_code == 422


def test_pagination_next_links_walk_all_rows(client) -> None:
    seen, url = [], "/api/events?limit=2"
    while url:
        data = client.get(url).json()
        seen += [e["id"] for e in data["events"]]
        url = data["page"]["next"]
    assert len(seen) == len(set(seen)) == 6


def test_chart_counts_per_period(client) -> None:
    chart = client.get("/api/timeline", params={"since": "2024-05"}).json()["chart"]
    assert chart["bucket"] == "week"
    assert sum(b["n"] for b in chart["bars"]) == 4


def test_entity_page_names_roles_events_partners(client) -> None:
    data = client.get("/api/entities/person:falih_al_fayyadh").json()
    assert data["kb"]["name_en"] == "Falih al-Fayyadh"
    assert "فالح الفياض" in data["kb"]["names_ar"]
    assert any(r["office"] == "IRQ.PMF_CHAIRMAN" and r["end"] is None for r in data["kb"]["roles"])
    assert data["total"] == 1
    assert "place:damascus" in {p["id"] for p in data["partners"]}
    html = client.get("/entities/person:falih_al_fayyadh?lang=en").text
    assert "Chairman of the Popular Mobilization Commission" in html


def test_actor_code_page_and_unknown_entity(client) -> None:
    data = client.get("/api/entities/SYR-MIL").json()
    assert data["is_code"] and data["name_en"] == "Syria military" and data["total"] == 1
    assert client.get("/api/entities/person:nobody_at_all").status_code == 404


def test_document_page_marks_layers_and_dropped_lines(client) -> None:
    data = client.get("/api/documents/aa11visit0000001").json()
    assert data["outlet"] == "Baghdad Today" and len(data["events"]) == 3
    html = client.get("/documents/aa11visit0000001").text
    assert 'class="m-PERS"' in html and 'href="/entities/person:falih_al_fayyadh"' in html
    assert '<mark class="timex"' in html and '<mark class="trigger"' in html
    assert "<code>nav</code>" in html  # the dropped line's reason
    assert client.get("/api/documents/aa11").json()["id"] == "aa11visit0000001"  # unique prefix


@pytest.mark.parametrize("query", ["الفياض", "الفيّاض", "الفيَّاض", "ألفياض"])
def test_search_folds_spelling_variants(client, query: str) -> None:
    data = client.get("/api/search", params={"q": query}).json()
    assert {h["id"] for h in data["hits"]} == {"aa11visit0000001", "bb22memo00000002"}
    assert all('<mark class="hit">' in h["snippet_html"] for h in data["hits"])


@pytest.mark.parametrize(("query", "doc"), [("مذكره", "bb22memo00000002"), ("دمشق", "aa11visit0000001"),
                                            ("وبغداد", "bb22memo00000002")])
def test_search_ta_marbuta_and_clitics(client, query: str, doc: str) -> None:
    assert doc in {h["id"] for h in client.get("/api/search", params={"q": query}).json()["hits"]}


def test_outlets_and_framing_absent_is_clear(client) -> None:
    outlets = {o["outlet"]: o for o in client.get("/api/outlets").json()["outlets"]}
    assert outlets["Baghdad Today"]["docs"] == 2 and outlets["Baghdad Today"]["events"] == 4
    page = client.get("/outlets/Baghdad Today?lang=en").text
    assert "No framing profile" in page
    assert client.get("/api/outlets/Nowhere").status_code == 404


def test_exports(client) -> None:
    import json

    lines = client.get("/api/export/events").text.splitlines()
    first = json.loads(lines[0])
    assert set(first) >= {"id", "type", "mode", "source", "target", "location", "date", "reports"}
    csv_text = client.get("/api/export/events?format=csv").text
    assert csv_text.splitlines()[0].startswith("id,doc,type")
    docs = [json.loads(x) for x in client.get("/api/export/documents").text.splitlines()]
    assert {d["id"] for d in docs} >= {"aa11visit0000001"} and "dropped" in docs[0]
    assert client.get("/api/export/secrets").status_code == 404
    assert client.get("/api/export/documents?format=csv").status_code == 400


def test_every_page_is_also_json(client) -> None:
    for path in ("/timeline", "/documents", "/outlets", "/search?q=دمشق", "/entities/IRQ"):
        r = client.get(path, params={"format": "json"})
        assert r.headers["content-type"].startswith("application/json"), path


def test_pages_rtl_with_english_toggle(client) -> None:
    ar = client.get("/timeline").text
    assert '<html dir="rtl" lang="ar">' in ar and "الخط الزمني" in ar
    en = client.get("/timeline?lang=en").text
    assert '<html dir="ltr" lang="en">' in en and ">Timeline<" in en
    assert 'href="/documents?lang=en"' in en  # links keep the language
    assert '<html dir="ltr" lang="en">' in client.get("/outlets").text  # the choice sticks (cookie)
    assert '<html dir="rtl" lang="ar">' in client.get("/outlets?lang=ar").text


def test_docs_page_lists_endpoints_offline(client) -> None:
    html = client.get("/docs").text
    assert "/api/timeline" in html and "cdn" not in html.lower()
    assert "/api/ingest" in client.get("/openapi.json").json()["paths"]


def test_stories_without_linking_say_so(client, monkeypatch) -> None:
    from marsad.serve import linkage

    monkeypatch.setattr(linkage, "provider", lambda capability: None)
    data = client.get("/api/stories").json()
    assert data["available"] is False and data["stories"] == []
    r = client.get("/api/stories/s1")
    assert r.status_code == 404 and "not available yet" in r.json()["error"]
    assert "not available" in client.get("/stories?lang=en").text


def test_story_page_with_linking(client, monkeypatch) -> None:
    from marsad.serve import linkage

    story = {"id": "s1", "title": "زيارة الفياض إلى دمشق", "docs": ["aa11visit0000001", "bb22memo00000002"],
             "summary": "Fayyadh visited Damascus; a memorandum followed.",
             "citations": [{"doc": "aa11visit0000001", "outlet": "Baghdad Today", "sentence": "وصل الفيّاض"}],
             "events": [{"id": "m1", "type": "CONSULT", "mode": "visit", "date": {"value": "2024-05-12"},
                         "source": [{"text": "الفياض", "code": "PMF", "entity": "person:falih_al_fayyadh"}],
                         "target": [{"text": "دمشق", "code": "SYR"}],
                         "reports": [{"doc": "aa11visit0000001", "event": "aa11visit0000001-E1",
                                      "outlet": "Baghdad Today"}]}]}
    fake = {"stories": lambda store: [story], "story": lambda store, sid: story if sid == "s1" else None}
    monkeypatch.setattr(linkage, "provider", lambda capability: fake.get(capability))
    data = client.get("/api/stories/s1").json()
    assert [d["outlet"] for d in data["documents"]] == ["Baghdad Today", "Damascus Daily"]
    assert data["merged_rows"][0]["english"] == "Falih al-Fayyadh visited Syria"
    html = client.get("/stories/s1?lang=en").text
    assert 'class="side"' in html and "Fayyadh visited Damascus" in html
    rows = client.get("/api/timeline").json()["rows"]
    assert {r["story"] for r in rows if r["reports"][0]["doc"] == "aa11visit0000001"} == {"s1"}
    assert client.get("/api/timeline", params={"story": "s1"}).json()["total"] == 4
