"""Round 49: known open misses — a coordinated arrest made by the force that went in, and aid received
«مقدمة من» a named giver."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «توغلت قوة إسرائيلية … واعتقلت شابين»: the second, coordinated verb keeps the first clause's subject instead
# of the place's police a bare arrest would default to (open miss from blind48-003).
def test_coordinated_arrest_keeps_subject() -> None:
    text = "توغلت قوة إسرائيلية في بلدة جباتا الخشب بريف القنيطرة الشمالي واعتقلت ثلاثة رعاة من أبنائها"
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    ev = _events("اعتقلت الشرطة ناشطا معارضا في مدينة صفاقس", "COERCE")[0]
    assert _codes(ev.source) == ["TUN-COP"]


# «تسلم الجيش اللبناني آليات عسكرية مقدمة من الولايات المتحدة»: the passive «مقدمة من» names the giver and the
# subject receives (open miss, rounds 45–48); a court receiving appeals «المقدمة من» parties is no aid.
def test_passive_aid_provider() -> None:
    ev = _events("تسلم الجيش اللبناني ذخائر وآليات عسكرية مقدمة من الولايات المتحدة", "AID")[0]
    assert _codes(ev.source) == ["USA"]
    assert _codes(ev.target) == ["LBN-MIL"]
    ev = _events("تسلمت وزارة الصحة اليمنية أدوية ولقاحات مقدمة من منظمة الصحة العالمية", "AID")[0]
    assert _codes(ev.source) == ["WHO"]
    assert "AID" not in _types("تسلمت المحكمة الدستورية الطعون المقدمة من الأحزاب المعارضة")
