"""Recognize Arabic time expressions as unresolved structures (``Expr``) over matching tokens.

The grammar is a set of small matchers tried at each token that can start a
time expression; the longest match wins and scanning resumes after it, so the
run time is linear in the text. Resolution against an anchor date is
:mod:`marsad.analyze.time.resolve`'s job.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from marsad.analyze.time.lexicon import GAP, Lexicon, Tok, fold, get_lexicon, tokenize, variants
from marsad.text.normalize import normalize

MIN_YEAR, MAX_YEAR = 1900, 2100
MIN_HIJRI, MAX_HIJRI = 1300, 1500
# Years before MIN_YEAR are read only after a year word («تأسست عام 1881») or a month («5 أغسطس 1876»),
# never as bare numbers (counts, prices); those in the Hijri range need «م» («عام 1453م»).
HIST_MIN_YEAR = 1500
FAR_AHEAD_YEARS = 20  # «بعد ستين عاماً» counts from a narrated event, never this far from publication
LIFE_SPAN_MAX_YEARS = 110  # «(1889-1973)»: a life or a reign in brackets, never a wider span of years
_DATE_SEPS = {"/", "-", ".", "\\"}
_COMMAS = {"،", ",", "-", "–", "—"}
# Persian (Extended Arabic-Indic) digits: the Iranian press, whose numeric years are solar Hijri.
_PERSIAN_DIGITS = re.compile("[\u06f0-\u06f9]")
# The latest solar Hijri year a numeric date may carry (1405 began in March 2026); 1440 in Persian digits is lunar.
SOLAR_HIJRI_MAX = 1410
_QUOTES = {"«", '"', "“", "”", "'", "»"}



@dataclass
class Expr:
    """An unresolved time expression: what the text says, before an anchor is applied."""

    i: int
    j: int
    kind: str  # date | month | year | rel_day | period | weekday | ago | duration | recent | part | season | quarter
    #            | half | interval | in_period (a day/month of a relative month/year: sub[0]) | decade | invalid
    #            | same_month («الشهر نفسه من العام الماضي»: sub[0]'s month, ``offset`` years away)
    #            | feast («العيد المقبل»: the nearest of sub's feasts in the marker's direction)
    #            | of_it («الخامس عشر منه»: day ``d`` of sub[0]'s month)
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    hijri: bool = False
    marker: str | None = None  # past | next | current | upcoming (future clause) | perfect / reported (past clause)
    #                            | new («العام الجديد»)
    wd_marker: str | None = None  # «السبت الماضي 5 تشرين الأول»: the weekday's own «الماضي» (past) / «المقبل» (next)
    today: bool = False  # introduced by «اليوم»: the expression states the publication day
    offset: int = 0  # rel_day: days; period/ago: units
    unit: str = ""
    part: str | None = None
    index: int = 0  # season name index / quarter number
    season: str = ""
    sub: list[Expr] = field(default_factory=list)
    start: int = 0
    end: int = 0
    text: str = ""


# Words before «9/2025» besides the month prepositions (folded): «بتاريخ 9/2025», «من 3/2024 إلى 9/2025».
_MONTH_YEAR_HEADS = {"بتاريخ", "تاريخ", "من", "الي", "الى", "إلى"}
# Agencies whose datelines write the day and month as numbers («الكويت - 7 - 2 (كونا) --»), folded.
_DAY_MONTH_AGENCIES = {"كونا"}
_NEW_WORDS = {"الجديد", "الجديده", "الجديدة"}
# «يوم 15 الجاري»: the markers that make a bare day one of this month, folded.
_THIS_MONTH_MARKERS = {"الجاري", "الحالي"}
# Definite year nouns before a kind of year («السنة المالية», «العام الدراسي»), folded.
_YEAR_NOUNS = {"السنه", "السنة", "العام", "للسنه", "للسنة", "للعام", "والسنه", "والسنة", "والعام"}
# Before «العقد الماضي» these make it the ten years up to publication, not the previous calendar decade.
_WINDOW_WORDS = {"خلال", "طوال", "طيله", "طيلة", "مدي", "مدى", "مدار", "امتداد", "غضون"}
# «العقد الأخير»: the last decade, as «العقد الماضي» read as ten years (folded).
_LAST_WORDS = {"الاخير"}
# «بعد أسبوع من الآن»: after «من», the words that make a count from publication, not from another event (folded).
_NOW_WORDS = {"الان", "الآن"}

# Two-digit years below this are in the 2000s («موسم 22-23»), the others in the 1900s («موسم 98-99»).
SHORT_YEAR_PIVOT = 70

# Tokens around a feast searched for a word that changes its calendar («القبطية» before «عيد الميلاد»).
SENTENCE_CUE_TOKENS = 8

# Words a duration verb's subject may take before the length («استمرت الاشتباكات العنيفة أربعة أيام»);
# the words of a place or party phrase after a preposition count among them («وتمتد الفترة الانتقالية في
# السودان 39 شهراً», «واستمرت المفاوضات بين الطرفين ثلاثة أسابيع»); the prepositions themselves are free.
DURATION_VERB_GAP = 6
# Prepositions that may open a short phrase between a duration verb's subject and the length (folded):
# «في السودان», «بين الطرفين», «إلى القاهرة», «عن أحياء واسعة», «من البصرة», «مع الحكومة».
_DURATION_GAP_PREPS = {"في", "فى", "بين", "الى", "إلى", "عن", "من", "مع", "على", "داخل", "خارج"}



class Parser:
    """Scans tokens once; each ``m_*`` matcher returns an ``Expr`` (with ``j`` = next index) or None."""

    def __init__(self, toks: list[Tok], lex: Lexicon, text: str = "") -> None:
        self.text = text  # the words of GAP tokens are read from it (:meth:`bare_noun`)
        self.t = toks
        self.n = len(toks)
        self.lex = lex
        self.w = lex.words
        self.month_cued = -1  # a month name here is a month whatever else it may be («العشر الأواخر من رمضان»)
        self.greg_month_cued = -1  # the same for a Gregorian month only («أواخر آب»; not «الأسبوع الأول من رمضان»)

    # -- small helpers ---------------------------------------------------------------
    def norm(self, i: int) -> str:
        """Folded text of token ``i`` ("" past the end)."""
        return self.t[i].norm if i < self.n else ""

    def is_word(self, i: int, name: str) -> bool:
        """Token ``i`` (or its clitic-stripped form) is in the word list ``name``."""
        if i >= self.n:
            return False
        return not self.w[name].isdisjoint(self.t[i].variants)

    def skip_comma(self, i: int) -> int:
        """Index after an optional comma or dash at ``i``."""
        return i + 1 if i < self.n and self.t[i].norm in _COMMAS else i

    def number(self, i: int, lo: int, hi: int, digits: tuple[int, ...] = (1, 2)) -> int | None:
        """A digit token at ``i`` within [lo, hi] with an allowed digit count, else None."""
        if i >= self.n or self.t[i].kind != "num" or len(self.t[i].norm) not in digits:
            return None
        v = int(self.t[i].norm)
        return v if lo <= v <= hi else None

    def year(self, i: int, old: bool = False) -> tuple[int, int, bool] | None:
        """A 4-digit year at ``i`` with an optional «م» / «هـ» marker → (next, year, hijri).

        ``old``: the context makes it a year (a year word or a month before it), so one before 1900 is
        read too («عام 1866»), unless it could be a Hijri year written without «هـ» («عام 1436»).
        """
        if i >= self.n or self.t[i].kind != "num" or len(self.t[i].norm) != 4:
            return None
        v = int(self.t[i].norm)
        j = i + 1
        if self.is_word(j, "hijri_year_markers") and MIN_HIJRI <= v <= MAX_HIJRI:
            return j + 1, v, True
        if old and HIST_MIN_YEAR <= v < MIN_YEAR:
            if self.is_word(j, "gregorian_year_markers"):
                return j + 1, v, False
            return None if MIN_HIJRI <= v <= MAX_HIJRI else (j, v, False)
        if MIN_YEAR <= v <= MAX_YEAR:
            if self.is_word(j, "gregorian_year_markers"):
                j += 1
            return j, v, False
        return None

    def _hijri_year(self, i: int) -> tuple[int, int, bool] | None:
        """After a Hijri month: «رمضان 1445» needs no «هـ»."""
        if self.is_word(i, "year_words"):
            i += 1
        v = self.number(i, MIN_HIJRI, MAX_HIJRI, (4,))
        if v is None:
            return None
        j = i + 1
        if self.is_word(j, "hijri_year_markers"):
            j += 1
        return j, v, True

    def year_phrase(self, i: int, old: bool = False) -> tuple[int, int, bool] | None:
        """[عام|سنة] YEAR (one before 1900 after the year word, or when ``old``)."""
        if self.is_word(i, "year_words"):
            r = self.year(i + 1, old=True)
            if r:
                return r
        return self.year(i, old)

    def marker(self, i: int) -> tuple[int, str] | None:
        """«الماضي» / «المقبل» / «الجاري» at ``i`` → (next, kind)."""
        return self.lex.markers.match(self.t, i, clitics=False) if i < self.n else None

    def day(self, i: int) -> tuple[int, int] | None:
        """A day of month: 1–31 in digits or an ordinal word (optionally followed by «من»)."""
        v = self.number(i, 1, 31)
        if v is not None:
            return i + 1, v
        r = self.lex.ordinals.match(self.t, i)
        if r:
            j, v = r
            if self.norm(j) == "من":
                j += 1
            return j, v
        return None

    def month_group(self, i: int) -> tuple[int, int, bool, bool] | None:
        """Month name(s): «حزيران/يونيو», «ديسمبر/ كانون الأول», «يونيو (حزيران)» → (next, month, hijri, ambiguous)."""
        if self.is_word(i, "month_word"):
            r = self.month_group(i + 1)
            return (r[0], r[1], r[2], False) if r else None
        r = self.lex.months.match(self.t, i)
        hijri = False
        if not r:
            r = self.lex.hijri_months.match(self.t, i)
            hijri = True
            if not r:
                return None
        j, m = r
        amb_set = self.lex.ambiguous_hijri if hijri else self.lex.ambiguous_months
        ambiguous = any(v in amb_set for v in self.t[i].variants) and j == i + 1
        if ambiguous and (i == self.month_cued or (i == self.greg_month_cued and not hijri)):
            ambiguous = False
        if ambiguous and i > 0 and self.is_word(i - 1, "month_prepositions"):
            ambiguous = False  # «وفي مارس», «خلال رمضان»: a preposition of time before it
        if ambiguous and i > 0 and self.t[i].norm.startswith("و") and not hijri and self.lex.months.match(self.t, i - 1):
            ambiguous = False  # «شهري جويلية وأوت»: coordinated with the month before it
        if (ambiguous and i > 0 and not hijri and j + 1 < self.n and self.is_word(i - 1, "range_from")
                and ((self.is_word(j, "range_to") and self.lex.months.match(self.t, j + 1, clitics=False))
                     or (_with_wa(self, j) and self.lex.months.match(self.t, j)))):
            ambiguous = False  # «من مارس إلى يونيو 2023», «بين مارس ويونيو»: the range's other end is a month
        if hijri and self.is_word(j, "hijri_month_epithets"):
            ambiguous = False  # «رمضان المبارك», «محرم الحرام» (the epithet stays outside the span)
        if not hijri:
            # paired second name: «/ يونيو», «- يونيو», «(يونيو)», or side by side: «أبريل نيسان»
            k = j
            sep = k < self.n and self.t[k].norm in {"/", "-", "(", "\\", "|"}
            r2 = self.lex.months.match(self.t, k + 1 if sep else k, clitics=False)
            if r2 and r2[1] == m and (sep or self.t[k].start > self.t[k - 1].end):
                j = r2[0]
                ambiguous = False
                if sep and j < self.n and self.t[j].norm == ")":
                    j += 1
        return j, m, hijri, ambiguous

    # -- matchers --------------------------------------------------------------------
    def m_numeric(self, i: int, loose: bool = False) -> Expr | None:
        """dd/mm/yyyy, yyyy-mm-dd, dd.mm.yyyy (``loose``: spaced dashes too, where only a date can follow)."""
        if i + 4 >= self.n or self.t[i].kind != "num":
            return None
        a, s1, b, s2, c = (self.t[k] for k in range(i, i + 5))
        if s1.norm not in _DATE_SEPS or s2.norm != s1.norm or b.kind != "num" or c.kind != "num":
            return None
        spaced_dmy = s1.norm in "-–" and len(a.norm) <= 2 and len(b.norm) <= 2 and len(c.norm) == 4
        # «بتاريخ 2019 - 02 - 01»: the same, year first (a month and a day of two digits at most, in range)
        spaced_dmy = spaced_dmy or (s1.norm in "-–" and len(a.norm) == 4 and len(b.norm) <= 2 and len(c.norm) <= 2
                                    and 1 <= int(b.norm) <= 12 and 1 <= int(c.norm) <= 31)
        if s1.norm != "/" and not loose and not spaced_dmy \
                and any(self.t[k].start != self.t[k - 1].end for k in range(i + 1, i + 5)):
            # «12 / 10 / 1436هـ» may be spaced; dashes and dots must be tight (ranges: «2014 - 2015»), except
            # a whole day-month-year («نشر في: 12 - 03 - 2019», Egyptian page stamps; «2019 - 02 - 01»), which
            # no range is
            return None
        if len(a.norm) == 4:
            y, m, d = int(a.norm), int(b.norm), int(c.norm)
        elif len(c.norm) == 4 and len(a.norm) <= 2:
            d, m, y = int(a.norm), int(b.norm), int(c.norm)
        else:
            return None
        hijri = MIN_HIJRI <= y <= MAX_HIJRI  # «9/10/1436» with no «هـ»: no Gregorian year is that early
        j = i + 5
        if hijri and self.is_word(j, "hijri_year_markers"):
            j += 1
        elif hijri and y <= SOLAR_HIJRI_MAX and _PERSIAN_DIGITS.search(self.text, *((a.start, a.end) if len(a.norm) == 4 else (c.start, c.end))):
            # «۱۴۰۲/۵/۱۰» in Persian digits and no «هـ»: an Iranian solar Hijri day (1402 = 2023), never the lunar
            # 1402 (1982); unread rather than a confident wrong day
            return Expr(i, j, "invalid")
        elif not (hijri or MIN_YEAR <= y <= MAX_YEAR):
            return Expr(i, j, "invalid")
        if not (1 <= m <= 12 and 1 <= d <= (30 if hijri else calendar.monthrange(y, m)[1])):
            return Expr(i, j, "invalid")
        if self.is_word(j, "gregorian_year_markers"):
            j += 1
        return Expr(i, j, "date", y=y, m=m, d=d, hijri=hijri)

    def m_month_year(self, i: int) -> Expr | None:
        """«في 09/2025», «خلال 4/2024»: a month and year, tight, after a month preposition.

        Also year first («خلال 2024/3», statistics bulletins) and with a dash («في شهر 10-2023»). Never part of
        a longer numeric form, and never bare («القرار 12/2020» is an identifier); «في 2011/12» whose second
        number is the next year's two digits is an academic or fiscal year, not December.
        """
        if i + 2 >= self.n or i == 0 or self.t[i + 1].norm not in ("/", "-") or self.t[i + 2].kind != "num":
            return None
        a, c = self.t[i].norm, self.t[i + 2].norm
        if len(a) == 4 and len(c) <= 2 and c.isdigit() and a.isdigit() and (int(a) + 1) % 100 != int(c):
            a, c = c, a  # «2024/3»: year first
        if len(a) > 2 or len(c) != 4 or any(self.t[k].start != self.t[k - 1].end for k in (i + 1, i + 2)):
            return None
        if self.t[i + 1].norm == "-" and self.norm(i - 1) != "شهر":
            return None  # a dash only after «شهر»: «في 10-2023» might be a range or a score line
        if (i + 4 < self.n and self.t[i + 3].norm in _DATE_SEPS and self.t[i + 4].kind == "num"
                and self.t[i + 3].start == self.t[i + 2].end) or self.t[i - 1].norm in _DATE_SEPS:
            return None  # part of a longer numeric form («9/2025/12»)
        if not (self.is_word(i - 1, "month_prepositions") or self.norm(i - 1) in _MONTH_YEAR_HEADS):
            return None
        m, y = int(a), int(c)
        if not (1 <= m <= 12 and MIN_YEAR <= y <= MAX_YEAR):
            return None
        return Expr(i, i + 3, "month", y=y, m=m)

    def m_agency_day(self, i: int) -> Expr | None:
        """«الكويت - 7 - 2 (كونا) --»: the Kuwaiti agency's day-month dateline, only before its bracketed name."""
        if i + 5 >= self.n or self.t[i + 1].norm not in "-–" or self.t[i + 2].kind != "num":
            return None
        if self.t[i + 3].norm != "(" or self.t[i + 5].norm != ")" or self.t[i + 4].norm not in _DAY_MONTH_AGENCIES:
            return None
        d, m = self.number(i, 1, 31), self.number(i + 2, 1, 12)
        if d is None or m is None or not _valid_day(None, m, d, False):
            return None
        return Expr(i, i + 3, "date", m=m, d=d)

    def day_slash_month(self, i: int) -> tuple[int, int, int] | None:
        """«20/6» with no year, tight, after «يوم» or a weekday → (next, day, month)."""
        if i + 2 >= self.n or self.t[i].kind != "num" or self.t[i + 1].norm != "/" or self.t[i + 2].kind != "num":
            return None
        if any(self.t[k].start != self.t[k - 1].end for k in (i + 1, i + 2)):
            return None
        if i + 4 < self.n and self.t[i + 3].norm in _DATE_SEPS and self.t[i + 4].kind == "num":
            return None  # a longer numeric form, not a day and month (a full stop after «يوم 5/3.» ends the sentence)
        a, b = self.t[i].norm, self.t[i + 2].norm
        if len(a) > 2 or len(b) > 2 or not (1 <= int(b) <= 12 and 1 <= int(a) <= calendar.monthrange(2024, int(b))[1]):
            return None
        return i + 3, int(a), int(b)

    def m_date(self, i: int) -> Expr | None:
        """[اليوم،] [يوم] [WEEKDAY،] DAY [من] MONTH [YEAR] [marker], or MONTH YEAR / MONTH marker."""
        j = i
        today = False
        offset = 0
        r = self.rel_day(j)
        if r and r[1] in (0, -1, 1) and (r[1] != 0 or self.today_noun_ok(i, r[0])):
            today, offset = r[1] == 0, r[1]
            j = self.skip_comma(r[0])
            if self.conjoined(j):
                return None  # «مساء اليوم، ويوم 30 يوليو»: two days, not today's date
            if self.norm(j) == "الموافق":
                j += 1  # «اليوم الموافق 06/10/1436هـ»
        start = i
        day_word = self.is_word(j, "day_word")
        if day_word:
            j += 1
            if not (today or offset):
                start = j  # «يوم 9 أفريل 2021»: the span starts at the date; «يوم الأربعاء 14 …» keeps it
        wd = None
        wd_marker = None
        r = self.lex.weekdays.match(self.t, j)
        if r and (today or offset) and self.conjoined(j):
            return None  # «اليوم والخميس 30 يوليو»
        if r:
            j, wd = r[0], r[1]
            start = i
            j = self.skip_comma(j)
            if self.is_word(j, "day_word") or self.norm(j) == "الموافق":
                j += 1
            elif not (today or offset):
                wd_mark = self.weekday_marked_date(j)
                if wd_mark is not None:  # «السبت الماضي 5 تشرين الأول», «الخميس المقبل 12 مارس»
                    j, wd_marker = wd_mark
            if (today or offset) and j < self.n and self.t[j].norm == "(":
                j += 1  # «اليوم الخميس (23 يوليو 2015)»
        if wd is not None or today or offset:
            num = self.m_numeric(j, loose=True)  # «غد الثلاثاء الموافق 12 / 10 / 1436هـ», «الجمعة 24 - 7 - 2015»
            if num is not None and num.kind == "date":
                num.i, num.wd, num.today, num.offset = start, wd, today, offset
                return num
        if day_word and wd is None and not (today or offset):
            # «يوم 20/6»; not after a weekday: Saudi copy writes Hijri days so («الأربعاء 28/9» is 28 Ramadan)
            dm = self.day_slash_month(j)
            if dm is not None:
                hijri = self.is_word(dm[0], "hijri_year_markers")
                return Expr(i, dm[0] + hijri, "date", m=dm[2], d=dm[1], hijri=hijri)
        dr = self.day(j)
        if dr:
            k = dr[0] + 1 if self.norm(dr[0]) == "من" else dr[0]  # «20 من آذار», «23 من الشهر الماضي»
            mg = self.month_group(k)
            if not mg and wd is None and not (today or offset):
                pair = self.day_pair(start, dr)
                if pair is not None:
                    return pair
            if not mg:
                per = None if (today or offset) else self.m_period(k) or self.this_month_day(i, j, k)
                if per is not None and per.unit == "month":  # «العاشر من الشهر المقبل»: that day of that month
                    return Expr(start, per.j, "in_period", d=dr[1], wd=wd, sub=[per])
                return None
            d = dr[1]
            j, m, hijri, _ = mg
        else:
            if wd is not None or today or offset:
                return None
            mg = self.month_group(j)
            if not mg:
                return None
            d = None
            j, m, hijri, ambiguous = mg
        k = self.skip_comma(j)
        if hijri and self.is_word(k, "hijri_month_epithets") and self._hijri_year(k + 1):
            k += 1  # «أول أيام شهر رمضان المبارك لعام 1444 هجرية»: the epithet before the year joins them
        if self.norm(k) == "من" and (self.is_word(k + 1, "year_words") or self.norm(k + 1).isdigit()):
            k += 1  # «فبراير من عام 2008»
        if not (today or offset):
            per = self.m_period(k)
            if per is not None and per.unit == "year" and per.y is None and (not hijri or self.norm(k - 1) == "من"):
                # «رمضان من العام الماضي»: the Hijri month that began in that Gregorian year
                # «أبريل من العام المقبل», «مارس العام الماضي»: that month of that year
                return Expr(start, per.j, "in_period", m=m, d=d, wd=wd, hijri=hijri, sub=[per])
        yr = self._hijri_year(k) if hijri else None
        yr = yr or self.year_phrase(k, old=True)
        if not yr and self.is_word(k, "year_words") and self.norm(k + 1).isdigit():
            return Expr(i, k + 2, "invalid")
        y = None
        if yr:
            j, y, yh = yr
            if yh != hijri and not hijri:
                return None
            if hijri and not yh and not (MIN_HIJRI <= y <= MAX_HIJRI):
                if d is None and MIN_YEAR <= y <= MAX_YEAR and wd is None and not (today or offset):
                    # «رمضان 2023», «شهر رمضان من عام 2024»: the Hijri month that began in that Gregorian year
                    return Expr(start, j, "in_period", m=m, hijri=True, sub=[Expr(k, j, "year", y=y)])
                return None
        mk = None
        r = self.marker(j)
        if r:
            j, mk = r
        elif wd_marker is not None and y is None:
            mk = wd_marker  # «السبت الماضي 5 تشرين الأول»: the weekday's «الماضي» dates the day too
        if d is None and y is None and mk is None and ambiguous and not self.is_word(i, "month_word"):
            return None
        if d is not None and not _valid_day(y, m, d, hijri):
            return Expr(i, j, "invalid")
        if today and offset == 0 and d is None:
            return None
        kind = "date" if d is not None else "month"
        e = Expr(start, j, kind, y=y, m=m, d=d, wd=wd, hijri=hijri, marker=mk, today=today, wd_marker=wd_marker)
        e.offset = offset
        return e

    def weekday_marked_date(self, j: int) -> tuple[int, str] | None:
        """«الماضي»/«المقبل» after a weekday when a day of a named month follows: (index of the day, marker kind).

        «السبت الماضي 5 تشرين الأول الحالي», «الخميس المقبل، 12 مارس», «الأحد المقبل الموافق 11 أيار»: one day, its
        weekday and its date; the
        marker is only skipped when the day and a month name follow (not «الأحد الماضي 15 قتيلاً»).
        """
        r = self.marker(j)
        if r is None:
            return None
        k = self.skip_comma(r[0])
        if self.norm(k) == "الموافق":
            k += 1  # «الأحد المقبل الموافق 11 أيار»: the day it corresponds to, stated after the marker
        dr = self.day(k)
        if dr is None:
            return None
        m = dr[0] + 1 if self.norm(dr[0]) == "من" else dr[0]
        mg = self.month_group(m)
        if not mg or mg[2]:
            return None  # a Hijri day stays apart («يوم الجمعة المقبل الأول من ذي الحجة»: two expressions, one day)
        return k, r[1]

    def this_month_day(self, i: int, j: int, k: int) -> Expr | None:
        """«يوم 15 الجاري», «في ٣ الحالي»: a day and «الجاري» with no month name is a day of this month.

        Only after «يوم» or a preposition of time (``i`` starts the phrase, ``j`` is the day), and only the
        masculine marker a month takes («المادة 15 الجارية» is no date).
        """
        if self.norm(k) not in _THIS_MONTH_MARKERS:
            return None
        if not (self.is_word(i, "day_word") or (j == i and i > 0 and (
                self.is_word(i - 1, "month_prepositions") or self.norm(i - 1) in _MONTH_YEAR_HEADS))):
            return None
        return Expr(k, k + 1, "period", unit="month", marker="current")

    def day_pair(self, start: int, dr: tuple[int, int]) -> Expr | None:
        """«يومي 9 و10 سبتمبر», «في الخامس والسادس من يونيو»: the first day, in the month of the second."""
        k = dr[0]
        if self.norm(k) == "و":
            k += 1  # «و10» is two tokens; «والسادس» one, with its clitic
        elif k >= self.n or not _with_wa(self, k):
            return None
        tail = self.m_date(k)
        if tail is None or tail.kind != "date" or tail.d is None or tail.d <= dr[1] or tail.wd is not None \
                or tail.today or tail.offset or not _valid_day(tail.y, tail.m, dr[1], tail.hijri):
            return None
        return Expr(start, dr[0], "date", y=tail.y, m=tail.m, d=dr[1], hijri=tail.hijri, marker=tail.marker)

    def m_year(self, i: int) -> Expr | None:
        """«عام 2017», «2015م», «في 2018», «1436 هـ»; bare numbers need a year cue."""
        if self.is_word(i, "year_words"):
            if self.norm(i + 1) in ("الهجري", "الهجريه"):  # «السنة الهجرية 1427», «العام الهجري 1427»
                hy = self.number(i + 2, MIN_HIJRI, MAX_HIJRI, (4,))
                if hy is None:
                    return None
                j = i + 4 if self.is_word(i + 3, "hijri_year_markers") else i + 3
                return Expr(i, j, "year", y=hy, hijri=True)
            sp = self.spelled_year(i + 1)
            if sp:  # «عام ألفين وعشرين»
                return Expr(i, sp[0], "year", y=sp[1])
            yy = self.two_digit_year(i)
            if yy is not None:
                return yy
            if self.norm(i + 1).isdigit():
                r = self.year(i + 1, old=True)
                if not r:
                    return Expr(i, i + 2, "invalid")
                j, y, h = r
                e = Expr(i, j, "year", y=y, hijri=h)
                mk = self.marker(j)
                if mk:
                    e.j, e.marker = mk
                return e
            return None
        r = self.year(i)
        if not r:
            return None
        j, y, h = r
        if (i > 0 and self.is_word(i - 1, "number_label_words")) or self.id_tail(j) or self.labelled_number(i):
            return None  # «القضية رقم 2019/455», «المرسوم رقم 2020»: an identifier, not a year
        marked = j > i + 1
        if not marked and j < self.n and (self.is_word(j, "quantity_nouns") or self.t[j].norm == "%"):
            return None  # «إلى 2100 نسمة», «موازنة بلغت 2000 مليار»: a quantity
        if not marked and y % 100 == 0 and (self.is_word(j, "round_count_nouns") or self.bare_noun(j)):
            # «في 2000 قرية», «في 2000 حادث سير»: a round count before an indefinite noun; a year may have an
            # object after it («افتتحت الوزارة في 2019 مدرسة جديدة»), a round count is far likelier
            return None
        cue = i > 0 and (self.is_word(i - 1, "year_context_words") or self.t[i - 1].norm in "(-–"
                         or self.coordinated_year(i))
        after = j >= self.n or self.t[j].kind == "punct" or self.is_word(j, "year_after_words")  # «إن 2015 كان»
        if not (marked or cue or after or self.event_edition(i)):
            return None
        return Expr(i, j, "year", y=y, hijri=h)

    def two_digit_year(self, i: int) -> Expr | None:
        """«في عام 23», «مقارنة بعام 22»: Gulf business copy clips the century; «أراضي عام 48» is 1948.

        Only the indefinite word («العام 23 على التوالي» is an ordinal) and exactly two digits with no unit or
        quantity after them; the century is settled against the anchor (``part="yy"``, see resolve).
        """
        k = i + 1
        if k >= self.n or self.t[k].kind != "num" or len(self.t[k].norm) != 2 or self.norm(i).startswith("ال"):
            return None
        if self.t[k].start > 0 and self.text[self.t[k].start - 1] not in " \u00a0":
            return None
        j = k + 1
        sep = j + 1 < self.n and self.t[j].norm in _DATE_SEPS and self.t[j + 1].kind == "num"
        if j < self.n and (sep or self.t[j].kind == "num" or self.t[j].norm == "%"
                           or self.lex.units.match(self.t, j) or self.is_word(j, "quantity_nouns")):
            return None  # «عام 23/24» is a season; «عام 23 عاما» or «23 %» a count
        return Expr(i, j, "year", y=2000 + int(self.t[k].norm), part="yy")

    def bare_noun(self, j: int) -> bool:
        """Token ``j`` reads as an indefinite noun: no article, no conjunction, no function word, no verb shape.

        «حادث» in «في 2000 حادث سير», not «انسحبت» («في 2000 انسحبت إسرائيل»), «وأعيد», «النتائج» or «عندما».
        Words with a verb's surface (a «ت/ي/ن» prefix, a «ت/وا» ending) keep the year: the test errs that way.
        """
        if j >= self.n or self.t[j].kind != "word" or j == 0:
            return False
        if self.t[j] is GAP:  # a word no list holds: read it from the text after the number
            after = self.text[self.t[j - 1].end:].split(None, 1)
            w = normalize(after[0]).strip(_TOKEN_PUNCT) if after and self.t[j - 1].end >= 0 else ""
            if not w or not w.isalpha():
                return False
        else:
            w = self.t[j].norm
            if self.is_word(j, "function_words") or self.is_word(j, "year_after_words"):
                return False
        if w in self.w["function_words"] or w in self.w["year_after_words"]:
            return False
        if len(w) < 3 or w.startswith(("ال", "و", "ف", "ب", "ل", "ك")) or w.endswith("ا"):
            return False  # an article, a conjunction, a preposition; «خلفاً»: the counted noun of a round
            #               hundred or thousand is genitive, never accusative
        start = self.t[j - 1].start
        head = normalize(self.text[max(0, start - 30):start] if start >= 0 else "").split()
        if (head and head[-1] in ("وفي", "وفى", "ففي")) or (len(head) >= 2 and head[-1] in ("في", "فى")
                                                            and head[-2][-1:] in ".،,:؛"):
            return False  # «وفي 2000 أطلق الحزب حملته»: a year fronted at the head of its clause, a verb follows
        ctx = self.lex.context
        if w in ctx["past_verbs"] or w in ctx["clause_breaks"]:
            return False
        return _surface_tense(w, ctx["past_not_verbs"]) is None

    def coordinated_year(self, i: int) -> bool:
        """«من مواليد 1998 و2001», «في 2014 و2018», «عامي 2019 و2020»: a second year joined to a cued one by «و».

        A year noun before the first year cues it as much as a preposition: the dual «عامي» announces two years.
        """
        return (i >= 3 and self.t[i - 1].norm == "و" and self.t[i].start == self.t[i - 1].end
                and self.year(i - 2) is not None
                and (self.is_word(i - 3, "year_context_words") or self.is_word(i - 3, "year_words")))

    def labelled_number(self, i: int) -> bool:
        """«الرقم الأخضر 1919», «الرقم المجاني 1990»: a number label and one adjective before the number.

        The adjective is a definite word that is no year cue («رقم قياسي في 2019» keeps its year).
        """
        if i < 2 or not self.is_word(i - 2, "number_label_words"):
            return False
        if self.t[i - 1] is GAP:
            return True  # a word the grammar does not know: no year cue
        return (self.t[i - 1].kind == "word" and self.norm(i - 1).startswith("ال")
                and not self.is_word(i - 1, "year_context_words"))

    def id_tail(self, j: int) -> bool:
        """«2019/455»: a slash and a three-digit number after a year-like number make an identifier (not «2019/2020»)."""
        return (j + 1 < self.n and self.t[j].norm == "/" and self.t[j + 1].kind == "num"
                and len(self.t[j + 1].norm) == 3)

    def event_edition(self, i: int) -> bool:
        """«انتخابات 2021», «مونديال قطر 2022», «كأس العالم 2030»: a year naming an event's edition.

        The event noun is one or two words before the number (the second may be a place).
        """
        for k in (i - 1, i - 2):
            if k < 0 or self.t[k].kind != "word":
                return False
            if self.is_word(k, "year_event_nouns"):
                return True
        # «السنة المالية 2025», «العام الدراسي 2024»: a year word and the kind of year it is
        return (i >= 2 and self.is_word(i - 1, "year_kind_words")
                and (self.is_word(i - 2, "year_words") or self.norm(i - 2) in _YEAR_NOUNS))

    def spelled_year(self, i: int) -> tuple[int, int] | None:
        """«ألفين», «ألفين وعشرين», «ألف وتسعمئة وثلاثة وعشرين» (after a year word) → (next, year)."""
        r = self.lex.thousands.match(self.t, i, clitics=False)
        if not r:
            return None
        j, y = r
        h = self.lex.hundreds.match(self.t, j) if j < self.n and _with_wa(self, j) else None
        if h:
            j, y = h[0], y + h[1]  # «ألف وتسعمئة …»
        elif y < 2000:
            return None  # a bare «ألف» is a thousand, not a year
        rest = 0
        a = self.lex.numbers.match(self.t, j) if j < self.n and _with_wa(self, j) else None
        if a and a[1] < 100:
            j, rest = a
            b = self.lex.numbers.match(self.t, j) if rest < 10 and j < self.n and _with_wa(self, j) else None
            if b and b[1] % 10 == 0 and 20 <= b[1] < 100:  # «وثلاثة وعشرين»: units before tens
                j, rest = b[0], rest + b[1]
        return j, y + rest

    def rel_day(self, i: int) -> tuple[int, int] | None:
        """A deictic day at ``i``, with a day part before it («ظهر الغد») composed only when not after «بعد»:
        «سيصل بعد ظهر الغد» keeps «الغد» (the afternoon is not noon), as the table's own phrases did."""
        table = self.lex.rel_days_plain if i > 0 and self.norm(i - 1) == "بعد" else self.lex.rel_days
        return table.match(self.t, i)

    def m_rel_day(self, i: int) -> Expr | None:
        """اليوم، أمس، أول أمس، غداً، بعد غد — optionally followed by a weekday («اليوم الأربعاء»)."""
        r = self.rel_day(i)
        if not r:
            return None
        j, off = r
        if off == 0 and not self.today_noun_ok(i, j):
            return None
        if j == i + 1 and not self.dialect_tomorrow_ok(i):
            return None
        e = Expr(i, j, "rel_day", offset=off, today=off == 0)
        k = self.skip_comma(j)
        paren = k < self.n and self.t[k].norm == "("
        w = None if self.conjoined(k + paren) else self.lex.weekdays.match(self.t, k + paren)
        if w and (not paren or self.norm(w[0]) == ")"):
            e.j, e.wd = w[0] + paren, w[1]  # «اليوم الأربعاء», «اليوم (الأحد)»
        return e

    def conjoined(self, j: int) -> bool:
        """Token ``j`` is a day word or weekday carrying the conjunction «و» («ويوم», «والخميس»)."""
        if j >= self.n or self.t[j].kind != "word":
            return False
        tok = self.t[j]
        bare = tok.norm[1:]
        return (tok.norm.startswith("و") and bare in tok.variants
                and (bare in self.w["day_word"] or bare in self.lex.weekdays.first))

    def dialect_tomorrow_ok(self, i: int) -> bool:
        """Egyptian «بكرة», Gulf «باكر» alone mean tomorrow, not in «عن بكرة أبيهم» or «في وقت باكر»."""
        if not self.is_word(i, "dialect_tomorrow_words"):
            return True
        if i > 0 and self.is_word(i - 1, "dialect_tomorrow_not_before"):
            return False
        return not self.is_word(i + 1, "dialect_tomorrow_not_after")

    def today_noun_ok(self, i: int, j: int) -> bool:
        """«اليوم» means today, not a newspaper («عين اليوم», «"اليوم"»), «ذلك اليوم», «اليوم الوطني», «اليوم السابع»."""
        if i > 0 and (self.t[i - 1].norm in _QUOTES and j < self.n and self.t[j].norm in _QUOTES):
            return False
        if i > 0 and self.is_word(i - 1, "not_today_before"):
            return False
        if self.masthead_today(i, j):
            return False
        return not (j < self.n and (self.is_word(j, "not_today_after") or self.lex.ordinals.match(self.t, j)))

    def masthead_today(self, i: int, j: int) -> bool:
        """«روسيا اليوم», «مصر اليوم» alone on a line: an outlet's masthead, not today.

        Only a line of exactly a country or place name (or a lexicon ``masthead_today_names`` word: «المصري اليوم») then «اليوم»; «مباريات اليوم», «حتى اليوم» or a
        headline («المفاوضات اليوم») on a line of their own stay today.
        """
        a, b = self.t[i].start, self.t[j - 1].end
        if a < 0 or b < 0 or normalize(self.text[a:b]) != normalize("اليوم"):
            return False
        start = self.text.rfind("\n", 0, a) + 1
        end = self.text.find("\n", b)
        end = len(self.text) if end < 0 else end
        head = self.text[start:a].split()
        return (not self.text[b:end].strip() and len(head) == 1 and head[0].isalpha()
                and (fold(head[0]) in self.w["masthead_today_names"] or _place_word(head[0])))

    def m_weekday(self, i: int) -> Expr | None:
        """[يوم] WEEKDAY [الماضي|المقبل]."""
        j = i + 1 if self.is_word(i, "day_word") else i
        r = self.lex.weekdays.match(self.t, j)
        if not r:
            return None
        j, wd = r
        if (wd == 4 and j == i + 1 and i > 0 and not self.marker(j)
                and self.is_word(i - 1, "friday_prayer_nouns")):
            # «توحيد خطب الجمعة», «سورة الجمعة»: the prayer or the sura, no Friday (lexicon
            # ``friday_prayer_nouns``); the singular «خطبة الجمعة» stays a day, news writes it of the last Friday
            return None
        e = Expr(i, j, "weekday", wd=wd)
        bl = self.lex.before_last.match(self.t, j, clitics=False)
        if bl:  # «الخميس قبل الماضي»: the one a week before the last
            e.j, e.marker, e.offset = bl[0], "past", -1
            return e
        mk = self.marker(j)
        if mk:
            e.j, e.marker = mk
        return e

    def m_period(self, i: int) -> Expr | None:
        """الأسبوع/الشهر/العام + الماضي/المقبل/الجاري, «هذا العام», optionally «العام الجاري 2015»."""
        j = i + 1 if self.is_word(i, "this_words") else i
        this = j > i
        r = self.lex.periods.match(self.t, j)
        if not r:
            return None
        j, unit = r
        hmk = self.marker(j + 1) if unit == "year" and j < self.n and self.norm(j).startswith("ال") \
            and self.norm(j)[2:] in self.w["hijri_year_markers"] else None
        if hmk is not None and hmk[1] in ("next", "current"):
            # «مطلع العام الهجري المقبل»: the Hijri year after the one holding the anchor
            mk = hmk
            return Expr(i, mk[0], "period", unit=unit, marker=mk[1], hijri=True,
                        offset={"past": -1, "next": 1}.get(mk[1], 0))
        if hmk is not None and hmk[1] == "past":
            # «خلال العام الهجري الماضي»: the Hijri year before the anchor's, read only when the anchor sits well
            # inside its Hijri year (resolve): near Muharram «انتهى العام الهجري الماضي» may be the one just ending
            return Expr(i, hmk[0], "period", unit=unit, marker="past", hijri=True, offset=-1, part="far")
        if hmk is None and unit == "year" and j < self.n and self.norm(j).startswith("ال") \
                and self.norm(j)[2:] in self.w["hijri_year_markers"] and self.norm(j + 1) in _NEW_WORDS \
                and i > 0 and self.lex.parts.match(self.t, i - 1) is not None:
            # «بداية العام الهجري الجديد»: the Hijri year about to begin (or just begun), not the Gregorian one.
            # Alone, «حلول العام الهجري الجديد» is the new-year day itself (the holiday lexicon)
            return Expr(i, j + 2, "period", unit=unit, marker="new", hijri=True, part="new")
        bl = None if this else self.lex.before_last.match(self.t, j, clitics=False)
        mk = self.marker(j)
        if bl:  # «الشهر قبل الماضي»: two units back
            return Expr(i, bl[0], "period", unit=unit, marker="past", offset=-2)
        if not this and not mk and self.norm(j) == "بعد":
            an = self.marker(j + 1)
            if an and an[1] == "next":  # «العام بعد المقبل»: two units ahead
                return Expr(i, an[0], "period", unit=unit, marker="next", offset=2)
        if mk:
            j, marker = mk
        elif this:
            marker = "current"
        elif unit == "decade" and self.norm(j) in _LAST_WORDS and self.norm(j + 1) != "من":
            # «خلال العقد الأخير»: the ten years up to publication, as «العقدين الأخيرين» (not «العقد الأخير من
            # القرن الماضي», the 1990s, nor the last contract: see last_decade)
            return Expr(i, j + 1, "period", unit=unit, marker="past", offset=-1) if self.last_decade(i, j + 1) else None
        elif unit == "year" and self.norm(j) in _NEW_WORDS:  # «مطلع العام الجديد»: the year about to begin
            return Expr(i, j + 1, "period", unit=unit, marker="new", part="new")
        elif self.earlier_later_of(i):
            marker = "current"  # «في وقت لاحق من الشهر»: later this month
        else:
            return None
        e = Expr(i, j, "period", unit=unit, marker=marker, offset={"past": -1, "next": 1}.get(marker, 0))
        if unit == "decade" and marker == "past" and not (i > 0 and self.norm(i - 1).lstrip("و") in _WINDOW_WORDS):
            e.part = "calendar"  # «تعود جذور الأزمة إلى العقد الماضي»: the 2010s, not «خلال العقد الماضي» (ten years)
        if unit == "year":
            yr = self.year(self.skip_comma(j))
            if yr and not yr[2]:
                e.j, e.y = yr[0], yr[1]
        return e

    def last_decade(self, i: int, j: int) -> bool:
        """«خلال/في العقد الأخير» ending its phrase is the last ten years; «العقد الأخير» elsewhere is likelier
        the last contract («وقع العقد الأخير مع النادي», «في العقد الأخير الذي أبرمه», «العقد الأخير للاعب»)."""
        before = self.norm(i - 1).lstrip("و") if i > 0 else ""
        if before not in _WINDOW_WORDS and before != "في":
            return False
        if j >= self.n or self.t[j].kind != "word":
            return True
        after = self.norm(j).lstrip("و")
        return after not in ("الذي", "مع", "بين", "بقيمه", "الموقع", "المبرم") and not after.startswith("ل")

    def earlier_later_of(self, i: int) -> bool:
        """«في وقت سابق/لاحق من» before a bare «الأسبوع», «الشهر», «العام»: the current one, as «اليوم» after it."""
        return i >= 3 and self.norm(i - 1) == "من" and self.norm(i - 2) in _EARLIER_LATER \
            and self.norm(i - 3) in ("وقت", "ووقت")

    def count_unit(self, j: int) -> tuple[int, str, int] | None:
        """[N] unit: «أسبوعين», «ثلاثة أيام», «3 أشهر», «عشرين يوماً» → (next, unit, count)."""
        count = None
        if self.is_word(j, "approx_words"):  # «قبل نحو أسبوع», «منذ أكثر من عامين»
            j += 2 if self.norm(j + 1) == "من" else 1
        v = self.number(j, 1, 999, (1, 2, 3))
        if v is not None:
            count, j = v, j + 1
        else:
            r = self.lex.numbers.match(self.t, j, clitics=False)
            if r:
                j, count = r
        u = self.lex.units.match(self.t, j, clitics=False)
        if not u:
            return None
        j, (unit, form) = u
        if form == "two":
            if count is not None:
                return None
            count = 2
        elif form == "one":
            if count is None:
                count = 1
            elif count <= 10 and v is None:
                return None
        elif count is None:
            return None
        if self.year(j, old=unit == "year") or self.month_group(j) or self.lex.weekdays.match(self.t, j):
            return None  # «قبل عام 2015», «منذ شهر مايو»
        tail = self.lex.decade_unit_after.match(self.t, j, clitics=False)  # «قبل عقدين من الزمن», «منذ عام ونصف»
        if tail:
            j = tail[0]
        elif unit == "decade" and form == "one" and j < self.n and self.t[j].kind != "punct":
            return None  # «قبل عقد من الزمن», not «بعد عقد اجتماع» (after holding a meeting)
        if self.norm(j) in ("واحد", "واحده"):
            j += 1
        if unit == "century":  # «قبل نحو قرن»: ten decades, read as decades are (the year a century back)
            unit, count = "decade", count * 10
        return j, unit, count

    def m_ago(self, i: int) -> Expr | None:
        """منذ/قبل/بعد + [N] unit: «منذ أسبوعين», «قبل ثلاثة أيام», «بعد 3 أشهر»; Egyptian «من يومين»."""
        if self.is_word(i, "ago_words"):
            sign = -1
        elif self.norm(i) == "من" and self.dialect_ago(i):
            sign = -1
        elif self.norm(i) == "بعد":
            sign = 1
        else:
            return None
        cu = self.count_unit(i + 1)
        if cu is None:
            return None
        j, unit, count = cu
        if self.norm(j) == "من" and self.norm(j + 1) in _NOW_WORDS:
            return Expr(i, j + 2, "ago", unit=unit, offset=sign * count)  # «بعد أسبوع من الآن»: from publication
        if self.norm(j) == "من" or (self.norm(j) in ("على", "علي") and self.is_word(j + 1, "event_onset_nouns")):
            # «بعد أربعة أيام من المفاوضات», «بعد عام على اندلاع الحرب»: counted from another event
            return Expr(i + 1, j, "duration", unit=unit, offset=count)
        if sign > 0 and self.is_word(j, "spent_words"):
            return Expr(i + 1, j, "duration", unit=unit, offset=count)  # «بعد ستة أشهر قضاها في الرياض»: a stay
        if sign > 0 and count * {"year": 1, "decade": 10}.get(unit, 0) > FAR_AHEAD_YEARS:
            return Expr(i + 1, j, "duration", unit=unit, offset=count)  # «يتذكره بعد ستين عاماً»: from the event
        return Expr(i, j, "ago", unit=unit, offset=sign * count)

    def dialect_ago(self, i: int) -> bool:
        """Egyptian «من» for «منذ» («وصل من يومين», «مقطوعة من 3 أيام»), with a dual or a count only («من يوم
        لآخر», «من سنة نبينا», «من ساعة أبل» are not). Not after a comparison, an approximation or a verb of
        composition or range («أكثر من يومين», «ما يقرب من», «يتكون من 3 أيام»), nor after an indefinite noun
        the length describes («بجولة من أربعة أيام», «خطة صيانة من سنتين»), nor opening a range."""
        if i == 0 or self.t[i - 1].kind != "word":
            return False  # the words before it are checked on the text (:func:`_dialect_ago_rejected`)
        if self.is_word(i + 1, "approx_words"):
            return False  # «باقية من أكثر من ثلاثين عاما»
        cu = self.count_unit(i + 1)
        if cu is None or cu[1] not in ("day", "week", "month", "year", "hour") or cu[2] < 2:
            return False
        j = cu[0]
        if j < self.n and (self.norm(j) in ("من", "لاخر", "للاخر") or self.t[j].kind == "num"):
            return False
        if j + 1 < self.n and self.norm(j).removeprefix("و") in _RANGE_ENDS:
            # «من يومين إلى أسبوع» is a range of lengths; «وصل من يومين إلى أسوان» is not
            return self.t[j + 1].kind != "num" and self.count_unit(j + 1) is None \
                and not self.lex.numbers.match(self.t, j + 1)
        return True

    def m_duration(self, i: int) -> Expr | None:
        """«لمدة ثلاثة أيام», «على مدى عامين», «طوال أسبوعين»: a length of time, not a date."""
        r = self.lex.duration_words.match(self.t, i)
        if r:
            k = r[0] + 1 if self.is_word(r[0], "duration_cap_words") else r[0]  # «لمدة أقصاها 90 يوماً»
            cu = self.count_unit(k)
            return None if cu is None else Expr(k, cu[0], "duration", unit=cu[1], offset=cu[2])
        r = self.lex.duration_verbs.match(self.t, i)  # «استمرت الاشتباكات أربعة أيام», «دام 3 ساعات»
        k = r[0] if r else self.n
        budget = DURATION_VERB_GAP + 1
        while budget > 0:
            budget -= 1
            cu = self.count_unit(k) if k < self.n else None
            if cu is not None:
                if r and r[1] == 2 and k == r[0]:
                    return None  # «في زيارة تستغرق يومين»: no subject, the clause describes the noun before it
                return Expr(k, cu[0], "duration", unit=cu[1], offset=cu[2])
            tok = self.t[k] if k < self.n else None
            if tok is not None and tok.norm in _DURATION_GAP_PREPS and k > (r[0] if r else self.n) \
                    and k + 1 < self.n and (self.t[k + 1] is GAP or (self.t[k + 1].norm.startswith("ال")
                                                     and self.t[k + 1].kind == "word")):
                k += 1  # «في السودان»: a place phrase after the subject, never right after the verb
                budget += 1  # the preposition itself costs nothing
                continue
            if tok is None or not (tok is GAP or (tok.norm.startswith("ال") and tok.kind == "word"
                                                  and not any(v in self.lex.triggers for v in tok.variants))):
                return None  # only a definite subject («الحرب الأهلية»), never «حتى ساعة متأخرة» or «منذ 3 أيام»
            k += 1
        return None

    def m_counted(self, i: int) -> Expr | None:
        """«ستة أشهر إضافية», «18 ساعة متواصلة»: a count and unit made a length by the word after it.

        A count word with «ل» («تمديد الطوارئ لثلاثة أشهر»: for three months) is a length by itself.
        """
        cu = self.count_unit(i)
        if cu is None and self.norm(i)[:1] == "ل":
            r = self.lex.numbers.match(self.t, i)
            u = self.lex.units.match(self.t, r[0], clitics=False) if r else None
            if u and u[1][1] not in ("one", "two") and r[1] > 2:
                return Expr(i, u[0], "duration", unit=u[1][0], offset=r[1])
            return None
        approx = cu is not None and (self.t[i].norm in self.w["approx_words"] or (
            # «توقفت الرحلات لنحو 24 ساعة»: «ل» + an approximation is «for about», a length; a comparison
            # («لأكثر من أسبوع») is not in this list and stays as it was
            self.t[i].norm[:1] == "ل" and self.t[i].norm[1:] in self.w["approx_length_li_words"]))
        if approx and not (i > 0 and self.is_word(i - 1, "approx_length_not_after")):
            # «وعمل في الصحافة أكثر من أربعين عاماً»: an approximate count of units with no «منذ/قبل/بعد» before
            # it is a length (not an age: «عن عمر يناهز أكثر من 80 عاماً»; «لأكثر من أسبوع» stays as it was)
            return Expr(i, cu[0], "duration", unit=cu[1], offset=cu[2])
        if cu is None or not self.is_word(cu[0], "duration_after_words"):
            return None
        j, unit, count = cu
        return Expr(i, j, "duration", unit=unit, offset=count)

    def m_within(self, i: int) -> Expr | None:
        """«في غضون ثلاثة أشهر»: by that long after publication (a past clause makes it a length: see _parse)."""
        if not self.is_word(i, "within_words"):
            return None
        cu = self.count_unit(i + 1)
        if cu is None:
            return None
        j, unit, count = cu
        if self.norm(j) == "من":
            if self.norm(j + 1) in ("الان", "اليوم"):  # «في غضون عام من الآن»
                return Expr(i, j + 2, "recent", unit=unit, marker="within", offset=count)
            return Expr(i + 1, j, "duration", unit=unit, offset=count)  # «في غضون أيام من الهجوم»: from an event
        return Expr(i, j, "recent", unit=unit, marker="within", offset=count)

    def m_of_it(self, i: int) -> Expr | None:
        """«حتى الخامس عشر منه», «إلى 20 منه»: a day of the month named before it (linked by _link_of_it)."""
        r = self.day(i)
        if r is None or self.norm(r[0]) != "منه":
            return None
        return Expr(i, r[0] + 1, "of_it", d=r[1])

    def m_following(self, i: int) -> Expr | None:
        """«في اليوم التالي», «صباح اليوم التالي», «العام اللاحق»: one unit after the date narrated before it."""
        j = i
        r = self.lex.day_parts.match(self.t, j)
        if r:
            j = r[0]
        u = self.lex.following_units.match(self.t, j)
        if not u or (j > i and u[1] != "day"):
            return None
        word = self.t[j].norm
        if word not in self.lex.following_units.first and not (word[:1] in "وف" and word[1:] in self.lex.following_units.first):
            return None  # «لليوم التالي»: for a second day running, not the day after
        f = self.lex.following_words.match(self.t, u[0], clitics=False)
        if not f:
            return None
        return Expr(i, f[0], "following", unit=u[1])

    def m_recent(self, i: int) -> Expr | None:
        """«في الأيام الماضية», «خلال الأسابيع الأخيرة», «الآونة الأخيرة»."""
        r = self.lex.recent.match(self.t, i)
        count = 0
        if not r:
            r = self.lex.recent_duals.match(self.t, i)  # «خلال العامين الماضيين»: exactly two units back
            if not r:
                return None
            count = 2
        j, unit = r
        if self.norm(j) == "القليله":
            j += 1
        if not count:  # «الساعات الـ24 الماضية», «السنوات الخمس الماضية», «الأشهر الستة الأخيرة»
            k = j + 1 if j < self.n and self.t[j].norm == "\x00" else j  # «الـ» before digits
            v = self.number(k, 1, 72 if unit == "hour" else 99)
            if v is not None:
                j, count = k + 1, v
            elif self.norm(j).startswith("ال"):
                w = self.lex.numbers.table.get((self.norm(j)[2:],))
                if w is not None and w > 2:
                    j, count = j + 1, w
        m = self.lex.recent_markers.match(self.t, j, clitics=False)
        if m:
            return Expr(i, m[0], "recent", unit=unit, offset=count)
        m = self.lex.upcoming_markers.match(self.t, j, clitics=False)
        if m:  # «في الأيام المقبلة»: soon after publication
            return Expr(i, m[0], "recent", unit=unit, marker="next", offset=count)
        return None

    def m_recent_num(self, i: int) -> Expr | None:
        """«خلال الـ24 ساعة الماضية», «الـ7 أيام الأخيرة», «الـ72 ساعة المقبلة»: count + unit + marker.

        The count first, as agency copy writes it, is the window of «الساعات الـ24 الماضية»; without the
        marker the count and unit stay a length («لمدة 24 ساعة»).
        """
        cu = self.count_unit(i)
        if cu is None or cu[1] not in ("hour", "day", "week", "month", "year"):
            return None
        j, unit, count = cu
        m = self.lex.recent_markers.match(self.t, j, clitics=False)
        if m:
            return Expr(i, m[0], "recent", unit=unit, offset=count)
        m = self.lex.upcoming_markers.match(self.t, j, clitics=False)
        if m:
            return Expr(i, m[0], "recent", unit=unit, marker="next", offset=count)
        return None

    def m_part(self, i: int) -> Expr | None:
        """بداية/مطلع/منتصف/أواخر/نهاية + [شهر] month | الشهر/العام [marker] | year."""
        if self.norm(i) == "النصف" and self.norm(i + 1) == "من":
            # «ليلة النصف من شعبان»: the fifteenth of the month («النصف الأول من» is a half, below)
            self.month_cued = i + 2
            base = self.m_date(i + 2)
            self.month_cued = -1
            if base is not None and base.kind == "month" and base.m is not None and _valid_day(base.y, base.m, 15, base.hijri):
                return Expr(i, base.j, "date", y=base.y, m=base.m, d=15, hijri=base.hijri, marker=base.marker)
            return None
        if self.is_word(i, "weekend_lead_nouns"):
            # «عطلة نهاية الأسبوع»: the holiday noun belongs to the weekend span, not to anything else
            e = self.m_part(i + 1) if i + 1 < self.n else None
            if e is None or e.part != "end" or not e.sub or e.sub[0].kind != "period" or e.sub[0].unit != "week":
                return None
            wk = e.sub[0]
            if wk.marker == "next" and wk.offset == 1 and wk.j == e.j and self.norm(e.j - 1).endswith(("ة", "ه")):
                # «عطلة نهاية الأسبوع المقبلة»: the feminine adjective agrees with «عطلة», not «الأسبوع»: the
                # coming weekend (this week's end), where «… الأسبوع المقبل» is the end of next week
                e.sub = [replace(wk, offset=0)]
            e.i = i
            return e
        r = self.lex.parts.match(self.t, i)
        if not r:
            return None
        j, part = r
        if part.startswith("week") and self.norm(j) == "من":
            j += 1  # «الأسبوع الأخير من أبريل»
        if part.startswith("ten"):  # «العشر الأواخر من رمضان»: only a month follows
            self.month_cued = j + 1 if self.is_word(j, "month_word") else j
            base = self.m_date(j)
            self.month_cued = -1
            if base is None or base.kind != "month":
                base = self.m_period(j)
                if base is None or base.unit != "month":
                    return None
            return Expr(i, base.j, "part", part=part, sub=[base])
        # «الأسبوع الأول من آب», «أواخر آب»: after a part word «آب» is the month, not «أب» (father)
        self.greg_month_cued = j + 1 if self.is_word(j, "month_word") else j
        base = self.m_date(j)
        self.greg_month_cued = -1
        month_of_year = base is not None and base.kind == "in_period" and base.m is not None and base.d is None
        if base is None or not (base.kind == "month" or month_of_year):  # «منتصف أبريل من العام قبل الماضي»
            base = self.m_period(j) or self.m_year(j) or self.m_decade(j) or self.m_quarter(j)
            if base is None:
                pr = self.lex.periods.match(self.t, j)
                if not pr:
                    return None
                base = Expr(j, pr[0], "period", unit=pr[1], marker="current")
        if base.kind in ("invalid",) or (base.kind == "period" and base.unit == "week" and part.startswith("week")):
            return None
        if base.kind == "period" and base.unit == "year" and base.y is None and (
                self.is_word(base.i + 1, "year_kind_words")
                or (part == "mid" and i > 0 and self.is_word(i - 1, "school_break_nouns"))):
            return None  # «منتصف العام الدراسي», «إجازة منتصف العام»: a school or fiscal year, not the calendar's
        if (part in ("h1", "h2", "q1", "q4") or part.startswith(("first", "last"))) \
                and not (base.kind == "year" or (base.kind == "period" and base.unit == "year")):
            return None  # counted months of a year only
        if part.startswith("mhalf") and not ((base.kind == "month" and not base.hijri)
                                             or (base.kind == "period" and base.unit == "month")):
            return None  # «النصف الثاني من الشهر المقبل»: halves of a Gregorian month (of a year: m_quarter)
        return Expr(i, base.j, "part", part=part, sub=[base])

    def m_season(self, i: int) -> Expr | None:
        """صيف 2020, الشتاء الماضي, ربيع العام الجاري, «هذا الصيف»."""
        this = self.is_word(i, "this_words")
        j = i + 1 if this or self.norm(i) in ("فصل", "وفصل") else i
        r = self.lex.seasons.match(self.t, j)
        if not r:
            return None
        j, season = r
        if this:  # «هذا الصيف»: the season under way or this year's
            mk = self.marker(j)
            return Expr(i, mk[0] if mk else j, "season", season=season, marker="current", unit="season")
        yr = self.year_phrase(j)
        if yr and not yr[2]:
            return Expr(i, yr[0], "season", season=season, y=yr[1])
        per = self.m_period(j)
        if per and per.unit == "year":
            return Expr(i, per.j, "season", season=season, y=per.y, marker=per.marker)
        mk = self.marker(j)
        if mk:
            return Expr(i, mk[0], "season", season=season, marker=mk[1], unit="season")  # marker on the season
        return None

    def m_week_no(self, i: int) -> Expr | None:
        """«الأسبوع الـ36 من العام الجاري», «الأسبوع الثاني والأربعين من 2024»: an ISO week of a stated year.

        Health and market bulletins count weeks of the year; without «من» + a year it stays a week of a month
        («الأسبوع الثاني من الشهر») or a plain «الأسبوع» for the other matchers.
        """
        if not self.is_word(i, "week_heads"):
            return None
        j = i + 1
        while j < self.n and self.is_word(j, "week_number_labels"):
            j += 1  # «رقم 12»
        if (j + 1 < self.n and self.t[j] is GAP and self.t[j + 1].kind == "num"
                and self.t[i].end >= 0 and self.text[self.t[i].end:self.t[j + 1].start].strip(" \u0640") == "ال"):
            j += 1  # «الـ36»: the article the tokenizer split off the numeral
        if j < self.n and self.t[j].kind == "num" and self.t[j].norm.isdigit():
            week, j = int(self.t[j].norm), j + 1
        else:
            r = self.lex.week_ordinals.match(self.t, j)
            if not r or r[1] < 5:  # «الأسبوع الأول/الثاني من»: a week of a month (m_part)
                return None
            j, week = r
        if not 1 <= week <= 53 or self.norm(j) != "من":
            return None
        j += 1
        yr = self.year_phrase(j) or self.year(j)
        if yr and not yr[2]:
            return Expr(i, yr[0], "week_no", index=week, y=yr[1])
        per = self.m_period(j)
        if per and per.unit == "year" and not self.is_word(j + 1, "year_kind_words"):
            return Expr(i, per.j, "week_no", index=week, y=per.y, marker=per.marker)
        return None

    def m_quarter(self, i: int) -> Expr | None:
        """الربع الأول/الثاني… (من) العام/YEAR, النصف الأول من العام."""
        if self.is_word(i, "quarter_words"):
            kind = "quarter"
        elif self.is_word(i, "half_words"):
            kind = "half"
        else:
            return None
        r = self.lex.small_ordinals.match(self.t, i + 1, clitics=False)
        if not r:
            mk = self.marker(i + 1) if self.norm(i) == "الربع" else None  # not «الاجتماع الثلاثي المقبل»
            if mk:  # «خلال الربع الحالي», «الربع الماضي»: the anchor's quarter, or one before or after
                return Expr(i, mk[0], kind, index=0, marker=mk[1], offset={"past": -1, "next": 1}.get(mk[1], 0))
            return None
        j, idx = r
        if kind == "half" and idx > 2:
            idx = 2
        if self.norm(j) == "من":
            j += 1
        if self.is_word(j, "year_words") and self.is_word(j + 1, "year_kind_words"):
            return None  # «الربع الأول من العام المالي الحالي»: a fiscal quarter, not the calendar's
        if self.norm(i) == "الفصل" and any(self.is_word(k, "school_term_context") for k in
                                            range(max(0, i - SENTENCE_CUE_TOKENS), min(self.n, j + SENTENCE_CUE_TOKENS))):
            return None  # «الدراسة في الفصل الثاني من عام 2024»: a school term, not the Maghrebi quarter
        yr = self.year_phrase(j)
        if yr and not yr[2]:
            return Expr(i, yr[0], kind, index=idx, y=yr[1])
        per = self.m_period(j)
        if per and per.unit == "year":
            return Expr(i, per.j, kind, index=idx, y=per.y, marker=per.marker)
        pr = self.lex.periods.match(self.t, j)
        if pr and pr[1] == "year":
            return Expr(i, pr[0], kind, index=idx, marker="current")
        return None

    def m_range(self, i: int) -> Expr | None:
        """«بين 3 و5 حزيران», «من 3 إلى 5 حزيران 2017», «بين عامي 2014 و2017», «2014-2017»."""
        short = self.short_season(i)
        if short is not None:
            return short
        j = i
        worded = False
        if self.is_word(i, "range_from"):
            j = i + 1
            if self.is_word(j, "year_words"):
                j += 1
                worded = True  # «بين عامي 1870 و1875»: years before 1900 too
        d1 = self.number(j, 1, 31)
        y1 = self.year(j, old=worded)
        if d1 is None and not y1:
            return self.life_span(i) if j == i else None
        k = j + 1 if d1 is not None else y1[0]
        if y1 and k + 1 < self.n and self.t[k].norm == "/" and not y1[2]:
            y2 = self.year(k + 1)  # «موسم 2018/2019», «العام الدراسي 2019/2020»: two consecutive years
            if y2 and y2[1] == y1[1] + 1 and not y2[2]:
                return Expr(i, y2[0], "interval", sub=[Expr(j, y1[0], "year", y=y1[1]),
                                                       Expr(k + 1, y2[0], "year", y=y2[1])])
        if (y1 and not y1[2] and k + 1 < self.n and self.t[k].norm in ("/", "-") and self.t[k + 1].kind == "num"
                and len(self.t[k + 1].norm) == 2 and int(self.t[k + 1].norm) == (y1[1] + 1) % 100
                and self.t[k].start == self.t[k - 1].end and self.t[k + 1].start == self.t[k].end
                and not (j > 0 and self.is_word(j - 1, "number_label_words"))
                and not (k + 3 < self.n and self.t[k + 2].norm in _DATE_SEPS and self.t[k + 3].kind == "num")):
            # «الموسم الزراعي 2022/23», «موسم 2019-20»: a season of two consecutive years, the second one short
            return Expr(i, k + 2, "interval", sub=[Expr(j, y1[0], "year", y=y1[1]),
                                                   Expr(k + 1, k + 2, "year", y=y1[1] + 1)])
        if k >= self.n or not self.is_word(k, "range_to"):
            return None
        dash = self.t[k].norm in ("-", "–")
        if j == i and not (dash and (y1 or (d1 is not None and k + 2 < self.n and self.t[k + 1].kind == "num"
                                          and self.lex.months.match(self.t, k + 2)))):
            # «2005-2009», «2020–2025» (en dash); «5 – 7 نوفمبر 2019»: two days of a month named after them
            return None
        k += 1
        if d1 is not None:
            d2 = self.number(k, 1, 31)
            if d2 is None or d2 <= d1:
                return None
            tail = self.m_date(k)
            if not tail or tail.kind != "date":
                return None
            a = Expr(j, j + 1, "date", y=tail.y, m=tail.m, d=d1, hijri=tail.hijri, marker=tail.marker)  # «…المقبل»
            if not _valid_day(tail.y, tail.m, d1, tail.hijri):
                return None
            return Expr(i, tail.j, "interval", sub=[a, tail])
        y2 = self.year(k, old=worded)
        if not y2 or y2[1] <= y1[1] or y2[2] != y1[2]:
            return None
        return Expr(i, y2[0], "interval",
                    sub=[Expr(j, y1[0], "year", y=y1[1], hijri=y1[2]), Expr(k, y2[0], "year", y=y2[1], hijri=y2[2])])

    def life_span(self, i: int) -> Expr | None:
        """«طه حسين (1889-1973)»: birth and death years in brackets after a name, the first before 1900.

        Brackets closing right after the second year make both years, as they do a later life span
        («(1941-2008)» is already a range); the bracket is the context «عام» gives «بين عامي 1870 و1875».
        """
        if not (i > 0 and self.t[i - 1].norm == "(" and i + 2 < self.n and self.t[i + 1].norm in ("-", "–")):
            return None
        y1, y2 = self.year(i, old=True), self.year(i + 2, old=True)
        if not y1 or not y2 or y1[2] or y2[2] or y1[0] != i + 1 or self.norm(y2[0]) != ")" \
                or not 0 < y2[1] - y1[1] <= LIFE_SPAN_MAX_YEARS:
            return None
        return Expr(i, y2[0], "interval",
                    sub=[Expr(i, y1[0], "year", y=y1[1]), Expr(i + 2, y2[0], "year", y=y2[1])])

    def short_season(self, i: int) -> Expr | None:
        """«موسم 22-23»: a season's two consecutive years written with two digits each, after a season noun."""
        if not (i > 0 and self.is_word(i - 1, "season_nouns") and i + 2 < self.n
                and self.t[i + 1].norm in ("-", "/")):
            return None
        a, b = self.number(i, 0, 99, (2,)), self.number(i + 2, 0, 99, (2,))
        if a is None or b is None or b != (a + 1) % 100:
            return None
        y = (2000 if a < SHORT_YEAR_PIVOT else 1900) + a
        return Expr(i, i + 3, "interval", sub=[Expr(i, i + 1, "year", y=y), Expr(i + 2, i + 3, "year", y=y + 1)])

    def m_decade(self, i: int) -> Expr | None:
        """«الثمانينيات», «ثمانينيات القرن الماضي», «عقد التسعينيات من القرن العشرين»."""
        j = i + 1 if self.is_word(i, "decade_words") else i
        r = self.lex.decades.match(self.t, j)
        if not r:
            return None
        j, y = r
        k = j + 1 if self.norm(j) == "من" else j
        c = self.lex.centuries.match(self.t, k, clitics=False)
        if c:
            j, y = c[0], c[1] + y % 100
        return Expr(i, j, "decade", y=y)

    def amazigh_tail(self, j: int) -> int:
        """«رأس السنة الأمازيغية يناير 2975»: the festival's name and the Amazigh year (2950–3050) end the span.

        The Amazigh year is no Gregorian one, and «يناير» here names the feast, not a month to date on its own.
        """
        if j < self.n and self.is_word(j, "amazigh_year_tail"):
            j += 1
        if j < self.n and self.t[j].kind == "num" and self.number(j, 2950, 3050, digits=(4,)) is not None:
            j += 1
        return j

    def m_holiday(self, i: int) -> Expr | None:
        """«عيد الأضحى المقبل», «عيد الفطر 1445 هـ», «رأس السنة الميلادية»: a feast's day; «عشية العيد»: the day before."""
        r = self.lex.holidays.match(self.t, i)
        if not r and "العيد" in self.t[i].variants and (mk := self.marker(i + 1)) and mk[1] in ("next", "past"):
            # «قبيل العيد المقبل»: the nearer of the two feasts that way
            feasts = [Expr(i, mk[0], "date", m=10, d=1, hijri=True, marker=mk[1]),
                      Expr(i, mk[0], "date", m=12, d=10, hijri=True, marker=mk[1])]
            return Expr(i, mk[0], "feast", marker=mk[1], sub=feasts)
        if not r:
            eve = self.lex.eve_words.match(self.t, i)
            feast = self.m_holiday(eve[0]) if eve and self.lex.holidays.match(self.t, eve[0]) else None
            return Expr(i, feast.j, "eve", sub=[feast]) if feast else None
        j, key = r
        m, d = (int(x) for x in key[1:].split("/"))
        hijri = key[0] == "h"
        if key == "g12/25":
            nxt = self.norm(j)
            if j < self.n and (self.t[j].kind == "num" or self.lex.ordinals.match(self.t, j)
                               or (nxt[2:],) in self.lex.numbers.table or nxt.startswith("ال") and
                               (nxt[2:],) in self.lex.ordinals.table
                               or nxt in ("ال", GAP.norm) and j + 1 < self.n and self.t[j + 1].kind == "num"):
                return None  # «عيد الميلاد الستين للملك»: a birthday
            if any(self.is_word(k, "orthodox_christmas_cues") for k in range(max(0, i - SENTENCE_CUE_TOKENS),
                                                                         min(self.n, j + SENTENCE_CUE_TOKENS))):
                m, d = 1, 7  # «الكنيسة القبطية … عيد الميلاد»: the Eastern churches keep it on 7 January
        if key == "g1/12":
            j = self.amazigh_tail(j)
            if any(self.is_word(k, "amazigh_morocco_cues") for k in range(max(0, i - SENTENCE_CUE_TOKENS),
                                                                       min(self.n, j + SENTENCE_CUE_TOKENS))):
                d = 14  # Morocco's public holiday, since 2024; Algeria's is the 12th
            y_amazigh = True
        else:
            y_amazigh = False
        y = None
        yr = None if y_amazigh else self._hijri_year(j) if hijri else self.year_phrase(j)
        if yr and yr[2] == hijri:
            j, y = yr[0], yr[1]
        mk = None if y else self.marker(j)
        if mk:
            j, mk = mk
        elif y is None and (per := self.m_period(j)) is not None and per.unit == "year" and per.offset == 0 \
                and per.y is None and per.marker == "current":
            j = per.j  # «يوم عرفة هذا العام»: the nearest one, which is this year's
        return Expr(i, j, "date", y=y, m=m, d=d, hijri=hijri, marker=mk, unit="feast")

    NUM_MATCHERS = ("m_range", "m_numeric", "m_month_year", "m_agency_day", "m_date", "m_year", "m_recent_num",
                    "m_of_it", "m_counted")

    def candidates(self, tok: Tok) -> tuple[str, ...]:
        """Matchers that can start at this token (by its first word), in a fixed order."""
        if tok.kind == "num":
            return self.NUM_MATCHERS
        if tok.kind != "word":
            return ()
        memo = _CANDIDATES.get(tok.norm)
        if memo is None:
            table = dispatch_table(self.lex)
            names: set[str] = set()
            for v in tok.variants:
                names.update(table.get(v, ()))
            memo = tuple(n for n in MATCHER_ORDER if n in names)
            if len(_CANDIDATES) < _MEMO_MAX:
                _CANDIDATES[tok.norm] = memo
        return memo

    def parse(self) -> list[Expr]:
        """All non-overlapping expressions, longest match first at each position, left to right."""
        out: list[Expr] = []
        toks, memo = self.t, _CANDIDATES
        i = 0
        while i < self.n:
            tok = toks[i]
            if tok is GAP:  # a word the grammar never looks at
                i += 1
                continue
            names = memo.get(tok.norm) if tok.kind == "word" else None
            if names is None:
                names = self.candidates(tok)
            if not names:
                i += 1
                continue
            best: Expr | None = None
            for name in names:
                e = getattr(self, name)(i)
                if e is not None and (best is None or e.j > best.j):
                    best = e
            if best is None:
                i += 1
                continue
            out.append(best)
            i = max(best.j, i + 1)
        return _join_ranges(self, out)


MATCHER_ORDER = ("m_range", "m_numeric", "m_date", "m_week_no", "m_part", "m_season", "m_quarter", "m_rel_day", "m_period",
                 "m_ago", "m_duration", "m_within", "m_following", "m_recent", "m_year", "m_weekday", "m_decade",
                 "m_holiday", "m_of_it", "m_counted")
_DISPATCH: dict[int, dict[str, tuple[str, ...]]] = {}
# word → matchers memo (bounded: the vocabulary of news is large but Zipfian)
_CANDIDATES: dict[str, tuple[str, ...]] = {}
_MEMO_MAX = 200_000


def dispatch_table(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """First word → matchers that can start with it (built once per lexicon)."""
    table = _DISPATCH.get(id(lex))
    if table is not None:
        return table
    w = lex.words
    sources: dict[str, list[set[str]]] = {
        "m_range": [w["range_from"]],
        "m_date": [lex.rel_days.first, w["day_word"], lex.weekdays.first, lex.ordinals.first, w["month_word"],
                   lex.months.first, lex.hijri_months.first],
        "m_part": [lex.parts.first, w["weekend_lead_nouns"]],
        "m_week_no": [w["week_heads"]],
        "m_season": [lex.seasons.first, {"فصل"}, w["this_words"]],
        "m_quarter": [w["quarter_words"], w["half_words"]],
        "m_rel_day": [lex.rel_days.first],
        "m_period": [w["this_words"], lex.periods.first],
        "m_ago": [w["ago_words"], {"بعد", "من"}],
        "m_duration": [lex.duration_words.first, lex.duration_verbs.first],
        "m_counted": [lex.numbers.first, lex.units.first, w["approx_words"]],
        "m_recent": [lex.recent.first, lex.recent_duals.first],
        "m_year": [w["year_words"]],
        "m_weekday": [w["day_word"], lex.weekdays.first],
        "m_decade": [w["decade_words"], lex.decades.first],
        "m_holiday": [lex.holidays.first, lex.eve_words.first],
        "m_within": [w["within_words"]],
        "m_following": [lex.day_parts.first, lex.following_units.first],
        "m_of_it": [lex.ordinals.first],
    }
    acc: dict[str, set[str]] = {}
    for name, sets in sources.items():
        for words in sets:
            for word in words:
                acc.setdefault(word, set()).add(name)
    table = {k: tuple(v) for k, v in acc.items()}
    _DISPATCH[id(lex)] = table
    return table


def _valid_day(y: int | None, m: int, d: int, hijri: bool) -> bool:
    """Reject 30 شباط, 31 نيسان; Feb 29 only in leap years when the year is known."""
    if hijri:
        return 1 <= d <= 30
    if y is None:
        return 1 <= d <= (29 if m == 2 else calendar.monthrange(2001, m)[1])
    return 1 <= d <= calendar.monthrange(y, m)[1]


def _join_ranges(p: Parser, exprs: list[Expr]) -> list[Expr]:
    """«من X إلى Y», «بين X و Y» (also «بين ديسمبر 2015 وفبراير 2016») over two expressions → one interval.

    Two months joined by «و» share the year or marker the second one states: «يناير وفبراير من العام
    الماضي» are both last year's.
    """
    out: list[Expr] = []
    k = 0
    while k < len(exprs):
        a = exprs[k]
        b = exprs[k + 1] if k + 1 < len(exprs) else None
        if b is not None and a.kind in ("date", "month", "year") and a.i > 0 and b.kind in ("date", "month", "year"):
            joined = (b.i == a.j + 1 and p.is_word(a.j, "range_to")) or (b.i == a.j and _with_wa(p, b.i))
            if joined and p.is_word(a.i - 1, "range_from"):
                out.append(Expr(a.i - 1, b.j, "interval", sub=[a, b]))
                k += 2
                continue
        if (b is not None and a.kind == "month" and a.y is None and a.marker is None and not a.hijri
                and b.i == a.j and _with_wa(p, b.i)):
            if b.kind == "in_period" and b.m is not None and b.d is None:
                out.append(Expr(a.i, a.j, "in_period", m=a.m, sub=b.sub, start=a.start, end=a.end, text=a.text))
                k += 1
                continue
            if b.kind == "month" and not b.hijri and (b.y is not None or b.marker in ("past", "next")):
                a.y = None if b.y is None else b.y - (a.m > b.m)
                a.marker = None if b.y is not None else b.marker
        out.append(a)
        k += 1
    return [e for e in out if e.kind != "invalid"]


def _with_wa(p: Parser, i: int) -> bool:
    """Token ``i`` carries the conjunction «و» («وفبراير»)."""
    tok = p.t[i]
    return tok.kind == "word" and tok.norm.startswith("و") and tok.norm[1:] in tok.variants


# The last few texts parsed: the dates stage reads a body for the publication date, then for its
# time expressions, and the title and captions several times. Callers never mutate an Expr.
_PARSED: dict[str, tuple[object, list[Expr]]] = {}
_PARSED_MAX = 8


def parse(text: str) -> list[Expr]:
    """Recognize time expressions in ``text``; each Expr carries offsets into ``text``."""
    lex = get_lexicon()
    hit = _PARSED.get(text)
    if hit is not None and hit[0] is lex:
        return list(hit[1])
    exprs = _parse(text, lex)
    if len(_PARSED) >= _PARSED_MAX:
        del _PARSED[next(iter(_PARSED))]
    _PARSED[text] = (lex, exprs)
    return list(exprs)


def _parse(text: str, lex: Lexicon) -> list[Expr]:
    """Tokenize and parse one text (uncached)."""
    toks = tokenize(text, lex.known)
    exprs = Parser(toks, lex, text).parse()
    for e in [*exprs, *(s for x in exprs for s in x.sub)]:
        e.start, e.end = _trim_clitic(text, toks[e.i], lex), toks[e.j - 1].end
        e.text = text[e.start:e.end]
    for a, b in zip(exprs, exprs[1:], strict=False):
        if a.kind == b.kind == "weekday" and b.i == a.j and toks[b.i].norm.startswith("و") and not b.sub:
            b.sub = [a]  # «يومي الثلاثاء والأربعاء»: the second day follows the first
            if b.marker in ("past", "next") and a.marker is None:
                a.marker = b.marker  # «يومي الأحد والاثنين المقبلين»: the marker qualifies both days
        elif (a.kind == b.kind == "weekday" and a.marker is None and b.marker in ("past", "next") and not b.sub
              and normalize(text[a.end:b.start].strip()) in _WEEKDAY_RANGE_TO):
            a.marker = b.marker  # «من الأحد إلى الخميس المقبل»: the week the range ends in
            if b.marker == "next":  # …and the range ends on the first such day after it starts (not before)
                b.sub, b.part = [a], "range_end"
        elif (a.kind == "rel_day" and a.offset > 0 and b.kind == "weekday" and b.marker is None and not b.sub
              and _range_to_between(text[a.end:b.start])):
            b.marker = "upcoming"  # «يبدأ من مساء الغد ويستمر حتى صباح الأحد»: a range from tomorrow ends after it
        elif (b.kind == "weekday" and b.marker is None and not b.sub and a.kind == "date" and a.d is not None
              and (_copula_between(text, a.end, b.start, lex)
                   or (not text[a.end:b.start].strip() and _copula_before(text, a.start, lex)))):
            b.sub, b.marker = [a], "same"  # «غرة شوال ستكون يوم الثلاثاء»: the weekday of that day
        elif (a.kind == "weekday" and a.marker is None and not a.sub and b.kind == "date" and b.d is not None
              and _copula_between(text, a.end, b.start, lex)):
            a.sub, a.marker = [b], "same"  # «أن يوم السبت هو أول أيام شهر رمضان»: the weekday of that day
    for e in exprs:
        if e.kind == "weekday" and e.marker is None and (_future_clause(text, e.start, lex)
                                                         or _conjoined_imperfect(text, e, lex)):
            e.marker = "upcoming"  # «ستكون غرة شوال يوم الثلاثاء», «من المقرر أن يصل الوفد يوم الأحد»
        elif e.kind in ("date", "month", "interval"):
            _mark_perfect(text, e, lex)
            _mark_upcoming(text, e, lex)
        elif e.kind == "duration" and _within_ahead(text, toks, e, exprs, lex):
            # «ستعلن الحكومة الخطة خلال يومين», «خلال أسبوعين من الآن»: by then, counted from publication
            e.kind, e.marker, e.i = "recent", "within", e.i - 1
            e.start = toks[e.i].start
            if _FROM_NOW.match(text, e.end):
                e.end = e.end + _FROM_NOW.match(text, e.end).end() - e.end
            e.text = text[e.start:e.end]
        elif e.kind == "recent" and e.marker == "within" and _within_is_length(text, e, exprs, lex):
            e.kind, e.marker = "duration", None  # «سيطرت القوات على المدينة في غضون ثلاثة أيام»: a length
        elif e.kind == "ago" and e.offset > 0 and e.j > e.i + 1 and clause_tense(text, e.start, lex) == "past":
            # «وشكلت الحكومة بعد عام كامل», «وأفرج عنه بعد ثلاثة أيام»: counted from the narrated event
            e.kind, e.start = "duration", toks[e.i + 1].start
            e.text = text[e.start:e.end]
    exprs = [e for e in exprs if not (e.kind == "ago" and _dialect_ago_rejected(text, e, lex))]
    _range_end_follows(text, exprs)
    exprs = _link_following(text, exprs)
    exprs = _link_of_it(text, exprs)
    exprs = _link_same_month(text, exprs)
    exprs = _link_same_day(text, toks, exprs)
    exprs = _link_weekday_after(text, exprs, lex)
    exprs = [e for e in exprs if not _adjectival_ordinal(text, toks, e, lex)]
    exprs = [e for e in exprs if not _previous_of_dated(text, e, exprs)]
    exprs = [e for e in exprs if not (_redundant_feast(e, exprs) or _feast_dated_after(text, e, exprs))]
    return [e for e in exprs if not (_named_event(text, e, lex) or _age_decade(text, e) or _recurring(text, e)
                                     or _other_new_year(text, e) or _adjective_general(text, e))]


_PREVIOUS = re.compile(r"ال?سابق[ةه]?$")


_WORDS_BEFORE = re.compile(r"\w+")
_RANGE_ENDS = {normalize(w) for w in ("الى", "إلى", "الي", "حتى", "حتي", "او", "أو")} | {""}


def _dialect_ago_rejected(text: str, e: Expr, lex: Lexicon) -> bool:
    """Egyptian «من يومين» (:meth:`Parser.dialect_ago`) read on the words before it, which the tokens mask.

    Rejected after a comparison or an approximation («لأعلى من 25 عاما», «ما يقرب من 16 عاما»), a verb of
    composition or range within three words («يتكون البرنامج من 3 أيام»), and after an indefinite noun in «ة»
    the length describes («بجولة من أربعة أيام», «لولاية خامسة من 4 سنوات», «خطة صيانة من سنتين»).
    """
    if not normalize(e.text).startswith("من "):
        return False
    words = [normalize(w) for w in _WORDS_BEFORE.findall(text[max(0, e.start - 80):e.start])[-3:]]
    if not words:
        return True
    blockers = lex.words["dialect_ago_not_after"]
    if any(w in blockers or w[1:] in blockers or w[2:] in blockers for w in words):  # «ولأكثر من»
        return True
    prev = words[-1][1:] if words[-1][:1] in "وفبل" and len(words[-1]) > 3 else words[-1]
    return bool(_COMPARATIVE.match(prev)) or (not prev.startswith("ال") and prev.endswith(("ة", "ه")))


def _previous_of_dated(text: str, e: Expr, exprs: list[Expr]) -> bool:
    """«في 09/2025 مقارنة بالشهر السابق»: the month before the one just named, not before publication.

    Left undated (the honest reading) when a date naming its year comes earlier in the same sentence.
    """
    if e.kind != "period" or e.marker != "past" or not _PREVIOUS.search(e.text):
        return False
    return any(x.end <= e.start and (_dated(x) or (x.kind in ("half", "quarter", "season") and x.y is not None))
               and not _CLAUSE_END.search(text[x.end:e.start]) for x in exprs)  # «النصف الثاني من 2023 … العام السابق»


_NEW_YEAR_OF = re.compile(r"^\s*(?:ال|لل)\w+")


def _adjective_general(text: str, e: Expr) -> bool:
    """«الأمين العام الجديد», «القنصل العام الجديد»: «العام» qualifies the definite noun before it."""
    if e.kind != "period" or e.part != "new":
        return False
    m = _WORD_END.search(text[max(0, e.start - 30):e.start])
    w = normalize(m.group(1)) if m else ""
    w = w[1:] if w[:1] in "وف" and w[1:].startswith("ال") else w
    return w.startswith("ال")


def _other_new_year(text: str, e: Expr) -> bool:
    """«رأس السنة الأمازيغية/الصينية/العبرية»: a bare «رأس السنة» followed by another calendar's name."""
    if e.kind not in ("date", "eve"):
        return False
    folded = normalize(e.text)
    return folded.endswith("السنه") and folded.find("راس") >= 0 and bool(_NEW_YEAR_OF.match(text[e.end:e.end + 20]))


def _adjectival_ordinal(text: str, toks: list[Tok], e: Expr, lex: Lexicon) -> bool:
    """«النصف الثاني من الشهر المقبل», «الأسبوع الأول من رمضان»: an ordinal after a definite noun qualifies it.

    Such an ordinal is no day of the month; «اليوم الأول من رمضان», «الخميس الأول من مايو» and
    «الموافق الثاني من …» are (``ordinal_after_definite_ok``).
    """
    if e.kind not in ("date", "in_period") or toks[e.i].kind != "word" or not lex.ordinals.match(toks, e.i):
        return False
    m = _WORD_END.search(text[max(0, e.start - 30):e.start])
    if not m:
        return False
    w = normalize(m.group(1))
    if w[:1] in "وفبل" and w[1:].startswith("ال"):
        w = w[1:]
    if not w.startswith("ال") or w in lex.context["ordinal_after_definite_ok"]:
        return False
    # «يوافق يوم الجمعة المقبل الأول من ذي الحجة»: a day in apposition to a marked weekday
    return not _after_marked_weekday(text, e.start, lex)


_TWO_WORDS_END = re.compile(r"(\w+)\s+(\w+)\s*$")


def _after_marked_weekday(text: str, end: int, lex: Lexicon) -> bool:
    """The two words before ``end`` are a weekday and its marker («الجمعة المقبل», «الأحد الماضي»)."""
    m = _TWO_WORDS_END.search(text[max(0, end - 40):end])
    if not m:
        return False
    toks = tokenize(m.group(1) + " " + m.group(2))
    return bool(len(toks) == 2 and lex.weekdays.match(toks, 0) and lex.markers.match(toks, 1, clitics=False))


_FROM_NOW = re.compile(r"\s+من\s+(?:الآن|الان|اليوم)\b")
_DURING = {"خلال", "وخلال"}


def _within_ahead(text: str, toks: list[Tok], e: Expr, exprs: list[Expr], lex: Lexicon) -> bool:
    """«خلال يومين» after a future verb (or «… من الآن»): a window from publication, like «في غضون يومين».

    Not in a narrated or dated sentence («أخمدت الفرق الحريق خلال يومين»: a length), nor counted
    from another event («خلال يومين من الهجوم»).
    """
    if e.offset <= 0 or e.i == 0 or toks[e.i - 1].norm not in _DURING or toks[e.i - 1].start < 0:
        return False
    if e.unit not in ("day", "week", "month", "hour"):  # «ستستأنف خلال عامين»: a length (dev convention)
        return False
    if _FROM_NOW.match(text, e.end):
        return True
    if re.match(r"\s+(?:من|على|علي)\s", text[e.end:e.end + 5]):
        return False
    if clause_tense(text, e.start, lex) != "future" and not _verb_ahead(text, e.start, lex):
        return False
    return not _within_is_length(text, e, exprs, lex)


def _within_is_length(text: str, e: Expr, exprs: list[Expr], lex: Lexicon) -> bool:
    """«في غضون عامين» counts from some other time than publication, so it is a length, not a date.

    So in a past report that pledges nothing («أنجزت الشركة الجسر في غضون عامين»), before a past
    verb («وفي غضون ثلاث سنوات تضاعفت…»), after an ordinal («التصويت الثاني في غضون أسبوع»), or
    beside a dated narration in the same sentence («وتعهد أوباما بإغلاقه في غضون عام … في 2009»).
    """
    tense = clause_tense(text, e.start, lex)
    clause = [w.strip(_TOKEN_PUNCT) for w in normalize(_clause_before(text, e.start)).split()]
    ahead = tense == "future" or (bool(clause) and clause[0][:1] in "وف"
                                  and _surface_tense(clause[0][1:], lex.context["past_not_verbs"]) == "nonpast")
    if not ahead and _any_in(clause[-4:], lex.context["within_back_words"]):
        return True  # «الحادثة الثانية من نوعها في غضون أسبوع», not «وتبدأ المرحلة الثانية في غضون أسبوع»
    after = [w.strip(_TOKEN_PUNCT) for w in normalize(text[e.end:e.end + 40]).split()]
    after = [w for w in after if w and w not in lex.context["within_back_words"]][:2]
    if any(_any_in([w], lex.context["past_verbs"]) or _surface_tense(w[1:] if w[:1] in "وف" else w,
                                                                      lex.context["past_not_verbs"]) == "past"
           for w in after[:1]):
        return True
    if any(x is not e and _dated(x) and not _CLAUSE_END.search(text[min(x.end, e.end):max(x.start, e.start)])
           for x in exprs):
        return True
    if tense != "past":
        return False
    return not _any_in(_sentence_words(text, e.start), lex.context["deadline_words"])


def _dated(x: Expr) -> bool:
    """An expression naming its own year («في 2009», «3 أبريل 2011»)."""
    return (x.kind in ("date", "month", "year") and x.y is not None) or any(_dated(s) for s in x.sub)


# Which narrated expressions a «… التالي» can count from: the unit, and kinds fine enough for it.
_FOLLOWABLE = {"day": ("date", "rel_day", "weekday", "in_period"), "week": ("date", "rel_day", "weekday", "in_period"),
               "month": ("date", "month", "in_period"), "year": ("date", "month", "year", "in_period")}


_AFTER_EVENT = re.compile(r"\s*(?:على|علي|من|عن)\b|\s*ل\w")


def _link_following(text: str, exprs: list[Expr]) -> list[Expr]:
    """«وصل في 12 أكتوبر، وعقد في اليوم التالي…»: the following unit counts from the nearest date before it.

    Only a date of the same sentence, fine enough to count from (a day for «اليوم التالي»); with none,
    the expression is dropped rather than counted from the publication day.
    """
    out: list[Expr] = []
    for e in exprs:
        if e.kind == "following":
            prev = out[-1] if out else None
            if prev is None or prev.kind not in _FOLLOWABLE[e.unit] or e.start - prev.end > FUTURE_LOOKBACK \
                    or _CLAUSE_END.search(text[prev.end:e.start]):
                continue
            if e.unit in ("month", "year") and prev.kind != "in_period" and prev.y is None:
                continue  # «حتى أغسطس من العام التالي»: the month is of that year, of no year named
            if _AFTER_EVENT.match(text, e.end):
                continue  # «اليوم التالي على سحب الدراسة», «الشهر التالي لها»: the unit after another event
            e.sub = [prev]
        out.append(e)
    return out


def _link_of_it(text: str, exprs: list[Expr]) -> list[Expr]:
    """«من الأول من كانون الأول حتى الخامس عشر منه»: the day of the month named just before, in its sentence.

    With no month named before it (in a date or alone), the day is dropped, never guessed.
    """
    out: list[Expr] = []
    for e in exprs:
        if e.kind == "of_it":
            prev = out[-1] if out else None
            if prev is None or prev.kind not in ("date", "month", "in_period") or prev.hijri \
                    or e.start - prev.end > FUTURE_LOOKBACK or _CLAUSE_END.search(text[prev.end:e.start]):
                continue
            e.sub = [prev]
        out.append(e)
    return out


_LIKE_THIS = re.compile(r"(?:(?:في|فى)\s+)?[وف]?مثل\s+(?:هذا|هذه)\s+$")
_LIKE_BEFORE_THIS = re.compile(r"(?:(?:في|فى)\s+)?[وف]?مثل\s+$")
_SAME_DAY_GAP = re.compile(r"^\s*(?:من\s+)?$")


def _link_same_day(text: str, toks: list[Tok], exprs: list[Expr]) -> list[Expr]:
    """«في مثل هذا اليوم من عام 1948», «في مثل هذا اليوم قبل 50 عاماً»: this day and month of that year.

    Not the day of publication: the anniversary's day, in the year named or counted back.
    """
    out: list[Expr] = []
    k = 0
    while k < len(exprs):
        a = exprs[k]
        b = exprs[k + 1] if k + 1 < len(exprs) else None
        like = a.today and _LIKE_THIS.search(text[max(0, a.start - 20):a.start])
        month = (a.kind == "period" and a.unit == "month" and a.offset == 0 and a.text.startswith(("هذا", "هذه"))
                 and _LIKE_BEFORE_THIS.search(text[max(0, a.start - 20):a.start]))
        orig = a
        if month:  # «في مثل هذا الشهر من عام 1990»: this month of that year
            like, a = month, replace(a, kind="rel_day", offset=0, unit="month")
        if like and a.kind == "date":
            a.today = False  # «في مثل هذا اليوم، 14 مايو 1948»: that date, not the publication day
        if (b is not None and like and a.kind == "rel_day" and a.offset == 0
                and _SAME_DAY_GAP.match(text[a.end:b.start])
                and ((b.kind == "year" and b.y is not None and not b.hijri)
                     or (b.kind == "ago" and b.unit == "year" and b.offset < 0)
                     or (b.kind == "period" and b.unit == "year" and b.offset != 0 and b.y is None))):
            start = max(0, a.start - 20) + like.start()
            start += len(text[start:]) - len(text[start:].lstrip())
            e = Expr(a.i, b.j, "same_day", y=b.y if b.kind == "year" else None, unit=a.unit if month else "",
                     offset=b.offset if b.kind != "year" else 0, start=start, end=b.end, text=text[start:b.end])
            out.append(e)
            k += 2
            continue
        out.append(orig)
        k += 1
    return out


_SAME_MONTH = re.compile(r"(?:(?:ال)?شهر\s+(?:نفسه|ذاته|عينه)|نفس\s+الشهر)\s+(?:من|في)\s+$")


def _link_same_month(text: str, exprs: list[Expr]) -> list[Expr]:
    """«في تشرين الثاني … مقارنة بالشهر نفسه من العام الماضي»: that month, a year before (or after).

    Only after a month of the same sentence; with none, «العام الماضي» stays the year before publication.
    """
    out: list[Expr] = []
    for e in exprs:
        m = _SAME_MONTH.search(text[max(0, e.start - 24):e.start]) if e.kind == "period" and e.unit == "year" \
            and e.y is None and e.offset in (-1, 1) else None
        prev = next((x for x in reversed(out) if x.kind == "month" and x.m is not None and not x.hijri), None)
        if m and prev is not None and not _CLAUSE_END.search(text[prev.end:e.start]):
            start = max(0, e.start - 24) + m.start()
            e = replace(e, kind="same_month", sub=[prev], start=start, text=text[start:e.end])
        out.append(e)
    return out


def _weekday_of(e: Expr) -> int | None:
    """Weekday (Monday 0) of a full Gregorian or Hijri date, None when it is no real day."""
    from marsad.analyze.time.resolve import hijri_to_gregorian

    try:
        day = hijri_to_gregorian(e.y, e.m, e.d) if e.hijri else date(e.y, e.m, e.d)  # type: ignore[arg-type]
    except ValueError:
        return None
    return day.weekday() if day is not None else None


def _link_weekday_after(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """«التاسع من ذي الحجة 1445 هـ الموافق السبت»: a bare weekday said to correspond to the full date before
    it is that date's weekday, one expression (not a second «السبت» resolved on its own)."""
    out: list[Expr] = []
    for e in exprs:
        prev = out[-1] if out else None
        if (prev is not None and e.kind == "weekday" and e.wd is not None and e.marker in (None, "same")
                and prev.kind == "date" and prev.d is not None and prev.m is not None and prev.y is not None
                and prev.wd is None and _weekday_of(prev) == e.wd):
            words = [fold(w) for w in text[prev.end:e.start].replace("(", " ").split()]
            if len(words) == 1 and words[0] in lex.words["correspond_words"]:
                out[-1] = replace(prev, j=e.j, wd=e.wd, end=e.end, text=text[prev.start:e.end])
                continue
        out.append(e)
    return out


_EVERY_YEAR = re.compile(r"^\s*(?:(?:من|في)\s+)?(?:كل|ك?ل)\s+(?:عام|سنة|سنه)|^\s*(?:سنويا|سنوياً)")


def _recurring(text: str, e: Expr) -> bool:
    """«في الثامن من مارس من كل عام»: a yearly date names no particular day."""
    return e.kind in ("date", "month") and e.y is None and bool(_EVERY_YEAR.match(text[e.end:e.end + 16]))


def _copula_between(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Only a copula («ستكون», «هو», «يوافق») and at most three other words lie between two expressions."""
    between = text[lo:hi]
    if _CLAUSE_END.search(between):
        return False
    words = [w.strip(_TOKEN_PUNCT) for w in normalize(between).split()]
    cop = lex.context["copula_words"]
    return len(words) <= 4 and any(w in cop or (w[:1] == "و" and w[1:] in cop) for w in words)


@lru_cache(maxsize=4096)
def _place_word(word: str) -> bool:
    """The word names a country or place in the knowledge base («روسيا», «مصر»); False without one."""
    try:
        from marsad.kb import get_kb

        kb = get_kb()
        ids = kb.alias_index().get(normalize(word)) or []
    except Exception:  # noqa: BLE001 - no knowledge base: no masthead names
        return False
    return any(kb.entities[i].type in ("place", "country") for i in ids if i in kb.entities)


def _copula_before(text: str, start: int, lex: Lexicon) -> bool:
    """«أن يكون يوم عرفة هذا العام يوم الخميس»: the copula just before the first of two adjacent expressions."""
    words = [w.strip(_TOKEN_PUNCT) for w in normalize(text[max(0, start - 20):start]).split()]
    return bool(words) and words[-1] in lex.context["copula_words"]


def _redundant_feast(e: Expr, exprs: list[Expr]) -> bool:
    """«يوم 25 ديسمبر … بعيد الميلاد»: a fixed-day feast whose day the sentence writes out is that date, once.

    The same in the Hijri calendar: «يوم السبت 10 محرم 1442 هـ بمناسبة ذكرى عاشوراء», «يومي التاسع والعاشر من
    محرم بمناسبة ذكرى عاشوراء» (a yearless feast, and a day of its own month written out).
    """
    return e.unit == "feast" and (not e.hijri or e.y is None) and any(
        x is not e and x.kind == "date" and x.unit != "feast" and x.hijri == e.hijri and (x.m, x.d) == (e.m, e.d)
        for x in exprs)


_FEAST_DATE_GAP = frozenset({"", "في", "يوم", "في يوم", "الموافق", "الموافق ل"})


def _feast_dated_after(text: str, e: Expr, exprs: list[Expr]) -> bool:
    """«أول أيام عيد الأضحى في الثلاثين من كانون الأول»: a feast whose day is written right after it is that day, once."""
    return e.unit == "feast" and e.y is None and any(
        x is not e and x.kind == "date" and x.unit != "feast" and x.d is not None and x.start >= e.end
        and text[e.end:x.start].strip(" \t،,-–").strip() in _FEAST_DATE_GAP for x in exprs)


def _yearless(e: Expr) -> bool:
    return e.kind in ("date", "month") and e.y is None and e.marker is None and not (e.hijri or e.today or e.offset)


def _mark_perfect(text: str, e: Expr, lex: Lexicon) -> None:
    """A yearless date in a past-tense clause is the last one before the anchor («وأفرجت … يوم 14 أغسطس»).

    Unless the sentence schedules something («وحددت اللجنة يوم 12 يونيو موعداً للاقتراع»).
    """
    parts = [e] if e.kind != "interval" else e.sub
    if not any(_yearless(x) for x in parts) or clause_tense(text, e.start, lex) != "past":
        return
    words = _sentence_words(text, e.start)
    if _any_in(words, lex.context["schedule_words"]) or _grace_deadline(text, e.start, lex):
        return
    # an announcement may be of something ahead («أعلنت الحكومة عطلة من 3 إلى 5 يونيو»): a milder preference,
    # but not in the pluperfect («وكان الرئيس قد أصدر عفواً … في 25 مارس»): that is told as done
    marker = "reported" if _any_in(words, lex.context["announce_words"]) else "perfect"
    if marker == "reported" and _PLUPERFECT.search(_clause_before(text, e.start)):
        marker = "perfect"
    for x in parts:
        if _yearless(x):
            x.marker = marker


# Words between a grace period and its closing day («مهلة حتى 31 مارس», «أمهلت الشركات المخالفة حتى …»).
GRACE_GAP_WORDS = 4


def _grace_deadline(text: str, start: int, lex: Lexicon) -> bool:
    """A yearless day that closes a grace period: «ومنحت الحكومة الشركات مهلة حتى 31 مارس» (read on 15 January).

    The grant is told in the past, but the period runs from it: the day is the nearest such day
    (:func:`marsad.analyze.time.resolve.pick_year` without a marker), not the last one before the anchor
    (round 18: 2017-03-31 had been given for a grace period granted in January 2018).
    """
    words = [w.strip(_TOKEN_PUNCT) for w in normalize(_clause_before(text, start)).split()]
    if not words or words[-1].removeprefix("و") not in _UNTIL_WORDS:
        return False
    return _any_in(words[-1 - GRACE_GAP_WORDS:-1], lex.context["grace_words"])


# «حتى», «لغاية», «إلى»: the word before the closing day of a period (folded).
_UNTIL_WORDS = {normalize(w) for w in ("حتى", "لغاية", "إلى", "غاية", "قبل", "بحلول")}


# Words between a period's opening day and «حتى <day>» («تنطلق يوم 15 يونيو وتستمر حتى 11 يوليو»).
_RANGE_END_GAP_WORDS = 4


def _range_end_follows(text: str, exprs: list[Expr]) -> None:
    """A yearless closing day after a yearless opening day is the first such day on or after it.

    «تنطلق الامتحانات يوم 15 يونيو وتستمر حتى 11 يوليو» read in March: the period ends after it starts,
    so «11 يوليو» follows the opening day's year rather than the nearest past July.
    """
    for a, b in zip(exprs, exprs[1:], strict=False):
        if not (a.kind == b.kind == "date" and a.y is None and a.d is not None and not a.hijri
                and a.marker in (None, "upcoming") and _yearless(b) and b.d is not None):
            continue
        words = normalize(text[a.end:b.start]).split()
        if words and len(words) <= _RANGE_END_GAP_WORDS and words[-1].removeprefix("و") in _UNTIL_WORDS \
                and words[-1] != normalize("قبل"):
            b.marker, b.sub = "after", [a]  # resolved as the first such day on or after «a»


_PLUPERFECT = re.compile(r"(?:^|\s)[وف]?كان(?:ت|وا|تا|ا)?\s+(?:\S+\s+){0,3}?قد\s+\S+")


def _mark_upcoming(text: str, e: Expr, lex: Lexicon) -> None:
    """A yearless date or month whose own verb is future is the next one («على أن تجرى الانتخابات في ديسمبر»)."""
    parts = [e] if e.kind != "interval" else e.sub
    if not any(_yearless(x) for x in parts):
        return  # every branch below marks yearless parts only
    m = _WORD_END.search(text[max(0, e.start - 30):e.start])
    prev = normalize(m.group(1)) if m else ""
    if prev in _DEADLINE_BEFORE and clause_tense(text, e.start, lex) != "past":
        for x in parts:  # «في موعد أقصاه 30 يونيو»: a deadline still ahead, unless a past clause set it
            if _yearless(x):
                x.marker = "upcoming"
        return
    if prev not in _WHEN_WORDS and prev[1:] not in _WHEN_WORDS and not normalize(e.text).startswith("يوم"):
        return  # «سيعلن عن طلبات السلع لشهر يونيو»: the month of some data, not when the verb happens
    if any(_yearless(x) for x in parts) and _verb_ahead(text, e.start, lex):
        marker = _stipulated(text, e)
        for x in parts:
            if _yearless(x):
                x.marker = marker


# «نص الاتفاق على أن ينسحب الجيش في مارس»: what a text stipulates, maybe long before publication.
_STIPULATE = re.compile(r"(?:^|\s)[وف]?(?:نص|نصت|ينص|تنص|نصا|ينصان|تنصان|قضى|قضت|يقضي|تقضي)\s+(?:\S+\s+){0,6}?(?:على|علي)\s+[أا]ن\s")
_DATED_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _stipulated(text: str, e: Expr) -> str:
    """The marker of a yearless date in a future clause: «upcoming», unless the clause is a stipulation.

    A treaty or law stipulating a date («نص الاتفاق على أن ينسحب الجيش في مارس») may be of any year:
    next to a year named earlier in the sentence (the signing) the date gets no year («unknown»);
    otherwise it is the last or the next one («either»), an honest interval, not a confident next date.
    """
    if _STIPULATE.search(_clause_before(text, e.start)) is None:
        return "upcoming"
    head = text[max(0, e.start - FUTURE_LOOKBACK * 4):e.start]
    head = head[max(head.rfind("."), head.rfind("\n")) + 1:]
    return "unknown" if _DATED_BEFORE.search(head) else "either"


_PAST_CUES = {"توقع", "توقعت"}
_COMPARATIVE = re.compile(r"^ا[^ا\s]{2,3}$")  # «أضعف», «أكبر», «أقل» (folded)
# The word before a yearless date that makes it the time of the clause's verb («على أن تجرى … في ديسمبر»).
_WHEN_WORDS = {"في", "خلال", "قبل", "حتي", "حتى", "بحلول", "بتاريخ", "يوم", "موعد", "اعتبارا", "ابتداء", "مطلع",
               "منتصف", "اواخر", "اوائل", "نهايه", "بدايه", "مستهل"}
# «موعد أقصاه», «بحد أقصاه»: the word before a deadline's date (folded).
_DEADLINE_BEFORE = {normalize("أقصاه"), normalize("أقصاها")}
_WAS = {"كان", "كانت", "وكان", "وكانت"}
# Between two weekdays of a range («من الأحد إلى الخميس المقبل»), folded.
_WEEKDAY_RANGE_TO = {normalize(w) for w in ("إلى", "حتى", "لغاية", "ولغاية", "وحتى")}
RANGE_GAP_WORDS = 4  # words between a range's opening day and the weekday that closes it


def _range_to_between(gap: str) -> bool:
    """«… ويستمر حتى صباح …»: a few words of one clause, one of them «حتى/إلى», between two days."""
    if any(c in gap for c in ".؟!؛\n"):
        return False
    words = normalize(gap).split()
    return len(words) <= RANGE_GAP_WORDS and any(w in _WEEKDAY_RANGE_TO for w in words)


# «في وقت سابق/لاحق/متأخر/مبكر من …» (folded).
_EARLIER_LATER = {normalize(w) for w in ("سابق", "لاحق", "متأخر", "مبكر")}
# «يُنتظر أن» (is expected to) is a future cue only before «أن»: a bare «ينتظر» waits («ينتظر الوفد وصول…»).
_EXPECTED_BEFORE_THAT = {"ينتظر", "تنتظر"}


def _expected_that(words: list[str], cues: set[str]) -> bool:
    """The words before a complementizer «أن» end in a present expectation: «ويتوقع», «ومن المتوقع», «ويتوقع المسؤولون».

    Not a past one («توقعت الوزارة أن …», «كان من المتوقع أن …»), nor «على غير المتوقع».
    """
    for back in (1, 2):  # the cue, or the cue and its subject
        if len(words) < back:
            return False
        w = words[-back]
        bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if bare in cues or bare in _EXPECTED_BEFORE_THAT or w in cues:
            cue = w if w in cues else bare
            before = words[max(0, len(words) - back - 3):len(words) - back]
            return cue not in _PAST_CUES and not _any_in(before, _WAS) and not (before and before[-1] == "غير")
    return False


def _verb_ahead(text: str, start: int, lex: Lexicon) -> bool:
    """The nearest verb before ``start`` in its clause is future: «سيعقد», «من المقرر أن يعقد», «على أن تجرى»."""
    ctx, cues, stop = lex.context, lex.words["future_cues"], lex.words["not_future_s_words"]
    words = [w.strip(_TOKEN_PUNCT) for w in normalize(_clause_before(text, start)).split()[-10:]]
    words = [w for w in words if w and not w.isdigit()]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if w == "ان" and _expected_that(words[:k], cues):
            return True  # «ويتوقع أن يصل الوفد خلال يومين», «ومن المتوقع أن», «ويُنتظر أن»
        if w in ctx["clause_breaks"] or bare in ctx["clause_breaks"] or w in ctx["past_verbs"] \
                or bare in ctx["past_verbs"]:
            return False
        if w in cues or bare in cues:  # not «على غير المتوقع» (unexpectedly), «أضعف من المتوقع» (than expected)
            return not (k and words[k - 1] == "غير") and not (
                k > 1 and words[k - 1] == "من" and _COMPARATIVE.match(words[k - 2])
                and words[k - 2] not in ctx["clause_breaks"])
        if _future_verb(w, bare, stop):
            return True
        tense = _surface_tense(bare, ctx["past_not_verbs"])
        if tense == "past":
            return False
        if tense == "nonpast":  # an imperfect after «على أن» or a future cue + «أن»
            before = words[max(0, k - 2):k]
            if len(before) < 2 or before[1] != "ان":
                return False
            if before[0] in ("علي", "على"):
                return True
            # not a past expectation («توقعت الوزارة أن …») nor a plan of the past («كان من المقرر أن …»)
            return _expected_that(words[:k - 1], cues)
    return False


def past_told(text: str, start: int, lex: Lexicon) -> bool:
    """Nothing around ``start`` schedules or postpones («حددت … موعداً», «كان مقرراً», «أجلت … إلى»): a told past.

    Read in the clause before ``start`` (FUTURE_LOOKBACK characters at most) and the rest of its sentence.
    """
    if _future_clause(text, start, lex):
        return False  # «وسيتم عقد ورش عمل بتاريخ …»: «عقد» here is a noun
    m = _CLAUSE_END.search(text, start)
    around = _clause_before(text, start) + " " + text[start:m.start() if m else len(text)]
    words = [w.strip(_TOKEN_PUNCT) for w in normalize(around).split()]
    return not _any_in(words, lex.context["schedule_words"]) and not _agreed_on(words, lex)


def _agreed_on(words: list[str], lex: Lexicon) -> bool:
    """«اتفق الوزراء على تسلم العروض يوم 12 أغسطس»: agreed *on* something, so the date is planned, not past.

    Only «اتفاق/اتفق … على»: «اتفاق السلام الموقع في 2020» is a past act and stays told in the past.
    """
    agree = lex.context["agree_words"]
    on = normalize("على")
    return any(nxt == on and (w in agree or (w[:1] in "وفلب" and w[1:] in agree))
               for w, nxt in zip(words, words[1:], strict=False))


def _sentence_words(text: str, start: int) -> list[str]:
    """Folded words of the sentence around ``start`` (from at most FUTURE_LOOKBACK characters before it)."""
    lo = max([0, *(m.end() for m in _CLAUSE_END.finditer(text, max(0, start - FUTURE_LOOKBACK), start))])
    m = _CLAUSE_END.search(text, start)
    return [w.strip(_TOKEN_PUNCT) for w in normalize(text[lo:m.start() if m else len(text)]).split()]


def _any_in(words: list[str], vocab: set[str]) -> bool:
    """One of ``words`` (or it without a proclitic و ف ل ب) is in ``vocab``."""
    return any(w in vocab or (w[:1] in "وفلب" and w[1:] in vocab) for w in words)


def _conjoined_imperfect(text: str, e: Expr, lex: Lexicon) -> bool:
    """«ويصل المبعوث إلى دمشق الأحد»: a body clause opened by «و» + imperfect speaks of the coming day.

    Headlines put the imperfect on past news («الجيش يعلن …»), so only the conjoined form counts,
    and never after «منذ» (since Sunday).
    """
    m = _WORD_END.search(text[max(0, e.start - 12):e.start])
    if m and normalize(m.group(1)) in lex.words["since_words"] | lex.words["ago_words"]:
        return False
    # the clause's first word, even past a clock time in brackets («وتنطلق المباراة في تمام الساعة 10:30 صباحاً
    # بالتوقيت المحلي (07:30 بتوقيت غرينتش) يوم الخميس»)
    words = normalize(_clause_before(text, e.start, CONJOINED_LOOKBACK)).split()
    if not words:
        return False
    first = words[0].strip(_TOKEN_PUNCT)
    bare = first[1:]
    # «ي/ن», or «ت» in a shape no perfect has: «وتظاهر» (form VI) and «وتقدم» (form V) may be perfects too
    if first[:1] not in "وف" or len(bare) < 3 or not (bare[0] in "ين" or _t_imperfect(bare)) \
            or bare in lex.context["past_not_verbs"]:
        return False
    if bare in _STATIVE:  # «ويبلغ سعر الطن 1780 دولاراً … يوم الخميس»: a state measured that day, nothing ahead
        return False
    if _surface_tense(bare, lex.context["past_not_verbs"]) not in ("nonpast", None):
        return False
    return clause_tense(text, e.start, lex) in ("nonpast", None)


def _t_imperfect(w: str) -> bool:
    """«تنطلق», «تستأنف», «تقام»: a «ت» word that can only be an imperfect, never a form V/VI perfect.

    A perfect of form V is four letters («تقدم»), one of form VI has «ا» third («تظاهر»); five or more
    letters without that «ا», or four with it (a passive «تقام», «تعاد»), are imperfects.
    """
    if w[:1] != "ت" or w.endswith(("ت", "وا", "ة")):
        return False
    return (len(w) >= 5 and w[2] != "ا") or (len(w) == 4 and w[2] == "ا")


_WORD_END = re.compile(r"(\w+)\W*$")
# Imperfects that state a level or amount, not an action to come (folded).
_STATIVE = {"يبلغ", "تبلغ", "يتراوح", "تتراوح", "يناهز", "تناهز", "يقدر", "تقدر", "يوجد", "توجد", "يساوي", "تساوي"}
_PAIRED_DAY = re.compile(r"(?:ال)?\d{1,2}\s*و\s*$")
_AGE_AFTER = re.compile(r"^\s*(?:من\s+)?(?:ال)?عمر")


def _named_event(text: str, e: Expr, lex: Lexicon) -> bool:
    """«حرب أكتوبر», «هجمات 11 سبتمبر», «ثورة 25 يناير»: a yearless date naming an event of some other year."""
    if e.kind not in ("date", "month") or e.y is not None or e.marker not in (None, "perfect", "upcoming") \
            or e.today or e.offset:
        return False  # Hijri too: «سجن 10 رمضان», «حرب العاشر من رمضان»
    before = _PAIRED_DAY.sub("", text[max(0, e.start - 40):e.start])  # «قوى 8 و14 آذار»: the noun before the pair
    m = _WORD_END.search(before)
    if not m:
        return False
    w = normalize(m.group(1))
    forms = (w, w[1:]) if w[:1] in "وبل" else (w,)
    ctx = lex.context  # «ملعب 5 جويلية», «ميدان 6 أكتوبر»: a venue named after a date
    return any(f in ctx["named_event_nouns"] or f in ctx["date_name_places"] for f in forms)


def _age_decade(text: str, e: Expr) -> bool:
    """«في الخمسينيات من عمره» is an age, not a decade."""
    return e.kind == "decade" and bool(_AGE_AFTER.match(text[e.end:e.end + 20]))


_TOKEN_PUNCT = "«»\"'(),،:؛.!?؟-–—"


def clause_tense(text: str, start: int, lex: Lexicon) -> str | None:
    """Tense of the nearest verb before ``start`` in its clause: "past", "future", "nonpast" or None.

    Read from the surface without a tagger: feminine/plural perfect endings («أفرجت», «اعتقلوا»),
    listed past verbs («كان», «أعلن»), future cues, imperfect prefixes («تنطلق»); a complementizer
    («أن», «الذي») ends the search, since the verb before it belongs to another clause.
    """
    ctx, cues, stop = lex.context, lex.words["future_cues"], lex.words["not_future_s_words"]
    for w in reversed(normalize(_clause_before(text, start)).split()[-CLAUSE_TENSE_WORDS:]):
        w = w.strip(_TOKEN_PUNCT)
        if not w or w.isdigit():
            continue
        bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if w in ctx["clause_breaks"] or bare in ctx["clause_breaks"]:
            return None
        if w in cues or bare in cues:
            return "future"
        if w in ctx["past_verbs"] or bare in ctx["past_verbs"]:  # before «س»: «سيطر» is no future
            return "past"
        if _future_verb(w, bare, stop):
            return "future"
        tense = _surface_tense(bare, ctx["past_not_verbs"])
        if tense:
            return tense
    return None


# Two long vowels straight after an imperfect prefix letter: no Arabic imperfect has them («يواصل» has «وا»,
# kept), a transliterated name does («تايمز», «نيويورك», «تويتر», «تايوان»). Perfects are not concerned
# («حاولت», «ناولت»: Form III).
_LOANWORD_VOWELS = {"اي", "او", "يو", "يا", "وي", "وو", "يي", "اا"}


def _surface_tense(w: str, not_verbs: set[str]) -> str | None:
    """A verb's tense from its affixes alone, or None for a word that does not look like a verb."""
    if w in not_verbs or len(w) < 4 or w.startswith(("ال", "بال", "لل", "كال")) or w.endswith(("ة", "ات")):
        return None
    if w[0] == "ت" and len(w) == 5 and w[3] == "ي":
        return None  # «تقرير», «تحديد», «تطوير»: the verbal-noun pattern تفعيل, no imperfect verb
    if w[0] in "يتن" and not w.endswith("ت"):
        if w[1:3] in _LOANWORD_VOWELS:
            return None  # «تايمز», «نيويورك», «تويتر», «تايلاند»: two long vowels after the prefix spell a name
        # «تغطيته», «نتائجها», «نفسها»: a «ت» or «ن» word with a possessive is a noun far more often than a verb
        return "nonpast" if w[0] == "ي" or not w.endswith(("ه", "ها", "هم", "ين")) else None
    if w.endswith("وا") or (w.endswith("ت") and not (w[0] == "ت" and len(w) == 5 and w[3] == "ي")):
        return "past"  # not the noun pattern «توقيت», «تثبيت»
    if len(w) >= 5 and w.endswith(("وه", "وها", "وهم", "وهما")):
        return "past"  # «بعد أن بدأوه في 6 أبريل»: a plural perfect with its object («اعتقلوه», «نفذوها»)
    return None


# Words before a date searched for its verb: a title and a full name («انتقل إلى رحمة الله تعالى الشيخ عبد الله بن
# محمد الراشد يوم الجمعة …») may stand between them.
CLAUSE_TENSE_WORDS = 12
_CLAUSE_END = re.compile(r"\.(?!\d)|[!?؟\n]")  # not the point of «10.4»
_S_FUTURE = re.compile(r"^[وف]?س[يتن]\w{2,}$")
FUTURE_LOOKBACK = 80  # characters before a bare weekday searched for a future verb or cue
CONJOINED_LOOKBACK = 120  # characters before a weekday searched for its clause's opening «و» + imperfect


def _future_clause(text: str, start: int, lex: Lexicon) -> bool:
    """A future verb («سيصل», «ستعقد») or cue («من المقرر», «سوف») earlier in the weekday's sentence."""
    cues, stop, past = lex.words["future_cues"], lex.words["not_future_s_words"], lex.context["past_verbs"]
    for w in normalize(_clause_before(text, start)).split():
        w = w.strip("«»\"'(),،:؛")
        if w in cues or (w[:1] in "وف" and w[1:] in cues):
            return True
        bare = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if _future_verb(w, bare, stop) and bare not in past:
            return True
    return False


def _clause_before(text: str, start: int, lookback: int = 0) -> str:
    """The text of ``start``'s clause before it (at most ``lookback`` or FUTURE_LOOKBACK characters)."""
    before = text[max(0, start - (lookback or FUTURE_LOOKBACK)):start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    return before[ends[-1]:] if ends else before


def _future_verb(w: str, bare: str, stop: set[str]) -> bool:
    """«سيصل», «وستعقد»: a future-prefixed verb, not «سيارة» or «سياسة» (``bare``: ``w`` without «و/ف»)."""
    return bool(_S_FUTURE.match(w)) and bare not in stop and not any(bare.startswith(x) for x in stop)


def _trim_clitic(text: str, tok: Tok, lex: Lexicon) -> int:
    """Start offset of a span without a leading clitic («وصيف 2020» → «صيف 2020»)."""
    if tok.kind != "word" or tok.norm in lex.triggers:
        return tok.start
    for v in variants(tok.norm)[1:]:
        if v in lex.triggers and tok.norm.endswith(v):
            drop = len(tok.norm) - len(v)
            i = tok.start
            while drop and i < tok.end:
                if text[i].isalpha():
                    drop -= 1
                i += 1
            while i < tok.end and not text[i].isalpha():
                i += 1
            return i
    return tok.start
