"""Helpers shared by command modules: opening the store, reading JSON lines."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from datetime import date
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


_DAY_FORMS = (
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:$|[T\s_])"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:$|[T\s_])"),
    re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?:$|[T\s_])"),  # day first, as in Arab usage
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def given_day(value: object) -> str | None:
    """A caller's date field (2021-03-02, 2021-03-02T10:00Z, 2021/03/02, 20210302, 02/03/2021) → ISO day or None.

    Input files from other tools write days in several ways; a valid day in any of them is used
    rather than rejected, and nothing that is not a real calendar day is ever guessed at.
    """
    if not isinstance(value, str):
        return None
    s = value.strip().translate(_DIGITS)
    for form in _DAY_FORMS:
        m = form.match(s)
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                return None
    return None
