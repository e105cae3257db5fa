"""Round 61: known misses from the Iraq round — a title with a sect adjective before a name, troops brought home,
and a convoy of soldiers that is no relief convoy."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «الزعيم الشيعي مقتدى الصدر»: a sect/ethnic adjective between a title and a name keeps one subject (blind60-009).
def test_title_sect_adjective_name() -> None:
    ev = _events("انتقد الزعيم الدرزي وليد جنبلاط حزب الله بشدة", "DISAPPROVE")[0]
    assert _codes(ev.source)[0].startswith("LBN") and _codes(ev.target)[0] == "HEZ"
    ev = _events("دعا رجل الدين الشيعي علي السيستاني العراقيين إلى المشاركة في الانتخابات", "DEMAND")[0]
    assert _codes(ev.source)[0] == "IRQ-REL"
    ev = _events("طالب الزعيم الشيعي مقتدى الصدر القوات الأمريكية بمغادرة العراق", "DEMAND")[0]
    assert _codes(ev.target)[0] == "USA-MIL"


# «أعادت اليابان آخر جنودها من العراق», «أنهت بريطانيا مهمتها العسكرية»: bringing troops home (blind60-037).
def test_troops_brought_home() -> None:
    ev = _events("أعادت كوريا الجنوبية جنودها من العراق بعد أربع سنوات من الانتشار", "RETREAT")[0]
    assert _codes(ev.source)[0].startswith("KOR") and _codes(ev.target) == ["IRQ"]
    ev = _events("أنهت بريطانيا مهمتها العسكرية في جنوب العراق", "RETREAT")[0]
    assert _codes(ev.source)[0].startswith("GBR")
    assert "RETREAT" not in _types("أعادت الولايات المتحدة نشر جنودها في العراق")
    assert "RETREAT" not in _types("أعادت الحكومة العمال المصريين من ليبيا")


# «قافلة من الجنود», «قافلة عسكرية» is no aid; «قافلة مساعدات» is (blind60-012).
def test_military_convoy_not_aid() -> None:
    assert "AID" not in _types("غادرت قافلة عسكرية روسية قاعدة حميميم متجهة إلى الساحل")
    assert "AID" not in _types("عبرت قافلة من الجنود البريطانيين الحدود إلى الكويت")
    ev = _events("دخلت قافلة مساعدات أممية إلى مدينة حلب المحاصرة", "AID")[0]
    assert _codes(ev.source) == ["UN"]
