"""Page-level cleaning: title, duplicated titles, captions, related blocks, header/footer, HTML, metadata dates."""

from __future__ import annotations

from marsad.clean import clean_text
from marsad.clean.boilerplate import classify_page

PAGE = """الرئيسية | أخبار | اقتصاد | رياضة | ثقافة
الثلاثاء 05 مارس 2024
رئيس التحرير
منى الشريف
شبكة الأخبار
وزير الخارجية الأردني يبحث في بغداد ملف المياه والربط الكهربائي
وزير الخارجية الأردني يبحث في بغداد ملف المياه والربط الكهربائي
الوزيران خلال مؤتمر صحفي مشترك في بغداد
الوزيران خلال مؤتمر صحفي مشترك في بغداد
ع ع ع
بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره العراقي فؤاد حسين في بغداد، الاثنين، ملفات المياه والربط الكهربائي وأمن الحدود.
اقرأ أيضاً: العراق والأردن يوقعان اتفاقية لنقل النفط
وقال الصفدي في مؤتمر صحفي إن البلدين يعملان على تسريع مشروع الربط الكهربائي قبل نهاية العام.
الطاقة أولاً
وأشار حسين إلى أن الحكومة العراقية تدعم كل المبادرات التي تعزز التكامل الاقتصادي بين البلدين.
مقالات ذات صلة
الصفدي يصل إلى بغداد في زيارة رسمية
العراق يطلب تسريع خط الغاز
اشترك في النشرة البريدية
"""


def _verdicts(text: str, title: str = "") -> dict[str, str | None]:
    lines, _ = classify_page(text.splitlines(), title)
    return {line.text: line.reason for line in lines}


def test_page_structure() -> None:
    """Every chrome family on one hand-written page; the paragraphs and the subheading stay."""
    v = _verdicts(PAGE)
    assert v["الرئيسية | أخبار | اقتصاد | رياضة | ثقافة"] == "nav"
    assert v["الثلاثاء 05 مارس 2024"] == "page-date"
    assert v["رئيس التحرير"] == v["منى الشريف"] == "masthead"
    assert v["شبكة الأخبار"] == "header"  # above the headline
    assert v["وزير الخارجية الأردني يبحث في بغداد ملف المياه والربط الكهربائي"] in ("title", "dup-title")
    assert v["الوزيران خلال مؤتمر صحفي مشترك في بغداد"] == "caption"  # printed twice in a row
    assert v["ع ع ع"] == "widget"
    assert v["اقرأ أيضاً: العراق والأردن يوقعان اتفاقية لنقل النفط"] == "related"
    assert v["الطاقة أولاً"] is None  # a subheading inside the article
    assert v["الصفدي يصل إلى بغداد في زيارة رسمية"] == v["العراق يطلب تسريع خط الغاز"] == "related"
    assert v["اشترك في النشرة البريدية"] == "appeal"


def test_clean_text_plain_page() -> None:
    doc = clean_text(PAGE, source="page.txt")
    assert doc.title == "وزير الخارجية الأردني يبحث في بغداد ملف المياه والربط الكهربائي"
    assert doc.captions == ["الوزيران خلال مؤتمر صحفي مشترك في بغداد"]
    assert [p.value for p in doc.page_dates] == ["2024-03-05"]
    assert doc.published.value is None and "metadata_date" not in doc.meta
    assert len(doc.paragraphs) == 4
    assert doc.body.startswith("بحث وزير الخارجية") and doc.body.endswith("بين البلدين.")
    reasons = {d.reason for d in doc.dropped}
    assert {"nav", "page-date", "masthead", "title", "dup-title", "caption", "widget", "related", "appeal"} <= reasons


def test_related_block_ends_at_next_paragraph() -> None:
    """A read-more list in mid-article ends where the article resumes."""
    text = ("انتخابات بلدية في تونس وسط إقبال ضعيف\n"
            "أدلى الناخبون التونسيون بأصواتهم الأحد في انتخابات بلدية، وسط إقبال ضعيف بحسب الهيئة العليا المستقلة للانتخابات.\n"
            "اقرأ أيضاً\n"
            "الهيئة تعلن موعد النتائج\n"
            "وقالت الهيئة إن نسبة المشاركة لم تتجاوز عشرين في المئة حتى إغلاق مكاتب الاقتراع مساءً.\n")
    v = _verdicts(text)
    assert v["الهيئة تعلن موعد النتائج"] == "related"
    assert v["وقالت الهيئة إن نسبة المشاركة لم تتجاوز عشرين في المئة حتى إغلاق مكاتب الاقتراع مساءً."] is None


def test_trailing_list_kept_until_chrome_starts() -> None:
    """Short lines right after the last paragraph stay; after recognised chrome they are chrome too."""
    text = ("وأوضحت الوزارة أن الحملة تشمل المحافظات كافة، وتستمر حتى نهاية الشهر الجاري بحسب الخطة.\n"
            "* المرحلة الأولى: المدارس\n"
            "اترك رد\n"
            "عناوين متفرقة\n")
    v = _verdicts(text, title="حملة تلقيح وطنية")
    assert v["* المرحلة الأولى: المدارس"] is None
    assert v["عناوين متفرقة"] == "footer"


def test_metadata_date_is_evidence_only() -> None:
    doc = clean_text("وقالت الحكومة إن الاجتماع سيعقد في موعده المحدد الأسبوع المقبل في العاصمة.",
                     title="اجتماع حكومي", published="2024-05-09")
    assert doc.meta["metadata_date"] == "2024-05-09"
    assert doc.published.value is None and doc.published.earliest is None
    assert any("2024-05-09" in e for e in doc.published.evidence)


def test_body_keeps_original_characters() -> None:
    """No normalization of the body: hamzas, diacritics, tatweel, NBSP and Arabic-Indic digits stay."""
    para = "قالت الوزارةُ إنّ ١٢ شخصاً أُصيبوا\u00a0في الانفجار الذي وقع صباح الأحد بالقرب من السوق المركزي."
    doc = clean_text(para, title="انفجار في السوق")
    assert doc.body == para


def test_html_page() -> None:
    html = """<html><head><title>اتفاق على تبادل الأسرى | موقع الخبر</title>
    <meta property="og:site_name" content="عنب بلدي"></head><body>
    <nav><ul><li>الرئيسية</li><li>أخبار</li><li>اقتصاد</li></ul></nav>
    <div class="date">السبت 20 أيار 2023</div>
    <article><h1>اتفاق على تبادل الأسرى بين الطرفين</h1>
    <figure><img src="a.jpg" alt="صورة من عملية تبادل سابقة"><figcaption>أسرى محررون لدى وصولهم إلى المعبر (رويترز)</figcaption></figure>
    <p>أعلن الوسطاء التوصل إلى اتفاق لتبادل الأسرى بين الطرفين، على أن يبدأ تنفيذه خلال الأيام المقبلة بإشراف دولي.</p>
    <p>وقال مسؤول مطلع إن الدفعة الأولى ستشمل مئة محتجز من المدنيين وكبار السن، في خطوة لبناء الثقة.</p>
    <p>اقرأ أيضاً: الوسطاء يواصلون الاتصالات لتثبيت التهدئة</p>
    <script>alert(1)</script>
    </article><footer>جميع الحقوق محفوظة</footer></body></html>"""
    doc = clean_text(html, html=True)
    assert doc.title == "اتفاق على تبادل الأسرى بين الطرفين"
    assert doc.outlet == "Enab Baladi"
    assert "أعلن الوسطاء" in doc.body and "وقال مسؤول مطلع" in doc.body
    assert "alert" not in doc.body and "الوسطاء يواصلون" not in doc.body and "أسرى محررون" not in doc.body
    assert "أسرى محررون لدى وصولهم إلى المعبر (رويترز)" in doc.captions
    assert [p.value for p in doc.page_dates] == ["2023-05-20"]


def test_html_without_body_text() -> None:
    """HTML with no body: an empty document, not an exception."""
    doc = clean_text("<html><head><title>صفحة فارغة</title></head></html>", html=True)
    assert doc.body == "" and doc.title == "صفحة فارغة"


def test_english_only_page_language() -> None:
    doc = clean_text("The minister said on Sunday that talks would resume next week in Cairo.", title="Talks")
    assert doc.language == "en"


def test_title_repeated_with_site_suffix_is_dup_title() -> None:
    text = ("ارتفاع أسعار الوقود في الأردن للمرة الثالثة\n"
            "ارتفاع أسعار الوقود في الأردن للمرة الثالثة - عمون\n"
            "رفعت الحكومة الأردنية أسعار المشتقات النفطية للمرة الثالثة هذا العام، بحسب قرار لجنة التسعير.\n")
    v = _verdicts(text)
    assert v["ارتفاع أسعار الوقود في الأردن للمرة الثالثة - عمون"] == "dup-title"


def test_html_title_from_title_tag() -> None:
    """«Headline - Known outlet» loses the outlet (which then names the page); other dashes are the headline's."""
    para = "<p>وقع البلدان اتفاقاً أمنياً جديداً لضبط الحدود المشتركة، بحسب بيان رسمي صدر اليوم.</p>"
    doc = clean_text(f"<html><head><title>اتفاق أمني بين العراق وسوريا - الجزيرة نت</title></head>"
                     f"<body><h1>الجزيرة</h1>{para}</body></html>", html=True)
    assert (doc.title, doc.outlet) == ("اتفاق أمني بين العراق وسوريا", "Al Jazeera")
    doc = clean_text(f"<html><head><title>العراق - سوريا: اتفاق أمني</title></head><body>{para}</body></html>",
                     html=True)
    assert doc.title == "العراق - سوريا: اتفاق أمني"


def test_repeated_paragraph_is_a_duplicate_not_a_caption() -> None:
    para = "وقال وزير الخارجية إن التنسيق بين البلدين أساسي للحفاظ على الأمن الإقليمي، بحسب بيان رسمي."
    v = _verdicts(f"{para}\n{para}\n", title="وزير الخارجية يؤكد أهمية التنسيق")
    lines, _ = classify_page([para, para], "وزير الخارجية يؤكد أهمية التنسيق")
    assert [line.reason for line in lines] == [None, "duplicate"] and len(v) == 1


def test_no_header_above_a_title_found_deep_in_the_text() -> None:
    """A given title that matches a line far down (a verse of a poem) does not turn what is above into chrome."""
    verses = [f"بيت من الشعر رقم {i} في القصيدة" for i in range(20)]
    lines, _ = classify_page(verses, verses[18])
    assert all(line.reason is None for line in lines[:18])
