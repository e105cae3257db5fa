"""Helpers shared by command modules: opening the store, reading JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from marsad.store import Store


def db_arg(p: argparse.ArgumentParser) -> None:
    """Add ``--db`` to a sub-command (it is accepted before or after the command)."""
    p.add_argument("--db", default=argparse.SUPPRESS, help="store path (default: $MARSAD_DB or per-user)")


def open_db(args: argparse.Namespace) -> Store:
    return Store(getattr(args, "db", None))


def read_jsonl(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield (line number, object or None, error) for each non-blank line of FILE or '-'."""
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8-sig", errors="replace")  # noqa: SIM115
    try:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"line {n}: not JSON ({exc.msg})"
                continue
            if not isinstance(obj, dict):
                yield n, None, f"line {n}: not a JSON object"
                continue
            yield n, obj, None
    finally:
        if fh is not sys.stdin:
            fh.close()


def write_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
