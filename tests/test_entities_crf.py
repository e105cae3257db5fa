"""The CRF tagger: corpus reading (malformed lines), features, CoNLL scoring, CLI contracts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ANERCORP, need

from marsad.analyze.entities.crf import MODEL_PATH, _parse_line, read_corpus, train
from marsad.analyze.entities.features import sentence_features, strip_clitics
from marsad.eval.ner import score, spans

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        ("بغداد B-LOC", [("بغداد", "B-LOC")]),
        (" O", []),  # an empty token
        (". Oالإصابة O", [(".", "O"), ("الإصابة", "O")]),  # a tag glued to the next token
        ("وزير O\n", [("وزير", "O")]),
    ],
)
def test_parse_line_repairs_malformed_lines(line: str, pairs: list) -> None:
    assert _parse_line(line) == pairs


def test_read_corpus_splits_sentences_on_full_stops(tmp_path: Path) -> None:
    f = tmp_path / "c.txt"
    f.write_text("زار O\nبوش B-PERS\nبغداد B-LOC\n. O\nثم O\nعاد O\n؟ O\n", encoding="utf-8")
    assert [len(s) for s in read_corpus(f)] == [4, 3]


@pytest.mark.parametrize(("word", "stripped"), [("والعراق", "عراق"), ("للعراق", "عراق"), ("وزارة", "وزارة"), ("وقال", "قال")])
def test_strip_clitics(word: str, stripped: str) -> None:
    assert strip_clitics(word) == stripped


def test_features_have_window_and_affixes() -> None:
    feats = sentence_features(["زار", "الرئيس", "بغداد"])
    assert "BOS" in feats[0] and "EOS" in feats[2]
    assert "w=بغداد" in feats[2] and "-1w=الرييس" in feats[2] and "p2=بغ" in feats[2]


def test_spans_and_scores() -> None:
    assert spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC"]) == {(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC")}
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    table = score(gold, [["B-PERS", "O", "O", "B-LOC"]])
    assert table["LOC"]["f1"] == 1.0 and table["PERS"]["f1"] == 0.0
    assert table["micro"]["precision"] == 0.5


def test_train_and_tag_tiny_model(tmp_path: Path) -> None:
    from marsad.analyze.entities.crf import Tagger

    sents = [[("زار", "O"), ("بوش", "B-PERS"), ("بغداد", "B-LOC"), (".", "O")]] * 20
    model = train(sents, tmp_path / "m.crfsuite", {"max_iterations": 30})
    assert Tagger(model).tag(["زار", "بوش", "بغداد", "."]) == ["O", "B-PERS", "B-LOC", "O"]


def _run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_ner_keeps_every_line_in_order() -> None:
    text = "قال\nالرئيس\nالأمريكي\nجو\nبايدن\n\nفي\nواشنطن B-LOC\n\n . O\n"
    res = _run(["ner", "--conll", "-"], text)
    assert res.returncode == 0, res.stderr
    lines_in = text.split("\n")[:-1]
    lines_out = res.stdout.split("\n")[:-1]
    assert len(lines_out) == len(lines_in)
    for a, b in zip(lines_in, lines_out, strict=True):
        if a.strip():
            assert b.startswith(a + " ") and b.rsplit(" ", 1)[1][:2] in ("O", "B-", "I-")
        else:
            assert b == ""


def test_cli_eval_ner(tmp_path: Path) -> None:
    f = tmp_path / "gold.txt"
    f.write_text("زار O\nالرئيس O\nبغداد B-LOC\n. O\n", encoding="utf-8")
    res = _run(["eval", "ner", str(f)])
    assert res.returncode == 0, res.stderr
    assert "micro" in res.stdout and "LOC" in res.stdout


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="the shipped model is built by `marsad train ner`")
def test_shipped_model_tags_news() -> None:
    from marsad.analyze.entities import tag_tokens

    tags = tag_tokens("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت أمس".split())
    assert tags[3:5] == ["B-PERS", "I-PERS"] and tags[6] == "B-LOC"


@pytest.mark.slow
def test_anercorp_subset_cross_validation() -> None:
    from marsad.eval.ner import cross_validate

    table = cross_validate(str(need(ANERCORP)), 2, limit=800, params={"max_iterations": 50})
    assert table["micro"]["f1"] > 0.5


def test_propagation_tags_other_occurrences_only_where_untagged() -> None:
    from marsad.analyze.entities.crf import propagate

    words = [["وصل", "أراجون", "أمس"], ["غادر", "أراجون", "اليوم"], ["قال", "بوش", "أراجون"]]
    tags = [["O", "B-LOC", "O"], ["O", "O", "O"], ["O", "B-PERS", "I-PERS"]]
    out = propagate(words, tags)
    assert out[1] == ["O", "B-LOC", "O"]
    assert out[2] == ["O", "B-PERS", "I-PERS"]  # an existing entity is never overwritten


def test_cli_ner_file_without_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "in.txt"
    tokens = ["زار", "الوفد", "بغداد", ".", "ثم", "عاد", "إلى", "دمشق", "."] * 30
    f.write_text("\n".join(tokens) + "\n", encoding="utf-8")
    res = _run(["ner", "--conll", str(f)])
    assert res.returncode == 0, res.stderr
    out = res.stdout.splitlines()
    assert [line.split()[0] for line in out] == tokens
