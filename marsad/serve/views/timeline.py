"""Timeline: a chart of events per week/month by category, and dated rows citing their reports."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse

from marsad.serve import english, linkage, linked, queries, rows
from marsad.serve.context import ctx, link_builder, respond
from marsad.serve.paging import Page, page_info

router = APIRouter()


class Filters:
    """Timeline filters as query parameters (same names as ``marsad timeline``)."""

    def __init__(self, dyad: str | None = Query(None, description="two actor codes or KB ids: A,B"),
                 actor: str | None = Query(None, description="actor code (prefix: IRQ matches IRQ-MIL) or KB id"),
                 type: str | None = Query(None, description="PLOVER category, e.g. CONSULT"),  # noqa: A002
                 outlet: str | None = Query(None), since: str | None = Query(None, description="YYYY[-MM[-DD]]"),
                 until: str | None = Query(None, description="YYYY[-MM[-DD]]"),
                 story: str | None = Query(None, description="a story id (needs the linking stage)"),
                 bucket: str = Query("auto", pattern="^(auto|week|month|year)$")) -> None:
        self.values = {"dyad": dyad, "actor": actor, "type": type, "outlet": outlet, "since": since,
                       "until": until, "story": story}
        self.bucket = bucket

    def event_filter(self, store: Any) -> queries.EventFilter:
        v = self.values
        docs = None
        if v["story"]:
            st = linkage.story(store, v["story"]) or {}
            docs = [d.get("id") if isinstance(d, dict) else d for d in st.get("docs") or []]
        return queries.EventFilter(dyad=v["dyad"], actor=v["actor"], type=v["type"], outlet=v["outlet"],
                                   since=v["since"], until=v["until"], docs=docs)


def build_timeline(store: Any, flt: queries.EventFilter, page: Page, bucket: str = "auto",
                   values: dict[str, Any] | None = None) -> dict[str, Any]:
    """The timeline dict: chart buckets, one page of rows, the filters and what linking offers.

    With the linking stage's tables filled, rows are merged events (one real-world
    event, every report behind it); otherwise each row is one event report.
    """
    conn = store.conn
    chart = None
    if linked.active(conn):
        out_rows, total = linked.timeline_page(conn, store, values or {}, page.limit, page.offset)
        chart = linked.chart_counts(conn, values or {}, bucket)
        unit = "merged"
    else:
        events, total = queries.event_reports(conn, flt, limit=page.limit, offset=page.offset)
        people = queries.sentence_mentions(conn, events)
        docs = [e.get("doc") for e in events if e.get("doc")]
        story_of = linked.story_of_docs(conn, docs)
        if story_of is None:  # no linking tables: ask the linking stage's functions, if any
            story_of = rows.story_index(linkage.stories(store))
        out_rows = [rows.report_row(e, people.get(e["id"], []), story_of) for e in events]
        unit = "reports"
    if chart is None:
        chart = queries.chart_counts(conn, flt, bucket)
    return {"rows": out_rows, "total": total, "unit": unit, "chart": chart_layout(chart),
            "types": [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type")],
            "outlets": [r[0] for r in conn.execute(
                "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")],
            "linking": linkage.available()}


# Chart geometry (SVG user units).
CHART_W, CHART_H, CHART_PAD = 900, 220, 28
# At most this many period labels under the axis.
MAX_TICKS = 9


def chart_layout(chart: dict[str, Any]) -> dict[str, Any]:
    """Stacked bars per period (empty periods kept), one coloured segment per PLOVER type, as rectangles."""
    buckets: dict[str, list[dict[str, Any]]] = {}
    for c in chart["counts"]:
        buckets.setdefault(c["bucket"], []).append(c)
    names = chart.get("periods") or sorted(buckets)
    names = sorted(set(names) | set(buckets))
    peak = max((sum(c["n"] for c in cs) for cs in buckets.values()), default=0)
    bars, legend, ticks = [], {}, []
    if names and peak:
        slot = (CHART_W - 2 * CHART_PAD) / len(names)
        width = max(1.0, slot * 0.8)
        scale = (CHART_H - 2 * CHART_PAD) / peak
        for i, name in enumerate(names):
            x = CHART_PAD + i * slot + (slot - width) / 2
            y = CHART_H - CHART_PAD
            for c in sorted(buckets.get(name, []), key=lambda c: c["type"]):
                h = c["n"] * scale
                y -= h
                legend[c["type"]] = english.color(c["type"])
                bars.append({"x": round(x, 1), "y": round(y, 1), "w": round(width, 1), "h": round(h, 1),
                             "fill": legend[c["type"]], "title": f"{name} · {c['type']} · {c['n']}",
                             "bucket": name, "type": c["type"], "n": c["n"]})
        step = max(1, -(-len(names) // MAX_TICKS))
        ticks = [{"x": round(CHART_PAD + i * slot + slot / 2, 1), "label": names[i]}
                 for i in range(0, len(names), step)]
    return {**chart, "width": CHART_W, "height": CHART_H, "pad": CHART_PAD, "peak": peak, "bars": bars,
            "ticks": ticks, "legend": [{"type": k, "fill": v} for k, v in sorted(legend.items())],
            "baseline": CHART_H - CHART_PAD}


@router.get("/", include_in_schema=False)
def home(request: Request) -> RedirectResponse:
    return RedirectResponse(link_builder(request)("/timeline"))


@router.get("/timeline", include_in_schema=False)
@router.get("/api/timeline", summary="Timeline rows (event reports by date) and chart counts, filtered")
def timeline(request: Request, filters: Filters = Depends(), page: Page = Depends()) -> Any:
    store = ctx(request).store()
    data = build_timeline(store, filters.event_filter(store), page, filters.bucket, filters.values)
    data["filters"] = filters.values
    data["page"] = page_info(request, page, data["total"], len(data["rows"]))
    return respond(request, "timeline.html", data)
