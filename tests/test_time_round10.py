"""Rules added in the tenth dates round, after the blind probes ``dates_fresh10`` and ``published_fresh7``.

Years before 1900 after a year word or in a full date (never bare counts or prices), «تسعينيات القرن التاسع
عشر», month/year numerals «في 09/2025», the Kuwaiti «7 - 2 (كونا)» dateline and two-comma agency datelines,
a past-tense yearless date a few days after publication is the last one, «خلال يومين» in a future clause is
a window from publication, a stipulated yearless date («نص الاتفاق على أن …») is no confident next date,
«في مثل هذا اليوم من عام …», and page stamps (render/edition dates standing alone on a line) bound
publication from above only; sidebar stamps bound nothing.
"""

from __future__ import annotations

import pytest
from probe_helpers import published, spans, values


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وتأسست الجامعة الأمريكية في بيروت عام 1866 على يد مبشرين أمريكيين.", "2023-05-02", ["1866"]),
    ("تأسست الجامعة عام 1881 في قلب المدينة القديمة.", "2023-05-02", ["1881"]),
    ("منذ عام 1860 والأسرة تدير هذا المتجر في سوق الحميدية.", "2022-04-04", ["1860"]),
    ("وافتتحت قناة السويس للملاحة الدولية في 17 نوفمبر 1869 بحضور الإمبراطورة أوجيني.", "2019-11-17",
     ["1869-11-17"]),
    ("وولد الشاعر في الثالث من مارس سنة 1887 في قرية صغيرة بجبل لبنان.", "2020-06-01", ["1887-03-03"]),
    ("وشهدت البلاد بين عامي 1870 و1875 موجة جفاف قاسية.", "2020-01-01", ["1870/1875"]),
    ("وأحيت الجالية ذكرى معركة أنوال التي وقعت في يوليوز 1921.", "2021-07-22", ["1921-07"]),
    ("وهاجرت العائلة إلى البرازيل في تسعينيات القرن التاسع عشر.", "2020-06-01", ["1890/1899"]),
])
def test_years_before_1900_after_a_year_word_or_in_a_date(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وبلغ عدد الزوار 1850 زائراً خلال المعرض.", "2023-04-04", []),
    ("وتضم المكتبة أكثر من 1200 مخطوطة نادرة.", "2021-08-05", []),
    ("وارتفع المؤشر العام للبورصة 1865 نقطة.", "2023-03-07", []),
    ("وتعود المباني إلى القرن التاسع عشر.", "2019-05-15", []),
    ("وصدر القرار في عام 1436 بعد مشاورات.", "2019-05-15", []),  # a Hijri year written without «هـ»
    ("وبنيت القلعة عام 1200 في عهد الأيوبيين.", "2019-05-15", []),  # the reading starts at 1500
])
def test_old_numbers_that_are_not_years(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


def test_historical_dates_bound_no_publication() -> None:
    lo, hi, day = published("بيروت - وتأسست الجامعة عام 1866 وافتتحت كليتها الأولى في 3 ديسمبر 1866.")
    assert (lo, day) == (None, None)


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وسجل معدل التضخم 3.2 في المئة في 09/2025 مقارنة بالشهر السابق.", "2025-10-20", [("09/2025", "2025-09")]),
    ("وبلغت الصادرات أعلى مستوى لها في 4/2024 قبل أن تتراجع.", "2024-07-01", [("4/2024", "2024-04")]),
    ("وصدر القرار 12/2020 بشأن الضرائب.", "2024-07-01", []),
    ("في 24/4/2024 وقعت الحادثة.", "2024-07-01", [("24/4/2024", "2024-04-24")]),
    ("وصدر التعميم بتاريخ 9/2025.", "2026-01-01", [("9/2025", "2025-09")]),
    ("وارتفعت الأسعار في الفترة من 3/2024 إلى 9/2025.", "2026-01-01", [("من 3/2024 إلى 9/2025", "2024-03/2025-09")]),
    ("وصدر العدد 9/2025 من المجلة.", "2026-01-01", []),
])
def test_month_year_numerals(text: str, anchor: str, want: list) -> None:
    assert spans(text, anchor) == want


@pytest.mark.parametrize(("text", "day"), [
    ("الدوحة، قنا، 14 مارس 2021 - وقعت دولة قطر اتفاقية للتعاون الجمركي مع تركيا.", "2021-03-14"),
    ("الرياض، واس، 3 يناير 2023 - أطلقت وزارة الثقافة مبادرة لترميم المباني التراثية.", "2023-01-03"),
    ("برلين، د ب أ، 14 مارس 2021 - قالت الحكومة الألمانية إن الإغلاق سيمدد.", "2021-03-14"),
    ("غزة، مراسلون، 14 مارس 2021 - قالت الوزارة إن المعبر سيفتح.", "2021-03-14"),
    ("بغداد / واع / 14 مارس 2021 - قالت الوزارة إن الامتحانات ستؤجل.", "2021-03-14"),
])
def test_agency_datelines(text: str, day: str) -> None:
    assert published(text) == (day, day, day)


def test_kuna_day_month_dateline() -> None:
    text = "الكويت - 7 - 2 (كونا) -- أعلنت وزارة المالية عن فائض في الميزانية للمرة الأولى منذ ثماني سنوات."
    assert spans(text, "2023-02-07") == [("7 - 2", "2023-02-07"), ("منذ ثماني سنوات", "2015")]
    assert values("وفاز الفريق 7 - 2 على ضيفه.", "2023-02-07") == []


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وكان الفنان قد توفي في 12 أكتوبر عن عمر ناهز الثمانين.", "2024-10-01", ["2023-10-12"]),
    ("وأفرجت السلطات عن الناشط في 20 نوفمبر بعد أشهر من الاحتجاز.", "2022-11-05", ["2021-11-20"]),
    ("وكانت الحكومة قد رفعت أسعار الوقود في 15 مارس بنسبة عشرة في المئة.", "2023-03-02", ["2022-03-15"]),
    ("وقتل ثلاثة أشخاص في الهجوم الذي وقع في 15 مارس.", "2023-03-14", ["2023-03-15"]),  # a day off: the dateline lag
    ("وارتفعت الأسعار في أكتوبر بنسبة كبيرة.", "2024-10-10", ["2024-10"]),  # the month under way
    ("وارتفعت الأسعار في أكتوبر بنسبة كبيرة.", "2024-09-20", ["2023-10"]),
])
def test_past_tense_yearless_date_after_publication_is_the_last_one(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("ويقام معرض الكتاب من 5 ولغاية 12 نوفمبر في مركز المعارض.", "2023-10-28", ["2023-11-05/2023-11-12"]),
    ("ويستمر المهرجان من 5 وحتى 12 نوفمبر في ساحة الكتبية.", "2023-11-01", ["2023-11-05/2023-11-12"]),
    ("وجرت الانتخابات من 5 وحتى 12 نوفمبر وسط إقبال ضعيف.", "2023-12-01", ["2023-11-05/2023-11-12"]),
    ("وأقيم المعرض من 5 وحتى 12 نوفمبر.", "2024-10-20", ["2023-11-05/2023-11-12"]),
])
def test_ranges_with_wa_hatta_and_lighayat(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("وقال الوزير إن الحكومة ستعلن عن الخطة خلال يومين.", "2024-02-12", ["2024-02-12/2024-02-14"]),
    ("وستصدر اللجنة قرارها خلال أسبوعين من الآن.", "2022-05-01", ["2022-05-01/2022-05-15"]),
    ("وسيتم الإعلان عن النتائج خلال 48 ساعة.", "2023-08-10", ["2023-08-10/2023-08-12"]),
    ("وتمكنت فرق الإطفاء من إخماد الحريق خلال يومين.", "2023-08-10", ["P2D"]),
    ("وستجري الانتخابات خلال ثلاثة أشهر من توقيع الاتفاق.", "2023-08-10", ["P3M"]),
])
def test_khilal_in_a_future_clause_is_a_window(text: str, anchor: str, want: list[str]) -> None:
    assert values(text, anchor) == want


@pytest.mark.parametrize(("text", "want"), [
    # a stipulation of some treaty: the last or the next March, an honest interval
    ("ونص الاتفاق على أن ينسحب الجيش في مارس.", [("مارس", "2022-03-01/2023-03-31")]),
    ("وكان الاتفاق قد نص على أن ينسحب الجيش في 15 مارس.", [("15 مارس", "2022-03-15/2023-03-15")]),
    # signed in a year named before it: no year at all rather than a guess
    ("ونص الاتفاق الذي وقع عام 2020 على أن ينسحب الجيش في مارس.", [("عام 2020", "2020"), ("مارس", None)]),
    # round 9's scheduling reading is kept where nothing is stipulated
    ("وتعتزم الحكومة تنظيم استفتاء، على أن تجرى الانتخابات التشريعية في ديسمبر.", [("ديسمبر", "2022-12")]),
])
def test_stipulated_yearless_date_is_not_a_confident_next_one(text: str, want: list) -> None:
    assert spans(text, "2022-06-01") == want


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("في مثل هذا اليوم من عام 1948 أعلن قيام دولة إسرائيل.", "2024-05-14",
     [("في مثل هذا اليوم من عام 1948", "1948-05-14")]),
    ("وفي مثل هذا اليوم قبل 50 عاماً، اندلعت حرب أكتوبر.", "2023-10-06",
     [("في مثل هذا اليوم قبل 50 عاماً", "1973-10-06")]),
    ("في مثل هذا اليوم من العام الماضي ضرب زلزال مدمر المنطقة.", "2024-02-06",
     [("في مثل هذا اليوم من العام الماضي", "2023-02-06")]),
    ("وقال إن هذا اليوم سيبقى في الذاكرة.", "2023-10-06", [("اليوم", "2023-10-06")]),
])
def test_on_this_day_in_a_past_year(text: str, anchor: str, want: list) -> None:
    assert spans(text, anchor) == want


def test_on_this_day_with_a_full_date_states_no_publication_day() -> None:
    assert published("في مثل هذا اليوم، 6 أكتوبر 1973، عبرت القوات المصرية قناة السويس.")[2] is None


def test_pluperfect_announcement_is_told_as_done() -> None:
    assert values("وكان الرئيس قد أصدر عفوا عن المعتقلين في 25 مارس.", "2024-03-21") == ["2023-03-25"]
    assert values("وأعلنت الحكومة عطلة من 3 إلى 5 يونيو.", "2024-05-21") == ["2024-06-03/2024-06-05"]


def test_stative_imperfect_does_not_make_a_weekday_coming() -> None:
    assert values("ويبلغ سعر الطن 1780 دولاراً، بحسب بيانات البورصة يوم الخميس.", "2023-04-04") == ["2023-03-30"]
    assert values("واحتفلت الجزائر بعيد الاستقلال المصادف للخامس من جويلية 1962.", "2022-07-05") == ["1962-07-05"]


@pytest.mark.parametrize(("text", "latest"), [
    ("الاثنين 23 نوفمبر 2026 | 12:40 م\nالرباط - أعلنت وزارة التجهيز والماء أمس عن إطلاق صفقة لبناء سد جديد "
     "في إقليم تاونات بطاقة استيعابية تبلغ 200 مليون متر مكعب.", "2026-11-23"),
    ("أخبار الخليج | الأحد 19 مايو 2024\nالمنامة - بنا - أكد رئيس مجلس النواب أن المجلس سيواصل مناقشة "
     "التعديلات المقترحة على قانون التقاعد في جلساته المقبلة.", "2024-05-19"),
    ("سانا - السبت 22 تشرين الثاني 2025\nدمشق-سانا: ارتفعت صادرات الحمضيات عبر مرفأ اللاذقية خلال الشهر "
     "الماضي بنسبة 15 بالمئة، وفق ما أفاد به مدير المرفأ.", "2025-11-22"),
])
def test_page_stamp_heading_the_page_is_an_upper_bound_only(text: str, latest: str) -> None:
    lo, hi, day = published(text)
    assert day is None and hi is not None and hi <= latest and (lo is None or lo < latest)


@pytest.mark.parametrize(("text", "latest"), [
    ("طقس اليوم | الاثنين 23 نوفمبر 2026 | 18 درجة\nالرباط - أعلنت المديرية العامة للأمن الوطني عن توقيف "
     "شبكة إجرامية متخصصة في تهريب المخدرات بمدينة طنجة.", "2026-11-23"),
    ("الرئيسية | أخبار عربية | الاثنين، 23 نوفمبر 2026\nعمّان - بترا - بحث وزير الخارجية مع نظيره المصري "
     "اليوم الأحد تطورات الأوضاع في المنطقة.", "2026-11-22"),
])
def test_furniture_strip_dates_are_upper_bounds(text: str, latest: str) -> None:
    assert published(text) == (None, latest, None)


def test_labelled_publication_stamp_in_a_strip_stays_a_dateline() -> None:
    text = "نشر في: 21/05/2022 | آخر تحديث: 22/05/2022 | 09:40\nافتتحت وزارة الثقافة العراقية معرضا للكتاب."
    assert published(text)[2] == "2022-05-21"


def test_place_comma_fi_agency_dateline_under_a_bare_heading() -> None:
    text = ("23/11/2026\nالمنامة، في 5 مايو/ بنا / أكد وزير الداخلية اليوم أهمية تعزيز التعاون الأمني الخليجي "
            "في مواجهة التحديات المشتركة.")
    lo, hi, day = published(text)
    assert day is None and hi == "2026-05-05"


def test_stamp_before_the_story_dateline_yields_to_it() -> None:
    text = ("الاثنين 23 نوفمبر 2026 - آخر تحديث 09:15\nالدوحة، قنا، 14 مارس 2021 - وقعت دولة قطر وجمهورية "
            "تركيا اليوم اتفاقية للتعاون الجمركي وتبادل المعلومات.")
    assert published(text) == ("2021-03-14", "2021-03-14", "2021-03-14")


def test_sidebar_stamps_bound_nothing() -> None:
    text = ("تونس - قال المعهد الوطني للإحصاء إن نسبة التضخم تراجعت إلى 6.7 بالمئة خلال شهر أكتوبر المنقضي "
            "بعد أن بلغت 7 بالمئة في شهر سبتمبر 2024.\nمقالات ذات صلة\nارتفاع الصادرات الفلاحية - 20/11/2026")
    lo, hi, day = published(text)
    assert day is None and lo is not None and lo >= "2024-10-01"
    assert hi is None or hi > "2026-11-20"


def test_headline_stamp_at_the_top_bounds_nothing() -> None:
    text = ("عاجل: الحكومة تعلن حزمة دعم جديدة - 22 نوفمبر 2026\nالرباط - أعلنت وزارة التجهيز والماء اليوم الاثنين "
            "23 نوفمبر 2026 عن إطلاق صفقة لبناء سد جديد في إقليم تاونات بطاقة استيعابية كبيرة.")
    assert published(text) == ("2026-11-23", "2026-11-23", "2026-11-23")


def test_hijri_heading_with_its_gregorian_day_stays_a_dateline() -> None:
    text = ("الأحد 15 شعبان 1445 هـ الموافق 25 فبراير 2024\nالرياض - دشن أمير المنطقة اليوم مشروعات تنموية "
            "بتكلفة تتجاوز ثلاثة مليارات ريال.")
    assert published(text)[2] == "2024-02-25"


def test_sentence_ending_in_a_date_and_clock_is_no_stamp() -> None:
    text = ("وفي الحلقة أيضا تحل الفنانة ضيفة شرف على البرنامج وتقوم بأداء بعض من أغانيها. "
            "تعرض الحلقة اليوم الجمعة الموافق 24 - 7 - 2015، الساعة 10:00 مساء بتوقيت السعودية.")
    assert published(text)[2] == "2015-07-24"
