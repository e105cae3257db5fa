"""Round 31: publication intervals that excluded the true day (SaudiNewsNet-style pages, paraphrased).

Each wrong interval came from one rule; each test pairs the failing pattern with the case the rule
was built for, which must still be dated as before.
"""

from __future__ import annotations

from probe_helpers import contains_day as _contains
from probe_helpers import inferred as _pub

# -- the latest year mentioned, in a life story ------------------------------------------------------
OBITUARY = (
    "نعت نقابة المهن الموسيقية اليوم الأحد 5 مارس المطرب سليم الحداد بعد صراع طويل مع المرض. "
    "وولد الحداد في حي شعبي بمدينة طنطا عام 1938، وبدأ الغناء في الإذاعة وهو طالب. "
    "وأحيا أول حفلاته الكبرى في المسرح القومي عام 1961، ولحن له كبار الملحنين أغنيات ما زالت تذاع حتى اليوم. "
    "ويشيع جثمانه بعد صلاة الظهر غدا."
)


def test_latest_year_of_a_life_story_is_a_lower_bound_only() -> None:
    # the years are the singer's birth and first concert: the page appeared decades later (2017-03-05)
    pub = _pub(OBITUARY, "رحيل المطرب سليم الحداد")
    assert _contains(pub, "2017-03-05"), pub
    assert pub.value is None
    assert any("life story" in e for e in pub.evidence)


def test_latest_year_still_bounds_a_news_report() -> None:
    # what the rule is for: a company report of the day, the latest year its last fiscal year
    body = ("أعلنت شركة الخليج للأسمنت اليوم الأحد 5 مارس نتائجها المالية عن عام 2016، "
            "وبلغ صافي أرباحها 410 ملايين ريال بارتفاع 6 في المائة عن عام 2015.")
    pub = _pub(body)
    assert _contains(pub, "2017-03-05"), pub
    assert pub.latest is not None and pub.latest <= "2021-12-31"


# -- «العام الماضي Y» counted from the reported year ---------------------------------------------------
def test_last_year_beside_the_reported_year_is_a_bound() -> None:
    # an annual report published the following summer: «الماضي» counts from 2019, not from publication
    body = ("أظهرت بيانات هيئة الموانئ أن عدد الحاويات المناولة في موانئ المنطقة الشرقية خلال عام 2019 "
            "بلغ 3.6 مليون حاوية، بزيادة 4.2 في المائة عما كان عليه في العام الماضي 2018، "
            "وتصدر ميناء الملك عبدالعزيز القائمة.")
    pub = _pub(body)
    assert _contains(pub, "2020-06-14"), pub
    assert pub.earliest is not None and pub.earliest >= "2019-01-01"


def test_last_year_alone_still_pins_the_year() -> None:
    body = "قالت الهيئة إن عدد الزوار بلغ في العام الماضي 2018 نحو مليوني زائر، وتتوقع زيادة العدد."
    pub = _pub(body)
    assert pub.earliest == "2019-01-01" and pub.latest == "2019-12-31", pub


# -- «سبتمبر من عام 2015 الجاري»: the current year, not the current month ----------------------------------
def test_current_marker_after_the_year_marks_the_year() -> None:
    body = ("أكدت وزارة الصناعة أن المدينة الصناعية الجديدة في ينبع ستستقبل أول المصانع في أكتوبر من عام 2019 الجاري، "
            "بعد اكتمال أعمال البنية التحتية.")
    pub = _pub(body)
    assert _contains(pub, "2019-05-12"), pub
    assert pub.earliest == "2019-01-01" and pub.latest == "2019-12-31"


def test_current_month_still_marks_the_month() -> None:
    pub = _pub("وتبدأ الحملة في العاشر من أكتوبر الجاري وتستمر أسبوعين في مدارس المنطقة.")
    assert pub.evidence and any("published in that month" in e for e in pub.evidence), pub


# -- tenures: «وولي ولي العهد», «ولي العهد، والأمير …» ---------------------------------------------------------
def test_deputy_crown_prince_after_wa_is_not_the_crown_prince() -> None:
    # Eid greetings of 2016, when the prince was deputy crown prince (crown prince only from mid-2017)
    body = ("رفع رئيس مجلس إدارة الغرفة التجارية بجدة أسمى التهاني إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، "
            "وولي ولي العهد الأمير محمد بن سلمان بمناسبة حلول عيد الفطر المبارك.")
    pub = _pub(body)
    assert _contains(pub, "2016-07-06"), pub
    assert not any("CROWN_PRINCE" in e and "محمد بن سلمان" in e for e in pub.evidence)


def test_title_before_a_comma_and_wa_closes_the_previous_name() -> None:
    body = ("وقال الوزير إن الوفد التقى أمس الأمير محمد بن نايف ولي العهد، والأمير محمد بن سلمان ولي ولي العهد، "
            "وبحث معهما العلاقات الثنائية.")
    pub = _pub(body)
    assert _contains(pub, "2016-02-10"), pub


def test_crown_prince_title_still_dates_the_story() -> None:
    pub = _pub("استقبل ولي العهد الأمير محمد بن سلمان في الرياض اليوم وفدا من رجال الأعمال.")
    assert pub.earliest is not None and pub.earliest >= "2017-05-01", pub


# -- «نظيره»: the counterpart holds the office of the one it is said of ---------------------------------
def test_counterpart_of_a_minister_is_not_dated_by_a_later_premiership() -> None:
    # the French interior minister of 2015, whose knowledge-base entry holds only his later premiership
    body = ("وبحث وزير الداخلية الأردني في باريس مع نظيره الفرنسي برنار كازنوف سبل تعزيز التعاون الأمني "
            "وتبادل المعلومات في مكافحة الإرهاب.")
    pub = _pub(body)
    assert _contains(pub, "2015-11-20"), pub


def test_counterpart_with_the_same_office_still_dates_the_story() -> None:
    body = "واستقبل رئيس الوزراء اللبناني في السراي الحكومي نظيره الفرنسي برنار كازنوف وبحثا الأوضاع في المنطقة."
    pub = _pub(body)
    assert pub.earliest is not None and pub.earliest >= "2016-11-01", pub
