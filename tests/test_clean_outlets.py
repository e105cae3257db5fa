"""Outlet recognition: URL hosts, names, chrome self-references, datelines and body self-citations."""

from __future__ import annotations

import pytest

from marsad.clean import clean_text
from marsad.clean.outlets import by_name, by_url, cited_as_self, in_dateline, is_self_reference, named_in_line


@pytest.mark.parametrize(("url", "name_en"), [
    ("https://www.enabbaladi.net/archives/12345", "Enab Baladi"),
    ("http://aawsat.com/home/article/1", "Asharq Al-Awsat"),
    ("https://www.bbc.com/arabic/middleeast-1", "BBC Arabic"),
    ("https://news.shafaq.com/ar/1", "Shafaq News"),
])
def test_by_url(url: str, name_en: str) -> None:
    outlet = by_url(url)
    assert outlet is not None and outlet.name_en == name_en


def test_by_url_unknown_host() -> None:
    assert by_url("https://example.org/a") is None
    assert by_url("https://www.bbc.com/news") is None  # BBC Arabic lives under /arabic only


@pytest.mark.parametrize(("name", "name_en"), [("عنب بلدي", "Enab Baladi"), ("Levant News", "Levant News"),
                                               ("aawsat", "Asharq Al-Awsat"), ("الخليج الجديد", "New Gulf Daily")])
def test_by_name(name: str, name_en: str) -> None:
    assert by_name(name).name_en == name_en


@pytest.mark.parametrize(("line", "name_en"), [
    ("ادعم عنب بلدي", "Enab Baladi"),
    ("تابعوا الشام اليوم على تيليجرام", "Al-Sham Today"),
    ("جميع الحقوق محفوظة لصحيفة الخليج الجديد © 2025", "New Gulf Daily"),  # longest alias wins over «الخليج»
])
def test_named_in_line(line: str, name_en: str) -> None:
    assert named_in_line(line).name_en == name_en


@pytest.mark.parametrize(("line", "expected"), [
    ("ليفانت-خاص", True), ("البوابة نيوز", True), ("خاص - السودان الآن", True), ("الشرق الأوسط", False),
])
def test_is_self_reference(line: str, expected: bool) -> None:
    assert is_self_reference(line) is expected


@pytest.mark.parametrize(("body", "name_en"), [
    ("من جهة أخرى علمت الميادين نت من مصادر مطلعة أن الاجتماع تأجل", "Al Mayadeen"),
    ("وقالت مصادر محلية لمراسل الشام اليوم إن القصف استمر ساعات", "Al-Sham Today"),
    ("وقال مسؤول محلي لعنب بلدي إن الطريق أغلق", "Enab Baladi"),
    ("ونقلت وكالة الأناضول عن مصدر أمني أن الهجوم أسفر عن قتلى", None),  # citing another outlet
])
def test_cited_as_self(body: str, name_en: str | None) -> None:
    found = cited_as_self(body)
    assert (found.name_en if found else None) == name_en


def test_dateline() -> None:
    assert in_dateline("عمّان – الخليج الجديد: دانت الحكومة الأردنية الهجوم").name_en == "New Gulf Daily"
    assert in_dateline("دمشق – وكالات: بحث الرئيس") is None


def test_outlet_order_metadata_then_url_then_page() -> None:
    """Metadata wins, then the URL host, then the page naming itself; unknown metadata is kept as given."""
    text = "خبر عاجل عن اجتماع الحكومة في بغداد\nوقال الوزير إن الحكومة ستعلن قراراتها الأسبوع المقبل، بحسب بيان رسمي.\nادعم عنب بلدي"
    assert clean_text(text).outlet == "Enab Baladi"
    assert clean_text(text, url="https://www.levant.news/x").outlet == "Levant News"
    doc = clean_text(text, outlet="صحيفة محلية مجهولة", url="https://unknown.example/x")
    assert doc.outlet == "صحيفة محلية مجهولة" and "outlet_en" not in doc.meta
    doc = clean_text(text, outlet="okaz")
    assert (doc.outlet, doc.meta["outlet_ar"], doc.meta["outlet_en"]) == ("Okaz", "عكاظ", "Okaz")
