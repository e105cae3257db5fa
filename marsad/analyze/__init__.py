"""Analysis stages over a cleaned Document (entities, time, events, framing) and a one-call entry point."""

from __future__ import annotations

from marsad.model import Document


def analyze(text: str, published: str | None = None, *, title: str = "", html: bool = False) -> Document:
    """Clean ``text`` and run every analysis stage: the Python entry point ``marsad.analyze.analyze``."""
    from marsad.clean import clean_text
    from marsad.pipeline import analyze_document

    return analyze_document(clean_text(text, title=title, html=html, published=published))


__all__ = ["analyze"]
