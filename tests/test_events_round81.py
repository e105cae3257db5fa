"""Round 81 (Sudan and the Horn of Africa): house arrest, arms sent to a state, a town retaken «من مقاتلي …»,
a law or decree signed (no accord), a cancelled memorandum, and national security councils that are no UN body."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# blind81-036: «وضعت السلطات X قيد الإقامة الجبرية» confines a person: an arrest.
def test_house_arrest_is_coerce() -> None:
    ev = _events("وضعت سلطات جنوب السودان النائب الأول للرئيس رياك مشار قيد الإقامة الجبرية", "COERCE")[0]
    assert _codes(ev.source) == ["SSD-GOV"]
    assert "COERCE" in _types("وضع الجيش الغيني الرئيس ألفا كوندي تحت الإقامة الجبرية بعد الانقلاب")


# blind81-042: «أرسلت مصر أسلحة … إلى الصومال» supplies the receiving state, like «سلمت شحنة أسلحة».
def test_send_arms_is_aid() -> None:
    ev = _events("أرسلت مصر أسلحة ومعدات عسكرية إلى الصومال في أول شحنة منذ عقود", "AID")[0]
    assert _codes(ev.source) == ["EGY"]
    assert _codes(ev.target) == ["SOM"]
    assert "AID" in _types("أرسلت الولايات المتحدة شحنة أسلحة إلى أوكرانيا تضم صواريخ مضادة للدبابات")


# blind81-039: a town taken back «من مقاتلي حركة الشباب» is a fight with them.
def test_retake_town_from_fighters() -> None:
    ev = _events("استعاد الجيش الصومالي بلدة مهاس من مقاتلي حركة الشباب بعد معارك استمرت يومين", "FIGHT")[0]
    assert _codes(ev.source) == ["SOM-MIL"]
    assert _codes(ev.target) == ["SHABAAB"]
    assert "FIGHT" not in _types("استعادت الحكومة أموالا منهوبة من مسؤولين سابقين")


# blind81-041: signing a law or decree is no agreement, and a memorandum being cancelled is none either.
def test_signing_a_law_is_no_agreement() -> None:
    assert "AGREE" not in _types("وقع الرئيس الصومالي حسن شيخ محمود قانونا يلغي مذكرة التفاهم بين إثيوبيا "
                                 "وأرض الصومال")
    assert "AGREE" not in _types("وقع الرئيس الأمريكي قانونا يفرض عقوبات جديدة على روسيا")
    assert "AGREE" in _types("وقعت مصر والسودان مذكرة تفاهم للتعاون في مجال الطاقة")


# blind81-020: «مجلس الأمن والدفاع السوداني» is the country's own council, not the UN Security Council.
def test_national_security_council_is_government() -> None:
    ev = _events("قطع مجلس الأمن والدفاع السوداني العلاقات الدبلوماسية مع الإمارات", "SANCTION")[0]
    assert _codes(ev.source) == ["SDN-GOV"]
    ev = _events("طالب مجلس الأمن الدولي قوات الدعم السريع برفع الحصار عن مدينة الفاشر", "DEMAND")[0]
    assert _codes(ev.source) == ["UN"]


# «المخابرات العسكرية المصرية» is the military's service (MIL), not the police.
def test_military_intelligence_is_military() -> None:
    ev = _events("اعتقلت الاستخبارات العسكرية السودانية صحفيين في مدينة كسلا", "COERCE")[0]
    assert _codes(ev.source) == ["SDN-MIL"]
