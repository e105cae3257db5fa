"""Precision repairs after the CRF (entities/precision.py): spans of the wrong type or extent."""

from marsad.analyze.entities.precision import (
    club_prefix_orgs,
    landmarks_as_misc,
    peninsulas,
    precision_repairs,
    short_org_tokens,
    titles_before_names,
)


def test_landmark_mosque_is_misc() -> None:
    words = "وأدى آلاف المصلين صلاة الجمعة في المسجد الأقصى رغم القيود".split()
    tags = ["O"] * 6 + ["B-LOC", "I-LOC", "O", "O"]
    assert landmarks_as_misc(words, tags)[6:8] == ["B-MISC", "I-MISC"]


def test_indefinite_mosque_and_plain_places_untouched() -> None:
    words = "افتتح مسجد الفاتح في إسطنبول".split()
    tags = ["O", "B-ORG", "I-ORG", "O", "B-LOC"]
    assert landmarks_as_misc(words, tags) == tags


def test_club_prefix_makes_org() -> None:
    words = "وتغلب دينامو كييف على ضيفه شاختار دونيتسك بهدفين".split()
    tags = ["O", "B-PERS", "I-PERS", "O", "O", "O", "B-LOC", "O"]
    out = club_prefix_orgs(words, tags)
    assert out[1:3] == ["B-ORG", "I-ORG"]
    assert out[5:7] == ["B-ORG", "I-ORG"]


def test_club_prefix_with_waw() -> None:
    words = "وتعادل الرجاء وأولمبيك آسفي سلبيا".split()
    tags = ["O", "B-ORG", "B-PERS", "I-PERS", "O"]
    assert club_prefix_orgs(words, tags)[2:4] == ["B-ORG", "I-ORG"]


def test_peninsula_is_one_place() -> None:
    words = "ضربت موجة حر شديدة شبه الجزيرة العربية هذا الأسبوع".split()
    tags = ["O"] * 4 + ["B-LOC", "B-LOC", "I-LOC", "O", "O"]
    assert peninsulas(words, tags)[4:7] == ["B-LOC", "I-LOC", "I-LOC"]
    words = "ضمت روسيا شبه جزيرة القرم عام 2014".split()
    tags = ["O", "B-LOC", "B-LOC", "O", "B-LOC", "O", "O"]
    assert peninsulas(words, tags)[2:5] == ["B-LOC", "I-LOC", "I-LOC"]


def test_untagged_peninsula_phrase_untouched() -> None:
    words = "تبدو المنطقة شبه جزيرة معزولة".split()
    tags = ["O"] * 5
    assert peninsulas(words, tags) == tags


def test_short_org_particle_dropped_but_quoted_outlet_kept() -> None:
    words = "هل تقبل الحكومة الشروط أم ترفضها ؟".split()
    tags = ["O", "O", "O", "O", "B-ORG", "O", "O"]
    assert short_org_tokens(words, tags)[4] == "O"
    words = 'ذكرت صحيفة " صن " البريطانية'.split()
    tags = ["O", "O", "O", "B-ORG", "O", "O"]
    assert short_org_tokens(words, tags) == tags


def test_title_before_person_is_not_a_place() -> None:
    words = "زار الوفد ضريح الصحابي الجليل أبي عبيدة بن الجراح".split()
    tags = ["O"] * 4 + ["B-LOC", "B-PERS", "I-PERS", "I-PERS", "I-PERS"]
    assert titles_before_names(words, tags)[4] == "O"
    words = "قصفت الطائرات قرى في الجليل".split()
    tags = ["O"] * 4 + ["B-LOC"]
    assert titles_before_names(words, tags) == tags


def test_precision_repairs_chain_keeps_correct_tags() -> None:
    words = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس".split()
    tags = ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC"]
    assert precision_repairs(words, tags) == tags


def test_short_org_latin_acronym_kept() -> None:
    words = "وقالت EU في بيان إن المساعدات ستصل".split()
    tags = ["O", "B-ORG", "O", "O", "O", "O", "O"]
    assert short_org_tokens(words, tags) == tags
