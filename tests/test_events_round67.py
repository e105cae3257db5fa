"""Round 67: Gulf crises — a construct dual sufferer («ناقلتا نفط») of «تعرض», and a weapon as a violent verb's
subject («استهدفت طائرة مسيرة …»), which names no attacker."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «تعرضت ناقلتا نفط لهجوم»: the construct dual «ناقلتا» is the noun «ناقلة», so the attack has its military
# context (blind67-013).
def test_construct_dual_sufferer() -> None:
    assert _events("تعرضت ناقلتا نفط لهجوم في خليج عمان فجر الخميس", "ASSAULT")
    assert _events("تعرضت سفينتا شحن لهجوم بطائرات مسيرة قبالة سواحل اليمن", "ASSAULT")


# «استهدفت طائرات مسيرة … منشأتين لشركة أرامكو»: the drones are no actor (they took the struck kingdom's army),
# and «قاعدة التنف» after the weapon is what was hit; a nisba on the weapon still names its side
# (blind67-021, round 65's known gap).
def test_weapon_subject() -> None:
    ev = _events("استهدفت طائرات مسيرة وصواريخ كروز منشأتين نفطيتين تابعتين لشركة أرامكو شرقي المملكة فجر السبت",
                 "ASSAULT")[0]
    assert not _codes(ev.source) and _codes(ev.target)[0].startswith("SAU")
    ev = _events("استهدفت طائرة مسيرة قاعدة التنف الأمريكية قرب المثلث الحدودي", "ASSAULT")[0]
    assert not _codes(ev.source) and _codes(ev.target)[0].startswith("USA")
    ev = _events("استهدفت طائرة مسيرة تركية سيارة تقل قياديين في حزب العمال الكردستاني بمحافظة دهوك", "ASSAULT")[0]
    assert _codes(ev.source)[0].startswith("TUR")
    ev = _events("قصفت طائرات الجيش السوري مواقع فصائل المعارضة في ريف إدلب", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "SYR-MIL"
