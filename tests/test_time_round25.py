"""Rules added in the twenty-fifth dates round, after ``published_fresh18`` (pages testing honesty: dates only in
sidebars, most-read lists, related links, footers and comments; published/updated and republished stamps; an
archive piece on an old event; «أمس» with a weekday and date against the chrome; live blogs; Hijri-only
datelines; yearless agency datelines; translations carrying the original's date) and ``dates_fresh24`` (the
rarest forms of the earlier files: numeric month/year, numeric Hijri, Hijri ranges, yearless months, parts of a
year, month ranges, «بين عامي», relative months, halves, counted nouns, «حتى نهاية/منذ مطلع», two negatives).

First run, before this round's rules (MARSAD_TODAY=2026-11-23): published_fresh18 — 22 pages, 4 committed, 4
right (±1 day), intervals containing the truth 0.955 (21/22), 16 as tight as supported, 0 unknown. The one
defect, pf18-09: «نشر بتاريخ: السبت 20 كانون الثاني 2024» over «أمس الثلاثاء 14 كانون الثاني» (14 January 2024
is a Sunday): the weekday chose 2020, so the interval ended 2020-01-15, excluding the real 2024-01-15.
dates_fresh24 — 26 sentences, found 26/26, exact 26/26.

After: published_fresh18 — 4 committed, 4 right, containment 1.0 (22/22), 18 as tight as supported;
dates_fresh24 unchanged (26/26 exact). No earlier dates_fresh*/published_fresh* file changes a value or an
interval; dev 388/388; seeds dates 36/36; SaudiNewsNet unchanged (83 committed, precision ±1 day 0.8795,
containment 0.9917).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("run_day")


def _page(text: str) -> tuple[str | None, str | None, str | None]:
    from marsad.cli.dates import date_record

    p = date_record({"id": "t", "text": text})["published"]
    return p["earliest"], p["latest"], p["value"]


RENDER = "الإثنين 23 نوفمبر 2026"


def test_a_weekday_off_the_publication_stamps_year_does_not_move_the_year() -> None:
    # pf18-09: the weekday fits 14 January 2020, not 2024 (the stamp's year); read without it, the day is
    # some 15 January on or before the stamp
    text = ("صحيفة الغد\nنشر بتاريخ: السبت 20 كانون الثاني 2024\nوقال الوزير أمس الثلاثاء 14 كانون الثاني إن "
            "الحكومة ستعلن أسعار المحروقات الجديدة نهاية الشهر.\n" + RENDER)
    assert _page(text) == (None, "2024-01-15", None)


def test_a_weekday_that_fits_the_stamps_year_is_kept() -> None:
    # pf18-08: «أمس الأحد 14 كانون الثاني» and 14 January 2024 is a Sunday: unchanged
    text = ("صحيفة الدستور الأردنية\nنشر بتاريخ: السبت 20 كانون الثاني 2024\nوكان رئيس الوزراء قد التقى أمس الأحد "
            "14 كانون الثاني وفداً من غرفة صناعة عمان لبحث كلف الطاقة.\nوأكد خلال اللقاء دعم الحكومة للقطاع "
            "الصناعي.\n" + RENDER)
    assert _page(text) == (None, "2024-01-15", None)


def test_an_update_stamp_does_not_overrule_the_weekday() -> None:
    # pf8-02: «آخر تحديث» may be years after the story; Friday 13 October stays 2023 under al-Sudani's tenure
    text = ("آخر تحديث: 2026-11-23\nبغداد - ترأس رئيس الوزراء محمد شياع السوداني صباح اليوم الجمعة 13 تشرين "
            "الأول اجتماعاً طارئاً للمجلس الوزاري للأمن الوطني لبحث تداعيات الأوضاع في غزة.\nاقرأ أيضاً\nوزارة "
            "النفط: ارتفاع الصادرات خلال تشرين الثاني - 2026-11-20\nجميع الحقوق محفوظة © 2026")
    assert _page(text) == ("2023-10-13", "2023-10-13", "2023-10-13")


@pytest.mark.parametrize(("text", "want"), [
    # pf18-14: a translation appears after the original
    ("ترجمات\nلماذا تخسر أوروبا سباق الرقائق؟\nترجمة: سارة علي\nنُشر المقال الأصلي في صحيفة فايننشال تايمز "
     "بتاريخ 5 يونيو 2023.\nتنفق الحكومات الأوروبية مليارات اليوروهات على مصانع أشباه الموصلات، لكن الفجوة مع "
     "آسيا تتسع.\n" + RENDER, ("2023-06-05", "2026-11-23", None)),
    # pf18-15: the original's date below the page's own stamp
    ("نون بوست\nنشر في 12 يونيو 2023\nالمقال الأصلي نشر في مجلة فورين بوليسي في 2 يونيو 2023، وترجمته نون بوست.\n"
     "يرى الكاتب أن السياسة الأمريكية في الشرق الأوسط تمر بمرحلة انكفاء.\n" + RENDER,
     ("2023-06-02", "2023-06-12", None)),
    # pf18-06: a repost names its first publication; the repost stamp is no day of the page
    ("مدونة الجزيرة\nأعيد نشره بتاريخ 10 أكتوبر 2025\nنُشر هذا المقال للمرة الأولى في 2 أكتوبر 2018.\nفي ذلك "
     "الخريف كانت المدينة تستعد لانتخابات بلدية لم يتوقع أحد نتيجتها، وكان الناخبون يتحدثون عن الخدمات أكثر من "
     "السياسة.\n" + RENDER, ("2018-10-02", "2026-11-23", None)),
])
def test_the_original_pieces_date_is_a_lower_bound(text: str, want: tuple) -> None:
    assert _page(text) == want
