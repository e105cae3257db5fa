"""The store's fast serializer gives byte-identical JSON to ``to_dict`` (tokens emptied) on analysed Arabic news."""

from __future__ import annotations

import json

import pytest

from marsad.clean import clean_text
from marsad.model import Event, Location, Sentence, Token, document_from_dict, to_dict
from marsad.pipeline import analyze_document
from marsad.store.codec import document_data, dumps, plain

ARTICLES = [
    ("وزير الخارجية يلتقي نظيره التركي",
     "التقى وزير الخارجية الأمير فيصل بن فرحان في الرياض يوم الأحد نظيره التركي، وبحث الجانبان "
     "تطورات الأوضاع في سوريا والعراق.\n\nوقال بيان للوزارة إن الوزيرين اتفقا على عقد جولة جديدة من "
     "المحادثات في أنقرة الشهر المقبل."),
    ("مقتل ثلاثة جنود في هجوم",
     "قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم شنه مسلحون على نقطة تفتيش شمال بغداد مساء الخميس، "
     "بحسب ما أعلنت قيادة العمليات المشتركة.\n\nوأدانت الحكومة العراقية الهجوم ووعدت بملاحقة المنفذين."),
    ("أمطار غزيرة", "هطلت أمطار غزيرة على مدينة جدة صباح اليوم، وأعلنت المديرية العامة للدفاع المدني "
     "تعليق الدراسة في المدارس ليوم واحد."),
]


def _reference(doc) -> str:
    """What the store wrote before the fast path: ``to_dict`` then every sentence's tokens emptied."""
    data = to_dict(doc)
    for s in data.get("sentences", []):
        s["tokens"] = []
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(("title", "body"), ARTICLES)
def test_document_json_is_identical_to_to_dict(title: str, body: str) -> None:
    doc = analyze_document(clean_text(body, title=title, source="test"))
    assert doc.sentences and any(s.tokens for s in doc.sentences)
    assert dumps(document_data(doc)) == _reference(doc)
    for e, ev in zip(doc.events, document_data(doc)["events"], strict=True):
        assert dumps(ev) == json.dumps(to_dict(e), ensure_ascii=False)


def test_tokens_are_not_kept_but_the_document_round_trips() -> None:
    doc = analyze_document(clean_text(ARTICLES[0][1], title=ARTICLES[0][0], source="test"))
    data = document_data(doc)
    assert all(s["tokens"] == [] for s in data["sentences"])
    assert doc.sentences[0].tokens, "serializing must not empty the live document's tokens"
    back = document_from_dict(json.loads(dumps(data)))
    assert back.body == doc.body and len(back.events) == len(doc.events) and len(back.mentions) == len(doc.mentions)


@pytest.mark.parametrize("obj", [
    Event(id="e1", type="ASSAULT", location=Location(text="بغداد", lat=33.3, lon=44.4), source=[]),
    Sentence(index=0, start=0, end=5, text="قالت", tokens=[Token("قالت", 0, 4, "قالت")]),
    {"axis": [("a", 1), ("b", 2)], "n": None, "flag": True},
    [Token("و", 0, 1, "و", "clitic"), (1, 2)],
])
def test_plain_matches_to_dict(obj) -> None:
    assert plain(obj) == to_dict(obj)
    assert json.dumps(plain(obj), ensure_ascii=False) == json.dumps(to_dict(obj), ensure_ascii=False)


def test_a_loaded_document_gets_its_tokens_back_with_valid_offsets() -> None:
    """The store drops tokens to stay small; a document read back must still have them, and every token's
    text must still be the body at its offsets (clitics «و» and «ال» split as the segmenter splits them)."""
    doc = analyze_document(clean_text(ARTICLES[1][1], title=ARTICLES[1][0], source="test"))
    back = document_from_dict(json.loads(dumps(document_data(doc))))
    assert [s.tokens for s in back.sentences] == [s.tokens for s in doc.sentences]
    for s in back.sentences:
        assert s.tokens
        for t in s.tokens:
            assert back.body[t.start:t.end] == t.text
    assert back.sentences == doc.sentences
