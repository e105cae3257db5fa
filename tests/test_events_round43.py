"""Round 43: a daily mix of Arab-world news — donor pledges in pounds, riyals and dinars made at a named forum,
missiles launched from a country, and convoys or posts «of» an armed group."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «تعهدت قطر بتقديم نحو 300 مليون ريال»: an amount form spelled in dollars also holds for other currencies, past
# «نحو/أكثر من» before the number (blind43-009, blind42-007).
def test_pledge_in_other_currencies() -> None:
    ev = _events("تعهدت قطر بتقديم نحو 300 مليون ريال لتمويل رواتب العاملين في القطاع العام السوري", "AID")[0]
    assert _codes(ev.source) == ["QAT"]
    assert _types("أعلنت الكويت تقديم أكثر من 20 مليون دينار لدعم مشاريع المياه في الأردن") == {"AID"}


# «تعهدت الدول المانحة في مؤتمر لندن بتقديم …»: the forum's city is the venue, the aided country comes later
# (blind42-007, seen again in blind43's donor rows).
def test_forum_city_is_no_recipient() -> None:
    text = "تعهدت الدول المانحة في مؤتمر لندن بتقديم أكثر من 800 مليون جنيه إسترليني لدعم الاستجابة الإنسانية في السودان"
    ev = _events(text, "AID")[0]
    assert _codes(ev.target) == ["SDN"]
    ev = _events("تعهد المانحون في مؤتمر بروكسل بتقديم 5.8 مليار يورو لدعم الاستجابة الإنسانية في اليمن", "AID")[0]
    assert _codes(ev.target) == ["YEM"]
    ev = _events("وصلت قافلة مساعدات إلى مدينة الفاشر في السودان", "AID")[0]
    assert _codes(ev.target) == ["SDN"]


# «اعتراض صاروخ أطلق من اليمن»: the country a missile came from is no army of its own; the launcher is unnamed
# (blind43-041).
def test_launch_origin_is_not_the_army() -> None:
    ev = _events("الجيش الإسرائيلي يعلن اعتراض صاروخ أطلق من اليمن وتفعيل صفارات الإنذار في تل أبيب", "ASSAULT")[0]
    assert _codes(ev.source) == ["YEM"]
    ev = _events("قصفت إسرائيل ميناء الحديدة غربي اليمن", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-MIL"]


# «دمر رتلاً لقوات الدعم السريع»: a «لـ» phrase after a unit or site noun is whose unit was hit (blind42-016,
# blind43-017's «مواقع» pattern).
def test_unit_of_group_is_target() -> None:
    text = "وقال المتحدث باسم الجيش السوداني إن الطيران الحربي دمر رتلا لقوات الدعم السريع كان يتجه نحو مدينة الأبيض"
    ev = _events(text, "ASSAULT")[0]
    assert _codes(ev.target) == ["RSF"]
    ev = _events("قصفت المدفعية التركية مقرا لحزب العمال الكردستاني قرب دهوك", "ASSAULT")[0]
    assert _codes(ev.target) == ["PKK"]


# «حذر … من أن طهران ستنسحب من معاهدة عدم الانتشار»: a warning of withdrawing from a treaty threatens
# (blind43-022, as blind16-114's «قد تنسحب»).
def test_warned_treaty_withdrawal_threatens() -> None:
    text = "حذر وزير الخارجية الإيراني عباس عراقجي من أن طهران ستنسحب من معاهدة عدم الانتشار النووي إذا أعيد فرض العقوبات"
    ev = _events(text, "THREATEN")[0]
    assert _codes(ev.source) == ["IRN-GOV"]
    assert not _events("حذر صندوق النقد الدولي من أن النمو الاقتصادي سيتباطأ العام المقبل", "THREATEN")
