"""A one-word statistical span written with tanween fath is an adverb («دوماً» always), not the town of Douma."""

from __future__ import annotations

from marsad.clean import clean_text
from marsad.pipeline import analyze_document


def _mentions(body: str) -> list[tuple[str, str | None]]:
    doc = analyze_document(clean_text(body, title="خبر", source="test"))
    return [(m.text, m.entity) for m in doc.mentions]


def test_always_is_not_douma() -> None:
    assert not any(e == "place:douma" for _, e in _mentions("وأكد أنه سيعمل دوماً على دعم الحوار مع جميع الأطراف."))


def test_douma_the_town_is_still_found() -> None:
    assert ("مدينة دوما", "place:douma") in _mentions("قصفت الطائرات مدينة دوما في الغوطة الشرقية.")
