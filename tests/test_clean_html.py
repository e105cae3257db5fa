"""HTML extraction: headline and site name from <title>, captions, the fallback when the extractor finds nothing."""

from __future__ import annotations

import pytest

from marsad.clean import clean_text
from marsad.clean import html as html_mod
from marsad.clean.html import _strip_site_name, extract_html


@pytest.mark.parametrize(("title", "headline", "site"), [
    ("اتفاق أمني بين العراق وسوريا - الجزيرة نت", "اتفاق أمني بين العراق وسوريا", "الجزيرة نت"),
    ("بوابة النيل | مقتل قيادي في بغداد", "مقتل قيادي في بغداد", "بوابة النيل"),  # site first
    ("العراق - سوريا: اتفاق أمني", "العراق - سوريا: اتفاق أمني", ""),  # the headline's own dash
    ("خبر عاجل في العاصمة | موقع مجهول", "خبر عاجل في العاصمة", "موقع مجهول"),
])
def test_site_name_in_title(title: str, headline: str, site: str) -> None:
    assert _strip_site_name(title, "") == (headline, site)


PAGE = """<html><head><title>بوابة النيل | الحكومة المصرية تعلن خطة لخفض التضخم</title></head><body>
<div id="menu"><a>الرئيسية</a> | <a>أخبار مصر</a> | <a>اقتصاد</a></div>
<nav>الرئيسية أخبار اقتصاد رياضة</nav>
<div class="news"><h1 class="logo">مصر</h1>
<img src="x.jpg" alt="رئيس الوزراء خلال المؤتمر الصحفي"><img src="logo.png" alt="شعار الموقع الرسمي للبوابة">
<img src="/i/brand.png" alt="شبكة الرافدين الإخبارية">
<div>أعلنت الحكومة المصرية خطة من خمس مراحل لخفض معدلات التضخم خلال العامين المقبلين، بحسب بيان لمجلس الوزراء.</div>
<div>وقال رئيس الوزراء إن الخطة تشمل دعم الصناعات المحلية وتوسيع برامج الحماية الاجتماعية للأسر الأكثر احتياجاً.</div>
</div>
<footer>بوابة النيل - جميع الحقوق محفوظة</footer></body></html>"""


def test_captions_from_alt_text_only_when_descriptive() -> None:
    page = extract_html(PAGE)
    assert page.captions == ["رئيس الوزراء خلال المؤتمر الصحفي"]  # logos and outlet names are not captions
    assert page.title == "الحكومة المصرية تعلن خطة لخفض التضخم" and page.site_name == "بوابة النيل"


def test_fallback_when_extractor_returns_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without trafilatura's text, our block extraction minus nav/footer still yields the article."""
    monkeypatch.setattr(html_mod.trafilatura, "extract", lambda *a, **k: None)
    doc = clean_text(PAGE, html=True)
    assert doc.body.startswith("أعلنت الحكومة المصرية") and doc.body.endswith("الأكثر احتياجاً.")
    assert len(doc.paragraphs) == 2
    assert doc.outlet == "Nile Gate"
    assert any(d.reason == "nav" for d in doc.dropped)
