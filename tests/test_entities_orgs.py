"""ORG repairs after the CRF (entities.orgs): institutions named by description, quoted company names,
clubs before a masculine nationality adjective."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import postprocess
from marsad.analyze.entities.orgs import (
    clubs_before_nationality,
    heads_into_orgs,
    institutions_of_places,
    orgs_from_heads,
    quoted_companies,
)


@pytest.mark.parametrize(("text", "tags", "want"), [
    # head + scope adjective + «لـ» complement
    ("وطالبت اللجنة الدولية للصليب الأحمر بفتح المعابر",
     "O O O O O O O", "O B-ORG I-ORG I-ORG I-ORG O O"),
    ("وقرر الاتحاد الدولي لكرة القدم تغريم النادي",
     "O O O O O O O", "O B-ORG I-ORG I-ORG I-ORG O O"),
    # a nationality among the adjectives, then «لرصد الزلازل»
    ("وأفاد المعهد الوطني الأمريكي لرصد الزلازل بأن الهزة",
     "O O O O O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O"),
    # «لل» + head
    ("وجه الشكر للمنظمة العربية للتنمية الزراعية على دعمها",
     "O O O O O O O O", "O O B-ORG I-ORG I-ORG I-ORG O O"),
    # no scope adjective, or a word already tagged: left alone
    ("اجتمع المجلس الأعلى للقضاء أمس", "O O O O O", "O O O O O"),
    ("وقالت الحكومة الفرنسية إنها", "O O O O", "O O O O"),
    ("وقال الاتحاد الأوروبي إن", "O B-ORG I-ORG O", "O B-ORG I-ORG O"),
])
def test_an_institution_head_with_scope_adjectives_is_an_org(text: str, tags: str, want: str) -> None:
    assert orgs_from_heads(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وأعلنت شركة « النور للاتصالات » عن أرباحها", "O O O B-LOC O O O O O", "O O O B-ORG I-ORG O O O O"),
    ('وفتح مصرف " إتش.إس.بي.سي " فرعا جديدا', "O O O O O O O", "O O O B-ORG O O O"),
    # no company noun before the quote: left alone; an unclosed quote too
    ("وقال « النور للاتصالات » إن", "O O B-LOC O O O", "O O B-LOC O O O"),
    ("شركة « النور للاتصالات للمقاولات والتجارة العامة", "O O O O O O O", "O O O O O O O"),
])
def test_a_quoted_name_after_a_company_noun_is_the_company(text: str, tags: str, want: str) -> None:
    assert quoted_companies(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وتعاقد اللاعب مع ليون الفرنسي لموسمين", "O O O B-LOC O O", "O O O B-ORG O O"),
    # a club's first word tagged apart joins it
    ("وخسر أس روما الإيطالي أمس", "O B-ORG B-LOC O O", "O B-ORG I-ORG O O"),
    # a city agrees in the feminine; a definite place word and a region after a compass word stay
    ("ووصل الوفد إلى موسكو الروسية", "O O O B-LOC O", "O O O B-LOC O"),
    ("يعيش الفلاحون في الريف المغربي", "O O O B-LOC O", "O O O B-LOC O"),
    ("في شمال أفريقيا الروماني", "O O B-LOC O", "O O B-LOC O"),
])
def test_a_place_before_a_masculine_nationality_is_a_club(text: str, tags: str, want: str) -> None:
    assert clubs_before_nationality(text.split(), tags.split()) == want.split()


def test_postprocess_runs_the_org_rules() -> None:
    words = "وقالت اللجنة الدولية للصليب الأحمر إنها ستزور السجناء".split()
    assert postprocess([words], [["O"] * len(words)])[0][1:5] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]


@pytest.mark.parametrize("text", [
    "وانضم إلى الحركة الوطنية في شبابه",
    "وتحدث أمام الجمعية الوطنية ، وقال",
])
def test_national_alone_is_not_enough(text: str) -> None:
    tags = ["O"] * len(text.split())
    assert orgs_from_heads(text.split(), tags) == tags


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("تخرج في جامعة القاهرة عام 1990", "O O O B-LOC O O", "O O B-ORG I-ORG O O"),
    ("وحذر بنك إنجلترا من التضخم", "O O B-LOC O O", "O B-ORG I-ORG O O"),
    # a treaty's union, and a noun already inside an entity, stay
    ("وفق اتفاقية اتحاد باريس", "O O O B-LOC", "O O O B-LOC"),
    ("زار الوفد القاهرة", "O O B-LOC", "O O B-LOC"),
])
def test_an_institution_noun_before_a_place_is_the_institution(text: str, tags: str, want: str) -> None:
    assert institutions_of_places(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وأعلنت منظمة الأمم المتحدة أن", "O O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"),
    ("وانتقد بيان لحزب الاستقلال الحكومة", "O O O B-ORG O", "O O B-ORG I-ORG O"),
    # an agency or a committee of a named body is no part of its name
    ("وقالت لوكالة فرانس برس إن", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"),
    ("وطالبت لجنة الأمم المتحدة لحقوق الإنسان", "O O B-ORG I-ORG O O", "O O B-ORG I-ORG O O"),
])
def test_an_institution_noun_before_an_org_name_is_its_first_word(text: str, tags: str, want: str) -> None:
    assert heads_into_orgs(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ('وكتبت صحيفة " الوطن " في افتتاحيتها', "O O O B-LOC O O O", "O O O B-ORG O O O"),
    ('ونشرت مجلة " نصف الدنيا " حوارا', "O O O O O O O", "O O O B-ORG I-ORG O O"),
])
def test_a_quoted_name_after_an_outlet_noun_is_the_outlet(text: str, tags: str, want: str) -> None:
    assert quoted_companies(text.split(), tags.split()) == want.split()


def test_a_doubled_quote_mark_stays_outside_the_name() -> None:
    words = "نقلت صحيفة ' ' هآرتس ' ' عن".split()
    assert quoted_companies(words, ["O"] * len(words)) == "O O O O B-ORG O O O".split()


def test_an_adjective_after_an_airport_agrees_with_the_airport() -> None:
    words = "وهبطت الطائرة في مطاري عمان الأردني ودمشق السوري".split()
    tags = "O O O O B-LOC O B-LOC O".split()
    assert clubs_before_nationality(words, tags) == tags


def test_a_coordinated_complement_stays_in_the_name() -> None:
    words = "عضو الاتحاد العربي لعلوم الفضاء والفلك أمس".split()
    assert orgs_from_heads(words, ["O"] * len(words)) == "O B-ORG I-ORG I-ORG I-ORG I-ORG O".split()


def test_a_title_before_a_name_ends_the_complement() -> None:
    words = "رئيس الاتحاد الدولي للشرطة والعقيد خالد".split()
    tags = "O O O O O B-PERS".split()
    assert orgs_from_heads(words, tags) == "O B-ORG I-ORG I-ORG O B-PERS".split()
