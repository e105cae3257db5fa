"""A sound plural keeps its «ن» and takes no genitive, but it does take an adjective: a broken-plural nisba
(«أتراك», «روس», «أفغان») shows no case, so «موظفين أتراك» is one phrase (it was split, and the kidnapped Turks
became the people of the place named)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_broken_plural_nisba_joins_its_plural_noun() -> None:
    ev = _events("اختطف مسلحون مجهولون ثلاثة موظفين أتراك يعملون في شركة إنشاءات بمحافظة صلاح الدين", "ASSAULT")[0]
    assert _codes(ev.target) == ["TUR-CVL"]
    ev = _events("قتل مسلحون مجهولون مهندسين روس يعملون في محطة كهرباء بريف حمص", "ASSAULT")[0]
    assert [c.split("-")[0] for c in _codes(ev.target)] == ["RUS"]


def test_an_object_after_a_plural_subject_still_starts_a_phrase() -> None:
    ev = _events("استهدف مسلحون دوريةً للشرطة العراقية في كركوك", "ASSAULT")[0]
    assert _codes(ev.source) == ["UAF"]
