"""Seed checks for cleaning: kept and dropped lines, title, outlet, and page dates never taken as published."""

from __future__ import annotations

import re
from typing import Any

from marsad.model import Document

_WS = re.compile(r"\s+")


def fold_ws(text: str) -> str:
    """Every whitespace run (NBSP included) to one space, as the gold's substring fields are matched."""
    return _WS.sub(" ", text.replace("\u00a0", " ")).strip()


def _short(text: str, n: int = 48) -> str:
    """A line shortened for the report."""
    return text if len(text) <= n else text[: n - 1] + "…"


def _line_checks(name: str, doc: Document, g: dict[str, Any]) -> list[Any]:
    """Keep lines must be in the body, drop lines must not."""
    from marsad.eval.seeds import Check

    body = fold_ws(doc.body)
    out = []
    for line in g.get("keep", []):
        ok = fold_ws(line) in body
        out.append(Check(name, "clean", f"keep «{_short(line)}»", ok, "" if ok else "missing from the body"))
    for line in g.get("drop", []):
        ok = fold_ws(line) not in body
        reason = next((d.reason for d in doc.dropped if fold_ws(line) in fold_ws(d.text)), "")
        out.append(Check(name, "clean", f"drop «{_short(line)}»", ok,
                         f"dropped as {reason}" if ok and reason else ("" if ok else "still in the body")))
    return out


def _outlet_check(name: str, doc: Document, gold_outlet: dict[str, Any] | None) -> Any:
    """Outlet equals the gold's Arabic or English name (no outlet when the gold has none)."""
    from marsad.eval.seeds import Check

    if not gold_outlet:
        return Check(name, "clean", "outlet unknown", doc.outlet is None, f"got {doc.outlet!r}")
    wanted = {fold_ws(v).lower() for v in (gold_outlet.get("name_ar"), gold_outlet.get("name_en")) if v}
    got = {fold_ws(v).lower() for v in (doc.outlet, doc.meta.get("outlet_ar"), doc.meta.get("outlet_en")) if v}
    return Check(name, "clean", f"outlet {gold_outlet.get('name_en') or gold_outlet.get('name_ar')}",
                 bool(wanted & got), f"got {doc.outlet!r}")


def _page_date_checks(name: str, doc: Document, value: str) -> list[Any]:
    """The chrome date is a page date, and not the publication date."""
    from marsad.eval.seeds import Check

    values = [p.value for p in doc.page_dates]
    return [
        Check(name, "clean", f"page date {value} kept as page date", value in values, f"page dates {values}"),
        Check(name, "clean", f"page date {value} not published", doc.published.value != value,
              f"published {doc.published.value!r}"),
    ]


def check(gold: dict[str, Any], docs: dict[str, Document], store: Any) -> list[Any]:
    """All cleaning checks for every gold document."""
    from marsad.eval.seeds import Check

    out: list[Any] = []
    for name, g in gold.get("documents", {}).items():
        doc = docs.get(name)
        if doc is None:
            out.append(Check(name, "clean", "document ingested", False, "not found in the store"))
            continue
        out.extend(_line_checks(name, doc, g))
        if g.get("title"):
            ok = fold_ws(doc.title) == fold_ws(g["title"])
            out.append(Check(name, "clean", "title", ok, "" if ok else f"got «{_short(doc.title, 80)}»"))
        if "outlet" in g:
            out.append(_outlet_check(name, doc, g["outlet"]))
        if g.get("page_date_not_published"):
            out.extend(_page_date_checks(name, doc, g["page_date_not_published"]))
    return out
