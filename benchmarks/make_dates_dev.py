"""Write ``benchmarks/data/dates_dev.jsonl``: newswire-style Arabic sentences with their time expressions.

Each form has hand-written phrasings; expected values are computed here from
what each phrase says (not by marsad), then the phrase is set in one of many
hand-written sentence frames. Deterministic (fixed seed). Run:
``.venv/bin/python benchmarks/make_dates_dev.py``.
"""

from __future__ import annotations

import calendar
import json
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).with_name("data") / "dates_dev.jsonl"
PER_FORM = 14

FRAMES = [
    "أعلنت وزارة الداخلية العراقية {P} اعتقال خلية تابعة لتنظيم داعش في محافظة الأنبار.",
    "وقال المتحدث باسم الجيش السوري {P} إن القوات استعادت السيطرة على قرى في ريف حماة.",
    "التقى وزير الخارجية الأردني نظيره المصري {P} في عمّان لبحث الأوضاع الإقليمية.",
    "وذكرت وكالة الأنباء الرسمية أن الرئيس استقبل {P} وفداً من رجال الأعمال.",
    "شهدت العاصمة بيروت {P} احتجاجات واسعة على تردي الأوضاع المعيشية.",
    "وأكد البنك المركزي في بيان صدر {P} أن سعر الصرف سيبقى مستقراً.",
    "وقعت الحكومتان {P} اتفاقية للتعاون في مجال الطاقة والربط الكهربائي.",
    "أفادت مصادر محلية بأن غارة جوية استهدفت {P} موقعاً عسكرياً قرب الحدود.",
    "وكانت الأمم المتحدة قد حذرت {P} من تفاقم الأزمة الإنسانية في اليمن.",
    "وصل رئيس الوزراء إلى الرياض {P} في زيارة رسمية تستغرق يومين.",
    "أعلنت اللجنة العليا للانتخابات {P} النتائج الأولية للاقتراع.",
    "وأشار التقرير الصادر {P} إلى ارتفاع معدلات البطالة بين الشباب.",
    "نظمت الجامعة {P} مؤتمراً دولياً حول التغير المناخي في المنطقة العربية.",
    "وقالت الشرطة إن انفجاراً وقع {P} في سوق شعبي وسط المدينة.",
    "عقد مجلس الأمن الدولي {P} جلسة طارئة لمناقشة التصعيد العسكري.",
    "وأوضح المسؤول أن المفاوضات ستستأنف {P} بعد توقف دام أسابيع.",
    "افتتح وزير الصحة {P} مستشفى جديداً بسعة مئتي سرير.",
    "ورفعت شركة النفط الوطنية {P} إنتاجها إلى مستويات قياسية.",
    "أطلقت السلطات سراح عدد من المعتقلين {P} بموجب عفو عام.",
    "وأعلن الاتحاد المحلي لكرة القدم {P} تأجيل مباريات الدوري.",
    "زار وفد برلماني مخيمات النازحين في الشمال {P} واطلع على أوضاعهم.",
    "وكشفت الوزارة {P} عن خطة لإعادة إعمار المدارس المتضررة.",
    "تظاهر مئات الطلاب أمام مبنى الوزارة {P} للمطالبة بتحسين الخدمات.",
    "وأفاد مراسلنا بأن الاشتباكات تجددت {P} على أطراف المدينة.",
]

LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
       "تشرين الثاني", "كانون الأول"]
EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MAG = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MISSPELT = {12: ["ديسميبر", "دیسمبر"], 4: ["ابريل", "إبريل", "افريل"], 8: ["اغسطس", "اب", "آغسطس"], 2: ["فبرایر"],
            6: ["يونيه"], 7: ["يوليه"]}
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ORD = {1: "الأول", 2: "الثاني", 3: "الثالث", 5: "الخامس", 7: "السابع", 10: "العاشر", 11: "الحادي عشر",
       14: "الرابع عشر", 17: "السابع عشر", 20: "العشرين", 21: "الحادي والعشرين", 25: "الخامس والعشرين",
       30: "الثلاثين"}
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
                "شوال", "ذو القعدة", "ذو الحجة"]

Item = tuple[str, list[tuple[str, str]]]  # phrase, [(timex text, value)]


def rdate(r: random.Random, lo: int = 2006, hi: int = 2024) -> date:
    """A random day (28th at most) in [lo, hi]."""
    return date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def iso(d: date) -> str:
    """ISO day."""
    return d.isoformat()


def ym(y: int, m: int) -> str:
    """YYYY-MM."""
    return f"{y:04d}-{m:02d}"


def week(d: date) -> str:
    """ISO week value."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """Year and month k months later."""
    n = y * 12 + m - 1 + k
    return n // 12, n % 12 + 1


def f_levantine(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «levantine» form."""
    d = rdate(r)
    t = f"{d.day} {LEV[d.month - 1]} {d.year}"
    return f"في {t}", [(t, iso(d))]


def f_egyptian(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «egyptian» form."""
    d = rdate(r)
    t = r.choice([f"{d.day} {EG[d.month - 1]} {d.year}", f"{d.day} {EG[d.month - 1]} عام {d.year}"])
    return r.choice(["في ", "يوم ", ""]) + t, [(t, iso(d))]


def f_maghrebi(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «maghrebi» form."""
    d = rdate(r)
    t = f"{d.day} {MAG[d.month - 1]} {d.year}"
    return f"يوم {t}", [(t, iso(d))]


def f_paired(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «paired» form."""
    d = rdate(r)
    a, b = LEV[d.month - 1], EG[d.month - 1]
    pair = r.choice([f"{a}/{b}", f"{b}/ {a}", f"{a} / {b}", f"{b} ({a})"])
    t = f"{d.day} {pair} {d.year}"
    return f"في {t}", [(t, iso(d))]


def f_misspelt(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «misspelt» form."""
    m = r.choice(list(MISSPELT))
    d = date(r.randint(2006, 2024), m, r.randint(1, 28))
    name = r.choice(MISSPELT[m])
    t = f"{d.day} {name} {d.year}"
    return f"في {t}", [(t, iso(d))]


def f_month_year(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «month_year» form."""
    d = rdate(r)
    name = r.choice([LEV, EG, MAG])[d.month - 1]
    t = r.choice([f"{name} {d.year}", f"شهر {name} {d.year}", f"{name} من عام {d.year}"])
    return f"في {t}", [(t, ym(d.year, d.month))]


def f_year(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «year» form."""
    y = r.randint(1990, 2024)
    t, pre = r.choice([(f"عام {y}", "في "), (f"{y}م", "في "), (f"سنة {y}", "في "), (f"{y}", "منذ "), (f"العام {y}", "خلال ")])
    return pre + t, [(t, str(y))]


def f_digits(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «digits» form."""
    d = rdate(r)
    table = r.choice([AR_DIGITS, FA_DIGITS])
    name = r.choice([LEV, EG])[d.month - 1]
    t = f"{str(d.day).translate(table)} {name} {str(d.year).translate(table)}"
    return f"في {t}", [(t, iso(d))]


def f_numeric(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «numeric» form."""
    d = rdate(r)
    t = r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
                  f"{d.day}-{d.month}-{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"])
    return f"بتاريخ {t}", [(t, iso(d))]


def f_ordinal(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «ordinal» form."""
    day = r.choice(list(ORD))
    y, m = r.randint(2006, 2024), r.randint(1, 12)
    if day > calendar.monthrange(y, m)[1]:
        day = 1
    name = r.choice([LEV, EG])[m - 1]
    t = f"{ORD[day]} من {name} {y}"
    return f"في {t}", [(t, iso(date(y, m, day)))]


def f_hijri(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «hijri» form."""
    from hijridate import Hijri

    hy, hm, hd = r.randint(1425, 1446), r.randint(1, 12), r.randint(1, 28)
    g = Hijri(hy, hm, hd).to_gregorian()
    kind = r.choice(["day", "day_marker", "month", "year"])
    if kind == "day":
        t = f"{hd} {HIJRI_MONTHS[hm - 1]} {hy}"
        return f"في {t}", [(t, iso(date(g.year, g.month, g.day)))]
    if kind == "day_marker":
        t = f"{hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ"
        return f"في {t}", [(t, iso(date(g.year, g.month, g.day)))]
    if kind == "month":
        h = Hijri(hy, hm, 1)
        a = h.to_gregorian()
        a = date(a.year, a.month, a.day)
        b = a + timedelta(days=h.month_length() - 1)
        t = f"{HIJRI_MONTHS[hm - 1]} {hy}"
        return f"خلال شهر {t}", [(f"شهر {t}", f"{iso(a)}/{iso(b)}")]
    a = Hijri(hy, 1, 1).to_gregorian()
    z = Hijri(hy, 12, 1)
    b = z.to_gregorian()
    b = date(b.year, b.month, b.day) + timedelta(days=z.month_length() - 1)
    t = f"{hy} هـ"
    return f"في عام {t}", [(f"عام {t}", f"{iso(date(a.year, a.month, a.day))}/{iso(b)}")]


def f_weekday(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «weekday» form."""
    wd = r.randrange(7)
    kind = r.choice(["past", "bare", "yawm", "next"])
    if kind == "past":
        delta = (pub.weekday() - wd) % 7 or 7
        t = f"{WD[wd]} الماضي"
        return t, [(t, iso(pub - timedelta(days=delta)))]
    if kind == "next":
        delta = (wd - pub.weekday()) % 7 or 7
        t = f"{WD[wd]} المقبل"
        return t, [(t, iso(pub + timedelta(days=delta)))]
    delta = (pub.weekday() - wd) % 7
    t = f"يوم {WD[wd]}" if kind == "yawm" else WD[wd]
    return t, [(t, iso(pub - timedelta(days=delta)))]


def f_relative_day(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «relative_day» form."""
    t, off = r.choice([("اليوم", 0), ("أمس", -1), ("أول أمس", -2), ("غداً", 1), ("بعد غد", 2), ("مساء أمس", -1),
                       ("أول من أمس", -2), ("البارحة", -1)])
    return t, [(t, iso(pub + timedelta(days=off)))]


def f_relative_period(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «relative_period» form."""
    unit = r.choice(["week", "month", "year"])
    word, off = r.choice([("الماضي", -1), ("المقبل", 1), ("الجاري", 0), ("الحالي", 0), ("القادم", 1)])
    if unit == "week":
        t = f"الأسبوع {word}"
        return f"خلال {t}", [(t, week(pub + timedelta(weeks=off)))]
    if unit == "month":
        t = f"الشهر {word}"
        return f"في {t}", [(t, ym(*shift_month(pub.year, pub.month, off)))]
    t = f"العام {word}"
    return f"في {t}", [(t, str(pub.year + off))]


def f_ago(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «ago» form."""
    choice = r.choice([("منذ أسبوعين", "week", -2), ("قبل ثلاثة أيام", "day", -3), ("قبل يومين", "day", -2),
                       ("منذ 5 سنوات", "year", -5), ("قبل عامين", "year", -2), ("بعد ثلاثة أشهر", "month", 3),
                       ("قبل أسبوع", "week", -1), ("منذ عشرة أيام", "day", -10), ("قبل 4 أشهر", "month", -4)])
    t, unit, n = choice
    if unit == "day":
        v = iso(pub + timedelta(days=n))
    elif unit == "week":
        v = week(pub + timedelta(weeks=n))
    elif unit == "month":
        v = ym(*shift_month(pub.year, pub.month, n))
    else:
        v = str(pub.year + n)
    return t, [(t, v)]


def f_recent(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «recent» form."""
    t, days = r.choice([("الأيام الماضية", 14), ("الأيام القليلة الماضية", 14), ("الأسابيع الأخيرة", 42),
                        ("الأشهر الماضية", 180)])
    return f"في {t}", [(t, f"{iso(pub - timedelta(days=days))}/{iso(pub)}")]


def f_month_marked(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «month_marked» form."""
    m = r.randint(1, 12)
    name = r.choice([LEV, EG])[m - 1]
    kind = r.choice(["past", "next", "current", "daypast"])
    if kind == "past":
        y = pub.year if m < pub.month else pub.year - 1
        t = f"{name} الماضي"
        return f"في {t}", [(t, ym(y, m))]
    if kind == "next":
        y = pub.year if m > pub.month else pub.year + 1
        t = f"{name} المقبل"
        return f"في {t}", [(t, ym(y, m))]
    if kind == "current":
        name = r.choice([LEV, EG])[pub.month - 1]
        t = f"{name} {r.choice(['الجاري', 'الحالي'])}"
        return f"في {t}", [(t, ym(pub.year, pub.month))]
    day = r.randint(1, 28)
    y = pub.year if date(pub.year, m, day) < pub else pub.year - 1
    t = f"{day} {name} الماضي"
    return f"في {t}", [(t, iso(date(y, m, day)))]


def f_part(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «part» form."""
    part, (d1, d2), (m1, m2) = r.choice([("بداية", (1, 10), (1, 3)), ("مطلع", (1, 10), (1, 3)),
                                          ("منتصف", (11, 20), (5, 8)), ("أواخر", (21, 31), (10, 12)),
                                          ("نهاية", (21, 31), (10, 12))])
    kind = r.choice(["month", "year", "named"])
    if kind == "year":
        y = pub.year + r.choice([0, -1])
        t = f"{part} العام {'الجاري' if y == pub.year else 'الماضي'}"
        return f"في {t}", [(t, f"{y}-{m1:02d}-01/{y}-{m2:02d}-{calendar.monthrange(y, m2)[1]:02d}")]
    if kind == "month":
        y, m = pub.year, pub.month
        t = f"{part} الشهر الجاري"
    else:
        y, m = r.randint(2006, 2024), r.randint(1, 12)
        t = f"{part} {EG[m - 1]} {y}"
    last = min(d2, calendar.monthrange(y, m)[1])
    return f"في {t}", [(t, f"{y}-{m:02d}-{d1:02d}/{y}-{m:02d}-{last:02d}")]


def f_season(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «season» form."""
    name, (m1, m2) = r.choice([("صيف", (6, 8)), ("ربيع", (3, 5)), ("خريف", (9, 11))])
    if r.random() < 0.5:
        y = r.randint(2000, 2024)
        t = f"{name} {y}"
    else:
        y = pub.year - 1
        t = f"{name} العام الماضي"
    return f"في {t}", [(t, f"{y}-{m1:02d}/{y}-{m2:02d}")]


def f_quarter(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «quarter» form."""
    q, qname = r.choice([(1, "الأول"), (2, "الثاني"), (3, "الثالث"), (4, "الرابع")])
    if r.random() < 0.5:
        y = r.randint(2005, 2024)
        t = f"الربع {qname} من عام {y}"
    else:
        y = pub.year
        t = f"الربع {qname} من العام الجاري"
    m1 = (q - 1) * 3 + 1
    return f"خلال {t}", [(t, f"{y}-{m1:02d}/{y}-{m1 + 2:02d}")]


def f_interval(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «interval» form."""
    kind = r.choice(["days", "years", "full"])
    if kind == "days":
        y, m = r.randint(2006, 2024), r.randint(1, 12)
        a, b = r.randint(1, 12), r.randint(13, 28)
        name = r.choice([LEV, EG])[m - 1]
        t = r.choice([f"بين {a} و{b} {name} {y}", f"من {a} إلى {b} {name} {y}"])
        return t, [(t, f"{iso(date(y, m, a))}/{iso(date(y, m, b))}")]
    if kind == "years":
        a = r.randint(1995, 2015)
        b = a + r.randint(1, 8)
        t = r.choice([f"بين عامي {a} و{b}", f"من {a} إلى {b}"])
        return t, [(t, f"{a}/{b}")]
    d1 = rdate(r, 2006, 2023)
    d2 = d1 + timedelta(days=r.randint(20, 300))
    t = f"من {d1.day} {EG[d1.month - 1]} {d1.year} إلى {d2.day} {EG[d2.month - 1]} {d2.year}"
    return f"خلال الفترة {t}", [(t, f"{iso(d1)}/{iso(d2)}")]


def f_today_full(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «today_full» form."""
    name = r.choice([LEV, EG])[pub.month - 1]
    t = r.choice([f"اليوم، {WD[pub.weekday()]} {pub.day} {name}", f"اليوم {WD[pub.weekday()]} {pub.day} {name}",
                  f"{WD[pub.weekday()]} {pub.day} {name} {pub.year}"])
    return t, [(t, iso(pub))]


def f_day_month(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «day_month» form."""
    d = pub - timedelta(days=r.randint(1, 60))
    name = r.choice([LEV, EG, MAG])[d.month - 1]
    t = f"{d.day} {name}"
    return f"في {t}", [(t, iso(d))]


def f_duration(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «duration» form (a length, not a date)."""
    pre = r.choice(["لمدة", "على مدى", "طوال", "خلال", "طيلة"])
    t, v = r.choice([("ثلاثة أيام", "P3D"), ("أسبوعين", "P2W"), ("ستة أشهر", "P6M"), ("عامين", "P2Y"),
                     ("48 ساعة", "PT48H"), ("عشرة أيام", "P10D"), ("شهر", "P1M"), ("سبع سنوات", "P7Y")])
    return f"{pre} {t}", [(t, v)]


def f_negative(r: random.Random, pub: date) -> Item:
    """Phrase and expected values for the «negative» form."""
    return r.choice([
        (f"بعد تأمين {r.randint(1000, 3000)} عنصر", []),
        ("رغم أن 30 شباط لا وجود له", []),
        (f"برقم {r.randint(10000, 99999)}017 في السجل", []),
        (f"بنسبة {r.randint(10, 90)} في المائة من أصل {r.randint(100, 900)} حالة", []),
        ("بحضور أكثر من 1500 شخص و200 سيارة", []),
        (f"في الطابق {r.randint(2, 20)} من المبنى رقم {r.randint(100, 999)}", []),
        ("بمشاركة اليوم السابع وصحف أخرى", []),
    ])


# Hand-written sentences with several expressions or traps each: (text, published, [(timex, value)]).
HANDWRITTEN: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("أعلنت وزارة النفط العراقية أمس الاثنين أن صادرات البصرة بلغت في فبراير الماضي نحو 3.5 مليون برميل يومياً.",
     "2019-03-12", [("أمس الاثنين", "2019-03-11"), ("فبراير الماضي", "2019-02")]),
    ("قال المتحدث باسم الحكومة إن الانتخابات التي جرت في العاشر من أكتوبر الماضي ستعتمد نتائجها خلال الأسبوع المقبل.",
     "2021-11-04", [("العاشر من أكتوبر الماضي", "2021-10-10"), ("الأسبوع المقبل", "2021-W45")]),
    ("وصل المبعوث الأممي إلى صنعاء مساء أمس، على أن يغادرها بعد غد متوجهاً إلى الرياض.",
     "2016-02-29", [("مساء أمس", "2016-02-28"), ("بعد غد", "2016-03-02")]),
    ("شهدت ليبيا منذ 10 أيلول/سبتمبر 2023 فيضانات مدمرة أودت بحياة الآلاف في درنة.",
     "2023-09-18", [("10 أيلول/سبتمبر 2023", "2023-09-10")]),
    ("ويعقد المؤتمر الوطني جلسته الأولى في مطلع العام المقبل، بحسب ما أعلن رئيسه اليوم الأحد.",
     "2012-12-30", [("مطلع العام المقبل", "2013-01-01/2013-03-31"), ("اليوم الأحد", "2012-12-30")]),
    ("وأكدت المفوضية أن نتائج الانتخابات التي أجريت السبت الماضي ستعلن قبل نهاية الشهر الجاري.",
     "2018-05-16", [("السبت الماضي", "2018-05-12"), ("نهاية الشهر الجاري", "2018-05-21/2018-05-31")]),
    ("قتل قائد فيلق القدس في غارة أمريكية قرب مطار بغداد فجر الثالث من كانون الثاني 2020.",
     "2020-01-07", [("الثالث من كانون الثاني 2020", "2020-01-03")]),
    ("سيطر التنظيم على الموصل في العاشر من حزيران/يونيو الماضي، بعد أيام من معارك عنيفة.",
     "2014-08-21", [("العاشر من حزيران/يونيو الماضي", "2014-06-10")]),
    ("ويتوقع أن يصل الإنتاج إلى ذروته في الربع الثالث من عام 2016، وفق تقديرات الشركة.",
     "2015-07-22", [("الربع الثالث من عام 2016", "2016-07/2016-09")]),
    ("أفاد شهود عيان بأن الطائرات قصفت البلدة صباح أمس الثلاثاء بغازات سامة.",
     "2017-04-05", [("صباح أمس الثلاثاء", "2017-04-04")]),
    ("تنحى الرئيس المصري مساء أمس الجمعة بعد ثمانية عشر يوماً من الاحتجاجات التي بدأت في 25 يناير.",
     "2011-02-12", [("مساء أمس الجمعة", "2011-02-11"), ("ثمانية عشر يوماً", "P18D"), ("25 يناير", "2011-01-25")]),
    ("بدأت القوات الروسية عمليتها العسكرية في أوكرانيا فجر الخميس 24 شباط/فبراير.",
     "2022-03-01", [("الخميس 24 شباط/فبراير", "2022-02-24")]),
    ("وقالت الهيئة إن معدل التضخم السنوي بلغ 2.3 في المائة خلال نوفمبر/تشرين الثاني.",
     "2019-12-20", [("نوفمبر/تشرين الثاني", "2019-11")]),
    ("هز انفجار ضخم مرفأ بيروت مساء الثلاثاء، ما أسفر عن سقوط عشرات القتلى.",
     "2020-08-05", [("الثلاثاء", "2020-08-04")]),
    ("وعزل الجيش المصري الرئيس محمد مرسي مساء أمس بعد عام واحد من توليه الحكم.",
     "2013-07-04", [("مساء أمس", "2013-07-03"), ("عام واحد", "P1Y")]),
    ("صوت البريطانيون أمس الخميس لصالح الخروج من الاتحاد الأوروبي في استفتاء تاريخي.",
     "2016-06-24", [("أمس الخميس", "2016-06-23")]),
    ("ويعتزم البنك المركزي خفض أسعار الفائدة في النصف الثاني من العام الجاري.",
     "2024-01-15", [("النصف الثاني من العام الجاري", "2024-07/2024-12")]),
    ("أضرم البائع المتجول النار في نفسه يوم الجمعة 17 ديسمبر أمام مقر الولاية.",
     "2010-12-20", [("يوم الجمعة 17 ديسمبر", "2010-12-17")]),
    ("وأكدت مصادر تركية أن الصحفي دخل القنصلية ظهر الثلاثاء الماضي ولم يخرج منها.",
     "2018-10-05", [("الثلاثاء الماضي", "2018-10-02")]),
    ("دخلت حركة طالبان العاصمة كابول أمس الأحد بعد انهيار القوات الحكومية.",
     "2021-08-16", [("أمس الأحد", "2021-08-15")]),
    ("أعلن الجيش في بيان صباح أمس عزل الرئيس واعتقاله، وتشكيل مجلس عسكري انتقالي لمدة عامين.",
     "2019-04-12", [("صباح أمس", "2019-04-11"), ("عامين", "P2Y")]),
    ("وكان رئيس الوزراء اللبناني قد أعلن استقالته من الرياض أمس السبت في خطاب متلفز.",
     "2017-11-05", [("أمس السبت", "2017-11-04")]),
    ("تبدأ المرحلة الثانية من المشروع في مستهل يوليو المقبل وتستمر حتى نهاية 2016.",
     "2015-06-30", [("مستهل يوليو المقبل", "2015-07-01/2015-07-10"), ("نهاية 2016", "2016-10-01/2016-12-31")]),
    ("ارتفعت أسعار القمح بنسبة 40 في المائة منذ بداية العام.",
     "2022-05-20", [("بداية العام", "2022-01-01/2022-03-31")]),
    ("أعلنت اللجنة فوز الرئيس بولاية ثانية في الانتخابات التي جرت يوم الجمعة 12 حزيران 2009.",
     "2009-06-14", [("يوم الجمعة 12 حزيران 2009", "2009-06-12")]),
    ("صنفت منظمة الصحة العالمية أمس فيروس كورونا جائحة عالمية، بعد أكثر من 118 ألف إصابة في 114 دولة.",
     "2020-03-12", [("أمس", "2020-03-11")]),
    ("أعلن الجيش ليل الجمعة السيطرة على الحكم، قبل أن تفشل المحاولة فجر اليوم السبت.",
     "2016-07-16", [("الجمعة", "2016-07-15"), ("فجر اليوم السبت", "2016-07-16")]),
    ("ضرب زلزال بقوة 7.8 درجات جنوب تركيا وشمال سوريا فجر أمس الاثنين.",
     "2023-02-07", [("فجر أمس الاثنين", "2023-02-06")]),
    ("انطلقت الاحتجاجات في درعا منتصف آذار الجاري وامتدت إلى مدن أخرى.",
     "2011-03-20", [("منتصف آذار الجاري", "2011-03-11/2011-03-20")]),
    ("أعلن التنظيم إقامة ما سماه الخلافة في الأول من رمضان 1435 هـ.",
     "2014-06-30", [("الأول من رمضان 1435 هـ", "2014-06-28")]),
    ("ومن المقرر أن تعقد القمة المقبلة في خريف العام المقبل في العاصمة السعودية.",
     "2019-10-01", [("خريف العام المقبل", "2020-09/2020-11")]),
    ("وشهدت البلاد بين عامي 2011 و2017 موجة نزوح هي الأكبر في تاريخها.",
     "2018-01-10", [("بين عامي 2011 و2017", "2011/2017")]),
    ("توصلت إيران والقوى الست إلى اتفاق مرحلي فجر أمس الأحد في جنيف، بعد أربعة أيام من المفاوضات.",
     "2013-11-25", [("فجر أمس الأحد", "2013-11-24"), ("أربعة أيام", "P4D")]),
    ("غرق الطفل السوري قبالة السواحل التركية يوم الأربعاء الموافق 2 سبتمبر 2015.",
     "2015-09-03", [("يوم الأربعاء الموافق 2 سبتمبر 2015", "2015-09-02")]),
    ("وكان الجيش قد استولى على السلطة فجر الاثنين 1 شباط 2021 واعتقل زعيمة البلاد.",
     "2021-02-03", [("الاثنين 1 شباط 2021", "2021-02-01")]),
    ("وسجلت الوزارة 1500 إصابة جديدة و30 حالة وفاة، ليرتفع العدد الإجمالي إلى 45000 إصابة.",
     "2020-06-01", []),
    ("وحضر اللقاء أكثر من 200 شخص من 12 دولة بينهم 30 صحفياً.", "2019-05-05", []),
    ("تنطلق بطولة كأس العالم في قطر اليوم الأحد وتستمر حتى 18 ديسمبر.",
     "2022-11-20", [("اليوم الأحد", "2022-11-20"), ("18 ديسمبر", "2022-12-18")]),
]

FORMS: dict[str, Callable[[random.Random, date], Item]] = {
    "levantine_month": f_levantine, "egyptian_month": f_egyptian, "maghrebi_month": f_maghrebi,
    "paired_month": f_paired, "misspelt_month": f_misspelt, "month_year": f_month_year, "year": f_year,
    "indic_digits": f_digits, "numeric": f_numeric, "ordinal_day": f_ordinal, "hijri": f_hijri,
    "weekday": f_weekday, "relative_day": f_relative_day, "relative_period": f_relative_period, "ago": f_ago,
    "recent": f_recent, "marked_month": f_month_marked, "part_of_period": f_part, "season": f_season,
    "quarter": f_quarter, "interval": f_interval, "today_full_date": f_today_full,
    "day_month_no_year": f_day_month, "duration": f_duration, "no_date": f_negative,
}


def main() -> None:
    """Write the dev set."""
    r = random.Random(20240509)
    rows = []
    for form, fn in FORMS.items():
        for k in range(PER_FORM):
            pub = rdate(r, 2008, 2024)
            phrase, timexes = fn(r, pub)
            text = r.choice(FRAMES).replace("{P}", phrase)
            for t, _ in timexes:
                assert t in text, (t, text)
            rows.append({"id": f"{form}-{k:02d}", "form": form, "text": text, "published": iso(pub),
                         "timexes": [{"text": t, "value": v} for t, v in timexes]})
    for k, (text, published, timexes) in enumerate(HANDWRITTEN):
        for t, _ in timexes:
            assert t in text, (t, text)
        rows.append({"id": f"mixed-{k:02d}", "form": "mixed_newswire", "text": text, "published": published,
                     "timexes": [{"text": t, "value": v} for t, v in timexes]})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences → {OUT}")


if __name__ == "__main__":
    main()
