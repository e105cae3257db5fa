"""Romanization of Arabic names not in the knowledge base."""

from __future__ import annotations

import pytest

from marsad.text.romanize import romanize


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("بغداد", "Baghdad"),
        ("الشمري", "al-Shamri"),
        ("فالح الفياض", "Falh al-Fayad"),
        ("سليماني", "Salimani"),
        ("وليد", "Walid"),
        ("NATO", "NATO"),
    ],
)
def test_romanize(arabic: str, latin: str) -> None:
    assert romanize(arabic) == latin


def test_romanize_is_ascii_and_never_empty_for_arabic() -> None:
    for name in ["عثمان الغانمي", "مصطفى النعيمي", "ﺍﻟﻌﺮﺍﻕ", "خَالِد"]:
        out = romanize(name)
        assert out and out.isascii()
