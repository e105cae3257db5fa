"""The floor: a bare read-and-tokenize pass over the same input, so the pipeline's cost is a ratio to it.

Reads the same files the pipeline reads (SaudiNewsNet zips of JSON arrays, or
JSON-lines shards), parses the JSON and tokenizes ``title`` + ``content`` two
ways: ``str.split()`` and a regex word tokenizer. Prints a table and writes JSON.

    .venv/bin/python benchmarks/bench_floor.py [--quick] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, RESULTS, Meter, bench_input, machine, rate, table, write_json  # noqa: E402

WORD = re.compile(r"\w+")
TOKENIZERS: dict[str, Callable[[str], list[str]]] = {"split": str.split, "regex \\w+": WORD.findall}


def read_texts(paths: list[str]) -> Iterator[str]:
    """The text (title + content) of every article in zips of JSON arrays or JSON-lines files."""
    for p in paths:
        if p.endswith(".zip"):
            with zipfile.ZipFile(p) as zf:
                for name in zf.namelist():
                    for obj in json.loads(zf.read(name)):
                        yield f"{obj.get('title') or ''}\n{obj.get('content') or ''}"
        else:
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        obj = json.loads(line)
                        yield f"{obj.get('title') or ''}\n{obj.get('content') or ''}"


def floor_pass(paths: list[str], tokenize: Callable[[str], list[str]]) -> dict[str, Any]:
    """One read → JSON → tokenize pass: articles, tokens, wall/CPU seconds and articles per core-second."""
    n = tokens = 0
    with Meter() as m:
        for text in read_texts(paths):
            tokens += len(tokenize(text))
            n += 1
    return {"articles": n, "tokens": tokens, "wall_s": round(m.wall, 3), "cpu_s": round(m.cpu, 3),
            "articles_per_core_s": rate(n, m.cpu), "articles_per_wall_s": rate(n, m.wall)}


def run(paths: list[str]) -> dict[str, Any]:
    """Both floor passes over ``paths``; the slower (regex) one is the floor the pipeline is compared with."""
    floor_pass(paths[:1], str.split)  # warm the page cache for the first file
    passes = {name: floor_pass(paths, fn) for name, fn in TOKENIZERS.items()}
    return {"passes": passes, "floor_articles_per_core_s": passes["regex \\w+"]["articles_per_core_s"]}


def print_result(res: dict[str, Any]) -> None:
    """The floor table."""
    rows = [{"pass": f"read + json + {k}", **v} for k, v in res["passes"].items()]
    print(table(rows, ["pass", "articles", "tokens", "cpu_s", "articles_per_core_s", "articles_per_wall_s"]))


def main(argv: list[str] | None = None) -> int:
    """Command line: run the floor on the corpus (or a sample of it) and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--quick", action="store_true", help="a 1,000-article sample instead of all 15,042")
    ap.add_argument("--out", type=Path, default=RESULTS / "bench_floor.json")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        paths, n = bench_input(args.corpus, args.quick, tmp=Path(tmp))
        res = {"machine": machine(), "input": {"paths": len(paths), "articles": n}, **run(paths)}
    print_result(res)
    print(f"wrote {write_json(res, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
