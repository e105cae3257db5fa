"""Continents, world regions, seas and oceans: places without a country («الشرق الأوسط», «آسيا», «البحر الأسود»).

They are among the commonest locations in Arabic news (ANERcorp tags ~150 of them as LOC in its
training part) and were missing: the tagger had no gazetteer flag for them and events in
«أوروبا» had no place.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities.features import phrase_flags
from marsad.kb import get_kb


@pytest.mark.parametrize(("name", "english"), [
    ("الشرق الأوسط", "Middle East"),
    ("أوربا", "Europe"),  # the older spelling
    ("إفريقيا", "Africa"),
    ("أمريكا اللاتينية", "Latin America"),
    ("القرن الأفريقي", "Horn of Africa"),
    ("البحر الأسود", "Black Sea"),
    ("المحيط الهادي", "Pacific Ocean"),
])
def test_region_is_a_place_of_no_country(name: str, english: str) -> None:
    hits = [e for e in get_kb().lookup(name) if e.type == "place"]
    assert [e.name_en for e in hits] == [english]
    assert hits[0].country is None and hits[0].lat is not None


@pytest.mark.parametrize(("text", "want"), [
    ("وتمتد الأزمة إلى الشرق الأوسط وأوربا ووسط آسيا", [None, None, None, "B-LOC", "I-LOC", "B-LOC", None, "B-LOC"]),
    ("وتعبر السفن البحر الأسود", [None, None, "B-LOC", "I-LOC"]),
])
def test_tagger_gets_a_gazetteer_flag(text: str, want: list) -> None:
    """Coordinated regions each get a LOC flag, «و» peeled: «وأوربا»."""
    assert phrase_flags(text.split()) == want


def test_a_bare_ocean_word_is_not_nato() -> None:
    """«الأطلسي» alone is often NATO («حلف شمال الأطلسي», «قوات الأطلسي»): only «المحيط الأطلسي» is the ocean."""
    assert not [e for e in get_kb().lookup("الأطلسي") if e.id.startswith("place:ocean")]
