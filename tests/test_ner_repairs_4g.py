"""Second round of precision repairs after the CRF (entities/precision2.py)."""

from marsad.analyze.entities.precision2 import (
    city_nisba,
    fixture_table_clubs,
    place_with_town_adjective,
    precision2_repairs,
)


def test_result_line_names_are_clubs() -> None:
    words = "المجموعة الثالثة بازل ( سويسرا ) - سلافيا ( التشيك ) 3 - صفر .".split()
    tags = ["O", "O", "B-LOC", "O", "B-LOC", "O", "O", "O", "O", "B-LOC", "O", "O", "O", "O", "O"]
    out = fixture_table_clubs(words, tags)
    assert out[:3] == ["O", "O", "B-ORG"]
    assert out[7] == "B-ORG"
    assert out[4] == out[9] == "B-LOC"


def test_result_line_two_word_club_after_heading() -> None:
    words = "المجموعة الرابعة سبارتا براغ ( التشيك ) - غلطة سراي ( تركيا ) 1 - 1 .".split()
    tags = ["O", "O", "O", "B-LOC", "O", "B-LOC", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O", "O", "O"]
    out = fixture_table_clubs(words, tags)
    assert out[1:5] == ["O", "B-ORG", "I-ORG", "O"]
    assert out[8:10] == ["B-ORG", "I-ORG"]


def test_bracketed_places_without_score_untouched() -> None:
    words = "وزار الوزير جنيف ( سويسرا ) - ثم فيينا ( النمسا ) الأسبوع الماضي .".split()
    tags = ["O", "O", "B-LOC", "O", "B-LOC", "O", "O", "O", "B-LOC", "O", "B-LOC", "O", "O", "O", "O"]
    assert fixture_table_clubs(words, tags) == tags


def test_town_adjective() -> None:
    assert city_nisba("الفاسي")
    assert city_nisba("التطواني")
    assert not city_nisba("الإسباني")
    assert not city_nisba("الغربية")
    assert not city_nisba("الدولي")


def test_place_with_town_adjective_is_club() -> None:
    words = "وتعادل الوداد مع المغرب الفاسي بهدف لمثله في فاس".split()
    tags = ["O", "B-ORG", "O", "B-LOC", "B-PERS", "O", "O", "O", "B-LOC"]
    out = place_with_town_adjective(words, tags)
    assert out[3:5] == ["B-ORG", "I-ORG"]
    assert out[8] == "B-LOC"


def test_place_with_country_or_compass_adjective_untouched() -> None:
    words = "فاز برشلونة الإسباني في جولة شملت أوروبا الغربية ومطار دبي الدولي".split()
    tags = ["O", "B-LOC", "O", "O", "O", "O", "B-LOC", "O", "O", "B-LOC", "O"]
    assert precision2_repairs(words, tags) == tags
