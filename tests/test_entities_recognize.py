"""Entity recognition, linking, actor codes and coreference on newswire-style sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.analyze.entities import actor_code_for_span, actor_codes_for_span, recognize_document, tag_tokens
from marsad.model import Document, Published
from marsad.text.segment import segment_document


def _doc(body: str, day: str | None = None) -> Document:
    return recognize_document(segment_document(Document(id="t", body=body, published=Published(value=day))))


def _find(doc: Document, text: str):
    hits = [m for m in doc.mentions if m.text == text]
    assert hits, f"no mention «{text}» in {[m.text for m in doc.mentions]}"
    return hits[0]


@pytest.mark.parametrize(
    ("body", "span", "entity", "name_en"),
    [
        ("استقبل الرئيس السوري بشار الأسد وفدا عراقيا في دمشق.", "بشار الأسد", "person:bashar_al_assad", "Bashar al-Assad"),
        # Egyptian final ya (الكاظمى) links like the standard spelling
        ("التقى رئيس الوزراء العراقى مصطفى الكاظمى السفير الأمريكي.", "مصطفى الكاظمى", "person:mustafa_al_kadhimi", "Mustafa al-Kadhimi"),
        # clitics on the first word: وبغداد، للعراق
        ("وصلت التعزيزات إلى الحدود وبغداد تراقب.", "بغداد", "place:baghdad", "Baghdad"),
    ],
)
def test_gazetteer_links_kb_entities(body: str, span: str, entity: str, name_en: str) -> None:
    m = _find(_doc(body), span)
    assert (m.entity, m.name_en, m.how) == (entity, name_en, "gazetteer")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("وقال المحلل السياسي سامر الخطيب إن الاتفاق هش.", "سامر الخطيب"),
        ("وأكد الفريق أول الركن خليل الدباغ أن الوحدات جاهزة.", "خليل الدباغ"),
        ("وصرح المتحدث باسم وزارة الدفاع العراقية يحيى الزبيدي بأن العملية انتهت.", "يحيى الزبيدي"),
    ],
)
def test_role_cues_find_people_not_in_the_kb(body: str, name: str) -> None:
    m = _find(_doc(body), name)
    assert m.kind == "PERS" and m.name_en and m.name_en.isascii()


def test_role_cue_with_nationality_gives_code() -> None:
    m = _find(_doc("وقال وزير الدفاع العراقي حسين الجبوري إن القوات مستعدة."), "حسين الجبوري")
    assert m.kind == "PERS" and m.code and m.code.startswith("IRQ-")


@pytest.mark.parametrize(
    ("body", "span", "code"),
    [
        ("وصل وفد عسكري سوري إلى بغداد أمس.", "وفد عسكري سوري", "SYR-MIL"),
        ("أعلنت وزارة الدفاع العراقية مقتل مسلحين.", "وزارة الدفاع العراقية", "IRQ-MIL"),
        ("تقدم الجيش السوري نحو البادية.", "الجيش السوري", "SYR-MIL"),
        ("وقالت الحكومة العراقية إن الحدود مؤمنة.", "الحكومة العراقية", "IRQ-GOV"),
        ("زار وفد عسكري للنظام السوري العاصمة العراقية.", "وفد عسكري للنظام السوري", "SYR-MIL"),
        ("التقى مسؤولون في وزارة الدفاع التركية نظراءهم.", "مسؤولون في وزارة الدفاع التركية", "TUR-MIL"),
        ("فرقت قوات الأمن المحتجين في الساحة.", "قوات الأمن", "COP"),
        ("خرج متظاهرون في شوارع المدينة.", "متظاهرون", "CVL"),
        ("وهاجم مسلحون حاجزا للشرطة.", "مسلحون", "UAF"),  # unnamed gunmen: unidentified armed force, as events code them
        ("ودعا ناشطون إلى الإضراب.", "ناشطون", "OPP"),
    ],
)
def test_actor_phrases_get_codes(body: str, span: str, code: str) -> None:
    assert _find(_doc(body), span).code == code


def test_office_title_resolves_holder_on_document_date() -> None:
    m = _find(_doc("وقال الرئيس العراقي إن الحوار مستمر.", day="2019-06-01"), "الرئيس العراقي")
    assert m.code == "IRQ-GOV" and m.entity == "person:barham_salih" and m.name_en == "Barham Salih"


def test_office_title_without_date_keeps_code_only() -> None:
    m = _find(_doc("وقال الرئيس العراقي إن الحوار مستمر."), "الرئيس العراقي")
    assert m.code == "IRQ-GOV" and m.entity is None


def test_coref_short_references() -> None:
    doc = _doc("أصدرت وزارة الداخلية العراقية بيانا. وقالت الوزارة إن الوضع مستقر.")
    assert _find(doc, "الوزارة").code == _find(doc, "وزارة الداخلية العراقية").code
    doc = _doc("التقى وفد عسكري سوري قادة في وزارة الدفاع العراقية. واتفق الجانبان على التنسيق.")
    assert _find(doc, "الجانبان").code == "SYR-MIL+IRQ-MIL"
    doc = _doc("استقبل الرئيس السوري بشار الأسد وفدا. وقال الأسد إن التعاون مهم.")
    assert _find(doc, "الأسد").entity == "person:bashar_al_assad"


def test_indefinite_heads_do_not_refer_back() -> None:
    doc = _doc("وقالت الحكومة العراقية إن الحدود مؤمنة. ومن جانب آخر قالت مصادر إن الوضع هادئ.")
    assert not [m for m in doc.mentions if m.text == "جانب"]


def test_nisba_with_article_is_not_the_country() -> None:
    doc = _doc("وصلت القوات السورية إلى المعبر.")
    assert not [m for m in doc.mentions if m.text == "السورية" and m.entity == "SYR"]
    assert _find(doc, "القوات السورية").code == "SYR-MIL"


def test_actor_code_helper() -> None:
    body = "وصل وفد عسكري سوري إلى بغداد أمس."
    doc = _doc(body)
    s = body.index("وفد")
    assert actor_code_for_span(doc, s, s + 3) == ("SYR-MIL", None)
    assert actor_code_for_span(doc, 0, 3) == (None, None)
    doc = _doc("التقى وفد عسكري سوري قادة في وزارة الدفاع العراقية. واتفق الجانبان على التنسيق.")
    s = doc.body.index("الجانبان")
    assert [c for c, _ in actor_codes_for_span(doc, s, s + 8)] == ["SYR-MIL", "IRQ-MIL"]


def test_mention_offsets_point_into_body() -> None:
    doc = _doc("وَقالَ وزيرُ الخارجيةِ الإيرانيُّ للصحفيين في طهران إنّ المحادثات مستمرة مع العراق.")
    assert doc.mentions
    assert all(doc.body[m.start : m.end] == m.text for m in doc.mentions)


@pytest.mark.parametrize("body", ["", "   ", "ش" * 100_000, "hello عالم world", "ﺍﻟﻌﺮﺍﻕ ﻭﺳﻮﺭﻳﺎ", "\u200f\u0640"])
def test_bad_input(body: str) -> None:
    doc = _doc(body)
    assert all(doc.body[m.start : m.end] == m.text for m in doc.mentions)


def test_tag_tokens_one_tag_per_token() -> None:
    toks = ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "", "."]
    tags = tag_tokens(toks)
    assert len(tags) == len(toks)
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)


_PIECES = st.sampled_from(
    ["الرئيس", "السوري", "بشار", "الأسد", "وفد", "عسكري", "عراقي", "للعراق", "وبغداد", "قوات", "الأمن", "الجانبان", "،", ".",
     "«", "»", "\n", "NATO", "3.5", "الغانمى", "وزارة", "الدفاع", "العراقية", "سامر", "الخطيب", "المحلل", "السياسي", "ﺍﻟﻌﺮﺍﻕ",
     "بَغْدَادُ", "ـ", "\u200f"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_mention_spans_are_always_body_slices(body: str) -> None:
    doc = _doc(body)
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(body)
        assert body[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("body", "not_person"),
    [
        # titles are often followed by an organization or a region, not a name
        ("وقال رئيس مجلس الإدارة إن النتائج جيدة.", "مجلس الإدارة"),
        ("وافتتح أمير منطقة عسير المعرض أمس.", "منطقة عسير"),
        ("وأوضح عضو شرف النادي أن الفريق جاهز.", "شرف النادي"),
    ],
)
def test_titles_followed_by_organizations_are_not_people(body: str, not_person: str) -> None:
    doc = _doc(body)
    assert not [m for m in doc.mentions if m.kind == "PERS" and not_person in m.text]


def test_cue_name_stops_before_title_words() -> None:
    doc = _doc("واستقبل الأمير محمد بن سلمان بن عبدالعزيز ولي العهد الوفد.")
    people = [m for m in doc.mentions if m.kind == "PERS"]
    assert people and all("ولي" not in m.text for m in people)
    assert any(m.name_en and m.name_en.startswith("Mohammed bin Salman") for m in people)
