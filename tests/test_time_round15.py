"""Rules added in the fifteenth dates round, after ``dates_fresh14`` and ``published_fresh11``.

Sentences: Egyptian «من» for «منذ» before a dual or a count and unit («وصل من يومين», «مقطوعة من 3 أيام»), never
a single unit, and never after a comparison, an approximation, a verb of composition or range or an indefinite
noun in «ة» («أكثر من يومين», «يتكون البرنامج من 3 أيام», «بجولة من أربعة أيام»), nor opening a range («تتراوح
المدة من يومين إلى أسبوع»); a spaced day-month-year («12 - 03 - 2019», Egyptian page stamps) is a date; «أول أيام» is
the first day of the month after it («السبت أول أيام شهر رمضان»); a Hijri month's epithet does not cut it from
its year («أول أيام شهر رمضان المبارك لعام 1444 هجرية»).
Publication (the ``marsad dates`` path, pages cleaned first): a title that is an ISO timestamp
(«2024-10-15T14:32:00+03:00») is chrome, an upper bound only; a labelled stamp title («نشر في: 12 - 03 - 2019») is
read as that line is read heading the body, as the dateline (below the story it stays an upper bound); a place, an
agency between dashes and a full Gregorian date («بغداد - واع - الأحد 20 تشرين الثاني 2022»), as the title or as a
line heading the body, is the dateline, never a render stamp;
a stated day's date in apposition with a feast («غداً الأربعاء 10 أبريل، أول أيام عيد الفطر») is solved with it.
"""

from __future__ import annotations

from datetime import date

import pytest
from probe_helpers import spans

from marsad.analyze.time import date_text

pytestmark = pytest.mark.usefixtures("run_day")


def _values(text: str, anchor: str) -> list[str]:
    return [v for _, v in spans(text, anchor) if v]


# -- 1. time expressions ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "anchor", "want"), [
    # Egyptian «من» + count + unit: ago
    ("وقال مصدر إن الوزير وصل من يومين إلى أسوان لتفقد المشروعات الجديدة.", "2024-11-14", ["2024-11-12"]),
    ("والكهرباء مقطوعة عن القرية من 3 أيام بسبب عطل في المحول.", "2024-11-14", ["2024-11-11"]),
    ("والوزير كان في أسوان من يومين.", "2023-05-24", ["2023-05-22"]),
    ("وتقوم الجماعة من ثلاثة أيام بقطع الاتصالات والإنترنت", "2015-07-21", ["2015-07-18"]),
    # a single unit is too often something else («من يوم لآخر», «من سنة نبينا», «من ساعة أبل»): left out
    ("وكان اللاعب قد انضم للفريق من أسبوع فقط.", "2024-11-14", []),
    ("وأصناف مختلفة من الحساء تختلف من يوم لآخر", "2015-07-21", []),
    # SaudiNewsNet lines where «من» + count is a length or a comparison, not «منذ»
    ("يقوم أوبراين بجولة من أربعة أيام للاطلاع على النتائج", "2015-07-21", []),
    ("ولكنها تقدم خطة صيانة من سنتين.", "2015-07-21", []),
    ("بعد أيام على إعادة انتخابه لولاية خامسة من 4 سنوات", "2015-07-21", []),
    ("متوسط الدخل السنوي للفرد السعودي لأعلى من 25 عاما", "2015-07-21", []),
    ("وفي ذات الإطار ولأكثر من 12 سنة ظلت أخبار الوكالة", "2015-07-21", []),
    ("لما يقارب من ١٥ عاما", "2015-07-21", []),
    ("تأشيرة لفترات تمتد من 15 يوما وحتى 90 يوما.", "2015-07-21", []),
    # … but not a comparison, a composition or a range of lengths
    ("واستمرت الزيارة أكثر من يومين.", "2024-11-14", ["P2D"]),
    ("وبقي في المستشفى لأكثر من أسبوع.", "2024-11-14", []),
    ("ويتكون البرنامج من 3 أيام.", "2024-11-14", []),
    ("وتتراوح المدة من يومين إلى أسبوع.", "2024-11-14", []),
    ("وحرم الموظف من يومين من إجازته.", "2024-11-14", []),
    # spaced day-month-year
    ("نشر في: 12 - 03 - 2019", "2026-11-23", ["2019-03-12"]),
    # «أول أيام» + month; a Hijri epithet before the year
    ("وأعلنت المحكمة العليا أن السبت أول أيام شهر رمضان.", "2025-02-27", ["2025-03-01"]),
    ("يستقبل المسلمون اليوم الخميس أول أيام شهر رمضان المبارك لعام 1444 هجرية.", "2023-03-23", ["2023-03-23"]),
    ("اليوم غرة رمضان المبارك 1444 هـ", "2023-03-23", ["2023-03-23"]),
    ("وقضى أول أيام العيد مع أسرته.", "2025-03-27", []),
])
def test_round15_timexes(text: str, anchor: str, want: list[str]) -> None:
    assert _values(text, anchor) == want


# -- 2. publication dates of pages --------------------------------------------------------------------------

def _pub(text: str) -> tuple[str | None, str | None, str | None]:
    p = date_text(text).published
    return p.earliest, p.latest, p.value


RENDER = "الإثنين 23 نوفمبر 2026"


STORY = ("أعلنت وزارة التربية والتعليم اليوم الثلاثاء عن جدول امتحانات نهاية العام الدراسي لطلاب الشهادة "
         "الإعدادية.\nوقال المتحدث باسم الوزارة إن الامتحانات تبدأ في منتصف مايو المقبل.\n")


@pytest.mark.parametrize("text", [
    # the cleaner keeps the stamp as the title, or the headline as the title and the stamp heading the body:
    # the same page, the same answer
    "اليوم السابع\nأخبار مصر\nنشر في: 12 - 03 - 2019\n" + STORY + "شارك",
    "اليوم السابع\nالتعليم تعلن جدول امتحانات الشهادة الإعدادية\nنشر في: 12 - 03 - 2019\n" + STORY + "شارك",
])
def test_labelled_stamp_above_the_story_is_the_dateline(text: str) -> None:
    assert _pub(text) == ("2019-03-12", "2019-03-12", "2019-03-12")


def test_labelled_stamp_below_the_story_stays_an_upper_bound() -> None:
    text = "اليوم السابع\nالتعليم تعلن جدول امتحانات الشهادة الإعدادية\n" + STORY + "نشر في: 12 - 03 - 2019\nشارك"
    assert _pub(text) == (None, "2019-03-12", None)


def test_iso_meta_title_is_an_upper_bound() -> None:
    text = ("الاقتصادية\n2024-10-15T14:32:00+03:00\nالرياض - أظهرت بيانات الهيئة العامة للإحصاء أن الناتج المحلي "
            "غير النفطي نما بنسبة 4.2 في المائة خلال الربع الثالث من العام الجاري.\nوتوقع محللون أن يستمر النمو "
            "خلال الربع الأخير من العام.\nجميع الحقوق محفوظة 2026")
    assert _pub(text) == (None, "2024-10-15", None)


def test_place_agency_gregorian_title_is_the_dateline() -> None:
    text = ("وكالة الأنباء العراقية\nبغداد - واع - الأحد 20 تشرين الثاني 2022\nترأس رئيس مجلس الوزراء اليوم الأحد "
            "اجتماعاً للمجلس الوزاري للاقتصاد، ناقش خلاله موازنة العام المقبل.\n" + RENDER)
    assert _pub(text) == ("2022-11-20", "2022-11-20", "2022-11-20")


def test_place_agency_line_heading_the_body_is_the_dateline() -> None:
    text = ("وكالة الأنباء العراقية\nالسوداني يترأس اجتماع المجلس الوزاري\nبغداد - واع - الأحد 20 تشرين الثاني 2022\n"
            "ترأس رئيس مجلس الوزراء اليوم الأحد اجتماعاً للمجلس الوزاري للاقتصاد.\nوناقش المجلس الموازنة.\n" + RENDER)
    assert _pub(text) == ("2022-11-20", "2022-11-20", "2022-11-20")


def test_agency_name_alone_before_a_date_stays_a_stamp() -> None:
    text = ("سانا\nالرئيس يستقبل وفدا\nسانا - السبت 22 تشرين الثاني 2025\nاستقبل الرئيس وفدا من رجال الأعمال.\n"
            "وناقش الجانبان العلاقات.\n" + RENDER)
    assert _pub(text) == (None, "2025-11-22", None)


def test_masthead_title_stamp_stays_an_upper_bound() -> None:
    """A site name (no place, no agency) before the date keeps it a render stamp."""
    text = ("هسبريس\nمجتمع\nالثلاثاء 18 نونبر 2025 - 10:45\nقررت غرفة الجنايات اليوم الثلاثاء تأجيل النظر في "
            "الملف إلى جلسة 2 دجنبر المقبل.\nوجاء قرار التأجيل استجابة لطلب الدفاع.\nمقالات ذات صلة")
    assert _pub(text) == (None, "2025-11-18", None)


def test_stated_date_in_apposition_with_a_feast() -> None:
    text = ("المصري اليوم\nطقس الغد\nتوقعت الهيئة العامة للأرصاد الجوية أن يسود طقس مائل للحرارة نهاراً على أغلب "
            "الأنحاء غداً الأربعاء 10 أبريل، أول أيام عيد الفطر المبارك.\nونصحت الهيئة المواطنين بارتداء الملابس "
            "الخفيفة خلال النهار.\n" + RENDER)
    assert _pub(text) == ("2024-04-09", "2024-04-09", "2024-04-09")


def test_first_of_ramadan_with_its_year_stated_as_today() -> None:
    text = ("الأهرام\nرمضان كريم\nيستقبل المسلمون في مصر والعالم العربي اليوم الخميس أول أيام شهر رمضان المبارك "
            "لعام 1444 هجرية، بعد أن أعلنت دار الإفتاء ثبوت رؤية الهلال مساء أمس.\nوتزينت الشوارع بالفوانيس.\n"
            + RENDER)
    assert _pub(text) == ("2023-03-23", "2023-03-23", "2023-03-23")


def test_first_of_ramadan_without_a_year_commits_nothing() -> None:
    """The render date must not pick the year of a yearless Hijri day («unknown, before …» is honest)."""
    text = ("الأهرام\nرمضان كريم\nيستقبل المسلمون في مصر اليوم الخميس أول أيام شهر رمضان المبارك، بعد أن أعلنت "
            "دار الإفتاء ثبوت رؤية الهلال مساء أمس.\nوتزينت الشوارع بالفوانيس.\n" + RENDER)
    lo, hi, value = _pub(text)
    assert value is None and lo is None
    assert hi is not None and date.fromisoformat(hi) <= date(2026, 11, 23)
