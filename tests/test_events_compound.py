"""Compound actor codes from the entities stage («الجانبان» → SYR-MIL+IRQ-MIL) become one actor per code."""

from __future__ import annotations

import pytest

from marsad.analyze.events import extract_document
from marsad.model import Document, Mention, Sentence


def _doc(body: str, word: str, code: str) -> Document:
    """A one-sentence document with one coded mention on ``word`` (as the entities stage sets it)."""
    i = body.index(word)
    return Document(id="t", body=body, sentences=[Sentence(index=0, start=0, end=len(body), text=body)],
                    mentions=[Mention(i, i + len(word), word, "ORG", code=code, how="coref")])


def _codes(actors: list) -> list[str | None]:
    return [a.code for a in actors]


@pytest.mark.parametrize(("body", "word", "code", "type_"), [
    ("واتفق الجانبان على إنشاء مركز عمليات مشترك لتبادل المعلومات الاستخبارية.", "الجانبان", "SYR-MIL+IRQ-MIL",
     "AGREE"),
    ("ووقع الطرفان مذكرة تفاهم للتعاون الأمني في بغداد.", "الطرفان", "SYR-GOV+IRQ-GOV", "AGREE"),
    ("وعقد الجانبان اجتماعاً مطولاً في دمشق.", "الجانبان", "SYR-GOV+IRQ-GOV", "CONSULT"),
])
def test_symmetric_compound_is_a_dyad(body: str, word: str, code: str, type_: str) -> None:
    """«اتفق الجانبان»: the two sides are the source and the target, each with its own code."""
    events = extract_document(_doc(body, word, code)).events
    ev = next(e for e in events if e.type == type_)
    first, second = code.split("+")
    assert _codes(ev.source) == [first]
    assert _codes(ev.target) == [second]
    assert all(a.text == word for a in ev.source + ev.target)


@pytest.mark.parametrize(("body", "word", "code"), [
    ("وهاجم الطرفان مواقع تنظيم داعش قرب الحدود.", "الطرفان", "SYR-MIL+IRQ-MIL"),
    ("وأكد البلدان رفضهما للتدخل الأجنبي في شؤون المنطقة.", "البلدان", "SYR+IRQ"),
])
def test_compound_source_is_split(body: str, word: str, code: str) -> None:
    """«هاجم الطرفان»: one source actor per code, never a joined «A+B» code."""
    events = extract_document(_doc(body, word, code)).events
    assert events
    codes = [c for e in events for c in _codes(e.source + e.target)]
    assert not any(c and "+" in c for c in codes)
    assert set(code.split("+")) <= set(_codes(events[0].source))
