"""Arabic time vocabulary, loaded once from ``data/lexicon.json`` and folded for matching.

Words live in the data file (month names in every regional set, weekdays,
ordinals, relative words); this module only turns them into phrase tables keyed
by tuples of normalized tokens, so the grammar can look them up in O(1).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.text.normalize import PLACEHOLDER, normalize, normalize_keep_length

DATA = Path(__file__).with_name("data") / "lexicon.json"

# Tokens of the matching string: digit runs, Arabic letter runs, Latin runs, any other char.
_TOKEN_FLAT = re.compile(r"\d+|[\u0621-\u063a\u0641-\u064a]+|[A-Za-z]+|\S")
_PLACEHOLDERS = re.compile(PLACEHOLDER)
# Clitic prefixes stripped (one or two) before a lexicon lookup fails.
_PREFIX1 = "وفبلك"
_PREFIX2 = ("وب", "ول", "فب", "فل", "وك")


@dataclass(slots=True)
class Tok:
    """One matching token: folded text, original offsets, kind (num | word | punct)."""

    norm: str
    start: int
    end: int
    kind: str
    variants: tuple[str, ...] = ()


# Stands for any word the grammar never looks at (see :func:`tokenize`).
GAP = Tok("\x00", -1, -1, "word", ("\x00",))


def fold(word: str) -> str:
    """Fold a lexicon entry the same way the matching string is folded."""
    return normalize(word).replace("ـ", "")


def tokenize(text: str, known: set[str] | None = None) -> list[Tok]:
    """Tokenize ``text`` for matching; offsets point into ``text`` (diacritics/tatweel skipped).

    ``known``: every word the grammar can look at. Other words become the shared ``GAP``
    token (no offsets, never matched): they only keep adjacency, and cost no allocation.
    With ``known``, each whitespace-delimited chunk of ``text`` is tokenized once and
    memoized (tokens never span whitespace, so the result is that of :func:`_tokenize_flat`).
    """
    if known is None:
        return _tokenize_flat(text, None)
    memo = _chunk_memo(known)
    out: list[Tok] = []
    append = out.append
    pos = 0
    for ws, chunk in _CHUNK.findall(text):  # folding keeps length and never changes what is whitespace
        pos += len(ws)
        tpl = memo.get(chunk)
        if tpl is None:
            tpl = _chunk_template(chunk, known)
            if len(memo) < _CHUNKS_MAX:
                memo[chunk] = tpl
        if tpl is GAP:
            append(GAP)
        else:
            for t in tpl:
                if t is GAP:
                    append(GAP)
                else:
                    s, e, norm, kind, vs = t
                    append(Tok(norm, pos + s, pos + e, kind, vs))
        pos += len(chunk)
    return out


# Whitespace-delimited chunks of a text (with the whitespace before each).
_CHUNK = re.compile(r"(\s*)(\S+)")
# Chunk (as written) → its tokens relative to the chunk: GAP alone, or a tuple of GAP | (start, end, norm,
# kind, variants). A pure memo for one ``known`` set (``_CHUNKS_FOR``); bounded: news vocabulary is Zipfian.
_CHUNKS: dict[str, Any] = {}
_CHUNKS_FOR: list[set[str] | None] = [None]
_CHUNKS_MAX = 100_000


def _chunk_memo(known: set[str]) -> dict[str, Any]:
    """The chunk memo, emptied when another ``known`` set is used."""
    if _CHUNKS_FOR[0] is not known:
        _CHUNKS.clear()
        _CHUNKS_FOR[0] = known
    return _CHUNKS


def _chunk_template(chunk: str, known: set[str]) -> Any:
    """Tokens of one chunk with offsets relative to it (GAP alone for a single unknown word)."""
    toks = _tokenize_flat(chunk, known)
    if len(toks) == 1 and toks[0] is GAP:
        return GAP
    return tuple(t if t is GAP else (t.start, t.end, t.norm, t.kind, t.variants) for t in toks)


def _tokenize_flat(text: str, known: set[str] | None) -> list[Tok]:
    """:func:`tokenize` over the whole text at once (no memo)."""
    folded = normalize_keep_length(text)
    if PLACEHOLDER in folded:
        # compact index k is original index k + (placeholders before it): shift[j] = p_j - j, bisect on k
        shift: list[int] | None = [m.start() - j for j, m in enumerate(_PLACEHOLDERS.finditer(folded))]
        compact = folded.replace(PLACEHOLDER, "")
    else:
        shift = None
        compact = folded
    out: list[Tok] = []
    append = out.append
    find = compact.find
    pos = 0
    for tok in _TOKEN_FLAT.findall(compact):
        start = find(tok, pos)
        pos = start + len(tok)
        c = tok[0]
        if c.isalpha() and not c.isascii():
            if known is not None and tok not in known:
                near = _near_month(tok)
                if near is None:
                    append(GAP)
                    continue
                tok, kind, vs = near, "fuzzy", (near,)  # «فبرابر»: a month only where a day or «شهر» leads to it
            else:
                kind, vs = "word", _variants(tok)
        elif c.isdigit():
            kind, vs = "num", (tok,)
        else:
            kind, vs = ("latin" if c.isalpha() else "punct"), (tok,)
        if shift is None:
            append(Tok(tok, start, pos, kind, vs))
            continue
        end = pos + bisect_right(shift, pos - 1)
        while end < len(folded) and folded[end] == PLACEHOLDER:  # trailing diacritics/tatweel (هـ)
            end += 1
        append(Tok(tok, start + bisect_right(shift, start), end, kind, vs))
    return out


# Misspelled month names («فبرابر», «سبتمير») → the name: filled by :func:`get_lexicon`.
_MONTH_TYPOS: dict[str, str] = {}
_TYPO_MIN = 5  # names and misspellings this long or longer (shorter ones collide with common words)
# Letters told apart only by their dots (the commonest slip in typed Arabic: «سبتمير», «فبرابر»).
_DOT_GROUPS = ("بتثنيى", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة")
_LONG_VOWELS = "اوي"


def _near_month(word: str) -> str | None:
    """The month name ``word`` (or it without a clitic) misspells by one slip, else None."""
    if len(word) < _TYPO_MIN:
        return None
    name = _MONTH_TYPOS.get(word)
    if name is not None or word[0] not in _PREFIX1:
        return name
    for w in _variants(word)[1:]:
        name = _MONTH_TYPOS.get(w)
        if name is not None:
            return name
    return None


def _slips(word: str) -> set[str]:
    """Typing slips that keep the first letter: a letter dropped, a dot misplaced, a long vowel or a double added."""
    out: set[str] = set()
    for k in range(1, len(word)):
        head, c, tail = word[:k], word[k], word[k + 1:]
        out.add(head + tail)
        for group in _DOT_GROUPS:
            if c in group:
                out.update(head + x + tail for x in group if x != c)
        out.update(head + x + c + tail for x in _LONG_VOWELS + word[k - 1])
    out.update(word + x for x in _LONG_VOWELS)
    out.discard(word)
    return out


def month_typos(months: Phrases, known: set[str], sources: list[str]) -> dict[str, str]:
    """Slips of the month names ``sources`` (the correct spellings) → the name; never a known word or two months."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for name in (fold(w) for w in sources):
        month = months.table[(name,)]
        for typo in _slips(name):
            if len(typo) < _TYPO_MIN or typo in known:
                continue
            prev = out.setdefault(typo, name)
            if months.table[(prev,)] != month:
                clash.add(typo)
    for typo in clash:
        del out[typo]
    return out


@lru_cache(maxsize=100_000)
def _variants(word: str) -> tuple[str, ...]:
    """:func:`variants` as a tuple, memoized (the matching vocabulary is small)."""
    return tuple(variants(word))


def variants(word: str) -> list[str]:
    """The word and its forms without clitic prefixes (و ف ب ل ك, and لل→ال)."""
    out = [word]
    if len(word) > 3 and word[:2] in _PREFIX2:
        out.append(word[2:])
    if len(word) > 2 and word[0] in _PREFIX1:
        out.append(word[1:])
    for w in list(out):
        if w.startswith("لل") and len(w) > 3:
            out.append("ال" + w[2:])
    return out


@dataclass
class Phrases:
    """A phrase table: tuple of folded tokens → value, with the longest phrase length."""

    table: dict[tuple[str, ...], Any] = field(default_factory=dict)
    longest: int = 1
    first: set[str] = field(default_factory=set)
    span: dict[str, int] = field(default_factory=dict)  # first word → longest phrase starting with it

    def add(self, phrase: str, value: Any) -> None:
        """Register one written form (split into tokens the way the matcher does)."""
        key = tuple(t.norm for t in tokenize(fold(phrase)))
        if not key:
            return
        self.table.setdefault(key, value)
        self.longest = max(self.longest, len(key))
        self.first.add(key[0])
        self.span[key[0]] = max(self.span.get(key[0], 1), len(key))

    def match(self, toks: list[Tok], i: int, *, clitics: bool = True) -> tuple[int, Any] | None:
        """Longest phrase starting at token ``i`` → (next index, value); clitics on the first token."""
        if i >= len(toks):
            return None
        tok = toks[i]
        first = self.first
        if clitics:
            if first.isdisjoint(tok.variants):  # most calls: a quick reject in C
                return None
            cands = [f for f in tok.variants if f in first]
        elif tok.norm in first:
            cands = [tok.norm]
        else:
            return None
        table = self.table
        span = self.span
        longest = min(span[cands[0]] if len(cands) == 1 else max([span[f] for f in cands]), len(toks) - i)
        for n in range(longest, 1, -1):
            rest = tuple([t.norm for t in toks[i + 1:i + n]])
            for f in cands:
                val = table.get((f, *rest))
                if val is not None:
                    return i + n, val
        for f in cands:  # one-word phrases: no tail to build
            val = table.get((f,))
            if val is not None:
                return i + 1, val
        return None


@dataclass
class Lexicon:
    """All phrase tables the grammar uses."""

    months: Phrases
    hijri_months: Phrases
    weekdays: Phrases
    ordinals: Phrases
    numbers: Phrases
    units: Phrases
    rel_days: Phrases
    periods: Phrases
    markers: Phrases
    parts: Phrases
    seasons: Phrases
    small_ordinals: Phrases
    recent: Phrases
    recent_duals: Phrases
    recent_markers: Phrases
    upcoming_markers: Phrases
    duration_words: Phrases
    duration_verbs: Phrases  # «استمرت (المعارك) أربعة أيام»: a length follows, after at most a short subject
    decades: Phrases
    centuries: Phrases
    holidays: Phrases
    before_last: Phrases
    decade_unit_after: Phrases
    following_units: Phrases  # «اليوم/الشهر/العام» before «التالي»
    following_words: Phrases  # «التالي», «اللاحق», «الموالي»
    day_parts: Phrases  # «صباح», «مساء اليوم التالي»
    eve_words: Phrases  # «عشية», «ليلة» before a feast: the day before it
    thousands: Phrases  # «ألفين» opening a spelled-out year
    hundreds: Phrases  # «وتسعمئة» after «ألف» in a spelled-out year
    ambiguous_months: set[str]
    ambiguous_hijri: set[str]
    words: dict[str, set[str]]
    recent_span: dict[str, int]
    triggers: set[str]
    weekend: tuple[int, int] = (4, 5)  # «نهاية الأسبوع»: Friday and Saturday (days after Monday)
    known: set[str] = field(default_factory=set)
    # Word lists read from the raw text around an expression, never tokens of the grammar.
    context: dict[str, set[str]] = field(default_factory=dict)
    # «اليوم», «أمس», «غد» … as written in the table, without the composed day parts (read after «بعد»)
    rel_days_plain: Phrases = field(default_factory=Phrases)
    # «الأسبوع الثاني والأربعين من العام»: spelled ordinals of a week of the year (1–53)
    week_ordinals: Phrases = field(default_factory=Phrases)


def _table(spec: dict[str, list[str]], conv: Any = int) -> Phrases:
    p = Phrases()
    for key, forms in spec.items():
        for f in forms:
            p.add(f, conv(key))
    return p


def _rel_days(raw: dict[str, Any]) -> Phrases:
    """«اليوم», «أمس», «غد» …, and each one-word day part before them («ظهر الغد», «عصر يوم أمس»): one span."""
    p = _table(raw["relative_days"])
    parts = [w for w in raw["day_part_words"] if " " not in w]  # not «منتصف ليل»: «منتصف ليل أمس» stays as it was
    for key, bases in raw["day_part_deictics"].items():
        for base in bases:
            for part in parts:
                p.add(f"{part} {base}", int(key))
    return p


def _words(raw: dict[str, Any], *names: str) -> dict[str, set[str]]:
    return {n: {fold(w) for w in raw[n]} for n in names}


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """Load and fold the vocabulary once per process."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    units = Phrases()
    for unit, forms in raw["units"].items():
        for count, words in forms.items():
            for w in words:
                units.add(w, (unit, count))
    markers = Phrases()
    for kind, words in raw["markers"].items():
        for w in words:
            markers.add(w, kind)
    recent = Phrases()
    for unit, words in raw["recent_plurals"].items():
        for w in words:
            recent.add(w, unit)
    recent_duals = Phrases()
    for unit, words in raw["recent_duals"].items():
        for w in words:
            recent_duals.add(w, unit)
    recent_markers = Phrases()
    for w in raw["recent_markers"]:
        recent_markers.add(w, True)
    upcoming_markers = Phrases()
    for w in raw["upcoming_markers"]:
        upcoming_markers.add(w, True)
    lex = Lexicon(
        months=_table(raw["months"]),
        hijri_months=_table(raw["hijri_months"]),
        weekdays=_table(raw["weekdays"]),
        ordinals=_table(raw["ordinal_days"]),
        numbers=_table(raw["number_words"]),
        units=units,
        rel_days=_rel_days(raw),
        rel_days_plain=_table(raw["relative_days"]),
        periods=_table(raw["period_words"], str),
        markers=markers,
        parts=_table(raw["parts"], str),
        seasons=_table(raw["seasons"], str),
        small_ordinals=_table(raw["ordinal_small"]),
        week_ordinals=_table(raw["week_ordinals"]),
        recent=recent,
        recent_duals=recent_duals,
        recent_markers=recent_markers,
        upcoming_markers=upcoming_markers,
        duration_words=_table({"1": raw["duration_words"]}),
        # 2: the length counts only after the verb's subject («وتستغرق أعمال الصيانة ثلاثة أسابيع»), not
        # right after the verb of a clause describing a noun («في زيارة تستغرق يومين»)
        duration_verbs=_table({"1": raw["duration_verbs"], "2": raw["duration_verbs_after_subject"]}),
        decades=_table(raw["decades"]),
        centuries=_table(raw["century_words"]),
        holidays=_table({k: v for k, v in raw["holidays"].items() if not k.startswith("_")}, str),
        before_last=_table({"1": raw["before_last"]}),
        decade_unit_after=_table({"1": raw["decade_unit_after"]}),
        following_units=_table(raw["following_units"], str),
        following_words=_table({"1": raw["following_words"]}),
        day_parts=_table({"1": raw["day_part_words"]}),
        eve_words=_table({"1": raw["eve_words"]}),
        thousands=_table(raw["spelled_thousands"]),
        hundreds=_table(raw["spelled_hundreds"]),
        ambiguous_months={fold(w) for w in raw["ambiguous_months"]},
        ambiguous_hijri={fold(w) for w in raw["ambiguous_hijri_months"]},
        words=_words(raw, "hijri_year_markers", "gregorian_year_markers", "this_words", "quarter_words",
                     "half_words", "ago_words", "after_words", "year_words", "month_word", "day_word", "friday_prayer_nouns",
                     "year_context_words", "range_from", "range_to", "weekend_lead_nouns", "week_heads", "week_number_labels", "correspond_words", "future_year_cues",
                     "future_cues", "not_future_s_words", "approx_words",
                     "not_today_before", "not_today_after", "masthead_today_names", "dateline_not_prefix",
                     "event_onset_nouns", "since_words", "title_date_not_label", "decade_words",
                     "month_prepositions", "hijri_month_epithets", "year_after_words", "within_words",
                     "chrome_line_starts", "chrome_line_marks", "bulletin_title_words", "done_participles", "scheduled_cues", "past_copulas",
                     "photo_credit_words", "published_line_starts", "year_event_nouns", "year_kind_words", "quantity_nouns",
                     "round_count_nouns",
                     "number_label_words", "duration_after_words", "spent_words", "duration_cap_words", "orthodox_christmas_cues", "season_nouns",
                     "amazigh_year_tail", "amazigh_morocco_cues",
                     "dialect_ago_not_after", "dialect_tomorrow_words", "dialect_tomorrow_not_before",
                     "dialect_tomorrow_not_after", "school_break_nouns", "school_term_context", "approx_length_not_after", "function_words"),
        recent_span=dict(raw["recent_span_days"]),
        triggers=set(),
        weekend=tuple(raw["weekend_days"]),
    )
    trig: set[str] = set()
    for p in (lex.months, lex.hijri_months, lex.weekdays, lex.ordinals, lex.rel_days, lex.periods, lex.parts,
              lex.seasons, lex.recent, lex.recent_duals, lex.units, lex.numbers, lex.duration_words, lex.duration_verbs, lex.decades,
              lex.holidays, lex.following_units, lex.day_parts, lex.eve_words):
        trig |= p.first
    for n in ("this_words", "quarter_words", "half_words", "ago_words", "after_words", "year_words",
              "month_word", "day_word", "range_from", "decade_words", "within_words", "weekend_lead_nouns"):
        trig |= lex.words[n]
    lex.triggers = trig
    lex.context = _words(raw, "named_event_nouns", "date_name_places", "ordinal_after_definite_ok", "past_verbs", "past_not_verbs", "clause_breaks", "schedule_words",
                         "announce_words", "copula_words", "deadline_words", "within_back_words",
                         "grace_words", "agree_words")
    phrase_words = {w for p in _phrase_tables(lex) for key in p.table for w in key}
    defined_numbers = {"ال" + key[0] for key in lex.numbers.table if len(key) == 1}  # «السنوات الخمس الماضية»
    lex.known = _with_clitics(trig.union(*lex.words.values(), lex.ambiguous_months, lex.ambiguous_hijri,
                                         phrase_words, _GRAMMAR_WORDS, defined_numbers))
    _MONTH_TYPOS.clear()
    _MONTH_TYPOS.update(month_typos(lex.months, lex.known, raw["month_typo_sources"]))
    return lex


# Words the grammar compares directly (not in any list): «فصل الصيف», «الأيام القليلة الماضية», «على مدى», «من الآن»,
# «العام الجديد».
_GRAMMAR_WORDS = {"فصل", "القليله", "على", "علي", "واحد", "واحده", "من", "الموافق", "الان", "الجديد", "الجديده",
                  "كونا", "وقت", "سابق", "لاحق", "متاخر", "مبكر", "منه",
                  "الهجري", "الهجريه"}  # «كونا»: the agency of the numeric day-month
# dateline; «في وقت سابق من الشهر» (Parser.earlier_later_of); «الخامس عشر منه» (Parser.m_of_it); «العام الهجري 1427»
# (Parser.m_year)


def _phrase_tables(lex: Lexicon) -> list[Phrases]:
    """Every phrase table of the lexicon."""
    return [v for v in vars(lex).values() if isinstance(v, Phrases)]


def _with_clitics(words: set[str]) -> set[str]:
    """Every written form whose :func:`variants` include one of ``words``."""
    out = set(words)
    for w in words:
        forms = [w]
        if w.startswith("ال") and len(w) > 3:
            forms.append("لل" + w[2:])
        for f in forms:
            out.add(f)
            out.update(p + f for p in _PREFIX1)
            out.update(p + f for p in _PREFIX2)
    return out
