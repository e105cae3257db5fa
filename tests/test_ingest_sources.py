"""Source readers: every input layout yields the right records with provenance (file, member, URL)."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from _ingest_samples import article, html_page, json_record, text_page, write_jsonl

from marsad.ingest import Failure, Notice, Record, iter_records
from marsad.ingest.sources import kind_of, sniff


def records(*paths: Path) -> list[Record]:
    return [r for r in iter_records(paths) if isinstance(r, Record)]


def failures(*paths: Path) -> list[Failure]:
    return [r for r in iter_records(paths) if isinstance(r, Failure)]


@pytest.mark.parametrize("name,kind", [
    ("a.txt", "text"), ("a.HTML", "html"), ("a.htm", "html"), ("a.json", "json"), ("a.jsonl", "jsonl"),
    ("a.zip", "zip"), ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.rss", "xml"), ("a.atom", "xml"),
    ("a.xml", "xml"), ("a.jsonl.gz", "gz:jsonl"), ("a.png", None), ("README", None),
])
def test_kind_from_file_name(name: str, kind: str | None) -> None:
    assert kind_of(name) == kind


@pytest.mark.parametrize("head,kind", [
    (b"PK\x03\x04rest", "zip"), (b"WARC/1.0\r\n", "warc"), (b"\x1f\x8b\x08", "gz:text"),
    (b'<?xml version="1.0"?><rss version="2.0">', "xml"), (b"<!DOCTYPE html><html>", "html"),
    (b'{"a": 1}\n{"a": 2}\n', "jsonl"), (b'[{"a": 1}]', "json"), ("خبر عاجل".encode(), "text"),
])
def test_sniffing_an_unknown_extension(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_directory_is_walked_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(text_page(2), encoding="utf-8")
    (tmp_path / "1.html").write_text(html_page(1), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(text_page(3), encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(iter_records([tmp_path]))
    recs = [r for r in items if isinstance(r, Record)]
    assert [Path(r.file).name for r in recs] == ["1.html", "2.txt"]
    assert recs[0].html and not recs[1].html
    assert any(isinstance(n, Notice) and "logo.png" in n.file and "unknown file type" in n.reason for n in items)


def test_json_object_array_and_lines(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps(json_record(1), ensure_ascii=False), encoding="utf-8")
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([json_record(2), json_record(3)], ensure_ascii=False), encoding="utf-8")
    lines = write_jsonl(tmp_path / "l.jsonl", [json_record(4), json_record(5)])
    recs = records(one, arr, lines)
    assert [r.member for r in recs] == ["", "#1", "#2", "#1", "#2"]
    r = recs[1]
    assert r.outlet == "alwatan-test" and r.url == "https://news.example/article/2"
    assert r.title == article(2)[0] and r.text == article(2)[1]
    assert r.meta["crawl_date"] == "2015-07-21 02:47:47" and r.meta["published_field"] == "crawl_date"


def test_json_html_field_and_html_in_content_are_marked_html(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "h.jsonl", [{"html": html_page(1), "url": "https://x.example/1"},
                                              {"content": html_page(2)}, {"text": text_page(3)}])
    assert [r.html for r in records(path)] == [True, True, False]


def test_saudinewsnet_layout_zip_of_one_json_array(tmp_path: Path) -> None:
    """Each SaudiNewsNet zip holds one JSON array; `source` is the outlet, members are numbered items."""
    z = tmp_path / "2015-07-21.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2015-07-21.json", json.dumps([json_record(i) for i in range(3)], ensure_ascii=False))
    recs = records(z)
    assert [r.member for r in recs] == ["2015-07-21.json#1", "2015-07-21.json#2", "2015-07-21.json#3"]
    assert {r.outlet for r in recs} == {"alwatan-test"} and all(r.file == str(z.resolve()) for r in recs)


def test_zip_of_mixed_pages_and_a_nested_zip(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("deep/3.txt", text_page(3))
    z = tmp_path / "pages.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a/1.txt", text_page(1))
        zf.writestr("a/2.html", html_page(2))
        zf.writestr("inner.zip", inner.getvalue())
        zf.writestr("__MACOSX/a/._1.txt", b"junk")
    recs = records(z)
    assert [r.member for r in recs] == ["a/1.txt", "a/2.html", "inner.zip!deep/3.txt"]
    assert [r.html for r in recs] == [False, True, False]


def _warc(path: Path, pages: list[tuple[str, bytes, str]], *, gz: bool) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_with_header_charset(tmp_path: Path, gz: bool) -> None:
    pages = [("https://a.example/1", html_page(1).encode(), "text/html; charset=utf-8"),
             ("https://a.example/logo", b"\x89PNG\r\n\x1a\n", "image/png"),
             ("https://a.example/2", html_page(2, charset="windows-1256").encode("cp1256"),
              "text/html; charset=windows-1256")]
    path = _warc(tmp_path / ("x.warc.gz" if gz else "x.warc"), pages, gz=gz)
    recs = records(path)
    assert [r.url for r in recs] == ["https://a.example/1", "https://a.example/2"]
    assert recs[1].declared == "windows-1256" and recs[1].html
    assert all(r.member.startswith("<urn:uuid:") for r in recs)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>وكالة الأنباء التجريبية</title><link>https://rss.example/</link>
<item><title>{t1}</title><link>https://rss.example/1</link><pubDate>Tue, 21 Jul 2015 10:00:00 GMT</pubDate>
<description>موجز قصير</description><content:encoded><![CDATA[<p>{p1}</p><p>{p2}</p>]]></content:encoded></item>
<item><title>{t2}</title><link>https://rss.example/2</link><description>{d2}</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>صحيفة الاختبار</title>
<entry><title>{t1}</title><link rel="alternate" href="https://atom.example/1"/>
<published>2024-05-12T08:00:00Z</published><content type="html">{c1}</content></entry></feed>"""


def test_rss_items_prefer_full_content_and_carry_the_channel_as_outlet(tmp_path: Path) -> None:
    (t1, b1), (t2, b2) = article(1), article(2)
    p1, p2 = b1.split("\n\n")[:2]
    path = tmp_path / "feed.rss"
    path.write_text(RSS.format(t1=t1, p1=p1, p2=p2, t2=t2, d2=b2.split("\n\n")[0]), encoding="utf-8")
    recs = records(path)
    assert [r.url for r in recs] == ["https://rss.example/1", "https://rss.example/2"]
    assert recs[0].html and p2 in recs[0].text and recs[0].published.startswith("Tue, 21 Jul 2015")
    assert {r.outlet for r in recs} == {"وكالة الأنباء التجريبية"}


def test_atom_entries_sniffed_from_an_xml_file(tmp_path: Path) -> None:
    from html import escape

    t1, b1 = article(5)
    path = tmp_path / "feed.xml"
    path.write_text(ATOM.format(t1=t1, c1=escape("<p>" + b1.replace("\n\n", "</p><p>") + "</p>")), encoding="utf-8")
    (rec,) = records(path)
    assert rec.url == "https://atom.example/1" and rec.title == t1 and rec.outlet == "صحيفة الاختبار"
    assert rec.published == "2024-05-12T08:00:00Z" and rec.html


def test_xml_that_is_not_a_feed_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    (f,) = failures(path)
    assert "not an RSS/Atom feed" in f.reason


def test_gzipped_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(json_record(i), ensure_ascii=False) for i in range(3)))
    assert [r.member for r in records(path)] == ["#1", "#2", "#3"]


def test_explicit_file_with_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "page.php"
    path.write_text(html_page(7), encoding="utf-8")
    (rec,) = records(path)
    assert rec.html


def test_raw_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(html_page(8), encoding="utf-8")
    (rec,) = records(path)
    assert rec.html
