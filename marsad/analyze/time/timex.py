"""Turn recognized expressions into ``Timex`` records, against a day or a document interval."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from functools import cache

from marsad.analyze.time.grammar import Expr, parse
from marsad.analyze.time.lexicon import DATA as LEXICON_DATA
from marsad.analyze.time.lexicon import get_lexicon
from marsad.analyze.time.resolve import Resolved, duration_value, needs_anchor, resolve
from marsad.model import Published, Timex
from marsad.text.normalize import normalize

# A Hijri day given with «الموافق» a Gregorian one may be a day off the Umm al-Qura tables (local
# sighting: «فاتح رمضان 1443 … الموافق 3 أبريل 2022» in Morocco): the Gregorian day the text states wins.
_SIGHTING_DAYS = 2
_CORRESPOND_EXTRA = {"يوافق", "توافق", "يصادف", "الموافق", "الموافقة"}
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")


def parse_iso(value: str | None) -> date | None:
    """An ISO day (YYYY-MM-DD, extra text ignored) → date, or None."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


# A detached era letter after a Gregorian year («27 سبتمبر 2023 م») stays outside the span, as «2015م» does not.
_DETACHED_ERA = re.compile(r"(?<=[\d\u0660-\u0669])\s+م$")


def _timex(e: Expr, r: Resolved | None, anchor_kind: str, offset: int) -> Timex:
    m = _DETACHED_ERA.search(e.text) if e.text.endswith(("م", "م\n")) else None  # the pattern ends in «م$»
    text, end = (e.text[:m.start()], e.end - (len(e.text) - m.start())) if m else (e.text, e.end)
    if r is None:
        return Timex(e.start + offset, end + offset, text, None, _granularity(e), anchor="unresolved")
    return Timex(e.start + offset, end + offset, text, r.value, r.granularity,
                 earliest=r.earliest.isoformat(), latest=r.latest.isoformat(), anchor=anchor_kind)


def _granularity(e: Expr) -> str:
    if e.kind == "in_period":
        return "day" if e.d is not None else "month"
    if e.kind == "following":  # «اليوم التالي», «العام التالي»
        return e.unit
    if e.kind == "same_day" and e.unit == "month":
        return "month"
    if e.kind in ("eve", "same_day", "feast", "of_it"):
        return "day"
    if e.kind == "same_month":
        return "month"
    return {"date": "day", "rel_day": "day", "weekday": "day", "month": "month", "year": "year",
            "period": {"week": "week", "month": "month"}.get(e.unit, "year"), "duration": "duration", "season": "season",
            "quarter": "quarter"}.get(e.kind, "interval" if e.kind != "ago" else e.unit or "unknown")


def to_timex(e: Expr, anchor: date | None, offset: int = 0) -> Timex:
    """One expression resolved against one anchor day."""
    if e.kind == "duration":  # a length, not a date: value P3D, no day bounds
        return Timex(e.start + offset, e.end + offset, e.text, duration_value(e), "duration", anchor="absolute")
    rel = needs_anchor(e)
    r = resolve(e, anchor if rel else None) if rel else resolve(e, None)
    return _timex(e, r, "document" if rel else "absolute", offset)


def to_timex_interval(e: Expr, lo: date | None, hi: date | None, offset: int = 0) -> Timex:
    """One expression resolved against a publication interval: the union over its two ends."""
    if e.kind == "duration" or not needs_anchor(e) or lo is None or hi is None:
        return to_timex(e, lo if lo == hi else None, offset)
    if lo == hi:
        return to_timex(e, lo, offset)
    r1, r2 = resolve(e, lo), resolve(e, hi)
    if r1 is None or r2 is None:
        return _timex(e, None, "unresolved", offset)
    if r1.value == r2.value:
        return _timex(e, r1, "document", offset)
    a, b = min(r1.earliest, r2.earliest), max(r1.latest, r2.latest)
    return _timex(e, Resolved(a, b, f"{a.isoformat()}/{b.isoformat()}", r1.granularity), "document", offset)


def _corresponding(text: str, a: Expr, b: Expr) -> bool:
    """«A الموافق B» (the joining word between them, or leading B's span: «يوم الأحد الموافق 3 أبريل»)."""
    head = text[a.end:b.start] + " " + _DIGIT.split(text[b.start:b.end], 1)[0]
    words = normalize(head.replace("(", " ").replace(")", " ")).split()
    if len(words) > 6 or any(c in text[a.end:b.start] for c in ".،,؛;"):
        return False
    joins = {normalize(w) for w in get_lexicon().words["correspond_words"] | _CORRESPOND_EXTRA}
    return any(w in joins for w in words)


def align_corresponding(text: str, exprs: list[Expr], timexes: list[Timex]) -> list[Timex]:
    """A Hijri day and the Gregorian day it is said to correspond to take the Gregorian value."""
    out = list(timexes)
    for i in range(len(exprs) - 1):
        a, b = exprs[i], exprs[i + 1]
        ta, tb = out[i], out[i + 1]
        if a.hijri == b.hijri or ta.granularity != "day" or tb.granularity != "day" or not _corresponding(text, a, b):
            continue
        da, db = parse_iso(ta.value), parse_iso(tb.value)
        if da is None or db is None or da == db or len(ta.value or "") != 10 or len(tb.value or "") != 10:
            continue
        if abs((da - db).days) > _SIGHTING_DAYS:
            continue
        h, g = (i, tb) if a.hijri else (i + 1, ta)
        out[h] = replace(out[h], value=g.value, earliest=g.earliest, latest=g.latest)
    return out


@cache
def _lead_words() -> tuple[tuple[str, ...], ...]:
    """Words a day's span takes in before it («يوم عيد العمال», «عشية الخميس المنصرم»), longest first."""
    raw = json.loads(LEXICON_DATA.read_text(encoding="utf-8"))
    words = {tuple(normalize(w).split()) for w in raw["span_lead_words"]}
    return tuple(sorted(words, key=len, reverse=True))


_DAY_WORD = ("يوم",)
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_BEFORE_WINDOW = 64  # characters searched back first: the whole text before each day took ~10% of the stage


def _word_before(text: str, at: int) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(text, 0, at)``, searching a short window before ``at`` when that gives the same match.

    The match is the last word before ``at`` and the whitespace after it; in the window it is the same one
    unless it starts at the window's edge (the word may go on before it) or the window is all whitespace.
    """
    lo = at - _BEFORE_WINDOW
    if lo > 0:
        m = _WORD_BEFORE.search(text, lo, at)
        if m is not None and m.start() > lo:
            return m
        if m is None and not text[lo:at].isspace():
            return None
    return _WORD_BEFORE.search(text, 0, at)


def widen_lead(text: str, timexes: list[Timex], offset: int = 0) -> list[Timex]:
    """A named day's span takes in the «يوم» or «عشية» that leads it: «يوم عيد العمال», «عشية الخميس المنصرم».

    Parts of the day («فجر الخميس») stay out, as round 24 set from dev («فجر الثالث من كانون الثاني 2020»),
    and so does «يوم» before a numeric date («يوم 9 أفريل 2021»). Only day-grained expressions, never across
    a line or onto the expression before.
    """
    out = list(timexes)
    leads = _lead_words()
    for k, t in enumerate(out):
        if t.granularity != "day":
            continue
        start = t.start - offset
        floor = out[k - 1].end - offset if k else 0
        digit_first = bool(_DIGIT.match(t.text))
        before: dict[int, tuple[re.Match[str] | None, str]] = {}  # position → the word before it, folded (once)
        for lead in leads:
            if digit_first and lead == _DAY_WORD:
                continue  # «يوم 9 أفريل 2021»: the grammar's span starts at the date (the dev set's convention)
            at, ok = start, True
            for w in reversed(lead):
                hit = before.get(at)
                if hit is None:
                    m = _word_before(text, at)
                    hit = before[at] = (m, normalize(m.group(1)) if m is not None else "")
                m, word = hit
                if m is None or m.start(1) < floor or "\n" in text[m.end(1):at] or word != w:
                    ok = False
                    break
                at = m.start(1)
            if ok and at < start:
                out[k] = replace(t, start=at + offset, text=text[at:t.end - offset])
                break
    return out


OCCASION_GAP_WORDS = 3
OCCASION_DAYS = 7  # the weekday's own reading and the feast are within a week of each other


def align_occasion(text: str, exprs: list[Expr], timexes: list[Timex]) -> list[Timex]:
    """«عطلت الحكومة الدوام يوم الأحد بمناسبة ذكرى المولد النبوي»: a bare weekday joined to a feast by an
    occasion word is the feast's day, when the feast falls on that weekday within a week of the weekday's
    own reading (the past tense had read the Sunday before, the holiday is the coming one)."""
    out = list(timexes)
    occasion = None
    for i in range(len(exprs) - 1):
        a, b = exprs[i], exprs[i + 1]
        ta, tb = out[i], out[i + 1]
        if a.kind != "weekday" or a.wd is None or b.kind != "date" or b.unit != "feast":
            continue
        if occasion is None:  # imported only for the rare weekday + feast pair: most sentences have none
            from marsad.analyze.time.cues import bare_word, page_cues

            occasion = page_cues().occasion
        words = normalize(text[a.end:b.start]).split()
        if not words or len(words) > OCCASION_GAP_WORDS or not all(w in occasion or bare_word(w) in occasion
                                                                   for w in words):
            continue
        da, db = parse_iso(ta.value), parse_iso(tb.value)
        if da is None or db is None or len(ta.value or "") != 10 or len(tb.value or "") != 10:
            continue
        if db.weekday() == a.wd and 0 < abs((db - da).days) <= OCCASION_DAYS:
            out[i] = replace(ta, value=tb.value, earliest=tb.earliest, latest=tb.latest)
    return out


def find_timexes(text: str, *, anchor: str | None = None, offset: int = 0) -> list[Timex]:
    """Time expressions in ``text`` (spans + ``offset``); relative ones resolved against ``anchor`` (ISO day)."""
    a = parse_iso(anchor)
    exprs = parse(text)
    timexes = align_corresponding(text, exprs, [to_timex(e, a, offset) for e in exprs])
    return widen_lead(text, align_occasion(text, exprs, timexes), offset)


def resolve_timexes(text: str, published: Published, *, offset: int = 0) -> list[Timex]:
    """Time expressions of one sentence, relative ones resolved against a document's inferred interval."""
    if published.value:
        return find_timexes(text, anchor=published.value, offset=offset)
    lo, hi = parse_iso(published.earliest), parse_iso(published.latest)
    exprs = parse(text)
    timexes = align_corresponding(text, exprs, [to_timex_interval(e, lo, hi, offset) for e in exprs])
    return widen_lead(text, align_occasion(text, exprs, timexes), offset)


# Timex granularities that date an event (durations and open intervals do not).
_EVENT_GRANULARITIES = ("day", "week", "month", "interval", "quarter", "season", "year")


def sentence_interval(text: str, published: Published) -> tuple[str | None, str | None, str]:
    """When the event of one sentence happened: (earliest, latest, how).

    The sentence's own time expression when it has one (the first that resolves, finest
    first when several), else the document's publication interval (how="document").
    """
    found = [t for t in resolve_timexes(text, published) if t.earliest and t.granularity in _EVENT_GRANULARITIES]
    if found:
        t = min(found, key=lambda x: (_EVENT_GRANULARITIES.index(x.granularity), x.start))
        return t.earliest, t.latest, f"timex «{t.text}»"
    return published.earliest, published.latest, "document"
