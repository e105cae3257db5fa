"""Round 37: held-out probes benchmarks/data/dates_fresh32.jsonl (60 sentences) and published_fresh27.jsonl (25 pages).

Sentences: a bare count made a length by «كاملين» («يومين كاملين»), Egyptian «بكرة» and Gulf «باكر» for
tomorrow (not «عن بكرة أبيهم», «في وقت باكر»), and a weekday said to correspond to the full date before it
(«التاسع من ذي الحجة 1445 هـ الموافق السبت») read as one expression. Pages (and round-36 leftovers): a
place-headed date line whose city is also a time-zone word («بغداد / 20 كانون الثاني 2024») is the
dateline, not a render stamp; a feast that pins one day («غدا الأربعاء هو أول أيام عيد الفطر لعام
1445هـ») commits it; a caretaker premier's title («رئيس حكومة تصريف الأعمال») is the office's title; a
holder with a plan still ahead («ومن المقرر أن يلتقي») is serving, so the tenure end bounds the page.
Each rule is paired with the case it must leave alone.
"""

from __future__ import annotations

import pytest
from probe_helpers import contains_day, spans, values

from marsad.analyze.time import date_text


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")


# -- a place-headed date line: the city is the dateline, not a time zone -----------------------------
BAGHDAD = "\n".join([
    "بغداد / 20 كانون الثاني 2024",
    "أعلنت خلية الإعلام الأمني أن القوات الأمنية تمكنت أمس الجمعة من قتل ثلاثة إرهابيين في عملية نوعية بصحراء الأنبار.",
    "وأضافت الخلية أن العملية نفذت بإسناد من طيران الجيش العراقي.",
])


def test_city_slash_date_line_is_the_dateline() -> None:
    p = date_text(BAGHDAD).published
    assert p.value == "2024-01-20", p


def test_time_zone_stamp_stays_an_upper_bound() -> None:
    # «… بتوقيت بغداد»: a render stamp with a clock time and a time zone, chrome only
    text = BAGHDAD.replace("بغداد / 20 كانون الثاني 2024", "السبت 20 كانون الثاني 2024 - 10:30 بتوقيت بغداد")
    p = date_text(text).published
    assert p.value is None and p.latest == "2024-01-20", p


# -- a feast that pins one day commits it --------------------------------------------------------------
EID = ("أعلنت المحكمة العليا في المملكة أن غدا الأربعاء هو أول أيام عيد الفطر المبارك لعام 1445هـ، "
       "بعد ثبوت رؤية هلال شهر شوال مساء اليوم.")


def test_feast_with_year_and_weekday_commits_the_day() -> None:
    p = date_text(EID).published
    assert (p.earliest, p.latest, p.value) == ("2024-04-09", "2024-04-09", "2024-04-09"), p


def test_feast_without_year_commits_nothing() -> None:
    p = date_text(EID.replace(" لعام 1445هـ", "")).published
    assert p.value is None, p


# -- a caretaker premier holds the office ----------------------------------------------------------------
def test_caretaker_premier_title_dates_to_his_tenures() -> None:
    text = ("التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي أمس وفدا من صندوق النقد الدولي، "
            "وبحث معه مسار الإصلاحات المطلوبة.")
    p = date_text(text).published
    assert p.earliest is not None and p.latest is not None and p.latest <= "2025-03-01", p
    assert contains_day(p, "2023-01-18")


# -- a plan still ahead of the holder: he is serving ---------------------------------------------------
BEIJING = ("وصل رئيس مجلس الوزراء عادل عبد المهدي إلى العاصمة الصينية بكين في زيارة رسمية على رأس وفد حكومي كبير.\n"
           "ومن المقرر أن يلتقي عبد المهدي الرئيس الصيني شي جين بينغ لبحث مشاريع إعادة الإعمار والطاقة.")


def test_planned_meeting_bounds_by_tenure_end() -> None:
    p = date_text(BEIJING).published
    assert p.latest is not None and p.latest <= "2020-06-01", p
    assert contains_day(p, "2019-09-19")


def test_plan_under_past_copula_does_not_bound() -> None:
    text = ("وكان من المقرر أن يلتقي رئيس مجلس الوزراء عادل عبد المهدي الرئيس الصيني في بكين "
            "قبل أن تندلع الاحتجاجات.")
    p = date_text(text).published
    assert p.latest is None, p


# -- «يومين كاملين»: a count made a length by «كاملين» --------------------------------------------------
def test_full_count_is_a_length() -> None:
    assert values("واستمر انقطاع الإنترنت عن قطاع غزة يومين كاملين بسبب القصف.", "2023-10-30") == ["P2D"]
    assert values("وبقي المعتصمون في الساحة أسبوعا كاملا قبل أن تفضهم الشرطة.", "2023-10-30") == ["P1W"]


def test_full_alone_is_no_length() -> None:
    assert values("ونشرت الصحيفة نص الاتفاق كاملا في عددها الصادر صباحا.", "2023-10-30") == []


# -- Egyptian «بكرة», Gulf «باكر»: tomorrow -------------------------------------------------------------
def test_dialect_tomorrow() -> None:
    assert values("وقال المتحدث إن الوزير كان في الغردقة امبارح وراجع بكرة على القاهرة.", "2023-05-24") == [
        "2023-05-23", "2023-05-25"]
    assert values("وأكد المصدر أن الرواتب بتنزل باكر في حسابات الموظفين.", "2024-09-26") == ["2024-09-27"]


def test_msa_homographs_of_dialect_tomorrow() -> None:
    assert values("وخرج أهالي القرية عن بكرة أبيهم لاستقبال الأسرى المحررين.", "2023-05-24") == []
    assert values("واستيقظ السكان في وقت باكر على دوي انفجارات عنيفة.", "2023-05-24") == []
    assert values("وسجل المهاجم هدف التعادل بكرة رأسية في الشباك.", "2023-05-24") == []


# -- «DATE الموافق WEEKDAY»: one expression ---------------------------------------------------------------
def test_weekday_corresponding_to_date_is_one_expression() -> None:
    got = spans("ويصادف يوم عرفة التاسع من ذي الحجة 1445 هـ الموافق السبت.", "2024-06-10")
    assert got == [("التاسع من ذي الحجة 1445 هـ الموافق السبت", "2024-06-15")]


def test_disagreeing_corresponding_weekday_stays_apart() -> None:
    got = values("وتبدأ الامتحانات في 15 يونيو 2024 الموافق الأحد.", "2024-06-10")
    assert got == ["2024-06-15", "2024-06-16"]
