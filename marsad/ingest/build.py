"""One Record to one Document: decode → size cap → clean → language → (analysis).

Raises :class:`marsad.errors.InputError` for anything about the input (binary,
empty, undecodable, no text); returns notes for what was repaired or cut.
"""

from __future__ import annotations

import re

from marsad.errors import InputError
from marsad.ingest import settings
from marsad.ingest.decode import decode_bytes, tidy_text
from marsad.ingest.language import detect_language
from marsad.ingest.records import Record
from marsad.model import Document, DroppedLine

_INVISIBLE_HTML = re.compile(r"<(head|script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&#?\w+;")
_LETTER = re.compile(r"[^\W\d_]")


def html_has_text(html: str) -> bool:
    """True when an HTML page has visible letters outside <head> (scripts, styles, comments and tags removed)."""
    visible = _ENTITY.sub(" ", _TAG.sub(" ", _INVISIBLE_HTML.sub(" ", html)))
    return _LETTER.search(visible) is not None


def record_text(rec: Record) -> tuple[str, str, list[str]]:
    """(text, encoding, notes) of a record: its bytes decoded, or its text tidied."""
    if rec.data is not None:
        dec = decode_bytes(rec.data, declared=rec.declared, html=rec.html)
        return dec.text, dec.encoding, dec.notes
    if rec.text is None or not rec.text.strip():
        raise InputError("empty record (no text)")
    return tidy_text(rec.text), "", []


def cap_text(text: str, limit: int = settings.MAX_CLEAN_CHARS) -> tuple[str, int]:
    """Cut text at the last line break before ``limit`` characters; (kept text, characters cut)."""
    if len(text) <= limit:
        return text, 0
    cut = text.rfind("\n", limit // 2, limit)
    cut = cut if cut > 0 else limit
    return text[:cut], len(text) - cut


def build_document(rec: Record, *, analyze: bool = True) -> tuple[Document, list[str]]:
    """Decode, clean and (for Arabic) analyze one record; (document, notes)."""
    from marsad.clean import clean_text

    text, encoding, notes = record_text(rec)
    if rec.html and not html_has_text(text):
        raise InputError("HTML page has no text (no body, or an empty one)")
    text, cut_chars = cap_text(text)
    meta = dict(rec.meta)
    meta.update({"file": rec.file, "member": rec.member, "url": rec.url})
    if encoding:
        meta["encoding"] = encoding
    doc = clean_text(text, title=rec.title, html=rec.html, published=rec.published,
                     source=rec.url or rec.where, outlet=rec.outlet, url=rec.url or None, meta=meta)
    if not doc.body.strip():
        raise InputError("no article text left after cleaning (the page is all site chrome)")
    if rec.truncated or cut_chars:
        notes.append(_mark_truncated(doc, rec.truncated, cut_chars))
    lang = detect_language(doc.body)
    if doc.language == "ar" and lang != "ar":
        doc.language = lang
    if doc.language != "ar":
        notes.append(f"not Arabic (language={doc.language}): stored without analysis")
    elif analyze:
        from marsad.pipeline import analyze_document

        doc = analyze_document(doc)
    return doc, notes


def _mark_truncated(doc: Document, bytes_cut: int, chars_cut: int) -> str:
    """Record in the document (meta and a dropped line) that the page was cut at the size limit."""
    parts = []
    if bytes_cut:
        parts.append(f"bytes beyond the {settings.MAX_RECORD_BYTES // 2**20} MiB read limit not read")
    if chars_cut:
        parts.append(f"{chars_cut:,} characters beyond the {settings.MAX_CLEAN_CHARS:,}-character cleaning limit cut")
    doc.meta["truncated"] = {"bytes_not_read": bytes_cut, "chars_cut": chars_cut,
                             "max_record_bytes": settings.MAX_RECORD_BYTES,
                             "max_clean_chars": settings.MAX_CLEAN_CHARS}
    note = "truncated: " + "; ".join(parts)
    doc.dropped.append(DroppedLine(text=f"[{note}]", reason="size-limit"))
    return note
