"""WARC / WARC.gz files (warcio): one record per HTML response, charset from the HTTP header.

A truncated or corrupt archive yields the records read so far and one Failure
saying where reading stopped.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from marsad.ingest import settings
from marsad.ingest.records import Failure, Record

_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _cut_short(rec: object) -> bool:
    """True when the archive ended before the record's declared Content-Length (a truncated file)."""
    return getattr(getattr(rec, "raw_stream", None), "limit", 0) > 0


def iter_warc(fh: BinaryIO, file: str, prefix: str = "") -> Iterator[Record | Failure]:
    """Records of a WARC stream (member = WARC-Record-ID); non-page and non-200 records are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for rec in ArchiveIterator(fh):
            n += 1
            if rec.rec_type not in ("response", "resource"):
                continue
            headers = rec.http_headers if rec.rec_type == "response" else None
            if headers is not None and headers.get_statuscode() not in ("200", None):
                continue
            ctype = (headers or rec.rec_headers).get_header("Content-Type") or ""
            if not ctype.lower().startswith(_PAGE_TYPES):
                continue
            data = rec.content_stream().read(settings.MAX_RECORD_BYTES + 1)
            extra = len(data) - settings.MAX_RECORD_BYTES
            rid = rec.rec_headers.get_header("WARC-Record-ID") or f"record {n}"
            if extra <= 0 and _cut_short(rec):
                yield Failure(file, f"{prefix}{rid}", f"truncated or corrupt WARC: record {n} ends before its "
                              f"declared length ({rec.length} bytes); reading stopped")
                return
            yield Record(
                file=file, member=f"{prefix}{rid}", url=rec.rec_headers.get_header("WARC-Target-URI") or "",
                data=data[: settings.MAX_RECORD_BYTES], html="html" in ctype.lower(), declared=_charset(ctype),
                truncated=max(extra, 0),
                meta={"crawl_date": rec.rec_headers.get_header("WARC-Date") or ""},
            )
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        yield Failure(file, prefix, f"truncated or corrupt WARC: reading stopped after {n} records ({exc})")
