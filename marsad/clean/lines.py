"""Line-level boilerplate rules: each function recognises one family of site chrome in a single line.

Rules see one line at a time; page-level context (title, related blocks, where the
article starts and ends) is handled in :mod:`marsad.clean.boilerplate`.
"""

from __future__ import annotations

import re

from marsad.clean.outlets import is_self_reference
from marsad.clean.pagedates import find_dates, is_date_only
from marsad.clean.resources import fold, folded_list, folded_set

# A line this long is a paragraph whatever its punctuation.
PARAGRAPH_WORDS = 25
# The shortest full sentence (ending in a full stop) taken for a paragraph.
SHORT_SENTENCE_WORDS = 6
# Widgets and comment counts are never longer.
WIDGET_MAX_WORDS = 10
# A line this long is an article paragraph: phrase rules never drop it.
LONG_LINE_WORDS = 20
# No chrome rule applies to a line this long (read-more links are the longest chrome).
MAX_CHROME_WORDS = 30
# A render-date line («آخر تحديث: السبت 20 أيار 2023 - 10:30 ص») is never longer.
DATE_LINE_MAX_WORDS = 12
_HAS_DIGIT = re.compile(r"\d")
# A full sentence this long is a paragraph even when it opens with «ادعموا» or «تابعوا».
BODY_GUARD_WORDS = 12
# Phrases inside a line (not at its start) only count on lines this short.
SHORT_LINE_WORDS = 8
_SENTENCE_END = re.compile(r"(?<![.…])[.!؟?]['\"”’»)]*$")
_SEPARATORS = re.compile(r"\s*[|•·/×☰≡»›>]\s*")
# A byline is short: «كتب: أحمد علي», «بقلم: سارة منصور».
BYLINE_MAX_WORDS = 6
_DIGITS = re.compile(r"^[\d\s]+$")
_CLOSERS = " '\"”’»)"
# A wire dateline before an agency credit: a place of at most three words, a day number, then only date words
# («مكة المكرمة 8 ذو الحجة 1445 هـ (واس)», «عمّان 29 تشرين الثاني (بترا)»): the story's date, not a photo credit.
_DATELINE_BEFORE_CREDIT = re.compile(r"^[^\d\s()]+(?:\s+[^\d\s()]+){0,2}\s*[-–—،,:]?\s*(?:في\s+)?"
                                     r"\d{1,2}\s+[^\W\d]+(?:\s+[^\W\d]+)?(?:\s+\d{2,4})?(?:\s*هـ?\.?)?"
                                     r"(?:\s+الموافق\s+\d{1,2}\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+\d{4}(?:\s*م\.?)?)?\s*$")


def words(line: str) -> int:
    """Number of words in the folded line."""
    return len(fold(line).split())


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (a single . ! ؟), not a headline or an ellipsis."""
    return bool(_SENTENCE_END.search(line.strip()))


def is_body(line: str) -> bool:
    """A line that reads as an article paragraph: long, or a full sentence with punctuation."""
    n = words(line)
    if n >= PARAGRAPH_WORDS:
        return True
    if n >= BODY_GUARD_WORDS and ("،" in line or "," in line or ends_sentence(line)):
        return True
    # Short lines count only with a full stop: «...ماذا تغير؟» and «...الجديدة!» are headlines and appeals.
    return n >= SHORT_SENTENCE_WORDS and ends_sentence(line) and line.rstrip(_CLOSERS).endswith(".")


def _has_phrase(line: str, family: str) -> bool:
    """A phrase of ``family`` starts the line (short line) or appears in a very short line."""
    text, n = fold(line), words(line)
    if n >= LONG_LINE_WORDS:
        return False
    padded = f" {text} "
    for phrase in folded_list("boilerplate", family):
        if text == phrase or text.startswith(phrase + " "):
            return True
        if n <= SHORT_LINE_WORDS and f" {phrase} " in padded:
            return True
    return False


def is_related_heading(line: str) -> bool:
    """A heading that opens a related/read-more list («مقالات متعلقة», «قد تحب أيضا»)."""
    return fold(line) in folded_set("boilerplate", "related_headings")


def is_read_more_link(line: str) -> bool:
    """An inline link «اقرأ المزيد: headline» / «اقرأ أيضاً - headline» inside the article."""
    text = fold(line)
    if words(line) >= MAX_CHROME_WORDS or not re.search(r"[:：\-–—]", line):
        return False
    return any(text.startswith(h + " ") for h in folded_list("boilerplate", "related_headings"))


def is_comment_count(line: str) -> bool:
    """A line holding only a number or a comment count («0», «3 تعليقات», «لا توجد تعليقات»)."""
    text = fold(line)
    if not text:
        return False
    if _DIGITS.match(text):
        return True
    rest = re.sub(r"\d+", " ", text).strip()
    return rest in folded_set("boilerplate", "comment_count_words")


def is_widget(line: str) -> bool:
    """Font-size and share widgets: «ع ع ع», «A A A», «شارك تويتر فيسبوك واتساب»."""
    tokens = fold(line).split()
    if len(tokens) >= 2 and all(len(t) == 1 for t in tokens):
        return True
    share = folded_set("boilerplate", "share_words")
    return 0 < len(tokens) <= WIDGET_MAX_WORDS and all(t in share for t in tokens)


def is_nav(line: str) -> bool:
    """A navigation strip: many menu words in a row, no sentence punctuation."""
    if re.search(r"[،؛.!؟?]", line.strip().rstrip(".")):
        return False
    parts = [p for p in _SEPARATORS.split(line.strip()) if p.strip()]
    labels = folded_set("boilerplate", "section_labels")
    menu = folded_set("boilerplate", "menu_words")
    if len(parts) >= 2 and all(fold(p) in labels or all(_menu_word(t, menu) for t in fold(p).split()) for p in parts):
        return True
    tokens = fold(line).split()
    hits = sum(_menu_word(t, menu) for t in tokens)
    marked = line.lstrip()[:1] in "×☰≡|•"
    return hits >= 4 and hits / max(len(tokens), 1) >= 0.45 or (marked and hits >= 3)


def _menu_word(token: str, menu: frozenset[str]) -> bool:
    """A menu word, also with the conjunction و attached («وتحليل»)."""
    return token in menu or (token.startswith("و") and token[1:] in menu)


def is_section_label(line: str) -> bool:
    """A lone section label such as «كاريكاتير» or «تقارير وتحقيقات»."""
    return fold(line) in folded_set("boilerplate", "section_labels")


def is_masthead(line: str) -> bool:
    """A staff-box line: «رئيس مجلس الإدارة والتحرير», «رئيس التحرير: ...»."""
    text = fold(line)
    if words(line) > SHORT_LINE_WORDS:
        return False
    return any(text.startswith(p) for p in folded_list("boilerplate", "masthead_phrases"))


def is_copyright(line: str) -> bool:
    """A copyright footer: «جميع الحقوق محفوظة لصحيفة ... © 2024»."""
    if "©" in line:
        return True
    text = f" {fold(line)} "
    return any(f" {p} " in text for p in folded_list("boilerplate", "copyright_phrases"))


def is_tag_line(line: str) -> bool:
    """A tag list: «الوسوم: سوريا، العراق» / «كلمات مفتاحية: ...»."""
    head = line.split(":", 1)[0] if ":" in line else ""
    return bool(head) and fold(head) in folded_set("boilerplate", "tag_prefixes")


def is_byline(line: str) -> bool:
    """An author line: «كتب: أحمد علي», «بقلم - سارة منصور», «الكاتب: ليلى حسن | 09 يونيو 2022» (short, name
    after a byline word; a stamp after a separator is the byline's own and not counted as name words)."""
    m = re.match(r"^\s*([^\s:\-–—]+)\s*[:\-–—]\s*\S", line)
    if not m or fold(m.group(1)) not in folded_set("boilerplate", "byline_prefixes"):
        return False
    if words(line) <= BYLINE_MAX_WORDS:
        return True
    return words(_before_stamp(line)) <= BYLINE_MAX_WORDS


def _before_stamp(line: str) -> str:
    """The line up to a date that follows a «|» or a dash and ends it (the byline's stamp), else the whole line."""
    dates = find_dates(line)
    if not dates:
        return line
    start = dates[0][0]
    head = line[:start].rstrip()
    if head.endswith((" في", " فى")):  # «بواسطة: سامي خليل في 3 يوليو 2023»
        head = head[:-3].rstrip() + " |"
    if not head or head[-1] not in "|-–—،," or not is_date_only(line[start:]):
        return line
    return head.rstrip("|-–—،, ")


def is_dateline(line: str) -> bool:
    """A wire dateline on its own line: «القاهرة في 6 مارس 2024 (أ ش أ)», «دمشق - 8 كانون الأول 2024».

    It dates the story below it, so a related block or title search must not swallow it.
    """
    # «(كونا) --»: a doubled dash; «/قنا/», «/ وام /»: the agency between slashes (QNA, WAM, MENA)
    head = re.sub(r"\s*(?:\([^()]{1,40}\)|/[^/\n]{1,20}/)\s*[-–—:]*\s*$", "", line.strip())
    return _DATELINE_BEFORE_CREDIT.match(head.rstrip(" -–—:")) is not None


def is_caption_credit(line: str) -> bool:
    """A photo caption: ends with a bracketed credit «- (سبوتنيك)», «(رويترز)», or starts «صورة:»."""
    stripped = line.strip()
    if words(line) >= 40 or ends_sentence(stripped):
        return False
    if any(fold(stripped).startswith(p) for p in folded_list("boilerplate", "caption_prefixes")):
        return True
    m = re.search(r"\(([^()]{1,40})\)\s*$", stripped)
    if not m or _DATELINE_BEFORE_CREDIT.match(stripped[:m.start()].strip()):
        return False
    credit = fold(m.group(1))
    credits = folded_set("boilerplate", "caption_credits")
    return credit in credits or any(credit.startswith(c + " ") or credit.endswith(" " + c) for c in credits)


def is_labelled_date(line: str) -> bool:
    """A render date under a «today» label («اليوم: الجمعة 14 فبراير 2025», «تاريخ اليوم: …»): page chrome.

    The label is no date filler in running text («اليوم الجمعة» opens a sentence), so only a whole line of
    label and date is the page header's date (pf35-04: it had been kept as the title).
    """
    toks = line.split()
    for label in folded_list("boilerplate", "page_date_labels"):
        k = len(label.split())
        if len(toks) > k and fold(" ".join(toks[:k]).rstrip(":：|-–—،,")) == label:
            return is_date_only(" ".join(toks[k:]).lstrip(":：|-–—،, "))
    return False


def classify(line: str) -> str | None:
    """The chrome family of one line, or None when the line looks like content."""
    n = words(line)
    if n == 0:
        return "punct"
    if n >= MAX_CHROME_WORDS:
        return None
    if n <= DATE_LINE_MAX_WORDS and _HAS_DIGIT.search(line) and (is_date_only(line) or is_labelled_date(line)):
        return "page-date"
    if n <= WIDGET_MAX_WORDS and (is_comment_count(line) or is_widget(line)):
        return "comment-count" if is_comment_count(line) else "widget"
    if is_read_more_link(line) or is_related_heading(line):
        return "related"
    if n >= LONG_LINE_WORDS or (n >= BODY_GUARD_WORDS and is_body(line)):
        return None
    if is_masthead(line):
        return "masthead"
    if is_copyright(line):
        return "copyright"
    if is_tag_line(line):
        return "tags"
    if is_byline(line):
        return "byline"
    for family, reason in (("comment_form_phrases", "comment-form"), ("appeal_phrases", "appeal")):
        if _has_phrase(line, family):
            return reason
    if is_self_reference(line):
        return "self-ref"
    if is_section_label(line):
        return "section"
    if is_nav(line):
        return "nav"
    if is_caption_credit(line):
        return "caption"
    return None
