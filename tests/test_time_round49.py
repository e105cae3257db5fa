"""Round 49: pages that come with a metadata day (benchmarks/data/dates_fresh42.jsonl,
published_fresh39.jsonl).

A metadata day is trusted unless the text contradicts it: a dateline, «أمس الأحد» or a chrome stamp before
it make a page's day lose (a single sentence keeps its given anchor), and when it falls after the text's evidence (a crawler's render date) it is kept as an
upper bound only. A render stamp the cleaner kept as the title («تاريخ العرض: …») bounds from above and is
never the day.
Each rule is paired with what it must leave alone.
"""

from __future__ import annotations

import pytest

from marsad.analyze.time import date_text
from marsad.cli.dates import date_record


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


def _pub(text: str, meta: str | None) -> tuple[str | None, str | None, str | None]:
    p = date_text(text, meta).published
    return p.earliest, p.latest, p.value


# -- metadata days (pf39-02, pf39-12, pf39-01) ---------------------------------------------------------------------
_INA = ("تاريخ الطباعة: 20-11-2024\nبغداد، 11 تشرين الأول 2021 (واع) - أعلنت المفوضية العليا المستقلة للانتخابات "
        "اليوم النتائج الأولية للانتخابات التشريعية التي جرت أمس الأحد.\n"
        "وأوضحت المفوضية أن نسبة المشاركة بلغت 41 في المئة.")


def test_render_date_metadata_loses_to_a_dateline() -> None:
    assert _pub(_INA, "2024-11-20") == ("2021-10-11", "2021-10-11", "2021-10-11")
    # the dateline's own day as metadata is kept
    assert _pub(_INA, "2021-10-11") == ("2021-10-11", "2021-10-11", "2021-10-11")


_DOHA = ("آخر تحديث: 2022-11-22\nالدوحة - افتتحت أمس الأحد بطولة كأس العالم لكرة القدم في استاد البيت بحضور "
         "أمير قطر الشيخ تميم بن حمد آل ثاني، وخسر المنتخب القطري أمام الإكوادور بهدفين دون رد.\n"
         "ويلتقي منتخب إنجلترا نظيره الإيراني في أولى مباريات المجموعة الثانية.")


def test_metadata_contradicted_by_weekday_is_no_day() -> None:
    lo, hi, value = _pub(_DOHA, "2022-11-23")  # a Wednesday: «أمس الأحد» was written on a Monday
    assert value is None and hi == "2022-11-21" and lo is not None


def test_consistent_metadata_is_kept_on_a_short_page() -> None:
    assert _pub(_DOHA, "2022-11-21") == ("2022-11-21", "2022-11-21", "2022-11-21")


def test_metadata_after_the_evidence_is_an_upper_bound() -> None:
    text = ("واشنطن - التقى رئيس الوزراء العراقي مصطفى الكاظمي أمس الاثنين الرئيس الأميركي جو بايدن في البيت "
            "الأبيض، واتفق الجانبان على إنهاء المهمة القتالية للقوات الأميركية في العراق.\n"
            "وقال بايدن إن القوات الأميركية ستبقى لتدريب القوات العراقية وتقديم المشورة لها.\n"
            "وأكد الكاظمي أن العلاقة بين البلدين تتجاوز الجانب الأمني.")
    # «أمس الاثنين» rules out the Sunday 2021-08-01; the latest Tuesday before it closes the interval
    lo, hi, value = _pub(text, "2021-08-01")
    assert value is None and hi == "2021-07-27" and lo is not None and lo <= "2021-01-20"


def test_a_single_sentence_keeps_its_anchor_even_when_its_weekday_disagrees() -> None:
    """A sentence to resolve has no page evidence to weigh: the given day stays the anchor, so its
    relative expressions resolve instead of coming out empty (a day's slip in the anchor is common)."""
    out = date_record({"id": "s", "text": "قال الوزير أمس الأحد إن المحادثات ستستأنف الشهر المقبل.",
                       "published": "2024-05-07"})
    assert out["published"]["value"] == "2024-05-07"
    assert [t["value"] for t in out["timexes"]] == ["2024-05-06", "2024-06"]


def test_sentence_anchor_kept_through_the_cli() -> None:
    out = date_record({"id": "s", "text": "وأعلنت الحكومة أمس خطة جديدة لدعم المزارعين.", "published": "2024-03-07"})
    assert out["published"]["value"] == "2024-03-07"
    assert [t["value"] for t in out["timexes"]] == ["2024-03-06"]


# -- a render stamp kept as the title (pf39-07) ----------------------------------------------------------------------
def test_display_date_title_is_an_upper_bound() -> None:
    body = "ارتفعت حصيلة ضحايا الزلزال في إقليم الحوز اليوم إلى أكثر من ألفي قتيل.\nوأعلن الملك الحداد الوطني."
    assert date_text("تاريخ العرض: 09/10/2023\n" + body).published.value is None
    assert _pub("تاريخ العرض: 09/10/2023\n" + body, None)[1] == "2023-10-09"
    # a dated MAP dateline under it is the day
    map_page = ("تاريخ العرض: 09/10/2023\nالرباط، 9 أيلول 2023 (و م ع) - ارتفعت حصيلة ضحايا الزلزال إلى أكثر من "
                "ألفي قتيل.\nوأعلن الملك محمد السادس الحداد الوطني.")
    assert _pub(map_page, None) == ("2023-09-09", "2023-09-09", "2023-09-09")


def test_feature_title_date_unchanged() -> None:
    assert _pub("كاريكاتير 2015/7/21\nرسم الفنان لهذا العدد.\nتعليق القراء.", None)[2] == "2015-07-21"
