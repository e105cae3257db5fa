"""Round 45: Egyptian, Iraqi and Gulf copy (benchmarks/data/dates_fresh38.jsonl, published_fresh35.jsonl).

A verb of lasting keeps its length across a subject with a prepositional phrase («استمرت المفاوضات بين الطرفين
ثلاثة أسابيع»); absence and grace verbs («يغيب», «أمهلت») take a length too; a yearless closing day after «حتى»
follows the yearless opening day; a weekday equated with a dated day («يوم السبت هو أول أيام رمضان») is that day.
Each rule is paired with what it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import spans, values


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- a verb of lasting, a subject with a prepositional phrase, then the length (round-44 gap, f38-033/036) --------
def test_lasting_verb_across_prepositional_phrase() -> None:
    assert values("واستمرت المفاوضات بين الطرفين ثلاثة أسابيع قبل التوصل إلى اتفاق.", "2024-05-10") == ["P3W"]
    assert values("ودامت زيارة الوفد الإماراتي إلى القاهرة ثلاثة أيام.", "2024-02-19") == ["P3D"]
    text = "واستمر انقطاع التيار الكهربائي عن أحياء واسعة من البصرة عشر ساعات."
    assert values(text, "2024-07-22") == ["PT10H"]


def test_lasting_verb_leaves_ranges_and_ago_alone() -> None:
    assert values("واستمر القتال من الصباح حتى ساعة متأخرة من الليل.", "2024-01-01") == []
    # a clause describing the noun before it stays untagged (dev convention)
    assert "P2D" not in values("وصل الرئيس إلى الرياض غدا الاثنين في زيارة تستغرق يومين.", "2024-06-09")


# -- absence and grace verbs take a length (f38-020, f38-030) ----------------------------------------------------
def test_absence_and_grace_verbs_take_a_length() -> None:
    assert values("ويغيب المهاجم عن الملاعب ستة أسابيع بعد إصابته بقطع في الرباط الصليبي.", "2024-11-05") == ["P6W"]
    assert values("وأمهلت البلدية أصحاب المحال التجارية 30 يوما لإزالة المخالفات.", "2024-08-20") == ["P30D"]
    assert values("وغاب عن الاجتماع وزير المالية منذ 3 أيام.", "2024-01-10") == ["2024-01-07"]


# -- a yearless closing day follows the yearless opening day (f38-006) --------------------------------------------
def test_until_day_follows_opening_day() -> None:
    text = "وأعلنت وزارة التربية والتعليم أن امتحانات الثانوية العامة تنطلق يوم 15 يونيو وتستمر حتى 11 يوليو."
    assert values(text, "2025-03-02") == ["2025-06-15", "2025-07-11"]
    text = "وقالت الهيئة إن التسجيل فتح يوم 20 ديسمبر واستمر حتى 5 يناير."
    assert values(text, "2025-02-01") == ["2024-12-20", "2025-01-05"]


def test_before_day_is_not_a_closing_day() -> None:
    # «قبل» is no range end: the second day keeps its own reading
    text = "وأعلنت الوزارة يوم 10 مارس أن النتائج تصدر قبل 5 فبراير."
    assert spans(text, "2025-03-20")[1][0] == "5 فبراير"


# -- a weekday equated with a dated day (f38-011) -----------------------------------------------------------------
def test_weekday_equated_with_following_day() -> None:
    text = "وأعلنت المحكمة العليا أن يوم السبت هو أول أيام شهر رمضان المبارك لعام 1446 هـ."
    assert values(text, "2025-02-28") == ["2025-03-01", "2025-03-01"]
    assert values("وأعلنت دار الإفتاء أن الأحد هو أول أيام عيد الفطر المبارك.", "2025-03-29") == ["2025-03-30", "2025-03-30"]


def test_weekday_without_copula_keeps_its_reading() -> None:
    assert values("وزار الوزير بغداد يوم السبت قبل أن يعلن عن المنحة في 5 مارس.", "2025-03-10")[0] == "2025-03-08"
