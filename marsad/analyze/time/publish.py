"""Infer a document's publication date as an honest interval, with the evidence that produced it.

Evidence, strongest first: the metadata date (trusted unless the text
contradicts it); a dateline; «اليوم» with a date («اليوم، الأربعاء 14 حزيران»:
the years where 14 June is a Wednesday); «اليوم الأربعاء» (the weekday);
«مايو الحالي» (the month); tenures of people named with a current title; page
(chrome) dates as upper bounds, including page-furniture lines in the text
(«آخر تحديث: …», «جميع الحقوق محفوظة © 2024»); full dates announced as scheduled
(«المقررة في 14 مايو 2023») as upper bounds and «منذ اندلاع … في <date>» as lower
bounds; references marked past or future. Then soft
plausibility narrowing (~10-month windows for «الماضي» / «المقبل», a past and a
next reference bracketing the date, tenure ends, the latest year mentioned among
few candidate days), each applied only when consistent. ``value`` is set only when one day
remains and a day-level signal supports it: a confident wrong date is the
worst outcome.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from types import SimpleNamespace

import numpy as np

from marsad.analyze.time.anniversary import _fold as _anniv_fold
from marsad.analyze.time.anniversary import _ordinal as _anniv_ordinal
from marsad.analyze.time.anniversary import (
    anniversaries,
    event_mentions,
    past_title_nouns,
    shift_years,
    strip_clitic,
)
from marsad.analyze.time.cues import bare_word as _bare_word
from marsad.analyze.time.cues import page_cues as _page_cues
from marsad.analyze.time.grammar import MAX_YEAR, MIN_YEAR, Expr, clause_tense, parse, past_told
from marsad.analyze.time.lexicon import fold, get_lexicon
from marsad.analyze.time.resolve import (
    gregorian_to_hijri_year,
    hijri_month_span,
    hijri_to_gregorian,
    month_end,
    resolve,
)
from marsad.analyze.time.solver import Solver, calendar_arrays, day_at, index
from marsad.analyze.time.tenure import TenureCue, tenure_cues
from marsad.analyze.time.timex import parse_iso
from marsad.model import Document, Published
from marsad.text.normalize import normalize

# A reference marked past («أكتوبر الماضي») lies within a year before publication (hard), usually
# within ~10 months (soft, kept only if consistent); the same for «المقبل» after publication.
# Tighter windows were measured to mislead on SaudiNewsNet: «نيسان القادم» is often 8–9 months ahead.
HARD_WINDOW = 366
WEEK = 7  # «السبت الماضي»: the latest Saturday, at most a week before publication
SOFT_WINDOWS = (300,)
# A dateline is a full date on one of the first lines, after at most a short place/agency prefix,
# followed by a dash, a colon, a bracket or the end of the line.
DATELINE_LINES = 3
DATELINE_PREFIX = 40
DATELINE_PREFIX_WORDS = 4
FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR = 1317, 1528  # the Hijri years of 1900–2100
# Words between «اليوم الأربعاء» and the feast it is («… اليوم الأربعاء بأول أيام عيد الفطر»), folded.
# A bare «ب» after «أمس» («احتفلت لندن أمس السبت بعيد الفطر») is read apart: a festival may follow the feast.
_FEAST_TODAY_GAP = {"ب", "بأول", "باول", "أول", "اول", "أيام", "ايام", "في", "يوم", "بيوم", "هو", "هي", "سيكون",
                    "ستكون", "يكون", "تكون"}  # «يوم غد الجمعة هو أول أيام عيد الفطر»: the copula too
# Words between a feast and the day word that says when it falls («عيد الأضحى الذي يحل غداً»), folded; one of
# the verbs must be there («كلمته بمناسبة عيد الفطر، اليوم السبت» is a speech given that day, maybe the second).
_FEAST_FALLS_VERBS = {"يحل", "تحل", "سيحل", "ستحل", "يصادف", "تصادف", "يوافق", "توافق", "هو", "هي", "سيكون",
                      "ستكون", "يكون", "تكون"}
_FEAST_FALLS_GAP = _FEAST_FALLS_VERBS | {"الذي", "التي", "الذى", "المبارك", "السعيد", "الموافق"}
TITLE_PLACE_WORDS = 2
FEAST_GAP_WORDS = 4  # «الخرطوم», «أبو ظبي»: the place heading a dateline the cleaner kept as the title
STATEMENT_DAY_LAG = 2  # «هذا اليوم» of a quoted statement: reported that day, in the next issue, or a day late
FEAST_CELEBRATED_DAYS = 14  # «احتفلت لندن أمس بعيد الفطر»: a festival for the feast, on it or up to two weeks on
_THIS_DAY = {normalize(w) for w in ("هذا", "وهذا", "بهذا")}
RECENT_WEEK_SLACK_DAYS = 14  # «الأسبوع الماضي», a bare weekday: news of the last week or two
DATELINE_AGENCY = 24  # characters after the date that may hold an agency in brackets before the dash
_DATELINE_AFTER = "-–—:|/\n"
# Soft window around the latest explicit date mentioned: [its start - before, its end + after], used
# only to choose among few candidate days (never to invent bounds for an unconstrained document).
RECENT_BEFORE_DAYS = 4 * 366
RECENT_AFTER_DAYS = 4 * 366
RECENT_MAX_CANDIDATE_DAYS = 60
# A past and a next reference this many days apart bracket the publication date.
BRACKET_DAYS = (21, 183)
# Knowledge-base tenure starts are often month-precise and titles precede the formal start.
TENURE_START_SLACK_DAYS = 31
# Page-date proximity: keep only the candidate period nearest before the page date when it ends this close.
PAGE_PROXIMITY_DAYS = 366
PAGE_PROXIMITY_MAX_PERIODS = 3  # more periods = a yearly pattern, not discrete candidates
# A relative day and a date after it, «غد الأحد (0/ شوال 1436هـ) الموافق (26/ 7/ 2015م)», are read as one
# day when at most this many characters of one clause, ending with «الموافق», or only brackets separate them.
CORRESPOND_GAP = 40
CORRESPOND_EXPRS = 2  # expressions looked at after the relative day (the garbled one, then the date)
_CLAUSE_ENDS = ".!?؟؛\n،,"
_BRACKETS = str.maketrans("()[]-–", "      ")
# A title of at most this many words besides a numeric full date is a dated feature («كاريكاتير 2015/7/21»).
TITLE_LABEL_WORDS = 2
_NUMERIC_DATE = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9 /.\-\\]+(?:م|هـ|ه)?")
_NUMERIC_DMY = re.compile(r"\d+\s*[/.\-]\s*\d+\s*[/.\-]\s*\d+")
_PUNCT_ONLY = re.compile(r"[^\w\s]|_")
# A page line that starts «آخر تحديث:» is chrome when at most this long; one with «©» or «جميع الحقوق محفوظة».
CHROME_START_LINE = 80
CHROME_MARK_LINE = 160
CHROME_TAIL_LINES = 3  # a bare «©» is a footer only on the last lines
# Days around a dateline on which a stated publication weekday may fall («اليوم الأربعاء» written the
# evening before a dateline of Thursday); outside them the two disagree and the dateline is only an upper bound.
DATELINE_WEEKDAY_SLACK = 1
# Characters before a full date searched for «المقررة في» (scheduled: publication precedes it).
SCHEDULED_CONTEXT = 30
BIRTH_GAP_WORDS = 4  # «ولد الراحل في القاهرة عام 1947»: words between the birth verb and «عام»
_ARCHIVE_WORDS = {normalize(w) for w in ("أرشيفية", "ارشيفية", "أرشيف", "ارشيف")}  # «صورة أرشيفية»
# Characters before a date searched for «منذ» (since).
SINCE_CONTEXT = 8
# «منذ» + onset noun + at most this many words ending with «في» before the date, within this many characters.
SINCE_ONSET_WORDS = 4
SINCE_ONSET_CONTEXT = 40
SINCE_EDITION_WORDS = 4  # «منذ» + event noun + one word (a place) before the year
# «القانون رقم 15 لسنة 2019», «القرار رقم (12) لعام 2020»: the year of an act cited by its number.
_CITED_ACT = re.compile(r"رقم\s*\(?\s*[\d\u0660-\u0669]{1,5}\s*\)?\s*ل?$")
# «تحل اليوم الذكرى …», «اليوم تصادف ذكرى …»: the anniversary falls on the day of publication (a commemoration,
# «أحيا … اليوم الذكرى», may be held on another day near it).
_FALLS_TODAY = re.compile(r"(?:[تي]حل|[تي]صادف|[تي]وافق|تمر)\s+اليوم\s*،?\s*$|اليوم\s*،?\s+(?:[تي]حل|[تي]صادف|[تي]وافق|تمر)\s+$")
# Present verbs that mark an anniversary now (folded): «تحل», «تصادف», «تمر», «يحيي», «نحتفل», «يستعيد», «يستذكر».
_MARKING_VERB = re.compile(r"^[وف]?[يتن](?:حل|صادف|مر|حيي|حتفل|ستعيد|ستذكر|خلد|ستحضر)(?:ون|ان)?$")
_THESE_DAYS = re.compile(r"(?:^|\s)(?:في\s+)?هذه\s+الايام(?:\s|$)")
_WAS_WORDS = frozenset(normalize(w) for w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"))
# An anniversary is marked this many days around the event's date N years on («الذكرى العاشرة …»).
ANNIVERSARY_SLACK_DAYS = 31
SIGNED_PLACE_WORDS = 3  # «الرياض», «الدار البيضاء», «أبو ظبي»: the place before «في» on a signature line
RELATED_WHERE = "related"  # :func:`marsad.clean` reason of a related-story link line
# A president-elect is so called from the election, at most this many days before the tenure begins.
ELECT_DAYS = 120
# Characters before a named office holder searched for nouns that make the title history («لمقتل قائد …»).
PAST_TITLE_CONTEXT = 60
# Characters before a yearless date searched for «يوافق» joining it to «اليوم» in one sentence.
JOINED_TODAY_CONTEXT = 25
# Words before a yearless date searched for a future verb («ستقام», «سيعقد»).
FUTURE_VERB_WORDS = 3
_FUTURE_VERB = re.compile(r"^[وف]?س[يتنا]\w{2,}$")
# Characters before a year searched for «future» cues (رؤية 2030, بحلول عام …): such years are not «mentioned past».
FUTURE_CUE_CONTEXT = 25
FUTURE_LOOKBACK_CHARS = 60  # characters before a date searched for a completed-act participle
DONE_PARTICIPLE_WORDS = 4  # «الموقعة بين البلدين خلال عام 2019»: the participle, then at most three words
BULLETIN_TITLE_WORDS = 8  # words of a bulletin title line before its date («النشرة الجوية ليوم …»)


BUDGET_CONTEXT_WORDS = 8  # words before a year searched for the budget noun it belongs to

def _ends_with(words: list[str], phrase: tuple[str, ...]) -> bool:
    """``words`` end with ``phrase``; its first word may carry a proclitic («لموازنة», «بميزانية»)."""
    n = len(phrase)
    if len(words) < n or tuple(words[len(words) - n + 1:]) != phrase[1:]:
        return False
    first = words[-n]
    return first == phrase[0] or _bare_word(first) == phrase[0]


def _budget_head(words: list[str]) -> bool:
    """The words before a year end with a budget noun, then only linking words («قانون المالية لسنة»,
    «ميزانية العام المالي», «الموازنة العامة للدولة للعام المالي»)."""
    cues = _page_cues()
    words = list(words)
    while words:
        if any(_ends_with(words, ph) for ph in cues.budget):
            return True
        if words[-1] not in cues.links and _bare_word(words[-1]) not in cues.links:
            return False
        words.pop()
    return False


def _ordinal_count(words: list[str]) -> int | None:
    """The ordinal count at the start of ``words`` («الـ53», «الثالث والخمسين»), if any."""
    got = _anniv_ordinal([_anniv_fold(w) for w in words])
    return got[0] if got else None


def _match_phrase(words: list[str], k: int, phrase: tuple[str, ...]) -> bool:
    """``phrase`` starts at ``words[k]``; its first word may carry a proclitic («بالعيد الوطني»)."""
    n = len(phrase)
    if k + n > len(words) or tuple(words[k + 1:k + n]) != phrase[1:]:
        return False
    return words[k] == phrase[0] or _bare_word(words[k]) == phrase[0]


@lru_cache(maxsize=32)
def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[int, ...]]:
    """Positions in ``phrases`` by first word, so a scan of the body tries only the phrases a word can start.

    Trying every phrase at every word (``_match_phrase`` per pair) was ~60% of the dates stage.
    """
    index: dict[str, list[int]] = {}
    for i, ph in enumerate(phrases):
        index.setdefault(ph[0], []).append(i)
    return {w: tuple(ix) for w, ix in index.items()}


def _phrases_at(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...],
                index: dict[str, tuple[int, ...]]) -> list[int]:
    """Positions, in order, of the ``phrases`` that ``_match_phrase`` finds at ``words[k]`` (same result, indexed).

    ``index`` is ``_phrase_index(phrases)``, looked up once per scan (hashing the table per word costs).
    """
    w = words[k]
    hits = index.get(w, ())
    b = _bare_word(w)
    if b != w and b in index:
        hits = sorted((*hits, *index[b]))
    return [i for i in hits if _match_phrase(words, k, phrases[i])]


def _start_positions(words: list[str], index: dict[str, tuple[int, ...]]) -> list[int]:
    """The positions where some phrase of ``index`` may start (the word or its bare form is a first word).

    Each distinct word is tested once, so the scan visits only these few positions instead of every word.
    The test is one set intersection with every form that may start a phrase (``_start_forms``), not a
    ``_bare_word`` call per distinct word of the body (~1.5% of the analysis stages).
    """
    starts = _start_forms(index).intersection(words)
    return [k for k, w in enumerate(words) if w in starts] if starts else []


_START_FORMS: dict[int, tuple[dict[str, tuple[int, ...]], frozenset[str]]] = {}


def _start_forms(index: dict[str, tuple[int, ...]]) -> frozenset[str]:
    """Every word ``w`` with ``w`` or ``_bare_word(w)`` among the first words of ``index`` (built once per index).

    ``_bare_word`` takes off one proclitic («لل» → «ال», or one of «و ب ل ف»), so the words it maps onto a
    first word ``f`` are «لل» + ``f[2:]`` and a letter of «وبلف» + ``f``; each is kept only when
    ``_bare_word`` really gives a first word, so membership is exactly the per-word test.
    """
    got = _START_FORMS.get(id(index))
    if got is not None and got[0] is index:
        return got[1]
    firsts = index.keys()
    forms = set(firsts)
    for f in firsts:
        for w in ("لل" + f[2:] if f.startswith("ال") else "", *(c + f for c in "وبلف")):
            if w and _bare_word(w) in firsts:
                forms.add(w)
    if len(_START_FORMS) >= 64:  # ``_phrase_index`` keeps 32 indexes alive
        _START_FORMS.clear()
    _START_FORMS[id(index)] = (index, frozenset(forms))
    return _START_FORMS[id(index)][1]


def _fmt(d: date | None) -> str:
    """ISO day or «?»."""
    return d.isoformat() if d else "?"


def _expr_days(e: Expr) -> np.ndarray | None:
    """Mask of days the (day-level) expression can denote across all years: weekday-consistent."""
    year, month, day, weekday = calendar_arrays()
    if e.hijri:
        return None
    m = (month == e.m) & (day == e.d)
    if e.y is not None:
        m &= year == e.y
    if e.wd is not None:
        m &= weekday == e.wd
    return m


def _hijri_day(e: Expr) -> date | None:
    """Gregorian day of a full Hijri date; with a weekday, the neighbour that matches it.

    Local month starts differ from Umm al-Qura by a day; the weekday written beside the
    date settles which day was meant. A weekday matching no neighbour means no answer.
    """
    if e.y is None:
        return None
    g = hijri_to_gregorian(e.y, e.m, e.d)
    if g is None or e.wd is None:
        return g
    return next((c for c in (g, g - timedelta(days=1), g + timedelta(days=1)) if c.weekday() == e.wd), None)


@lru_cache(maxsize=64)
def _hijri_yearless_days(m: int, d: int, wd: int | None) -> tuple[date, ...]:
    """Gregorian days of Hijri day ``d`` of month ``m`` in every convertible Hijri year.

    With a weekday, the day or its neighbour that falls on it (local month starts differ
    by a day), as :func:`_hijri_day` does for a full date.
    """
    first = gregorian_to_hijri_year(date(MIN_YEAR, 1, 1)) or 1300
    last = gregorian_to_hijri_year(date(MAX_YEAR, 12, 31)) or 1530
    out = []
    for y in range(first, last + 1):
        g = _hijri_day(Expr(0, 0, "date", y=y, m=m, d=d, wd=wd, hijri=True))
        if g is not None:
            out.append(g)
    return tuple(out)


def _shift(mask: np.ndarray, days: int) -> np.ndarray:
    """Mask moved ``days`` later."""
    out = np.zeros_like(mask)
    if days >= 0:
        out[days:] = mask[:len(mask) - days]
    else:
        out[:days] = mask[-days:]
    return out


@lru_cache(maxsize=32)
def _feast_mask(m: int, d: int, hijri: bool) -> np.ndarray:
    """Every day a feast falls on, 1900–2100; a Hijri one with the day either side (local sightings differ)."""
    year, month, day, _ = calendar_arrays()
    if not hijri:
        return (month == m) & (day == d)
    out = np.zeros_like(month, dtype=bool)
    for hy in range(FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR + 1):
        g = hijri_to_gregorian(hy, m, d)
        if g is not None and date(1900, 1, 2) <= g <= date(2100, 12, 30):
            out[index(g) - 1:index(g) + 2] = True
    out.flags.writeable = False
    return out


@lru_cache(maxsize=32)
def _current_month_day_mask(d: int, wd: int, offset: int | None) -> np.ndarray:
    """«الخميس 12 من الشهر الجاري»: the months (Gregorian or Hijri: «الجاري» may be either) whose day ``d``
    is a ``wd``; with ``offset`` («أمس السبت الأول من الشهر الجاري»), the publication days instead, the
    dated day plus -``offset``. A Hijri day may fall a day either side (local sightings differ)."""
    year, month, day, weekday = calendar_arrays()
    hits = (day == d) & (weekday == wd)
    if offset is None:
        key = year * 12 + month
        out = np.isin(key, np.unique(key[hits]))
    else:
        out = _shift(hits, -offset)
    for hy in range(FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR + 1):
        for hm in range(1, 13):
            g = hijri_to_gregorian(hy, hm, d)
            if g is None or not date(1900, 1, 8) <= g <= date(2100, 12, 24):
                continue
            near = [g + timedelta(days=k) for k in (-1, 0, 1) if (g + timedelta(days=k)).weekday() == wd]
            if not near:
                continue
            if offset is None:
                sp = hijri_month_span(hy, hm)
                if sp:
                    out[index(sp[0]) - 1:index(sp[1]) + 2] = True
            else:
                for x in near:
                    out[index(x) - offset] = True
    out.flags.writeable = False
    return out


def _windows(s: Solver, spans: list[tuple[date, date]], before: int, after: int) -> np.ndarray:
    """Union over spans of [start - before, end + after] (days relative to each span)."""
    return s.union([(_minus(a, before), _plus(b, after)) for a, b in spans])


def _plus(d: date, days: int) -> date | None:
    """``d`` + days, None past the calendar's end."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def _minus(d: date, days: int) -> date | None:
    """``d`` - days, None before the calendar's start."""
    try:
        return d - timedelta(days=days)
    except OverflowError:
        return None


def _ref_spans(e: Expr) -> list[tuple[date, date]]:
    """The months a yearless past/next reference can fall in, for every year in range.

    Month-level on purpose: «28 حزيران الماضي» says June is over (on 30 June one writes
    «28 حزيران الجاري»), «20 آب المقبل» says August has not begun.
    """
    if e.y is not None:
        r = resolve(Expr(e.i, e.j, "month", y=e.y, m=e.m), None)
        return [(r.earliest, r.latest)] if r else []
    return _month_spans(e.m)


@lru_cache(maxsize=12)
def _month_spans(m: int) -> list[tuple[date, date]]:
    """Month ``m`` of every year in range."""
    return [(date(y, m, 1), month_end(y, m)) for y in range(MIN_YEAR, MAX_YEAR + 1)]


AGENCY_WORDS = 3  # «قنا»، «أ ف ب»، «د ب أ»: an agency between a place and a dateline's day


def _place_comma(prefix: str) -> bool:
    """The prefix is a place name and a comma («بغداد، », «الرياض، »): the commonest dateline head."""
    head, comma, rest = prefix.partition("،")
    if rest.strip() and rest.rstrip().endswith("،") and len(rest.split()) <= AGENCY_WORDS:
        rest = ""  # «الدوحة، قنا، 14 مارس 2021 -»: the agency (or «مراسلون») between two commas
    if not comma or rest.strip() or not head.strip():
        return False
    try:
        from marsad.kb import get_kb

        kb = get_kb()
        ids = kb.alias_index().get(normalize(head.strip())) or []
    except Exception:  # noqa: BLE001 - no knowledge base: no comma datelines
        return False
    return any(kb.entities[i].type in ("place", "country") for i in ids if i in kb.entities)


_AGENCY_AFTER = re.compile(r"[ \t]*(?:/[^/\n]{1,14}/|\([^()\n]{1,14}\))")


def _is_dateline(e: Expr, body: str) -> bool:
    """A full date opening one of the first lines, after at most a place or agency («بغداد - 14 حزيران 2017 -»).

    Not a date inside a sentence («نشرت «المدينة» يوم 18/9/1436هـ (5/7/2015م) استطلاعًا»): the prefix is
    at most a few words with no verb-like preposition, and a dash, colon or line end follows.
    """
    line_start = body.rfind("\n", 0, e.start) + 1
    if body.count("\n", 0, line_start) > DATELINE_LINES:
        return False
    prefix = body[line_start:e.start]
    words = normalize(prefix).split()
    if len(prefix) > DATELINE_PREFIX or "." in prefix:
        return False
    if _outlet_place(prefix):  # «روداو - أربيل، 10 حزيران 2014», «تلفزيون سوريا - إدلب | 5 آذار 2020»
        after = body[e.end:e.end + DATELINE_AGENCY].strip(" \t")
        return not after or after[0] in _DATELINE_AFTER or _clock_or_update(after)
    if len(words) > DATELINE_PREFIX_WORDS:
        return False
    core = prefix.rstrip()[:-2] if words and words[-1] == "في" else prefix  # «المنامة، في 5 مايو/ بنا /»
    if "،" in prefix and not (_place_comma(core) or _one_word_dash_dateline(e, words, body)):
        return False  # «قال الوزير، 14 …»; but «بغداد، الأربعاء 14 أكتوبر 2020 –» is a dateline
    agency = _AGENCY_AFTER.match(body, e.end)
    if words and words[-1] == "في" and _place_comma(prefix.rsplit("في", 1)[0].strip() + "،"):
        # «القاهرة في 14 فبراير 2019 /أ ش أ/», «الدوحة في 18 ديسمبر -»: a place heads the dateline
        rest = body[e.end:e.end + DATELINE_AGENCY].lstrip(" \t")
        if agency or (rest and rest[0] in "-–—"):
            return True  # «القاهرة في 14 فبراير 2019 /أ ش أ/»: the MENA agency dateline, headed by a place
    lex = get_lexicon().words
    published_line = any(fold(prefix.strip(" \t:-")).lower() == w for w in lex["published_line_starts"])
    if not published_line and any(w in lex["dateline_not_prefix"] for w in words):
        return False  # but «نشر في: 14/03/2023» and «نشر بتاريخ 14/3/2023» head the page
    after = body[e.end:e.end + DATELINE_AGENCY].strip(" \t")
    if after.startswith("(") and ")" in after:  # «الرياض، 5 مايو 2019 (واس) -»: the agency, then the dash
        after = after[after.index(")") + 1:].strip(" \t")
    elif _BARE_AGENCY.match(after):  # «الرياض 15 شعبان 1446 هـ الموافق 14 فبراير 2025 م واس -»
        after = after[_BARE_AGENCY.match(after).end():]
    elif _LINE_END_AGENCY.match(after) and words and _place_comma(body[line_start:e.start].split(maxsplit=1)[0] + "،"):
        after = ""  # «الرياض 20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024 م واس» on a line of its own
    return not after or after[0] in _DATELINE_AFTER or _clock_or_update(after)


# An agency of short words ending the dateline's line, where the story starts on the next one.
_LINE_END_AGENCY = re.compile(r"(?:م\s+)?[^\W\d_]{1,4}(?:\s[^\W\d_]{1,4}){0,2}[ \t]*(?:\n|$)")
# An agency named without brackets between a heading date and its dash: a word or two, at most 12 letters
# («واس», «و م ع», «أ ف ب»), after an optional era mark «م».
_BARE_AGENCY = re.compile(r"(?:م\s+)?(?=[^\n\-–—]{2,12}\s*[-–—])(?:[^\W\d_]+\s?){1,3}\s*(?=[-–—])")


def _place_agency(prefix: str) -> bool:
    """«بغداد - واع -», «القاهرة - أ ش أ -»: a place, then an agency of short words, set off by dashes.

    What heads an agency's dateline line; a render stamp names a site, never a place and an agency.
    """
    cells = [c.strip() for c in _DASH_CELLS.split(prefix.strip(" \t-–—:"))]
    if len(cells) != 2 or not cells[0] or len(cells[0].split()) > TITLE_PLACE_WORDS:
        return False
    agency = normalize(cells[1].strip("()/ ")).split()
    if not agency or len(agency) > AGENCY_WORDS or any(len(w) > 4 for w in agency):
        return False
    return _place_comma(cells[0] + "،")


_PLACE_SEPARATORS = "-–—:،/"
_OUTLET_CELLS = re.compile(r"\s[-–—]+\s")
OUTLET_WORDS = 3  # «تلفزيون سوريا», «عنب بلدي», «روداو»: a site's name in a byline


def _outlet_place(prefix: str) -> bool:
    """«روداو - أربيل، », «تلفزيون سوريا - إدلب | », «إدلب - تلفزيون سوريا - »: a site's byline heading its day.

    Syrian and Iraqi sites open the story with their name and the place, set off by a dash, then the day
    after a comma, a bar or a dash. Exactly two short cells, one of them a place the gazetteer knows;
    a breadcrumb («الرئيسية | سوريا |») uses bars only, never the dash between the cells.
    """
    head = prefix.rstrip(" \t")
    if not head or head[-1] not in "-–—|،":
        return False
    cells = [c.strip() for c in _OUTLET_CELLS.split(head.rstrip("-–—|، \t"))]
    if len(cells) != 2 or not all(cells) or any(len(c.split()) > OUTLET_WORDS or any(ch.isdigit() for ch in c)
                                                 for c in cells):
        return False
    return sum(_place_comma(c + "،") for c in cells) == 1


def _dash_place(prefix: str) -> bool:
    """«إدلب – », «موسكو - », «الرباط: », «بيروت، », «بغداد / »: a place of a word or two set off from the day.

    A dash, a colon, a comma or a slash: each press sets its dateline's head off its own way (Moroccan
    and Gulf papers favour the colon, Levantine ones the comma).
    """
    head = prefix.rstrip(" \t")
    if not head or head[-1] not in _PLACE_SEPARATORS:
        return False
    place = head.rstrip(_PLACE_SEPARATORS + " \t")
    return bool(place) and len(place.split()) <= TITLE_PLACE_WORDS and _place_comma(place + "،")


def _place_fi(prefix: str) -> bool:
    """«بيروت في », «عمان في »: a place and «في» heading the day, the MENA and Levantine dateline head."""
    words = prefix.split()
    if len(words) < 2 or normalize(words[-1]) != "في":
        return False
    place = " ".join(words[:-1]).strip(" \t" + _PLACE_SEPARATORS)
    return bool(place) and len(place.split()) <= TITLE_PLACE_WORDS and _place_comma(place + "،")


_DASH_CELLS = re.compile(r"\s[-–—]+\s|\s*[-–—]{2,}\s*")


def _one_word_dash_dateline(e: Expr, words: list[str], body: str) -> bool:
    """«مومباي، 20-06-2023 - …»: one word (a place the gazetteer may lack), a comma, a dated day and a dash."""
    if len(words) != 1 or e.y is None or e.d is None:
        return False
    rest = body[e.end:e.end + DATELINE_AGENCY].lstrip(" \t")
    return bool(rest) and rest[0] in "-–—"


def _clock_or_update(after: str) -> bool:
    """Text after a heading date that keeps it a heading: a clock time («10:22 ص», «الساعة 10») or «آخر تحديث»."""
    folded = fold(after).lower()
    starts = get_lexicon().words["chrome_line_starts"]
    # «2024-10-15T14:32:00+03:00»: the clock of an ISO timestamp (a meta line the cleaner kept) follows a «T»
    return bool(_CLOCK.match(after.removeprefix("T"))) or folded.startswith(fold("الساعة")) \
        or any(folded.startswith(w) for w in starts)


_CLOCK = re.compile(r"[\d\u0660-\u0669]{1,2}\s*:\s*[\d\u0660-\u0669]{2}")


def _swappable(e: Expr) -> bool:
    """A numeric full date with a weekday whose day and month could have been swapped («10/4/1436» for 4/10)."""
    return (e.y is not None and e.wd is not None and e.d is not None and e.m is not None and e.d != e.m
            and e.d <= 12 and bool(_NUMERIC_DMY.search(e.text)))


def _swapped(e: Expr) -> Expr:
    """The same expression with day and month exchanged."""
    return Expr(e.i, e.j, e.kind, y=e.y, m=e.d, d=e.m, wd=e.wd, hijri=e.hijri, today=e.today, offset=e.offset)


def _day_on_weekday(x: Expr, wd: int) -> date | None:
    """The day of a full date if it falls on weekday ``wd`` (a Hijri one: or its neighbour that does)."""
    if x.hijri:
        return _hijri_day(Expr(0, 0, "date", y=x.y, m=x.m, d=x.d, wd=wd, hijri=True))
    r = resolve(x, None)
    return r.earliest if r is not None and r.earliest.weekday() == wd else None


def _correspond_gap(gap: str) -> bool:
    """Text between a relative day and a date that makes them one day: brackets, or «… الموافق» in one clause."""
    if len(gap) > CORRESPOND_GAP or any(c in gap for c in _CLAUSE_ENDS):
        return False
    words = normalize(gap.translate(_BRACKETS)).split()
    return not words or words[-1] in get_lexicon().words["correspond_words"]


def _chrome_line(line: str, tail: bool) -> bool:
    """A page-furniture line («آخر تحديث: الخميس 09 مايو 2024», «جميع الحقوق محفوظة © 2024»): its dates bound only.

    A bare «©» counts only on the last lines (``tail``) and never in a photo credit («صورة أرشيفية © 2015»):
    an archive photo is older than the story.
    """
    folded = fold(line.strip()).lower()
    words = get_lexicon().words
    if len(folded) <= CHROME_START_LINE and any(folded.startswith(w) and _stamp_follows(folded[len(w):])
                                                for w in words["chrome_line_starts"]):
        return True
    if len(folded) > CHROME_MARK_LINE or not tail:
        return False  # «قانون حقوق النشر» in a story line is no footer
    if any(w in folded for w in words["chrome_line_marks"]):
        return True
    if "©" not in folded:
        return False
    tokens = set(re.findall(r"\w+", folded))
    return not any(w in tokens if " " not in w else w in folded for w in words["photo_credit_words"])


def _stamp_follows(rest: str) -> bool:
    """After «آخر تحديث» comes a stamp (a colon, a dash, digits or a date), not prose («تحديث الخطة الوطنية»)."""
    rest = rest.lstrip()
    if not rest or rest[0] in ":-–—|/" or rest[0].isdigit():
        return True
    exprs = parse(rest)
    return bool(exprs) and exprs[0].start == 0


def _tail_start(body: str) -> int:
    """Offset where the last CHROME_TAIL_LINES non-blank lines of ``body`` begin (the page footer, if any)."""
    starts, pos = [], 0
    for line in body.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    return starts[-CHROME_TAIL_LINES] if len(starts) >= CHROME_TAIL_LINES else 0


def _chrome_spans(body: str, tail: int) -> list[tuple[int, int]]:
    """(start, end) of every page-furniture line of ``body``."""
    out, pos, story = [], 0, False
    for line in body.split("\n"):
        if line.strip() and (_chrome_line(line, pos >= tail) or (story and _published_stamp_line(line))):
            out.append((pos, pos + len(line)))
        story = story or len(line.strip()) > CHROME_START_LINE
        pos += len(line) + 1
    return out


def _published_stamp_line(line: str) -> bool:
    """«نشرت في : الإثنين 23 نوفمبر 2026» below the story: a footer stamp, so an upper bound like «آخر تحديث».

    Above the story such a line is the page's dateline (:func:`_is_dateline`); below it, the past verb
    «نشرت» must not make its date a told past (a lower bound), and a footer may carry the render day.
    """
    folded = fold(line.strip()).lower()
    return len(folded) <= CHROME_START_LINE and any(
        folded.startswith(w) and _stamp_follows(folded[len(w):]) for w in get_lexicon().words["published_line_starts"])


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _yearless_day_mask(e: Expr) -> np.ndarray:
    """Days a yearless Gregorian dateline («القاهرة - 3 يوليو (رويترز) -») allows: that day or the next, any year."""
    m = _expr_days(e)
    return m | _shift(m, 1)


# A headline or site name before a stamp date is at most this long (characters, words).
STAMP_PREFIX = 80
STAMP_PREFIX_WORDS = 10
STRIP_CELL_WORDS = 5  # words in one cell of a «|»-separated furniture strip
MASTHEAD_WORDS = 3  # a site name before a heading stamp («أخبار الخليج |»); longer, it is a headline
_STAMP_SEPARATORS = " \t-–—|:/،,()[]"


# An update stamp («آخر تحديث», «تم تحديثه», «محدث»): it may be years after the story first appeared.
_UPDATE_CUE = re.compile(r"تحديث|محدث|تعديل")

# The piece a page translates or reposts, and its publication («نُشر المقال الأصلي …», «للمرة الأولى»).
_ORIGINAL_CUE = re.compile(normalize(r"(?:المقال|النص|التقرير|المادة)\s+(?:ال)?(?:اصلي|اصلية|أصلي|أصلية)|للمرة الأولى|لأول مرة"))
_PUBLISHED_VERB = re.compile(normalize(r"(?<!\w)(?:و?نشر|و?نشرت|و?صدر|و?صدرت)(?!\w)"))

_BARE = "bare"  # :func:`_stamp_line`: a bare date line, a stamp only when the story has its own dateline


def _stamp_line(e: Expr, body: str) -> bool | str:
    """A Gregorian full date standing alone on its line, with at most a site name or a headline before it.

    «الاثنين 23 نوفمبر 2026 | 12:40 م», «أخبار الخليج | الأحد 19 مايو 2024», «سانا - السبت 22 تشرين الثاني
    2025», «… - آخر تحديث 09:15»: a render or edition stamp, or a sidebar headline's date — page chrome,
    never the article's own dateline. A place before it («بغداد - 14 حزيران 2017») or a label
    («نشر في: …») keeps it a dateline; so does any text after it on its line (the story itself).
    """
    if e.hijri or e.y is None or e.d is None or e.kind != "date":
        return False
    line_start = body.rfind("\n", 0, e.start) + 1
    line_end = body.find("\n", e.end)
    line_end = len(body) if line_end < 0 else line_end
    if _furniture_strip(body[line_start:line_end]) and not _labelled(body[line_start:e.start]):
        return True  # «طقس اليوم | الاثنين 23 نوفمبر 2026 | 18 درجة», «الرئيسية | أخبار عربية | …»
    rest = body[e.end:line_end].strip(_STAMP_SEPARATORS)
    if rest and not _clock_or_update(rest):
        return False
    rest = _CLOCK.sub("", rest).strip(_STAMP_SEPARATORS + "صمAPMapm.")
    if rest and not _clock_or_update(rest):
        return False
    prefix = body[line_start:e.start].strip(_STAMP_SEPARATORS)
    if not prefix:
        # a bare date heading the page is the story's own dateline («2022-05-21 09:40»), unless it sits
        # in a strip of page furniture («الاثنين 23 نوفمبر 2026 | 12:40 م») or the story has its own
        # dateline below it (see :func:`_stamp_spans`)
        return "|" in body[line_start:line_end] or _BARE
    if len(prefix) > STAMP_PREFIX or len(prefix.split()) > STAMP_PREFIX_WORDS or any(c in prefix for c in ".؟!؛"):
        return False  # the end of a sentence of the story («تعرض الحلقة اليوم الجمعة الموافق 24 - 7 - 2015»)
    if _labelled(prefix):
        return False
    if fold(prefix).lower().split()[-1] == "في" or _place_comma(prefix.split("|")[-1].split(" - ")[-1].strip() + "،") \
            or _place_agency(prefix.split("|")[-1]):
        return False  # «القاهرة في 5 ديسمبر 2022», «بغداد - 14 حزيران 2017», «بغداد - واع - الأحد 20 …»
    return True


def _title_stamp(e: Expr, title: str) -> bool:
    """A title that is a render stamp: a weekday's full date (or one before a clock), alone or after a site name.

    «هسبريس | الإثنين 23 نونبر 2026 - 10:05», «الإثنين 23 نونبر 2026»; never a headline ending on a date
    («بوتفليقة يهنئ السيسي بذكرى ثورة 23 يوليو 1952»): a site name is at most MASTHEAD_WORDS words set off
    by «|» or a dash.
    """
    if e.kind != "date" or (e.hijri and e.wd is None) or e.y is None or e.d is None or e.today or e.offset:
        return False  # a Hijri stamp only with its weekday («الثلاثاء 1445/06/20 هـ»), which checks the calendar
    after = title[e.end:].strip(_STAMP_SEPARATORS + ("هـ" if e.hijri else ""))
    if after and not _clock_or_update(after) and not _same_hijri_day(e, after):
        return False
    if e.wd is None and not after:
        return False  # «23 يوليو 1952» alone may be a feature's title, not a stamp
    before = title[:e.start].rstrip(" \t")
    if not before:
        return True
    if before[-1] not in "|-–—":
        return False
    return 0 < len(before.rstrip("|-–— \t").split()) <= MASTHEAD_WORDS


def _same_hijri_day(e: Expr, after: str) -> bool:
    """«الأحد 23 يونيو 2019 م - 20 شوال 1440 هـ»: what follows the Gregorian day is that day in the Hijri calendar.

    An edition stamp in both calendars (Saudi and Gulf papers) is a stamp like a clock after the date.
    """
    rest = re.sub(r"^\s*م(?!\w)", "", after).strip(_STAMP_SEPARATORS)
    if e.hijri:  # «الأربعاء 10 رمضان 1445هـ الموافق 20 مارس 2024م»: the Hijri day first, then its Gregorian one
        words = rest.split()
        if not words or normalize(words[0]) not in {normalize(w) for w in get_lexicon().words["correspond_words"]}:
            return False
        rest = rest[len(words[0]):].strip(_STAMP_SEPARATORS)
    xs = parse(rest)
    if len(xs) != 1 or xs[0].hijri == e.hijri or xs[0].y is None or xs[0].d is None or xs[0].kind != "date":
        return False
    if rest[xs[0].end:].strip(_STAMP_SEPARATORS + ("م" if e.hijri else "هـ")).strip():
        return False
    g, h = resolve(e, None), resolve(xs[0], None)
    if g is None or h is None:
        return False
    # a sighted month may start a day after the Umm al-Qura one
    return g.earliest == h.earliest or (e.hijri and abs((g.earliest - h.earliest).days) <= 1)


def _labelled(prefix: str) -> bool:
    """«نشر في», «تاريخ النشر» before a date: the page's own publication stamp."""
    folded = fold(prefix.strip(_STAMP_SEPARATORS)).lower()
    return any(folded == w or folded.startswith(w + " ") or folded.endswith(" " + w)
               for w in get_lexicon().words["published_line_starts"])


def _furniture_strip(line: str) -> bool:
    """A line of short «|»-separated cells (breadcrumbs, weather, clock): page furniture, not a story line."""
    cells = [c.strip() for c in line.split("|")]
    return len(cells) >= 3 and all(len(c.split()) <= STRIP_CELL_WORDS for c in cells)


def _stamp_spans(body: str, exprs: list[Expr]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Lines holding a stamp date (:func:`_stamp_line`): those heading the page, and those after its first text.

    A stamp above the story (a render or edition date) bounds publication from above; one further down
    (a sidebar or related headline, a comment) may be older or newer than the story and bounds nothing.
    """
    head, side = [], []
    first_text = None
    pos = 0
    for line in body.split("\n"):
        if line.strip() and first_text is None and len(line) > CHROME_START_LINE:
            first_text = pos
        pos += len(line) + 1
    hijri_lines = {body.rfind("\n", 0, e.start) for e in exprs if e.hijri}
    kinds = {id(e): _stamp_line(e, body) for e in exprs}
    for e in exprs:
        if body.rfind("\n", 0, e.start) in hijri_lines or not kinds[id(e)]:
            continue  # a Hijri heading with its Gregorian day is the edition's date line, kept as a dateline
        if kinds[id(e)] == _BARE and not any(
                x.start > e.end and not kinds[id(x)] and x.kind == "date" and x.d is not None
                and (_is_dateline(x, body) or (x.today and x.m is not None)) for x in exprs[:8]):
            continue  # the story's own dateline or «اليوم الثلاثاء 14 مارس» below it makes the bare heading chrome
        a = body.rfind("\n", 0, e.start) + 1
        b = body.find("\n", e.end)
        span = (a, len(body) if b < 0 else b)
        # a headline before the date («عاجل: … - 20 نوفمبر 2026») is another story's, at the top as below
        titled = (len(body[a:e.start].strip(_STAMP_SEPARATORS).split()) > MASTHEAD_WORDS
                  and not _furniture_strip(body[a:span[1]]))
        (head if (first_text is None or a < first_text) and not titled else side).append(span)
    return head, side


def _historical_year(e: Expr) -> bool:
    """A date the text places before 1900 («عام 1866»): history, no evidence of when the page appeared."""
    return any(x.y is not None and not x.hijri and x.y < MIN_YEAR for x in (e, *e.sub))


class _Collector:
    """Walks the recognized expressions of a document and applies the constraints they imply."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.s = Solver()
        self.day_signal: list[str] = []
        exprs = [e for e in parse(doc.body) if not _historical_year(e)]
        tail = _tail_start(doc.body)
        stamp_head, stamp_side = _stamp_spans(doc.body, exprs)
        exprs = [e for e in exprs if not any(a <= e.start < b for a, b in stamp_side)]
        self.chrome_spans = _chrome_spans(doc.body, tail) + stamp_head
        self.stamp_head = stamp_head
        chrome = [any(a <= e.start < b for a, b in self.chrome_spans) for e in exprs]
        # dates in page furniture are upper bounds only (:meth:`chrome_lines`), never read as content
        self.chrome_exprs = [e for e, c in zip(exprs, chrome, strict=True) if c]
        self.exprs = [e for e, c in zip(exprs, chrome, strict=True) if not c]
        self.title_exprs = [e for e in parse(doc.title) if not _historical_year(e)] if doc.title else []
        # captions and the title carry explicit dates too («… - نيسان 2017 - (سبوتنيك)»)
        self.side_texts = [t for t in [doc.title, *doc.captions] if t]
        self._words: list[str] | None = None

    def _body_words(self) -> list[str]:
        """The body's normalized words without punctuation, made once for the page-cue scans that read them all.

        Three scans (obituary, league season, ordinal national day) each normalized the whole body again.
        Shared: callers build new lists from it and never change it.
        """
        if self._words is None:
            self._words = normalize(_PUNCT_ONLY.sub(" ", self.doc.body)).split()
        return self._words

    # -- strong, day-level ----------------------------------------------------------------
    def today_dates(self) -> None:
        """«اليوم، الأربعاء 14 حزيران», «غد الثلاثاء الموافق 12/10/1436هـ»: the publication day (or its candidates)."""
        for e in self.exprs + self.title_exprs:
            if e.kind != "date" or not (e.today or e.offset) or e.d is None:
                continue
            mask = self._stated_days(e)
            why = f"«{e.text}» states the publication day"
            if self._weekday_off_stamp_year(e):
                # «أمس الثلاثاء 14 كانون الثاني» under «نشر بتاريخ: السبت 20 كانون الثاني 2024», when 14 January
                # 2024 is a Sunday: the weekday would push the year back to 2020; read the day without it
                mask = _expr_days(replace(e, wd=None))
                why += " (its weekday disagrees with the year of the page's stamp: not used)"
            if not mask.any() and _swappable(e):
                # «اليوم الاثنين الموافق 10/4/1436هـ» when 10/4 is no Monday but 4/10 is: day and month swapped
                alt = self._swapped_days(e)
                if alt.any():
                    mask = alt
                    why += f" (read day/month swapped: only that is a {_WEEKDAYS[e.wd]})"
            if not mask.any() and e.hijri:
                continue  # no neighbour of the Hijri day is on its weekday: it says nothing
            mask = _shift(mask, -e.offset)
            if e.today and not e.offset and self._demonstrative_today(e):
                # «اعتباراً من هذا اليوم السبت 9/10/1436هـ»: the day a quoted order or statement was issued;
                # the report follows it, the same day or (in the next print issue) a few days later
                mask = np.logical_or.reduce([_shift(mask, k) for k in range(STATEMENT_DAY_LAG + 1)])
                self.s.apply(mask, f"«هذا {e.text}» dates a quoted statement: published on it or within "
                                   f"{STATEMENT_DAY_LAG} days after")
                continue
            if self.s.apply(mask, why):
                self.day_signal.append(e.text)

    def _demonstrative_today(self, e: Expr) -> bool:
        """«هذا اليوم …» right before ``e``: the formal «this day» of a decree or statement, not the reporter's today."""
        text = self.doc.title if any(e is t for t in self.title_exprs) else self.doc.body
        words = normalize(text[max(0, e.start - 16):e.start]).split()
        return bool(words) and words[-1] in _THIS_DAY

    def _weekday_off_stamp_year(self, e: Expr) -> bool:
        """A yearless Gregorian day with a weekday whose last occurrence on or before the article's own
        publication stamp («نشر بتاريخ: …»; not an update stamp, which may be years later) is on another weekday.

        The weekday would then place the story in an earlier year whose calendar fits, years before its own
        stamp; a wrong weekday is likelier, so the day is read without it (a wider set, never a narrower one).
        """
        if e.hijri or e.y is not None or e.wd is None or e.m is None or e.d is None:
            return False
        own = self._own_stamp_days(first_only=True)
        if not own:
            return False
        hi = min(own) + timedelta(days=e.offset)  # the stated day is at most this (publication ≤ the stamp)
        for year in (hi.year, hi.year - 1):
            try:
                day = date(year, e.m, e.d)
            except ValueError:
                continue  # 29 February
            if day <= hi:
                return day.weekday() != e.wd
        return False

    def _swapped_days(self, e: Expr) -> np.ndarray:
        """The day with day and month exchanged, only when it falls exactly on the written weekday.

        No neighbouring-day tolerance for Hijri here: a typo and a month-start difference together
        would let a wrong reading match the weekday too often.
        """
        if not e.hijri:
            return _expr_days(_swapped(e))
        g = hijri_to_gregorian(e.y, e.d, e.m) if e.y is not None and e.d is not None and e.m is not None else None
        return self.s.between(g, g) if g is not None and g.weekday() == e.wd else self.s.empty()

    def _stated_days(self, e: Expr) -> np.ndarray:
        """Days a dated expression with a day of month can denote (weekday-consistent; all years when none)."""
        if e.hijri and e.y is None:  # «اليوم الثلاثاء الخامس من شوال»: that day in every Hijri year
            return self.s.union([(g, g) for g in _hijri_yearless_days(e.m, e.d, e.wd)])
        if e.hijri:
            g = _hijri_day(e)
            return self.s.between(g, g) if g is not None else self.s.empty()
        return _expr_days(e)

    def today_correspond(self) -> None:
        """«غد الأحد (…) الموافق (26/ 7/ 2015م)»: a relative day and the full date on its weekday that follows.

        Only brackets, or a short clause ending with «الموافق» (which may hold a garbled date), between
        them: «أمس الأول السبت (9/ 10/ 1436هـ)». The weekday must agree, or nothing is read.
        """
        for text, exprs in ((self.doc.body, self.exprs), (self.doc.title, self.title_exprs)):
            for k, e in enumerate(exprs):
                if e.kind != "rel_day" or e.wd is None or not (e.today or e.offset):
                    continue
                x = next((x for x in exprs[k + 1:k + 1 + CORRESPOND_EXPRS] if x.kind == "date"), None)
                if x is None or x.y is None or x.d is None or x.today or x.offset:
                    continue
                if not _correspond_gap(text[e.end:x.start]):
                    continue
                day = _day_on_weekday(x, e.wd)
                if day is None:
                    continue
                pub = day - timedelta(days=e.offset)
                if self.s.apply(self.s.between(pub, pub), f"«{e.text}» is «{x.text}»: the publication day"):
                    self.day_signal.append(e.text)

    def _stated_yearless(self) -> list[tuple[Expr, int]]:
        """(stated day, index of its last expression): a stated day with a weekday and a day of month, no year.

        «غدا الجمعة غرة شوال», «اليوم الأربعاء 22 يوليو»; also «بعد غد الخميس 4 رمضان», which the grammar leaves
        as a relative day and a date side by side (nothing but brackets between them, no other weekday).
        """
        out = []
        for k, e in enumerate(self.exprs):
            if e.kind == "date" and (e.today or e.offset) and e.y is None and e.d is not None and e.m is not None \
                    and e.wd is not None:
                out.append((e, k))
            elif e.kind == "rel_day" and e.wd is not None and (e.today or e.offset) and k + 1 < len(self.exprs):
                x = self.exprs[k + 1]
                if x.kind == "date" and x.y is None and x.d is not None and x.m is not None and x.wd in (None, e.wd) \
                        and not (x.today or x.offset) and x.marker is None \
                        and not self.doc.body[e.end:x.start].translate(_BRACKETS).strip():
                    out.append((replace(x, start=e.start, text=self.doc.body[e.start:x.end], wd=e.wd,
                                        today=e.today, offset=e.offset), k + 1))
        return out

    @staticmethod
    def _weekday_day(e: Expr, year: int) -> date | None:
        """The stated yearless day ``e`` in ``year`` (of its calendar), only if it falls exactly on its weekday.

        No neighbouring-day tolerance for a Hijri day here: with it, three weekdays in seven would let
        last year's same day («5 رمضان 1439هـ» beside «غدا الجمعة 5 رمضان») pass for this year's.
        """
        if e.hijri:
            g = hijri_to_gregorian(year, e.m, e.d)
        else:
            try:
                g = date(year, e.m, e.d)
            except ValueError:
                return None
        return g if g is not None and g.weekday() == e.wd else None

    def stated_day_years(self) -> None:
        """«غدا الجمعة غرة شوال» and elsewhere «أول أيام شوال لعام 1436»: the stated day in the year written for it.

        The same day and month of the same calendar written elsewhere with a year lend that year, only when
        the stated weekday falls exactly on that day then, every such year the text writes agrees, and no
        later year of that calendar is written (the text's own year is its latest) (round 30).
        """
        for e, _ in self._stated_yearless():
            years = {x.y for x in self.exprs if x.kind == "date" and x.hijri == e.hijri and x.y is not None
                     and x.d == e.d and x.m == e.m and not (x.today or x.offset)}
            days = {self._weekday_day(e, y) for y in years}
            if len(days) != 1 or None in days:
                continue  # no year, several, or one the weekday disagrees with: nothing is read
            latest = max((x.y for x in self.exprs if x.hijri == e.hijri and x.y is not None), default=None)
            if latest is not None and latest > next(iter(years)):
                continue  # a later year is written: the day may be last year's, recalled
            pub = next(iter(days)) - timedelta(days=e.offset)
            if self.s.apply(self.s.between(pub, pub), f"«{e.text}» is the day written with its year: {pub}"):
                self.day_signal.append(e.text)

    def stated_day_calendars(self) -> None:
        """«غدا الخميس 7 شوال الموافق 23 يوليو»: a yearless Hijri day and the Gregorian day it corresponds to.

        Both calendars meet on a day only once in two centuries (the Hijri year drifts ~6 days per 33-year
        cycle), so with the weekday the pair pins the year. Only a corresponding day right after the stated
        one («الموافق», brackets), both yearless; the Hijri day may be a day off (local sighting) (round 30).
        """
        for e, k in self._stated_yearless():
            x = next((x for x in self.exprs[k + 1:k + 1 + CORRESPOND_EXPRS] if x.kind == "date"), None)
            if x is None or x.hijri == e.hijri or x.y is not None or x.d is None or x.m is None \
                    or x.today or x.offset or not _correspond_gap(self.doc.body[e.end:x.start]):
                continue
            h, g = (e, x) if e.hijri else (x, e)
            days = {c for c in _hijri_yearless_days(h.m, h.d, e.wd) if (c.month, c.day) == (g.m, g.d)}
            if len(days) != 1:
                continue
            pub = next(iter(days)) - timedelta(days=e.offset)
            if self.s.apply(self.s.between(pub, pub), f"«{e.text}» is «{x.text}»: both calendars meet on {pub}"):
                self.day_signal.append(e.text)

    def datelines(self) -> None:
        """A full date opening the article («بغداد - 14 حزيران 2017 -»): published that day or the next.

        A Hijri date and its Gregorian «الموافق» («الأحد 15 شعبان 1445 هـ الموافق 25 فبراير 2024») are one
        dateline; a yearless one («القاهرة - 3 يوليو (رويترز) -») is that day in some year.
        """
        head = self.exprs[:6]
        for k, e in enumerate(head):
            if e.kind != "date" or e.d is None or e.today or e.offset or e.marker:
                continue
            nxt = head[k + 1] if k + 1 < len(head) else None
            if e.y is not None and self._paired(e, nxt):
                self._apply_dateline(nxt)
            elif e.y is not None and _is_dateline(e, self.doc.body):
                self._apply_dateline(e)
            elif e.y is None and not e.hijri and e.m is not None and _is_dateline(e, self.doc.body):
                if self.s.apply(_yearless_day_mask(e), f"dateline «{e.text}» (no year)"):
                    self.s.apply(_expr_days(e), f"dateline day «{e.text}»", soft=True)
                    self.day_signal.append(e.text)

    def _paired(self, e: Expr, x: Expr | None) -> bool:
        """``e`` and ``x`` are two full dates of one heading joined by «الموافق» that opens the article."""
        if x is None or x.kind != "date" or x.y is None or x.d is None or x.today or x.offset:
            return False
        gap = normalize(self.doc.body[e.end:x.start].translate(_BRACKETS)).split()
        if gap and " ".join(gap) not in get_lexicon().words["correspond_words"]:
            return False
        return _is_dateline(replace(e, end=x.end), self.doc.body)

    def _apply_dateline(self, e: Expr) -> None:
        """Published on the dateline's day or the next; only before it when a stated weekday disagrees."""
        r = resolve(e, None) if not e.hijri else None
        day = _hijri_day(e) if e.hijri else (r.earliest if r else None)
        if day is None:
            return
        last = r.latest if r else day
        if not e.hijri and e.wd is not None and day.weekday() != e.wd:
            # «الأربعاء 14 مارس 2023» when 14 March 2023 is a Tuesday: a typo in one of them, no day
            near = [d for d in (day - timedelta(days=1), day + timedelta(days=1)) if d.weekday() == e.wd]
            lo, hi = (min(near[0], day), max(near[0], day)) if near else (None, None)
            if lo is None:
                self.s.evidence.append(f"not used: dateline «{e.text}» is not a {_WEEKDAYS[e.wd]}")
            else:
                self.s.apply(self.s.between(lo, hi), f"dateline «{e.text}» (its weekday is a day off)")
            return
        stated = self._stated_weekdays()
        near = [day + timedelta(days=k) for k in range(-DATELINE_WEEKDAY_SLACK, (last - day).days + 2)]
        if stated and not any(d.weekday() in stated for d in near):
            names = ", ".join(_WEEKDAYS[w] for w in sorted(stated))
            self.s.apply(self.s.between(None, last + timedelta(days=1)),
                         f"dateline «{e.text}» is not a {names} as the text says: an upper bound only")
            return
        if self.s.apply(self.s.between(day, last + timedelta(days=1)), f"dateline «{e.text}»"):
            self.s.apply(self.s.between(day, day), f"dateline day {day}", soft=True)
            self.day_signal.append(e.text)

    def _stated_weekdays(self) -> set[int]:
        """Publication weekdays the text states («اليوم الاثنين», «أمس الأحد» → Monday)."""
        return {(e.wd - e.offset) % 7 for e in self.exprs + self.title_exprs
                if e.kind in ("rel_day", "date") and e.wd is not None and (e.today or e.offset)}

    def chrome_lines(self) -> None:
        """Dates on page-furniture lines («آخر تحديث: …», «© 2024»): the latest is an upper bound, never the value."""
        ends = []
        for e in (x for c in self.chrome_exprs for x in (c.sub if c.kind == "interval" else [c])):
            if e.kind in ("date", "month", "year") and e.y is not None:
                r = resolve(e, None)
                if r is not None:
                    ends.append((r.latest, e.text))
        for a, b in self.chrome_spans:  # «© 2021 الشروق»: a bare year the grammar does not read as a date
            if any(a <= e.start < b for e in self.chrome_exprs):
                continue
            digits = self.doc.body[a:b].translate(_DIGITS)
            ends.extend((date(int(m.group()), 12, 31), m.group()) for m in _YEAR.finditer(digits)
                        if MIN_YEAR <= int(m.group()) <= MAX_YEAR)
        if ends:
            hi, text = max(ends)
            self.s.apply(self.s.between(None, hi), f"page line date «{text}» (chrome): an upper bound only")
        stamps = [(r.latest, e.text) for e in self.chrome_exprs
                  if any(a <= e.start < b for a, b in self.stamp_head) and (r := resolve(e, None)) is not None]
        if stamps:  # a render or edition stamp heading the page: nothing appears after the day it is shown
            hi, text = min(stamps)
            self.s.apply(self.s.between(None, hi), f"page stamp «{text}» heading the page: an upper bound only")

    def bulletin_title(self) -> None:
        """«النشرة الجوية ليوم الأربعاء 7 أغسطس 2024»: a forecast bulletin titled with the day it is for.

        A weather bulletin is issued that day or the evening before, so its line bounds from both sides (a
        lone date line would bound only from above). Only a short line of a bulletin noun, «ليوم» and the
        full Gregorian date, with nothing after it: a fixture list or a programme «ليوم …» may come days earlier.
        """
        body, nouns = self.doc.body, get_lexicon().words["bulletin_title_words"]
        for e in self.chrome_exprs + self.exprs:
            if e.kind != "date" or e.hijri or e.y is None or e.d is None or e.today or e.offset or e.marker:
                continue
            a = body.rfind("\n", 0, e.start) + 1
            b = body.find("\n", e.end)
            rest = body[e.end:len(body) if b < 0 else b].strip(_STAMP_SEPARATORS)
            words = normalize(_PUNCT_ONLY.sub(" ", body[a:e.start] + e.text.split()[0])).split()
            if rest or "ليوم" not in words or not 2 <= len(words) <= BULLETIN_TITLE_WORDS:
                continue
            head = words[:words.index("ليوم")]
            if not head or not any(w in nouns for w in head):
                continue
            r = resolve(e, None)
            if r is not None and r.earliest == r.latest:
                self.s.apply(self.s.between(r.earliest - timedelta(days=1), r.latest),
                             f"bulletin for «{e.text}»: issued that day or the evening before")
                return

    def scheduled(self) -> None:
        """«الانتخابات المقررة في 14 مايو 2023»: a full date announced as scheduled has not passed yet.

        Not when a past copula reads it as history («التي كانت مقررة في …»).
        """
        words = get_lexicon().words
        for e in self.exprs:
            if e.kind != "date" or e.y is None or e.d is None or e.hijri or e.today or e.offset:
                continue
            ctx = normalize(self.doc.body[max(0, e.start - SCHEDULED_CONTEXT):e.start])
            ctx = re.split(r"[.،,؛!?؟\n]", ctx)[-1].split()
            if not any(w in words["scheduled_cues"] for w in ctx) or any(w in words["past_copulas"] for w in ctx):
                continue
            r = resolve(e, None)
            if r is not None:
                self.s.apply(self.s.between(None, r.latest), f"«{e.text}» is scheduled: published before it")

    def title_dateline(self) -> None:
        """A title that is only a place and a Hijri date («الرياض 12 ذو القعدة 1445 هـ», «الخرطوم: الأربعاء 23
        شعبان 1444هـ الموافق 15 مارس 2023م»): the dateline line, which the page cleaner took for the title.

        A Hijri date headed by a place is a paper's or an agency's dateline, not a render stamp (those are
        Gregorian, and bound from above through :meth:`title_stamp`); with its «الموافق» day that day wins.
        """
        title = self.doc.title or ""
        dates = [e for e in self.title_exprs if e.kind == "date" and e.y is not None and e.d is not None
                 and not (e.today or e.offset or e.marker)]
        if not dates:
            return
        if not dates[0].hijri:
            self._gregorian_title_dateline(title, dates)
            return
        first, last = dates[0], dates[-1]
        rest = normalize(_PUNCT_ONLY.sub(" ", title[last.end:])).split()
        between = normalize(_PUNCT_ONLY.sub(" ", title[first.end:last.start])).split()
        place = title[:first.start].strip(" \t:،-–")
        if rest[:1] == ["م"]:
            rest = rest[1:]
        # an agency may close the line («… 22 نوفمبر 2024 م واس»): a word or three of at most four letters
        if (rest and not (len(rest) <= AGENCY_WORDS and all(len(w) <= 4 for w in rest))) or len(dates) > 2 \
                or not place or len(place.split()) > TITLE_PLACE_WORDS:
            return
        if between and " ".join(between) not in get_lexicon().words["correspond_words"]:
            return
        if _place_comma(place + "،"):
            self._apply_dateline(last)

    def _gregorian_title_dateline(self, title: str, dates: list[Expr]) -> None:
        """«بغداد - واع - الأحد 20 تشرين الثاني 2022», «نشر في: 12 - 03 - 2019»: the dateline line as the title.

        Render stamps carry no place and no agency, so a Gregorian title with both is the dateline line
        (a place alone stays a stamp: some sites print their city beside the day's date). A «نشر في» label
        is read as it is heading the body (:func:`_is_dateline`): the page's own publication stamp.
        """
        e = dates[0]
        after = title[e.end:]
        agency = _AGENCY_AFTER.match(after) if after.strip() else None
        if agency and after[agency.end():].strip(_STAMP_SEPARATORS):
            agency = None
        before = title[:e.start]
        rest = after.strip(_STAMP_SEPARATORS)
        if rest and not agency and before.strip() and _labelled(before) and _clock_or_update(rest):
            # «نشر في: 19/11/2023 - 21:40 | آخر تحديث: 20/11/2023»: the publication stamp, its clock and a later
            # update stamp (which is no dateline: the story first appeared on the labelled day)
            self._apply_dateline(e)
            return
        if len(dates) > 1 or (rest and not agency):
            return
        if _place_agency(before) or (before.strip() and _labelled(before)):
            self._apply_dateline(e)
        elif _outlet_place(before) and e.wd is None and not after.strip(_STAMP_SEPARATORS):
            # «روداو - أربيل، 10 حزيران 2014»: a site's byline, its name and the place, then a bare day (a render
            # stamp names no place beside the site and carries the weekday)
            self._apply_dateline(e)
        elif (_dash_place(before) or _place_fi(before)) and (agency or (e.wd is None and self._stated_weekdays())):
            # «إدلب – 11 شباط 2020 (عنب بلدي)»: a place, the day and the agency in brackets is a dateline; a
            # place and a day with no weekday of its own («موسكو – 5 آذار/مارس 2020») is one when the story
            # states its weekday (a disagreeing weekday leaves it an upper bound, see :meth:`_apply_dateline`)
            self._apply_dateline(e)
        elif _dash_place(before) and (r := resolve(e, None)) is not None:
            # «الرباط – 26 يوليوز 2024» and nothing to confirm it: a dateline (published that day or the
            # next) or a city-and-date render stamp; either way the story is not later than the day after
            self.s.apply(self.s.between(None, r.latest + timedelta(days=1)),
                         f"title «{title.strip()}»: a place and a day, an upper bound only")

    def title_date(self) -> None:
        """A title that is a short label and a numeric date («كاريكاتير 2015/7/21»): a daily feature of that day.

        Numeric dates only: a title such as «ذكرى ثورة 23 يوليو 1952» names an anniversary, not the issue.
        """
        title = self.doc.title or ""
        stamp = _chrome_line(title, False)  # «تاريخ العرض: 09/10/2023» kept as the title: a render stamp
        for e in self.title_exprs:
            if e.kind != "date" or e.y is None or e.d is None or e.today or e.offset:
                continue
            if stamp:
                r = resolve(e, None)
                if r is not None:
                    self.s.apply(self.s.between(None, r.latest), f"title stamp «{e.text}» (chrome): an upper bound only")
                continue
            label = normalize(_PUNCT_ONLY.sub(" ", title[:e.start] + " " + title[e.end:])).split()
            if len(label) > TITLE_LABEL_WORDS or not _NUMERIC_DATE.fullmatch(e.text):
                continue
            words = get_lexicon().words
            if any(w in words["dateline_not_prefix"] or w in words["title_date_not_label"] for w in label):
                continue  # «حدث في 1990/8/2», «ذكرى 1952/7/23»
            r = resolve(e, None)
            if r and self.s.apply(self.s.between(r.earliest, r.latest + timedelta(days=1)), f"title date «{e.text}»"):
                self.s.apply(self.s.between(r.earliest, r.earliest), f"title date day {r.earliest}", soft=True)
                self.day_signal.append(e.text)

    def today_weekday(self) -> None:
        """«اليوم الأربعاء», «أمس الثلاثاء»: the weekday of publication."""
        _, _, _, weekday = calendar_arrays()
        for e in self.exprs + self.title_exprs:
            if e.kind in ("rel_day", "date") and e.wd is not None and (e.today or e.offset):
                if e.kind == "date" and self._weekday_off_stamp_year(e):
                    continue  # the weekday disagrees with the stamp's year (:meth:`today_dates`): not used
                if e.today and not e.offset and self._demonstrative_today(e):
                    continue  # «هذا اليوم السبت» of a quoted statement: :meth:`today_dates` reads it
                wd = (e.wd - e.offset) % 7
                self.s.apply(weekday == wd, f"«{e.text}»: published on a {_WEEKDAYS[wd]}")

    def weekday_match(self) -> None:
        """«أمس الثلاثاء» and, elsewhere, «الثلاثاء 21 يوليو 2015»: that labelled date is the day meant.

        Only a full date written with the same weekday, and the latest full date in the text
        (an anniversary such as «11 سبتمبر 2001» was a Tuesday too).
        """
        days: dict[date, Expr] = {}
        for e in self.exprs:
            if e.kind == "date" and e.y is not None and e.d is not None and not (e.today or e.offset) and not e.hijri:
                r = resolve(e, None)
                if r is not None:
                    days.setdefault(r.earliest, e)
        if not days:
            return
        latest = max(days)
        for e in self.exprs + self.title_exprs:
            x = days[latest]
            if e.kind == "rel_day" and e.wd is not None and x.wd == e.wd == latest.weekday() \
                    and not (e.today and not e.offset and self._demonstrative_today(e)):
                pub = latest - timedelta(days=e.offset)
                if self.s.apply(self.s.between(pub, pub), f"«{e.text}» is «{x.text}»"):
                    self.day_signal.append(e.text)

    def current_month(self) -> None:
        """«مايو الحالي», «اب / اغسطس الجاري», «العام الجاري 2015»: published in that month or year."""
        year, month, _, _ = calendar_arrays()
        for e in self.exprs:
            base = e.sub[0] if e.kind == "part" else e
            if e.kind == "interval" and e.sub and e.sub[-1].kind == "date":
                base = e.sub[-1]  # «ليلة 23 – 24 يوليو (تموز) الحالي»: the range's month is the current one
            if base.marker != "current":
                continue
            if base.kind in ("month", "date") and not base.hijri and base.m:
                if base.y is not None and _YEAR_THEN_CURRENT.search(normalize(e.text).translate(_DIGITS)):
                    # «سبتمبر من عام 2015 الجاري»: the year is the current one, the month may be ahead (round 31)
                    self.s.apply(year == base.y, f"«{e.text}»: the current year is {base.y}")
                    continue
                mask = month == base.m
                if base.y is not None:
                    mask &= year == base.y
                self.s.apply(mask, f"«{e.text}»: published in that month")
            elif base.kind in ("period", "year") and base.unit in ("year", "") and base.y is not None:
                self.s.apply(year == base.y, f"«{e.text}»: published in {base.y}")
            elif base.kind in ("quarter", "half") and base.y is not None:
                # «الربع الأول من العام الجاري 2025», «السداسي الأول من السنة الحالية 2024»: the year is current
                self.s.apply(year == base.y, f"«{e.text}»: published in {base.y}")
            elif base.kind == "month" and base.hijri and base.y is not None:
                sp = hijri_month_span(base.y, base.m)
                if sp:
                    self.s.apply(self.s.between(*sp), f"«{e.text}»: published in that Hijri month")

    def marked_weekday_dates(self) -> None:
        """«السبت الماضي 5 تشرين الأول», «الخميس المقبل 12 مارس»: a dated weekday called the last (next) one.

        «الماضي» after a weekday names the latest such weekday before publication, «المقبل» the first after it,
        so the page appeared within the week after (before) that day. Only days whose weekday is the one
        stated; with the publication weekday stated too («اليوم الثلاثاء») one day may remain, which is then
        the text's own day.
        """
        for e in self.exprs + self._marked_weekday_hijri():
            if e.kind != "date" or e.wd is None or e.wd_marker not in ("past", "next") or e.today or e.offset:
                continue
            if e.hijri:  # the full Hijri day, or the neighbour on its weekday (local sighting)
                g = _hijri_day(e)
                days = [g] if g is not None else []
            else:
                m = _expr_days(e)
                days = [day_at(i) for i in np.flatnonzero(m)]  # a yearless one: every year it is that weekday
            if not days:
                continue
            if e.wd_marker == "past":
                spans = [(_plus(d, 1), _plus(d, WEEK)) for d in days]
                why = f"«{e.text}» is the last such weekday: published within a week after it"
            else:
                spans = [(_minus(d, WEEK), _minus(d, 1)) for d in days]
                why = f"«{e.text}» is the next such weekday: published within a week before it"
            spans = [(a, b) for a, b in spans if a is not None and b is not None]
            if spans and self.s.apply(self.s.union(spans), why) and self.s.count() == 1 and self._stated_weekdays():
                self.day_signal.append(e.text)

    def _marked_weekday_hijri(self) -> list[Expr]:
        """«الأحد الماضي 5 شوال 1436هـ», «الثلاثاء المقبل (14 شوال 1436هـ)»: the marked weekday and the full Hijri
        date right after it (nothing but brackets between), which the grammar leaves apart, as one dated weekday."""
        out = []
        for e, x in zip(self.exprs, self.exprs[1:], strict=False):
            if e.kind == "weekday" and e.wd is not None and e.marker in ("past", "next") and not e.offset \
                    and x.kind == "date" and x.hijri and x.y is not None and x.d is not None and x.m is not None \
                    and x.wd in (None, e.wd) and not (x.today or x.offset) and x.marker is None \
                    and not self.doc.body[e.end:x.start].translate(_BRACKETS).strip():
                out.append(replace(x, start=e.start, text=self.doc.body[e.start:x.end], wd=e.wd, wd_marker=e.marker))
        return out

    def since_refs(self) -> None:
        """«منذ عام 2007», «منذ 25 يناير 2011»: whatever is counted «since» began before publication."""
        body = self.doc.body
        for e in self.exprs:
            if e.kind not in ("date", "month", "year") or e.y is None:
                continue
            before = normalize(body[max(0, e.start - SINCE_CONTEXT):e.start]).split()
            # «القانون رقم 15 لسنة 2019»: an act cited by number and year was passed before the page
            cited = e.kind == "year" and bool(_CITED_ACT.search(body[max(0, e.start - 24):e.start]))
            if (before and before[-1] in get_lexicon().words["since_words"]) or self._since_onset(e) \
                    or self._since_edition(e) or cited:
                r = resolve(e, None)
                if r is not None:
                    why = f"act of «{e.text}» cited: published after it began" if cited else \
                        f"«منذ {e.text}»: published after it began"
                    self.s.apply(self.s.between(r.earliest, None), why)

    def _since_edition(self, e: Expr) -> bool:
        """«منذ انتخابات 2018», «منذ مونديال جنوب أفريقيا 2010»: «منذ», an event noun, at most a word, the year."""
        words = get_lexicon().words
        ctx = normalize(self.doc.body[max(0, e.start - SINCE_ONSET_CONTEXT):e.start])
        ctx = re.split(r"[.،,؛!?؟\n]", ctx)[-1].split()[-SINCE_EDITION_WORDS:]
        for k, w in enumerate(ctx[:-1]):
            if w in words["since_words"]:
                nouns = ctx[k + 1:]
                return len(nouns) <= 2 and nouns[0] in words["year_event_nouns"]
        return False

    def _since_onset(self, e: Expr) -> bool:
        """«منذ اندلاع الحرب في السابع من أكتوبر 2023»: «منذ», an onset noun, a word or two, then «في» and the date."""
        words = get_lexicon().words
        ctx = normalize(self.doc.body[max(0, e.start - SINCE_ONSET_CONTEXT):e.start])
        ctx = re.split(r"[.،,؛!?؟\n]", ctx)[-1].split()
        for k, w in enumerate(ctx):
            rest = ctx[k + 1:]
            if w in words["since_words"] and 2 <= len(rest) <= SINCE_ONSET_WORDS and rest[-1] == "في" \
                    and rest[0] in words["event_onset_nouns"]:
                return True
        return False

    def famous_events(self) -> None:
        """A well-known event named without its date («انفجار مرفأ بيروت»): published on or after it."""
        named = event_mentions(self.doc.body)
        if named:
            _a, _b, day, name = max(named, key=lambda t: t[2])
            self.s.apply(self.s.between(day, None), f"«{name}» ({day}) is named: published on or after it")

    def anniversaries(self) -> None:
        """«الذكرى العاشرة لثورة 25 يناير 2011»: published near 25 January 2021 (soft).

        Said of today («تحل اليوم الأحد الذكرى الأولى …») with the weekday of that day: that very day.
        """
        for a in anniversaries(self.doc.body, self.exprs):
            if not (self._about_now(a.at) or self._marked_now(a.at)):
                continue  # «ستحل الذكرى المئوية … عام 2016», a jubilee recalled in a profile: not this page's day
            first, last = shift_years(a.first, a.years), shift_years(a.last, a.years)
            if first is None or last is None or first > run_day():
                continue  # «في الذكرى العاشرة للثورة، أعلن في 14 يناير 2021 …»: that date is not the event
            # A year-named event («حرب 1956») is remembered within its year N years on; a day's, near that day.
            slack = 0 if (last - first).days >= 300 else ANNIVERSARY_SLACK_DAYS
            near = self.s.between(first - timedelta(days=slack), last + timedelta(days=slack))
            why = f"anniversary {a.years} of «{a.source}»: published near {first}" + (f"..{last}" if last != first else "")
            if not self.s.apply(near, why, soft=True) or first != last:
                continue
            wds = {e.wd for e in self._sentence_exprs(a.at) if e.kind == "rel_day" and e.today and not e.offset}
            if wds == {first.weekday()} and self.s.apply(self.s.between(first, first),
                                                       f"the anniversary {first} is today, a {_WEEKDAYS[first.weekday()]}",
                                                       soft=True):
                self.day_signal.append(a.source)
            elif not wds - {None} and _FALLS_TODAY.search(self.doc.body[max(0, a.at - 30):a.at]) \
                    and not any(x.hijri for x in parse(a.source)) \
                    and self.s.apply(self.s.between(first, first), f"«تحل اليوم» the anniversary {first}", soft=True):
                # «تحل اليوم الذكرى الثالثة والثلاثون للغزو … في الثاني من أغسطس 1990» (a Hijri date's
                # anniversary may be counted in Hijri years: not pinned)
                self.day_signal.append(a.source)

    def feast_today(self) -> None:
        """«يحتفل المصريون اليوم الأربعاء بأول أيام عيد الفطر», «عيد الأضحى الذي يحل غداً الأحد»: the page's
        day is the feast's (or the day before it), in some year; weekday and tenure evidence pick among them."""
        for f in self.exprs:
            if f.kind != "date" or f.unit != "feast" or f.marker not in (None, "perfect") \
                    or (f.y is not None and not f.hijri):
                continue
            for r in self._sentence_exprs(f.start):
                # «غداً الأربعاء 10 أبريل، أول أيام عيد الفطر»: a stated day's date in apposition counts too
                if r.kind not in ("rel_day", "date") or not (r.today or r.offset) or abs(r.offset) > 1:
                    continue
                if r.end <= f.start:
                    gap, ok = self.doc.body[r.end:f.start], _FEAST_TODAY_GAP
                elif f.end <= r.start and not f.marker:
                    gap, ok = self.doc.body[f.end:r.start], _FEAST_FALLS_GAP
                else:
                    continue
                words = normalize(_PUNCT_ONLY.sub(" ", gap)).split()
                if len(words) > FEAST_GAP_WORDS or not set(words) <= ok:
                    continue
                if ok is _FEAST_FALLS_GAP and _FEAST_FALLS_VERBS.isdisjoint(words) \
                        and not (not words and r.today and self._feast_prayer(f)):
                    continue  # but «صلاة عيد الأضحى اليوم الجمعة»: the feast's prayer is held on its day
                feast = _feast_mask(f.m, f.d, f.hijri)
                # «احتفلت الجالية أمس السبت بعيد الفطر», told after the fact: the feast or a festival after it;
                # «يحتفل المسلمون غداً الأحد بعيد الفطر» announces the feast's own day (and so does «اليوم»)
                celebrated = r.offset < 0 and normalize("ب") in words
                if celebrated:
                    feast = np.logical_or.reduce([_shift(feast, k) for k in range(FEAST_CELEBRATED_DAYS + 1)])
                if f.y is not None:
                    # «غداً الجمعة هو أول أيام عيد الفطر لعام 1444هـ»: that year's feast only (its month, a day either side)
                    sp = hijri_month_span(f.y, f.m)
                    if sp is None:
                        continue
                    feast = feast & self.s.between(sp[0] - timedelta(days=1), sp[1] + timedelta(days=1))
                mask = _shift(feast, -r.offset)
                when = "the day before it" if r.offset == 1 else "the day after it" if r.offset else "its day"
                if celebrated:
                    self.s.apply(mask, f"«{r.text}» celebrates «{f.text}»: published on {when} or up to "
                                       f"{FEAST_CELEBRATED_DAYS} days later")
                    break
                which = f"in {f.y} AH" if f.y is not None else "in some year"
                # the text states the page's day (as «اليوم الأربعاء 8 يناير» does): when the feast, its
                # year and the weekday leave one day, that day is the value
                if self.s.apply(mask, f"«{r.text}» is «{f.text}»: published on {when}, {which}"):
                    self.day_signal.append(r.text)
                break

    def _feast_prayer(self, f: Expr) -> bool:
        """The feast is named as its prayer or sermon («صلاة عيد الفطر», «خطبة عيد الأضحى»)."""
        before = normalize(_PUNCT_ONLY.sub(" ", self.doc.body[max(0, f.start - 20):f.start])).split()
        return bool(before) and (before[-1] in _page_cues().prayers or _bare_word(before[-1]) in _page_cues().prayers)

    def same_day_years_ago(self) -> None:
        """«في مثل هذا اليوم قبل عشرين عاما، اغتيل …» and the event's full date «21 تشرين الثاني 2006»:
        published on that day N years on (soft, as an anniversary is).

        Only when every full date the story writes gives the same day: with two events the page does not
        say which one it remembers.
        """
        for e in self.exprs:
            if e.kind != "same_day" or e.unit or e.y is not None or e.offset >= 0:
                continue
            days = set()
            for x in self.exprs:
                if (x.kind == "date" and x.y is not None and x.d is not None and not x.hijri and not x.today
                        and not x.offset and not (e.start <= x.start < e.end)
                        and (r := resolve(x, None)) is not None):
                    days.add(shift_years(r.earliest, -e.offset))
            if len(days) != 1 or None in days:
                continue
            day = days.pop()
            if day <= run_day() and self.s.apply(self.s.between(day, day),
                                                 f"«{e.text}» of a day written in the story: published on {day}",
                                                 soft=True):
                self.day_signal.append(e.text)

    def _about_now(self, at: int) -> bool:
        """The sentence at ``at`` reports the day: «اليوم», «أمس», «غدا», or «هذا العام» / «الجاري»."""
        return any((e.kind in ("rel_day", "date") and (e.today or e.offset in (-1, 1)))
                   or (e.marker == "current" and e.kind in ("period", "year")) for e in self._sentence_exprs(at))

    def _marked_now(self, at: int) -> bool:
        """The anniversary at ``at`` is being marked: «تحل/تصادف/يحيي/يستعيد … الذكرى», «هذه الأيام».

        A present verb in the clause before «الذكرى» (not «ستحل», «حلت», «كان يحيي»), or «هذه الأيام» in its
        sentence; «وفي الذكرى العاشرة لحرب 1956 ألقى …» (history) has neither.
        """
        body = self.doc.body
        lo = max(body.rfind(ch, 0, at) for ch in _SENTENCE_ENDS) + 1
        his = [i for i in (body.find(ch, at) for ch in _SENTENCE_ENDS) if i >= 0]
        sentence = normalize(body[lo:min(his) if his else len(body)])
        if _THESE_DAYS.search(sentence):
            return True
        clause = re.split(r"[،,؛:]", body[lo:at])[-1]
        words = [w.strip("«»\"'()") for w in normalize(clause).split()]
        return any(_MARKING_VERB.match(w) for w in words) and not any(w in _WAS_WORDS for w in words)

    def _sentence_exprs(self, at: int) -> list[Expr]:
        """The expressions of the sentence holding offset ``at``."""
        body = self.doc.body
        lo = max(body.rfind(ch, 0, at) for ch in _SENTENCE_ENDS) + 1
        his = [i for i in (body.find(ch, at) for ch in _SENTENCE_ENDS) if i >= 0]
        hi = min(his) if his else len(body)
        return [e for e in self.exprs if lo <= e.start < hi]

    def current_month_days(self) -> None:
        """«في بيان صدر الخميس 12 من الشهر الجاري»: published in a month whose 12th is a Thursday (round 33).

        The month is the current one but unnamed, so every such month (Gregorian or Hijri) is a candidate.
        Right after «أمس السبت» / «اليوم الأحد» the dated day is that one («أمس السبت الأول من الشهر
        الجاري»: published on the 2nd of a month that began on a Saturday).
        """
        for k, e in enumerate(self.exprs):
            sub = e.sub[0] if e.sub else None
            if e.kind != "in_period" or e.d is None or e.m is not None or e.hijri or sub is None \
                    or sub.kind != "period" or sub.unit != "month" or sub.marker != "current" or not 1 <= e.d <= 30:
                continue
            prev = self.exprs[k - 1] if k else None
            stated = prev is not None and prev.kind == "rel_day" and prev.wd is not None and e.wd in (None, prev.wd) \
                and not self.doc.body[prev.end:e.start].strip(" ،,")
            if stated:
                mask = _current_month_day_mask(e.d, prev.wd, prev.offset)
                why = f"«{prev.text} {e.text}»: published on that day of a month where it is a {_WEEKDAYS[prev.wd]}"
                if self.s.apply(mask, why) and self.s.count() == 1:
                    self.day_signal.append(e.text)
            elif e.wd is not None:
                self.s.apply(_current_month_day_mask(e.d, e.wd, None),
                             f"«{e.text}»: published in a month whose {e.d}th is a {_WEEKDAYS[e.wd]}")

    def today_yearless(self) -> None:
        """«اليوم الثلاثاء» and elsewhere «الثلاثاء 14 مارس» (no year): that day, in a year where it is a Tuesday (soft).

        Also a yearless date joined to «اليوم» by «يوافق» in one sentence («اليوم الأحد، … الذي يوافق 8 مارس»),
        and «أمس الثلاثاء» with «الثلاثاء 4 أغسطس» (the day after). Several different such dates: none is read.
        """
        stated = [e for e in self.exprs + self.title_exprs
                  if e.kind in ("rel_day", "date") and e.wd is not None and (e.today or e.offset)]
        if len({(e.wd - e.offset) % 7 for e in stated}) != 1:
            return
        # only «اليوم الثلاثاء»: «بعد غد الأربعاء» and «ستقام الأربعاء 12 أغسطس» may be a week apart
        rel = [e for e in stated if e.today and not e.offset]
        found: dict[tuple[int, int], tuple[Expr, Expr]] = {}
        for e in self.exprs:
            if e.kind != "date" or e.y is not None or e.d is None or e.m is None or e.hijri \
                    or e.today or e.offset or e.marker not in (None, "perfect", "reported"):
                continue  # «الثلاثاء 14 مارس الماضي» is another week; «عُقد الثلاثاء 14 مارس» may be today
            if self._future_verb_before(e):
                continue
            r = next((r for r in rel if r.wd == e.wd), None) if e.wd is not None else self._joined_to_today(e, rel)
            if r is not None:
                found[(e.m, e.d)] = (e, r)
        if len(found) != 1:
            return
        e, r = next(iter(found.values()))
        mask = _shift(_expr_days(replace(e, wd=r.wd)), -r.offset)
        if self.s.apply(mask, f"«{e.text}» is the day the text names with its weekday", soft=True):
            self.day_signal.append(e.text)

    def _future_verb_before(self, e: Expr) -> bool:
        """«ستقام يوم الأربعاء 12 أغسطس», «سيعقد الأربعاء …»: a future verb among the words just before ``e``."""
        words = normalize(self.doc.body[max(0, e.start - JOINED_TODAY_CONTEXT):e.start]).split()[-FUTURE_VERB_WORDS:]
        return any(_FUTURE_VERB.match(w) for w in words)

    def _joined_to_today(self, e: Expr, rel: list[Expr]) -> Expr | None:
        """The «اليوم …» of ``e``'s sentence when «يوافق»/«الموافق» introduces ``e`` there."""
        same = [r for r in self._sentence_exprs(e.start) if r in rel and r.today and not r.offset and r.start < e.start]
        if not same:
            return None
        ctx = normalize(self.doc.body[max(same[-1].end, e.start - JOINED_TODAY_CONTEXT):e.start]).split()
        joins = get_lexicon().words["correspond_words"] | {"يوافق", "توافق", "يصادف", "يوافقه"}
        return same[-1] if ctx and ctx[-1] in joins else None

    def past_year_period(self) -> None:
        """«العام الماضي 2014» → published in 2015.

        When the same sentence names that following year as the period reported («خلال عام 2014 …
        بزيادة عما كان عليه في العام الماضي 2013»), «الماضي» counts from the reported year, not from
        publication (round 31: a 2014 report published in mid-2015): then only a bound.
        """
        year, _, _, _ = calendar_arrays()
        for e in self.exprs:
            offset = e.offset
            if e.kind in ("quarter", "half") and e.y is not None and e.marker == "past":
                offset = -1  # «الربع الأخير من العام الماضي 2023»: the year named is the one before publication
            elif not (e.kind == "period" and e.unit == "year"):
                continue
            if e.y is not None and offset:
                pub = e.y - offset
                said = {int(y) for y in _YEAR.findall(_number_sentence(self.doc.body, e.start).translate(_DIGITS))}
                if pub in said:
                    mask = year >= pub if offset < 0 else year <= pub
                    side = "on or after" if offset < 0 else "on or before"
                    self.s.apply(mask, f"«{e.text}» beside {pub} in the same sentence: published {side} {pub}")
                    continue
                self.s.apply(year == pub, f"«{e.text}»: published in {pub}")

    # -- bounds ------------------------------------------------------------------------------
    def page_dates(self) -> None:
        """Chrome dates (render date, sidebar items): the latest is an upper bound, never the value.

        The article's own stamp (:meth:`_own_stamp_days`) bounds by itself. Dates of related-story links
        («اقرأ أيضاً», «أخبار ذات صلة») wait for :meth:`related_dates`.
        """
        days = [parse_iso(p.value) for p in self.doc.page_dates if p.where != RELATED_WHERE]
        days = [d for d in days if d]
        if days:
            hi = max(days)
            self.s.apply(self.s.between(None, hi), f"page date {hi} (chrome): an upper bound only")
        comments = self._comment_days() or self._body_comment_days()
        if comments and min(comments) < (max(days) if days else date.max):
            hi = min(comments)
            self.s.apply(self.s.between(None, hi), f"earliest comment {hi}: a comment follows the story (upper bound)")
        own = self._own_stamp_days()
        if own and min(own) < (max(days) if days else date.max):
            hi = min(own)
            self.s.apply(self.s.between(None, hi), f"page's own stamp {hi} (published or updated): an upper bound only")

    def copyright_years(self) -> None:
        """A site footer «جميع الحقوق محفوظة © 2018» the cleaner set apart: the page was rendered that year.

        A site prints its copyright year as the year it renders the page, so the story appeared no later
        than the end of it (upper bound only; a range «© 2010-2018» gives its last year). A photo credit
        («صورة أرشيفية © 2015») is no footer (:func:`_chrome_line`). A stale template year before the text's
        own evidence is not applied (a footer nobody updated must not veto a dateline), nor one before another
        chrome date of the page (a render date «الإثنين 23 نوفمبر 2026» under «© 2024»): that footer is stale.
        """
        hi = _copyright_year(self.doc)
        if hi is None:
            return
        later = [d for p in self.doc.page_dates if p.where != RELATED_WHERE and (d := parse_iso(p.value)) and d > hi]
        if later:
            self.s.evidence.append(f"not used: copyright year {hi.year} is before the page's chrome date {max(later)}"
                                   " (a stale footer)")
            return
        bound = self.s.between(None, hi)
        if (self.s.mask & bound).any():
            self.s.apply(bound, f"copyright year {hi.year} (page footer): published no later than {hi}")
        else:
            self.s.evidence.append(f"not used: copyright year {hi.year} is before the text's evidence (a stale footer)")

    def _comment_days(self) -> list[date]:
        """Days of the reader comments listed under a comment heading («التعليقات (2)» then «سامر - 2025/01/03: …»).

        Every comment is written after the story appeared, so the earliest one bounds it from above; the
        latest only bounds the render (pf27-24: comments of 3 January and 11 February, story of the June
        before). Only the lines right after the heading count: a footer or a sidebar ends the list.
        """
        out: list[date] = []
        inside = False
        for line in self.doc.dropped:
            if line.reason in _COMMENT_HEADS:
                inside = True
                continue
            if not inside or line.reason not in _COMMENT_LINES:
                inside = False
                continue
            days = [d for pd in self.doc.page_dates if pd.text and pd.text in line.text and (d := parse_iso(pd.value))]
            if not days and (d := _signature_day(line.text)) is not None:
                days = [d]  # «مواطن - الجمعة 10 نونبر 2023 - 09:12»: a month name the chrome parser may not know
            out.extend(days)
        return out

    def _body_comment_days(self) -> list[date]:
        """Days of comment signatures («سامر - 2025-04-12») the cleaner left in the body under a comment heading.

        A comment worded like a sentence keeps the article open for the cleaner, so the heading («تعليقات
        القراء») is dropped but the comments stay (pf35-06). With such a heading dropped, a body line that is only
        a short name, a dash and a full date — never the first line, where a place-dash-date is a dateline — is
        a reader's signature: written after the story, an upper bound like any comment.
        """
        if not any(line.reason in _COMMENT_HEADS for line in self.doc.dropped):
            return []
        out: list[date] = []
        lines = [ln.strip() for ln in (self.doc.body or "").splitlines() if ln.strip()]
        for line in lines[1:]:
            if (d := _signature_day(line)) is not None:
                out.append(d)
        return out

    def _own_stamp_days(self, *, first_only: bool = False) -> list[date]:
        """Days of the article's own stamp among the chrome lines: labelled («آخر تحديث: 28 فبراير 2019», «نشر في:
        …») or beside the byline («كتب: أحمد حسن» / «الثلاثاء، 18 يونيو 2019 02:15 م», or the stamp above it).

        Each is on or after the day the story appeared, so each bounds it from above by itself; the latest
        page date (a render day in the footer) is a looser bound (round 18: a byline stamp of 2019 under a
        footer of 2026 had bounded nothing). Lines after the first related-story, widget or footer line («الأكثر
        قراءة» over another story's «تاريخ النشر: …») belong to other stories and are never the article's stamp.
        """
        out: list[date] = []
        lines = self.doc.dropped
        for k, line in enumerate(lines):
            reason = line.reason
            if reason in _SIDEBAR_REASONS:
                break  # «الأكثر قراءة», «مواضيع ذات صلة»: what follows lists other stories, with their own stamps
            beside = {lines[k - 1].reason if k else None, lines[k + 1].reason if k + 1 < len(lines) else None}
            # a date line beside the byline (never a headline there: «ذكرى مجزرة 14 آب 2013» / «كتب: …»)
            own = (reason == "byline" or (reason == _DATE_LINE and "byline" in beside)
                   or _chrome_line(line.text, False) or _published_stamp_line(line.text))
            if not own or (first_only and _UPDATE_CUE.search(line.text)):
                continue  # with ``first_only``: an update stamp («آخر تحديث: …») may be years after the story
            for pd in self.doc.page_dates:
                if pd.where != RELATED_WHERE and pd.text and pd.text in line.text and (d := parse_iso(pd.value)):
                    out.append(d)
        return out

    def title_stamp(self) -> None:
        """A title that is only a masthead and a date («هسبريس | الإثنين 23 نونبر 2026 - 10:05»): an upper bound.

        The page cleaner may keep a render stamp as the title; read like a stamp heading the page
        (:func:`_stamp_line`), it bounds from above and is never the value.
        """
        title = self.doc.title or ""
        for e in self.title_exprs:
            if _title_stamp(e, title) and (r := resolve(e, None)) is not None:
                hi = r.latest
                if e.hijri and r.latest.weekday() != e.wd:
                    hi += timedelta(days=1)  # a sighted month may start a day after the Umm al-Qura one
                self.s.apply(self.s.between(None, hi), f"title stamp «{e.text}» (chrome): an upper bound only")

    def related_dates(self) -> None:
        """Dates of related-story links («اقرأ أيضاً», «أخبار ذات صلة») bound nothing; they are listed as evidence.

        A related link is most often an older story on the same subject (a «مواضيع ذات صلة» item of
        12 December 2025 under a story of 21 November 2026, round 13), and newer when the page is
        rendered later: it can fall on either side of the story's day. Round 12 used the latest one as
        an upper bound when the story left room for it, but a story with little evidence of its own
        always leaves room (a Wednesday under an open tenure), and the bound then excluded the truth
        or picked an older Wednesday: a confident wrong day.
        """
        days = [d for p in self.doc.page_dates if p.where == RELATED_WHERE and (d := parse_iso(p.value))]
        if days:
            self.s.evidence.append(f"not used: related link dated {max(days)} (older or newer than the story)")

    def tenures(self) -> None:
        """A person named with a current title: published after the tenure began (hard).

        The end of the tenure is kept for :meth:`tenure_ends` (soft): a title can be used in a
        historical account, and the knowledge base may miss a later term.
        Per office, the union over everyone named with its title.
        """
        try:
            cues = tenure_cues(self.doc.body, self.doc.mentions)
        except Exception:  # noqa: BLE001 - a knowledge-base problem must not stop dating
            return
        self.cues = cues
        self.elect = [c for c in cues if c.elect]
        groups: dict[str, list] = {}
        for c in cues:
            if not c.elect:
                groups.setdefault(c.office, []).append(c)
        starts, self.ends = [], []
        for office, cs in groups.items():
            starts_of = [parse_iso(c.start) for c in cs]
            lo = None if None in starts_of else min(starts_of) - timedelta(days=TENURE_START_SLACK_DAYS)
            who = "; ".join(f"«{c.name}» {c.start or '?'}..{c.end or 'now'}" for c in cs)
            starts.append((self.s.between(lo, None) & self.s.mask, f"named as {office}: {who}"))
            live = [c for c in cs if not self._historical(c)]  # «لمقتل قائد فيلق القدس …»: no end
            said = [(c, x) for c in live if (x := self._said_today(c)) is not None]
            # named in today's news: that holder's tenure, not a predecessor's in a historical aside
            chosen = [c for c, _x in said] or live
            if chosen and all(parse_iso(c.end) for c in chosen):
                lag = timedelta(days=max((x for _c, x in said), default=0))
                full = self.s.empty()
                for c in chosen:
                    begin = parse_iso(c.start)
                    begin = begin - timedelta(days=TENURE_START_SLACK_DAYS) if begin else None
                    full |= self.s.between(begin, parse_iso(c.end) + lag)
                end = max(parse_iso(c.end) for c in chosen)
                self.ends.append((full, end, f"in office as {office}: {who}", bool(said)))
        for mask, why in _consistent(starts):
            self.s.apply(mask, why)

    def elect_titles(self) -> None:
        """«الرئيس المنتخب دونالد ترامب» beside the outgoing holder: between the election and the handover (soft).

        Only a term that starts when the tenure of someone else named with the same title ends:
        «الرئيس المنتخب محمد مرسي» is also said for years after his term by his supporters.
        """
        groups: dict[tuple[str, str], list[TenureCue]] = {}
        for c in getattr(self, "elect", []):
            groups.setdefault((c.entity, c.office), []).append(c)
        for (_ent, office), cs in groups.items():
            outgoing = [d for d in (parse_iso(c.end) for c in self.cues if c.office == office and not c.elect) if d]
            starts = [d for d in (parse_iso(c.start) for c in cs)
                      if d is not None and any(abs((d - e).days) <= TENURE_START_SLACK_DAYS for e in outgoing)]
            if not starts:
                continue
            mask = self.s.union([(d - timedelta(days=ELECT_DAYS), d + timedelta(days=TENURE_START_SLACK_DAYS))
                                 for d in starts])
            when = ", ".join(sorted(d.isoformat() for d in starts))
            self.s.apply(mask, f"«{cs[0].name}» is elect for {office}: before a tenure from {when}", soft=True)

    def _budget_years(self) -> tuple[set[int], str]:
        """Years a page naming a budget or finance law for a year is written in, and the phrase that says so.

        «مشروع قانون المالية لسنة 2025», «ميزانية 2025»: debated the year before (a bill) or during its year;
        a fiscal year 2025/2026 from 2024 (Gulf drafts) to 2026. Never a closing account («الحساب الختامي»),
        which is read after its year. Empty when the page names none.
        """
        body, years, said = self.doc.body, set(), []
        for e in self.exprs:
            if e.kind == "year" and e.y is not None and not e.marker and not (e.today or e.offset):
                first, last = e.y, e.y
            elif e.kind == "interval" and len(e.sub) == 2 and all(x.kind == "year" and x.y for x in e.sub) \
                    and e.sub[1].y - e.sub[0].y == 1:
                first, last = e.sub[0].y, e.sub[1].y
            else:
                continue
            lo = max(body.rfind(ch, 0, e.start) for ch in _CLAUSE_ENDS) + 1
            words = normalize(_PUNCT_ONLY.sub(" ", body[lo:e.start])).split()[-BUDGET_CONTEXT_WORDS:]
            if not _budget_head(words) or any(w in _page_cues().closing or _bare_word(w) in _page_cues().closing
                                              for w in words):
                continue
            years |= set(range(first - 1, last + 1))
            said.append(e.text)
        return years, ", ".join(f"«{t}»" for t in said)

    def _yearless_weekday_days(self) -> list[tuple[Expr, int, bool]]:
        """(day, offset, dateline?) for each yearless Gregorian day with its weekday that dates the page.

        A dateline heading the body or the line the cleaner took for the title («الجزائر - الثلاثاء 12 نوفمبر»,
        «عمّان – الأحد 1 كانون الأول –»): the publication day or the one before; a stated day («اليوم الثلاثاء
        10 ديسمبر»): that day shifted by its offset.
        """
        out: list[tuple[Expr, int, bool]] = []
        for e in self.exprs[:6]:
            if e.kind == "date" and e.y is None and not e.hijri and e.m and e.d \
                    and not (e.today or e.offset or e.marker) and _is_dateline(e, self.doc.body):
                out.append((e, 0, True))
        title = self.doc.title or ""
        for e in self.title_exprs[:1]:
            if e.kind != "date" or e.y is not None or e.hijri or not (e.m and e.d) \
                    or e.today or e.offset or e.marker:
                continue
            before, after = title[:e.start], title[e.end:]
            agency = _AGENCY_AFTER.match(after) if after.strip() else None
            rest = after[agency.end():] if agency else after
            if rest.strip(_STAMP_SEPARATORS):
                continue
            if _dash_place(before) or _place_fi(before) or _place_agency(before) \
                    or (agency and _place_comma(before.strip() + "،")):  # «عمّان 29 تشرين الثاني (بترا)»
                out.append((e, 0, True))
        out += [(e, e.offset, False) for e, _k in self._stated_yearless() if not e.hijri]
        # a dateline without a weekday of its own takes the one the story states («اليوم الأربعاء»)
        stated = self._stated_weekdays()
        return [(replace(e, wd=next(iter(stated))) if e.wd is None and len(stated) == 1 else e, off, line)
                for e, off, line in out if e.wd is not None or len(stated) == 1]

    def budget_year_days(self) -> None:
        """A yearless weekday day and a budget for year Y: the one year of Y-1 and Y whose calendar fits (hard).

        «الجزائر - الثلاثاء 12 نوفمبر … مشروع قانون المالية لسنة 2025»: 12 November is a Tuesday in 2024,
        not in 2025, so the page is of 12 November 2024. Nothing when both years or none fit.
        """
        stated = self._yearless_weekday_days()
        if not stated:
            return
        years, said = self._budget_years()
        if not years:
            return
        for e, offset, dateline in stated:
            days = []
            for y in sorted(years):
                try:
                    g = date(y, e.m, e.d)
                except ValueError:
                    continue
                if g.weekday() == e.wd:
                    days.append(g)
            if len(days) != 1:
                self.s.evidence.append(f"not used: «{e.text}» beside the budget year {said} ({len(days)} years fit)")
                continue
            pub = days[0] - timedelta(days=offset)
            last = pub + timedelta(days=1) if dateline else pub
            if self.s.apply(self.s.between(pub, last), f"«{e.text}» falls on its weekday in {pub.year}, "
                                                        f"a year the budget {said} is debated in"):
                if dateline:
                    self.s.apply(self.s.between(pub, pub), f"dateline day {pub}", soft=True)
                self.day_signal.append(e.text)

    def national_day_today(self) -> None:
        """«احتفلت الكويت اليوم الثلاثاء بالعيد الوطني» beside «أمير البلاد الشيخ مشعل الأحمد»: the national day
        of the country whose office-holders the page names, in some year; weekday and tenure pick among them.

        The generic nouns («العيد الوطني», «عيد الاستقلال») name a day only with the country; it comes from the
        offices of the tenures the page names, all of one country (two countries: nothing is read).
        """
        countries = {c.office.split(".", 1)[0] for c in getattr(self, "cues", []) if "." in c.office}
        if len(countries) != 1:
            return
        table = _page_cues().national.get(next(iter(countries)))
        if not table:
            return
        body, gap = self.doc.body, _page_cues().gap
        for r in self.exprs:
            if r.kind not in ("rel_day", "date") or not (r.today or r.offset) or abs(r.offset) > 1 \
                    or (r.kind == "date" and r.d is not None):
                continue
            stop = min([i for i in (body.find(ch, r.end) for ch in _SENTENCE_ENDS) if i >= 0] or [len(body)])
            words = normalize(_PUNCT_ONLY.sub(" ", body[r.end:stop])).split()
            found = None
            for k in range(min(FEAST_GAP_WORDS, len(words)) + 1):
                found = next(((ph, md) for ph, md in table if _match_phrase(words, k, ph)), None)
                if found or k >= len(words) or not (words[k] in gap or _bare_word(words[k]) in gap):
                    break
            if not found:
                continue
            (m, d) = found[1]
            mask = _shift(_feast_mask(m, d, False), -r.offset)
            name = " ".join(found[0])
            if self.s.apply(mask, f"«{r.text}» is the national day «{name}» ({d}/{m}) of the page's country"):
                self.day_signal.append(r.text)
            return

    def national_day_ordinal(self) -> None:
        """«عيد الاتحاد الـ53», «الذكرى الـ64 للعيد الوطني»: the N-th national day of a country named on the page
        falls in base + N, and the page is written around it (data window), so a yearless dateline gets its year.

        The count follows the name or precedes it after «الذكرى»; the country must be named (country, capital
        or agency tag) and the year plausible; two different years or two countries read nothing.
        """
        cues = _page_cues()
        words = [w.replace("ـ", "") for w in self._body_words()]
        phrases = tuple(entry[1] for entry in cues.ordinal_days)
        index = _phrase_index(phrases)
        positions = _start_positions(words, index)
        if not positions:  # no day's name can start anywhere: nothing is found (the common page)
            return
        present = set(words)
        bare = {_bare_word(w) for w in present} | present
        found: set[tuple[str, date]] = set()
        for k in positions:
            for i in _phrases_at(words, k, phrases, index):
                cc, phrase, (m, d), base, names = cues.ordinal_days[i]
                if not (names & bare):
                    continue
                n = _ordinal_count(words[k + len(phrase):k + len(phrase) + 3])
                if n is None:  # «الذكرى الـ64 للعيد الوطني»
                    i = next((i for i in range(k - 1, max(-1, k - 5), -1) if words[i] in cues.remembrance
                              or _bare_word(words[i]) in cues.remembrance), None)
                    n = _ordinal_count(words[i + 1:k]) if i is not None else None
                if n is not None and 1 <= n and MIN_YEAR <= base + n <= date.today().year + 1:
                    found.add((cc, date(base + n, m, d)))
        if len({(cc, day.year) for cc, day in found}) != 1:  # «الـ64 للعيد الوطني والـ34 ليوم التحرير»: one year
            return
        before, after = cues.ordinal_window
        cc = next(iter(found))[0]
        lo = min(d for _c, d in found) - timedelta(days=before)
        hi = max(d for _c, d in found) + timedelta(days=after)
        year = next(iter(found))[1].year
        self.s.apply(self.s.between(lo, hi), f"the ordinal national day of {cc} in {year}: published between {lo} and {hi}")

    def season_matchday(self) -> None:
        """«الجولة العاشرة من الدوري … لموسم 2024-2025»: a league round of a season of two consecutive years.

        The round is played, and reported, during that season: July of the first year to June of the
        second (page_cues.json). Without a round the season may be looked back on («حصاد موسم …»), so
        it says nothing; two different seasons with rounds say nothing either.
        """
        cues = _page_cues()
        words = self._body_words()
        if not any(w in cues.matchday and k + 1 < len(words)
                   and (words[k + 1] in cues.ordinals or words[k + 1].isdigit())
                   for k, w in enumerate(words)):
            return
        seasons, nouns = set(), get_lexicon().words["season_nouns"]
        for e in self.exprs:
            years = [x.y for x in e.sub if x.kind == "year" and x.y is not None and not x.hijri]
            if e.kind != "interval" or len(years) != 2 or years[1] != years[0] + 1:
                continue
            before = self.doc.body[max(0, e.start - 20):e.start].split()
            if before and {fold(before[-1]), fold(_bare_word(before[-1]))} & nouns:
                seasons.add(years[0])
        if len(seasons) != 1:
            return
        y = seasons.pop()
        first, last = cues.season_months
        lo = date(y, first, 1)
        hi = date(y + 1, last + 1, 1) - timedelta(days=1) if last < 12 else date(y + 1, 12, 31)
        self.s.apply(self.s.between(lo, hi), f"a league round of the {y}-{y + 1} season: published between {lo} and {hi}")

    def obituary_age(self) -> None:
        """«توفي … عن عمر ناهز 84 عاما … المولود عام 1941»: the death fell in 1941+84 or the year after.

        The page follows the death: from 1 January of the first year; when it reports the death as news
        (today, yesterday) also up to the end of the second. One age and one birth year only (two people:
        nothing), and not in a remembrance piece («في ذكرى رحيله»), which may be years later.
        """
        cues = _page_cues()
        words = self._body_words()
        if any(w in cues.remembrance for w in words):
            return
        ages, births = set(), set()
        age_index, birth_index = _phrase_index(cues.age_words), _phrase_index(cues.birth)
        age_at, born_at = _start_positions(words, age_index), _start_positions(words, birth_index)
        if not age_at or not born_at:
            return  # it needs one age and one birth year: no phrase of one kind starts anywhere (the common page)
        for k in sorted({*age_at, *born_at}):  # elsewhere neither kind of phrase starts
            hit = _phrases_at(words, k, cues.age_words, age_index)
            age = cues.age_words[hit[0]] if hit else None
            if age:
                j = k + len(age)
                if j + 1 < len(words) and words[j].isdigit() and words[j + 1] in cues.age_units \
                        and 1 <= int(words[j]) <= 120:
                    ages.add(int(words[j]))
            hit = _phrases_at(words, k, cues.birth, birth_index)
            born = cues.birth[hit[0]] if hit else None
            if born:
                # «ولد الراحل في القاهرة عام 1947»: the year noun may follow a subject and a place
                for j in range(k + len(born), min(k + len(born) + BIRTH_GAP_WORDS + 1, len(words) - 1)):
                    if words[j] in cues.birth_nouns:
                        if len(words[j + 1]) == 4 and words[j + 1].isdigit() and MIN_YEAR <= int(words[j + 1]) <= MAX_YEAR:
                            births.add(int(words[j + 1]))
                        break
        if len(ages) != 1 or len(births) != 1:
            return
        year = births.pop() + ages.pop()
        if not MIN_YEAR <= year < MAX_YEAR:
            return
        news = any(e.kind in ("rel_day", "date") and (e.today or e.offset) and abs(e.offset) <= 1 for e in self.exprs)
        hi = date(year + 1, 12, 31) if news else None
        self.s.apply(self.s.between(date(year, 1, 1), hi),
                     f"age at death and birth year: died in {year} or {year + 1}, published "
                     + (f"between {year}-01-01 and {hi}" if hi else f"on or after {year}-01-01"))

    def tenure_ends(self) -> None:
        """Published before the tenure ended (soft): among separate candidate periods, or in a report of the day.

        A title can appear in a historical account, so an otherwise open interval is bounded only
        when the text reports the day itself («قال الرئيس الأمريكي جو بايدن اليوم الخميس…»: the
        title is current); never when the text mentions a date after the end of the tenure.
        """
        # Separate periods of the evidence, not the cuts of the 300-day plausibility windows
        # («أكتوبر الماضي» read within 300 days of each October): those leave one honest interval.
        structural = getattr(self, "structural", None)
        several = len(self.s.clusters()) >= 2 and (structural is None or len(_clusters_of(structural)) >= 2)
        latest = max((b for _a, b, _t in self.explicit_spans()), default=None)
        for full, end, why, now in getattr(self, "ends", []):
            if not (several or now):
                continue
            if latest is not None and latest > end:
                self.s.evidence.append(f"not used: {why} (a later date is mentioned)")
                continue
            self.s.apply(full, why, soft=True)

    def _historical(self, cue: TenureCue) -> bool:
        """The title is history: a death or anniversary noun in the clause before it («الذكرى الأولى لمقتل قائد …»)."""
        if cue.at < 0:
            return False
        ctx = re.split(r"[.،,؛!?؟\n]", self.doc.body[max(0, cue.at - PAST_TITLE_CONTEXT):cue.at])[-1]
        nouns = past_title_nouns()
        return any(strip_clitic(w, nouns) for w in normalize(ctx).split())

    def _said_today(self, cue: TenureCue) -> int | None:
        """Days publication may lag the end of the tenure, when the holder is named in a sentence of recent news.

        «قال الرئيس الأمريكي جو بايدن اليوم الخميس…»: the title is current that day (1 day of
        slack); «… الأسبوع الماضي», «… الثلاثاء»: it was within the last week or two (14 days).
        Not «الملك عبدالله» (kings, princes and sheikhs keep the title in memory), nor a day word
        elsewhere in the page. None when the sentence has no such word.
        """
        if cue.at < 0 or not (set(normalize(cue.title).split()) - _LIFE_TITLE_WORDS):
            return None
        body = self.doc.body
        lo = max(body.rfind(ch, 0, cue.at) for ch in _SENTENCE_ENDS) + 1
        his = [i for i in (body.find(ch, cue.at) for ch in _SENTENCE_ENDS) if i >= 0]
        hi = min(his) if his else len(body)
        near = [e for e in self.exprs if lo <= e.start < hi]
        if any(e.kind == "rel_day" or (e.kind == "date" and (e.today or e.offset)) for e in near):
            return 1
        if any((e.kind == "period" and e.unit == "week" and e.offset in (-1, 0))
               or (e.kind == "weekday" and e.marker in (None, "past")) for e in near):
            return RECENT_WEEK_SLACK_DAYS
        # «وصل رئيس مجلس الوزراء عادل عبد المهدي إلى بكين … ومن المقرر أن يلتقي …»: a plan still ahead of
        # the holder, in his sentence or the next, is news of a serving one («كان من المقرر» is not)
        k = hi
        while k < len(body) and (body[k] in _SENTENCE_ENDS or body[k].isspace()):
            k += 1
        nxt = [i for i in (body.find(ch, k) for ch in _SENTENCE_ENDS) if i >= 0]
        if self._plans_ahead(body[lo:min(nxt) if nxt else len(body)]):
            return RECENT_WEEK_SLACK_DAYS
        if self._reports_today(lo, cue.at, hi):
            return RECENT_WEEK_SLACK_DAYS
        return None

    def _reports_today(self, lo: int, at: int, hi: int) -> bool:
        """«وقال رئيس الوزراء الأردني بشر الخصاونة إن …» in a page whose lead says «اليوم الأحد»: the holder's
        sentence opens with a reporting verb and quotes him («إن/أن»), with no «كان … قد» placing it earlier.

        A page reporting the day quotes what was said for it; a past statement is marked («وكان … قد أكد»).
        """
        body, cues = self.doc.body, _page_cues()
        before = normalize(_PUNCT_ONLY.sub(" ", body[lo:at])).split()
        after = normalize(_PUNCT_ONLY.sub(" ", body[at:hi])).split()
        if not before or before[0] not in cues.report or not any(w in cues.that for w in after):
            return False
        copulas = get_lexicon().words["past_copulas"]
        if any(w in copulas for w in before) or "قد" in before:
            return False
        ends = [i for i in (body.find(ch) for ch in _SENTENCE_ENDS) if i >= 0]
        lead_end = min(ends) if ends else len(body)
        if lo < lead_end:
            return False  # the lead itself: :meth:`_said_today` reads its day words
        return any(e.start < lead_end and e.kind in ("rel_day", "date") and e.today and e.offset == 0
                   for e in self.exprs)

    @staticmethod
    def _plans_ahead(text: str) -> bool:
        """A future cue («من المقرر», «يعتزم») not under a past copula («كان من المقرر»)."""
        words = [fold(w) for w in normalize(text).split()]
        lex = get_lexicon().words
        for k, w in enumerate(words):
            if w in lex["future_cues"] or (w[:1] in "وف" and w[1:] in lex["future_cues"]):
                if not any(p in lex["past_copulas"] for p in words[max(0, k - 3):k]):
                    return True
        return False

    def marked_refs_list(self) -> list[tuple[Expr, Expr]]:
        """(expression, its day/month base) for yearless references marked past or next."""
        out = []
        for e in self.exprs:
            base = e.sub[0] if e.kind == "part" else e
            if base.kind not in ("date", "month") or base.marker not in ("past", "next") or base.hijri:
                continue
            if base.y is not None or (base.kind == "date" and (base.today or base.offset)):
                continue
            out.append((e, base))
        return out

    def marked_refs(self, window: int, soft: bool) -> None:
        """«أكتوبر الماضي»: published after it, within ``window`` days; «آب المقبل»: before it."""
        for e, base in self.marked_refs_list():
            spans = _ref_spans(base)
            if base.marker == "past":
                mask = self.s.union([(_plus(b, 1), _plus(b, window)) for _a, b in spans])
                why = f"«{e.text}» is past: published within {window} days after it"
            else:
                mask = self.s.union([(_minus(a, window), _minus(a, 1)) for a, _b in spans])
                why = f"«{e.text}» is ahead: published within {window} days before it"
            self.s.apply(mask, why, soft=soft)

    def original_dates(self) -> None:
        """«نُشر المقال الأصلي في فايننشال تايمز بتاريخ 5 يونيو 2023», «نُشر هذا المقال للمرة الأولى في 2 أكتوبر 2018»:
        the date a translated or reposted piece first appeared; the page appeared on or after it (soft).

        Never the page's own day (a translation or a repost comes later), so no value; and never against other
        evidence.
        """
        for e in self.exprs:
            if e.kind != "date" or e.y is None or e.d is None or e.today or e.offset or e.hijri:
                continue
            a, _ = _sentence_span(self.doc.body, e.start)
            before = normalize(self.doc.body[a:e.start])
            if not (_ORIGINAL_CUE.search(before) and _PUBLISHED_VERB.search(before)):
                continue
            r = resolve(e, None)
            mask = self.s.between(r.earliest, None) if r is not None else None
            if mask is not None and (self.s.mask & mask).any():
                self.s.apply(mask, f"«{e.text}» dates the original piece: published on or after it", soft=True)

    def past_dated(self) -> None:
        """«بلغ التضخم 10.4% في فيفري 2023»: a dated month or day told in the past tense began before publication (soft).

        Not when the sentence schedules or postpones it («كان مقرراً في 12 مايو 2021 قبل أن يتأجل»), nor for
        numeric dates (day and month may be swapped, or mistyped), and never against other evidence: a
        conflict here is dropped silently, since the tense is read from the surface and may be wrong.
        """
        lex = get_lexicon()
        for e in self.exprs:
            if e.kind not in ("date", "month", "half", "quarter", "year") or e.y is None or e.today or e.offset \
                    or e.marker is not None or _NUMERIC_DMY.search(e.text):
                continue
            done = self._done_participle(e.start)
            if e.kind == "year" and not done:
                continue  # a year told in the past may still be a plan's or an edition's (SaudiNewsNet, round 22)
            if (clause_tense(self.doc.body, e.start, lex) != "past" and not done) \
                    or not past_told(self.doc.body, e.start, lex):
                continue
            r = resolve(e, None)
            mask = self.s.between(r.earliest, None) if r is not None else None
            if mask is not None and (self.s.mask & mask).any():
                self.s.apply(mask, f"«{e.text}» is told in the past: published after it began", soft=True)

    def past_weekday_dates(self) -> None:
        """«ترأس رئيس الوزراء يوم الخميس 14 آذار اجتماعا»: a yearless weekday date told in the past (soft lower bound).

        The stated day fell on or before publication, at most a year before it, in a year where it is that
        weekday. Only once the hard evidence has a lower bound (a tenure, a dated mention): publication lies in
        the year after one of the candidate days (pf27-13: Arnous's tenure leaves only 14 March 2024). Not the
        first candidate from that bound on: the told day may precede it («يوم السبت 31 يناير» in a review of a
        reign begun in January 2015 is 2015's, not 2026's, though the story names a later event).
        """
        lo, _hi = self.s.interval()
        if lo is None:
            return
        lex = get_lexicon()
        today = run_day()
        for e in self.exprs:
            if e.kind != "date" or e.y is not None or e.wd is None or e.m is None or e.d is None \
                    or e.today or e.offset or e.marker not in (None, "perfect") or e.hijri:
                continue
            if clause_tense(self.doc.body, e.start, lex) != "past" or not past_told(self.doc.body, e.start, lex):
                continue
            m = _expr_days(e)
            if m is None:
                continue
            # the told day precedes publication by at most a year (no year is written), and may precede
            # the hard lower bound: publication lies in [day, day + a year] for one of its candidate days
            days = [d for i in np.flatnonzero(m) if lo - timedelta(days=HARD_WINDOW) <= (d := day_at(i)) <= today]
            if days:
                window = np.logical_or.reduce([self.s.between(d, d + timedelta(days=HARD_WINDOW)) for d in days])
                self.s.apply(window, f"«{e.text}» is told in the past: published within a year after it "
                                     f"({', '.join(map(str, days))})", soft=True)

    def _done_participle(self, at: int) -> bool:
        """A participle of a completed act a few words before ``at``: «التقرير الصادر في يونيو 2022», «الاتفاقيات
        الموقعة بين البلدين خلال عام 2019» — the date is that of the act, so before publication."""
        before = self.doc.body[max(0, at - FUTURE_LOOKBACK_CHARS):at]
        cut = max(before.rfind(c) for c in _CLAUSE_ENDS)
        words = normalize(_PUNCT_ONLY.sub(" ", before[cut + 1:])).split()[-DONE_PARTICIPLE_WORDS:]
        done = get_lexicon().words["done_participles"]
        return any(w in done or (w[:1] == "و" and w[1:] in done) for w in words)

    def signed_dates(self) -> None:
        """«الرياض في 2 رمضان 1444هـ» as the last line of a column or a letter: where and when it was written.

        A place, «في» and a full date alone on the body's last line sign the text: it appeared on that day or
        later (soft, a lower bound only, like «حرر بالرباط في …»; never the value).
        """
        body = self.doc.body.rstrip()
        last = body.rfind("\n") + 1
        for e in self.exprs:
            if e.start < last or e.kind != "date" or e.y is None or e.d is None or e.today or e.offset:
                continue
            prefix = body[last:e.start].split()
            rest = body[e.end:].strip(" \t.،,-–—مهـ")
            if rest or not 2 <= len(prefix) <= SIGNED_PLACE_WORDS + 1 or fold(prefix[-1]) != "في":
                continue
            r = resolve(e, None)
            mask = self.s.between(r.earliest, None) if r is not None else None
            if mask is not None and (self.s.mask & mask).any():
                self.s.apply(mask, f"signed «{body[last:e.end].strip()}»: written that day, published on or after it",
                             soft=True)

    def archive_captions(self) -> None:
        """«(صورة أرشيفية من اجتماع سابق للمجلس في 12 مارس 2019 - كونا)»: an archive photo predates the story.

        The caption's dated day or month is a lower bound only (never the value, never an upper bound).
        """
        marks = _ARCHIVE_WORDS
        for text in self.doc.captions:
            if not marks & set(re.findall(r"\w+", normalize(text))):
                continue
            for e in parse(text):
                if e.kind not in ("date", "month") or e.y is None or e.hijri or _historical_year(e):
                    continue
                r = resolve(e, None)
                if r is not None and (self.s.mask & self.s.between(r.earliest, None)).any():
                    self.s.apply(self.s.between(r.earliest, None),
                                 f"archive photo «{e.text}» (caption): published after it", soft=True)

    def neighbour_years(self) -> None:
        """«تراجع التضخم خلال أكتوبر المنقضي بعد أن بلغ 7% في سبتمبر 2024»: October 2024 is over (soft lower bound).

        A past-marked month in the sentence of a past-told neighbouring month with a year («سبتمبر 2024»,
        or «ديسمبر 2024» beside «يناير الماضي») is read in that year. Only as a lower bound: the
        neighbour may be a year-on-year comparison, which makes the lent year too early, never too late.
        """
        lex = get_lexicon()
        for e, base in self.marked_refs_list():
            if base.marker != "past" or base.m is None:
                continue
            lo, hi = _sentence_span(self.doc.body, e.start)
            for x in self.exprs:
                if not (lo <= x.start < hi) or x is e or x.kind not in ("date", "month") or x.y is None \
                        or x.m is None or x.hijri or x.today or x.offset or x.marker is not None \
                        or _NUMERIC_DMY.search(x.text):
                    continue
                if clause_tense(self.doc.body, x.start, lex) != "past" or not past_told(self.doc.body, x.start, lex):
                    continue
                if (x.m % 12) + 1 == base.m:  # the neighbour is the month before: «سبتمبر 2024» → October 2024
                    year = x.y + (1 if x.m == 12 else 0)
                elif (base.m % 12) + 1 == x.m:  # the month after: «نوفمبر 2024» → October 2024
                    year = x.y - (1 if x.m == 1 else 0)
                else:
                    continue
                over = month_end(year, base.m) + timedelta(days=1)
                self.s.apply(self.s.between(over, None),
                             f"«{e.text}» beside «{x.text}» is {year}-{base.m:02d}: published after it", soft=True)
                break

    def brackets(self) -> None:
        """A past and a next reference a few weeks apart («28 حزيران الماضي» … «آب المقبل»): published between.

        Read only when the gap between them is plausible for a publication date to fall in
        (BRACKET_DAYS); a gap of a day («آذار الماضي» … «نيسان القادم») means the other reading.
        """
        refs = self.marked_refs_list()
        past = [(e, _ref_spans(b)) for e, b in refs if b.marker == "past"]
        ahead = [(e, _ref_spans(b)) for e, b in refs if b.marker == "next"]
        lo_gap, hi_gap = BRACKET_DAYS
        for pe, pspans in past:
            for ne, nspans in ahead:
                starts = sorted(a for a, _b in nspans)
                windows = []
                for _a, pend in pspans:
                    k = bisect_right(starts, pend)
                    nxt = starts[k] if k < len(starts) else None
                    if nxt is not None and lo_gap <= (nxt - pend).days <= hi_gap:
                        windows.append((pend + timedelta(days=1), nxt - timedelta(days=1)))
                mask = self.s.union(windows)
                if mask.any() and self.s.apply(mask, f"between «{pe.text}» and «{ne.text}»", soft=True):
                    structural = getattr(self, "structural", None)
                    if structural is not None and (structural & mask).any():
                        self.structural = structural & mask

    # -- soft plausibility -------------------------------------------------------------------
    def explicit_spans(self) -> list[tuple[date, date, str]]:
        """Dates with a year mentioned in the body, title and captions (future cues excluded)."""
        out = []
        sides = [(t, [x for x in parse(t) if not _historical_year(x)]) for t in self.side_texts]
        for body, exprs in [(self.doc.body, self.exprs), *sides]:
            out.extend(self._explicit(body, exprs))
        return out

    def _explicit(self, body: str, exprs: list[Expr]) -> list[tuple[date, date, str]]:
        out = []
        for e in exprs:
            items = e.sub if e.kind == "interval" else [e]
            for x in items:
                if x.kind in ("date", "month", "year") and x.y is not None:
                    ctx = normalize(body[max(0, x.start - FUTURE_CUE_CONTEXT):x.start])
                    if any(c in ctx for c in get_lexicon().words["future_year_cues"]):
                        continue
                    r = resolve(x, None)
                    if r:
                        out.append((r.earliest, r.latest, x.text))
        return out

    def recent_years(self) -> None:
        """Among a few candidate days (weekday + day + month solutions), keep those near the latest year mentioned.

        In a life story (round 31: an obituary «اليوم الجمعة 10 يوليو» that tells a birth in 1932 and a
        marriage in 1955) every year is narrative past, so the latest one is only a lower bound; it still
        bounds above when it is marked current («العام الحالي 2015», «2015 الجاري»).
        """
        spans = self.explicit_spans()
        if not spans or not self.day_signal or not 1 < self.s.count() <= RECENT_MAX_CANDIDATE_DAYS:
            return  # one candidate left: nothing to choose (an anniversary's old date must not veto it)
        latest = max(spans, key=lambda t: t[1])
        # Round 33: candidates after today are no candidates (the axiom applied at the end). When one
        # day is left before today and the latest date mentioned is not after it («أمس السبت 7 سبتمبر»
        # under a president in office since December 2019, that month told as his first election),
        # there is nothing to choose, and an old year told in the past must not veto the day.
        past = np.flatnonzero(self.s.mask & self.s.between(None, run_day()))
        if len(past) == 1 and latest[0] <= day_at(past[0]):
            return
        hi = latest[1] + timedelta(days=RECENT_AFTER_DAYS)
        if self._life_story() and not self._current_year(latest[2]):
            self.s.apply(self.s.between(latest[0] - timedelta(days=RECENT_BEFORE_DAYS), None),
                         f"the latest date mentioned is «{latest[2]}», in a life story: a lower bound only", soft=True)
            return
        mask = self.s.between(latest[0] - timedelta(days=RECENT_BEFORE_DAYS), hi)
        self.s.apply(mask, f"the latest date mentioned is «{latest[2]}»", soft=True)

    def _life_story(self) -> bool:
        """A year told beside a birth or a death («ولد … عام 1932», «توفي عام 1990»): a life story's years."""
        text = normalize(self.doc.body)
        words = _LIFE_EVENT_WORDS
        for m in _YEAR.finditer(text.translate(_DIGITS)):
            before = text[max(0, m.start() - LIFE_EVENT_CONTEXT):m.start()].split()
            if any(w in words or (w[:1] == "و" and w[1:] in words) for w in before):
                return True
        return False

    def _current_year(self, said: str) -> bool:
        """The year is marked current: «العام الحالي 2015», «2015 الجاري», «هذا العام 2015»."""
        body = self.doc.body
        at = body.find(said)
        if at < 0:
            return False
        ctx = normalize(body[max(0, at - FUTURE_CUE_CONTEXT):at + len(said) + FUTURE_CUE_CONTEXT])
        return any(w in ctx.split() for w in _CURRENT_WORDS) or "هذا العام" in ctx

    def weekday_refs(self) -> None:
        """«الأربعاء 14 حزيران» (no year): the event is near publication, in a year where that day is a Wednesday."""
        for e in self.exprs:
            if e.kind == "date" and e.y is None and e.wd is not None and not (e.today or e.offset) and not e.hijri:
                m = _expr_days(e)
                days = [day_at(i) for i in np.flatnonzero(m)]
                mask = _windows(self.s, [(d, d) for d in days], 30, SOFT_WINDOWS[-1])
                self.s.apply(mask, f"«{e.text}» is near publication", soft=True)

    def page_proximity(self) -> None:
        """Several separate candidate periods: keep the one nearest before the page date if it is close.

        Only periods the hard evidence separates («14 June» a Wednesday in 2017 and 2023) are
        candidates; periods cut apart by soft windows alone («أكتوبر الماضي», read within 300
        days of each October) are one honest interval, which a page date (a print date, a
        sidebar) must not narrow to its last year.
        """
        days = [parse_iso(p.value) for p in self.doc.page_dates]
        days = [d for d in days if d]
        clusters = self.s.clusters()
        if not days or not 2 <= len(clusters) <= PAGE_PROXIMITY_MAX_PERIODS:
            return
        hard = getattr(self, "hard_mask", None)
        if hard is not None:
            hard_starts = [a for a, _b in _clusters_of(hard)]
            owner = [bisect_right(hard_starts, a) for a, _b in clusters]  # the hard period holding each one
            if owner[-1] == owner[-2]:
                self.s.evidence.append("not used: the page date, among periods only soft evidence separates")
                return
        hi = max(days)
        last = clusters[-1]
        if (hi - day_at(last[1])).days <= PAGE_PROXIMITY_DAYS:
            self.s.apply(self.s.between(day_at(last[0]), day_at(last[1])),
                         f"nearest candidate period before the page date {hi}", soft=True)


# Cleaner reasons (:func:`marsad.clean.lines.classify`) of the lines that open a block of other stories or
# close the article: no line after one of them is the article's own stamp.
_DATE_LINE = "page-date"  # the cleaner's reason for a line that is a date (and a clock) alone
# A comment list: its heading («التعليقات (2)», «أضف تعليقك») then the comments the cleaner files as footer lines.
_COMMENT_HEADS = frozenset({"comment-form", "comment-count"})
_COMMENT_LINES = frozenset({"footer", "page-date"})
# «سامر - 2025-04-12», «أبو خالد – 12/04/2025 10:30»: a reader's name of up to three words, a dash, a date alone
# (a weekday may lead the date, «الجمعة 10 نونبر 2023», and a clock follow it after a dash, «- 09:12»)
_SIGNATURE = re.compile(r"^[^\d\s\-–—:]+(?: [^\d\s\-–—:]+){0,2}\s+[-–—]\s+(?:[^\d\s\-–—:،,]+[،,]?\s+)?"
                        r"(\d[\d/\-. :]*\d|\d{1,2} \S+ \d{4}(?:\s+(?:[-–—]\s+)?\d{1,2}:\d{2})?)$")


def _signature_day(line: str) -> date | None:
    """The day of a reader's signature line («سامر - 2025-04-12», «مواطن - الجمعة 10 نونبر 2023 - 09:12»)."""
    m = _SIGNATURE.match(line.strip())
    if not m:
        return None
    exprs = parse(m.group(1))
    if len(exprs) != 1 or exprs[0].kind != "date" or exprs[0].y is None or exprs[0].d is None:
        return None
    r = resolve(exprs[0], None)
    return r.earliest if r is not None and r.earliest == r.latest else None
_SIDEBAR_REASONS = frozenset({RELATED_WHERE, "widget", "tags", "comment-count", "comment-form", "footer", "copyright"})


def _sentence_span(body: str, at: int) -> tuple[int, int]:
    """Start and end offsets of the sentence holding ``at``."""
    lo = max(body.rfind(ch, 0, at) for ch in _SENTENCE_ENDS) + 1
    his = [i for i in (body.find(ch, at) for ch in _SENTENCE_ENDS) if i >= 0]
    return lo, (min(his) if his else len(body))


_YEAR_THEN_CURRENT = re.compile(r"(?:19|20)\d\d\s*(?:م\s+)?(?:الجاري|الحالي)\w*\s*$")
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?!\d)")


def _number_sentence(body: str, at: int) -> str:
    """The sentence holding ``at``, where a decimal point («21.2 مليون») ends nothing."""
    starts = [m.end() for m in _SENTENCE_END.finditer(body, 0, at)]
    end = _SENTENCE_END.search(body, at)
    return body[starts[-1] if starts else 0:end.start() if end else len(body)]


def _clusters_of(mask: np.ndarray) -> list[tuple[int, int]]:
    """Separate periods of a mask, as :meth:`Solver.clusters` finds them."""
    return Solver.clusters(SimpleNamespace(mask=mask))


_SENTENCE_ENDS = ".!?؟\n"
# Words of a birth or a death before a year (:meth:`_Collector._life_story`), normalized.
_LIFE_EVENT_WORDS = frozenset(normalize(w) for w in ("ولد", "ولدت", "مواليد", "توفي", "توفيت", "وفاته", "وفاتها",
                                                     "رحل", "رحلت", "ميلاده", "ميلادها"))
LIFE_EVENT_CONTEXT = 60  # characters before a year searched for a birth or a death word
_CURRENT_WORDS = frozenset(normalize(w) for w in ("الحالي", "الجاري", "الحاليه", "الجاريه"))
_LIFE_TITLE_WORDS = frozenset(normalize(w) for w in ("الملك", "الأمير", "الشيخ", "السلطان", "خادم", "الحرمين", "الشريفين",
                                                      "العاهل", "جلالة", "سمو", "صاحب", "السمو", "الملكي"))


def _consistent(items: list[tuple[np.ndarray, str]]) -> list[tuple[np.ndarray, str]]:
    """Drop the constraints that conflict with the most others (ties: all of them) until the rest agree.

    Two tenures that cannot both hold (a wrong or missing knowledge-base entry, a historical mention)
    cancel each other instead of letting whichever came first win.
    """
    items = [it for it in items if it[0].any()]
    while len(items) > 1:
        total = np.logical_and.reduce([m for m, _ in items])
        if total.any():
            break
        conflicts = [sum(not (m & o).any() for o, _ in items) for m, _ in items]
        worst = max(conflicts)
        items = [it for it, c in zip(items, conflicts, strict=True) if c < worst]
    return items


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _metadata(doc: Document) -> date | None:
    return parse_iso(doc.meta.get("metadata_date")) if isinstance(doc.meta, dict) else None


def _copyright_year(doc: Document) -> date | None:
    """The last day of the latest year on the copyright footers the cleaner dropped, or None.

    Years after the run day are no render year (a typo or a template placeholder) and are skipped.
    """
    last = run_day().year
    years = [int(m.group()) for line in doc.dropped if line.reason == "copyright" and _chrome_line(line.text, True)
             for m in _YEAR.finditer(line.text.translate(_DIGITS)) if MIN_YEAR <= int(m.group()) <= last]
    return date(max(years), 12, 31) if years else None


def _metadata_period(doc: Document) -> tuple[date, date] | None:
    """The (first, last) day of a bare-year or month metadata value («2019», «2022-02»), or None."""
    period = doc.meta.get("metadata_period") if isinstance(doc.meta, dict) else None
    if not isinstance(period, (list, tuple)) or len(period) != 2:
        return None
    lo, hi = parse_iso(period[0]), parse_iso(period[1])
    return (lo, hi) if lo and hi and lo <= hi else None


def _office_tenures(c: _Collector) -> list[np.ndarray]:
    """Per office the page names with a current title, the union of its holders' terms (open ones to now)."""
    groups: dict[str, np.ndarray] = {}
    for cue in getattr(c, "cues", []):
        if cue.elect or c._historical(cue):
            continue
        # the terms as the knowledge base has them (no start slack: a period is months wide already)
        groups[cue.office] = groups.get(cue.office, c.s.empty()) | c.s.between(parse_iso(cue.start), parse_iso(cue.end))
    return list(groups.values())


def _apply_period(c: _Collector, period: tuple[date, date]) -> None:
    """Bound the interval by a page's bare-year or month metadata (the publisher's own, so both sides).

    Text that contradicts it wins, as for a metadata day: a period after the text's evidence still closes
    the interval above (a crawl year), one before it is noise. A period holding the page's own render year
    (its copyright footer) or its latest chrome date cannot be told from that render stamp: it is then an
    upper bound only (a 2016 story under «© 2018» with metadata «2018»), and so is one outside the tenure of
    every holder of an office the page names with its current title (tenure ends are soft evidence for the
    text, but a coarse period is more often an archive or crawl year than a mis-dated day).
    """
    s, (lo, hi) = c.s, period
    label = f"metadata period {lo}..{hi}"
    chrome = [d for p in c.doc.page_dates if p.where != RELATED_WHERE and (d := parse_iso(p.value))]
    render = [d for d in (_copyright_year(c.doc), max(chrome) if chrome else None) if d is not None]
    within = s.between(lo, hi)
    out_of_office = any(not (tenure & within).any() for tenure in _office_tenures(c))
    if (s.mask & within).any() and not out_of_office and not any(lo <= d <= hi for d in render):
        s.apply(within, f"{label} (publisher's metadata): published within it")
        return
    below = s.between(None, hi)
    if (s.mask & below).any():
        s.apply(below, f"{label}: an upper bound only" + ("" if (s.mask & within).any() else " (the text is earlier)"))
    else:
        s.evidence.append(f"{label} conflicts with the text: not used")


def infer_published(doc: Document) -> Published:
    """The publication interval [earliest, latest], a value only when one day is supported, and evidence."""
    c = _Collector(doc)
    meta = _metadata(doc)
    c.today_dates()
    c.today_correspond()
    c.stated_day_years()
    c.stated_day_calendars()
    c.datelines()
    c.title_dateline()
    c.title_date()
    c.today_weekday()
    c.feast_today()
    c.weekday_match()
    c.current_month()
    c.current_month_days()
    c.marked_weekday_dates()
    c.past_year_period()
    c.since_refs()
    c.page_dates()
    c.title_stamp()
    c.chrome_lines()
    c.bulletin_title()
    c.scheduled()
    c.tenures()
    c.budget_year_days()
    c.national_day_today()
    c.national_day_ordinal()
    c.season_matchday()
    c.obituary_age()
    c.famous_events()
    c.marked_refs(HARD_WINDOW, soft=False)
    c.copyright_years()  # after the hard evidence: a stale footer before it is left out
    s = c.s
    if meta is not None:
        if s.mask[index(meta)]:
            return Published(meta.isoformat(), meta.isoformat(), meta.isoformat(),
                             [f"metadata date {meta}", *s.evidence])
        s.evidence.append(f"metadata date {meta} conflicts with the text: not used as the day")
        # A crawler's render or print date comes after the story: it still closes the interval
        # above (pf39-02, a 2021 INA dateline stamped 2024). One before the text's evidence is noise.
        if (s.mask & s.between(None, meta)).any():
            s.apply(s.between(None, meta), f"metadata date {meta} is after the text's evidence: upper bound")
    period = _metadata_period(doc) if meta is None else None
    if period is not None:
        _apply_period(c, period)
    c.hard_mask = s.mask.copy()  # what the hard evidence forces; soft windows only rank within it
    c.today_yearless()
    c.anniversaries()
    c.same_day_years_ago()
    c.related_dates()
    c.original_dates()
    c.past_dated()
    c.past_weekday_dates()
    c.signed_dates()
    c.archive_captions()
    c.neighbour_years()
    c.structural = s.mask.copy()  # the evidence without the plausibility windows (brackets narrow it)
    for window in SOFT_WINDOWS:
        c.marked_refs(window, soft=True)
    c.brackets()
    c.elect_titles()
    c.tenure_ends()
    c.weekday_refs()
    c.recent_years()
    c.page_proximity()
    lo, hi = s.interval()
    # An axiom, like the 1900–2100 range: no page appeared after the day it is read. It narrows
    # a bounded interval («اليوم الأربعاء 8 يناير» under an open tenure) but is no evidence itself.
    # With a real lower bound and a pattern of candidate days (an open tenure and a weekday) the axiom
    # also closes the interval above; a plain «since 2019» stays open above.
    past = s.mask & s.between(None, run_day())
    if past.any():
        idx = np.flatnonzero(past)
        pattern = lo is not None and len(idx) < idx[-1] - idx[0] + 1
        hi = day_at(idx[-1]) if hi is not None or pattern else None
        lo = day_at(idx[0]) if lo is not None else None
    value = None
    conflicted = any(e.startswith("ignored") for e in s.evidence)
    if lo is not None and lo == hi and c.day_signal and not conflicted:
        value = lo.isoformat()  # one day, stated by the text, nothing contradicting it
    evidence = list(s.evidence)
    if lo is None and hi is None:
        evidence.append("unknown: no dating evidence in the text")
    elif lo is None:
        evidence.append(f"unknown, before {hi}")
    return Published(_fmt(lo) if lo else None, _fmt(hi) if hi else None, value, evidence)


def run_day() -> date:
    """Today (``MARSAD_TODAY`` overrides it for reproducible runs): the last day a page can have appeared."""
    return parse_iso(os.environ.get("MARSAD_TODAY")) or date.today()


def published_from_anchor(day: str) -> Published:
    """A known publication day (given by the caller) as a Published record."""
    return Published(day, day, day, [f"given publication date {day}"])
