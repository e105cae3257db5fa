"""Repairs after the CRF: patronymic chains run on, a name never ends on a prepositional word, clubs in fixture lists."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import clubs_in_fixture_lists, drop_prepositional_tail, run_on_patronymics


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وقال محمد ولد سلامة ولد النفاع إن", "O B-PERS O O O O O", "O B-PERS I-PERS I-PERS I-PERS I-PERS O"),
    ("الشيخ راشد بن مدافع", "O B-PERS O O", "O B-PERS I-PERS I-PERS"),
    # a name the CRF opened after the link joins the chain
    ("سيدي ولد محمد الشيخ قال", "B-PERS O B-PERS I-PERS O", "B-PERS I-PERS I-PERS I-PERS O"),
    # «ولد في»: born in; «ابن» after a name is mostly «son»
    ("محمد ولد في القاهرة", "B-PERS O O B-LOC", "B-PERS O O B-LOC"),
    ("أحمد ابن عمه", "B-PERS O O", "B-PERS O O"),
    # an inner «بن» already tagged changes nothing
    ("محمد بن راشد", "B-PERS I-PERS I-PERS", "B-PERS I-PERS I-PERS"),
])
def test_patronymic_chains_run_on(text: str, tags: str, want: str) -> None:
    assert run_on_patronymics(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("لم يصل عدنان للخور", "O O B-PERS I-PERS", "O O B-PERS O"),
    ("واختير باتشان كأشهر ممثل", "O B-PERS I-PERS O", "O B-PERS O O"),
    # a one-word name, or such a word inside a longer name, is left alone
    ("للخور", "B-PERS", "B-PERS"),
    ("المعتز بالله اينو", "B-PERS I-PERS I-PERS", "B-PERS I-PERS I-PERS"),
])
def test_a_name_never_ends_on_a_prepositional_word(text: str, tags: str, want: str) -> None:
    assert drop_prepositional_tail(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("بوردو ( فرنسا ) - روما ( إيطاليا )", "B-LOC O B-LOC O O B-LOC O B-LOC O",
     "B-ORG O B-LOC O O B-ORG O B-LOC O"),
    # one «city ( country )» alone stays a place
    ("في ساو باولو ( البرازيل )", "O B-LOC I-LOC O B-LOC O", "O B-LOC I-LOC O B-LOC O"),
])
def test_places_before_bracketed_countries_in_fixture_lists_are_clubs(text: str, tags: str, want: str) -> None:
    assert clubs_in_fixture_lists(text.split(), tags.split()) == want.split()


def test_a_patronymic_walad_is_no_conjunction() -> None:
    from marsad.analyze.entities.crf import join_adjacent_names, split_coordinated_names

    toks = "وقال محمد ولد سلامة ولد النفاع إن".split()
    inside = "O B-PERS I-PERS I-PERS I-PERS I-PERS O".split()
    assert split_coordinated_names(toks, inside) == inside
    opened = "O B-PERS B-PERS I-PERS B-PERS I-PERS O".split()
    assert join_adjacent_names(toks, opened) == inside
    # a real conjunction still splits and stays split
    assert split_coordinated_names("عنان وصبري".split(), ["B-PERS", "I-PERS"]) == ["B-PERS", "B-PERS"]
