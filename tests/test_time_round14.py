"""Rules added in the fourteenth dates round, after ``dates_fresh13`` and ``published_fresh10``.

Sentences: a bare weekday after a clause opened by «و» + an imperfect in «ت» that no perfect shares
(«وتنطلق امتحانات الدور الثاني صباح الأربعاء») is the coming one, even past a clock time in brackets;
«بتوقيت» is no past verb; a number before a genitive counted noun («في 2000 مركز اقتراع») is no year; the count
first («خلال الـ24 ساعة الماضية») is the window of «الساعات الـ24 الماضية»; a yearless date after «موعد أقصاه» is
a deadline still ahead; «في وقت سابق/لاحق من الشهر» is this month; in «من الأحد إلى الخميس المقبل» the marker of
the range's end dates its start too; «لثلاثة أشهر» (for three months) is a length; any count of first or last
months of a year («الأشهر العشرة الأولى من العام الجاري») is written as months, like a half or a quarter; «حتى
الخامس عشر منه» is that day of the month named just before.
Publication: a «نشرت في : …» line below the story is a footer stamp (an upper bound), never a told past; an
SPA dateline closed by its agency at the line's end («الرياض 20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024 م
واس»), in the title or in the body, is the dateline.
"""

from __future__ import annotations

import pytest
from probe_helpers import contains, spans

from marsad.analyze.time import date_text, infer_published
from marsad.model import Document

pytestmark = pytest.mark.usefixtures("run_day")


# -- 1. time expressions ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "anchor", "want"), [
    # «وتنطلق» (form VII imperfect) opens the clause: the coming Wednesday / Thursday
    ("وتنطلق امتحانات الدور الثاني صباح الأربعاء في جميع المحافظات.", "2024-07-29", ["2024-07-31"]),
    ("وتنطلق المباراة في تمام الساعة 10:30 صباحاً بالتوقيت المحلي (07:30 بتوقيت غرينتش) يوم الخميس.",
     "2022-12-05", ["2022-12-08"]),
    ("وتستأنف المحادثات في جنيف يوم الأحد.", "2024-07-29", ["2024-08-04"]),
    ("وتقام المباراة الخميس.", "2024-07-29", ["2024-08-01"]),
    # «وتظاهر» may be a perfect (form VI): the last Friday, as before
    ("وتظاهر الآلاف في الساحة الرئيسية مساء الجمعة احتجاجاً على انقطاع الكهرباء.", "2024-07-29", ["2024-07-26"]),
    # a count before a counted noun is no year
    ("ونشرت الحكومة 1500 عنصر أمن لتأمين الانتخابات في 2000 مركز اقتراع.", "2024-11-14", []),
    # the count before the unit: the same windows as «الساعات الـ24 الماضية»
    ("وقتل 3 أشخاص في الـ24 ساعة الماضية.", "2024-11-14", ["2024-11-13/2024-11-14"]),
    ("وقالت الوزارة إن 12 شخصاً قتلوا خلال الـ48 ساعة الأخيرة.", "2024-11-14", ["2024-11-12/2024-11-14"]),
    ("وسجلت البلاد ٣٠٠ إصابة خلال الـ٧ أيام الماضية.", "2024-11-14", ["2024-11-07/2024-11-14"]),
    ("ويتوقع هطول أمطار خلال الـ72 ساعة المقبلة.", "2024-11-14", ["2024-11-14/2024-11-17"]),
    ("وأغلقت السلطات المعبر لمدة 48 ساعة.", "2024-11-14", ["PT48H"]),
    # a deadline «في موعد أقصاه» is ahead; set in a past clause it is not forced
    ("وعلى الشركات تسوية أوضاعها في موعد أقصاه 30 يونيو.", "2024-11-14", ["2025-06-30"]),
    ("وطالبت الوزارة الشركات بتقديم الوثائق في موعد أقصاه 15 يناير.", "2024-11-14", ["2025-01-15"]),
    ("وكانت الحكومة قد حددت موعداً أقصاه 30 يونيو لتسليم الأسلحة.", "2024-11-14", ["2024-06-30"]),
    # «في وقت سابق/لاحق من» + a bare period: the current one
    ("ويعقد المجلس جلسة في وقت لاحق من الشهر.", "2024-11-14", ["2024-11"]),
    ("وكان الوزير قد زار المدينة في وقت سابق من الأسبوع.", "2024-11-14", ["2024-W46"]),
    ("وقالت الشركة في وقت سابق من العام إنها ستخفض الإنتاج.", "2024-11-14", ["2024"]),
    ("وقالت الوزارة في وقت سابق من الشهر الماضي إن الأسعار سترتفع.", "2024-11-14", ["2024-10"]),
    ("وتراجعت الأسهم منذ وقت طويل.", "2024-11-14", []),
    # a weekday range: the end's marker dates the start
    ("وتمتد فترة التسجيل من الأحد إلى الخميس المقبل.", "2024-11-14", ["2024-11-17", "2024-11-21"]),
    ("واستمرت المعارك من السبت حتى الثلاثاء الماضي.", "2024-11-14", ["2024-11-09", "2024-11-12"]),
    # a count word with «ل»: for that long
    ("وتم تمديد حالة الطوارئ لثلاثة أشهر إضافية.", "2024-11-14", ["P3M"]),
    ("وأعلنت الحكومة الحداد لثلاثة أيام.", "2024-11-14", ["P3D"]),
    ("وقدم الدعم لثلاثة أشخاص.", "2024-11-14", []),
    # first or last N months of a year
    ("وأشار إلى أن الصادرات بلغت خلال الأشهر العشرة الأولى من العام الجاري 5 مليارات دولار.", "2024-11-14",
     ["2024-01/2024-10"]),
    ("وتراجعت المبيعات في الأشهر الأربعة الأخيرة من 2023.", "2024-11-14", ["2023-09/2023-12"]),
    ("وارتفعت الأسعار خلال الشهرين الأولين من العام.", "2024-11-14", ["2024-01/2024-02"]),
    # «منه»: a day of the month named before it in the sentence; with none, nothing
    ("وأوضح أن التسجيل يبدأ في الأول من كانون الأول ويستمر حتى الخامس عشر منه.", "2024-11-14",
     ["2024-12-01", "2024-12-15"]),
    ("وتقام الدورة من 3 آذار 2025 حتى 20 منه.", "2024-11-14", ["2025-03-03", "2025-03-20"]),
    ("ويستمر العرض حتى العاشر منه.", "2024-11-14", []),
    ("وشارك الوفد في الاجتماع الأول منه.", "2024-11-14", []),
])
def test_round14_values(text: str, anchor: str, want: list[str]) -> None:
    assert [v for _, v in spans(text, anchor) if v] == want


@pytest.mark.parametrize("text", [
    "وفي 2019 أطلقت الوزارة برنامجاً جديداً للتدريب.",
    # an accusative «مركزا» is the verb's object, not a count (after 100 a counted noun is genitive)
    "وافتتحت الوزارة في 2019 مركزا جديدا.",
    # a feminine noun shows no case: it may be the object too
    "وافتتحت الوزارة في 2019 مدرسة جديدة.",
])
def test_year_before_a_plain_noun_stays_a_year(text: str) -> None:
    """Only a genitive counted noun ends a year: «في 2019 أطلقت», «في 2019 مركزا جديدا» keep it."""
    assert [v for _, v in spans(text, "2024-11-14") if v] == ["2019"]


# -- 2. publication -----------------------------------------------------------------------------------------

def test_published_line_below_the_story_is_an_upper_bound() -> None:
    """pf10-10: «نشرت في : <render day>» under the story bounded it from below (a «told past») and excluded the truth."""
    text = ("فرانس 24\nبيروت (أ ف ب) - التقى الرئيس اللبناني جوزاف عون السبت رئيس الحكومة نواف سلام في قصر بعبدا، "
            "وبحثا خطة الحكومة لحصر السلاح بيد الدولة.\nوكانت الحكومة قد كلفت الجيش الخميس إعداد خطة تطبيقية قبل "
            "نهاية الشهر الجاري.\nنشرت في : الإثنين 23 نوفمبر 2026")
    p = date_text(text).published
    assert contains(p, "2025-08-09")
    assert p.latest == "2026-11-23" and p.value is None


def test_published_line_above_the_story_is_still_the_dateline() -> None:
    """«نُشر في: 2021-03-04» heading the page keeps committing the day (pf6-11)."""
    text = ("نُشر في: 2021-03-04 | آخر تحديث: 2021-03-06\nبغداد - وصل البابا فرنسيس إلى العاصمة العراقية اليوم "
            "الخميس في أول زيارة بابوية للعراق، واستقبله في المطار رئيس الوزراء وعدد من المسؤولين.")
    assert date_text(text).published.value == "2021-03-04"


def test_spa_dateline_title_closed_by_the_agency() -> None:
    """pf10-11: the cleaner takes the SPA dateline line for the title; «م واس» after its day keeps it a dateline."""
    text = ("واس\nالرياض 20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024 م واس\nأدى جموع المصلين صلاة الاستسقاء "
            "اليوم في جوامع ومساجد المملكة، اقتداءً بسنة النبي صلى الله عليه وسلم.\nالإثنين 23 نوفمبر 2026")
    assert date_text(text).published.value == "2024-11-22"


def test_spa_dateline_line_in_the_body_closed_by_the_agency() -> None:
    """The same dateline under a headline, on a line of its own ending on «واس»: the dateline, not nothing."""
    body = ("الرياض 20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024 م واس\nأدى جموع المصلين صلاة الاستسقاء اليوم "
            "في جوامع ومساجد المملكة، اقتداءً بسنة النبي صلى الله عليه وسلم.")
    p = infer_published(Document(id="t", url="", source="", title="صلاة الاستسقاء في جوامع المملكة", body=body))
    assert p.value == "2024-11-22"


def test_line_end_words_after_a_date_need_a_place_first() -> None:
    """A headline ending on a date and a short word is no dateline: its first word is no place."""
    body = ("افتتاح المعرض 22 نوفمبر 2024 غدا\nيفتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة مئات "
            "دور النشر العربية والأجنبية.")
    p = infer_published(Document(id="t", url="", source="", title="", body=body))
    assert p.value != "2024-11-22"
