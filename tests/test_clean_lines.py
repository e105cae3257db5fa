"""Line rules of the cleaner, one family at a time, on real-style Arabic chrome and body lines."""

from __future__ import annotations

import pytest

from marsad.clean.lines import classify, is_body

CHROME = [
    # navigation strips: many menu words on one line, with or without separators
    ("الرئيسية | أخبار | اقتصاد | رياضة | ثقافة | منوعات", "nav"),
    ("× الرئيسية أخبار وتقارير اقتصاد رأي وتحليل رياضة تكنولوجيا", "nav"),
    ("الصحة|المجتمع|المرأة", "nav"),
    ("كاريكاتير", "section"),
    ("تقارير وتحقيقات", "section"),
    # related and read-more lists
    ("مقالات متعلقة", "related"),
    ("قد يعجبك أيضاً", "related"),
    ("إقرأ أيضاً:", "related"),
    ("اقرأ المزيد: الحكومة تعلن موازنة العام المقبل وسط احتجاجات نقابية", "related"),
    ("اقرأ أيضاً - وزير الخارجية يصل إلى عمّان في زيارة رسمية", "related"),
    # donation, subscription and app appeals
    ("ادعم صحافتنا المستقلة", "appeal"),
    ("اضغط هنا للتبرع", "appeal"),
    ("اشترك في قائمتنا البريدية ليصلك كل جديد!", "appeal"),
    ("تابع أحدث الأخبار عبر تطبيق نبض", "appeal"),
    ("نحن بحاجتك لنبقى صوتاً مستقلاً", "appeal"),
    # comment forms
    ("اترك رد", "comment-form"),
    ("لن يتم نشر عنوان البريد الإلكتروني.", "comment-form"),
    ("الحقول الإلزامية مشار إليها بـ *", "comment-form"),
    # font-size and share widgets
    ("ع ع ع", "widget"),
    ("A A A", "widget"),
    ("شارك: فيسبوك تويتر واتساب", "widget"),
    # mastheads
    ("رئيس التحرير: خالد منصور", "masthead"),
    ("رئيس مجلس الإدارة والتحرير", "masthead"),
    # render dates, Arabic and English
    ("الأربعاء 03 يناير 2024", "page-date"),
    ("آخر تحديث: السبت 20 أيار 2023 - 10:30 ص", "page-date"),
    ("- November 5, 2023", "page-date"),
    ("نُشر في: 12/05/2024", "page-date"),
    # comment counts
    ("0", "comment-count"),
    ("3 تعليقات", "comment-count"),
    # photo captions with an agency credit
    ("متظاهرون في ساحة التحرير وسط القاهرة - (رويترز)", "caption"),
    ("صورة أرشيفية لمبنى البرلمان في بغداد (أ ف ب)", "caption"),
    # outlet self-reference
    ("الشام اليوم - خاص", "self-ref"),
    ("ليفانت-خاص", "self-ref"),
    ("-", "punct"),
    # breadcrumbs, tag lists, bylines
    ("الرئيسية » أخبار » سياسة", "nav"),
    ("الوسوم: العراق، سوريا، الحدود", "tags"),
    ("كتب: أحمد عبد الله", "byline"),
    ("بقلم - سارة منصور", "byline"),
    ("شارك هذا المقال", "widget"),
]

BODY = [
    # chrome words inside article sentences must not drop them
    "وقال المتحدث إن الوزارة ستدعم المزارعين، ودعا المواطنين إلى الاشتراك في البرنامج الذي أطلقته الحكومة أمس.",
    "ادعموا الحوار الوطني، قال الرئيس في خطاب ألقاه أمام البرلمان مساء الأحد وسط تصفيق النواب.",
    "وشارك في الاجتماع وزراء خارجية الأردن ومصر والعراق، إلى جانب ممثل عن الجامعة العربية.",
    "وفي 12 أيار 2024 وقّع الوزيران مذكرة تفاهم للتعاون الأمني.",
    "وأكد رئيس مجلس الوزراء أن الحكومة ماضية في تنفيذ برنامجها الاقتصادي رغم الصعوبات.",
    # a short subheading inside the article
    "الأردن ومصر في مواجهة الأزمة",
    "لجنة اتصال عربية",
    "كتب الوزير في تغريدة على منصة إكس أن المفاوضات وصلت إلى مرحلة حاسمة، داعياً إلى التهدئة.",
    "تقرير: الأمم المتحدة تحذر من مجاعة وشيكة في شمال دارفور مع استمرار الحصار",
]


@pytest.mark.parametrize(("line", "reason"), CHROME)
def test_chrome_line_family(line: str, reason: str) -> None:
    assert classify(line) == reason


@pytest.mark.parametrize("line", BODY)
def test_body_lines_are_not_chrome(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("وقال المتحدث إن الوزارة ستواصل دعم المزارعين في المناطق المتضررة.", True),
    ("عودة سوريا إلى الحضن العربي.. ماذا تغير؟", False),  # a related headline, not a sentence
    ("الإعلام الحر يصنع الفرق في بلادنا ويحمي الحقيقة..", False),  # an appeal ending in an ellipsis
    ("اشترك في نشرتنا الأسبوعية للحصول على آخر التحديثات!", False),
])
def test_is_body(line: str, expected: bool) -> None:
    assert is_body(line) is expected
