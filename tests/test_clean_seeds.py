"""The cleaner on the five founding seed pages (read by path from ../shared; skipped when absent)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import GOLD, SEEDS, need

_WS = re.compile(r"\s+")


def fold_ws(text: str) -> str:
    return _WS.sub(" ", text.replace("\u00a0", " ")).strip()


def _cases() -> list[str]:
    if not GOLD.exists():
        return ["absent"]
    return sorted(json.loads(GOLD.read_text(encoding="utf-8"))["documents"])


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(need(GOLD).read_text(encoding="utf-8"))["documents"]


@pytest.mark.parametrize("name", _cases())
def test_seed_page(name: str, gold: dict) -> None:
    """Gold keep/drop lines, title, outlet and the page date that is not the publication date."""
    from marsad.clean import clean_text

    g = gold[name]
    doc = clean_text(need(SEEDS / name).read_text(encoding="utf-8"), source=name)
    body = fold_ws(doc.body)
    assert [k for k in g["keep"] if fold_ws(k) not in body] == []
    assert [d for d in g["drop"] if fold_ws(d) in body] == []
    assert fold_ws(doc.title) == fold_ws(g["title"])
    if g["outlet"]:
        assert doc.outlet in (g["outlet"]["name_ar"], g["outlet"]["name_en"])
    else:
        assert doc.outlet is None
    if g.get("page_date_not_published"):
        assert g["page_date_not_published"] in [p.value for p in doc.page_dates]
        assert doc.published.value != g["page_date_not_published"]
