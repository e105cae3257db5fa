"""Prove a speed-up changed no output: clean + every analysis stage, reference tree vs this tree.

Runs the same SaudiNewsNet sample through two source trees, each in its own
subprocess (``PYTHONPATH=<tree>``), dumps every whole document (body, sentences,
tokens, mentions, timexes, published date, events, framing: ``model.to_dict``)
as JSON lines, and diffs them. Exit status 0 only when every document is
identical. ``--stages`` restricts the run to some stages (faster when a change
can only touch those); both children get the same ``MARSAD_TODAY``, so a run
that crosses midnight still compares like with like.

With ``--only PATH...`` the reference is this tree with just those paths taken
from ``--ref`` (files added since are removed): other engineers' edits elsewhere
are then in both runs, and only the changes under PATH are tested.

    .venv/bin/python benchmarks/check_identical.py --ref /tmp/perf_base [--articles 500]
    .venv/bin/python benchmarks/check_identical.py --ref /tmp/perf_base --only marsad/text marsad/clean
    .venv/bin/python benchmarks/check_identical.py --ref /tmp/perf_base --stages segment entities framing
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
ARTICLES = 500
STAGES = ["segment", "entities", "dates", "events", "framing"]  # marsad.pipeline.STAGES, in order
SHOW_DIFFS = 5  # differing documents printed in full detail


def sample(corpus: Path, n: int) -> list[dict[str, Any]]:
    """``n`` articles spread evenly over the corpus (every k-th, in file order)."""
    import zipfile

    items: list[dict[str, Any]] = []
    for z in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    items.extend(json.loads(zf.read(name)))
    step = max(len(items) / max(n, 1), 1.0)
    return [items[int(i * step)] for i in range(min(n, len(items)))]


def dump(doc: Any) -> dict[str, Any]:
    """The whole document as plain JSON: every field any stage writes (a stage not run leaves its default)."""
    from marsad.model import to_dict

    return to_dict(doc)


def emit(corpus: Path, n: int, out: Path, stages: list[str] | None = None) -> None:
    """Child mode: analyze the sample with whatever ``marsad`` is on the path; one JSON line per article."""
    from marsad.clean import clean_text
    from marsad.pipeline import analyze_document

    with out.open("w", encoding="utf-8") as fh:
        for k, obj in enumerate(sample(corpus, n)):
            doc = clean_text(obj.get("content") or "", title=obj.get("title") or "", source=obj.get("url") or f"#{k}")
            if doc.body.strip() and doc.language == "ar":
                doc = analyze_document(doc, stages=stages)
            fh.write(json.dumps(dump(doc), ensure_ascii=False, sort_keys=True, default=str) + "\n")


def run_tree(tree: Path, corpus: Path, n: int, out: Path, stages: list[str] | None = None,
             today: str | None = None) -> None:
    """Run :func:`emit` in a subprocess with ``tree`` first on the import path (and ``today`` as MARSAD_TODAY)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    if today:
        env["MARSAD_TODAY"] = today
    cmd = [sys.executable, str(Path(__file__).resolve()), "--emit", str(out), "--corpus", str(corpus),
           "--articles", str(n)]
    if stages is not None:
        cmd += ["--stages", *stages]
    subprocess.run(cmd, env=env, check=True, cwd=str(tree))


def mixed_reference(ref: Path, new: Path, only: list[str], folder: Path) -> Path:
    """A copy of ``new``'s package with the paths in ``only`` as they are in ``ref``."""
    tree = folder / "ref-tree"
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(new / "marsad", tree / "marsad", ignore=shutil.ignore_patterns("__pycache__"))
    for rel in only:
        src, dst = ref / rel, tree / rel
        if dst.is_dir():
            shutil.rmtree(dst)
        elif dst.exists():
            dst.unlink()
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dst)
    return tree


def first_difference(a: Any, b: Any, path: str = "") -> str:
    """A readable path to the first place two JSON values differ."""
    if type(a) is not type(b):
        return f"{path}: {a!r:.120} != {b!r:.120}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r:.120} != {b!r:.120}"


def compare(ref: Path, new: Path) -> int:
    """Number of differing documents; prints the first few differences."""
    a = ref.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        print(f"document count differs: {len(a)} != {len(b)}")
        return max(len(a), len(b))
    bad = 0
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            bad += 1
            if bad <= SHOW_DIFFS:
                print(f"doc {i}: {first_difference(json.loads(x), json.loads(y))}")
    return bad


def totals(path: Path) -> dict[str, int]:
    """Counts of what each stage found, and spans (sentence, token, mention, timex) whose text is not the body's."""
    t = {"documents": 0, "sentences": 0, "tokens": 0, "mentions": 0, "timexes": 0, "published_bounded": 0, "events": 0,
         "framing_matches": 0, "offset_violations": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        body = d["body"]
        t["documents"] += 1
        t["sentences"] += len(d["sentences"])
        t["tokens"] += sum(len(s["tokens"]) for s in d["sentences"])
        t["mentions"] += len(d["mentions"])
        t["timexes"] += len(d["timexes"])
        pub = d.get("published") or {}
        t["published_bounded"] += bool(pub.get("value") or pub.get("earliest") or pub.get("latest"))
        t["events"] += len(d["events"])
        t["framing_matches"] += len((d["framing"] or {}).get("matches", []))
        spans = [(s["text"], s["start"], s["end"]) for s in d["sentences"]]
        spans += [(tok["text"], tok["start"], tok["end"]) for s in d["sentences"] for tok in s["tokens"]]
        spans += [(m["text"], m["start"], m["end"]) for m in d["mentions"] + d["timexes"]]
        t["offset_violations"] += sum(1 for text, a, b in spans if body[a:b] != text)
    return t


def main(argv: list[str] | None = None) -> int:
    """Command line: run both trees and diff, or (``--emit``) be the child that dumps one tree's output."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", type=Path, default=Path("/tmp/perf_base"), help="reference source tree")
    ap.add_argument("--new", type=Path, default=ROOT, help="source tree under test (default: this one)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--articles", type=int, default=ARTICLES)
    ap.add_argument("--keep", type=Path, help="folder to keep both dumps in")
    ap.add_argument("--only", nargs="+", metavar="PATH",
                    help="test only the changes under these paths (relative to the tree root)")
    ap.add_argument("--stages", nargs="+", choices=STAGES, metavar="STAGE",
                    help=f"run only these analysis stages (default: all of {' '.join(STAGES)})")
    ap.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.emit:
        emit(args.corpus, args.articles, args.emit, args.stages)
        return 0
    if not args.corpus.exists() or not (args.ref / "marsad").is_dir():
        print(f"need the corpus ({args.corpus}) and a reference tree ({args.ref})", file=sys.stderr)
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="marsad-identical-"))
    folder.mkdir(parents=True, exist_ok=True)
    ref_out, new_out = folder / "ref.jsonl", folder / "new.jsonl"
    ref = mixed_reference(args.ref, args.new, args.only, folder) if args.only else args.ref
    today = os.environ.get("MARSAD_TODAY") or datetime.date.today().isoformat()
    run_tree(ref, args.corpus, args.articles, ref_out, args.stages, today)
    run_tree(args.new, args.corpus, args.articles, new_out, args.stages, today)
    bad = compare(ref_out, new_out)
    t = totals(new_out)
    print(f"totals {t}")
    print(f"{'IDENTICAL' if bad == 0 else f'DIFFERENT in {bad} documents'} ({ref_out} vs {new_out})")
    return 0 if bad == 0 and t["offset_violations"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
