"""Round 46: Iran, Turkey, Russia, China and the great powers — suspended cooperation and intelligence sharing,
ships seized «استولت على سفينة», suspects held for belonging «لتنظيم …», the topic of
talks «لبحث …», uncommented reports, and the charge behind a sanction («عقوبات على شبكة تتهمها بـ»)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «علقت الولايات المتحدة تبادل المعلومات الاستخباراتية مع أوكرانيا», «علقت إيران التعاون مع مفتشي الوكالة»:
# suspending intelligence sharing or cooperation «مع» a party sanctions it (blind46-040, -049).
def test_suspended_cooperation() -> None:
    ev = _events("علقت الولايات المتحدة تبادل المعلومات الاستخباراتية مع أوكرانيا للضغط على كييف", "SANCTION")[0]
    assert _codes(ev.source)[0].startswith("USA")
    assert _codes(ev.target)[0].startswith("UKR")
    text = "علقت إيران التعاون مع مفتشي الوكالة الدولية للطاقة الذرية في منشآتها النووية"
    assert _types(text) == {"SANCTION"}
    assert _codes(_events(text, "SANCTION")[0].target) == ["IAEA"]
    assert "SANCTION" not in _types("استأنفت تركيا والعراق التعاون الأمني بعد توقف دام عامين")


# «استولت قوات خاصة تابعة للحرس الثوري على سفينة حاويات مرتبطة بإسرائيل»: a ship seized «على» names the body
# it is linked to (blind46-029).
def test_seized_ship_on() -> None:
    ev = _events("استولت قوات خاصة تابعة للحرس الثوري على سفينة حاويات مرتبطة بإسرائيل في مضيق هرمز", "COERCE")[0]
    assert _codes(ev.source) == ["IRGC"]
    assert _codes(ev.target) == ["ISR"]


# «اعتقلت الشرطة التركية 30 شخصا يشتبه في انتمائهم لتنظيم الدولة الإسلامية»: suspects held for belonging «لـ»
# a group stand for it, as with «إلى» (blind46-023).
def test_suspects_belonging_lam() -> None:
    ev = _events("اعتقلت الشرطة التركية 30 شخصا يشتبه في انتمائهم لتنظيم الدولة الإسلامية في إسطنبول", "COERCE")[0]
    assert _codes(ev.source) == ["TUR-COP"]
    assert _codes(ev.target) == ["ISIS"]


# «اجتمع ممثلو إيران وفرنسا وبريطانيا وألمانيا لبحث … آلية إعادة فرض العقوبات»: what a meeting is held «لبحث»
# is its topic, not an event (blind46-046); a sanction in its own clause stays.
def test_talks_topic() -> None:
    text = "اجتمع ممثلو إيران وفرنسا وبريطانيا وألمانيا في إسطنبول لبحث الملف النووي وآلية إعادة فرض العقوبات"
    assert _types(text) == {"CONSULT"}
    assert _types("التقى وزيرا خارجية مصر والسعودية في القاهرة لمناقشة الحصار المفروض على قطاع غزة") == {"CONSULT"}
    assert "SANCTION" in _types("التقى الوزيران في بروكسل، وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا")


# «لم يصدر أي تعليق رسمي من أنقرة على التقارير التي تحدثت عن توغل بري تركي»: what uncommented reports tell of
# is not reported as fact (blind46-033).
def test_uncommented_reports() -> None:
    assert not _types("لم يصدر أي تعليق رسمي من أنقرة على التقارير التي تحدثت عن توغل بري تركي جديد في دهوك")
    assert not _types("ولم تعلق موسكو على الأنباء التي تحدثت عن غارة أوكرانية على مطار عسكري في القرم")
    assert "ASSAULT" in _types("قصفت طائرات مسيرة تركية مواقع لقوات سوريا الديمقراطية قرب سد تشرين")


# «فرضت وزارة الخزانة الأمريكية عقوبات على شبكة تتهمها بتهريب النفط الإيراني»: the accusing verb on the
# sanctioned object is the measure's reason, not a second event (blind46-007).
def test_charge_behind_sanction() -> None:
    text = "فرضت وزارة الخزانة الأمريكية عقوبات جديدة على شبكة من الشركات تتهمها بتهريب النفط الإيراني إلى الصين"
    assert _types(text) == {"SANCTION"}
    assert _types("اتهمت إيران إسرائيل بالوقوف وراء اغتيال عالم نووي قرب طهران") == {"DISAPPROVE"}
