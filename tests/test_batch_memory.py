"""A batch worker may empty its per-word memo caches when over budget: speed changes, output never does."""

from __future__ import annotations

from marsad.batch import memory
from marsad.clean import clean_text
from marsad.pipeline import analyze_document
from marsad.store.codec import document_data, dumps

BODY = ("قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم شنه مسلحون على نقطة تفتيش شمال بغداد مساء الخميس، "
        "بحسب ما أعلنت قيادة العمليات المشتركة.\n\nوأدانت الحكومة العراقية الهجوم ووعدت بملاحقة المنفذين.")


def _run() -> str:
    return dumps(document_data(analyze_document(clean_text(BODY, title="هجوم شمال بغداد", source="test"))))


def test_trimming_the_memos_leaves_the_analysis_unchanged() -> None:
    before = _run()
    assert memory.cached_entries() > 0, "analysis should have warmed some per-word memo"
    dropped = memory.trim_caches()
    assert dropped > 0
    assert all(len(d) == 0 for d in memory._memo_dicts())
    assert _run() == before


def test_every_listed_memo_dict_exists() -> None:
    _run()
    assert len(memory._memo_dicts()) == len(memory._named_dicts())


def test_trim_if_over_respects_the_budget(monkeypatch) -> None:
    _run()
    assert memory.trim_if_over(budget=0) is False  # 0 disables trimming
    assert memory.trim_if_over(budget=10**9) is False  # far under budget
    monkeypatch.setattr(memory, "MIN_TRIM_ENTRIES", 0)
    assert memory.trim_if_over(budget=1) is True
    monkeypatch.setenv(memory.BUDGET_ENV, "not-a-number")
    assert memory.budget_mb() == memory.DEFAULT_BUDGET_MB
