"""Troops leaving a country or base («غادر آخر جندي فرنسي الأراضي النيجرية», blind83-029) are RETREAT; the verb
«غادر» needs troops, so a president or a delegation leaving a capital is no event. Quantifiers such as «آخر»,
«بقية», «معظم» between the verb and its subject do not turn the subject into the object."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


def test_troops_leaving_are_retreat() -> None:
    ev = _events("غادرت القوات الفرنسية قاعدتها الجوية في نيامي", "RETREAT")[0]
    assert _codes(ev.source) == ["FRA-MIL"]
    ev = _events("غادر آخر جنود القوات الأمريكية أفغانستان في أغسطس 2021", "RETREAT")[0]
    assert _codes(ev.source) == ["USA-MIL"] and _codes(ev.target) == ["AFG"]


def test_people_leaving_a_capital_are_no_retreat() -> None:
    assert "RETREAT" not in _types("غادر الرئيس السوري دمشق متوجها إلى موسكو في زيارة رسمية")
    assert "RETREAT" not in _types("غادر وفد حركة حماس القاهرة بعد جولة مباحثات مع المسؤولين المصريين")
