"""Rule side of recognition and linking: context for common-word aliases, titles of organizations, code labels."""

from __future__ import annotations

import pytest

from marsad.analyze.entities import gazetteer, recognize_document
from marsad.analyze.entities.linking import describe_code
from marsad.analyze.entities.wordseq import WordSeq
from marsad.kb import get_kb
from marsad.model import Document

DAY = "2015-07-25"


def _mentions(text: str, day: str = DAY) -> list:
    doc = Document(id="t", body=text)
    doc.published.value = day
    return recognize_document(doc).mentions


def _linked(text: str, day: str = DAY) -> dict[str, str]:
    return {m.text: m.entity for m in _mentions(text, day) if m.entity}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("استدعت وزارة الخارجية البحرينية القائم بأعمال السفارة الإيرانية في المنامة.", "القائم"),
        ("قال القائم على المشروع إن أعمال البناء ستنتهي قبل نهاية العام.", "القائم"),
        ("أعلنت وزارة المالية عن عجز في الميزانية العامة للعام المقبل.", "المالية"),
        ("ألغت شركات الطيران العديد من الرحلات بسبب العاصفة الرملية.", "العديد"),
        ("نشر الناشطون الصور على مواقع التواصل الاجتماعي بعد الحادث.", "الصور"),
        ("يشعر اللاعبون بالحماس الكبير قبل المباراة النهائية.", "الحماس"),
        ("يبلغ عدد الزوار في المتوسط ألف زائر يوميا خلال الصيف.", "المتوسط"),
        ("سافر إلى أوروبا ليتابع الدورة التدريبية في الإدارة المالية.", "الدورة"),
    ],
)
def test_common_word_alias_not_linked_without_context(text: str, word: str) -> None:
    """An alias that is also an everyday word (القائم بأعمال، وزارة المالية) is not a KB link on its own."""
    assert word not in _linked(text)


@pytest.mark.parametrize(
    ("text", "word", "entity"),
    [
        ("اندلعت اشتباكات عنيفة في القائم قرب الحدود السورية.", "القائم", "place:al_qaim"),
        ("سيطرت القوات العراقية على بلدة القائم الحدودية مع سوريا.", "القائم", "place:al_qaim"),
        ("أطلقت حركة حماس صواريخ على إسرائيل، وقالت حماس إنها سترد على أي هجوم.", "حماس", "org:hamas"),
        ("وصل الرئيس روحاني إلى نيويورك للمشاركة في اجتماعات الأمم المتحدة.", "روحاني", "person:hassan_rouhani"),
        ("أدت الغارات إلى مقتل عشرة مدنيين في سوريا، وحمّلت المعارضة الأسد المسؤولية.", "الأسد",
         "person:bashar_al_assad"),
    ],
)
def test_common_word_alias_kept_with_context(text: str, word: str, entity: str) -> None:
    """A preposition in a story naming the region, a place/title/group cue, or a plain mention elsewhere keeps the link."""
    assert _linked(text).get(word) == entity


def test_weak_flag_on_article_dropped_and_common_hits() -> None:
    """The gazetteer marks common-word hits and one-word article-dropped hits as weak, full names as strong."""
    ms = gazetteer.match(WordSeq.of("أكدت حركة حماس أن حماس لن تتخلى عن الحماس"))
    weak = {(m.i, m.j): m.weak for m in ms}
    assert weak[(1, 3)] is False  # حركة حماس
    assert weak[(4, 5)] is True  # حماس (a common word in the KB)
    assert weak[(8, 9)] is True  # الحماس → حماس only by dropping the article


def test_construct_state_preposition_peeled_for_multiword_alias() -> None:
    """«لجامعة الدول العربية»: ل on an indefinite noun is peeled when the following words confirm the alias."""
    ms = gazetteer.match(WordSeq.of("قال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن القمة ستعقد"))
    assert [m.ids[0] for m in ms] == ["org:arab_league", "person:ahmed_aboul_gheit"]
    assert gazetteer.match(WordSeq.of("قالت لبنى إن الاجتماع انتهى")) == []  # a one-word alias is never peeled


def test_title_of_league_is_org_plus_person() -> None:
    """«الأمين العام لجامعة الدول العربية أحمد أبو الغيط»: the League as ORG, the person linked, not one span."""
    ms = _mentions("قال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن القمة ستعقد في موعدها.", "2019-03-01")
    got = {m.text: (m.kind, m.entity) for m in ms}
    assert got["جامعة الدول العربية"] == ("ORG", "org:arab_league")
    assert got["أحمد أبو الغيط"] == ("PERS", "person:ahmed_aboul_gheit")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("قال رئيس حركة النهضة راشد الغنوشي إن الحوار الوطني مستمر.", "person:rached_ghannouchi"),
        ("أكد رئيس حزب القوات اللبنانية سمير جعجع أن الانتخابات تعطلت.", "person:samir_geagea"),
    ],
)
def test_title_of_party_links_the_named_person(text: str, person: str) -> None:
    """Title + party + name links the person named, never the head of state of the party's country."""
    ms = _mentions(text, "2021-06-01")
    people = [m.entity for m in ms if m.kind == "PERS"]
    assert people == [person]


@pytest.mark.parametrize(
    "text",
    [
        "قال رئيس حركة النهضة إن الحزب سيشارك في الحكومة المقبلة.",
        "وقال رئيس هيئة الهلال الأحمر إن فرق الإسعاف جاهزة.",
    ],
)
def test_title_of_org_without_name_is_not_head_of_state(text: str) -> None:
    """«رئيس حركة النهضة» alone is not the Tunisian president; the organization keeps its own link."""
    ms = _mentions(text, "2021-06-01")
    kb = get_kb()
    assert not [m for m in ms if m.entity and kb.get(m.entity).type == "person"]
    assert any(m.kind == "ORG" and m.entity for m in ms)


def test_office_titled_with_its_organization_gives_holder_on_date() -> None:
    """«الأمين العام لجامعة الدول العربية» on a 2015 date is the League's secretary-general then."""
    ms = _mentions("وقال الأمين العام لجامعة الدول العربية إن القمة ستعقد في موعدها.")
    assert [m.entity for m in ms if m.kind == "PERS"] == ["person:nabil_elaraby"]


def test_name_after_title_is_not_linked_to_a_place() -> None:
    """«اللواء منصور التركي»: a name found after a title links only to a person, never to the place المنصور."""
    ms = _mentions("وأوضح اللواء منصور التركي أن الأجهزة الأمنية ضبطت المتهمين.")
    kb = get_kb()
    assert all(kb.get(m.entity).type == "person" for m in ms if m.kind == "PERS" and m.entity)


def test_ambiguous_alias_prefers_country_of_the_story() -> None:
    """«الجوف» in a Saudi story is the Saudi region, not the Yemeni governorate of the same name."""
    got = _linked("زار وفد من وزارة الصحة السعودية منطقة الرياض ثم توجه إلى الجوف لتفقد المستشفيات.")
    assert got.get("الجوف") == "place:al_jawf_saudi"


@pytest.mark.parametrize(
    ("code", "label"),
    [("TUN-PTY", "political party"), ("TUN-LAB", "labour union"), ("SDN-SPY", "intelligence"),
     ("IRQ-HLH", "health"), ("IGOARL", "Arab League")],
)
def test_sector_codes_have_english_labels(code: str, label: str) -> None:
    """Every sector of the KB's actor codes reads in English (no bare PTY/LAB/SPY)."""
    assert label in (describe_code(code) or "")


@pytest.mark.parametrize(
    "text",
    [
        "مثل المتهمون أمام محمد بن علي في الجلسة الأولى للمحاكمة.",
        "أعلن فريق محمد صلاح عن برنامج المباريات الودية.",
        "وصل لواء سعد بن معاذ إلى أطراف المدينة صباح اليوم.",
    ],
)
def test_title_listed_with_article_needs_it(text: str) -> None:
    """أمام/فريق/لواء without the article are "before"/"team"/"brigade", not the titles الإمام/الفريق/اللواء."""
    assert not [m for m in _mentions(text) if m.how == "role-cue"]


def test_title_with_article_still_cues_a_name() -> None:
    """«اللواء منصور» still finds a person after the rank when the article is there."""
    ms = _mentions("وأوضح اللواء منصور التركي أن الأجهزة الأمنية ضبطت المتهمين.")
    assert any(m.kind == "PERS" and m.text.startswith("منصور") for m in ms)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("وقال رئيس حزب نداء تونس حافظ قائد السبسي إن الحزب موحد.", "person:beji_caid_essebsi"),
        ("عاد رفعت الأسد إلى دمشق بعد سنوات طويلة في المنفى.", "person:bashar_al_assad"),
    ],
)
def test_surname_hit_after_another_given_name_is_not_linked(text: str, wrong: str) -> None:
    """A relative or namesake (حافظ قائد السبسي) is not linked to the KB person whose surname matched."""
    assert wrong not in {m.entity for m in _mentions(text, "2021-06-01")}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("وقال الرئيس العراقي السابق إن الانتخابات ستجري في موعدها.", "person:barham_salih"),
        ("صحيح أن الرئيس السوري الراحل تمكن من السيطرة على الأوضاع.", "person:bashar_al_assad"),
    ],
)
def test_former_office_is_not_todays_holder(text: str, wrong: str) -> None:
    """«الرئيس العراقي السابق» is not the president in office on the story's date."""
    assert wrong not in {m.entity for m in _mentions(text, "2021-06-01")}


def test_current_office_still_links_holder() -> None:
    """Without السابق, the title and nationality give the holder on the date."""
    assert "person:barham_salih" in {m.entity for m in _mentions("وقال الرئيس العراقي إن الانتخابات ستجري في موعدها.",
                                                                   "2021-06-01")}
