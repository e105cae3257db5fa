"""Search over Arabic-normalized text: spelling variants and attached proclitics find the same words."""

from __future__ import annotations

import pytest

from marsad.clean.identity import document_id
from marsad.model import Document
from marsad.store.search import fts_match_query, snippet, word_forms

BODIES = [
    "أعلنت وزارة الداخلية العراقية إحباط هجوم على نقطة تفتيش في محافظة الأنبار غربي البلاد.",
    "وصل رئيس الوزراء إلى بغداد قادماً من عمّان في زيارة تستمر يومين لبحث التعاون الأمني.",
    "قالت مصادر محلية إنّ القصف استهدف قرىً في ريف إدلب الجنوبي وأسفر عن سقوط ١٢ قتيلاً.",
    "وأكد المتحدث باسم الخارجية السورية أن دمشق ترحب بالمبادرة الإقليمية لإعادة اللاجئين.",
]


@pytest.fixture
def filled(store):
    for i, body in enumerate(BODIES):
        title = f"خبر رقم {i}"
        store.add_document(Document(id=document_id(body, title), body=body, title=title, source=f"t{i}"))
    return store


def titles(rows):
    return sorted(r["title"] for r in rows)


@pytest.mark.parametrize("query,expected", [
    ("العراقيه", ["خبر رقم 0"]),          # ة/ه
    ("الانبار", ["خبر رقم 0"]),           # أ/ا
    ("اعلنت", ["خبر رقم 0"]),
    ("قرى", ["خبر رقم 2"]),              # diacritics (tanwin) on قرىً
    ("قري", ["خبر رقم 2"]),              # ى/ي
    ("12 قتيلا", ["خبر رقم 2"]),          # Arabic-Indic digits, tanwin
    ("ادلب", ["خبر رقم 2"]),              # إ/ا
    ("بغداد", ["خبر رقم 1"]),
    ("البلاد", ["خبر رقم 0"]),
    ("عمان", ["خبر رقم 1"]),              # shadda
    ("المبادرة", ["خبر رقم 3"]),          # written بالمبادرة in the text
    ("اللاجئين", ["خبر رقم 3"]),          # written لإعادة اللاجئين
    ("الخارجيـــة", ["خبر رقم 3"]),       # tatweel in the query
    ("دمشق الرياض", []),                   # every word must occur
])
def test_normalized_search(filled, query: str, expected: list[str]) -> None:
    assert titles(filled.search(query)) == expected
    assert filled.count_search(query) == len(expected)


def test_proclitic_forms_of_a_definite_word() -> None:
    forms = word_forms("العراق")
    assert {"والعراق", "بالعراق", "للعراق", "وللعراق"} <= set(forms)
    assert "لالعراق" not in forms


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "*", "near(", ":"])
def test_fts_syntax_in_queries_never_raises(filled, query: str) -> None:
    filled.search(query)


def test_empty_query_finds_nothing(filled) -> None:
    assert fts_match_query("  ") == "" and filled.search("") == []


def test_snippet_shows_original_characters_and_marks_the_hit() -> None:
    body = BODIES[2]
    snip = snippet(body, "ادلب")
    assert "[إدلب]" in snip and "قرىً" in snip
