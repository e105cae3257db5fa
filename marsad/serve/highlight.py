"""Escape-then-mark: turn ingested text plus offset spans into safe HTML (never ``|safe`` on raw data).

Every character of the text is escaped with :func:`markupsafe.escape`; only the
tags this module writes itself are markup. Overlapping spans are handled by
cutting the text at every span boundary and giving each piece the classes of
all spans covering it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

# Sentinels the snippet builder puts around hits; stripped from input text first.
HIT_OPEN, HIT_CLOSE = "\x02", "\x03"


@dataclass
class Span:
    """A layer over [start, end): CSS class, tooltip and optional link."""

    start: int
    end: int
    cls: str
    title: str = ""
    href: str | None = None


def mark_spans(text: str, spans: list[Span]) -> Markup:
    """Escaped ``text`` with each span wrapped in ``<mark>`` (or ``<a>`` when it links)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if not spans:
        return escape(text)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        cover = [s for s in spans if s.start <= a and b <= s.end]
        if not cover:
            out.append(piece)
            continue
        classes = " ".join(dict.fromkeys(s.cls for s in cover))
        title = " · ".join(dict.fromkeys(s.title for s in cover if s.title))
        href = next((s.href for s in cover if s.href), None)
        tag = "a" if href else "mark"
        attrs = f' class="{escape(classes)}"'
        if title:
            attrs += f' title="{escape(title)}"'
        if href:
            attrs += f' href="{escape(href)}"'
        out.append(f"<{tag}{attrs}>{piece}</{tag}>")
    return Markup("".join(out))


def mark_hits(snippet_text: str) -> Markup:
    """A snippet whose hits are delimited by HIT_OPEN/HIT_CLOSE, escaped, hits in ``<mark>``."""
    out: list[str] = []
    inside = False
    buf: list[str] = []
    for ch in snippet_text:
        if ch in (HIT_OPEN, HIT_CLOSE):
            out.append(f'<mark class="hit">{escape("".join(buf))}</mark>' if inside else str(escape("".join(buf))))
            buf = []
            inside = ch == HIT_OPEN
            continue
        buf.append(ch)
    out.append(str(escape("".join(buf))))
    return Markup("".join(out))


def strip_sentinels(text: str) -> str:
    """Remove the hit sentinels from ingested text so it cannot forge a highlight."""
    return text.replace(HIT_OPEN, "").replace(HIT_CLOSE, "")
