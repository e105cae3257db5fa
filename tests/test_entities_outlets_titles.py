"""Repairs after the CRF: outlet and mosque names, titles before names, organizations and where they sit."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import org_after_heads, split_located_orgs, strip_titles


@pytest.mark.parametrize(("text", "tags", "want"), [
    # a city's name after «صحيفة» names the newspaper
    ("وقالت صحيفة القدس إن", "O O B-LOC O", "O O B-ORG O"),
    ("ونقلت عنه جريدة الأهرام", "O O O B-LOC", "O O O B-ORG"),
    # a mosque's name that is no person's name is the mosque
    ("إمام مسجد فنسبري بارك في لندن", "O O B-PERS I-PERS O B-LOC", "O O B-ORG I-ORG O B-LOC"),
    # a mosque named after a person keeps the person
    ("ويتكون مسجد الحسن الثاني من", "O O B-PERS I-PERS O", "O O B-PERS I-PERS O"),
    # the noun inside a span, or an organization already, changes nothing
    ("وقالت صحيفة القدس إن", "O B-ORG I-ORG O", "O B-ORG I-ORG O"),
    ("زار الوفد القدس أمس", "O O B-LOC O", "O O B-LOC O"),
])
def test_a_name_after_an_outlet_noun_is_the_outlet(text: str, tags: str, want: str) -> None:
    assert org_after_heads(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("في عهد الإمبراطور جاتشينغ", "O O B-PERS I-PERS", "O O O B-PERS"),
    ("التقت البروفيسور وانغ ليانماو", "O B-PERS I-PERS I-PERS", "O O B-PERS I-PERS"),
    ("قلة والجنرال سلفستري", "O B-PERS I-PERS", "O O B-PERS"),
    # «آية الله» and a bare «أمين» begin names; a one-word span is left alone
    ("مساعد آية الله طبسي", "O B-PERS I-PERS I-PERS", "O B-PERS I-PERS I-PERS"),
    ("الخبير أمين فارس", "O B-PERS I-PERS", "O B-PERS I-PERS"),
    ("قال الشيخ", "O B-PERS", "O B-PERS"),
])
def test_a_name_never_starts_with_a_definite_title(text: str, tags: str, want: str) -> None:
    assert strip_titles(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("عقد المجلس الوطني الفلسطيني بتونس عام", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG B-LOC O"),
    # «ب» + a word that is no place stays inside
    ("حزب العدالة بالكامل", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"),
    # a one-word span is never split
    ("مقر بتونس", "O B-ORG", "O B-ORG"),
])
def test_an_organization_does_not_end_on_where_it_sits(text: str, tags: str, want: str) -> None:
    assert split_located_orgs(text.split(), tags.split()) == want.split()
