"""Round 20 (blind set «blind20»: energy diplomacy, migration and borders, Kurdish affairs, Afghanistan, the
Horn of Africa): «أنقذ» a rescue is aid, «اعترض … مهاجراً» stops migrants (COERCE), the verbal noun
«إحباط محاولة تسلل» after «أعلن» is the announcer's coercion of those crossing, and the UN refugee agency's
long names and Giorgia Meloni are actors."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أنقذ خفر السواحل … مهاجراً»: a rescue is AID by the rescuer; a goalkeeper's save is sport.
def test_rescue_is_aid() -> None:
    ev = _events("أنقذ خفر السواحل الإيطالي أكثر من 400 مهاجر قبالة جزيرة لامبيدوزا بعد تعطل قاربهم", "AID")[0]
    assert _codes(ev.source) == ["ITA-MIL"], ev.source
    assert _types("أنقذ الحارس مرماه من هدف محقق في الدقيقة الأخيرة من المباراة") == set()


# «أعلن الجيش اللبناني إحباط محاولة تسلل عشرات السوريين»: the announcer foiled it; those crossing are the target;
# a foiled smuggling under «أعلن» is the announcing state's COERCE too (blind2-031).
def test_foiled_crossing_noun() -> None:
    ev = _events("أعلن الجيش اللبناني إحباط محاولة تسلل عشرات السوريين عبر الحدود بطريقة غير شرعية", "COERCE")[0]
    assert _codes(ev.source) == ["LBN-MIL"], ev.source
    assert _codes(ev.target) == ["SYR-CVL"], ev.target
    ev = _events("أعلنت السلطات الأردنية إحباط محاولة تهريب كميات من المخدرات عبر الحدود مع سوريا", "COERCE")[0]
    assert _codes(ev.source) == ["JOR-GOV"], ev.source
    ev = _events("أحبطت البحرية التونسية محاولة هجرة غير نظامية قبالة سواحل المهدية", "COERCE")[0]
    assert _codes(ev.source) == ["TUN-MIL"], ev.source


# «المفوضية الأممية لشؤون اللاجئين»: the UNHCR under its agency-copy name.
def test_unhcr_long_name() -> None:
    ev = _events("دعت المفوضية الأممية لشؤون اللاجئين الدول الأوروبية إلى تقاسم مسؤولية استقبال المهاجرين",
                 "DEMAND")[0]
    assert _codes(ev.source) == ["UNHCR"], ev.source


# «جورجيا ميلوني»: the Italian prime minister, not Georgia; the visited country is the target.
def test_meloni_is_not_georgia() -> None:
    ev = _events("زار رئيس الوزراء الإيطالي جورجيا ميلوني الجزائر لبحث زيادة إمدادات الغاز", "CONSULT")[0]
    assert _codes(ev.source) == ["ITA-GOV"], ev.source
    assert _codes(ev.target) == ["DZA"], ev.target


# «اعترض خفر السواحل التونسي 35 مهاجراً»: stopping migrants at sea is COERCE; an intercepted missile is not.
def test_intercepted_migrants() -> None:
    ev = _events("اعترض خفر السواحل التونسي 35 مهاجرا أثناء محاولتهم الإبحار انطلاقا من صفاقس", "COERCE")[0]
    assert _codes(ev.source) == ["TUN-MIL"], ev.source
    assert "COERCE" in _types("اعترضت البحرية الليبية قاربا يقل 120 مهاجرا قبالة سواحل الزاوية")
    assert "COERCE" not in _types("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان")

