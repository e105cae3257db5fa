"""A verb's indefinite subject with its adjective («فصائل مسلحة», «مسلحون») ends before the object: a bare place
after it is no genitive of it («قصفت فصائل مسلحة قاعدة التنف» had the base inside the attackers' phrase, so the
attack had no target)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_place_after_indefinite_described_subject_is_the_object() -> None:
    ev = _events("قصفت فصائل مسلحة قاعدة التنف بعدة صواريخ", "ASSAULT")[0]
    assert _codes(ev.target) == ["USA-MIL"]
    assert "USA-MIL" not in _codes(ev.source)
    ev = _events("استهدفت جماعات مسلحة مطار بغداد الدولي بصاروخين من نوع كاتيوشا", "ASSAULT")[0]
    assert "IRQ" in {c.split("-")[0] for c in _codes(ev.target)}


def test_plural_subject_with_its_nun_takes_no_genitive() -> None:
    ev = _events("هاجم مسلحون قاعدة بلد الجوية شمال بغداد", "ASSAULT")[0]
    assert _codes(ev.target) and "IRQ" in _codes(ev.target)[0]


def test_nisba_after_the_noun_stays_its_adjective() -> None:
    ev = _events("خطف مسلحون حوثيون موظفين أمميين في صنعاء", "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"]
