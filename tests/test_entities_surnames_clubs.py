"""Post-CRF repairs of ner-rep2: family names of people named in full (crf.propagate_surnames), clubs the
CRF took for people (orgs.clubs_named_like_people, orgs.clubs_after_club_nouns) and a tournament with its
year (misc.tag_dated_events). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import postprocess, propagate_surnames
from marsad.analyze.entities.misc import tag_dated_events
from marsad.analyze.entities.orgs import clubs_after_club_nouns, clubs_named_like_people


def test_family_name_alone_is_the_person_named_in_full() -> None:
    doc = ["أعلن المدرب توماس توخيل تشكيلة فريقه".split(), "وقال توخيل إن اللاعبين جاهزون".split()]
    tags = [["O", "O", "B-PERS", "I-PERS", "O", "O"], ["O"] * 5]
    out = propagate_surnames(doc, tags)
    assert out[0] == tags[0]
    assert out[1] == ["O", "B-PERS", "O", "O", "O"]


def test_family_name_takes_the_word_before_it_from_the_full_name() -> None:
    doc = ["وكان ماركو فان باستن مدربا للمنتخب".split(), "ولا يريد فان باستن تغيير الخطة".split()]
    tags = [["O", "B-PERS", "I-PERS", "I-PERS", "O", "O"], ["O"] * 6]
    assert propagate_surnames(doc, tags)[1] == ["O", "O", "B-PERS", "I-PERS", "O", "O"]


def test_everyday_word_at_the_end_of_a_name_is_not_spread() -> None:
    # the CRF ran a name on over «أفضل»: an everyday word is never spread as a family name
    doc = ["ونال أحمد حسن أفضل جائزة".split(), "وكان الأداء أفضل من المتوقع".split()]
    tags = [["O", "B-PERS", "I-PERS", "I-PERS", "O"], ["O"] * 5]
    assert propagate_surnames(doc, tags)[1] == ["O"] * 5


def test_family_name_inside_another_entity_is_left_alone() -> None:
    doc = ["وقال توماس توخيل إن".split(), "ملعب توخيل أرينا".split()]
    tags = [["O", "B-PERS", "I-PERS", "O"], ["O", "B-LOC", "I-LOC"]]
    assert propagate_surnames(doc, tags)[1] == tags[1]


@pytest.mark.parametrize(("text", "tags", "want"), [
    # a club before a masculine nationality adjective
    ("وتغلب شاختار دونيتسك الأوكراني على ضيفه",
     "O B-PERS I-PERS O O O", "O B-ORG I-ORG O O O"),
    # a man known by his origin, with a kinship word, stays a person
    ("وقال أبو محمد العراقي إن الهجوم فشل",
     "O B-PERS I-PERS O O O O", "O B-PERS I-PERS O O O O"),
    # «البريطاني الجنسية» describes a person
    ("واعتقلت الشرطة جون سميث البريطاني الجنسية",
     "O O B-PERS I-PERS O O", "O O B-PERS I-PERS O O"),
])
def test_clubs_named_like_people(text: str, tags: str, want: str) -> None:
    assert clubs_named_like_people(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وخسر الفريق أمام مضيفه بنفيكا بهدفين",
     "O O O O B-PERS O", "O O O O B-ORG O"),
    ("وأعلن فريق ريد بول ريسينغ انسحابه",
     "O O B-PERS I-PERS I-PERS O", "O O B-ORG I-ORG I-ORG O"),
    # the definite «الفريق» is also a military rank
    ("واستقبل الفريق أحمد شفيق الوفد",
     "O O B-PERS I-PERS O", "O O B-PERS I-PERS O"),
])
def test_clubs_after_club_nouns(text: str, tags: str, want: str) -> None:
    assert clubs_after_club_nouns(text.split(), tags.split()) == want.split()


def test_clubs_in_postprocess() -> None:
    words = "وفاز سبارتاك موسكو الروسي على مضيفه بنفيكا".split()
    tags = ["O", "B-PERS", "I-PERS", "O", "O", "O", "B-PERS"]
    assert postprocess([words], [tags])[0] == ["O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG"]


@pytest.mark.parametrize(("text", "want"), [
    ("وشارك اللاعب في مونديال 2014 مع منتخب بلاده", "O O O B-MISC I-MISC O O O"),
    ("وتألق الحارس بمونديال2018 في روسيا", "O O B-MISC O O"),
    # no year: the bare tournament word is left to the CRF
    ("وتأهل المنتخب إلى المونديال للمرة الأولى", "O O O O O O"),
    ("وفاز النادي بلقب مونديال الأندية عام 2019", "O O O O O O O"),
])
def test_tournament_with_its_year(text: str, want: str) -> None:
    words = text.split()
    assert tag_dated_events(words, ["O"] * len(words)) == want.split()
