"""``marsad eval seeds GOLD``: ingest the seed pages into a temporary store and check them against the gold.

Each section of the gold (clean, dates, entities, events, links, framing) is checked by
its own module ``marsad.eval.seeds_<section>`` exposing
``check(gold, docs, store) -> list[Check]``; sections whose module does not exist yet
are skipped, so the harness grows with the pipeline.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from marsad.model import Document

SECTIONS = ("clean", "dates", "entities", "events", "links", "framing")
HTML_SUFFIXES = (".html", ".htm")


@dataclass
class Check:
    """One gold expectation on one document: passed or not, and why."""

    doc: str
    section: str
    name: str
    ok: bool
    detail: str = ""


def load_gold(path: str | Path) -> dict[str, Any]:
    """The gold annotations (``documents`` keyed by seed filename)."""
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def default_seeds_dir(gold_path: str | Path) -> Path:
    """The ``seeds/`` folder beside the gold's folder (``shared/gold/seeds.json`` → ``shared/seeds``)."""
    return Path(gold_path).resolve().parent.parent / "seeds"


def _ingest_function() -> Any:
    """``marsad.ingest.ingest`` when the ingest stage exists, else None."""
    try:
        module = importlib.import_module("marsad.ingest")
    except ImportError:
        return None
    return getattr(module, "ingest", None)


def _decode(path: Path) -> str:
    """Text of a seed file via the ingest decoder when present, else UTF-8."""
    data = path.read_bytes()
    try:
        from marsad.ingest.decode import decode_bytes
    except ImportError:
        return data.decode("utf-8-sig", errors="replace")
    return decode_bytes(data, html=path.suffix.lower() in HTML_SUFFIXES).text


def _clean_and_store(files: list[Path], store: Any) -> None:
    """Fallback ingest: clean, analyze and store each file directly."""
    from marsad.clean import clean_text
    from marsad.pipeline import analyze_document

    for path in files:
        doc = clean_text(_decode(path), html=path.suffix.lower() in HTML_SUFFIXES, source=str(path))
        store.add_document(analyze_document(doc), file=str(path))


def ingest_seeds(seeds: Path, store: Any) -> dict[str, Document]:
    """Ingest every seed file and map seed filename → stored Document."""
    files = sorted(p for p in seeds.iterdir() if p.is_file())
    ingest = _ingest_function()
    with contextlib.redirect_stdout(sys.stderr):
        if ingest is not None:
            ingest([str(p) for p in files], store, progress=False)
        else:
            _clean_and_store(files, store)
    rows = store.conn.execute("SELECT doc_id, file, member FROM provenance").fetchall()
    by_name: dict[str, str] = {}
    for row in rows:
        for key in (Path(row["file"]).name, Path(row["member"] or "").name):
            if key:
                by_name.setdefault(key, row["doc_id"])
    docs = {}
    for path in files:
        doc_id = by_name.get(path.name)
        doc = store.get_document(doc_id) if doc_id else None
        if doc is not None:
            docs[path.name] = doc
    return docs


def run_sections(gold: dict[str, Any], docs: dict[str, Document], store: Any,
                 sections: tuple[str, ...] = SECTIONS) -> tuple[list[Check], list[str]]:
    """Run each available section module; returns the checks and the sections that ran."""
    checks: list[Check] = []
    ran = []
    for section in sections:
        name = f"marsad.eval.seeds_{section}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            checks.append(Check("*", section, "module imports", False, f"{type(exc).__name__}: {exc}"))
            continue
        try:
            checks.extend(module.check(gold, docs, store))
        except Exception as exc:  # noqa: BLE001 - one broken section must not hide the others
            checks.append(Check("*", section, "section runs", False, f"{type(exc).__name__}: {exc}"))
        ran.append(section)
    return checks, ran


def summarize(checks: list[Check]) -> dict[str, Any]:
    """Pass/total counts per document × section and per section overall."""
    per_doc: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    per_section: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in checks:
        for counter in (per_doc[c.doc][c.section], per_section[c.section]):
            counter[0] += int(c.ok)
            counter[1] += 1
    passed = sum(c.ok for c in checks)
    return {
        "passed": passed, "total": len(checks),
        "sections": {s: {"passed": p, "total": t} for s, (p, t) in per_section.items()},
        "documents": {d: {s: {"passed": p, "total": t} for s, (p, t) in secs.items()} for d, secs in per_doc.items()},
    }


def print_report(checks: list[Check], ran: list[str], *, verbose: bool = False, out: Any = None) -> None:
    """Human report: per document, each section's score and every failing check (passes with -v)."""
    out = out or sys.stdout
    by_doc: dict[str, list[Check]] = defaultdict(list)
    for c in checks:
        by_doc[c.doc].append(c)
    for doc in sorted(by_doc):
        print(doc, file=out)
        by_section: dict[str, list[Check]] = defaultdict(list)
        for c in by_doc[doc]:
            by_section[c.section].append(c)
        for section, items in by_section.items():
            passed = sum(c.ok for c in items)
            print(f"  {section:9} {passed}/{len(items)}", file=out)
            for c in items:
                if verbose or not c.ok:
                    mark = "PASS" if c.ok else "FAIL"
                    detail = f" — {c.detail}" if c.detail else ""
                    print(f"    {mark} {c.name}{detail}", file=out)
    summary = summarize(checks)
    print("total", file=out)
    for section, s in summary["sections"].items():
        print(f"  {section:9} {s['passed']}/{s['total']}", file=out)
    print(f"  all       {summary['passed']}/{summary['total']}  (sections run: {', '.join(ran) or 'none'})", file=out)


def main(args: argparse.Namespace) -> int:
    """Entry point of ``marsad eval seeds``; exit 0 unless ``--strict`` and something failed."""
    from marsad.store import Store

    gold_path = Path(args.gold)
    if not gold_path.exists():
        print(f"marsad: error: gold file {gold_path} not found", file=sys.stderr)
        return 2
    seeds = Path(args.seeds) if getattr(args, "seeds", None) else default_seeds_dir(gold_path)
    if not seeds.is_dir():
        print(f"marsad: error: seeds folder {seeds} not found (use --seeds DIR)", file=sys.stderr)
        return 2
    gold = load_gold(gold_path)
    sections = tuple(s for s in (getattr(args, "sections", None) or ",".join(SECTIONS)).split(",") if s)
    with tempfile.TemporaryDirectory(prefix="marsad-seeds-") as tmp:
        store = Store(Path(tmp) / "seeds.db")
        try:
            docs = ingest_seeds(seeds, store)
            checks, ran = run_sections(gold, docs, store, sections)
        finally:
            store.close()
    if getattr(args, "json", False):
        json.dump({"checks": [asdict(c) for c in checks], "summary": summarize(checks), "sections_run": ran},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_report(checks, ran, verbose=getattr(args, "verbose", False))
    failed = any(not c.ok for c in checks)
    return 1 if failed and getattr(args, "strict", False) else 0
