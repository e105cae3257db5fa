"""Round 73: known misses — a given name that is also a capital, a crowd before a place phrase, a border
neighbour in a place phrase, a «general authority of …» as the subject, a coup «against legitimacy», and an
organisation's name inside a suspended-cooperation pattern."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types


# «الصحفي رياض قبيسي»: a bare «رياض» is a given name; only «الرياض» is the Saudi capital.
def test_bare_riyadh_is_a_name() -> None:
    ev = _events("انتقد الصحفي رياض قبيسي أداء الحكومة اللبنانية في ملف النفايات", "DISAPPROVE")
    assert ev and "SAU" not in (_codes(ev[0].source)[0] or "")
    ev = _events("استقبل الرئيس اللبناني النائب رياض الصلح في قصر بعبدا", "CONSULT")
    assert ev and not any((c or "").startswith("SAU") for c in _codes(ev[0].source) + _codes(ev[0].target))
    ev = _events("وصل وزير الخارجية الأمريكي إلى الرياض في زيارة تستغرق يومين", "CONSULT")
    assert ev and _codes(ev[0].target) == ["SAU"]


# «نظم مئات المزارعين في ولاية سيدي بوزيد التونسية وقفة احتجاجية» (blind71-033): the crowd protests, the place
# phrase between it and the protest noun only says where.
def test_crowd_before_place_phrase_keeps_civilians() -> None:
    ev = _events("نظم مئات العمال في مدينة صفاقس التونسية وقفة احتجاجية للمطالبة بزيادة الأجور", "PROTEST")
    assert ev and _codes(ev[0].source) == ["TUN-CVL"]
    ev = _events("نفذ عشرات الأطباء في محافظة البصرة العراقية اعتصاما أمام مبنى دائرة الصحة", "PROTEST")
    assert ev and _codes(ev[0].source) == ["IRQ-CVL"]
    ev = _events("نظمت نقابة الصحفيين في العاصمة التونسية وقفة احتجاجية تضامنا مع زملائهم", "PROTEST")
    assert ev and _codes(ev[0].source) == ["TUN-MED"]


# «في منفذ زرباطية الحدودي مع إيران» (blind71-045): a border place phrase names no party; a crossing the
# event acts on directly keeps its neighbour.
def test_border_neighbour_in_place_phrase() -> None:
    ev = _events("أعلنت هيئة الحشد الشعبي نشر ألوية إضافية على الشريط الحدودي مع سوريا", "MOBILIZE")
    assert ev and _codes(ev[0].target) == []
    ev = _events("اعتقلت السلطات الأردنية ثلاثة مهربين في منطقة الرويشد الحدودية مع العراق", "COERCE")
    assert ev and "IRQ" not in _codes(ev[0].target)
    ev = _events("أعادت السلطات الليبية فتح معبر رأس جدير الحدودي مع تونس بعد إغلاق دام أسابيع", "CONCEDE")
    assert ev and _codes(ev[0].target) == ["TUN"]


# «ضبطت الهيئة العامة للجمارك العراقية شحنة» (blind71-045, blind18-069): the authority «العامة لـ» a service is the
# subject, not the target of the seizure.
def test_general_authority_subject() -> None:
    ev = _events("ضبطت الإدارة العامة للجمارك السعودية كميات كبيرة من المخدرات في ميناء جدة", "COERCE")
    assert ev and _codes(ev[0].source) == ["SAU-COP"] and "SAU-COP" not in _codes(ev[0].target)
    ev = _events("فككت المديرية العامة للأمن الوطني المغربية خلية إرهابية في مدينة طنجة", "COERCE")
    assert ev and _codes(ev[0].source)[:1] == ["MAR-COP"]


# «انقلاب على الشرعية» (blind69-030): a coup on the constitutional order of any country, not Yemen's government;
# «الشرعية» as a subject still is.
def test_coup_on_legitimacy_is_no_party() -> None:
    ev = _events("رفضت جماعة الإخوان المسلمين خارطة الطريق التي أعلنها الجيش ووصفتها بأنها انقلاب على الشرعية",
                 "REJECT")
    assert ev and not any((c or "").startswith("YEM") for c in _codes(ev[0].target))
    ev = _events("اتهمت الشرعية جماعة الحوثي بعرقلة تنفيذ اتفاق ستوكهولم", "DISAPPROVE")
    assert ev and _codes(ev[0].source) == ["YEM-GOV"]


# «علقت * التعاون» must not end inside an organisation's name («دول مجلس التعاون الخليجي»); a suspended
# cooperation stays a SANCTION.
def test_suspend_cooperation_not_inside_names() -> None:
    assert "SANCTION" not in event_types("علقت دول مجلس التعاون الخليجي اجتماعاتها الدورية بسبب الجائحة")
    ev = _events("علقت تركيا التعاون الأمني مع السويد بسبب حرق المصحف", "SANCTION")
    assert ev and _codes(ev[0].source) == ["TUR"] and _codes(ev[0].target) == ["SWE"]
