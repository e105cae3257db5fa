"""A second date set, written apart from the template generator of ``dates_dev.jsonl`` (103 newswire sentences).

It holds the forms the templates never produced and the tagger first got wrong: a day of a relative
month («العاشر من الشهر المقبل», «23 من الشهر الماضي», «الـ15 من الشهر الجاري»), a month of a relative
year («أبريل من العام المقبل»), weeks of a month («الأسبوع الأخير من أبريل»), upcoming periods
(«في غضون الأيام المقبلة»), hour windows («الساعات الـ24 الماضية»), «غرة شوال» (the first day), and a
range whose marker governs both ends («من 20 إلى 22 أكتوبر المقبل»), two units back
(«خلال العامين الماضيين»), approximate counts («قبل نحو أسبوع»).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.analyze.time import find_timexes

FRESH = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "dates_fresh.jsonl"
ROWS = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_expected_value_is_found(row: dict) -> None:
    got = {(t.text, t.value) for t in find_timexes(row["text"], anchor=row["published"])}
    for want in row["timexes"]:
        assert (want["text"], want["value"]) in got, f"{row['text']}: want {want}, got {sorted(got)}"


def test_sentences_without_dates_give_none() -> None:
    empty = [r for r in ROWS if not r["timexes"]]
    assert len(empty) >= 4
    for r in empty:
        got = [t for t in find_timexes(r["text"], anchor=r["published"]) if t.granularity != "duration"]
        assert not got, r["text"]
