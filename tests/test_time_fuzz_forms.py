"""Word salad made of the newer forms' vocabulary never crashes the tagger nor yields an inverted interval.

Motivated by «الأسبوع الثاني الأسبوع» (the second week of a week), which once resolved to 20–19 May.
"""

from __future__ import annotations

import random

from marsad.analyze.time import find_timexes, infer_published
from marsad.model import Document

WORDS = ("العاشر من الشهر المقبل الماضي الجاري 31 30 29 الـ 15 أبريل شباط فبراير العام المقبل الأسبوع الأول "
         "الأخير الثاني الرابع من مايو الأيام المقبلة القادمة الساعات 24 الماضية غرة شوال رمضان قبل نحو أكثر "
         "عامين العامين الماضيين سيزور من المقرر يوم الأحد الاثنين بغداد، الأربعاء 14 أكتوبر 2020 – (واس) - "
         "20017 ٢٠٢٠ بين و إلى حتى").split()


def test_salad_gives_ordered_bounds() -> None:
    rng = random.Random(3)
    for i in range(3000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 14)))
        for anchor in (None, "2019-05-15", "2019-01-31", "2020-02-29"):
            for t in find_timexes(text, anchor=anchor):
                assert t.earliest is None or t.earliest <= (t.latest or t.earliest), (text, t)
        if i % 300 == 0:
            p = infer_published(Document(id="x", body=text))
            assert not (p.earliest and p.latest) or p.earliest <= p.latest


def test_no_week_of_a_week() -> None:
    assert not [t for t in find_timexes("الأسبوع الثاني الأسبوع الماضي", anchor="2019-05-15")
                if t.earliest and t.latest and t.earliest > t.latest]
