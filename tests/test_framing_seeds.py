"""Framing on the five seed pages (read by path): labels on clear evidence, each with its terms."""

from __future__ import annotations

import pytest
from conftest import SEEDS, need


def _doc(prefix: str):
    from marsad.analyze.framing import frame_document
    from marsad.clean import clean_text

    path = next(iter(sorted(need(SEEDS).glob(f"{prefix}_*.txt"))), None)
    if path is None:
        pytest.skip(f"seed {prefix} is absent from {SEEDS}")
    return frame_document(clean_text(path.read_text(encoding="utf-8")))


def _sentence_around(text: str, pos: int) -> str:
    """The sentence holding ``pos`` (cleaning alone does not split sentences)."""
    start = max(text.rfind(c, 0, pos) for c in ".؟!\n") + 1
    ends = [i for i in (text.find(c, pos) for c in ".؟!\n") if i >= 0]
    return text[start: min(ends, default=len(text))]


def _framed(prefix: str) -> dict:
    return _doc(prefix).framing


@pytest.mark.parametrize("seed,pole", [("000", "opposition"), ("002", "opposition"), ("004", "state")])
def test_syrian_government_axis(seed, pole):
    """000/002 call Damascus «النظام»; 004 (state media) says «الجيش السوري», «رئاسة الجمهورية»."""
    axis = _framed(seed)["axes"]["syria_gov"]
    assert axis["label"] == pole, axis
    assert axis["terms"], "a label must list the terms that produced it"
    assert axis["counts"][pole] == sum(axis["terms"].values())


@pytest.mark.parametrize("axis_id,pole,word", [
    ("foreign_strikes", "aggression", "عدوان"),  # the US strike framed as aggression
    ("casualties", "martyrdom", "استشهاد"),  # the dead as martyrs
])
def test_strike_framing_in_003(axis_id, pole, word):
    axis = _framed("003")["axes"][axis_id]
    assert axis["label"] == pole, axis
    assert any(word in t for t in axis["terms"]), axis["terms"]


def test_kirby_attributed_with_doubt_in_003():
    """Kirby's statement is reported with «زعم»: a doubting attribution, in the sentence naming him."""
    doc = _doc("003")
    framing = doc.framing
    hits = [m for m in framing["matches"] if (m["axis"], m["pole"]) == ("attribution", "doubting")]
    sentences = [_sentence_around(doc.body, m["start"]) for m in hits if m["term"] == "زعم" and m["in"] == "body"]
    assert any("كيربي" in s for s in sentences), hits
    assert "doubting" in framing["axes"]["attribution"]["counts"]
