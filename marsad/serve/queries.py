"""Read-only, parameterized SQL the views share: filtered event reports, chart buckets, co-actors.

User input only ever reaches SQL as bound parameters (lists go through
``json_each(?)``); LIKE patterns escape ``%`` and ``_``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fastapi import HTTPException

from marsad.serve import english
from marsad.serve.settings import CHART_MAX_SPAN_DAYS, MONTH_BUCKET_MAX_DAYS, WEEK_BUCKET_MAX_DAYS

__all__ = ["CHART_MAX_SPAN_DAYS", "EventFilter", "chart_counts", "check_date", "event_reports"]

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SPAN_START = "CAST(json_extract(e.data,'$.sentence_start') AS INTEGER)"
_SPAN_END = "CAST(json_extract(e.data,'$.sentence_end') AS INTEGER)"
_EVENT_DATE = "COALESCE(e.date_earliest, e.date_latest)"


def _like_token(code: str) -> str:
    """LIKE pattern matching ``code`` as a whole space-separated code or its prefix (IRQ → IRQ-MIL)."""
    esc = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {esc}%"


def check_date(value: str | None, name: str) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD; anything else is a 400 with the reason."""
    if not value:
        return None
    if not _ISO.match(value):
        raise HTTPException(400, f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


@dataclass
class EventFilter:
    """The timeline filters (same as ``marsad timeline``): dyad, actor, type, outlet, since, until, docs."""

    dyad: str | None = None
    actor: str | None = None
    type: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    docs: list[str] | None = None  # restrict to these documents (a story)
    doc: str | None = None
    args: list[Any] = field(default_factory=list)

    def _actor_sql(self, actor: str, side: str | None = None) -> str:
        """Condition: the event involves ``actor`` (a code prefix, or a KB id named in its sentence)."""
        if ":" in actor or (english.entity(actor) is not None and english.entity(actor).type == "person"):
            self.args += [actor, actor]
            return ("(instr(e.data, '\"entity\": \"' || ? || '\"') > 0 OR EXISTS"
                    f" (SELECT 1 FROM mentions m"
                    f" WHERE m.doc_id=e.doc_id AND m.entity=? AND m.start>={_SPAN_START} AND m.end<={_SPAN_END}))")
        cols = {"source": "e.source_codes", "target": "e.target_codes"}
        if side:
            self.args.append(_like_token(actor))
            return f"(' ' || {cols[side]}) LIKE ? ESCAPE '\\'"
        self.args += [_like_token(actor), _like_token(actor)]
        return "((' ' || e.source_codes) LIKE ? ESCAPE '\\' OR (' ' || e.target_codes) LIKE ? ESCAPE '\\')"

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters."""
        self.args = []
        conds: list[str] = []
        if self.type:
            conds.append("e.type = ?")
            self.args.append(self.type.upper())
        if self.outlet:
            conds.append("d.outlet = ?")
            self.args.append(self.outlet)
        if self.doc:
            conds.append("e.doc_id = ?")
            self.args.append(self.doc)
        if self.since:
            conds.append("COALESCE(e.date_latest, e.date_earliest) >= ?")
            self.args.append(check_date(self.since, "since"))
        if self.until:
            conds.append("COALESCE(e.date_earliest, e.date_latest) <= ?")
            self.args.append(check_date(self.until, "until") + "-99")
        if self.actor:
            conds.append(self._actor_sql(self.actor.strip()))
        if self.dyad:
            parts = [p.strip() for p in re.split(r"[,،]", self.dyad) if p.strip()]
            if len(parts) != 2:
                raise HTTPException(400, f"dyad must be two actors separated by a comma, got {self.dyad!r}")
            a, b = parts
            one = f"({self._actor_sql(a, 'source')} AND {self._actor_sql(b, 'target')})"
            two = f"({self._actor_sql(b, 'source')} AND {self._actor_sql(a, 'target')})"
            conds.append(f"({one} OR {two})")
        if self.docs is not None:
            conds.append("e.doc_id IN (SELECT value FROM json_each(?))")
            self.args.append(json.dumps(self.docs))
        return (" WHERE " + " AND ".join(conds) if conds else ""), list(self.args)


def event_reports(conn: Any, flt: EventFilter, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Event reports matching ``flt`` ordered by date (undated last), and the total count."""
    where, args = flt.where()
    base = " FROM events e JOIN documents d ON d.id = e.doc_id" + where
    total = conn.execute("SELECT count(*)" + base, args).fetchone()[0]
    sql = ("SELECT e.id, e.data, d.outlet, d.title, d.published_value" + base
           + f" ORDER BY {_EVENT_DATE} IS NULL, {_EVENT_DATE}, e.id LIMIT ? OFFSET ?")
    rows = conn.execute(sql, [*args, limit, offset]).fetchall()
    events = []
    for r in rows:
        ev = json.loads(r["data"])
        ev["outlet"] = r["outlet"]
        ev["doc_title"] = r["title"]
        events.append(ev)
    return events, total


def chart_counts(conn: Any, flt: EventFilter, bucket: str = "auto") -> dict[str, Any]:
    """Event reports per week/month/year and PLOVER type, every period in the range present (empty ones too)."""
    where, args = flt.where()
    return period_counts(conn, " FROM events e JOIN documents d ON d.id = e.doc_id", where, args, _EVENT_DATE, bucket)


_PERIOD_KEY = {"month": "substr({d},1,7)", "year": "substr({d},1,4)", "week": "strftime('%Y-W%W', {d})"}


def period_counts(conn: Any, source: str, where: str, args: list[Any], d: str, bucket: str) -> dict[str, Any]:
    """Rows of ``source`` (aliased ``e``, with ``date_earliest/latest`` and ``type``) per period and type.

    Only rows dated to within ``CHART_MAX_SPAN_DAYS`` are drawn; vaguer ones
    («between 2015 and 2022») are counted apart instead of piling up at their start.
    ``d`` is the SQL expression of a row's date.
    """
    base = source + where
    dated = (" AND " if where else " WHERE ") + f"{d} IS NOT NULL"
    precise = dated + (" AND e.date_latest IS NOT NULL AND e.date_earliest IS NOT NULL AND"
                       f" julianday(e.date_latest) - julianday(e.date_earliest) <= {CHART_MAX_SPAN_DAYS}")
    vague = conn.execute("SELECT count(*)" + base + dated, args).fetchone()[0]
    lo, hi = conn.execute(f"SELECT min({d}), max({d})" + base + precise, args).fetchone()
    bucket = _pick_bucket(bucket, lo, hi)
    key = _PERIOD_KEY[bucket].format(d=d)
    rows = conn.execute(f"SELECT {key} AS b, e.type AS t, count(*) AS n" + base + precise
                        + " GROUP BY b, t ORDER BY b", args).fetchall()
    counts = [{"bucket": r["b"], "type": r["t"], "n": r["n"]} for r in rows if r["b"]]
    return {"bucket": bucket, "range": [lo, hi], "counts": counts, "periods": _periods(bucket, lo, hi),
            "vague": vague - sum(c["n"] for c in counts)}


def _pick_bucket(bucket: str, lo: str | None, hi: str | None) -> str:
    """Week for short ranges, month for medium ones, year for long ones (unless asked)."""
    if bucket != "auto":
        return bucket
    if not (lo and hi and len(lo) >= 10 and len(hi) >= 10):
        return "month"
    days = (date.fromisoformat(hi[:10]) - date.fromisoformat(lo[:10])).days
    if days <= WEEK_BUCKET_MAX_DAYS:
        return "week"
    return "month" if days <= MONTH_BUCKET_MAX_DAYS else "year"


def _periods(bucket: str, lo: str | None, hi: str | None) -> list[str]:
    """Every period label from ``lo`` to ``hi`` so that empty periods show as gaps on the time axis."""
    if not (lo and hi and len(lo) >= 10 and len(hi) >= 10):
        return []
    start, end = date.fromisoformat(lo[:10]), date.fromisoformat(hi[:10])
    out: list[str] = []
    if bucket == "year":
        return [str(y) for y in range(start.year, end.year + 1)]
    if bucket == "month":
        y, m = start.year, start.month
        while (y, m) <= (end.year, end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    day = start
    while day <= end + timedelta(days=6):
        label = day.strftime("%Y-W%W")
        if not out or out[-1] != label:
            out.append(label)
        day += timedelta(days=1)
    return out


def sentence_mentions(conn: Any, events: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """KB-linked mentions inside each event's sentence, keyed by event id (one query per page)."""
    docs = sorted({e.get("doc") for e in events if e.get("doc")})
    if not docs:
        return {}
    rows = conn.execute(
        "SELECT doc_id, start, end, text, kind, entity, code FROM mentions WHERE entity IS NOT NULL"
        " AND doc_id IN (SELECT value FROM json_each(?)) ORDER BY doc_id, start", (json.dumps(docs),)).fetchall()
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(dict(r))
    out: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        s, t = e.get("sentence_start"), e.get("sentence_end")
        if s is None or t is None:
            continue
        seen: dict[str, dict[str, Any]] = {}
        for m in by_doc.get(e.get("doc"), []):
            if s <= m["start"] and m["end"] <= t and m["entity"] not in seen:
                seen[m["entity"]] = {"id": m["entity"], "text": m["text"], "kind": m["kind"],
                                     "name_en": english.entity_name(m["entity"]) or m["text"]}
        out[e["id"]] = list(seen.values())
    return out


def co_actors(conn: Any, entity_id: str, limit: int) -> list[dict[str, Any]]:
    """Entities named most often in the same sentences as ``entity_id`` (sentences of its mentions)."""
    sql = (
        "WITH own AS (SELECT m.doc_id, s.value AS sent FROM mentions m JOIN documents d ON d.id=m.doc_id,"
        " json_each(d.data,'$.sentences') s WHERE m.entity=?"
        " AND m.start >= json_extract(s.value,'$.start') AND m.end <= json_extract(s.value,'$.end'))"
        " SELECT o.entity AS entity, count(*) AS n FROM own JOIN mentions o ON o.doc_id=own.doc_id"
        " AND o.start >= json_extract(own.sent,'$.start') AND o.end <= json_extract(own.sent,'$.end')"
        " WHERE o.entity IS NOT NULL AND o.entity != ? GROUP BY o.entity ORDER BY n DESC, o.entity LIMIT ?"
    )
    rows = conn.execute(sql, (entity_id, entity_id, limit)).fetchall()
    return [{"id": r["entity"], "n": r["n"], "name_en": english.entity_name(r["entity"]) or r["entity"]}
            for r in rows]


def co_codes(conn: Any, flt: EventFilter, own: str, limit: int) -> list[dict[str, Any]]:
    """Actor codes on the events matching ``flt``, other than ``own`` (prefix), most frequent first."""
    where, args = flt.where()
    rows = conn.execute("SELECT e.source_codes || ' ' || e.target_codes AS c FROM events e JOIN documents d"
                        " ON d.id=e.doc_id" + where, args).fetchall()
    counts: dict[str, int] = {}
    for r in rows:
        for code in set(r["c"].split()):
            if own and (code == own or code.startswith(own + "-")):
                continue
            counts[code] = counts.get(code, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"code": c, "n": n, "name_en": english.code_name(c)} for c, n in top]
