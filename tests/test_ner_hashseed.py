"""NER scores must not depend on PYTHONHASHSEED: gazetteer flags feed weight sums in iteration order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.analyze.entities.lexicon import gazetteer_words

_ROOT = Path(__file__).resolve().parent.parent

# Cold score rows of a sentence whose names carry several gazetteer flags each (سليمان: LOC, ORG, PER, PER_f,
# PER_l; اليابان, ايران, فتح…): a float sum in set order differs in the last bit between hash seeds.
_PROBE = """
import hashlib
from marsad.analyze.entities.crf import get_tagger
from marsad.analyze.entities.features import ScoreCache
from marsad.text.tokens import split_words
tagger = get_tagger()
if tagger is None:
    print("no-model")
    raise SystemExit
cache = ScoreCache(tagger.model, tagger.scores.word_extra)
toks = split_words("استقبل السلطان هيثم بن طارق في مسقط وزير خارجية اليابان ومبعوث ايران صلاح الدين سليمان "
                   "وممثلين عن حركة فتح، وبحث معهم العلاقات الثنائية.")[0]
rows = cache.row_ids(toks)
print(hashlib.sha256(b"".join(cache.table[r].tobytes() for r in rows)).hexdigest())
"""


def test_gazetteer_flags_are_sorted_tuples() -> None:
    for word, flags in gazetteer_words().items():
        assert isinstance(flags, tuple) and list(flags) == sorted(set(flags)), word


def _probe(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(_ROOT)}
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, cwd=_ROOT, capture_output=True, text=True,
                         timeout=120, check=True)
    return out.stdout.strip()


def test_cold_score_rows_are_bit_identical_across_hash_seeds() -> None:
    first = _probe("0")
    if first == "no-model":
        pytest.skip("no shipped NER model")
    assert _probe("1") == first
    assert _probe("2") == first
