"""Round 74: the West Bank, Jordan and Sinai, 2014–2025 — renewed administrative detention orders, air-dropped
aid, permission for displaced residents to return, and statements that call a decision «a declaration of war»."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «جددت سلطات الاحتلال الاعتقال الإداري للأسير …»: renewing or issuing detention orders is an arrest by the
# authority that issues them, not by whoever the location suggests (blind74-006).
def test_renew_administrative_detention() -> None:
    ev = _events("جددت سلطات الاحتلال الاعتقال الإداري للأسير خليل العواودة لمدة أربعة أشهر إضافية", "COERCE")[0]
    assert _codes(ev.source) in (["ISR-GOV"], ["ISR"])
    ev = _events("أصدرت سلطات الاحتلال أوامر اعتقال إداري بحق 30 أسيرا من الضفة الغربية", "COERCE")[0]
    assert _codes(ev.source) in (["ISR-GOV"], ["ISR"])
    assert not _types("جددت الشركة عقد المدرب لموسمين إضافيين")


# «نفذت القوات المسلحة الأردنية إنزالا جويا لمساعدات طبية»: an air-drop of aid is AID (blind74-034).
def test_airdrop_of_aid() -> None:
    ev = _events("نفذت القوات المسلحة الأردنية إنزالا جويا لمساعدات طبية على مستشفى ميداني في خان يونس", "AID")[0]
    assert _codes(ev.source) in (["JOR-MIL"], ["JOR"])
    assert "AID" not in _types("نفذت القوات الأمريكية إنزالا جويا قتلت خلاله قياديا في تنظيم داعش شمال سوريا")


# «سمحت السلطات المصرية لأهالي … بالعودة إلى منازلهم»: letting displaced people return is a concession, like
# letting aid enter (blind74-027).
def test_allow_return() -> None:
    ev = _events("سمحت السلطات المصرية لأهالي قرى جنوب رفح بالعودة إلى منازلهم بعد انتهاء العمليات العسكرية",
                 "CONCEDE")[0]
    assert _codes(ev.source) in (["EGY-GOV"], ["EGY"])


# «وصف … القرار بأنه إعلان حرب على الشعب الفلسطيني»: calling an act a declaration of war or a war crime is
# disapproval (blind74-039).
def test_call_declaration_of_war() -> None:
    ev = _events("وصف رئيس الوزراء الفلسطيني قرار الحكومة الإسرائيلية بشرعنة البؤر الاستيطانية بأنه إعلان حرب",
                 "DISAPPROVE")[0]
    assert _codes(ev.source) == ["PSE-GOV"]
    assert _events("وصفت الخارجية الأردنية قصف المدارس في غزة بأنه جريمة حرب", "DISAPPROVE")
    assert not _types("وصف الناقد الرياضي المباراة بأنها جريمة بحق كرة القدم")
