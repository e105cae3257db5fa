"""Round 39: held-out probes benchmarks/data/dates_fresh34.jsonl (60 sentences) and published_fresh29.jsonl (25 pages).

Pages: a wire dateline before an agency credit («مكة المكرمة 8 ذو الحجة 1445 هـ (واس)», «عمّان 29 تشرين الثاني
(بترا)») is the story's date, not a photo caption (pf28-05); a dateline placed after a «الأكثر قراءة» list ends the
list, and the list's items are never taken for the page title (pf28-22). Sentences: the Persian/Kurdish and Coptic new
years and a few UN days are named days; «سنوات التسعينيات» is a decade; a year spelled out from
«ألف وتسعمئة» is a year. Each rule is paired with the case it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import spans

from marsad.clean import clean_text
from marsad.clean.lines import classify
from marsad.cli.dates import date_record


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


def _pub(text: str) -> tuple[str | None, str | None]:
    """(earliest, latest) of a raw page, read as ``marsad dates --jsonl`` reads it."""
    pub = date_record({"id": "t", "text": text})["published"] or {}
    return pub.get("earliest"), pub.get("latest")


# -- a wire dateline before an agency credit is not a photo caption (pf28-05) ----------------------
def test_hijri_only_spa_dateline_dates_the_page() -> None:
    page = ("مكة المكرمة 8 ذو الحجة 1445 هـ (واس)\n"
            "بدأ ضيوف الرحمن اليوم التوجه إلى مشعر منى لقضاء يوم التروية، وسط منظومة متكاملة من الخدمات.\n"
            "ويقف الحجاج غدا على صعيد عرفات لأداء ركن الحج الأعظم.")
    assert _pub(page) == ("2024-06-14", "2024-06-14")


def test_yearless_petra_dateline_is_kept() -> None:
    assert classify("عمّان 29 تشرين الثاني (بترا)") is None
    assert classify("الرياض 23 ربيع الأول 1446 هـ الموافق 26 سبتمبر 2024 م (واس)") is None


def test_photo_caption_with_a_date_stays_a_caption() -> None:
    assert classify("متظاهرون في ساحة التحرير ببغداد 12 مارس 2024 (رويترز)") == "caption"
    assert classify("الرئيس الفرنسي إيمانويل ماكرون (رويترز)") == "caption"


# -- a dateline after a «الأكثر قراءة» list ends the list; list items are not the title (pf28-22) ----
def test_dateline_after_most_read_sidebar() -> None:
    page = ("الأكثر قراءة\nأسعار الذهب اليوم الاثنين 18 مارس 2024\nنتيجة مباراة الأهلي والزمالك 2024/03/17\n"
            "القاهرة في 6 مارس 2024 (أ ش أ)\n"
            "رفع البنك المركزي المصري اليوم الأربعاء أسعار الفائدة بواقع 600 نقطة أساس، وسمح بتحديد سعر صرف "
            "الجنيه وفقا لآليات السوق.\nوقال البنك في بيان إن القرار يهدف إلى القضاء على السوق الموازية.")
    doc = clean_text(page)
    assert doc.body.startswith("القاهرة في 6 مارس 2024")
    assert _pub(page) == ("2024-03-06", "2024-03-06")


def test_most_read_items_still_dropped() -> None:
    page = ("الأكثر قراءة\nسعر الدولار اليوم في البنوك 2025/03/07\n"
            "قررت لجنة السياسة النقدية في البنك المركزي المصري في اجتماعها أمس الخميس الإبقاء على أسعار الفائدة "
            "دون تغيير للمرة السادسة على التوالي.")
    assert "2025/03/07" not in clean_text(page).body


# -- named days: the Persian/Kurdish and Coptic new years, UN days ----------------------------
def test_new_years_are_named_days() -> None:
    text = "واحتشد آلاف الأكراد في مدينة أربيل للاحتفال بعيد نوروز وإيقاد شعلة الربيع على قمم الجبال."
    assert spans(text, "2024-03-19") == [("عيد نوروز", "2024-03-21")]
    text = "وتحتفل الكنيسة القبطية الأرثوذكسية برأس السنة القبطية بقداس في الكاتدرائية المرقسية بالعباسية."
    assert spans(text, "2024-09-09") == [("رأس السنة القبطية", "2024-09-11")]


def test_un_day_is_a_named_day() -> None:
    text = "وتحيي المفوضية السامية لشؤون اللاجئين اليوم العالمي للاجئين بدعوات لزيادة التمويل الإنساني."
    assert spans(text, "2024-06-18") == [("اليوم العالمي للاجئين", "2024-06-20")]


# -- «سنوات التسعينيات» is a decade; «سنوات طويلة» is not --------------------------------------------
def test_years_of_a_decade() -> None:
    text = "وشهدت الجزائر خلال سنوات التسعينيات حربا أهلية دامية راح ضحيتها نحو 200 ألف شخص."
    assert spans(text, "2022-01-11") == [("سنوات التسعينيات", "1990/1999")]
    assert spans("وعاش الكاتب في المنفى سنوات طويلة قبل عودته إلى بغداد.", "2022-01-11") == []


# -- a year spelled out from «ألف وتسعمئة»; a bare «ألف» is a count ------------------------------------
def test_spelled_year_with_hundreds() -> None:
    assert spans("ولد الشاعر نزار قباني في دمشق عام ألف وتسعمئة وثلاثة وعشرين.", "2023-04-30") == [
        ("عام ألف وتسعمئة وثلاثة وعشرين", "1923")]
    assert spans("وتراجعت إيرادات قناة السويس بشكل حاد في عام ألفين وعشرين.", "2021-02-01") == [
        ("عام ألفين وعشرين", "2020")]
    found = spans("واستقبلت المخيمات في ذلك العام ألف نازح جديد من الريف الشمالي.", "2023-04-30")
    assert all(v != "1000" for _, v in found)
