"""The segment stage: body sentences with clitic-segmented tokens, offsets into ``doc.body``."""

from __future__ import annotations

from marsad.model import Document, Sentence
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def segment_text(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences (with tokens) of ``text``; offsets are into text plus ``offset``."""
    out = []
    for i, (s, e) in enumerate(split_sentences(text)):
        out.append(Sentence(index=i, start=s + offset, end=e + offset, text=text[s:e], tokens=tokenize(text[s:e], s + offset)))
    return out


def segment_document(doc: Document) -> Document:
    """Fill ``doc.sentences`` from the body only (the title is not part of the body)."""
    doc.sentences = segment_text(doc.body or "")
    return doc
