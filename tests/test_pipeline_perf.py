"""The pipeline's collector policy: finished documents frozen out of later scans, frozen cycles reclaimed."""

from __future__ import annotations

import gc
import weakref

import pytest

from marsad import pipeline
from marsad.clean import clean_text

BODIES = [
    "أعلنت وزارة الصحة السعودية تسجيل انخفاض في عدد الإصابات خلال الأسبوع الماضي، وقال المتحدث باسمها "
    "إن حملة التطعيم ستتواصل في الرياض وجدة والدمام حتى نهاية الشهر.",
    "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة، وبحث الجانبان الأوضاع في غزة "
    "وسبل إيصال المساعدات الإنسانية إلى السكان.",
]


class _Node:
    """A self-referencing object: garbage only the cyclic collector can free."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _thaw() -> None:
    yield
    gc.unfreeze()  # leave the collector as other tests expect it


def test_analysis_leaves_no_reference_cycles() -> None:
    # freezing a finished document is safe only while analysis builds no cycles
    pipeline.analyze_document(clean_text(BODIES[0], source="test"))  # load models and lexicons first
    gc.collect()
    gc.disable()
    try:
        doc = pipeline.analyze_document(clean_text(BODIES[1], source="test"))
        assert doc.mentions, "the text names people and places"
        del doc
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_document_is_settled_only_when_the_collector_is_on() -> None:
    gc.unfreeze()
    pipeline.analyze_document(clean_text(BODIES[0], source="test"))
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()
    gc.disable()
    try:
        pipeline.analyze_document(clean_text(BODIES[1], source="test"))
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_a_frozen_cycle_is_reclaimed_by_the_periodic_full_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    node = _Node()
    gone = weakref.ref(node)
    monkeypatch.setattr(pipeline, "RECLAIM_EVERY", 10**9)
    pipeline.settle_document()  # the cycle is alive: frozen with the rest
    del node
    gc.collect()
    assert gone() is not None, "a frozen cycle is not collected"
    monkeypatch.setattr(pipeline, "RECLAIM_EVERY", 1)
    pipeline.settle_document()
    assert gone() is None
