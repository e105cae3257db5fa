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


_PERIOD_FORMS = (
    re.compile(r"(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2}))?$"),
    re.compile(r"(?P<m>\d{1,2})[-/.](?P<y>\d{4})$"),  # month first, as in Arab usage
)


def given_period(value: object) -> tuple[str, str] | None:
    """A caller's date field that is a bare year or a month («2019», «2022-02», «02/2022») → (first, last) ISO day.

    Not a day, so never an anchor for a single sentence (``marsad dates`` keeps its warning there); for a
    page it is the publisher's own metadata, so it bounds the publication interval on both sides unless
    the text contradicts it (:func:`marsad.analyze.time.date_text`). Years outside 1900–2100 are no period.
    """
    if not isinstance(value, str):
        return None
    s = value.strip().translate(_DIGITS)
    for form in _PERIOD_FORMS:
        m = form.match(s)
        if not m:
            continue
        y = int(m["y"])
        if not 1900 <= y <= 2100:
            return None
        if m["m"] is None:
            return date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat()
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            return None
        nxt = date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)
        return date(y, mo, 1).isoformat(), date.fromordinal(nxt.toordinal() - 1).isoformat()
    return None
