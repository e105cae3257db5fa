"""Page cleaning: main text out of HTML or scraped text, site chrome dropped with a reason for each line.

``clean_text`` is the clean stage of the pipeline. It sets the document id, body
(original characters, one kept paragraph per line block), title, outlet,
paragraphs, captions, dropped lines, page dates (chrome: upper bounds only) and
the metadata date as evidence — never as the publication date.

Dropped-line reasons: nav, section, related, appeal, comment-form, widget, masthead,
copyright, tags, byline, self-ref, page-date, comment-count, caption, title,
dup-title, duplicate, header (above the headline / a one- or two-word line above the
article), footer (below the article once its chrome began), punct, extractor (HTML
text the main-text extractor left out and no rule named).
"""

from __future__ import annotations

import re
from typing import Any

from marsad.clean import outlets as outlet_lookup
from marsad.clean.boilerplate import Line, classify_page, mark_masthead_names, mark_related_blocks
from marsad.clean.html import extract_html
from marsad.clean.identity import document_id
from marsad.clean.lines import classify
from marsad.clean.pagedates import page_dates
from marsad.clean.resources import fold
from marsad.model import Document, DroppedLine, PageDate, Published

__all__ = ["clean_text", "document_id"]

PARAGRAPH_SEPARATOR = "\n\n"
# Dropped lines that are content moved elsewhere, not page chrome: their dates are not page dates.
NOT_CHROME = frozenset({"title", "dup-title", "caption", "duplicate"})
# Reasons whose lines may name the outlet itself («ادعم عنب بلدي», «ليفانت-خاص», a masthead).
SELF_NAMING = ("self-ref", "appeal", "masthead", "copyright", "header", "footer", "comment-form", "nav", "widget")
# Runs of Arabic / Latin letters: counting letters as ``len(text) - len(runs removed)`` costs a third
# of building a list of one-character matches.
_ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]+")
_LATIN = re.compile(r"[A-Za-z]+")


def clean_text(raw: str, *, title: str = "", html: bool = False, published: str | None = None,
               source: str = "", outlet: str | None = None, url: str | None = None,
               meta: dict[str, Any] | None = None) -> Document:
    """Clean one page (HTML or plain text) into a Document with every dropped line explained."""
    meta = dict(meta or {})
    text, captions, chrome_lines = raw, [], []
    if html:
        page = extract_html(raw)
        text, captions, chrome_lines = page.text, list(page.captions), page.chrome
        title, url, published = title or page.title, url or page.url, published or page.published
        if page.site_name:
            meta.setdefault("site_name", page.site_name)
    lines, title = classify_page(text.splitlines(), title)
    lines = _extractor_dropped(chrome_lines, title) + lines
    _mark_known_captions(lines, captions)
    body, paragraphs = _assemble(lines)
    doc = Document(id=document_id(body, title), body=body, source=source, title=title, url=url,
                   paragraphs=paragraphs, meta=meta, language=_language(body or title))
    doc.dropped = [DroppedLine(line.text, line.reason) for line in lines if line.reason]
    doc.captions = _unique(captions + [line.text for line in lines if line.reason == "caption"])
    doc.page_dates = _page_dates(lines)
    _set_outlet(doc, lines, outlet or meta.get("outlet") or meta.get("site_name"))
    if published:
        doc.meta["metadata_date"] = published
        doc.published = Published(evidence=[f"metadata date {published} (not verified)"])
    return doc


def _extractor_dropped(chrome: list[str], title: str) -> list[Line]:
    """HTML lines the extractor left out, with the rule that names them (else 'extractor')."""
    key = fold(title)
    out = [Line(text, "title" if key and fold(text) == key else classify(text)) for text in chrome]
    mark_related_blocks(out)
    mark_masthead_names(out)
    for line in out:
        line.reason = line.reason or "extractor"
    return out


def _mark_known_captions(lines: list[Line], captions: list[str]) -> None:
    """Lines equal to an HTML figure caption or image alt text are captions, not body."""
    keys = {fold(c) for c in captions}
    for line in lines:
        if line.reason in (None, "extractor") and fold(line.text) in keys:
            line.reason = "caption"


def _assemble(lines: list[Line]) -> tuple[str, list[tuple[int, int]]]:
    """Body text from the kept lines (original characters) and each paragraph's span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in lines:
        if line.reason is not None:
            continue
        if parts:
            pos += len(PARAGRAPH_SEPARATOR)
        parts.append(line.text)
        spans.append((pos, pos + len(line.text)))
        pos += len(line.text)
    return PARAGRAPH_SEPARATOR.join(parts), spans


def _page_dates(lines: list[Line]) -> list[PageDate]:
    """Every date in a chrome line, once per (text, value), tagged with the line's reason."""
    out: list[PageDate] = []
    seen: set[tuple[str, str | None]] = set()
    for line in lines:
        if not line.reason or line.reason in NOT_CHROME:
            continue
        for pd in page_dates(line.text, where=line.reason):
            if (pd.text, pd.value) not in seen:
                seen.add((pd.text, pd.value))
                out.append(pd)
    return out


def _set_outlet(doc: Document, lines: list[Line], given: str | None) -> None:
    """Outlet from metadata, else URL host, else the page naming itself in chrome, else in the body."""
    found, how = None, ""
    if given:
        found, how = outlet_lookup.by_name(given), "metadata"
        if found is None:
            found, how = outlet_lookup.by_url(doc.url or doc.meta.get("url")), "url"
    if found is None and not given:
        found, how = outlet_lookup.by_url(doc.url or doc.meta.get("url")), "url"
    if found is None and not given:
        for reason in SELF_NAMING:
            found = next((o for line in lines if line.reason == reason
                          for o in [outlet_lookup.named_in_line(line.text)] if o), None)
            if found:
                how = f"self-reference ({reason})"
                break
    if found is None and not given:
        found, how = outlet_lookup.in_dateline(doc.body), "dateline"
    if found is None and not given:
        found, how = outlet_lookup.cited_as_self(doc.body), "self-reference (body)"
    if found is not None:
        doc.outlet = found.name_en
        doc.meta.update(outlet_ar=found.name_ar, outlet_en=found.name_en, outlet_id=found.id, outlet_how=how)
    elif given:
        doc.outlet = given.strip()
        doc.meta.update(outlet_how="metadata")


# In UTF-8 every character of U+0600–U+06FF starts with one of the bytes D8–DB, and no other byte is one.
_NOT_ARABIC_BLOCK_LEAD = bytes(b for b in range(256) if not 0xD8 <= b <= 0xDB)
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _letter_counts(text: str) -> tuple[int, int]:
    """(characters matching ``_ARABIC``, characters matching ``_LATIN``) in ``text``.

    Counted on the UTF-8 bytes (lead bytes of the Arabic block, ASCII letters) at a fifth
    of the regexes' cost; text with any character from U+F000 on (byte EF: presentation
    forms among them) is counted by the regex.
    """
    raw = text.encode("utf-8", "surrogatepass")
    latin = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    if b"\xef" in raw:
        return len(text) - len(_ARABIC.sub("", text)), latin
    return len(raw.translate(None, _NOT_ARABIC_BLOCK_LEAD)), latin


def _language(text: str) -> str:
    """'ar' when Arabic letters dominate, 'en' for Latin-script pages, else 'und'."""
    arabic, latin = _letter_counts(text)
    if arabic and arabic >= latin:
        return "ar"
    return "en" if latin else "und"


def _unique(items: list[str]) -> list[str]:
    """Items in order without repeats (compared after folding)."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = fold(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out
