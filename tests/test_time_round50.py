"""Round 50: page-level leftovers (benchmarks/data/published_fresh39.jsonl, published_fresh40.jsonl).

A copyright footer bounds a page from above by its (last) year unless it is stale; a bare-year or month
``published`` bounds a page (never a sentence); a comment heading ends a related-story block, so its dated
signatures bound from above; ``bench_published.py --with-metadata`` passes each row's ``published``.
Each rule is paired with what it must leave alone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from marsad.analyze.time import date_text
from marsad.clean import clean_text
from marsad.cli.common import given_period
from marsad.cli.dates import date_record


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


def _pub(text: str, meta: str | None = None, period: tuple[str, str] | None = None,
         ) -> tuple[str | None, str | None, str | None]:
    p = date_text(text, meta, period=period).published
    return p.earliest, p.latest, p.value


# Tebboune was sworn in on Thursday 19 December 2019: only «اليوم الخميس» and his tenure date the page.
_TEBBOUNE = ("الجزائر - أدى الرئيس عبد المجيد تبون اليوم الخميس اليمين الدستورية رئيسا للجمهورية خلفا لعبد العزيز "
             "بوتفليقة.\nوتعهد تبون في كلمته بتعديل الدستور ومد اليد للحراك الشعبي.\n"
             "وحضر مراسم التنصيب كبار المسؤولين في الدولة وقادة الجيش.")


# -- copyright footers (pf39-08) -------------------------------------------------------------------------------------
@pytest.mark.parametrize("footer", ["جميع الحقوق محفوظة © 2020", "© 2020 جميع الحقوق محفوظة",
                                    "© 2012 - 2020 جميع الحقوق محفوظة لجريدة الشروق"])
def test_copyright_year_is_an_upper_bound(footer: str) -> None:
    page = _TEBBOUNE + "\n" + footer
    assert ("copyright", footer) in {(d.reason, d.text) for d in clean_text(page).dropped}
    lo, hi, value = _pub(page)
    assert hi == "2020-12-31" and value is None and lo is not None and lo <= "2019-12-19"


def test_copyright_year_left_alone_when_stale_or_a_photo_credit() -> None:
    assert _pub(_TEBBOUNE)[1] > "2026-01-01"
    # a footer before the tenure that dates the page: stale template, not applied (and no conflict)
    stale = date_text(_TEBBOUNE + "\nجميع الحقوق محفوظة © 2017").published
    assert stale.latest > "2026-01-01" and not any(e.startswith("ignored") for e in stale.evidence)
    # a footer older than the page's own render date is stale too
    rendered = _TEBBOUNE + "\nجميع الحقوق محفوظة © 2020\nالإثنين 23 نوفمبر 2026"
    assert _pub(rendered)[1] > "2026-01-01"
    # an archive photo's credit is older than the story: no bound
    assert _pub(_TEBBOUNE + "\nصورة أرشيفية © 2020")[1] > "2026-01-01"


# -- bare-year and month metadata -------------------------------------------------------------------------------------
def test_given_period_forms() -> None:
    assert given_period("2019") == ("2019-01-01", "2019-12-31")
    assert given_period("2024-02") == ("2024-02-01", "2024-02-29")
    assert given_period("12/2019") == ("2019-12-01", "2019-12-31")
    assert given_period("٢٠٢٢-٠٢") == ("2022-02-01", "2022-02-28")
    for bad in ("2019-13", "0219", "1850", "أمس", "", None, 2019):
        assert given_period(bad) is None


def test_bare_year_bounds_a_page_on_both_sides() -> None:
    out = date_record({"id": "p", "text": _TEBBOUNE, "published": "2019"})
    assert "warning" not in out
    pub = out["published"]
    assert pub["latest"] == "2019-12-26" and "2019-01-01" <= pub["earliest"] <= "2019-12-19" and pub["value"] is None
    month = date_record({"id": "p", "text": _TEBBOUNE, "published": "2019-12"})["published"]
    assert month["latest"] == "2019-12-26" and month["earliest"] >= "2019-12-01"


def test_period_contradicted_by_the_text_loses() -> None:
    # before the tenure that dates the page: noise
    lo, hi, _ = _pub(_TEBBOUNE, period=("2015-01-01", "2015-12-31"))
    assert hi > "2026-01-01"
    # a dateline of 2021 under a crawl year 2024: the dateline is the day, the year bounds nothing below it
    dated = ("الجزائر في 12 حزيران 2021 (واج) - أدلى الناخبون الجزائريون اليوم بأصواتهم في انتخابات تشريعية مبكرة "
             "وسط مقاطعة واسعة.\nوقالت السلطة المستقلة للانتخابات إن نسبة المشاركة بلغت 30 في المئة.\n"
             "وتأتي الانتخابات بعد حل المجلس الشعبي الوطني في شباط الماضي.")
    assert _pub(dated, period=("2024-01-01", "2024-12-31")) == ("2021-06-12", "2021-06-12", "2021-06-12")


def test_period_equal_to_the_render_year_is_an_upper_bound_only() -> None:
    """A 2016 coup-night page whose metadata year equals its copyright year: both read as the render year."""
    page = ("أنقرة - أعلن الرئيس رجب طيب أردوغان فجر اليوم فشل محاولة الانقلاب العسكري ودعا المواطنين إلى البقاء "
            "في الساحات.\nوقالت السلطات إن أكثر من 1500 عسكري اعتقلوا.\nجميع الحقوق محفوظة © 2018")
    lo, hi, value = _pub(page, period=("2018-01-01", "2018-12-31"))
    assert hi == "2018-12-31" and lo is not None and lo <= "2016-07-16" and value is None


def test_a_sentence_keeps_the_warning_for_a_year() -> None:
    out = date_record({"id": "s", "text": "وأعلنت الحكومة أمس خطة جديدة لدعم المزارعين.", "published": "2024"})
    assert "warning" in out and out["published"]["value"] is None
    assert [t["value"] for t in out["timexes"]] == [None]


# -- a two-line page with a stamp (pf39-12) -------------------------------------------------------------------------
def test_two_lines_with_a_stamp_are_a_page_when_metadata_is_given() -> None:
    text = ("آخر تحديث: 2022-12-19\nلوسيل - توج المنتخب الأرجنتيني مساء أمس الأحد بلقب كأس العالم بعد فوزه على "
            "فرنسا بركلات الترجيح في المباراة النهائية.")
    lo, hi, value = _pub(text, "2022-12-20")  # a Tuesday: «أمس الأحد» was written on a Monday
    assert value is None and hi == "2022-12-19"
    assert _pub(text, "2022-12-19")[2] == "2022-12-19"
    # two plain lines (a headline and a sentence) stay a sentence: the anchor is kept
    plain = "الأرجنتين بطلة للعالم\nتوج المنتخب الأرجنتيني مساء أمس الأحد بلقب كأس العالم."
    assert _pub(plain, "2022-12-20")[2] == "2022-12-20"


# -- a comment block after a related list (pf39-06) -----------------------------------------------------------------
_CBE = ("القاهرة - قرر البنك المركزي المصري أمس رفع أسعار الفائدة بواقع 200 نقطة أساس في اجتماع استثنائي للجنة "
        "السياسة النقدية.\nوقال محافظ البنك المركزي حسن عبد الله إن القرار يستهدف كبح الضغوط التضخمية.\n"
        "اقرأ أيضا\nتراجع سعر الجنيه أمام الدولار في البنوك 2024-02-20\n")


def test_comment_heading_ends_a_related_block() -> None:
    page = _CBE + "التعليقات\nمحمود عادل - 2024-02-02\nالمواطن البسيط هو من يدفع الثمن."
    reasons = {d.text: d.reason for d in clean_text(page).dropped}
    assert reasons["تراجع سعر الجنيه أمام الدولار في البنوك 2024-02-20"] == "related"
    assert reasons["محمود عادل - 2024-02-02"] != "related"
    lo, hi, value = _pub(page)
    assert hi == "2024-02-02" and lo is not None and value is None


def test_related_items_without_comments_still_bound_nothing() -> None:
    hi = _pub(_CBE + "وصول شحنة قمح جديدة إلى ميناء الإسكندرية 2024-03-01")[1]
    assert hi is None or hi > "2026-01-01"


# -- the benchmark's metadata mode ---------------------------------------------------------------------------------
def _bench():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_published.py"
    spec = importlib.util.spec_from_file_location("bench_published_r50", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_bench_with_metadata_passes_published() -> None:
    bench = _bench()
    row = {"id": "b", "text": _INA_PAGE, "published": "2021-10-11", "truth": "2021-10-11",
           "supported": [None, None]}
    assert bench.score_one(row, with_metadata=True)["value"] == "2021-10-11"
    assert bench.score_one(row)["value"] is None  # default: text only
    no_field = {k: v for k, v in row.items() if k != "published"}
    assert bench.score_one(no_field, with_metadata=True)["value"] is None


_INA_PAGE = ("أعلنت المفوضية العليا المستقلة للانتخابات اليوم النتائج الأولية للانتخابات التشريعية التي جرت أمس الأحد.\n"
             "وأوضحت المفوضية أن نسبة المشاركة بلغت 41 في المئة.\nوقالت إن النتائج النهائية ستعلن بعد البت في الطعون.")
