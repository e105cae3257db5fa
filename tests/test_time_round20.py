"""Rules added in the twentieth dates round, after ``dates_fresh19`` (Saudi and Gulf newswire with Hijri dates,
court reports, markets, sports, obituaries, school calendars, Ramadan and Eid) and ``published_fresh14`` (bylines
with stamps, comment and print dates, live blogs, several datelines).

An approximate count of units with no «منذ/قبل/بعد» before it is a length («أكثر من أربعين عاماً»), not an
age. A part of a school or fiscal year («منتصف العام الدراسي», «إجازة منتصف العام») is no calendar period. A
round hundred or thousand before an indefinite noun is a count («في 2000 حادث سير»), unless the noun is
accusative, a verb follows, or the year heads its clause. A plural perfect with its object («بدأوه») is past.
For publication: «الكاتب:» is a byline, and its stamp may share its line; a Hijri title stamp with its
weekday («الثلاثاء 1445/06/20 هـ») is an upper bound.
"""

from __future__ import annotations

import pytest
from probe_helpers import values as _values

pytestmark = pytest.mark.usefixtures("run_day")


def _pub(text: str) -> tuple[str | None, str | None, str | None]:
    from marsad.cli.dates import date_record

    p = date_record({"id": "t", "text": text})["published"]
    return p["earliest"], p["latest"], p["value"]


@pytest.mark.parametrize(("text", "want"), [
    ("وولد الفقيد في مدينة حلب عام 1938 وعمل في الصحافة أكثر من أربعين عاماً.", ["1938", "P40Y"]),
    ("وانتظر المرضى أكثر من ثلاث ساعات أمام المستشفى.", ["PT3H"]),
    # an age, and a count back from now, are no lengths
    ("وتوفي عن عمر يناهز أكثر من 80 عاماً.", []),
    ("ووقع الحادث قبل نحو أسبوع في ضواحي المدينة.", ["2020-W22"]),
])
def test_approximate_count_is_a_length(text: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, "2020-06-02")] == want


@pytest.mark.parametrize(("text", "want"), [
    ("وتبدأ إجازة منتصف العام الدراسي بنهاية دوام يوم الخميس 16 رجب 1443هـ.", ["2022-02-17"]),
    ("وتبدأ إجازة منتصف العام للطلاب من 20 يناير حتى 4 فبراير 2023.", ["2023-01-20/2023-02-04"]),
    ("وتنتهي الأعمال نهاية العام الدراسي.", []),
    # the calendar's mid-year and year end, as before
    ("وارتفعت الأسعار منذ منتصف العام.", ["2022-05-01/2022-08-31"]),
    ("ومن المتوقع أن تنتهي الأعمال بحلول نهاية العام.", ["2022-10-01/2022-12-31"]),
])
def test_school_and_fiscal_year_parts_are_no_calendar_period(text: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, "2022-02-14")] == want


@pytest.mark.parametrize(("text", "want"), [
    ("وسجلت الشرطة في 2000 حادث سير إصابات بالغة.", []),
    ("وشارك اللاعب في 2000 مباراة دولية.", []),
    # a year: a verb, a preposition or an accusative after it, or fronted at the head of its clause
    ("وانسحبت إسرائيل من جنوب لبنان في 2000 بعد احتلال طويل.", ["2000"]),
    ("وزار الرئيس الصين في 2000 ضمن جولة آسيوية.", ["2000"]),
    ("وتولى الرئاسة في 2000 خلفاً لوالده.", ["2000"]),
    ("وفي 2000 أطلق الحزب حملته الانتخابية.", ["2000"]),
    ("وتأسس النادي في 1900 بمدينة ميلانو.", ["1900"]),
    ("وافتتحت الوزارة في 2019 مدرسة جديدة.", ["2019"]),  # not a round count: round 19's example
])
def test_round_count_before_an_indefinite_noun(text: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, "2022-01-15")] == want


def test_plural_perfect_with_object_is_past() -> None:
    # «بدأوه» made the dated day a told past: a lower bound (it had been 1989, a tenure's start)
    text = ("البيان\nتاريخ الطباعة: 22 نوفمبر 2026\n"
            "الخرطوم - واصل آلاف المعتصمين أمام مقر القيادة العامة للجيش السوداني اعتصامهم لليوم الخامس على "
            "التوالي، بعد أن بدأوه في 6 أبريل 2019.\n"
            "وكان الرئيس عمر البشير قد أعلن حالة الطوارئ في 22 فبراير الماضي، فيما خرجت أولى المظاهرات في 3 أبريل "
            "في عدة مدن.\nالإثنين 23 نوفمبر 2026")
    assert _pub(text) == ("2019-04-06", "2026-11-22", None)


@pytest.mark.parametrize(("text", "want"), [
    # «الكاتب:» above the stamp line
    ("الخليج أونلاين\nالكاتب: أحمد سعيد\nالأربعاء، 15 مارس 2023 08:12 م\n"
     "أعلنت وزارة الخارجية السعودية اليوم الأربعاء استئناف العلاقات الدبلوماسية مع إيران بعد قطيعة استمرت سبع "
     "سنوات.\nوقال البيان إن السفارتين ستعيدان فتح أبوابهما خلال شهرين.\nالإثنين 23 نوفمبر 2026",
     (None, "2023-03-15", None)),
    # at the foot, the stamp on its line after «|»
    ("صحيفة سبق\nأعلن المركز الوطني للأرصاد عن موجة حارة تشهدها المنطقة الشرقية اعتباراً من يوم السبت المقبل "
     "وتستمر عدة أيام.\nوتوقع المركز أن تتجاوز درجات الحرارة 49 درجة مئوية.\nالكاتب: ليلى حسن | 09 يونيو 2022\n"
     "الإثنين 23 نوفمبر 2026", (None, "2022-06-09", None)),
    # at the foot, its stamp on the next line (pf13-07)
    ("الشروق أونلاين\nالجزائر - أعلنت وزارة الداخلية أن حرائق الغابات التي اندلعت منذ يوم الاثنين في ولايات شرق "
     "البلاد أتت على أكثر من 2000 هكتار.\nوقالت الوزارة إن الحصيلة مرشحة للارتفاع.\nالكاتب: سمير بلقاسم\n"
     "الثلاثاء 17 أوت 2021\nالإثنين 23 نوفمبر 2026", (None, "2021-08-17", None)),
])
def test_katib_byline_stamp_bounds(text: str, want: tuple) -> None:
    assert _pub(text) == want


def test_katib_byline_is_dropped_by_the_cleaner() -> None:
    from marsad.clean.lines import classify

    assert classify("الكاتب: ليلى حسن") == "byline"
    assert classify("الكاتب: ليلى حسن | 09 يونيو 2022") == "byline"
    assert classify("بقلم: د. خالد العمري - 14 مارس 2023") == "byline"
    # a story line that opens with «الكاتب» is no byline
    assert classify("الكاتب المصري نجيب محفوظ حصل على جائزة نوبل للآداب عام 1988 عن مجمل أعماله الروائية.") is None


def test_hijri_title_stamp_with_weekday_bounds() -> None:
    text = ("صحيفة المدينة\nالثلاثاء 1445/06/20 هـ\n"
            "أطلقت أمانة المدينة المنورة مبادرة لتشجير الطرق الرئيسية تشمل زراعة عشرة آلاف شجرة.\n"
            "وتستمر المبادرة حتى نهاية العام.\nالإثنين 23 نوفمبر 2026")
    assert _pub(text) == (None, "2024-01-02", None)


def test_bare_past_year_stays_no_bound_and_long_subject_bounds_from_below() -> None:
    # a year told in the past is not used as a lower bound: on SaudiNewsNet it was most often a future edition or
    # plan read as past («كأس العالم 2018», «المقررة عام 2019», «2059 بتوقيت جرينتش»), 51 intervals lost the
    # crawl day; a birth year alone keeps the page open below. With the age at death beside it (round 42) the two
    # bound the year of death: born 1941, died aged 84 → 2025 or 2026, so the Mondays of 2025–26 after «أمس الأحد»
    text = ("المدى\nثقافة\nبغداد - توفي أمس الأحد الفنان العراقي الكبير عن عمر ناهز 84 عاماً بعد صراع طويل مع "
            "المرض، في أحد مستشفيات العاصمة.\nوولد الراحل في مدينة البصرة عام 1941، وبدأ مسيرته الفنية في "
            "ستينيات القرن الماضي.\nوشيع جثمانه اليوم إلى مثواه الأخير.\nالإثنين 23 نوفمبر 2026")
    assert _pub(text)[0] == "2025-01-06"
    alone = text.replace("عن عمر ناهز 84 عاماً ", "")
    assert _pub(alone)[0] is None
    # «تعالى» is no verb, and a title with a full name may sit between the verb and the day
    text = ("الوطن\nانتقل إلى رحمة الله تعالى الشيخ عبد الله بن محمد الراشد يوم الجمعة 5 شوال 1443 هـ الموافق "
            "6 مايو 2022 م.\nوتقبل التعازي في منزل الفقيد بحي الروضة اليوم السبت وغداً الأحد.\nالإثنين 23 نوفمبر 2026")
    assert _pub(text) == ("2022-05-07", "2026-11-21", None)
