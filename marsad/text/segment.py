"""The segment stage: body sentences with clitic-segmented tokens, offsets into ``doc.body``."""

from __future__ import annotations

from marsad.model import Document, Sentence
from marsad.text.sentences import split_sentences


def segment_text(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences (with tokens) of ``text``; offsets are into text plus ``offset``.

    The tokens are computed when first read (``Sentence.lazy``): the analysis stages never read them.
    """
    return [Sentence.lazy(i, s + offset, e + offset, text[s:e]) for i, (s, e) in enumerate(split_sentences(text))]


def segment_document(doc: Document) -> Document:
    """Fill ``doc.sentences`` from the body only (the title is not part of the body)."""
    doc.sentences = segment_text(doc.body or "")
    return doc
