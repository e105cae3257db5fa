"""Round 82: the largest classes among the misses of blind59..80 — dual drones and an interceptor standing «في قاعدة
…», a pursuit of an armed group's cells as fighting, and the office a dismissal names after a body subject."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أسقطت الدفاعات طائرتين مسيرتين»: the dual of the drone is an attack like its singular and plural; a short place
# phrase after the interceptor («في قاعدة حميميم») leaves it the verb's subject, so it is the one attacked.
def test_dual_drones_and_placed_interceptor() -> None:
    ev = _events("اعترضت الدفاعات الجوية السعودية طائرتين مسيرتين أطلقهما الحوثيون باتجاه مدينة جازان",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"]
    assert _codes(ev.target) == ["SAU-MIL"]
    ev = _events("أسقطت الدفاعات الجوية في مطار أربيل طائرتين مسيرتين مفخختين قبل وصولهما إلى أهدافهما", "ASSAULT")[0]
    assert _codes(ev.source) == []
    assert _codes(ev.target) == ["IRQ-MIL"]
    assert "ASSAULT" not in _types("شارك فريق الجامعة بطائرتين مسيرتين في مسابقة للابتكار العلمي في دبي")


# «عملية لملاحقة خلايا داعش», «المشاركة في ملاحقة عناصر التنظيم»: pursuing an armed group's members is fighting
# it (the group is the target); pursuing a gang's members or journalists is no fight.
def test_pursuit_of_armed_group() -> None:
    ev = _events("بدأ الجيش العراقي حملة واسعة لتعقب فلول تنظيم داعش في صحراء الأنبار", "FIGHT")[0]
    assert _codes(ev.source) == ["IRQ-MIL"]
    assert _codes(ev.target) == ["ISIS"]
    ev = _events("أعلن الجيش المصري مشاركته في ملاحقة عناصر داعش جنوب مدينة رفح", "FIGHT")[0]
    assert _codes(ev.target) == ["ISIS"]
    assert "FIGHT" not in _types("تواصل الشرطة ملاحقة عناصر عصابة سرقة السيارات في الجيزة")
    assert "FIGHT" not in _types("طالبت نقابة الصحفيين بوقف ملاحقة الصحفيين بسبب آرائهم")


# «أقال المجلس الرئاسي محافظ المصرف المركزي الصديق الكبير»: the office after a body subject is the one dismissed,
# not a name apposed to the body; a greeting's apposed name stays the subject's own.
def test_dismissed_office_after_body_subject() -> None:
    ev = _events("أقالت الحكومة العراقية قائد شرطة محافظة البصرة اللواء عباس ناجي", "COERCE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"]
    assert _codes(ev.target) == ["IRQ-COP"]
    ev = _events("أقال المجلس الرئاسي الليبي محافظ المصرف المركزي في طرابلس", "COERCE")[0]
    assert _codes(ev.target) == ["LBY-GOV"]
    ev = _events("هنأ أمير الكويت الشيخ مشعل الأحمد الرئيس الإيراني بفوزه في الانتخابات", "CONSULT")[0]
    assert _codes(ev.target) == ["IRN-GOV"]
