"""Package data JSON files must not repeat a key within one object: ``json.load`` keeps the last value silently,
so an earlier word list is dropped without anyone noticing (events' cues.json had two ``context.court`` lists)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "marsad"
FILES = sorted(PACKAGE.rglob("data/*.json"))


def _repeated(pairs: list[tuple[str, object]], found: list[str]) -> dict:
    found.extend(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
    return dict(pairs)


def test_data_files_found() -> None:
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_repeated_keys(path: Path) -> None:
    found: list[str] = []
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda pairs: _repeated(pairs, found))
    assert not found, f"{path.name}: repeated keys {found}"
