"""Our cleaner vs trafilatura and resiliparse on HTML pages: speed, and kept/dropped accuracy on our labelled pages.

The pages are the shipped samples (``marsad/data/sample/*.html``) with their hand
labels (``labels.json``: per page, ``keep`` substrings that must stay in the
clean text and ``drop`` chrome lines that must not). For each tool: the share of
keep-lines present in its output and the share of drop-lines absent from it
(after folding whitespace runs, NBSP included, to one space), and pages/s per
core over repeated passes. Every tool gets the same decoded string.

    .venv/bin/python benchmarks/bench_clean.py [--quick] [--repeat N] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS, Meter, machine, rate, table, write_json  # noqa: E402

_WS = re.compile(r"\s+")
QUICK_REPEAT = 5
FULL_REPEAT = 40


def sample_dir() -> Path:
    """The folder of labelled sample pages shipped with the package."""
    return Path(str(resources.files("marsad.data") / "sample"))


def fold_ws(text: str) -> str:
    """Whitespace runs (NBSP included) to one space, as the labels are matched."""
    return _WS.sub(" ", text.replace("\u00a0", " ")).strip()


def load_pages(folder: Path | None = None) -> list[dict[str, Any]]:
    """The labelled HTML pages: name, decoded HTML, keep and drop lines."""
    from marsad.text.normalize import fold_presentation_forms

    folder = folder or sample_dir()
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["documents"]
    pages = []
    for name, lab in sorted(labels.items()):
        if not name.endswith(".html"):
            continue
        enc = "cp1256" if lab.get("encoding") == "windows-1256" else "utf-8"
        html = fold_presentation_forms((folder / name).read_bytes().decode(enc))
        pages.append({"name": name, "html": html, "keep": lab.get("keep", []), "drop": lab.get("drop", [])})
    return pages


def marsad_extract(html: str) -> str:
    """Our cleaner: the clean body (title and captions are kept apart from it)."""
    from marsad.clean import clean_text

    return clean_text(html, html=True).body


def trafilatura_extract(html: str) -> str:
    """trafilatura's main text (its defaults, no comments)."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def resiliparse_extract(html: str) -> str:
    """resiliparse's plain text with its main-content heuristics."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return extract_plain_text(HTMLTree.parse(html), main_content=True, preserve_formatting=True)


TOOLS: dict[str, Callable[[str], str]] = {
    "marsad": marsad_extract, "trafilatura": trafilatura_extract, "resiliparse": resiliparse_extract,
}


def accuracy(pages: list[dict[str, Any]], extract: Callable[[str], str]) -> dict[str, Any]:
    """Share of keep-lines present and of drop-lines absent over all pages (micro-averaged)."""
    kept = keep_total = dropped = drop_total = 0
    per_page = {}
    for page in pages:
        out = fold_ws(extract(page["html"]))
        k = sum(1 for s in page["keep"] if fold_ws(s) in out)
        d = sum(1 for s in page["drop"] if fold_ws(s) not in out)
        per_page[page["name"]] = {"keep": f"{k}/{len(page['keep'])}", "drop": f"{d}/{len(page['drop'])}"}
        kept, keep_total = kept + k, keep_total + len(page["keep"])
        dropped, drop_total = dropped + d, drop_total + len(page["drop"])
    return {"keep_present": round(kept / keep_total, 3) if keep_total else None,
            "drop_absent": round(dropped / drop_total, 3) if drop_total else None,
            "keep_lines": keep_total, "drop_lines": drop_total, "per_page": per_page}


def speed(pages: list[dict[str, Any]], extract: Callable[[str], str], repeat: int) -> dict[str, Any]:
    """Pages per core-second over ``repeat`` passes (after one warm-up pass)."""
    for page in pages:
        extract(page["html"])
    n = len(pages) * repeat
    with Meter() as m:
        for _ in range(repeat):
            for page in pages:
                extract(page["html"])
    return {"pages": n, "cpu_s": round(m.cpu, 3), "pages_per_core_s": rate(n, m.cpu),
            "pages_per_wall_s": rate(n, m.wall)}


def run(repeat: int) -> dict[str, Any]:
    """Every tool's accuracy and speed on the same pages; speed ratios relative to marsad."""
    pages = load_pages()
    tools = {}
    for name, fn in TOOLS.items():
        try:
            tools[name] = accuracy(pages, fn) | speed(pages, fn, repeat)
        except ImportError as exc:
            tools[name] = {"error": f"not installed: {exc}"}
    ours = tools["marsad"].get("pages_per_core_s") or 0
    for name, res in tools.items():
        if name != "marsad" and res.get("pages_per_core_s"):
            res["marsad_speed_ratio"] = round(ours / res["pages_per_core_s"], 2)
    return {"pages": len(pages), "html_bytes": sum(len(p["html"].encode()) for p in pages), "tools": tools}


def print_result(res: dict[str, Any]) -> None:
    """One row per tool."""
    rows = [{"tool": k, **v} for k, v in res["tools"].items()]
    print(table(rows, ["tool", "keep_present", "drop_absent", "pages_per_core_s", "marsad_speed_ratio"]))
    print(f"{res['pages']} labelled HTML pages; marsad_speed_ratio = marsad pages/s ÷ the tool's pages/s")


def main(argv: list[str] | None = None) -> int:
    """Command line: compare the cleaners and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_REPEAT} timed passes instead of {FULL_REPEAT}")
    ap.add_argument("--repeat", type=int, default=None, help="timed passes over the pages")
    ap.add_argument("--out", type=Path, default=RESULTS / "bench_clean.json")
    args = ap.parse_args(argv)
    repeat = args.repeat or (QUICK_REPEAT if args.quick else FULL_REPEAT)
    res = {"machine": machine(), "repeat": repeat, **run(repeat)}
    print_result(res)
    print(f"wrote {write_json(res, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
