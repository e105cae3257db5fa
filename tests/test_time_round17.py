"""Rules added in the seventeenth dates round, after ``dates_fresh16`` (2010s Gulf and Maghreb newswire).

«مهلة أسبوعين» is a length (a grace period), like «لمدة أسبوعين». A cap word between the duration word and
the count («لمدة أقصاها 90 يوماً») keeps it a length. «بعد ستة أشهر قضاها في الرياض» is a stay of six months,
not a date six months after publication.
"""

from __future__ import annotations

import pytest
from probe_helpers import values as _values

pytestmark = pytest.mark.usefixtures("run_day")


@pytest.mark.parametrize(("text", "want"), [
    ("ومنحت الدول الأربع المواطنين القطريين مهلة أسبوعين لمغادرة أراضيها.", ["P2W"]),
    ("وأعطت الحكومة الشركة مهلة 30 يوماً لتسوية أوضاعها.", ["P30D"]),
    ("وانتهت مهلة الأيام العشرة.", []),  # no count after it: nothing
])
def test_grace_period_is_length(text: str, want: list[str]) -> None:
    assert _values(text, "2017-06-05") == want


@pytest.mark.parametrize(("text", "want"), [
    ("ويتولى رئيس مجلس الأمة رئاسة الدولة لمدة أقصاها 90 يوماً وفقاً للمادة 102 من الدستور.", ["P90D"]),
    ("وحكم عليه بالسجن لمدة أقصاها خمس سنوات.", ["P5Y"]),
    ("ويتولى رئاسة الدولة لمدة 45 يوماً.", ["P45D"]),
])
def test_capped_duration(text: str, want: list[str]) -> None:
    assert _values(text, "2019-04-03") == want


@pytest.mark.parametrize(("text", "want"), [
    ("ويعود الرئيس إلى عدن بعد ستة أشهر قضاها في الرياض.", ["P6M"]),
    ("وعاد اللاعب إلى ناديه بعد عامين أمضاهما في الخارج.", ["P2Y"]),
    ("ويعود الرئيس إلى عدن بعد ستة أشهر.", ["2016-03"]),  # no stay: six months ahead
])
def test_after_stay_is_length(text: str, want: list[str]) -> None:
    assert _values(text, "2015-09-10") == want
