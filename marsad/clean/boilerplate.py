"""Page-level boilerplate pass: title, duplicated titles, captions, related blocks, header and footer.

Line rules (:mod:`marsad.clean.lines`) say what a line looks like on its own; this
module adds what only the page shows: chrome sits above the headline and below the
article's last paragraph, a related-list heading swallows the headline-like lines
after it, a line printed twice in a row is a photo caption.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.clean.lines import (
    classify,
    ends_sentence,
    is_body,
    is_dateline,
    is_masthead,
    is_related_heading,
    words,
)
from marsad.clean.resources import fold

# How far down the page a headline may be found when no title is given.
TITLE_SEARCH_LINES = 15
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 4, 40
# Lines this short between the headline and the first paragraph are site chrome, not a lede.
HEADER_MAX_WORDS = 2
# A line holding the title plus this much of its length again (a site suffix) is still the title.
TITLE_OVERLAP = 0.8
# A sentence this long ends the search for a headline: the article has begun.
LEDE_MIN_WORDS = 6
# A name line after a masthead heading («رئيس التحرير» + «فلان الفلاني»).
MASTHEAD_NAME_MAX_WORDS = 4
# Verdicts that do not show site chrome has begun (a stray «.» or a photo credit can end an article).
WEAK_REASONS = frozenset({None, "punct", "caption", "byline", "title", "dup-title"})


@dataclass
class Line:
    """One non-blank line of the page and the verdict on it (reason None = kept as body)."""

    text: str
    reason: str | None = None


def _is_title_candidate(line: Line) -> bool:
    """A headline: a content line of 4–40 words that does not end like a sentence."""
    n = words(line.text)
    if line.reason is not None or not TITLE_MIN_WORDS <= n <= TITLE_MAX_WORDS:
        return False
    if ends_sentence(line.text):
        return False
    return not (n >= 15 and "،" in line.text)


def find_title(lines: list[Line]) -> int | None:
    """Index of the first headline-like line near the top, before any paragraph."""
    for i, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        if line.reason == "related" and is_related_heading(line.text):
            return None  # a «الأكثر قراءة» list above the story: its items are other stories' headlines
        if _is_title_candidate(line):
            return i
        if line.reason is None and ends_sentence(line.text) and words(line.text) >= LEDE_MIN_WORDS:
            return None
    return None


def same_title(a: str, b: str) -> bool:
    """Folded lines that are the same headline, allowing a short site suffix or prefix on one of them."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return bool(short) and short in long_ and len(short) >= TITLE_OVERLAP * len(long_)


def mark_title(lines: list[Line], title: str) -> tuple[str, int | None]:
    """Find or choose the title; mark its line 'title' and any repeat 'dup-title'."""
    key = fold(title) if title else ""
    index = None
    if not key:
        index = find_title(lines)
        if index is not None:
            key = fold(lines[index].text)
            title = lines[index].text.strip()
    for i, line in enumerate(lines):
        if key and same_title(fold(line.text), key):
            line.reason = "dup-title" if index is not None else "title"
            index = i if index is None else index
    if index is not None:
        lines[index].reason = "title"
    return title, index


def mark_repeated_captions(lines: list[Line]) -> None:
    """A non-title line printed twice in a row is a photo caption; a paragraph printed twice, a duplicate."""
    for a, b in zip(lines, lines[1:], strict=False):
        if a.reason not in (None, "caption") or b.reason not in (None, "caption") or words(a.text) < 3 \
                or fold(a.text) != fold(b.text):
            continue
        if is_body(a.text):
            b.reason = "duplicate"
        else:
            a.reason = b.reason = "caption"


def mark_masthead_names(lines: list[Line]) -> None:
    """The short name line right after a masthead heading belongs to the masthead."""
    for a, b in zip(lines, lines[1:], strict=False):
        if a.reason == "masthead" and is_masthead(a.text) and b.reason is None and words(b.text) <= MASTHEAD_NAME_MAX_WORDS \
                and not ends_sentence(b.text):
            b.reason = "masthead"


def _opens_story(lines: list[Line], i: int) -> bool:
    """A dateline («القاهرة في 6 مارس 2024 (أ ش أ)») right above a paragraph: the story starts here.

    A dated sidebar headline («أسعار الذهب اليوم - 9 أبريل 2024») has the same shape but no paragraph under it.
    """
    return is_dateline(lines[i].text) and i + 1 < len(lines) and lines[i + 1].reason is None \
        and is_body(lines[i + 1].text)


def mark_related_blocks(lines: list[Line]) -> None:
    """After a related/read-more heading, headline-like lines are list items until a paragraph.

    A comment heading («التعليقات», «أضف تعليقك») also ends the list: the dated lines under it are
    readers' signatures, written after the story (upper bounds), not other stories' links.
    """
    inside = False
    for i, line in enumerate(lines):
        if line.reason == "related" and is_related_heading(line.text):
            inside = True
            continue
        if not inside:
            continue
        if _is_comment_heading(line):
            inside = False
        elif line.reason is None and (is_body(line.text) or _opens_story(lines, i)):
            inside = False
        elif line.reason is None:
            line.reason = "related"


def _is_comment_heading(line: Line) -> bool:
    """A comment-list heading («التعليقات (2)», «تعليقات الزوار», «أضف تعليقك»), not a bare number line.

    A lone number is also filed as a comment count, but a page number or a list item looks the same.
    """
    if line.reason == "comment-form":
        return True
    return line.reason == "comment-count" and any(not w.isdigit() for w in line.text.replace("(", " ").replace(")", " ").split())


def mark_header_footer(lines: list[Line], title_index: int | None) -> None:
    """Content-looking lines above the title, one- or two-word lines above the first paragraph,
    and lines below the article once its trailing chrome has begun, are chrome.

    Lines between the last paragraph and the first chrome line stay (a closing list, a
    credit line): only what follows recognised chrome is taken for more chrome.
    """
    if title_index is not None and (title_index >= TITLE_SEARCH_LINES or any(
            line.reason is None and is_body(line.text) for line in lines[:title_index])):
        title_index = None  # the headline is not at the top (an extractor's order, a verse equal to it)
    for i in range(title_index or 0):
        if lines[i].reason is None:
            lines[i].reason = "header"
    start = 0 if title_index is None else title_index + 1
    body = [i for i in range(start, len(lines)) if lines[i].reason is None and is_body(lines[i].text)]
    if not body:
        return
    for i in range(start, body[0]):
        if lines[i].reason is None and words(lines[i].text) <= HEADER_MAX_WORDS:
            lines[i].reason = "header"  # a logo, site or section name above the article
    cut = next((i for i in range(body[0] + 1, len(lines)) if _is_comment_heading(lines[i])), None)
    if cut is not None:
        # readers' comments worded as sentences look like paragraphs: the article ends at their heading
        for i in range(cut + 1, len(lines)):
            if lines[i].reason is None:
                lines[i].reason = "footer"
        body = [i for i in body if i < cut]
    tail = [i for i in range(body[-1] + 1, len(lines)) if lines[i].reason not in WEAK_REASONS]
    for i in range(tail[0] + 1 if tail else len(lines), len(lines)):
        if lines[i].reason is None:
            lines[i].reason = "footer"


def classify_page(texts: list[str], title: str = "") -> tuple[list[Line], str]:
    """Verdicts for every non-blank line of a page, and the page title (given or found)."""
    lines = [Line(t.strip(), classify(t)) for t in texts if t.strip()]
    title, index = mark_title(lines, title)
    mark_repeated_captions(lines)
    mark_masthead_names(lines)
    mark_related_blocks(lines)
    mark_header_footer(lines, index)
    return lines, title
