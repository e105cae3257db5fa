"""Date fields in `marsad dates --jsonl` / `marsad events --sentences` input: every unambiguous day form is read."""

from __future__ import annotations

import pytest

from marsad.cli.common import given_day
from marsad.cli.dates import date_record


@pytest.mark.parametrize(("value", "day"), [
    ("2021-03-02", "2021-03-02"),
    ("2021-03-02T10:15:00Z", "2021-03-02"),
    ("2021-03-02 10:15", "2021-03-02"),
    ("2021/03/02", "2021-03-02"),
    ("2021-3-2", "2021-03-02"),
    ("20210302", "2021-03-02"),
    ("13/12/2020", "2020-12-13"),  # day first, as Arab sites write it
    ("٢٠٢١-٠٣-٠٢", "2021-03-02"),
])
def test_day_forms(value: str, day: str) -> None:
    assert given_day(value) == day


@pytest.mark.parametrize("value", ["2021-02-30", "2021-03", "garbage", "", None, 20210302, "2021-13-01"])
def test_not_a_day(value: object) -> None:
    assert given_day(value) is None


def test_slash_date_anchors_relative_words() -> None:
    """«أمس» in a record dated 2021/03/02 is 1 March; the day was rejected as not ISO before."""
    rec = date_record({"id": "x", "text": "قتل ثلاثة جنود أمس في هجوم قرب الموصل.", "published": "2021/03/02"})
    assert rec["published"]["value"] == "2021-03-02"
    assert [t["value"] for t in rec["timexes"]] == ["2021-03-01"]


def test_bad_published_keeps_the_record() -> None:
    """An unusable date is ignored with a warning; the text's own expressions are still returned."""
    rec = date_record({"id": "y", "text": "وصل الوفد إلى بغداد في 3 آذار 2021.", "published": "March"})
    assert "warning" in rec and "error" not in rec
    assert [t["value"] for t in rec["timexes"]] == ["2021-03-03"]
