"""Bad input: each case fails (or is noted) alone with a clear per-file reason; the rest of the batch goes in."""

from __future__ import annotations

import io
import json
import os
import resource
import time
import zipfile
from pathlib import Path

import pytest
from _ingest_samples import html_page, json_record, text_page, write_jsonl

from marsad.ingest import IngestReport, ingest
from marsad.ingest import settings as ingest_settings


def run_with_good(tmp_path: Path, store, bad: Path | list[Path]) -> IngestReport:
    """Ingest two good pages around the bad input; they must always be stored."""
    good1 = tmp_path / "good1.txt"
    good1.write_text(text_page(101), encoding="utf-8")
    good2 = tmp_path / "good2.html"
    good2.write_text(html_page(102), encoding="utf-8")
    bads = bad if isinstance(bad, list) else [bad]
    report = ingest([good1, *bads, good2], store, analyze=False, progress=False)
    assert report.new >= 2, report.summary()
    return report


def only_failure(report: IngestReport) -> str:
    assert report.failed == 1, report.summary()
    return report.failures[0].reason


def test_binary_file_named_txt(tmp_path, store) -> None:
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + os.urandom(2000))
    assert "binary file (JPEG image)" in only_failure(run_with_good(tmp_path, store, bad))


def test_empty_file(tmp_path, store) -> None:
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"")
    assert only_failure(run_with_good(tmp_path, store, bad)) == "empty file"


def test_invalid_utf8_that_is_no_arabic_code_page(tmp_path, store) -> None:
    bad = tmp_path / "garbled.txt"
    bad.write_bytes(bytes((b * 37) % 128 + 128 for b in range(5000)))
    assert "undecodable text" in only_failure(run_with_good(tmp_path, store, bad))


def test_slightly_damaged_utf8_is_ingested_with_a_note(tmp_path, store) -> None:
    raw = text_page(103).encode("utf-8")
    bad = tmp_path / "damaged.txt"
    bad.write_bytes(raw[:200] + b"\xc3" + raw[200:])
    report = run_with_good(tmp_path, store, bad)
    assert report.new == 3 and report.failed == 0
    assert any("invalid UTF-8" in n.reason and n.file.endswith("damaged.txt") for n in report.notices)


def test_unreadable_path(tmp_path, store) -> None:
    """chmod 000 does not bite as root; a missing path and a path through a file always fail."""
    missing = tmp_path / "no-such-dir" / "page.txt"
    through_file = tmp_path / "good1.txt" / "child.txt"
    report = run_with_good(tmp_path, store, [missing, through_file])
    assert report.failed == 2 and all("unreadable path" in f.reason for f in report.failures)
    if os.geteuid() != 0:
        locked = tmp_path / "locked.txt"
        locked.write_text(text_page(104), encoding="utf-8")
        locked.chmod(0)
        report = ingest([locked], store, analyze=False, progress=False)
        assert "permission denied" in only_failure(report)


def test_truncated_zip(tmp_path, store) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("day.json", json.dumps([json_record(i) for i in range(200, 230)], ensure_ascii=False))
    bad = tmp_path / "cut.zip"
    bad.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    assert "truncated or corrupt zip" in only_failure(run_with_good(tmp_path, store, bad))


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path, store, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(300, 304):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://w.example/{i}", "response",
                                                      payload=io.BytesIO(html_page(i).encode()), http_headers=headers))
    data = buf.getvalue()
    bad = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    bad.write_bytes(data[: int(len(data) * 0.6)])
    report = run_with_good(tmp_path, store, bad)
    assert report.new >= 2 + 1, "records before the cut are ingested"
    assert "truncated or corrupt WARC" in only_failure(report)


def test_html_with_no_body(tmp_path, store) -> None:
    bad = tmp_path / "nobody.html"
    bad.write_text('<html><head><title>عنوان فقط</title><script>var x = "نص";</script></head></html>', encoding="utf-8")
    assert "HTML page has no text" in only_failure(run_with_good(tmp_path, store, bad))


def test_english_only_page_is_stored_as_english_with_a_note(tmp_path, store) -> None:
    """Decision: non-Arabic pages are stored (searchable, exportable) with their language, but not analyzed."""
    bad = tmp_path / "english.txt"
    bad.write_text("Ministers meet in Baghdad\n\nThe foreign ministers of Iraq and Syria met in Baghdad on Tuesday "
                   "to discuss border security and the return of refugees, officials said.\n", encoding="utf-8")
    report = run_with_good(tmp_path, store, bad)
    assert report.new == 3 and report.failed == 0
    (note,) = [n for n in report.notices if n.file.endswith("english.txt")]
    assert "not Arabic (language=en)" in note.reason
    docs = {d.meta["file"]: d for d in store.iter_documents()}
    assert docs[str(bad.resolve())].language == "en"


def test_json_line_that_is_not_an_object(tmp_path, store) -> None:
    bad = write_jsonl(tmp_path / "mixed.jsonl", [json_record(400), [1, 2, 3], json_record(401)])
    with bad.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    report = run_with_good(tmp_path, store, bad)
    assert report.new == 4
    reasons = {f.member: f.reason for f in report.failures}
    assert reasons == {"#2": "not a JSON object (a list)", "#4": reasons["#4"]}
    assert reasons["#4"].startswith("invalid JSON line")


def test_a_50_mb_page_is_cut_at_the_documented_limit(tmp_path, store) -> None:
    """A runaway 50 MB page is read only up to MAX_RECORD_BYTES; the cut is noted in the report and the document."""
    bad = tmp_path / "huge.txt"
    para = ("\n".join(text_page(500 + i) for i in range(5)) + "\n").encode()
    with bad.open("wb") as fh:
        for _ in range(50 * 2**20 // len(para) + 1):
            fh.write(para)
    assert bad.stat().st_size >= 50 * 2**20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.monotonic()
    report = run_with_good(tmp_path, store, bad)
    assert time.monotonic() - t0 < 60
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 400, f"peak memory grew by {grown_mb:.0f} MB"
    assert report.new == 3 and report.failed == 0
    assert any("truncated" in n.reason for n in report.notices if n.file.endswith("huge.txt"))
    doc = next(d for d in store.iter_documents() if d.meta["file"].endswith("huge.txt"))
    assert doc.meta["truncated"]["bytes_not_read"] == bad.stat().st_size - ingest_settings.MAX_RECORD_BYTES
    assert doc.dropped[-1].reason == "size-limit"
