"""Datelines headed by a place and a comma («بغداد، الأربعاء 14 أكتوبر 2020 –»), and an agency in brackets."""

from __future__ import annotations

import pytest

from marsad.analyze.time import infer_published
from marsad.model import Document


@pytest.mark.parametrize(("body", "day"), [
    ("بغداد، الأربعاء 14 أكتوبر 2020 – استقبل رئيس الوزراء العراقي وزير الخارجية التركي.", "2020-10-14"),
    ("الرياض، 5 مايو 2019 (واس) - أعلنت وزارة الداخلية القبض على مطلوبين.", "2019-05-05"),
])
def test_place_comma_dateline_states_the_day(body: str, day: str) -> None:
    assert infer_published(Document(id="t", body=body)).value == day


@pytest.mark.parametrize("body", [
    "قال الوزير، 14 أكتوبر 2020 – إن الاجتماع مهم.",  # a speaker, not a place, before the comma
    "نشرت الصحيفة في 5 مايو 2019 (الأحد) تقريراً عن الأزمة.",  # a date inside a sentence
])
def test_other_commas_and_sentence_dates_are_no_dateline(body: str) -> None:
    assert infer_published(Document(id="t", body=body)).value is None
