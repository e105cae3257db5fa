"""Name boundary repairs after the CRF (entities/namefix.py): prepositions, kunyas, nisbas, regnal
ordinals, honorifics, and places joined by «و»."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import postprocess
from marsad.analyze.entities.namefix import (
    drop_leading_preposition,
    extend_back_over_kunya,
    honorific_names,
    kunya_nisba,
    regnal_ordinals,
    split_coordinated_places,
)


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("ثار المتمردون على عثمان في المدينة", "O O B-PERS I-PERS O B-LOC", "O O O B-PERS O B-LOC"),
    ("فرق بين بوتين وخصومه", "O B-PERS I-PERS O", "O O B-PERS O"),
    # «علي» the given name is no preposition
    ("قال علي لاريجاني إن", "O B-PERS I-PERS O", "O B-PERS I-PERS O"),
])
def test_name_never_opens_with_a_preposition(text: str, tags: str, want: str) -> None:
    assert drop_leading_preposition(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وولى الخليفة أبا عبيدة قيادة الجيش", "O O O B-PERS O O", "O O B-PERS I-PERS O O"),
    ("روت عائشة بنت أبي بكر الحديث", "O O O B-PERS I-PERS O", "O B-PERS I-PERS I-PERS I-PERS O"),
    ("تحكم أسرة آل ثاني قطر", "O O O B-PERS B-LOC", "O O B-PERS I-PERS B-LOC"),
    # a preposition before «بن» is not the given name
    ("تحدث عن بن لادن", "O O O B-PERS", "O O B-PERS I-PERS"),
])
def test_kunya_word_begins_the_name(text: str, tags: str, want: str) -> None:
    assert extend_back_over_kunya(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وأعلن أبو مصعب الزرقاوي مسؤوليته", "O B-PERS I-PERS O O", "O B-PERS I-PERS I-PERS O"),
    ("كتب ابن خلدون المغربي مقدمته", "O B-PERS I-PERS O O", "O B-PERS I-PERS I-PERS O"),
    # a relative pronoun, a nisba describing nationality, or a name without a kunya
    ("أبو قتادة الذي رحلته بريطانيا", "B-PERS I-PERS O O B-LOC", "B-PERS I-PERS O O B-LOC"),
    ("أبو قتادة الأردني الجنسية", "B-PERS I-PERS O O", "B-PERS I-PERS O O"),
    ("فاز رافائيل نادال الإسباني", "O B-PERS I-PERS O", "O B-PERS I-PERS O"),
])
def test_nisba_after_a_kunya(text: str, tags: str, want: str) -> None:
    assert kunya_nisba(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("بني القصر في عهد لويس الرابع عشر ملك فرنسا", "O O O O B-PERS O O O B-LOC",
     "O O O O B-PERS I-PERS I-PERS O B-LOC"),
    ("خلف الملك محمد السادس والده", "O O B-PERS O O", "O O B-PERS I-PERS O"),
    # a ranking, not a ruler: «الثاني على»; a two-word name keeps its span
    ("جاء فيدرر الثاني على المتسابقين", "O B-PERS O O O", "O B-PERS O O O"),
    ("حل روجيه فيدرر الثالث", "O B-PERS I-PERS O", "O B-PERS I-PERS O"),
])
def test_regnal_ordinals(text: str, tags: str, want: str) -> None:
    assert regnal_ordinals(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وقالت الشيخة حسينة إن الانتخابات ستجري", "O O O O O O", "O O B-PERS O O O"),
    ("وأم المصلين الإمام علي في المسجد", "O O O O O O", "O O O B-PERS O O"),
    # a common word after the title, a clitic word, or a name already tagged
    ("ثورة الملك والشعب مستمرة", "O O O O", "O O O O"),
    ("وقال الرئيس إن", "O O O", "O O O"),
    ("استقبل الرئيس حسني مبارك", "O O B-PERS I-PERS", "O O B-PERS I-PERS"),
])
def test_honorific_before_a_name(text: str, tags: str, want: str) -> None:
    assert honorific_names(text.split(), tags.split()) == want.split()


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("زار الوزير بريطانيا وفرنسا الأسبوع الماضي", "O O B-LOC I-LOC O O", "O O B-LOC B-LOC O O"),
    # a waw-initial word whose rest is no place stays inside
    ("في وادي البقاع", "O B-LOC I-LOC", "O B-LOC I-LOC"),
    ("جزر واليس وفوتونا", "B-LOC I-LOC I-LOC", "B-LOC I-LOC I-LOC"),
])
def test_places_joined_by_waw_are_two(text: str, tags: str, want: str) -> None:
    assert split_coordinated_places(text.split(), tags.split()) == want.split()


def test_postprocess_runs_the_name_repairs() -> None:
    words = "وأكد أبو مصعب الزرقاوي أن بريطانيا وفرنسا".split()
    tags = "O B-PERS I-PERS O O B-LOC I-LOC".split()
    assert postprocess([words], [tags]) == [["O", "B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-LOC"]]
