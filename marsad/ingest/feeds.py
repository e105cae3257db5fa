"""RSS and Atom files: one record per item/entry (title, link, description or content, date)."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from marsad.ingest.jsonsrc import looks_like_html
from marsad.ingest.records import Failure, Notice, Record

_ITEM = {"item", "entry"}
_BODY = ("encoded", "content", "description", "summary")  # content:encoded first
_DATE = ("pubDate", "published", "date", "updated", "issued", "modified")


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: etree._Element) -> dict[str, list[etree._Element]]:
    out: dict[str, list[etree._Element]] = {}
    for c in el:
        name = _local(c)
        if name:
            out.setdefault(name, []).append(c)
    return out


def _text(el: etree._Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _link(kids: dict[str, list[etree._Element]]) -> str:
    for el in kids.get("link", []):
        href = el.get("href")
        if href and el.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and _text(el):
            return _text(el)
    guid = kids.get("guid") or kids.get("id")
    text = _text(guid[0]) if guid else ""
    return text if text.startswith("http") else ""


def parse_xml(data: bytes) -> tuple[etree._Element | None, bool]:
    """Parse XML safely (no entities, no network); (root, recovered from damage)."""
    strict = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser=strict), False
    except etree.XMLSyntaxError:
        loose = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        try:
            return etree.fromstring(data, parser=loose), True
        except etree.XMLSyntaxError:
            return None, True


def is_feed(root: etree._Element | None) -> bool:
    """True when the XML is an RSS/RDF/Atom feed."""
    return root is not None and _local(root) in {"rss", "feed", "RDF", "channel"}


def _outlet(root: etree._Element) -> str | None:
    chan = root if _local(root) in {"feed", "channel"} else next(
        (c for c in root if _local(c) == "channel"), root)
    title = _children(chan).get("title")
    return _text(title[0]) or None if title else None


def iter_feed(data: bytes, file: str, prefix: str = "") -> Iterator[Record | Failure | Notice]:
    """Records of an RSS/Atom document (member '#n' = item number)."""
    root, recovered = parse_xml(data)
    if root is None:
        yield Failure(file, prefix, "invalid XML: not even a damaged feed could be read")
        return
    if not is_feed(root):
        yield Failure(file, prefix, f"XML but not an RSS/Atom feed (root element <{_local(root)}>)")
        return
    if recovered:
        yield Notice(file, prefix, "malformed XML feed: read what could be recovered")
    outlet = _outlet(root)
    n = 0
    for el in root.iter():
        if _local(el) not in _ITEM:
            continue
        n += 1
        kids = _children(el)
        bodies = [_text(kids[k][0]) for k in _BODY if k in kids]
        body = max(bodies, key=len) if bodies else ""
        member = f"{prefix}#{n}"
        if not body:
            yield Failure(file, member, "feed item has no text (no description or content)")
            continue
        date = next((_text(kids[k][0]) for k in _DATE if k in kids and _text(kids[k][0])), None)
        title = _text(kids["title"][0]) if "title" in kids else ""
        yield Record(file=file, member=member, url=_link(kids), text=body, html=looks_like_html(body),
                     title=title, published=date, outlet=outlet)
    if n == 0:
        yield Failure(file, prefix, "feed has no items")
