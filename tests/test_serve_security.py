"""Security of the web app: escaping of ingested text, token-gated uploads with a size cap, no path to disk."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _serve_store import XSS_BODY_LINE, build_store  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)

TOKEN = "s3cret-token-for-tests"
PAGE = ("اشتباكات قرب الحدود\n\n"
        "قال مصدر أمني عراقي إن قوات حرس الحدود اشتبكت فجر الثلاثاء مع مجموعة مسلحة حاولت التسلل من الأراضي"
        " السورية قرب منفذ القائم، وأسفر الاشتباك عن مقتل اثنين من المتسللين.\n\n"
        "وأضاف المصدر أن القوات عززت انتشارها على طول الشريط الحدودي بعد الحادث.\n")


def _client(db: Path, token: str | None):
    from fastapi.testclient import TestClient

    from marsad.serve import create_app

    return TestClient(create_app(db, token=token))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "sec.db")


@pytest.mark.parametrize("path", ["/documents/dd44xss000000004", "/timeline", "/outlets", "/documents",
                                  "/search?q=نص", "/entities/INS"])
def test_ingested_markup_is_escaped(db: Path, path: str) -> None:
    html = _client(db, None).get(path).text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Evil" not in html
    assert "&lt;script&gt;alert(" in html or "&lt;b&gt;Evil" in html or "&lt;img src=x" in html


def test_document_page_keeps_the_text_visible(db: Path) -> None:
    from markupsafe import escape

    html = _client(db, None).get("/documents/dd44xss000000004").text
    assert str(escape(XSS_BODY_LINE)) in html


def test_csp_forbids_inline_script(db: Path) -> None:
    r = _client(db, None).get("/timeline")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("name", ["../app.py", "..%2F..%2Fsettings.py", "app.py", "%2Fetc%2Fpasswd", "labels.json"])
def test_static_serves_only_its_allow_list(db: Path, name: str) -> None:
    assert _client(db, None).get(f"/static/{name}").status_code == 404


@pytest.mark.parametrize("value", ["' OR 1=1 --", "%", "_", "IRQ') UNION SELECT data FROM documents --"])
def test_filter_values_are_bound_parameters(db: Path, value: str) -> None:
    r = _client(db, None).get("/api/timeline", params={"actor": value})
    assert r.status_code == 200 and r.json()["rows"] == []


def test_ingest_disabled_without_token(db: Path) -> None:
    r = _client(db, None).post("/api/ingest", files={"files": ("a.txt", PAGE.encode(), "text/plain")})
    assert r.status_code == 403 and "MARSAD_TOKEN" in r.json()["error"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", TOKEN])
def test_ingest_rejects_missing_or_wrong_token(db: Path, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = _client(db, TOKEN).post("/api/ingest", headers=headers,
                                files={"files": ("a.txt", PAGE.encode(), "text/plain")})
    assert r.status_code == 401


def test_ingest_upload_adds_a_searchable_document(db: Path) -> None:
    c = _client(db, TOKEN)
    r = c.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
               files={"files": ("../../etc/report.txt", PAGE.encode(), "text/plain")})
    assert r.status_code == 200, r.text
    assert r.json()["new"] == 1
    hits = c.get("/api/search", params={"q": "المتسللين"}).json()["hits"]
    assert [h["id"] for h in hits] == r.json()["new_ids"]
    again = c.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                   files={"files": ("report.txt", PAGE.encode(), "text/plain")}).json()
    assert again["new"] == 0 and again["duplicate"] == 1


def test_ingest_size_cap_is_413(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.serve.views import ingest as view

    monkeypatch.setattr(view, "MAX_UPLOAD_BYTES", 1000)
    r = _client(db, TOKEN).post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                                files={"files": ("big.txt", ("خبر " * 2000).encode(), "text/plain")})
    assert r.status_code == 413 and "limit is 1,000 bytes" in r.json()["error"]


def test_ingest_urls_must_be_http(db: Path) -> None:
    r = _client(db, TOKEN).post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                                json={"urls": ["file:///etc/passwd"]})
    assert r.status_code == 400 and "http(s)" in r.json()["error"]


def test_serve_binds_loopback_by_default() -> None:
    from marsad.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8765
