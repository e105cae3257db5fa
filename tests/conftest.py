"""Shared fixtures: paths to ../shared (tests skip with a reason when it is absent), temp stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
SAUDI = SHARED / "corpora" / "saudinewsnet"
ANERCORP = SHARED / "corpora" / "anercorp" / "train.txt"


def need(path: Path) -> Path:
    """Skip the calling test with a clear reason when ``path`` (under ../shared) is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads ../shared beside the project checkout")
    return path


@pytest.fixture
def store(tmp_path):
    from marsad.store import Store

    s = Store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def run_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the run day (``MARSAD_TODAY``) for the date probes, so "no page after today" is reproducible."""
    monkeypatch.setenv("MARSAD_TODAY", os.environ.get("MARSAD_TODAY", "2026-11-23"))


@pytest.fixture(scope="module")
def kb():
    """The packaged knowledge base, for the KB tests (one definition instead of one per file)."""
    from marsad.kb import get_kb

    return get_kb()
