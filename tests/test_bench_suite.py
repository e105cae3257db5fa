"""Smoke tests of the benchmark suite: each benchmark runs on a tiny corpus and writes the expected keys."""

from __future__ import annotations

import json
import random
import sys
import zipfile
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import _common  # noqa: E402
import bench_clean  # noqa: E402
import bench_floor  # noqa: E402
import make_corpus  # noqa: E402
import run_all  # noqa: E402

ARTICLES = [
    {"source": "spa", "url": "http://example.org/a/1", 'date_extracted': "2015-07-21 10:00:00",
     "title": "وزير الخارجية يستقبل نظيره الأردني في الرياض",
     "content": "استقبل وزير الخارجية السعودي في الرياض اليوم الاثنين نظيره الأردني. وبحث الجانبان العلاقات الثنائية."
                "\nوأكد الوزيران أهمية التنسيق المشترك في 2015 لمواجهة التحديات الإقليمية."},
    {"source": "okaz", "url": "http://example.org/a/2", 'date_extracted': "2015-07-22 08:30:00",
     "title": "أمطار غزيرة على منطقة عسير",
     "content": "هطلت أمطار غزيرة على مدينة أبها مساء أمس. وحذر الدفاع المدني السكان من الاقتراب من مجاري السيول."},
    {"source": "sabq", "url": "http://example.org/a/3", 'date_extracted': "2015-07-23 12:00:00",
     "title": "افتتاح معرض الكتاب في جدة",
     "content": "افتتح أمير منطقة مكة المكرمة معرض جدة الدولي للكتاب بمشاركة 400 دار نشر من 30 دولة."},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with one SaudiNewsNet-shaped zip (a JSON array of articles)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    with zipfile.ZipFile(folder / "2015-07-21.zip", "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(ARTICLES, ensure_ascii=False))
    return folder


def test_floor_counts_every_article_and_token(corpus: Path, tmp_path: Path) -> None:
    paths, n = _common.bench_input(corpus, quick=True, articles=10, shards=2, tmp=tmp_path / "in")
    res = bench_floor.run(paths)
    words = sum(len(f"{a['title']}\n{a['content']}".split()) for a in ARTICLES)
    assert n == len(ARTICLES) == res["passes"]["split"]["articles"]
    assert res["passes"]["split"]["tokens"] == words
    assert res["floor_articles_per_core_s"] >= 0


def test_sample_is_spread_over_the_corpus(corpus: Path) -> None:
    picked = _common.sample_articles(corpus, 2)
    assert [a["url"] for a in picked] == ["http://example.org/a/1", "http://example.org/a/2"]


def test_clean_accuracy_counts_keep_and_drop_lines() -> None:
    page = {"name": "p.html", "html": "<p>يبقى هذا السطر</p>", "keep": ["يبقى هذا السطر"], "drop": ["الرئيسية | أخبار"]}
    everything = bench_clean.accuracy([page], lambda html: html + " الرئيسية |  أخبار")
    nothing = bench_clean.accuracy([page], lambda html: "")
    assert (everything["keep_present"], everything["drop_absent"]) == (1.0, 0.0)
    assert (nothing["keep_present"], nothing["drop_absent"]) == (0.0, 1.0)


def test_clean_benchmark_runs_every_tool_on_the_labelled_pages() -> None:
    res = bench_clean.run(repeat=1)
    assert res["pages"] >= 1
    assert set(res["tools"]) == {"marsad", "trafilatura", "resiliparse"}
    for tool in res["tools"].values():
        assert 0.0 <= tool["keep_present"] <= 1.0 and 0.0 <= tool["drop_absent"] <= 1.0


@pytest.mark.parametrize("text", ["قتل 12 شخصاً في 3 هجمات", "سقط ٥ قتلى و١٢ جريحاً"])
def test_swap_digits_changes_only_digits(text: str) -> None:
    out = make_corpus.swap_digits(text, random.Random(1))
    assert len(out) == len(text)
    assert all(a == b or (a.isdigit() and b.isdigit()) for a, b in zip(text, out, strict=True))


def test_variant_keeps_first_copy_and_perturbs_later_ones() -> None:
    rng, affixes = random.Random(3), make_corpus.load_affixes()
    art = ARTICLES[0]
    assert make_corpus.variant(art, 0, rng, affixes) is art
    copies = [make_corpus.variant(art, 1, rng, affixes) for _ in range(20)]
    assert all(c["url"] == art["url"] + "#copy-1" for c in copies)
    assert any(c["content"] != art["content"] for c in copies)
    assert any(c["title"] != art["title"] for c in copies)


def test_make_corpus_writes_jsonl_shards(corpus: Path, tmp_path: Path) -> None:
    made = make_corpus.make_corpus(tmp_path / "big", articles=10, per_shard=4, corpus=corpus)
    lines = [json.loads(ln) for p in sorted((tmp_path / "big").glob("*.jsonl")) for ln in p.open(encoding="utf-8")]
    assert made["shards"] == 3 and len(lines) == 10
    assert all(ln["content"] for ln in lines)


def test_summary_marks_targets_met_or_not() -> None:
    res = {"floor": {"floor_articles_per_core_s": 20000.0},
           "pipeline": {"end_to_end": {"articles_per_core_s": 40.0}, "stages": [], "peak_rss_mb": 100},
           "scaling": {"runs": [{"cores_obtained": 1.0, "articles_per_core_s": 40}, {"cores_obtained": 1.9}],
                       "speedup_2_vs_1": 1.9, "speedup_if_cores_free": 1.95, "meets_target": True}}
    rows = {r["metric"]: r for r in run_all.summary(res)}
    assert rows["pipeline end-to-end, articles/s/core"]["met"] == "NO"
    assert rows["pipeline cost ÷ floor cost"]["value"] == 500.0
    assert rows["scaling: 2 workers ÷ 1 worker (wall)"]["met"] == "yes"


def test_only_rejects_unknown_names() -> None:
    assert run_all.selected("floor, clean", quick=True) == ["floor", "clean"]
    assert "memory" not in run_all.selected(None, quick=True)
    with pytest.raises(SystemExit):
        run_all.selected("floor,nosuch", quick=True)


def test_marsad_bench_quick_writes_json(corpus: Path, tmp_path: Path) -> None:
    from marsad.cli import main

    out = tmp_path / "bench.json"
    assert main(["bench", "--quick", "--only", "floor,clean", "--corpus", str(corpus), "--out", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    assert {"machine", "mode", "floor", "clean", "summary"} <= set(res)
    assert res["mode"] == "quick" and res["floor"]["passes"]["split"]["articles"] == len(ARTICLES)


def test_pipeline_benchmark_times_every_stage(corpus: Path, tmp_path: Path) -> None:
    import bench_pipeline

    from marsad.pipeline import STAGES

    paths, _ = _common.bench_input(corpus, quick=True, articles=10, shards=1, tmp=tmp_path / "in")
    res = bench_pipeline.run(paths)
    names = [r["stage"] for r in res["stages"]]
    assert names == ["read + decode", "clean", *[n for n, _ in STAGES], "store write"]
    assert res["end_to_end"]["articles"] == len(ARTICLES)


@pytest.mark.slow
def test_scaling_runs_one_and_two_workers(corpus: Path, tmp_path: Path) -> None:
    import bench_scaling

    paths, n = bench_scaling.scaling_input(corpus, True, 10, 2, tmp_path / "in")
    res = bench_scaling.run_scaling(paths)
    assert [r["workers"] for r in res["runs"]] == [1, 2]
    assert all(r["records"] == n for r in res["runs"])
    assert res["speedup_2_vs_1"] > 0
