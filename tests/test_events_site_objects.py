"""After a definite subject, a bare indefinite site noun («مواقع», «مقرات», «تجمعات») is the verb's object, not
part of the subject's phrase: «قصف الطيران الحربي التابع للجيش مواقع لقوات الدعم السريع» (blind81-010) glued
the army, the sites and the RSF into one phrase and coded the RSF as the attacker."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_site_noun_after_definite_subject_opens_the_object() -> None:
    ev = _events("قصف الطيران الحربي التابع للجيش مواقع لقوات الدعم السريع في جنوب الخرطوم", "ASSAULT")[0]
    assert _codes(ev.source) == ["SDN-MIL"] and _codes(ev.target) == ["RSF"]
    ev = _events("استهدفت المدفعية التركية مقرات لحزب العمال الكردستاني في جبال قنديل", "ASSAULT")[0]
    assert _codes(ev.target) == ["PKK"]
