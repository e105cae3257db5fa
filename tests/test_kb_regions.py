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


def test_tagger_gets_no_flag_for_regions() -> None:
    """No gazetteer flag for a place of no country: flagging them cost the tagger 0.3 F1 in CV (see features.py)."""
    assert phrase_flags("وتمتد الأزمة من بغداد إلى الشرق الأوسط وأوربا".split()) == [None, None, None, "B-LOC", None, None, None, None]


def test_recognizer_finds_regions() -> None:
    """The document recognizer still finds and links them from the knowledge base («وأوربا»: «و» peeled)."""
    from marsad.analyze.entities import recognize_document
    from marsad.model import Document
    from marsad.text.segment import segment_document

    body = "وتمتد تداعيات الأزمة إلى الشرق الأوسط وأوربا ووسط آسيا."
    doc = recognize_document(segment_document(Document(id="r", body=body)))
    found = {m.entity for m in doc.mentions if m.entity}
    assert {"place:region_middle_east", "place:continent_europe", "place:continent_asia"} <= found


def test_a_bare_ocean_word_is_not_nato() -> None:
    """«الأطلسي» alone is often NATO («حلف شمال الأطلسي», «قوات الأطلسي»): only «المحيط الأطلسي» is the ocean."""
    assert not [e for e in get_kb().lookup("الأطلسي") if e.id.startswith("place:ocean")]
