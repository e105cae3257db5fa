"""Round 83 (world desk 2022–2025): a missile test that falls into the sea, live-fire drills, a coup that
ousts a president, and arms pledged in the future tense by a speaker's «أنها ستزود»."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# blind83-032: a missile that «سقط في المياه/البحر» hit no one: a show of force (MOBILIZE), not an attack,
# and the sea or the country near it is no target.
def test_missile_into_sea_is_mobilize() -> None:
    ev = _events("أطلقت كوريا الشمالية صاروخا باليستيا عابرا للقارات سقط في المياه قرب اليابان", "MOBILIZE")[0]
    assert _codes(ev.source) == ["PRK-MIL"]
    assert _codes(ev.target) == []
    assert "ASSAULT" not in _types("أطلقت بيونغ يانغ صاروخين باليستيين سقطا في البحر قبالة سواحلها الشرقية")
    assert "MOBILIZE" in _types("أجرت كوريا الشمالية تجربة صاروخية جديدة تحت إشراف كيم جونغ أون")
    assert "ASSAULT" in _types("أطلقت إيران صواريخ باليستية على قاعدة العديد في قطر")


# blind83-013: «مناورات بالذخيرة الحية» are drills like «مناورات عسكرية».
def test_live_fire_drills_are_mobilize() -> None:
    ev = _events("أجرى الجيش الصيني مناورات بالذخيرة الحية في مضيق تايوان", "MOBILIZE")[0]
    assert _codes(ev.source) == ["CHN-MIL"]
    assert "MOBILIZE" in _types("نفذت القوات الروسية مناورات بالذخيرة الحية قرب الحدود مع فنلندا")


# blind83-026: soldiers who «أطاحوا بالرئيس» seize him: a coup is COERCE against the government.
def test_coup_ousting_president_is_coerce() -> None:
    ev = _events("أطاح عسكريون في النيجر بالرئيس محمد بازوم واحتجزوه في القصر الرئاسي", "COERCE")[0]
    assert _codes(ev.source) == ["NER-MIL"]
    assert "COERCE" in _types("أطاح الجيش في بوركينا فاسو بالحكومة الانتقالية")
    assert "COERCE" not in _types("أطاح الأهلي بالزمالك من كأس مصر")


# blind83-043: «أنها ستزود أوكرانيا بدبابات»: the speaker arms the state named after the (future) verb.
def test_future_arms_pledge_after_that_it() -> None:
    ev = _events("أعلنت ألمانيا أنها ستزود أوكرانيا بدبابات ليوبارد 2 بعد أسابيع من التردد", "AID")[0]
    assert _codes(ev.source) == ["DEU"]
    assert _codes(ev.target) == ["UKR"]
    ev = _events("قالت فرنسا إنها ستزود أوكرانيا بصواريخ بعيدة المدى", "AID")[0]
    assert _codes(ev.source) == ["FRA"]
