"""Dates seen in page chrome (render dates, sidebar items): a small parser for Arabic and English forms.

These are upper bounds on when a page was published, never the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from marsad.clean.resources import fold, load
from marsad.model import PageDate
from marsad.text.normalize import normalize, normalize_keep_length


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Folded month name → month number."""
    return {fold(k): v for k, v in load("months")["months"].items()}


def _alternation(words: list[str]) -> str:
    """Regex alternation of folded words, longest first, spaces matching any whitespace run."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Compiled date patterns with the order of their groups (d=day, m=month, y=year)."""
    month = f"(?:{_alternation(list(_months()))})"
    b, e = r"(?<![\w])", r"(?![\w])"
    day, year = r"(\d{1,2})", r"(\d{4})"
    alt = rf"(?:\s*[/(\-]\s*{month}\s*\)?)?"  # "ديسمبر/ كانون الأول", "حزيران (يونيو)"
    return [
        (re.compile(rf"{b}{day}\s*(?:من\s+)?(?:شهر\s+)?({month}){alt}\s*[,،]?\s*(?:عام\s+|سنة\s+)?{year}{e}"), "dmy"),
        (re.compile(rf"{b}({month})\s+{day}(?:st|nd|rd|th)?\s*,?\s*{year}{e}"), "mdy"),
        (re.compile(rf"{b}{year}[/.\-]{day}[/.\-]{day}(?!\d)"), "ymd"),
        (re.compile(rf"{b}{day}[/.\-]{day}[/.\-]{year}{e}"), "dmy#"),
    ]


def _matchable(text: str) -> str:
    """Same-length folded text (digits unified, alef/ya folded, lower-cased) for date regexes."""
    folded = normalize_keep_length(text).lower()
    return folded if len(folded) == len(text) else text


def _to_iso(groups: tuple[str, ...], order: str) -> str | None:
    """ISO day from matched groups, or None when the numbers do not make a real date."""
    if order == "dmy":
        d, m, y = int(groups[0]), _months().get(fold(groups[1])), int(groups[2])
    elif order == "mdy":
        m, d, y = _months().get(fold(groups[0])), int(groups[1]), int(groups[2])
    elif order == "ymd":
        y, m, d = int(groups[0]), int(groups[1]), int(groups[2])
    else:
        d, m, y = int(groups[0]), int(groups[1]), int(groups[2])
    if m is None or not 1900 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date (day, month, year) in ``text`` as (start, end, ISO day), left to right."""
    folded = _matchable(text)
    found: list[tuple[int, int, str]] = []
    for pattern, order in _patterns():
        for m in pattern.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            iso = _to_iso(m.groups(), order)
            if iso:
                found.append((m.start(), m.end(), iso))
    return sorted(found)


def page_dates(text: str, where: str = "chrome") -> list[PageDate]:
    """PageDate objects for the dates in one chrome line (original characters as text)."""
    return [PageDate(text=text[s:e], value=iso, where=where) for s, e, iso in find_dates(text)]


@lru_cache(maxsize=1)
def _filler() -> re.Pattern[str]:
    """What may surround a render date on a date-only line: weekdays, 'last updated', times, punctuation.

    A city is filler only as a time zone («بتوقيت بغداد»): alone before a date
    («بغداد / 20 كانون الثاني 2024») it is the article's dateline, not chrome.
    """
    data = load("months")
    words = _alternation([normalize(w).lower() for w in data["weekdays"] + data["date_fillers"]])
    zones = _alternation([normalize(w).lower() for w in data["timezone_places"]])
    zone = rf"{normalize('بتوقيت')}\s+(?:{zones})"
    return re.compile(rf"(?<![\w])(?:{zone}|{words})(?![\w])|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|[^\w]+")


def is_date_only(line: str) -> bool:
    """True when the line is nothing but a date (with weekday, time, 'updated' words): a render date."""
    spans = find_dates(line)
    if not spans:
        return False
    starts = [0] + [e for _, e, _ in spans]
    ends = [s for s, _, _ in spans] + [len(line)]
    rest = " ".join(line[a:b] for a, b in zip(starts, ends, strict=True))
    return not _filler().sub("", normalize(rest).lower()).strip()
