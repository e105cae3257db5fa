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
    from marsad.analyze.framing import matcher

    assert any(m._memo for m in matcher._MATCHERS), "the framing matchers should have memoized words"
    dropped = memory.trim_caches()
    assert dropped > 0
    assert all(len(d) == 0 for d in memory._memo_dicts())
    assert not any(m._memo for m in matcher._MATCHERS)
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


def test_release_memory_empties_the_memos_and_reports_rss() -> None:
    _run()
    assert memory.cached_entries() > 0
    rss = memory.release_memory()
    assert rss > 0
    assert all(len(d) == 0 for d in memory._memo_dicts())
    assert _run()  # analysis still works on cold caches


def test_the_collector_is_paused_per_document_and_restored(monkeypatch) -> None:
    import gc

    from marsad import pipeline

    seen: list[bool] = []
    monkeypatch.setattr(pipeline, "_cache", {name: (lambda d: seen.append(gc.isenabled()) or d)
                                             for name, _ in pipeline.STAGES})
    assert gc.isenabled()
    doc = clean_text(BODY, source="test")
    pipeline.analyze_document(doc)
    assert seen and not any(seen) and gc.isenabled()

    def boom(d):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(pipeline, "_cache", {name: boom for name, _ in pipeline.STAGES})
    try:
        pipeline.analyze_document(doc)
    except RuntimeError:
        pass
    assert gc.isenabled(), "a failing stage must not leave the collector off"
    gc.disable()
    try:
        with pipeline.gc_paused():
            pass
        assert not gc.isenabled(), "a caller that had it off keeps it off"
    finally:
        gc.enable()


class _FakeClient:
    """Records what free_workers asks of a Dask client."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def restart(self) -> None:
        self.calls.append("restart")

    def run(self, fn):  # noqa: ANN001 - the Client.run signature
        self.calls.append(fn.__name__)
        return {"w": fn()}


def test_free_workers_restarts_only_when_asked() -> None:
    from marsad.batch.run import free_workers

    owned, shared = _FakeClient(), _FakeClient()
    free_workers(owned, restart=True)
    free_workers(shared, restart=False)
    assert owned.calls == ["restart"]
    assert shared.calls == ["release_memory"]
