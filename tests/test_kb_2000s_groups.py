"""Armed groups of 2000s newswire (Darfur, Somalia) that events rounds found unlinked: each links by name."""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text


@pytest.mark.parametrize(
    ("text", "name", "entity", "code"),
    [
        ("سيطرت قوات المحاكم الإسلامية على مدينة جوهر", "المحاكم الإسلامية", "org:icu_somalia", "SOM-REB"),
        ("اتهمت الأمم المتحدة ميليشيات الجنجويد بمهاجمة قرى في دارفور", "الجنجويد", "org:janjaweed", "SDN-UAF"),
        ("رفض تحالف إعادة تحرير الصومال المشاركة في المؤتمر", "تحالف إعادة تحرير الصومال", "org:ars_somalia",
         "SOM-OPP"),
        ("هاجم مقاتلون من جيش تحرير السودان موقعا للجيش", "جيش تحرير السودان", "org:sla", "SDN-REB"),
    ],
)
def test_group_links(text: str, name: str, entity: str, code: str) -> None:
    ms = [m for m in recognize_text(text, day="2007-06-01") if name in m.text]
    assert ms and ms[0].entity == entity and ms[0].code == code, [(m.text, m.entity, m.code) for m in ms]


def test_one_minnawi_faction() -> None:
    """The Minnawi wing of the SLM is one entity whichever spelling of his name is used."""
    a = recognize_text("وقعت حركة تحرير السودان جناح مني أركو مناوي على الاتفاق")
    b = recognize_text("وقعت حركة جيش تحرير السودان جناح مناوي على الاتفاق")
    assert {m.entity for m in a if m.kind == "ORG"} == {m.entity for m in b if m.kind == "ORG"} == {"org:sla_minnawi"}
