"""The cleaner on the shipped sample pages: every labelled keep/drop line, title, outlet, page dates, captions."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from marsad.clean import clean_text
from marsad.model import Document
from marsad.text.normalize import fold_presentation_forms

SAMPLE = Path(str(resources.files("marsad.data") / "sample"))
LABELS = json.loads((SAMPLE / "labels.json").read_text(encoding="utf-8"))["documents"]
_WS = re.compile(r"\s+")


def fold_ws(text: str) -> str:
    """Whitespace runs (NBSP included) to one space, as the labels are matched."""
    return _WS.sub(" ", text.replace("\u00a0", " ")).strip()


def read_page(name: str) -> str:
    """A sample page as text, decoded with the encoding its label names."""
    data = (SAMPLE / name).read_bytes()
    encoding = "cp1256" if LABELS[name]["encoding"] == "windows-1256" else "utf-8"
    return fold_presentation_forms(data.decode(encoding))


@cache
def cleaned(name: str) -> Document:
    """The cleaned sample page (cached across tests)."""
    return clean_text(read_page(name), html=name.endswith(".html"), source=name)


PAGES = sorted(LABELS)


def test_sample_corpus_shape() -> None:
    """14–18 pages, several outlets, at least two stories told by several outlets, both formats."""
    assert 14 <= len(PAGES) <= 18
    outlets_by_story: dict[str, set[str]] = {}
    for label in LABELS.values():
        outlets_by_story.setdefault(label["story"], set()).add(label["outlet"]["name_en"])
    assert sum(len(v) >= 3 for v in outlets_by_story.values()) >= 2
    assert len({label["outlet"]["name_en"] for label in LABELS.values()}) >= 5
    assert {n.rsplit(".", 1)[1] for n in PAGES} == {"txt", "html"}
    assert any(label["encoding"] == "windows-1256" for label in LABELS.values())


def test_cp1256_page_is_not_utf8() -> None:
    """One page is really saved in Windows-1256 (the decoder's test case)."""
    name = next(n for n, label in LABELS.items() if label["encoding"] == "windows-1256")
    with pytest.raises(UnicodeDecodeError):
        (SAMPLE / name).read_bytes().decode("utf-8")


def test_presentation_forms_page() -> None:
    """One page uses Arabic presentation forms (U+FE70–FEFC) that fold back to base letters."""
    name = next(n for n, label in LABELS.items() if "presentation" in label["encoding"])
    raw = (SAMPLE / name).read_text(encoding="utf-8")
    assert sum(0xFE70 <= ord(c) <= 0xFEFC for c in raw) > 500
    assert fold_ws(LABELS[name]["title"]) in fold_ws(fold_presentation_forms(raw))


@pytest.mark.parametrize("name", PAGES)
def test_keep_lines_stay_in_body(name: str) -> None:
    body = fold_ws(cleaned(name).body)
    missing = [k for k in LABELS[name]["keep"] if fold_ws(k) not in body]
    assert not missing


@pytest.mark.parametrize("name", PAGES)
def test_drop_lines_leave_body(name: str) -> None:
    body = fold_ws(cleaned(name).body)
    leaked = [d for d in LABELS[name]["drop"] if fold_ws(d) in body]
    assert not leaked


@pytest.mark.parametrize("name", PAGES)
def test_title(name: str) -> None:
    assert fold_ws(cleaned(name).title) == fold_ws(LABELS[name]["title"])


@pytest.mark.parametrize("name", PAGES)
def test_outlet(name: str) -> None:
    doc = cleaned(name)
    assert doc.outlet == LABELS[name]["outlet"]["name_en"]
    assert doc.meta["outlet_ar"] == LABELS[name]["outlet"]["name_ar"]


@pytest.mark.parametrize("name", PAGES)
def test_page_dates_are_upper_bounds_not_published(name: str) -> None:
    doc = cleaned(name)
    assert sorted({p.value for p in doc.page_dates}) == LABELS[name]["page_dates"]
    assert doc.published.value is None


@pytest.mark.parametrize("name", [n for n in PAGES if LABELS[n]["captions"]])
def test_captions_kept_apart(name: str) -> None:
    doc = cleaned(name)
    captions = [fold_ws(c) for c in doc.captions]
    for cap in LABELS[name]["captions"]:
        assert fold_ws(cap) in captions
        assert fold_ws(cap) not in fold_ws(doc.body)


@pytest.mark.parametrize("name", [n for n in PAGES if n.endswith(".txt")])
def test_dropped_reasons_match_labels(name: str) -> None:
    """Lines dropped from plain-text pages carry the family they were labelled with."""
    got = {fold_ws(d.text): d.reason for d in cleaned(name).dropped}
    wrong = {t: (r, got.get(fold_ws(t))) for t, r in LABELS[name]["reasons"].items() if got.get(fold_ws(t)) != r}
    assert not wrong


def test_script_and_onerror_never_reach_the_body() -> None:
    """The page with <script> and onerror= in its article: neither is in the body; the escaped literal is a caption."""
    name = next(n for n, label in LABELS.items() if label.get("xss"))
    doc = cleaned(name)
    for bad in LABELS[name]["xss"]["not_in_body"]:
        assert bad not in doc.body
    assert any(LABELS[name]["xss"]["literal_in_captions"] in c for c in doc.captions)


def test_paragraph_spans_point_into_body() -> None:
    """doc.paragraphs are spans of the kept paragraphs, in order, inside the body."""
    doc = cleaned(PAGES[0])
    assert doc.paragraphs and doc.paragraphs[0][0] == 0 and doc.paragraphs[-1][1] == len(doc.body)
    for start, end in doc.paragraphs:
        assert doc.body[start:end].strip() == doc.body[start:end] and doc.body[start:end]
