"""What a source reader yields: a Record to ingest, a Failure to report, or a Notice."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Record:
    """One article as read from a source, before decoding and cleaning.

    ``data`` holds raw bytes still to decode (txt/html files, zip members, WARC
    payloads); ``text`` holds text already decoded (JSON fields, feed items).
    """

    file: str  # absolute path of the file on disk
    member: str = ""  # zip member, '#n' item of a JSON array / line of JSON lines / feed item, WARC record id
    url: str = ""
    data: bytes | None = None
    text: str | None = None
    html: bool = False
    title: str = ""
    published: str | None = None
    outlet: str | None = None
    declared: str | None = None  # charset from an HTTP header
    truncated: int = 0  # bytes beyond the size limit that were not read
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """'file' or 'file!member' for messages and ``Document.source``."""
        return f"{self.file}!{self.member}" if self.member else self.file


@dataclass
class Failure:
    """A file or record that could not be read; the batch goes on."""

    file: str
    member: str
    reason: str


@dataclass
class Notice:
    """Something worth telling about a file or record that did not stop it (skipped, repaired, truncated)."""

    file: str
    member: str
    reason: str
