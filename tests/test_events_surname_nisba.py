"""A family name that is another country's nationality adjective: Iraq's premier Mohammed Shia al-Sudani is
«السوداني» alone in Iraqi news, and was coded SDN (with «استقبل»'s roles read for Sudan)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes

from marsad.analyze.events.lexicon import surname_nisbas


def test_surnames_come_from_the_knowledge_base() -> None:
    assert surname_nisbas().get("السوداني", {}).get("IRQ") == "IRQ-GOV"


def test_bare_surname_in_iraqi_news_is_the_person() -> None:
    ev = _events("استقبل السوداني في بغداد وزير الخارجية الإيراني عباس عراقجي", "CONSULT")[0]
    assert "IRQ-GOV" in _codes(ev.source) + _codes(ev.target)
    assert "SDN" not in _codes(ev.source) + _codes(ev.target)
    ev = _events("أدان السوداني الهجوم بطائرة مسيرة على حقل كورمور للغاز في السليمانية", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"]


def test_the_adjective_itself_stays_sudanese() -> None:
    ev = _events("التقى الجيش السوداني وفدا من الاتحاد الأفريقي في بورتسودان", "CONSULT")[0]
    assert _codes(ev.source) == ["SDN-MIL"]
    ev = _events("أدان السوداني الهجوم على مخيم زمزم للنازحين قرب الفاشر", "DISAPPROVE")[0]
    assert "IRQ-GOV" not in _codes(ev.source)
