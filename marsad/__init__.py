"""marsad (مرصد): Arabic news pages to a deduplicated, source-cited record of events."""

from __future__ import annotations

from marsad.model import Document

__version__ = "0.1.0"
__all__ = ["Document", "analyze", "__version__"]


def analyze(text: str, published: str | None = None, *, title: str = "", html: bool = False) -> Document:
    """Clean (if needed) and analyze one article's text; ``published`` is an ISO date if known."""
    from marsad.clean import clean_text
    from marsad.pipeline import analyze_document

    doc = clean_text(text, title=title, html=html, published=published)
    return analyze_document(doc)
