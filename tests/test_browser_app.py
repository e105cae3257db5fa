"""Real-browser tests: Debian's Chromium driven by Playwright over a live server on loopback.

Never ``playwright install``: the browser is /usr/bin/chromium (scripts/test.sh installs
it when missing). Screenshots are saved under artifacts/screenshots/ for the reader.
"""

from __future__ import annotations

import glob
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, need

sys.path.insert(0, str(Path(__file__).parent))
from _serve_store import XSS_BODY_LINE, build_store  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
SHOTS = ROOT / "artifacts" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install chromium; scripts/test.sh does it in CI)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in .venv")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _serve(db: Path) -> Iterator[str]:
    """Run uvicorn in a background thread on a free loopback port; yield the base URL."""
    import uvicorn

    from marsad.serve import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start within 15 s"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    need(SEEDS)
    from marsad.ingest import ingest
    from marsad.store import Store

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Store(db) as store:
        report = ingest(sorted(glob.glob(str(SEEDS / "*.txt"))), store, progress=False)
        assert report.new >= 5, report.summary()
    yield from _serve(db)


@pytest.fixture(scope="module")
def hand_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("hand") / "hand.db")
    yield from _serve(db)


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    ctx.close()


def _shot(pg: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"))  # what a reader sees first
    pg.screenshot(path=str(SHOTS / f"{name}-full.png"), full_page=True)


def test_seed_timeline_row_to_story_and_fayyadh(page: object, seeds_url: str) -> None:
    """The seeds' timeline has dated rows; a row naming al-Fayyadh leads to its story (or report) and to him."""
    page.goto(f"{seeds_url}/timeline?lang=en")
    assert page.locator("html").get_attribute("dir") == "ltr"
    rows = page.locator("li.row")
    assert rows.count() >= 5
    assert page.locator("figure.chart svg rect").count() >= 3  # the events-per-period chart
    assert page.locator("li.row mark.trigger").count() >= 5  # triggers highlighted in the evidence
    _shot(page, "timeline-seeds-en")
    row = page.locator("li.row", has=page.locator("a.person", has_text="Falih al-Fayyadh")).first
    assert row.count() == 1, "no timeline row names Falih al-Fayyadh"
    assert row.locator("time").inner_text().startswith("20")
    follow = row.locator("a.storylink")
    if follow.count():  # with the linking stage: the story page shows documents side by side
        follow.first.click()
        page.wait_for_load_state()
        assert page.locator(".side article").count() >= 1
        assert page.locator("li.row").count() >= 1
        _shot(page, "story-of-row-en")
    else:  # linking not there yet: the report's document, with the same people marked
        row.locator("a.doclink").first.click()
        page.wait_for_load_state()
        assert page.locator(".doctext").count() == 1
        _shot(page, "document-seeds-en")
    page.locator("a[href*='person:falih_al_fayyadh']").first.click()
    page.wait_for_load_state()
    assert "Falih al-Fayyadh" in page.locator("h1").inner_text()
    assert "فالح الفياض" in page.locator("dl.kv").inner_text()
    assert "Popular Mobilization" in page.locator("table.roles").inner_text()
    _shot(page, "entity-fayyadh-en")


def test_seed_biggest_story_side_by_side(page: object, seeds_url: str) -> None:
    """The biggest story lists its merged events and shows its documents from two outlets side by side."""
    page.goto(f"{seeds_url}/stories?lang=en")
    first = page.locator("ul.stories a").first
    if not first.count():
        pytest.skip("the linking stage made no stories for the seeds (marsad.link not available)")
    first.click()
    page.wait_for_load_state()
    outlets = {a.inner_text() for a in page.locator(".side article a.outlet").all()}
    assert len(outlets) >= 2, outlets
    assert page.locator("section.summary li").count() >= 1
    assert page.locator("li.row mark.trigger").count() >= 1
    _shot(page, "story-seeds-en")


def test_seed_timeline_arabic_rtl(page: object, seeds_url: str) -> None:
    page.goto(f"{seeds_url}/timeline")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("h1").inner_text() == "الخط الزمني"
    _shot(page, "timeline-seeds-ar")


def _hits(page: object, base: str, q: str) -> list[str]:
    page.goto(f"{base}/search")
    page.fill("#q", q)
    page.locator("form.filters button").click()
    page.wait_for_load_state()
    return [li.get_attribute("data-doc") for li in page.locator("ol.hits li").all()]


def test_seed_search_spelling_variants(page: object, seeds_url: str) -> None:
    """«الفياض» and «الفيّاض» (with shadda) find the same documents, hits marked."""
    plain = _hits(page, seeds_url, "الفياض")
    assert plain, "no hit for الفياض in the seeds"
    assert page.locator("ol.hits mark.hit").count() >= 1
    _shot(page, "search-fayyadh")
    assert _hits(page, seeds_url, "الفيّاض") == plain


def test_script_in_ingested_text_is_inert(page: object, hand_url: str) -> None:
    """Titles, bodies, sentences and outlet names with <script>/onerror render as text; no dialog fires."""
    for path in ("/documents/dd44xss000000004", "/timeline", "/search?q=%D9%86%D8%B5", "/outlets",
                 "/documents?lang=en"):
        page.goto(hand_url + path)
        page.wait_for_load_state()
    page.goto(hand_url + "/documents/dd44xss000000004")
    text = page.locator("body").inner_text()
    assert "<script>alert('title')</script>" in text
    assert XSS_BODY_LINE in text
    assert page.locator("main script").count() == 0 and page.locator("main img").count() == 0
    page.goto(hand_url + "/timeline")
    assert "<script>alert('sentence')</script>" in page.locator("ol.rows").inner_text()
    page.wait_for_timeout(300)
    assert page.dialogs == []
    _shot(page, "xss-inert")


def test_ingested_html_page_with_scripts_is_inert(page: object, tmp_path: Path) -> None:
    """A real HTML page with script tags and onerror attributes, through ingest, renders without running them."""
    from marsad.ingest import ingest
    from marsad.store import Store

    html = ("<html><head><title>هجوم على حاجز</title><script>alert('head')</script></head><body>"
            "<article><h1>هجوم على حاجز عسكري قرب الحدود</h1>"
            "<p>هاجم مسلحون حاجزاً للجيش قرب الحدود فجر اليوم، وقال مصدر أمني إن الاشتباك استمر ساعة كاملة"
            " قبل أن ينسحب المهاجمون نحو البادية. <img src=x onerror=\"alert('img')\"></p>"
            "<p>وكتب أحد القراء في تعليقه: &lt;script&gt;alert('comment')&lt;/script&gt; ولم يُحذف التعليق.</p>"
            "<script>alert('body')</script></article></body></html>")
    src = tmp_path / "page.html"
    src.write_text(html, encoding="utf-8")
    db = tmp_path / "x.db"
    with Store(db) as store:
        report = ingest([str(src)], store, progress=False)
        assert report.new == 1, report.summary()
        doc_id = report.new_ids[0]
    gen = _serve(db)
    base = next(gen)
    try:
        page.goto(f"{base}/documents/{doc_id}")
        page.locator("details#dropped summary").click()
        page.goto(f"{base}/search?q=%D8%AD%D8%A7%D8%AC%D8%B2")
        page.goto(f"{base}/timeline")
        page.goto(f"{base}/documents/{doc_id}")
        assert "هاجم مسلحون" in page.locator(".doctext").inner_text()
        page.wait_for_timeout(300)
        assert page.dialogs == []
    finally:
        next(gen, None)
