"""Resolve recognized expressions (``Expr``) into day bounds and ISO values, given an anchor day.

News convention: a bare weekday is the nearest one on or before the anchor; a
day-month without a year is the occurrence nearest the anchor (past preferred);
«X الماضي» is the last X strictly before the anchor, «X المقبل» the first after.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from marsad.analyze.time.grammar import HIST_MIN_YEAR, MAX_YEAR, MIN_YEAR, Expr
from marsad.analyze.time.lexicon import get_lexicon

# Thirds of a month / year for بداية / منتصف / نهاية.
_TEN_PARTS = {"ten1": 0, "ten2": 10, "ten3": 20}  # «العشر الأوائل/الأواسط/الأواخر من»: days after the 1st
_MONTH_PARTS = {"start": (1, 10), "mid": (11, 20), "end": (21, 31), "mhalf1": (1, 15), "mhalf2": (16, 31)}
_YEAR_PARTS = {"start": (1, 3), "mid": (5, 8), "end": (10, 12)}
# «الأشهر الستة الأولى من العام»: counted months of a year (of a month they make no sense), valued in
# months («2019-01/2019-06») as halves and quarters are: the blind probes dates_fresh4/5/11 all write them so.
_YEAR_SPANS = {"h1": (1, 6), "h2": (7, 12), "q1": (1, 3), "q4": (10, 12),
               # «الأشهر العشرة الأولى من العام», «الشهرين الأخيرين من 2023»: any count of first or last months
               **{f"first{n}": (1, n) for n in range(2, 12)}, **{f"last{n}": (13 - n, 12) for n in range(2, 12)}}
# Season → (first month, last month); winter Y spans December Y-1 to February Y.
_SEASONS = {"winter": (12, 2), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
# From this month on, «هذا الشتاء/الشتاء الحالي» is the winter ahead (December of this year to February of the next).
_WINTER_AHEAD_FROM = 9
# A day-month without year is taken in the year that puts it closest to the anchor;
# distances into the future count this many times more (news mostly reports the past),
# and far more in a past-tense clause («وأفرجت السلطات عنه يوم 14 أغسطس» in May: last August;
# only a date a few days ahead stays ahead, since a past verb rarely reports the future).
_FUTURE_WEIGHT = 2.0
_PERFECT_FUTURE_WEIGHT = 20.0
PERFECT_AHEAD_DAYS = 2  # a past-tense yearless date may lie this far after the anchor (dateline lag)
_REPORTED_FUTURE_WEIGHT = 6.0  # in a sentence that announces: «أعلنت الحكومة عطلة من 3 إلى 5 يونيو» stays ahead


@dataclass
class Resolved:
    """Day bounds and the ISO value of one expression."""

    earliest: date
    latest: date
    value: str
    granularity: str


def month_end(y: int, m: int) -> date:
    """Last day of a month."""
    return date(y, m, calendar.monthrange(y, m)[1])


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _ok_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def _stated_old(e: Expr) -> bool:
    """The text writes a year before 1900 itself («عام 1866», «بين عامي 1870 و1875»): a historical date."""
    return any(x.y is not None and not x.hijri and HIST_MIN_YEAR <= x.y < MIN_YEAR for x in (e, *e.sub))


def _ok_stated(y: int, e: Expr) -> bool:
    return _ok_year(y) or (HIST_MIN_YEAR <= y <= MAX_YEAR and _stated_old(e))


def hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    """Convert a Hijri (Umm al-Qura) date; None outside the supported range or when invalid."""
    try:
        from hijridate import Hijri

        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError, ImportError):
        return None


def hijri_month_span(y: int, m: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    try:
        from hijridate import Hijri

        h = Hijri(y, m, 1)
        first = h.to_gregorian()
        n = h.month_length()
        start = date(first.year, first.month, first.day)
        return start, start + timedelta(days=n - 1)
    except (ValueError, OverflowError, ImportError):
        return None


def gregorian_to_hijri_year(d: date) -> int | None:
    """Hijri year of a Gregorian day, or None outside the supported range."""
    try:
        from hijridate import Gregorian

        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return None


def _day(d: date) -> Resolved:
    return Resolved(d, d, d.isoformat(), "day")


def _month(y: int, m: int) -> Resolved:
    return Resolved(date(y, m, 1), month_end(y, m), f"{y:04d}-{m:02d}", "month")


def _year(y: int) -> Resolved:
    return Resolved(date(y, 1, 1), date(y, 12, 31), f"{y:04d}", "year")


def _span(a: date, b: date, gran: str) -> Resolved:
    return Resolved(a, b, f"{a.isoformat()}/{b.isoformat()}", gran)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def pick_year(m: int, d: int, anchor: date, marker: str | None) -> int | None:
    """The year of a day-month given the anchor and a past/next/current marker."""
    cands = [(y, _safe_date(y, m, d)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    cands = [(y, x) for y, x in cands if x is not None]
    if not cands:
        return None
    if marker == "past":
        past = [y for y, x in cands if x < anchor]
        return past[-1] if past else None
    if marker == "next":
        fut = [y for y, x in cands if x > anchor]
        return fut[0] if fut else None
    if marker == "current":
        return anchor.year
    if marker == "upcoming":  # in a future clause: the first one on or after the anchor
        ahead = [y for y, x in cands if x >= anchor]
        return ahead[0] if ahead else None
    if marker == "perfect":
        # a told past («توفي في 12 أكتوبر», read on 1 October): the last one, unless it is a day or two ahead
        # (a story dated the evening before, a time zone), never the coming month's
        back = [y for y, x in cands if x <= anchor + timedelta(days=PERFECT_AHEAD_DAYS)]
        if back:
            return back[-1]
    weight = {"perfect": _PERFECT_FUTURE_WEIGHT, "reported": _REPORTED_FUTURE_WEIGHT}.get(marker or "", _FUTURE_WEIGHT)

    def cost(item: tuple[int, date]) -> float:
        """Distance to the anchor, future weighted more."""
        delta = (item[1] - anchor).days
        return delta * weight if delta > 0 else -delta

    return min(cands, key=cost)[0]


def _weekday_year(e: Expr, a: date, y: int) -> int:
    """A yearless Gregorian day named with its weekday: when the picked year's calendar disagrees and exactly one
    neighbouring year (anchor year ±1) fits, that one («اعتباراً من يوم الأحد 5 كانون الثاني», read on 2 January
    2014: 5 January 2013 was a Saturday, 2014's a Sunday). An explicit «الماضي/المقبل» keeps its year."""
    if e.wd is None or e.marker in ("past", "next"):
        return y
    x = _safe_date(y, e.m, e.d)
    if x is None or x.weekday() == e.wd:
        return y
    fit = [yy for yy in (a.year - 1, a.year, a.year + 1) if (g := _safe_date(yy, e.m, e.d)) and g.weekday() == e.wd]
    return fit[0] if len(fit) == 1 else y


def pick_month_year(m: int, anchor: date, marker: str | None) -> int:
    """The year of a month named without one («أكتوبر الماضي» = the last October before the anchor)."""
    if marker == "past":
        return anchor.year if m < anchor.month else anchor.year - 1
    if marker == "next":
        return anchor.year if m > anchor.month else anchor.year + 1
    if marker == "current":
        return anchor.year
    if marker == "upcoming":  # «على أن تجرى الانتخابات في ديسمبر»: this month or the next such one
        return anchor.year if m >= anchor.month else anchor.year + 1
    if marker == "perfect":  # «ارتفعت الأسعار في أكتوبر»: this month once begun (or a day or two ahead), else the last
        return anchor.year if date(anchor.year, m, 1) <= anchor + timedelta(days=PERFECT_AHEAD_DAYS) else anchor.year - 1
    return pick_year(m, 15, anchor, marker) or anchor.year


def add_months(d: date, k: int) -> date:
    """``d`` moved ``k`` calendar months (the day clipped to the month's length)."""
    y, m = _shift_month(d.year, d.month, k)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _weekday(e: Expr, a: date) -> date:
    delta = (a.weekday() - e.wd) % 7
    if e.marker == "past":  # «الخميس قبل الماضي» (offset -1): a week before that
        return a - timedelta(days=(delta or 7) - 7 * e.offset)
    if e.marker == "next":
        return a + timedelta(days=(e.wd - a.weekday()) % 7 or 7)
    if e.marker == "upcoming":  # a bare weekday in a future clause: that day this week or the next
        return a + timedelta(days=(e.wd - a.weekday()) % 7)
    return a - timedelta(days=delta)


def resolve(e: Expr, anchor: date | None) -> Resolved | None:
    """Bounds and value of ``e``; None when it needs an anchor and has none (or is out of range)."""
    try:
        r = _RESOLVERS[e.kind](e, anchor)
    except (ValueError, OverflowError):
        return None
    if r is not None and not (_ok_stated(r.earliest.year, e) and _ok_stated(r.latest.year, e)):
        return None  # never an absurd year, whatever the anchor
    return r


def _either(e: Expr, a: date | None) -> Resolved | None:
    """A stipulated yearless date: «unknown» has no year; «either» spans the last and the next one."""
    if a is None or e.marker == "unknown":
        return None
    first = replace(e, marker="past")
    last = replace(e, marker="upcoming")
    r1 = _RESOLVERS[e.kind](first, a)
    r2 = _RESOLVERS[e.kind](last, a)
    if r1 is None or r2 is None:
        return None
    return _span(r1.earliest, r2.latest, "interval")


def _r_date(e: Expr, a: date | None) -> Resolved | None:
    if e.marker in ("either", "unknown") and e.y is None:
        return _either(e, a)
    if e.hijri:
        y = e.y
        if y is None:
            if a is None:
                return None
            hy = gregorian_to_hijri_year(a)
            if hy is None:
                return None
            cands = [hijri_to_gregorian(yy, e.m, e.d) for yy in (hy - 1, hy, hy + 1)]
            cands = [c for c in cands if c]
            if e.marker == "past":  # «عيد الأضحى الماضي»
                cands = [c for c in cands if c < a][-1:]
            elif e.marker == "next":
                cands = [c for c in cands if c > a][:1]
            if not cands:
                return None
            return _day(min(cands, key=lambda c: abs((c - a).days)))
        g = hijri_to_gregorian(y, e.m, e.d)
        return _day(g) if g else None
    y = e.y
    if y is None and e.marker == "after" and e.sub:  # «من 15 يونيو حتى 11 يوليو»: on or after the opening day
        first = _r_date(e.sub[0], a)
        if first is None:
            return None
        y = first.earliest.year + ((e.m, e.d) < (first.earliest.month, first.earliest.day))
    if y is None:
        if a is None:
            return None
        if e.today and e.offset == 0:
            y = pick_year(e.m, e.d, a, None)
        else:
            y = pick_year(e.m, e.d, a, e.marker)
        if y is None:
            return None
        y = _weekday_year(e, a, y)
    d = _safe_date(y, e.m, e.d)
    return _day(d) if d and _ok_stated(y, e) else None


def _r_month(e: Expr, a: date | None) -> Resolved | None:
    if e.marker in ("either", "unknown") and e.y is None:
        return _either(e, a)
    if e.hijri:
        y = e.y
        if y is None:
            if a is None:
                return None
            hy = gregorian_to_hijri_year(a)
            spans = [hijri_month_span(yy, e.m) for yy in (hy - 1, hy, hy + 1)] if hy else []
            spans = [s for s in spans if s]
            if e.marker == "past":  # «رمضان الماضي»: the last one over before the anchor
                spans = [s for s in spans if s[1] < a][-1:]
            elif e.marker == "next":  # «ذي القعدة المقبل»: the first one starting after it
                spans = [s for s in spans if s[0] > a][:1]
            elif e.marker == "current":  # «رمضان الجاري»: the one under way (else the nearest: a sighting a day off)
                spans = [s for s in spans if s[0] <= a <= s[1]] or spans
            if not spans:
                return None
            s = min(spans, key=lambda s: abs((s[0] - a).days))
        else:
            s = hijri_month_span(y, e.m)
            if not s:
                return None
        return _span(s[0], s[1], "month")
    y = e.y
    if y is None:
        if a is None:
            return None
        y = pick_month_year(e.m, a, e.marker)
    return _month(y, e.m) if _ok_stated(y, e) else None


def _r_year(e: Expr, a: date | None) -> Resolved | None:
    if e.part == "yy":  # «عام 23»: the latest such year not after the anchor's next; none without an anchor
        if a is None:
            return None
        return _year(e.y if e.y <= a.year + 1 else e.y - 100)
    if e.hijri:
        s1, s2 = hijri_month_span(e.y, 1), hijri_month_span(e.y, 12)
        return _span(s1[0], s2[1], "year") if s1 and s2 else None
    return _year(e.y)


def _r_rel_day(e: Expr, a: date | None) -> Resolved | None:
    return _day(a + timedelta(days=e.offset)) if a else None


def _shifted_period(a: date, unit: str, offset: int) -> Resolved:
    """The week, month or year ``offset`` units away from the one containing ``a``."""
    if unit == "week":
        monday = a - timedelta(days=a.weekday()) + timedelta(weeks=offset)
        return Resolved(monday, monday + timedelta(days=6), iso_week(monday), "week")
    if unit == "month":
        y, m = _shift_month(a.year, a.month, offset)
        return _month(y, m)
    if unit == "decade":  # «قبل عقدين»: the year twenty years back
        return _year(a.year + 10 * offset)
    return _year(a.year + offset)


# From this month on, «العام الجديد» is the next year; before it, the year just begun.
_NEW_YEAR_AHEAD_FROM = 7


# Hijri months of the anchor in which «العام الهجري الماضي» is surely the previous Hijri year: from Safar to
# Ramadan, a month or more after the turn of the year and two or more before the next one.
_HIJRI_PAST_SAFE = (2, 9)


def _hijri_month_of(a: date, hy: int) -> int:
    """The Hijri month (1–12) of day ``a`` in Hijri year ``hy`` (0 when the calendar is out of range)."""
    month = 0
    for m in range(1, 13):
        s = hijri_month_span(hy, m)
        if s is None or s[0] > a:
            break
        month = m
    return month


def _hijri_year_span(hy: int | None) -> Resolved | None:
    """The Gregorian days of Hijri year ``hy`` (1 Muharram to the last of Dhu al-Hijja)."""
    s1, s2 = (hijri_month_span(hy, 1), hijri_month_span(hy, 12)) if hy else (None, None)
    return _span(s1[0], s2[1], "year") if s1 and s2 else None


def _r_period(e: Expr, a: date | None) -> Resolved | None:
    if e.hijri and e.unit == "year" and e.y is None:  # «العام الهجري المقبل»: counted in Hijri years
        hy = gregorian_to_hijri_year(a) if a else None
        if hy and a and e.part in ("new", "far"):
            inside = _hijri_month_of(a, hy)
            if e.part == "new":  # «بداية العام الهجري الجديد»: this year in its first half, else the next one
                return _hijri_year_span(hy + (inside >= _NEW_YEAR_AHEAD_FROM))
            if not _HIJRI_PAST_SAFE[0] <= inside <= _HIJRI_PAST_SAFE[1]:
                return None  # «العام الهجري الماضي» near Muharram: the year ending or the one before, unknown
        return _hijri_year_span(hy + e.offset) if hy else None
    if e.unit == "year" and e.y is not None:
        return _year(e.y)
    if e.part == "new":  # «العام الجديد»
        return _year(a.year + (a.month >= _NEW_YEAR_AHEAD_FROM)) if a else None
    if e.unit == "decade" and a:  # «العقد الماضي»: the ten years before the anchor (or after, or its decade)
        y = a.year
        if e.part == "calendar" and e.offset == -1:  # «العقد الماضي» alone: the previous calendar decade
            return _years(y - y % 10 - 10, y - y % 10 - 1)
        lo, hi = {-1: (y - 10, y), 1: (y, y + 10)}.get(e.offset, (y - y % 10, y - y % 10 + 9))
        return _years(lo, hi)
    return _shifted_period(a, e.unit, e.offset) if a else None


def _years(lo: int, hi: int) -> Resolved:
    """Whole years ``lo``…``hi`` as one interval («1980/1989»)."""
    return Resolved(date(lo, 1, 1), date(hi, 12, 31), f"{lo:04d}/{hi:04d}", "interval")


_DECADE_PARTS = {"start": (0, 3), "mid": (4, 6), "end": (7, 9)}


def _r_decade(e: Expr, a: date | None) -> Resolved | None:
    return _years(e.y, e.y + 9)


def _r_weekday(e: Expr, a: date | None) -> Resolved | None:
    if a is None:
        return None
    if e.sub and e.marker == "same":  # «غرة شوال ستكون يوم الثلاثاء»: that day, when it is that weekday
        day = resolve(e.sub[0], a)
        if day is not None and day.earliest == day.latest:
            near = [day.earliest + timedelta(days=k) for k in (0, 1, -1)]  # a Hijri day may be sighted a day off
            same = [d for d in near if d.weekday() == e.wd]
            if same:
                return _day(same[0])
        return _day(_weekday(replace(e, marker="upcoming"), a))
    if e.sub and (e.marker in (None, "upcoming") or e.part == "range_end"):
        # «الثلاثاء والأربعاء», «من الأحد حتى الخميس المقبل»: the first such day on or after the first
        first = resolve(e.sub[0], a)
        if first is not None:
            return _day(first.earliest + timedelta(days=(e.wd - first.earliest.weekday()) % 7))
    return _day(_weekday(e, a))


def _r_ago(e: Expr, a: date | None) -> Resolved | None:
    if a is None:
        return None
    if e.unit == "minute":  # «قبل عشر دقائق»: that day, as hours are
        return _day(a)
    if e.unit == "hour":  # «قبل ساعتين»: that day (hours are below the resolution of news dates)
        return _day(a + timedelta(hours=e.offset)) if abs(e.offset) < 24 else _day(a + timedelta(days=e.offset // 24))
    if e.unit == "day":
        return _day(a + timedelta(days=e.offset))
    return _shifted_period(a, e.unit, e.offset)


def _r_recent(e: Expr, a: date | None) -> Resolved | None:
    if a is None:
        return None
    if e.unit == "decade" and e.offset:  # «العقدين الماضيين»: in whole years, as «خلال العقد الماضي» is
        ahead = e.marker in ("next", "within")
        span = 10 * e.offset
        return _years(a.year, a.year + span) if ahead else _years(a.year - span, a.year)
    if e.unit == "hour":
        days = max(1, e.offset // 24)
    elif e.unit == "minute":
        days = 1
    else:
        days = _UNIT_DAYS.get(e.unit, 1) * e.offset if e.offset else get_lexicon().recent_span.get(e.unit, 14)
    if e.marker in ("next", "within"):  # «في الأيام المقبلة», «في غضون ثلاثة أشهر»: from the anchor on
        if e.offset and e.unit in ("month", "year"):  # counted months and years are calendar ones
            return _span(a, add_months(a, e.offset * (12 if e.unit == "year" else 1)), "interval")
        if e.marker == "next" and e.offset and e.unit in ("day", "week"):
            # «الأيام الثلاثة المقبلة» read on the 12th: the 13th to the 15th; today is not one of the coming
            # days (an uncounted «الأيام المقبلة» and a window «خلال يومين» still start on the anchor)
            return _span(a + timedelta(days=1), a + timedelta(days=days), "interval")
        return _span(a, a + timedelta(days=days), "interval")
    if e.offset and e.unit == "year":  # «السنوات العشر الأخيرة»: counted years back are calendar ones (leap days)
        return _span(add_months(a, -12 * e.offset), a, "interval")
    return _span(a - timedelta(days=days), a, "interval")


def _r_in_period(e: Expr, a: date | None) -> Resolved | None:
    """«العاشر من الشهر المقبل» (a day of a relative month), «أبريل من العام المقبل» (a month of a relative year)."""
    base = resolve(e.sub[0], a)
    if base is None:
        return None
    y = base.earliest.year
    if e.hijri:  # «رمضان من العام الماضي»: the Hijri month that began in that Gregorian year
        hy = gregorian_to_hijri_year(date(y, 1, 1))
        spans = [(hy + k, sp) for k in (0, 1) if hy and (sp := hijri_month_span(hy + k, e.m)) and sp[0].year == y]
        if not spans:
            return None
        hy, sp = spans[0]
        if e.d is None:
            return _span(sp[0], sp[1], "month")
        d = hijri_to_gregorian(hy, e.m, e.d)
        return _day(d) if d else None
    if e.m is None:  # a day of the month
        d = _safe_date(y, base.earliest.month, e.d) if e.d else None
        return _day(d) if d else None
    if e.d is not None:
        d = _safe_date(y, e.m, e.d)
        return _day(d) if d else None
    return _month(y, e.m)


_UNIT_DAYS = {"hour": 1, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}  # «العامين الماضيين»: two of them back
_WEEK_PARTS = {"week1": 0, "week2": 7, "week3": 14, "week4": 21}


def _r_part(e: Expr, a: date | None) -> Resolved | None:
    base = resolve(e.sub[0], a)
    if base is None:
        return None
    if e.part in _WEEK_PARTS or e.part == "weeklast":  # «الأسبوع الأول من مايو», «الأسبوع الأخير من العام»
        lo = base.latest - timedelta(days=6) if e.part == "weeklast" else base.earliest + timedelta(days=_WEEK_PARTS[e.part])
        lo, hi = max(lo, base.earliest), min(lo + timedelta(days=6), base.latest)
        return _span(lo, hi, "interval") if lo <= hi else None  # no fourth week in a week
    if e.part in _TEN_PARTS:  # «العشر الأواخر من رمضان»: the 21st to the month's last day
        lo = base.earliest + timedelta(days=_TEN_PARTS[e.part])
        hi = base.latest if e.part == "ten3" else lo + timedelta(days=9)
        return _span(lo, min(hi, base.latest), "interval")
    if base.granularity == "quarter":  # «نهاية الربع الحالي»: the quarter's last month
        y, m = _shift_month(base.earliest.year, base.earliest.month, {"start": 0, "mid": 1, "end": 2}[e.part])
        return _span(date(y, m, 1), month_end(y, m), "interval")
    if e.sub[0].kind == "half" and e.part in ("start", "mid", "end"):  # «نهاية النصف الأول»: its last two months
        k = {"start": 0, "mid": 2, "end": 4}[e.part]
        y1, m1 = _shift_month(base.earliest.year, base.earliest.month, k)
        y2, m2 = _shift_month(y1, m1, 1)
        return _span(date(y1, m1, 1), month_end(y2, m2), "interval")
    if e.sub[0].kind == "decade":  # «أواخر السبعينيات»: 1977–1979
        lo, hi = _DECADE_PARTS[e.part]
        return _years(e.sub[0].y + lo, e.sub[0].y + hi)
    if base.granularity == "week" and e.part == "mid":  # «منتصف الأسبوع»: Tuesday and Wednesday
        return _span(base.earliest + timedelta(days=1), base.earliest + timedelta(days=2), "interval")
    if base.granularity == "week" and e.part == "end":  # «نهاية الأسبوع»: the weekend of most Arab states
        lo, hi = get_lexicon().weekend
        return _span(base.earliest + timedelta(days=lo), base.earliest + timedelta(days=hi), "interval")
    if base.granularity == "year" and e.sub[0].hijri and e.part in _YEAR_PARTS:
        # «مطلع العام الهجري المقبل»: the same share of the Hijri year (Muharram to Rabi al-Awwal)
        hy = gregorian_to_hijri_year(base.earliest)
        m1, m2 = _YEAR_PARTS[e.part]
        s1, s2 = (hijri_month_span(hy, m1), hijri_month_span(hy, m2)) if hy else (None, None)
        return _span(s1[0], s2[1], "interval") if s1 and s2 else None
    if base.granularity == "year":
        y = base.earliest.year
        if e.part in _YEAR_SPANS:  # whole counted months, written as months like a half or a quarter
            m1, m2 = _YEAR_SPANS[e.part]
            return Resolved(date(y, m1, 1), month_end(y, m2), f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", "interval")
        m1, m2 = _YEAR_PARTS[e.part]
        return _span(date(y, m1, 1), month_end(y, m2), "interval")
    if base.granularity == "month" and not e.sub[0].hijri:
        d1, d2 = _MONTH_PARTS[e.part]
        y, m = base.earliest.year, base.earliest.month
        return _span(date(y, m, d1), date(y, m, min(d2, month_end(y, m).day)), "interval")
    if base.granularity == "month" and e.part in ("start", "mid", "end"):
        # «منتصف شعبان»: the same days of the month as a Gregorian one (11th–20th), not thirds of 29 days
        d1, d2 = _MONTH_PARTS[e.part]
        lo, hi = base.earliest + timedelta(days=d1 - 1), base.earliest + timedelta(days=d2 - 1)
        return _span(lo, min(hi, base.latest), "interval")
    n = (base.latest - base.earliest).days + 1
    third = max(n // 3, 1)
    lo = {"start": 0, "mid": third, "end": n - third}[e.part]
    s = base.earliest + timedelta(days=lo)
    return _span(s, min(s + timedelta(days=third - 1), base.latest), "interval")


def _season_year(e: Expr, a: date | None) -> int | None:
    if e.y is not None:
        return e.y
    if a is None:
        return None
    if e.marker == "past":
        return a.year - 1
    if e.marker == "next":
        return a.year + 1
    return a.year


def _last_season_year(season: str, a: date) -> int:
    """«الشتاء الماضي», «الصيف الفائت»: the year (of its last month) of the latest such season over before ``a``."""
    m2 = _SEASONS[season][1]
    y = a.year
    while month_end(y, m2) >= a:
        y -= 1
    return y


def _next_season_year(season: str, a: date) -> int:
    """«الصيف المقبل», «الشتاء القادم»: the year (of its last month) of the first such season starting after ``a``."""
    m1, m2 = _SEASONS[season]
    y = a.year - 1
    while date(y - 1 if m1 > m2 else y, m1, 1) <= a:
        y += 1
    return y


def _current_season_year(season: str, a: date) -> int:
    """«الصيف الحالي», «هذا الشتاء»: the season under way, else this year's (a winter from autumn on is the coming one)."""
    m1, m2 = _SEASONS[season]
    if m1 > m2 and a.month >= _WINTER_AHEAD_FROM:
        return a.year + 1
    return a.year


def _r_season(e: Expr, a: date | None) -> Resolved | None:
    own = e.unit == "season" and e.y is None and a is not None  # the marker is on the season itself
    if own and e.marker == "past":
        y: int | None = _last_season_year(e.season, a)  # not «صيف العام الماضي»: the season itself is past
    elif own and e.marker == "next":
        y = _next_season_year(e.season, a)
    elif own:
        y = _current_season_year(e.season, a)
    else:
        y = _season_year(e, a)
    if y is None:
        return None
    m1, m2 = _SEASONS[e.season]
    y1 = y - 1 if m1 > m2 else y
    return Resolved(date(y1, m1, 1), month_end(y, m2), f"{y1:04d}-{m1:02d}/{y:04d}-{m2:02d}", "season")


def _r_quarter(e: Expr, a: date | None) -> Resolved | None:
    if e.index == 0:  # a quarter relative to the anchor's
        if a is None:
            return None
        y, m1 = _shift_month(a.year, (a.month - 1) // 3 * 3 + 1, 3 * e.offset)
        return Resolved(date(y, m1, 1), month_end(y, m1 + 2), f"{y:04d}-{m1:02d}/{y:04d}-{m1 + 2:02d}", "quarter")
    y = _season_year(e, a)
    if y is None:
        return None
    size = 3 if e.kind == "quarter" else 6
    m1 = (e.index - 1) * size + 1
    m2 = m1 + size - 1
    gran = "quarter" if e.kind == "quarter" else "interval"
    return Resolved(date(y, m1, 1), month_end(y, m2), f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", gran)


def _r_week_no(e: Expr, a: date | None) -> Resolved | None:
    """«الأسبوع الـ36 من 2024»: ISO week ``index`` of the year (as bulletins number them)."""
    y = _season_year(e, a)
    if y is None or e.index > date(y, 12, 28).isocalendar()[1]:
        return None
    lo = date.fromisocalendar(y, e.index, 1)
    return Resolved(lo, lo + timedelta(days=6), f"{y:04d}-W{e.index:02d}", "week")


def _r_following(e: Expr, a: date | None) -> Resolved | None:
    """«اليوم التالي» and kin: one unit after the narrated expression it was linked to (none: unresolved)."""
    base = resolve(e.sub[0], a) if e.sub else None
    if base is None:
        return None
    if e.unit == "day":
        return _day(base.latest + timedelta(days=1)) if base.earliest == base.latest else None
    if e.unit == "week":
        return _shifted_period(base.earliest, "week", 1) if base.earliest == base.latest else None
    if e.unit == "month":
        return _shifted_period(base.earliest, "month", 1) if base.earliest.month == base.latest.month else None
    return _year(base.earliest.year + 1) if base.earliest.year == base.latest.year else None


def _r_of_it(e: Expr, a: date | None) -> Resolved | None:
    """«الخامس عشر منه»: day ``d`` of the one month its linked expression names (none: unresolved)."""
    base = resolve(e.sub[0], a) if e.sub else None
    if base is None or e.d is None or (base.earliest.year, base.earliest.month) != (base.latest.year, base.latest.month):
        return None
    y, m = base.earliest.year, base.earliest.month
    return _day(date(y, m, e.d)) if e.d <= month_end(y, m).day else None


def _r_same_month(e: Expr, a: date | None) -> Resolved | None:
    """«الشهر نفسه من العام الماضي»: the month named before it, ``offset`` years away."""
    base = resolve(e.sub[0], a) if e.sub else None
    if base is None or base.granularity != "month" or not _ok_year(base.earliest.year + e.offset):
        return None
    return _month(base.earliest.year + e.offset, base.earliest.month)


def _r_same_day(e: Expr, a: date | None) -> Resolved | None:
    """«في مثل هذا اليوم من عام 1948»: the anchor's day and month in the year named (or counted back)."""
    if a is None:
        return None
    y = e.y if e.y is not None else a.year + e.offset
    if e.unit == "month":  # «في مثل هذا الشهر من عام 1990»
        return _month(y, a.month) if _ok_year(y) else None
    d = _safe_date(y, a.month, a.day)
    return _day(d) if d else None


def _r_eve(e: Expr, a: date | None) -> Resolved | None:
    """«عشية عيد الفطر»: the day before the feast."""
    base = resolve(e.sub[0], a)
    return _day(base.earliest - timedelta(days=1)) if base is not None else None


def _r_interval(e: Expr, a: date | None) -> Resolved | None:
    first, last = e.sub
    r2 = resolve(last, a)
    if (r2 is not None and first.kind in ("date", "month") and last.kind in ("date", "month") and first.y is None
            and not first.hijri and not last.hijri):
        # «من يناير إلى مارس 2019», «بين 1 و15 مارس»: the first end lies in the year of the last (or the one before)
        y = r2.earliest.year - ((first.m, first.d or 1) > (r2.earliest.month, r2.earliest.day))
        first = replace(first, y=y, marker=None)
    r1 = resolve(first, a)
    if r1 is None or r2 is None or r2.latest < r1.earliest:
        return None
    return Resolved(r1.earliest, r2.latest, f"{r1.value}/{r2.value}", "interval")


_DURATION_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def duration_value(e: Expr) -> str:
    """ISO 8601 duration of a «لمدة ثلاثة أيام» expression (P3D, PT48H)."""
    if e.unit == "hour":
        return f"PT{e.offset}H"
    if e.unit == "minute":  # «بعد 45 دقيقة من اندلاعه»
        return f"PT{e.offset}M"
    if e.unit == "decade":
        return f"P{e.offset * 10}Y"
    return f"P{e.offset}{_DURATION_CODES.get(e.unit, 'D')}"


def _r_feast(e: Expr, a: date | None) -> Resolved | None:
    """«العيد المقبل»: the first of the feasts after the anchor («الماضي»: the last one before it)."""
    days = [r for s in e.sub if (r := _r_date(s, a)) is not None]
    if not days:
        return None
    return (max if e.marker == "past" else min)(days, key=lambda r: r.earliest)


_RESOLVERS = {
    "same_month": _r_same_month,
    "date": _r_date, "month": _r_month, "year": _r_year, "rel_day": _r_rel_day, "period": _r_period,
    "weekday": _r_weekday, "ago": _r_ago, "recent": _r_recent, "part": _r_part, "season": _r_season,
    "quarter": _r_quarter, "half": _r_quarter, "week_no": _r_week_no, "interval": _r_interval, "in_period": _r_in_period,
    "same_day": _r_same_day,
    "following": _r_following, "eve": _r_eve, "of_it": _r_of_it,
    "decade": _r_decade, "feast": _r_feast,
}


def needs_anchor(e: Expr) -> bool:
    """True when the expression's value depends on the document date."""
    if e.kind in ("date", "month"):
        return e.y is None
    if e.kind in ("year", "decade"):
        return e.part == "yy"  # «عام 23»: the century comes from the anchor
    if e.kind == "same_day":
        return True
    if e.kind == "period":
        return not (e.unit == "year" and e.y is not None)
    if e.kind in ("season", "quarter", "half"):
        return e.y is None
    if e.kind in ("part", "interval", "in_period", "following", "eve", "same_month", "feast", "of_it"):
        return any(needs_anchor(s) for s in e.sub)
    if e.kind == "duration":
        return False
    return True
