"""Main text, title, captions and page metadata out of an HTML page.

trafilatura finds the article text; when it returns nothing we fall back to the
page's block elements with scripts, navigation, headers, footers and forms removed.
The line classifier then cleans whatever either path leaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

# Elements that never hold article text (removed before the fallback extraction).
_NOISE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
               "button", "select", "template")
# Block elements: each starts a new line in the fallback extraction.
_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article",
               "blockquote", "figure", "figcaption", "dd", "dt", "ul", "ol", "table", "main", "header", "footer",
               "nav", "aside", "form", "label", "button", "option", "time")
# Never visible: left out of the chrome lines too.
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head")
# "Headline | Site name", "Headline - Site name": the suffix after the last separator.
_TITLE_SEPARATOR = re.compile(r"(\s+[|\-–—]\s+)")
# An <h1> shorter than this is a logo or a section name, not the headline.
_H1_MIN_WORDS = 3
_ALT_MIN_WORDS = 3


@dataclass
class HtmlPage:
    """What the HTML gives us before line cleaning."""

    text: str
    title: str = ""
    captions: list[str] = field(default_factory=list)
    site_name: str = ""
    published: str | None = None
    url: str | None = None
    chrome: list[str] = field(default_factory=list)  # visible lines the extractor left out


def __getattr__(name: str) -> object:
    """``trafilatura`` as a module attribute, imported on first use (see :func:`extract_html`)."""
    if name == "trafilatura":
        import trafilatura

        return trafilatura
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str:
    """First non-empty <meta property|name=...> content among ``names``."""
    for name in names:
        for el in tree.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]'):
            content = (el.get("content") or "").strip()
            if content:
                return content
    return ""


def _text_of(el: lxml.html.HtmlElement) -> str:
    """The visible text of an element with whitespace runs collapsed."""
    return re.sub(r"\s+", " ", el.text_content()).strip()


def _strip_site_name(title: str, site_name: str) -> tuple[str, str]:
    """Split «Headline | Site», «Site | Headline», «Headline - Known outlet» into (headline, site).

    A «|» always separates the site; a dash only when the part is the site or a known
    outlet (headlines have dashes of their own: «العراق - سوريا: اتفاق»).
    """
    from marsad.clean.outlets import by_name

    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 3:
        return title, ""
    ends = {len(parts) - 1: parts[:-2], 0: parts[2:]}
    for index, rest in ends.items():
        part = parts[index].strip()
        if part and (part == site_name or by_name(part) is not None):
            return "".join(rest).strip(), part
    if len(parts) == 3 and parts[1].strip() == "|":
        site, headline = sorted((parts[0].strip(), parts[2].strip()), key=len)
        return headline, site
    return title, ""


def _title(tree: lxml.html.HtmlElement, site_name: str) -> tuple[str, str]:
    """The headline and any site name read off the <title>: the article's <h1>, else og:title, else <title>."""
    h1s = [t for t in (_text_of(h) for h in tree.xpath("//article//h1 | //h1")) if len(t.split()) >= _H1_MIN_WORDS]
    if h1s:
        return h1s[0], ""
    title = _meta(tree, "og:title", "twitter:title") or next((_text_of(t) for t in tree.xpath("//title")), "")
    return _strip_site_name(title, site_name)


def _is_decoration(img: lxml.html.HtmlElement) -> bool:
    """A logo or site image: in the header/nav/footer, or 'logo' in its src/class, or alt = an outlet's name."""
    from marsad.clean.outlets import by_name

    marks = " ".join(img.get(a, "") for a in ("src", "class", "id")).lower()
    if "logo" in marks or img.xpath("ancestor::header | ancestor::nav | ancestor::footer"):
        return True
    return by_name(img.get("alt", "")) is not None


def _captions(tree: lxml.html.HtmlElement) -> list[str]:
    """Figure captions and descriptive image alt texts, in page order, without repeats."""
    out: list[str] = []
    for el in tree.xpath("//figcaption | //img[@alt]"):
        if el.tag == "img" and _is_decoration(el):
            continue
        text = _text_of(el) if el.tag == "figcaption" else re.sub(r"\s+", " ", el.get("alt", "")).strip()
        if len(text.split()) >= _ALT_MIN_WORDS and text not in out:
            out.append(text)
    return out


def _visible_lines(tree: lxml.html.HtmlElement, remove: tuple[str, ...]) -> list[str]:
    """Block-by-block visible lines of the page body after removing ``remove`` elements (mutates the tree)."""
    body = tree.find("body")
    root = body if body is not None else tree
    etree.strip_elements(root, *remove, with_tail=False)
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in root.text_content().splitlines() if line.strip()]


def _fallback_text(html: str) -> str:
    """Article text without the extractor: every block of the body minus navigation, headers, footers, forms."""
    return "\n".join(_visible_lines(lxml.html.fromstring(html), _NOISE_TAGS + ("figcaption",)))


def _chrome_lines(html: str, text: str) -> list[str]:
    """Visible lines of the page that are not in the extracted text (menus, render dates, footers...)."""
    from marsad.clean.resources import fold

    kept = {fold(line) for line in text.splitlines()}
    out: list[str] = []
    for line in _visible_lines(lxml.html.fromstring(html), _INVISIBLE_TAGS):
        key = fold(line)
        if key and key not in kept:
            kept.add(key)
            out.append(line)
    return out


def extract_html(html: str) -> HtmlPage:
    """Main text, title, captions, site name, metadata date and canonical URL of a page."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return HtmlPage(text="")
    site_name = _meta(tree, "og:site_name", "application-name")
    title, title_site = _title(tree, site_name)
    page = HtmlPage(
        text="",
        title=title,
        captions=_captions(tree),
        site_name=site_name or title_site,
        published=_meta(tree, "article:published_time", "datePublished", "pubdate", "date") or None,
        url=_meta(tree, "og:url") or next((e.get("href") for e in tree.xpath('//link[@rel="canonical"]')), None),
    )
    import trafilatura  # here, not at the top: ~0.2 s of start-up that plain-text and JSON corpora never use

    text = None
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, include_images=False,
                                   favor_recall=True, deduplicate=False)
    except Exception:  # noqa: BLE001 - a broken page falls back to our own extraction
        text = None
    page.text = text if text and text.strip() else _fallback_text(html)
    page.chrome = _chrome_lines(html, page.text)
    return page
