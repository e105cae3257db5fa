"""Forms the sixth blind probe (``dates_fresh6.jsonl``) found missing, tested on sibling sentences.

«في غضون ثلاثة أشهر» (a window from publication, or a length in a past report), counted coming months
in calendar months, «في اليوم التالي» / «العام التالي» (one unit after the date narrated before it),
«يومي 9 و10 سبتمبر» (two days sharing a month), «عشية عيد الفطر» (the day before a feast), «عام ألفين
وعشرين» (spelled-out years), misspelled month names («فبرابر», «سبتمير»), and «نهاية الأسبوع» (Friday
and Saturday).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.analyze.time import find_timexes
from marsad.analyze.time.lexicon import DATA, get_lexicon, month_typos

PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "dates_fresh6.jsonl"


def values(text: str, anchor: str) -> list[tuple[str, str | None]]:
    """(span, value) of every expression the tagger keeps."""
    return [(t.text, t.value) for t in find_timexes(text, anchor=anchor)]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    # a pledge or a coming event: from publication to that long after it
    ("وتعهد رئيس الوزراء بإجراء انتخابات مبكرة في غضون ستة أشهر.", "2019-10-31",
     [("غضون ستة أشهر", "2019-10-31/2020-04-30")]),
    ("وأكد المتحدث أن الشحنات ستصل إلى الموانئ في غضون عشرة أيام.", "2022-06-01",
     [("غضون عشرة أيام", "2022-06-01/2022-06-11")]),
    ("ويتوقع أن تستعيد الشبكة طاقتها الكاملة في غضون 24 ساعة.", "2022-06-01",
     [("غضون 24 ساعة", "2022-06-01/2022-06-02")]),
    ("وطالبت النقابة الحكومة بالرد على مطالبها في غضون أسبوعين.", "2022-06-01",
     [("غضون أسبوعين", "2022-06-01/2022-06-15")]),
    # a past report: a length, counted from the event, not a date
    ("وسيطر المسلحون على البلدة في غضون يومين.", "2022-06-01", [("غضون يومين", "P2D")]),
    ("وأنجزت الشركة بناء الجسر في غضون عامين.", "2022-06-01", [("غضون عامين", "P2Y")]),
    ("وانهار السد في غضون أيام من بدء الفيضان.", "2022-06-01", []),
    ("وفي غضون أربع سنوات تراجعت صادرات القطن إلى النصف.", "2022-06-01", [("غضون أربع سنوات", "P4Y")]),
    ("وأقر البرلمان القانون الثالث في غضون شهر.", "2022-06-01", [("غضون شهر", "P1M")]),
    ("وهذه الحادثة الثانية من نوعها في غضون أسبوع.", "2022-06-01", [("غضون أسبوع", "P1W")]),
    ("وتنطلق المرحلة الثانية من المشروع في غضون ثلاثة أسابيع.", "2022-06-01",
     [("غضون ثلاثة أسابيع", "2022-06-01/2022-06-22")]),
    ("ووعد الرئيس عام 2014 بإنهاء الأزمة في غضون عام.", "2022-06-01", [("عام 2014", "2014"), ("غضون عام", "P1Y")]),
    ("وقال الوزير إن المصنع سيعمل بكامل طاقته في غضون عام من الآن.", "2022-06-01",
     [("غضون عام من الآن", "2022-06-01/2023-06-01")]),
    # counted coming months are calendar months, as «في غضون»
    ("وتتوقع الشركة تعافي المبيعات خلال الأشهر الستة المقبلة.", "2023-08-31",
     [("الأشهر الستة المقبلة", "2023-08-31/2024-02-29")]),
])
def test_within_windows(text: str, anchor: str, want: list) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتخرج في الجامعة عام 1998، وعين معيداً فيها في العام التالي.", "2020-01-01",
     [("عام 1998", "1998"), ("العام التالي", "1999")]),
    ("واعتقل الناشط فجر الخميس، ومثل أمام النيابة صباح اليوم التالي.", "2019-03-09",
     [("الخميس", "2019-03-07"), ("صباح اليوم التالي", "2019-03-08")]),
    ("وتوقفت المصانع في أبريل 2020 واستؤنف العمل في الشهر التالي.", "2021-01-01",
     [("أبريل 2020", "2020-04"), ("الشهر التالي", "2020-05")]),
    ("وحط الوفد في الجزائر يوم 28 فيفري 2019 وغادرها في اليوم الموالي.", "2019-03-05",
     [("28 فيفري 2019", "2019-02-28"), ("اليوم الموالي", "2019-03-01")]),
    # nothing narrated before it in the sentence: never counted from the publication day
    ("وفي اليوم التالي عادت الحياة إلى طبيعتها في الأسواق.", "2019-03-09", []),
    ("وقتل ثلاثة أشخاص يوم الأحد. وفي اليوم التالي أغلقت المحال.", "2019-03-09", [("يوم الأحد", "2019-03-03")]),
    # «اليوم التالي» cannot count from a month
    ("وجرت الانتخابات في مايو وأعلنت النتائج في اليوم التالي.", "2019-06-09", [("مايو", "2019-05")]),
])
def test_following_counts_from_the_narrated_date(text: str, anchor: str, want: list) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتعقد القمة يومي 14 و15 نوفمبر المقبل في الرياض.", "2020-10-01",
     [("14", "2020-11-14"), ("15 نوفمبر المقبل", "2020-11-15")]),
    ("وشهدت العاصمة احتجاجات في الثالث والرابع من تموز 2013.", "2014-01-01",
     [("الثالث", "2013-07-03"), ("الرابع من تموز 2013", "2013-07-04")]),
    # numbers that are not days of a month
    ("وتراوحت قيمة الصفقة بين 5 و10 ملايين دولار.", "2020-10-01", []),
    ("وقتل 3 وأصيب 4 آخرون في الهجوم.", "2020-10-01", []),
])
def test_two_days_share_the_month(text: str, anchor: str, want: list) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتشهد الأسواق ازدحاماً كبيراً عشية عيد الأضحى.", "2024-06-10", [("عشية عيد الأضحى", "2024-06-15")]),
    ("وأطلقت الألعاب النارية ليلة رأس السنة الميلادية.", "2021-01-02", [("ليلة رأس السنة الميلادية", "2020-12-31")]),
    ("وتظاهر الآلاف عشية الاستفتاء على الدستور.", "2024-06-10", []),
])
def test_eve_of_a_feast(text: str, anchor: str, want: list) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "want"), [
    ("وأطلقت المملكة رؤيتها الاقتصادية الممتدة حتى عام ألفين وثلاثين.", [("عام ألفين وثلاثين", "2030")]),
    ("وتعود الأزمة إلى سنة ألفين وثمانية.", [("سنة ألفين وثمانية", "2008")]),
    ("وقال الرئيس إن البلاد ستتعافى في عام ألفين وخمسة وعشرين.", [("عام ألفين وخمسة وعشرين", "2025")]),
    ("ودفعت الأسرة ألفين وخمسمائة دينار كفالة.", []),
])
def test_spelled_out_years(text: str, want: list) -> None:
    assert values(text, "2022-05-05") == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وصدر الحكم في 14 ينابر 2021 بعد جلسات طويلة.", "2021-03-01", [("14 ينابر 2021", "2021-01-14")]),
    ("وتبدأ العطلة الصيفية في الأول من يوليوو المقبل.", "2021-03-01", [("الأول من يوليوو المقبل", "2021-07-01")]),
    ("وأقيم المهرجان في شهر ستمبر الماضي.", "2021-03-01", [("شهر ستمبر الماضي", "2020-09")]),
    # words a slip away from a month name are no months after a number
    ("واعتقلت الشرطة 12 يمنية في المداهمة.", "2021-03-01", []),
    ("وأعلن التحالف مقتل 5 في اربيل.", "2021-03-01", []),
])
def test_misspelled_month_names(text: str, anchor: str, want: list) -> None:
    assert values(text, anchor) == want


def test_month_typos_never_shadow_a_known_word() -> None:
    lex = get_lexicon()
    typos = month_typos(lex.months, lex.known, json.loads(DATA.read_text(encoding="utf-8"))["month_typo_sources"])
    assert typos["فبرابر"] == "فبراير" and typos["سبتمير"] == "سبتمبر"
    assert not set(typos) & lex.known
    assert "اكتوي" not in typos  # «أول من اكتوى»: no slip of a listed misspelling («اكتوير»)


@pytest.mark.parametrize(("text", "anchor", "want"), [
    # «سيطر» is a perfect, not a future «س» verb: the weekday is the last one
    ("وسيطرت فصائل المعارضة، الأحد، على تلة استراتيجية في ريف حماة.", "2016-05-11", [("الأحد", "2016-05-08")]),
    # «قوى 8 و14 آذار»: Lebanese coalitions, not days
    ("والتقى ممثلون عن قوى 8 و14 آذار في مقر البطريركية.", "2016-05-11", []),
    # «بعد ستين عاماً» counts from the narrated event, never sixty years past publication
    ("ويروي الشاهد ما رآه بعد أكثر من خمسين عاماً على المأساة.", "2016-05-11", [("أكثر من خمسين عاماً", "P50Y")]),
    ("وتتوقع الحكومة أن تنخفض الانبعاثات بعد عشرة أعوام.", "2016-05-11", [("بعد عشرة أعوام", "2026")]),
    # a Hijri month with «الماضي» / «المقبل» is the last one over / the next one, not the nearest
    ("وتضاعفت مبيعات التمور في رمضان الماضي.", "2021-11-24", [("رمضان الماضي", "2021-04-13/2021-05-12")]),
    ("ويتوقع التجار ارتفاع الطلب في رمضان المقبل.", "2021-04-01", [("رمضان المقبل", "2021-04-13/2021-05-12")]),
])
def test_tense_and_named_pairs(text: str, anchor: str, want: list) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("ويلتقي الفريقان في مباراة الإياب نهاية الأسبوع الجاري.", "2023-05-09", "2023-05-12/2023-05-13"),
    ("وتوافد آلاف الزوار على الشواطئ نهاية الأسبوع الماضي.", "2023-05-09", "2023-05-05/2023-05-06"),
])
def test_weekend_is_friday_and_saturday(text: str, anchor: str, want: str) -> None:
    assert [v for _, v in values(text, anchor)] == [want]


def test_probe_rows_are_all_exact() -> None:
    rows = [json.loads(x) for x in PROBE.read_text(encoding="utf-8").splitlines() if x.strip()]
    wrong = [r["id"] for r in rows
             if sorted(v for _, v in values(r["text"], r["published"]) if v)
             != sorted(t["value"] for t in r["timexes"])]
    assert len(rows) >= 60 and not wrong, wrong
