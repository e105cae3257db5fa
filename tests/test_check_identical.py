"""The identity check for speed work dumps every stage's output (events, timexes, published too) and diffs trees."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import check_identical  # noqa: E402

ARTICLES = [
    {"url": "http://example.org/b/1", "title": "مجلس الوزراء يدين الهجوم على ناقلة نفط",
     "content": "أدان مجلس الوزراء السعودي يوم الثلاثاء 14 يوليو 2015 الهجوم الذي استهدف ناقلة نفط في خليج عدن."
                "\nوطالب المجلس المجتمع الدولي بتحمل مسؤولياته تجاه أمن الملاحة."},
    {"url": "http://example.org/b/2", "title": "وزير الداخلية يلتقي نظيره الكويتي",
     "content": "التقى وزير الداخلية السعودي في الرياض أمس نظيره الكويتي وبحثا التعاون الأمني بين البلدين."},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with one SaudiNewsNet-shaped zip (a JSON array of articles)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    with zipfile.ZipFile(folder / "2015-07-15.zip", "w") as zf:
        zf.writestr("2015-07-15.json", json.dumps(ARTICLES, ensure_ascii=False))
    return folder


def test_default_run_dumps_every_stage(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TODAY", "2026-11-23")
    out = tmp_path / "all.jsonl"
    check_identical.emit(corpus, 2, out)
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 2
    for key in ("body", "sentences", "mentions", "timexes", "published", "events", "framing"):
        assert key in docs[0]
    t = check_identical.totals(out)
    assert t["documents"] == 2 and t["offset_violations"] == 0
    assert t["timexes"] >= 1 and t["events"] >= 1
    assert docs[0]["published"]["evidence"]  # the publication-date stage ran
    assert check_identical.compare(out, out) == 0


def test_stages_restrict_the_run_and_a_change_is_found(corpus: Path, tmp_path: Path) -> None:
    only = tmp_path / "segment.jsonl"
    check_identical.emit(corpus, 2, only, ["segment"])
    d = json.loads(only.read_text(encoding="utf-8").splitlines()[0])
    assert d["sentences"] and not d["mentions"] and not d["timexes"] and not d["events"]
    changed = tmp_path / "changed.jsonl"
    lines = only.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["sentences"][0]["tokens"][0]["norm"] += "x"
    changed.write_text("\n".join([json.dumps(first, ensure_ascii=False, sort_keys=True), *lines[1:]]) + "\n",
                       encoding="utf-8")
    assert check_identical.compare(only, changed) == 1


def test_two_runs_of_one_tree_are_identical(corpus: Path, tmp_path: Path) -> None:
    code = check_identical.main(["--ref", str(ROOT), "--new", str(ROOT), "--corpus", str(corpus), "--articles", "2",
                                 "--stages", "segment", "--keep", str(tmp_path / "keep")])
    assert code == 0
    assert (tmp_path / "keep" / "ref.jsonl").read_text(encoding="utf-8").count("\n") == 2
