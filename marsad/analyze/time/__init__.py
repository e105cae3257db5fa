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


# A text of this many non-blank lines is read as a scraped page: its chrome is set apart first.
PAGE_LINES = 3


def date_text(text: str, published: str | None = None, *, period: tuple[str, str] | None = None) -> Document:
    """Date a bare text (the ``marsad dates`` filter): ``published`` is a known day (a page's: unless contradicted).

    A page of several lines is cleaned first, as ``marsad ingest`` cleans it, so that its
    render date, masthead and sidebar dates are page dates (upper bounds), never datelines:
    seed 001 opens on «الخميس 09 مايو 2024» over a masthead, on a 2017 article. The time
    expressions are still found in the whole text, with offsets into it.

    ``period`` is a bare-year or month metadata value as (first, last) ISO day: it bounds a page's
    interval (unless the text contradicts it) and is ignored for a single sentence, which it cannot
    anchor; when used, ``doc.meta["metadata_period"]`` holds it. With metadata given, two lines of
    which the cleaner sets one apart as dated chrome («آخر تحديث: …» over the story) are a page too, so
    the text can still contradict a crawler's stamp (pf39-12).
    """
    doc = Document(id="", body=text)
    page = _page_document(text, min_lines=2 if published or period else PAGE_LINES)
    if published and page is None:
        # A single line (a sentence to resolve) has no page evidence to weigh against the given
        # day: it is the anchor as given, so «أمس الأحد» or «الشهر المقبل» always resolve.
        doc.published = published_from_anchor(published)
    else:
        page = page or doc
        if published:
            # A page's given day is trusted unless its text contradicts it: crawlers stamp pages
            # with the day they rendered them, days or years after the story (pf39-02, pf39-12).
            # A contradicted day later than the text's evidence still closes the interval above.
            page.meta["metadata_date"] = published
        elif period and page is not doc:
            page.meta["metadata_period"] = list(period)
            doc.meta["metadata_period"] = list(period)
        doc.published = infer_published(page)
    doc.timexes = resolve_timexes(text, doc.published)
    return doc


def _page_document(text: str, min_lines: int = PAGE_LINES) -> Document | None:
    """The cleaned article of a multi-line page (body, title, page dates), or None for a short text.

    Below PAGE_LINES lines a text is a page only when the cleaner finds a dated chrome line in it.
    """
    n = sum(1 for line in text.splitlines() if line.strip())
    if n < min(min_lines, PAGE_LINES):
        return None
    from marsad.clean import clean_text

    page = clean_text(text)
    if n < PAGE_LINES and not page.page_dates:
        return None
    return page if page.body.strip() else None
