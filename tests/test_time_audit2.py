"""Rules fixed by the wrong-interval audit on SaudiNewsNet (intervals that excluded the URL/ID gold).

Each test is an article written for it, showing the pattern class: a yearless weekday date told in the
past that precedes the hard lower bound, a festival «بعيد الفطر» held after the feast itself, the
formal «هذا اليوم» of a quoted statement, and a date agreed on for later («اتفقوا على … يوم …»).
"""

from __future__ import annotations

from marsad.analyze.time import infer_published
from marsad.analyze.time.grammar import past_told
from marsad.analyze.time.lexicon import get_lexicon
from marsad.model import Document, Published


def pub(body: str, title: str = "") -> Published:
    return infer_published(Document(id="t", body=body, title=title))


def contains(p: Published, day: str) -> bool:
    return (p.earliest is None or p.earliest <= day) and (p.latest is None or day <= p.latest)


def test_told_weekday_date_may_precede_the_hard_lower_bound() -> None:
    # a review of King Salman's first hundred days (early May 2015): 29 January is a Thursday in 2015 and
    # in 2026; «عاصفة الحزم» (March 2015) bounds publication, not the day told, so 2015 stays possible
    p = pub("تمر هذه الأيام مئة يوم على تولي خادم الحرمين الشريفين الملك سلمان بن عبد العزيز الحكم. وكان الملك "
            "قد أصدر يوم الخميس 29 يناير حزمة من الأوامر الملكية أعاد بها تشكيل مجلس الوزراء، ثم قاد التحالف "
            "العربي عملية عاصفة الحزم دعماً للشرعية في اليمن.")
    assert contains(p, "2015-05-02")
    assert p.earliest is None or p.earliest < "2016-01-01"


def test_festival_for_the_feast_may_follow_it_by_days() -> None:
    # Eid al-Adha 2023 fell on Wednesday 28 June; a community festival held the next Sunday, reported on Monday
    p = pub("احتفلت الجالية المسلمة في مدينة برمنغهام البريطانية أمس الأحد بعيد الأضحى في مهرجان أقيم في "
            "حديقة سمول هيث، بمشاركة آلاف الأسر، وهو المهرجان الذي تنظمه البلدية كل عام منذ 2015.")
    assert contains(p, "2023-07-03")
    assert p.value is None
    assert any("celebrates" in e for e in p.evidence)


def test_feast_day_stated_outright_still_pins_the_weekday() -> None:
    # «اليوم … بأول أيام عيد الفطر» names the feast's day itself: still read as the page's day
    p = pub("يحتفل المسلمون في مصر اليوم الجمعة بأول أيام عيد الفطر المبارك، وأدى الملايين صلاة العيد في الساحات.")
    assert any("is «" in e and "published on its day" in e for e in p.evidence)


def test_feast_announced_for_tomorrow_is_its_day() -> None:
    # Eid al-Adha 2025 fell on Friday 6 June: «غداً الجمعة بعيد الأضحى» is the eve, not a later festival
    p = pub("يحتفل المسلمون في الأردن غداً الجمعة بعيد الأضحى المبارك، بعد أن أعلنت دائرة الإفتاء العام أن "
            "الخميس هو يوم عرفة.")
    assert any("is «" in e and "the day before it" in e for e in p.evidence)
    assert not any("celebrates" in e for e in p.evidence)


def test_this_day_of_a_quoted_statement_is_not_the_publication_day() -> None:
    # a print issue of Sunday 6 August 2023 carries an order issued «this day», Saturday; the reporter's own
    # «أمس السبت» puts the page on Sunday
    p = pub("أصدر الديوان الأميري أمس السبت أمراً جاء فيه: «نظراً لسفرنا إلى خارج البلاد اعتباراً من هذا اليوم "
            "السبت 19 محرم 1445هـ الموافق 5 أغسطس 2023م، فقد أنبنا ولي العهد في ممارسة صلاحياتنا».")
    assert contains(p, "2023-08-06")
    assert p.value != "2023-08-05"


def test_this_day_alone_bounds_publication_to_the_days_after() -> None:
    p = pub("وجاء في نص الأمر: «اعتباراً من هذا اليوم السبت 19 محرم 1445هـ الموافق 5 أغسطس 2023م، يُكلف نائب "
            "رئيس مجلس الوزراء بتسيير أعمال الوزارة».")
    assert p.value is None
    assert p.earliest == "2023-08-05" and p.latest is not None and "2023-08-06" <= p.latest <= "2023-08-12"


def test_reporters_own_today_still_pins_the_day() -> None:
    p = pub("أعلنت وزارة الداخلية اليوم السبت 5 أغسطس 2023 ضبط شبكة لتهريب المخدرات في المنطقة الشرقية.")
    assert p.value == "2023-08-05"


def test_a_date_agreed_on_for_later_is_not_told_in_the_past() -> None:
    lex = get_lexicon()
    planned = ("كشف الوزير أن اجتماع القاهرة انتهى إلى خارطة طريق، متضمنة الاتفاق على تسلم العروض الفنية من "
               "المكتب الاستشاري يوم 15 سبتمبر 2024، على أن تجتمع اللجنة مجدداً في أديس أبابا.")
    assert not past_told(planned, planned.index("يوم 15"), lex)
    p = pub(planned)
    assert p.earliest is None or p.earliest < "2024-09-15"
    done = "وقع البلدان اتفاق التجارة الحرة في 12 مايو 2021 بعد مفاوضات استمرت ثلاث سنوات."
    assert past_told(done, done.index("12 مايو"), lex)
