"""A bare weekday in a future clause («من المقرر أن يصل الوفد يوم الأحد», «سيزور … الخميس») is the coming one."""

from __future__ import annotations

import pytest

from marsad.analyze.time import find_timexes

PUBLISHED = "2019-05-15"  # a Wednesday


@pytest.mark.parametrize(("text", "value"), [
    ("ومن المقرر أن يصل الوفد إلى بغداد يوم الأحد.", "2019-05-19"),
    ("وسيزور الرئيس القاهرة الخميس في زيارة رسمية.", "2019-05-16"),
    ("وقال المتحدث إن الحكومة سوف تعلن قرارها يوم الاثنين.", "2019-05-20"),
    ("وصل الوفد إلى بغداد يوم الأحد.", "2019-05-12"),  # past tense: the last Sunday
    ("وقالت مصادر إن سيارة مفخخة انفجرت يوم الأحد.", "2019-05-12"),  # «سيارة» is a car, not a future verb
    ("وقال إن السياسة الخارجية تغيرت يوم الأحد.", "2019-05-12"),
    ("ستعقد الجلسة. وكان المجلس قد اجتمع يوم الأحد.", "2019-05-12"),  # the cue is in another sentence
])
def test_weekday_direction_follows_the_clause(text: str, value: str) -> None:
    got = [t.value for t in find_timexes(text, anchor=PUBLISHED) if t.granularity == "day"]
    assert got == [value], text
