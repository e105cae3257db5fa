"""Round 76: Libya 2014–2025 — prosecutors ordering detention, dissolving armed bodies, notables threatening to shut
oil fields, «الهلال النفطي» not read as a football club, front lines that are not fighting, and a second act
joined to a call's «إلى» complement."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أمر النائب العام … بحبس ثمانية مسؤولين احتياطيا»: a masculine «أمر … بحبس» is a detention order like
# «أمرت … بحبس» (blind76-010).
def test_masculine_order_to_detain() -> None:
    ev = _events("أمر النائب العام الليبي الصديق الصور بحبس ثمانية مسؤولين احتياطيا على ذمة التحقيق في انهيار سدي درنة",
                 "COERCE")[0]
    assert _codes(ev.source) == ["LBY-JUD"]
    assert _events("أمر قاضي التحقيق في تونس بحبس الناشط السياسي جوهر بن مبارك", "COERCE")


# «قرارا بحل جهاز الردع»: dissolving a security body or militias by decree is coercion (blind76-015).
def test_dissolve_armed_body() -> None:
    ev = _events("أصدر رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة قرارا بحل جهاز الردع ودمج عناصره في وزارتي "
                 "الداخلية والدفاع", "COERCE")[0]
    assert _codes(ev.source) == ["LBY-GOV"]
    assert _events("قرر رئيس الوزراء العراقي حل جهاز مكافحة الإرهاب", "COERCE")
    assert not _types("لا يوجد حل جهاز واحد قادر على إنهاء الأزمة")


# «لوح أعيان وقبائل الجنوب الليبي بإغلاق حقل الشرارة»: tribal notables are civilians who can threaten or
# protest (blind76-042).
def test_notables_and_tribes_are_civilians() -> None:
    ev = _events("لوح أعيان وقبائل الجنوب الليبي بإغلاق حقل الشرارة النفطي إذا لم تستجب الحكومة لمطالبهم",
                 "THREATEN")[0]
    assert set(_codes(ev.source)) == {"LBY-CVL"}
    assert set(_codes(ev.target)) == {"LBY-GOV"}


# «في الهلال النفطي»: the oil crescent is a region, not the football club «الهلال» that blocks a protest as sport
# news (blind76-006).
def test_oil_crescent_is_not_a_club() -> None:
    assert _events("أغلق أعيان وقبائل في الهلال النفطي موانئ التصدير احتجاجا على طريقة توزيع عائدات النفط",
                   "PROTEST")
    assert not _types("احتج لاعبو الهلال على قرار الحكم في المباراة")


# «انسحب مقاتلو فاغنر من محاور القتال»: front lines name a place, not a fight (blind76-022).
def test_front_lines_are_no_fight() -> None:
    assert _types("انسحب مقاتلو فاغنر من محاور القتال جنوب طرابلس باتجاه قاعدة الجفرة الجوية") == {"RETREAT"}
    assert _events("تجدد القتال على محاور جنوب طرابلس بين قوات الوفاق وقوات حفتر", "FIGHT")


# «دعا … إلى احترام حظر الأسلحة وسحب المرتزقة»: a verbal noun joined to the call's complement is called for,
# not done (blind76-026); a past verb in «ـت» after «و» is still a clause of its own.
def test_coordinated_call_item() -> None:
    assert _types("دعا مجلس الأمن الدولي الأطراف الليبية إلى احترام حظر توريد الأسلحة وسحب جميع المرتزقة الأجانب "
                  "من البلاد") == {"DEMAND"}
    assert "RETREAT" not in _types("دعا مجلس الأمن الدولي الأطراف الليبية إلى وقف القتال وسحب المرتزقة الأجانب")
