"""Round 78: Egypt 2013–2025 — arms shipments sent to an ally, a state's backing for another's unity, a «red line»
warning, and a central bank letting its currency float that is no accord."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أرسلت مصر شحنة أسلحة … إلى الصومال»: sending an arms shipment to a state is military aid (blind78-046).
def test_sent_arms_shipment_is_aid() -> None:
    ev = _events("أرسلت مصر شحنة أسلحة ومعدات عسكرية إلى الصومال في إطار اتفاقية الدفاع المشترك", "AID")[0]
    assert _codes(ev.source) == ["EGY"]
    assert "SOM" in _codes(ev.target)
    assert _events("أرسلت روسيا شحنة من الأسلحة إلى جمهورية أفريقيا الوسطى", "AID")
    assert "AID" not in _types("ضبطت قوات خفر السواحل شحنة أسلحة مهربة قبالة السواحل")


# «دعم مصر لوحدة السودان»: a named state's backing for another's unity or sovereignty is endorsement
# (blind78-042).
def test_backing_for_unity_is_support() -> None:
    ev = _events("أكد وزير الخارجية بدر عبد العاطي في اتصال مع نظيره السوداني دعم مصر لوحدة السودان وسلامة أراضيه",
                 "SUPPORT")[0]
    assert _codes(ev.source) == ["EGY"]
    assert _codes(ev.target) == ["SDN"]
    assert _events("جدد العاهل الأردني دعم الأردن لسيادة لبنان", "SUPPORT")
    assert not _types("تحتاج المنطقة إلى دعم دولي لاستقرار الأسواق")


# «حذرت القاهرة من أن أي تهجير … يمثل خطا أحمر»: declaring a red line is a warning with teeth (blind78-018).
def test_red_line_warning_is_threat() -> None:
    ev = _events("حذرت القاهرة من أن أي تهجير قسري للفلسطينيين إلى سيناء يمثل خطا أحمر وتهديدا مباشرا للأمن القومي "
                 "المصري", "THREATEN")[0]
    assert _codes(ev.source) == ["EGY"]
    assert _events("حذر الرئيس المصري من أن خط سرت الجفرة خط أحمر", "THREATEN")


# «يسمح بتحرير سعر الصرف», «سمحت مصر بتعويم الجنيه»: letting a currency or price move is policy, not an accord
# (blind78-021).
def test_allowing_a_float_is_no_agreement() -> None:
    assert not _types("البنك المركزي المصري يرفع أسعار الفائدة 600 نقطة أساس ويسمح بتحرير سعر الصرف")
    assert not _types("سمحت مصر بتعويم الجنيه أمام الدولار")
    assert _events("سمحت إسرائيل لوفد من حماس بالسفر إلى القاهرة", "AGREE")
