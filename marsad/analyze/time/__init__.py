"""Time expressions and publication dates: the dates stage of the pipeline.

``find_timexes`` recognizes and normalizes Arabic time expressions (spans into
the original text); ``infer_published`` infers a document's publication
interval with evidence; ``date_document`` runs both over a document (after the
entities stage) and resolves relative expressions against the inferred
interval; ``resolve_timexes`` does that for one sentence.
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.analyze.time.publish import infer_published, published_from_anchor
from marsad.analyze.time.timex import find_timexes, resolve_timexes, sentence_interval
from marsad.model import Document

__all__ = ["date_document", "find_timexes", "infer_published", "resolve_timexes", "sentence_interval"]


def date_document(doc: Document) -> Document:
    """Set ``doc.published`` (inferred, or the given metadata day) and ``doc.timexes`` (offsets into body)."""
    doc.published = infer_published(doc)
    doc.timexes = resolve_timexes(doc.body, doc.published)
    if doc.timexes and doc.sentences:
        order = sorted(doc.timexes, key=lambda t: t.start)
        starts = [t.start for t in order]
        for sent in doc.sentences:
            for k in range(bisect_left(starts, sent.start), bisect_left(starts, sent.end)):
                order[k].sentence = sent.index
    return doc


def date_text(text: str, published: str | None = None) -> Document:
    """Date a bare text (the ``marsad dates`` filter): ``published`` is a known day used as the anchor."""
    doc = Document(id="", body=text)
    if published:
        doc.published = published_from_anchor(published)
    else:
        doc.published = infer_published(doc)
    doc.timexes = resolve_timexes(text, doc.published)
    return doc
