"""The ingest report: counts, failures and notices grouped by reason, and the summary line."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from marsad.ingest import settings
from marsad.ingest.records import Failure, Notice

_KIND_END = re.compile(r"[:(,]")


def reason_kind(reason: str) -> str:
    """The group a reason belongs to: its text before the first ':', '(' or ','."""
    return _KIND_END.split(reason, 1)[0].strip() or reason


@dataclass
class IngestReport:
    """What one ingest run did: new / duplicate / seen-before / failed, with reasons."""

    records: int = 0  # source records met: read ones plus failed ones (a failed file counts as one)
    new: int = 0  # documents stored for the first time
    duplicate: int = 0  # same content as a document already stored, new provenance row
    seen: int = 0  # this exact record (file, member, URL) was ingested before
    new_ids: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def present(self) -> int:
        """Records whose document was already in the store (duplicates and seen-before)."""
        return self.duplicate + self.seen

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def nothing_read(self) -> bool:
        """True when not a single record could be read (the exit status is then 1)."""
        return self.new + self.present == 0

    def fail(self, file: str, member: str, reason: str) -> None:
        self.failures.append(Failure(file, member, reason))

    def note(self, file: str, member: str, reason: str) -> None:
        self.notices.append(Notice(file, member, reason))

    def summary(self) -> str:
        """The human summary: the count line, then failure and notice reasons grouped with examples."""
        lines = [
            f"new {self.new:,} / already present {self.present:,} / failed {self.failed:,}"
            f"  ({self.duplicate:,} duplicate content under another record, {self.seen:,} records seen before;"
            f" {self.records:,} records in {self.seconds:.1f} s)"
        ]
        lines += _grouped("failed", self.failures)
        lines += _grouped("notes", self.notices)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the report (``marsad ingest --json``)."""
        return {
            "new": self.new, "already_present": self.present, "duplicate": self.duplicate,
            "seen_before": self.seen, "failed": self.failed, "records": self.records,
            "seconds": round(self.seconds, 3), "new_ids": self.new_ids,
            "failures": [vars(f) for f in self.failures], "notices": [vars(n) for n in self.notices],
        }


def _grouped(title: str, items: list[Failure] | list[Notice]) -> list[str]:
    if not items:
        return []
    groups: OrderedDict[str, list[Failure | Notice]] = OrderedDict()
    for it in items:
        groups.setdefault(reason_kind(it.reason), []).append(it)
    out = [f"{title}:"]
    for kind, its in groups.items():
        out.append(f"  {kind} ({len(its):,}):")
        for it in its[: settings.EXAMPLES_PER_REASON]:
            where = f"{it.file}!{it.member}" if it.member else it.file
            out.append(f"    {where}: {it.reason}")
        if len(its) > settings.EXAMPLES_PER_REASON:
            out.append(f"    … and {len(its) - settings.EXAMPLES_PER_REASON:,} more")
    return out
