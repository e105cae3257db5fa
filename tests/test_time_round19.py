"""Rules added in the nineteenth dates round, after ``dates_fresh18`` (newswire 2005–2023 from Yemen, Libya,
Jordan, Lebanon, Kuwait, Oman, Sudan, the Maghreb and Egypt).

Levantine «مبارح» (yesterday), «أول مبارح» (the day before) and «بكرا» (tomorrow) are relative days like
Egyptian «امبارح»; «عن بكرة أبيهم» (all of them) stays no date. Counted coming days and weeks («الأيام الثلاثة
المقبلة») start the day after the anchor, as dates_fresh2, 12 and 13 labelled them; uncounted ones and
«خلال يومين» windows still start on it. For publication, a page date right above the byline is the article's own
stamp, and a labelled stamp under «الأكثر قراءة» is another story's.
"""

from __future__ import annotations

import pytest
from probe_helpers import values as _values

pytestmark = pytest.mark.usefixtures("run_day")


@pytest.mark.parametrize(("text", "want"), [
    ("وقال الوزير مبارح إن الحكومة ما رح تتراجع عن الضريبة.", ["2019-10-19"]),
    ("ووصل الوفد اول مبارح على متن طائرة خاصة.", ["2019-10-18"]),
    ("والاجتماع بكرا الصبح في السراي.", ["2019-10-21"]),
    ("وخرج أهالي البلدة عن بكرة أبيهم لاستقبال الأسرى.", []),
])
def test_levantine_relative_days(text: str, want: list[str]) -> None:
    assert _values(text, "2019-10-20") == want


def _pub(text: str) -> tuple[str | None, str | None, str | None]:
    from marsad.cli.dates import date_record

    p = date_record({"id": "t", "text": text})["published"]
    return p["earliest"], p["latest"], p["value"]


def test_stamp_above_the_byline_is_own() -> None:
    text = ("هسبريس\nالأحد 10 أبريل 2016 - 09:30\nبقلم: يوسف العلوي\n"
            "تتجه أنظار المتتبعين إلى جولة الحوار الاجتماعي المرتقبة بين الحكومة والنقابات، بعد أشهر من الجمود.\n"
            "ويطالب النقابيون بزيادة عامة في الأجور.\nمقالات ذات صلة\nالنقابات تهدد بالإضراب العام - 24 فبراير 2016\n"
            "الإثنين 23 نوفمبر 2026")
    assert _pub(text) == (None, "2016-04-10", None)


@pytest.mark.parametrize("label", ["تاريخ النشر: 2 أكتوبر 2022", "نشر في 2 أكتوبر 2022"])
def test_stamp_under_most_read_is_another_story(label: str) -> None:
    # «الأكثر قراءة» lists other stories: their labelled stamps bound nothing (it had excluded the true Monday)
    text = ("مصراوي\nكتب: سامح عبد الله\nالإثنين، 31 أكتوبر 2022 10:20 ص\n"
            "أعلنت وزارة الكهرباء أمس الأحد عن خطة لترشيد الاستهلاك خلال فصل الشتاء في جميع المحافظات.\n"
            "وقال المتحدث إن الخطة تبدأ مطلع الشهر المقبل.\nالأكثر قراءة\nالحكومة تقر زيادة المعاشات\n"
            f"{label}\nالإثنين 23 نوفمبر 2026")
    assert _pub(text) == (None, "2022-10-31", None)


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وأكد المتحدث أن الأيام الثلاثة المقبلة ستكون حاسمة في مسار المفاوضات.", "2022-09-12", ["2022-09-13/2022-09-15"]),
    ("وتستمر أعمال الصيانة على مدار الأسابيع الأربعة المقبلة.", "2024-04-01", ["2024-04-02/2024-04-29"]),
    ("وسيعلن الفريق تشكيلته خلال الأسبوعين المقبلين.", "2019-05-20", ["2019-05-21/2019-06-03"]),
    # uncounted, a window from now, counted months: from the anchor on, as before
    ("ومن المنتظر أن تعلن اللجنة الأسماء خلال الأيام المقبلة.", "2019-11-11", ["2019-11-11/2019-11-25"]),
    ("وقال الوزير إن الحكومة ستعلن عن الخطة خلال يومين.", "2024-02-12", ["2024-02-12/2024-02-14"]),
    ("وتوقع أن تتحسن الأوضاع خلال الأشهر الثلاثة المقبلة.", "2024-05-22", ["2024-05-22/2024-08-22"]),
])
def test_counted_coming_days_start_tomorrow(text: str, anchor: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, anchor)] == want


@pytest.mark.parametrize(("text", "want"), [
    ("وصدر القرار بتاريخ 2019 - 02 - 01 ونشر في الجريدة الرسمية.", ["2019-02-01"]),
    ("وأعلنت الوزارة صرف المنح في 1 - 2 - 2019 للمستفيدين.", ["2019-02-01"]),
    ("وامتدت الأزمة 2014 - 2015 في البلاد.", ["2014/2015"]),  # two years: a range, as before
])
def test_spaced_numeric_dates_anywhere(text: str, want: list[str]) -> None:
    assert [str(v) for v in _values(text, "2019-03-01")] == want


def test_headline_above_the_byline_is_no_stamp() -> None:
    # only a date line beside the byline is the article's stamp, never a dated headline there
    text = ("المدى\nمنوعات\nذكرى مجزرة فض الاعتصام 14 آب 2013\nكتب: أحمد علي\n"
            "تحيي القوى السياسية هذه الأيام ذكرى فض الاعتصام بوقفات في عدة محافظات، وسط انتشار أمني مكثف في الشوارع الرئيسية.\n"
            "وأكد المنظمون أن الفعاليات ستستمر حتى نهاية الأسبوع.\nالإثنين 23 نوفمبر 2026")
    assert _pub(text) == (None, "2026-11-23", None)
