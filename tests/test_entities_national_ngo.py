"""A national Red Crescent society is an NGO of its country, named in the KB or not."""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text


@pytest.mark.parametrize(("text", "span", "code"), [
    ("وأرسل الهلال الأحمر الكويتي قافلة مساعدات إلى غزة.", "الهلال الأحمر الكويتي", "KWT-NGO"),  # not in the KB
    ("ووزع الهلال الأحمر العراقي سلالاً غذائية على النازحين.", "الهلال الأحمر العراقي", "IRQ-NGO"),  # in the KB
    ("وقدم الهلال الأحمر مساعدات عاجلة.", "الهلال الأحمر", "NGO"),  # no country named
])
def test_red_crescent_takes_its_country(text: str, span: str, code: str) -> None:
    got = {(m.text, m.code) for m in recognize_text(text)}
    assert (span, code) in got, got
