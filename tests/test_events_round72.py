"""Round 72: the Syria–Iraq border and eastern Syria, 2017–2024 — militias that «suspend their operations»
against US forces, forces that «reinforce their units» on the border, and leaders who call a foreign presence
an «occupation»."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أعلنت كتائب حزب الله تعليق عملياتها ضد القوات الأمريكية»: suspending one's operations is a de-escalation
# (RETREAT), not a military operation (blind72-041, blind54-014).
def test_suspend_operations() -> None:
    assert "FIGHT" not in _types("أعلنت كتائب حزب الله تعليق عملياتها العسكرية ضد القوات الأمريكية في العراق")
    ev = _events("علقت الفصائل العراقية المسلحة هجماتها على القواعد الأمريكية بعد ضغوط من الحكومة", "RETREAT")[0]
    assert _codes(ev.target) in (["USA"], ["USA-MIL"])
    assert not _types("علقت شركة طيران الإمارات رحلاتها إلى بيروت حتى نهاية الشهر")


# «الحشد الشعبي يعزز قطعاته على الشريط الحدودي»: reinforcing one's units or forces is a mobilisation
# (blind72-002).
def test_reinforce_units() -> None:
    ev = _events("الحشد الشعبي يعزز قطعاته على الشريط الحدودي مع سوريا قرب القائم", "MOBILIZE")[0]
    assert _codes(ev.source) == ["PMF"]
    ev = _events("عزز الجيش التركي قواته على الحدود مع سوريا بعشرات الآليات", "MOBILIZE")[0]
    assert _codes(ev.source) == ["TUR-MIL"]


# «وصف الأسد الوجود الأمريكي في التنف بأنه احتلال»: calling a presence an occupation is disapproval of the
# occupier (blind72-044).
def test_call_occupation() -> None:
    ev = _events("وصفت دمشق الوجود التركي في شمال سوريا بأنه احتلال", "DISAPPROVE")[0]
    assert _codes(ev.source) in (["SYR"], ["SYR-GOV"]) and _codes(ev.target) == ["TUR"]
    assert _events("وصف الرئيس السوري بشار الأسد الوجود الأمريكي في التنف بأنه احتلال غير شرعي", "DISAPPROVE")
    assert not _types("وصف الناقد الرياضي أداء المنتخب بأنه مخيب للآمال")
