"""A query word typed with its proclitics («بالعراق», «وبغداد») also finds the bare word in the text."""

from __future__ import annotations

import pytest

from marsad.clean.identity import document_id
from marsad.model import Document
from marsad.store.search import query_bases

BODIES = [
    "أعلنت وزارة الداخلية أن العراق استعاد السيطرة على المعبر الحدودي مع سوريا.",
    "وصل رئيس الوزراء إلى بغداد قادماً من عمّان في زيارة تستمر يومين.",
    "قال وزير الخارجية إن الحكومة ستعقد اجتماعاً طارئاً.",
]


@pytest.fixture
def filled(store):
    for i, body in enumerate(BODIES):
        title = f"خبر {i}"
        store.add_document(Document(id=document_id(body, title), body=body, title=title, source=f"t{i}"))
    return store


@pytest.mark.parametrize(("query", "expected"), [
    ("بالعراق", ["خبر 0"]),      # ب + ال
    ("للعراق", ["خبر 0"]),       # لل replaces ال
    ("وبغداد", ["خبر 1"]),       # و before a word without the article
    ("والحكومة", ["خبر 2"]),
    ("وزير", ["خبر 2"]),         # a word that merely starts with و is kept whole
])
def test_typed_proclitics_are_stripped(filled, query: str, expected: list[str]) -> None:
    assert sorted(r["title"] for r in filled.search(query)) == expected


def test_short_words_keep_their_first_letter() -> None:
    assert query_bases("وزير") == ["وزير"] and query_bases("بالعراق") == ["بالعراق", "العراق"]
