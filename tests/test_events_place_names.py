"""A place name as written beats a longer name read through a stripped suffix («مدينة كويتا» is Quetta, not Kuwait City)."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


@pytest.mark.parametrize(("text", "entity", "country"), [
    ("قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا في مدينة كويتا الباكستانية.", "place:quetta", "PAK"),
    ("قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا في مدينة الكويت.", "place:kuwait_city", "KWT"),
])
def test_place_as_written(text: str, entity: str, country: str) -> None:
    (ev,) = events_for_sentence(text)
    assert ev.location is not None and ev.location.entity == entity
    assert all(a.code.startswith(country) for a in ev.target if a.code)
