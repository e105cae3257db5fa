"""Anniversaries and famous dated events: «الذكرى العاشرة لثورة 25 يناير 2011» dates a page to January 2021.

An anniversary count N and the event's date (written after it in the sentence, or a
well-known event from the lexicon's short list) put publication near the event's date
plus N years. Naming a famous event («انفجار مرفأ بيروت») dates the page on or after it.
Word lists live in ``data/lexicon.json`` (``anniversaries``, ``famous_events``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from marsad.analyze.time.grammar import Expr
from marsad.analyze.time.resolve import resolve
from marsad.text.normalize import PLACEHOLDER, normalize, normalize_keep_length

_DATA = Path(__file__).with_name("data") / "lexicon.json"
# Characters after the count searched for the event's date (same sentence only).
EVENT_CONTEXT = 160
# Words after «الذكرى» read for the count («الحادية والعشرين»: three words at most).
COUNT_WORDS = 3
_SENTENCE_ENDS = ".!?؟\n"
_CLITICS = ("وال", "بال", "لل", "فال", "و", "ب", "ل", "ف")
_WORD = re.compile(r"[\w\x01]+(?:-[\w\x01]+)*")
_DIGITS = re.compile(r"^(?:ال)?(\d{1,3})$")
# Raw-text prefilters: most pages name no anniversary and no famous event.
_ANY_COUNT_WORD = re.compile(r"ذكر[ىي]|مرور")


@dataclass(frozen=True)
class Anniversary:
    """«الذكرى العاشرة» (``years``) of an event dated [``first``, ``last``] (its text ``source``), at ``at``."""

    years: int
    first: date
    last: date
    source: str
    at: int
    end: int


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _fold(w: str) -> str:
    return normalize(w).replace("ـ", "")


@lru_cache(maxsize=1)
def _tables() -> dict[str, object]:
    """Folded word tables for counts."""
    a = _raw()["anniversaries"]
    units = {_fold(w): int(k) for k, ws in a["ordinal_units"].items() for w in ws}
    tens = {_fold(w): int(k) for k, ws in a["ordinal_tens"].items() for w in ws}
    cards = {_fold(w): int(k) for k, ws in _raw()["number_words"].items() for w in ws if " " not in w}
    return {
        "words": {_fold(w) for w in a["words"]}, "elapsed": {_fold(w) for w in a["elapsed_words"]},
        "year_units": {_fold(w) for w in a["year_units"]}, "decades": {_fold(w) for w in a["decade_units"]},
        "units": units, "tens": tens, "teens": {_fold(w) for w in a["teen_words"]},
        "centenary": {_fold(w) for w in a["centenary_words"]}, "cards": cards,
        "elapsed_before": {_fold(w) for w in a["elapsed_before"]},
        "fillers": {_fold(w) for w in a["count_fillers"]},
    }


@lru_cache(maxsize=1)
def famous_events() -> tuple[tuple[str, date], ...]:
    """(folded name, date) of the well-known events, longest names first."""
    out = [(_fold(name), date.fromisoformat(k)) for k, names in _raw()["famous_events"].items()
           if not k.startswith("_") for name in names]
    return tuple(sorted(out, key=lambda t: -len(t[0])))


@lru_cache(maxsize=1)
def past_title_nouns() -> frozenset[str]:
    """Nouns before a title that make it history («لمقتل قائد فيلق القدس»): no current tenure."""
    return frozenset(_fold(w) for w in _raw()["tenure_past_nouns"])


def strip_clitic(w: str, vocab: set[str] | frozenset[str] | dict) -> str | None:
    """``w`` or ``w`` without a leading clitic, whichever is in ``vocab``."""
    if w in vocab:
        return w
    for c in _CLITICS:
        if w.startswith(c) and len(w) > len(c) + 1:
            rest = ("ال" + w[len(c):]) if c in ("وال", "بال", "فال") else w[len(c):]
            if c == "لل":
                rest = "ال" + w[2:]
            if rest in vocab:
                return rest
    return None


def _ordinal(words: list[str]) -> tuple[int, int] | None:
    """(count, words used) of an ordinal count: «العاشرة», «الحادية عشرة», «الخامسة والعشرين», «الـ75»."""
    t = _tables()
    if not words:
        return None
    m = _DIGITS.match(words[0])
    if m:
        return int(m.group(1)), 1
    if words[0] == "ال" and len(words) > 1 and words[1].isdigit():
        return int(words[1]), 2
    w0 = words[0]
    if w0 in t["tens"]:
        return t["tens"][w0], 1
    if w0 in t["centenary"]:
        return 100, 1
    if w0 not in t["units"]:
        return None
    n = t["units"][w0]
    if len(words) > 1 and words[1] in t["teens"] and n < 10:
        return n + 10, 2
    if len(words) > 1 and words[1].startswith("و") and words[1][1:] in t["tens"] and n < 10:
        return n + t["tens"][words[1][1:]], 2
    if w0 in ("الحاديه", "الحادي"):
        return None  # «الحادية» alone is no count
    return n, 1


def _cardinal_years(words: list[str]) -> tuple[int, int] | None:
    """(years, words used) of «25 عاما», «عشر سنوات», «خمسين عاما», «ثلاثة عقود» after «مرور»."""
    t = _tables()
    if len(words) < 2:
        return None
    n = int(words[0]) if words[0].isdigit() else t["cards"].get(words[0])
    if n is None:
        return None
    unit = words[1]
    if unit in t["decades"]:
        return n * 10, 2
    if unit in t["year_units"]:
        return n, 2
    return None


def _words(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of a same-length folded text (dropped marks removed from the word)."""
    return [(m.start(), m.end(), m.group().replace(PLACEHOLDER, "").replace("ـ", "")) for m in _WORD.finditer(folded)]


def _next_count(tokens: list[tuple[int, int, str]], k: int) -> int:
    """Offset of the next count of years («و75 عاما», «الذكرى …») from token ``k`` on: another event's date follows."""
    t = _tables()
    for j in range(k, len(tokens)):
        w = tokens[j][2]
        w = w[1:] if w[:1] == "و" and w[1:].isdigit() else w
        if strip_clitic(w, t["words"]) or _cardinal_years([w] + [x for _a, _b, x in tokens[j + 1:j + 2]]):
            return tokens[j][0]
    return 1 << 30


def _sentence(body: str, at: int) -> tuple[int, int]:
    """Start and end offsets of the sentence holding ``at``."""
    lo = max(body.rfind(ch, 0, at) for ch in _SENTENCE_ENDS) + 1
    his = [i for i in (body.find(ch, at) for ch in _SENTENCE_ENDS) if i >= 0]
    return lo, (min(his) if his else len(body))


@lru_cache(maxsize=1)
def _events_by_first() -> dict[str, list[tuple[list[str], date, str]]]:
    """Famous-event names keyed by their first word and its clitic forms («لانفجار» → «انفجار …»)."""
    out: dict[str, list[tuple[list[str], date, str]]] = {}
    for name, day in famous_events():
        parts = name.split()
        forms = {parts[0]} | {c + parts[0] for c in _CLITICS if len(c) == 1}
        if parts[0].startswith("ال"):
            forms |= {c + parts[0][2:] for c in _CLITICS if len(c) > 1}
        for f in forms:
            out.setdefault(f, []).append((parts[1:], day, name))
    return out


def _bare(name: str) -> str:
    """A name without its article, as it is also written after «لل» («للنكبة»)."""
    return name[2:] if name.startswith("ال") and len(name) > 4 else name


def event_mentions(body: str) -> list[tuple[int, int, date, str]]:
    """(start, end, date, name) of each well-known event named in ``body`` (offsets into ``body``)."""
    folded = normalize_keep_length(body)
    if not any(_bare(name) in folded for name, _day in famous_events()):
        return []  # a name split by a diacritic is missed here: rare in news copy
    index = _events_by_first()
    words = _words(folded)
    out, skip_to = [], 0
    for i, (s, _e, w) in enumerate(words):
        if i < skip_to or w not in index:
            continue
        for rest, day, name in index[w]:  # longest names first
            k = len(rest)
            if [x for _a, _b, x in words[i + 1:i + 1 + k]] == rest:
                out.append((s, words[i + k][1], day, name))
                skip_to = i + 1 + k
                break
    return out


def _event_after(body: str, exprs: list[Expr], start: int, stop: int) -> tuple[date, date, str] | None:
    """The first dated expression (with a year) after ``start`` in the sentence, within EVENT_CONTEXT."""
    for e in exprs:
        items = e.sub if e.kind == "interval" and e.sub else [e]
        x = items[0]
        if e.start < start or e.start > min(stop, start + EVENT_CONTEXT):
            continue
        if x.kind in ("date", "month", "year") and x.y is not None and not x.hijri:
            r = resolve(x, None)
            if r is not None:
                return r.earliest, r.latest, x.text
    return None


# «الذكرى السبعين لهذه الحرب»: the event is the one the previous sentence dates.
_ANAPHOR = re.compile(r"\s*ل(?:هذه|هذا|تلك|ذلك|ذكرى\s+(?:هذه|هذا|تلك|ذلك))\s+\w+")


def _previous_year(body: str, exprs: list[Expr], lo: int) -> tuple[date, date, str] | None:
    """The year of the sentence before ``lo`` when every dated expression in it names the same year.

    Only the year: «لهذه الحرب» after «… عام 1956 … تأميم القناة في 26 يوليو 1956» is a war of 1956,
    not of 26 July. Several years (or none) give nothing.
    """
    k = lo
    while k > 0 and (body[k - 1].isspace() or body[k - 1] in _SENTENCE_ENDS):
        k -= 1  # back over the previous sentence's end and a paragraph break
    if k <= 0:
        return None
    plo, _phi = _sentence(body, k - 1)
    years = {x.y for e in exprs if plo <= e.start < lo for x in (e.sub if e.kind == "interval" and e.sub else [e])
             if x.y is not None and not x.hijri and x.kind in ("date", "month", "year", "same_day")}
    if len(years) != 1:
        return None
    y = years.pop()
    return date(y, 1, 1), date(y, 12, 31), str(y)


def anniversaries(body: str, exprs: list[Expr]) -> list[Anniversary]:
    """Every «الذكرى <N> ل…» / «مرور <N> عاما على …» with its event's date found."""
    if not _ANY_COUNT_WORD.search(body):
        return []
    t = _tables()
    tokens = _words(normalize_keep_length(body))
    events = event_mentions(body)
    out = []
    for i, (s, _e, w) in enumerate(tokens):
        nxt = [x for _a, _b, x in tokens[i + 1:i + 1 + COUNT_WORDS]]
        if strip_clitic(w, t["words"]):
            # «الذكرى السنوية الأولى لانفجار المرفأ»: «السنوية» (annual) stands between the noun and its count
            skip = 1 if nxt[:1] and nxt[0] in t["fillers"] else 0
            nxt = [x for _a, _b, x in tokens[i + 1 + skip:i + 1 + skip + COUNT_WORDS]]
            got = _ordinal(nxt)
            if got is not None:
                got = (got[0], got[1] + skip)
        elif strip_clitic(w, t["elapsed"]) and i and strip_clitic(tokens[i - 1][2], t["elapsed_before"]):
            got = _cardinal_years(nxt)  # «بمناسبة مرور 25 عاما»; a bare «بعد مرور 24 عاما على …» narrates
        else:
            continue
        if got is None or got[0] <= 0:
            continue
        years, used = got
        end = tokens[i + used][1]
        lo, hi = _sentence(body, s)
        hi = min(hi, _next_count(tokens, i + used + 1))  # «ذكرى 50 عاما على وفاته، و75 عاما على … 1940»
        found = _event_after(body, exprs, end, hi)
        if found is None and _ANAPHOR.match(body, end):
            found = _previous_year(body, exprs, lo)
        if found is None:
            named = [ev for ev in events if lo <= ev[0] < hi]
            after = [ev for ev in named if ev[0] >= end]
            pick = (after or named[::-1] or [None])[0]
            if pick is None:
                continue
            found = (pick[2], pick[2], pick[3])
        out.append(Anniversary(years, found[0], found[1], found[2], s, end))
    return out


def shift_years(d: date, years: int) -> date | None:
    """``d`` moved ``years`` later (29 February → 28), None out of range."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        try:
            return d.replace(year=d.year + years, day=28)
        except ValueError:
            return None
