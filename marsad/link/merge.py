"""Event merging: per-sentence event records from many documents → one merged event per real-world event.

A report joins a merged event when the category is compatible (same type or a
compatible pair such as ASSAULT/FIGHT; modes in one group, e.g. CONSULT
visit/host/meet), the actors are compatible on both sides (same entity or code,
same country+sector, a bare country vs a specific actor of it, a group vs its
country; source/target may swap for symmetric categories), the dates intersect,
and the places do not lie in different countries. A report without a usable
date (undated, or only its document's wide interval) merges only on a stronger
score, when its document shares specific entities with a document already
behind the merged event, and when exactly one merged event qualifies; it then
inherits the merged event's date. Candidates come from blocking keys
(category group × country pair × month) so a new report is compared with a
handful of merged events, never the whole store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from marsad.link.actors import ActorKey, parse_code, side_score
from marsad.link.tables import placeholders, rules
from marsad.model import Document, Event
from marsad.store import Store

DATED_HOW = ("timex", "inherited", "narrative")
MAX_CONTEXT_ENTITIES = 40  # entities of an undated report's document used to find its candidates
MAX_UNDATED = 500  # candidate merged events examined for one undated report


def _day(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _width(lo: str | None, hi: str | None) -> int | None:
    a, b = _day(lo), _day(hi)
    return None if a is None or b is None else (b - a).days


def intersect(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> tuple[str | None, str | None] | None:
    """Intersection of two ISO intervals (None bounds are open); None when empty."""
    lo = max((x for x in (a[0], b[0]) if x), default=None)
    hi = min((x for x in (a[1], b[1]) if x), default=None)
    if lo and hi and lo > hi:
        return None
    return lo, hi


def category_group(kind: str) -> str:
    """The merge group of a PLOVER category (ASSAULT and FIGHT share one)."""
    for name, members in rules("merge_rules")["category_groups"].items():
        if kind in members:
            return name
    return kind.lower()


def modes_compatible(kind: str, a: str | None, b: str | None) -> bool:
    """True unless both modes are known and sit in different mode groups of the category."""
    if not a or not b or a == b:
        return True
    groups = rules("merge_rules")["mode_groups"].get(kind)
    if not groups:
        return True
    return any(a in g and b in g for g in groups)


@dataclass
class Report:
    """One event record as the linker sees it."""

    event_id: str
    doc_id: str
    outlet: str | None
    type: str
    mode: str | None
    modality: str
    source: list[ActorKey]
    target: list[ActorKey]
    source_raw: list[dict[str, Any]]
    target_raw: list[dict[str, Any]]
    location: dict[str, Any] | None
    lo: str | None
    hi: str | None
    how: str
    granularity: str
    sentence: str
    trigger: str
    dead: int | None = None
    injured: int | None = None
    doc_lo: str | None = None
    doc_hi: str | None = None

    @property
    def dated(self) -> str:
        """'dated' (own time expression / inherited, not wide), 'soft' (a narrow document date) or 'undated'."""
        r = rules("merge_rules")
        width = _width(self.lo, self.hi)
        if width is None or width > r["wide_days"]:
            return "undated"
        if self.how.startswith(DATED_HOW):
            return "dated"
        return "soft" if width <= r["narrow_days"] else "undated"

    def interval(self) -> tuple[str | None, str | None]:
        """The date interval used for matching (a document date is widened a little backwards)."""
        if self.dated == "soft":
            lo = _day(self.lo)
            slack = rules("merge_rules")["document_slack_days"]
            return (str(lo - dt.timedelta(days=slack)) if lo else None), self.hi
        return self.lo, self.hi

    def to_json(self) -> dict[str, Any]:
        """The stored form of a report inside a merged event."""
        return {"event": self.event_id, "doc": self.doc_id, "outlet": self.outlet, "type": self.type,
                "mode": self.mode, "modality": self.modality, "source": self.source_raw, "target": self.target_raw,
                "location": self.location, "date": {"earliest": self.lo, "latest": self.hi, "how": self.how,
                                                    "granularity": self.granularity},
                "sentence": self.sentence, "trigger": self.trigger, "dead": self.dead, "injured": self.injured,
                "doc_published": [self.doc_lo, self.doc_hi]}


def _actor_raw(actor: Any, mentions: list[Any]) -> dict[str, Any]:
    name_en, entity = None, actor.entity
    if actor.start is not None:
        for m in mentions:
            if m.start < (actor.end or actor.start) and actor.start < m.end and m.entity and m.code == actor.code:
                name_en, entity = m.name_en, entity or m.entity
                break
    return {"text": actor.text, "code": actor.code, "entity": entity, "name_en": name_en}


def report_from_event(ev: Event, doc: Document) -> Report:
    """A :class:`Report` from an Event of a stored document."""
    src = [_actor_raw(a, doc.mentions) for a in ev.source]
    tgt = [_actor_raw(a, doc.mentions) for a in ev.target]
    loc = None
    if ev.location is not None:
        loc = {"text": ev.location.text, "entity": ev.location.entity, "lat": ev.location.lat,
               "lon": ev.location.lon, "country": ev.location.country or _place_country(ev.location.entity)}
    return Report(
        event_id=ev.id, doc_id=doc.id, outlet=doc.outlet, type=ev.type, mode=ev.mode, modality=ev.modality,
        source=_keys(src, ev.type), target=_keys(tgt, ev.type), source_raw=src, target_raw=tgt, location=loc,
        lo=ev.date.earliest, hi=ev.date.latest, how=ev.date.how or "unknown", granularity=ev.date.granularity,
        sentence=ev.sentence_text, trigger=ev.trigger, dead=ev.dead, injured=ev.injured,
        doc_lo=doc.published.earliest, doc_hi=doc.published.latest)


def _keys(raw: list[dict[str, Any]], kind: str) -> list[ActorKey]:
    """Actor keys of one side; for movement/violence a participant that is a place says where, not who."""
    out = []
    places_are_where = kind in rules("merge_rules")["place_participants"]
    for a in raw:
        if places_are_where and (a.get("entity") or "").startswith("place:"):
            continue
        if a.get("code") or a.get("entity"):
            key = parse_code(a.get("code"), a.get("entity"))
            if key not in out:
                out.append(key)
    return out


def _place_country(entity: str | None) -> str | None:
    from marsad.link.actors import _entity_country, is_country

    if not entity:
        return None
    return entity if is_country(entity) else _entity_country(entity)


def places_conflict(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Two places conflict when both are known and lie in different countries."""
    if not a or not b:
        return False
    ca, cb = a.get("country"), b.get("country")
    return bool(ca and cb and ca != cb)


def same_place(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Both reports name the same place (entity, or text when unlinked)."""
    if not a or not b:
        return False
    if a.get("entity") and b.get("entity"):
        return a["entity"] == b["entity"]
    return (a.get("text") or "").strip() == (b.get("text") or "").strip() != ""


@dataclass
class Merged:
    """One real-world event and every report behind it."""

    id: str
    reports: list[Report] = field(default_factory=list)
    flipped: set[str] = field(default_factory=set)  # reports whose source/target are swapped here
    # derived views (type, sides, place, date) for the current reports: scoring asks for them on
    # every comparison, and a block of the batch job compares thousands of reports against each event
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def _cached(self, name: str, compute: Any) -> Any:
        """``compute()`` once per state of the reports (they are only appended, removed or flipped)."""
        key = (len(self.reports), len(self.flipped), id(self.reports[-1]) if self.reports else None)
        hit = self._memo.get(name)
        if hit is not None and hit[0] == key:
            return hit[1]
        value = compute()
        self._memo[name] = (key, value)
        return value

    @property
    def type(self) -> str:
        """The category most reports give (ties: the first report's)."""
        return self._cached("type", self._type)

    def _type(self) -> str:
        counts: dict[str, int] = {}
        for r in self.reports:
            counts[r.type] = counts.get(r.type, 0) + 1
        return max(counts, key=lambda t: (counts[t], -[r.type for r in self.reports].index(t)))

    @property
    def mode(self) -> str | None:
        """The most specific mode given (first report with one)."""
        return next((r.mode for r in self.reports if r.mode and r.type == self.type), None)

    def sides(self) -> tuple[list[ActorKey], list[ActorKey]]:
        """Source and target actors over all reports, aligned to this event's orientation."""
        return self._cached("sides", self._sides)

    def _sides(self) -> tuple[list[ActorKey], list[ActorKey]]:
        src: list[ActorKey] = []
        tgt: list[ActorKey] = []
        for r in self.reports:
            s, t = (r.target, r.source) if r.event_id in self.flipped else (r.source, r.target)
            src += [a for a in s if a not in src]
            tgt += [a for a in t if a not in tgt]
        return src, tgt

    def raw_sides(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Distinct actors (as stored dicts) of each side, most specific first."""
        src: list[dict[str, Any]] = []
        tgt: list[dict[str, Any]] = []
        for r in self.reports:
            s, t = (r.target_raw, r.source_raw) if r.event_id in self.flipped else (r.source_raw, r.target_raw)
            for side, items in ((src, s), (tgt, t)):
                for a in items:
                    if a.get("code") and all((a.get("code"), a.get("entity")) != (x.get("code"), x.get("entity"))
                                              for x in side):
                        side.append(a)
        rank = lambda a: (0 if a.get("name_en") else 1, 0 if "-" in (a.get("code") or "") else 1)  # noqa: E731
        return sorted(src, key=rank), sorted(tgt, key=rank)

    def location(self) -> dict[str, Any] | None:
        """The most frequently named place (linked places first)."""
        return self._cached("location", self._location)

    def _location(self) -> dict[str, Any] | None:
        places = [r.location for r in self.reports if r.location]
        if not places:
            return None
        return max(places, key=lambda p: (sum(same_place(p, q) for q in places), bool(p.get("entity"))))

    def date(self) -> dict[str, Any]:
        """The intersection of the best-dated reports' intervals (and how it was derived)."""
        return self._cached("date", self._date)

    def _date(self) -> dict[str, Any]:
        for level in ("dated", "soft", "undated"):
            rs = [r for r in self.reports if r.dated == level and (r.lo or r.hi)]
            if not rs:
                continue
            span: tuple[str | None, str | None] | None = (None, None)
            for r in rs:
                span = intersect(span, (r.lo, r.hi)) if span else None
            if span is None:  # reports disagree: keep the narrowest one, flagged as a conflict
                best = min(rs, key=lambda r: _width(r.lo, r.hi) if _width(r.lo, r.hi) is not None else 10**6)
                span = (best.lo, best.hi)
            lo, hi = span
            # A report of a past event bounds it by its publication: the event cannot be later.
            caps = [x.doc_hi for x in self.reports if x.doc_hi and x.modality in ("asserted", "claimed")]
            if caps and (not hi or min(caps) < hi) and (not lo or min(caps) >= lo):
                hi = min(caps)
            gran = "day" if lo and lo == hi else min(rs, key=lambda r: _width(r.lo, r.hi) or 10**6).granularity
            how = "merged:" + ",".join(sorted({r.how.split(" ")[0] for r in rs}))
            return {"earliest": lo, "latest": hi, "value": lo if lo and lo == hi else None,
                    "granularity": gran, "how": how, "level": level}
        return {"earliest": None, "latest": None, "value": None, "granularity": "unknown", "how": "unknown",
                "level": "undated"}

    def conflicts(self) -> list[dict[str, Any]]:
        """Disagreements between reports: dates, casualty counts, places."""
        out: list[dict[str, Any]] = []
        dated = [r for r in self.reports if r.dated == "dated"]
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if intersect((a.lo, a.hi), (b.lo, b.hi)) is None:
                    out.append({"kind": "dates", "reports": [a.event_id, b.event_id],
                                "values": [[a.lo, a.hi], [b.lo, b.hi]]})
        for attr in ("dead", "injured"):
            vals = {r.event_id: getattr(r, attr) for r in self.reports if getattr(r, attr) is not None}
            if len(set(vals.values())) > 1:
                out.append({"kind": f"casualties:{attr}", "reports": list(vals), "values": list(vals.values())})
        places = [r for r in self.reports if r.location and r.location.get("entity")]
        names = {r.location["entity"] for r in places}
        if len(names) > 1 and not _nested(names):
            out.append({"kind": "places", "reports": [r.event_id for r in places],
                        "values": sorted(names)})
        return out

    def blocks(self) -> list[tuple[str, str]]:
        """(block key, month) rows indexing this merged event."""
        src, tgt = self.sides()
        group = category_group(self.type)
        keys = set(block_keys(group, src, tgt, index=True))
        d = self.date()
        months = months_of(d["earliest"], d["latest"]) if d["level"] != "undated" else None
        if months is None:
            first = self.reports[0]
            months = months_of(first.doc_lo, first.doc_hi, cap=12) or [""]
        return [(k, m) for k in sorted(keys) for m in months]

    def to_json(self) -> dict[str, Any]:
        """The stored/exported form (ARCHITECTURE's event export shape plus conflicts and English rendering)."""
        src, tgt = self.raw_sides()
        d = self.date()
        out = {"id": self.id, "type": self.type, "mode": self.mode,
               "source": [{"text": a["text"], "code": a["code"], "entity": a.get("entity"),
                           "name_en": a.get("name_en")} for a in src],
               "target": [{"text": a["text"], "code": a["code"], "entity": a.get("entity"),
                           "name_en": a.get("name_en")} for a in tgt],
               "location": self.location(),
               "date": {k: d[k] for k in ("earliest", "latest", "value", "granularity", "how")},
               "reports": [dict(r.to_json(), flipped=r.event_id in self.flipped) for r in self.reports],
               "conflicts": self.conflicts()}
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Merged:
        """Inverse of :meth:`to_json` (reports are rebuilt with their actor keys)."""
        m = cls(data["id"])
        for rj in data["reports"]:
            d = rj["date"]
            m.reports.append(Report(
                event_id=rj["event"], doc_id=rj["doc"], outlet=rj.get("outlet"), type=rj["type"], mode=rj.get("mode"),
                modality=rj.get("modality", "asserted"), source=_keys(rj["source"], rj["type"]), target=_keys(rj["target"], rj["type"]),
                source_raw=rj["source"], target_raw=rj["target"], location=rj.get("location"),
                lo=d.get("earliest"), hi=d.get("latest"), how=d.get("how", "unknown"),
                granularity=d.get("granularity", "unknown"), sentence=rj.get("sentence", ""),
                trigger=rj.get("trigger", ""), dead=rj.get("dead"), injured=rj.get("injured"),
                doc_lo=(rj.get("doc_published") or [None, None])[0],
                doc_hi=(rj.get("doc_published") or [None, None])[1]))
            if rj.get("flipped"):
                m.flipped.add(rj["event"])
        return m


def _ancestors(kb: Any, entity: str) -> set[str]:
    out, cur = {entity}, kb.get(entity)
    for _ in range(8):
        if cur is None:
            break
        if cur.country:
            out.add(cur.country)
        if not cur.parent:
            break
        out.add(cur.parent)
        cur = kb.get(cur.parent)
    return out


def _nested(entities: set[str]) -> bool:
    """True when the places lie one inside another (Baghdad and Iraq do not conflict)."""
    from marsad.link.actors import _kb

    kb = _kb()
    if kb is None:
        return False
    anc = {e: _ancestors(kb, e) for e in entities}
    items = sorted(entities)
    return all(x in anc[y] or y in anc[x] for i, x in enumerate(items) for y in items[i + 1:])


def months_of(lo: str | None, hi: str | None, cap: int | None = None) -> list[str] | None:
    """YYYY-MM months an interval covers; None when open or wider than the cap."""
    cap = cap or rules("merge_rules")["max_block_months"]
    a, b = _day(lo), _day(hi)
    if a is None or b is None or b < a:
        return None
    n = (b.year - a.year) * 12 + b.month - a.month + 1
    if n > cap:
        return None
    out, y, m = [], a.year, a.month
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def block_keys(group: str, src: list[ActorKey], tgt: list[ActorKey], *, index: bool) -> list[str]:
    """Blocking keys: ``group|A|B`` (unordered country pair), ``group|A|*`` (one-sided), ``group|A|+``.

    A two-sided event is indexed under its pairs and ``A|+`` (so one-sided reports find it); a one-sided
    event under ``A|*``. Queries from a two-sided report look up pairs and ``A|*``; from a one-sided
    report ``A|*`` and ``A|+``.
    """
    a = sorted({k.side_key for k in src})
    b = sorted({k.side_key for k in tgt})
    keys: list[str] = []
    if a and b:
        keys += [f"{group}|{min(x, y)}|{max(x, y)}" for x in a for y in b]
        singles = sorted(set(a) | set(b))
        keys += [f"{group}|{x}|{'+' if index else '*'}" for x in singles]
    else:
        singles = a or b
        keys += [f"{group}|{x}|*" for x in singles]
        if not index:
            keys += [f"{group}|{x}|+" for x in singles]
    if not a and not b:
        keys.append(f"{group}|?|*")
    return keys


def merged_id(first_event: str) -> str:
    """A stable merged-event id from its first report."""
    return "M" + hashlib.sha1(first_event.encode("utf-8")).hexdigest()[:14]


# -- scoring ---------------------------------------------------------------
def can_merge(r: Report) -> bool:
    """Whether the report can ever join another: :func:`score` needs a side scoring 0.6, and a side
    with no actor scores 0.3, so a report naming no actor stays alone («انفجار في سوق شعبي»)."""
    return bool(r.source or r.target)


def score(r: Report, m: Merged) -> tuple[float, bool] | None:
    """(score, flipped) of report ``r`` joining merged event ``m``; None when they cannot be one event."""
    rl = rules("merge_rules")
    mtype = m.type
    if r.type == mtype:
        s_type = 1.0
    elif category_group(r.type) == category_group(mtype):
        s_type = 0.7
    else:
        return None
    if r.type == mtype and not modes_compatible(mtype, r.mode, m.mode):
        return None
    if {r.modality, m.reports[0].modality} & {"planned", "denied"} and r.modality != m.reports[0].modality:
        return None
    src, tgt = m.sides()
    options = [(False, side_score(r.source, src), side_score(r.target, tgt))]
    if mtype in rl["symmetric"] or r.type in rl["symmetric"]:
        options.append((True, side_score(r.source, tgt), side_score(r.target, src)))
    viable = [(flip, a, b) for flip, a, b in options if a is not None and b is not None and max(a, b) >= 0.6]
    if not viable:
        return None
    flip, a, b = max(viable, key=lambda o: (o[1] + o[2], not o[0]))
    loc = m.location()
    placeless = {r.mode, m.mode} & set(rl.get("placeless_modes", {}).get(mtype, []))
    if not placeless and places_conflict(r.location, loc):
        return None
    d = m.date()
    if r.dated != "undated" and d["level"] != "undated":
        if intersect(r.interval(), _widen(d)) is None:
            return None
        s_date = 1.0 if (_width(*r.interval()) or 99) <= rl["narrow_days"] else 0.7
    else:
        window = (r.doc_lo, r.doc_hi) if r.dated == "undated" else r.interval()
        if (d["earliest"] or d["latest"]) and intersect(window, (d["earliest"], d["latest"])) is None:
            return None
        s_date = 0.4
    s = 0.3 * s_type + 0.5 * (a + b) / 2 + 0.2 * s_date + (0.1 if same_place(r.location, loc) else 0.0)
    return min(s, 1.0), flip


def _widen(d: dict[str, Any]) -> tuple[str | None, str | None]:
    if d["level"] == "soft" and d["earliest"]:
        lo = _day(d["earliest"])
        return (str(lo - dt.timedelta(days=rules("merge_rules")["document_slack_days"])) if lo else None), d["latest"]
    return d["earliest"], d["latest"]


# -- the store side ----------------------------------------------------------
class MergeIndex:
    """Merged events loaded on demand from the store, with write-back of the ones that changed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, Merged] = {}
        self.dirty: set[str] = set()
        self.deleted: set[str] = set()

    def get(self, mid: str) -> Merged | None:
        """A merged event by id."""
        if mid in self.deleted:
            return None
        if mid not in self.cache:
            row = self.store.conn.execute("SELECT data FROM merged_events WHERE id=?", (mid,)).fetchone()
            if row is None:
                return None
            self.cache[mid] = Merged.from_json(json.loads(row[0]))
        return self.cache[mid]

    def candidates(self, r: Report, shared_with: set[str] | None = None) -> list[Merged]:
        """Merged events sharing a blocking key and month with the report."""
        group = category_group(r.type)
        keys = block_keys(group, r.source, r.target, index=False)
        lo, hi = r.interval() if r.dated != "undated" else (r.doc_lo, r.doc_hi)
        months = months_of(lo, hi, cap=24 if r.dated == "undated" else None)
        ids: set[str] = set()
        if months is None:
            # No usable date: only events reported by documents sharing a specific entity can qualify.
            ents = sorted(shared_with or ())[:MAX_CONTEXT_ENTITIES]
            if ents:
                q = (f"SELECT DISTINCT b.merged_id FROM merged_blocks b JOIN merged_reports r"
                     f" ON r.merged_id = b.merged_id WHERE b.block IN ({placeholders(keys)}) AND r.doc_id IN"
                     f" (SELECT doc_id FROM mentions WHERE entity IN ({placeholders(ents)})) LIMIT {MAX_UNDATED}")
                ids |= {row[0] for row in self.store.conn.execute(q, [*keys, *ents])}
        else:
            months = [*months, ""]
            q = (f"SELECT DISTINCT merged_id FROM merged_blocks WHERE block IN ({placeholders(keys)})"
                 f" AND month IN ({placeholders(months)})")
            ids |= {row[0] for row in self.store.conn.execute(q, [*keys, *months])}
        # the cache holds only the current document's events (it is cleared at each flush)
        ids |= {mid for mid, m in self.cache.items()
                if mid not in self.deleted and any(rep.doc_id == r.doc_id for rep in m.reports)}
        out = [self.get(i) for i in sorted(ids)]
        return [m for m in out if m is not None and r.event_id not in {x.event_id for x in m.reports}]

    def add(self, r: Report, context: dict[str, set[str]]) -> tuple[Merged, bool]:
        """Place one report: join the best compatible merged event or start one. Returns (event, joined)."""
        rl = rules("merge_rules")
        scored = []
        # a report naming no actor can join nothing (scoring needs one side to match): no candidates to fetch
        for m in self.candidates(r, context.get(r.doc_id, set())) if can_merge(r) else []:
            res = score(r, m)
            if res is None:
                continue
            s, flip = res
            same_doc = any(x.doc_id == r.doc_id for x in m.reports)
            needs_strong = r.dated == "undated" or m.date()["level"] == "undated"
            if needs_strong and not same_doc:
                if s < rl["undated_threshold"] or not _shares_context(r.doc_id, m, context,
                                                                       rl["undated_min_shared_entities"]):
                    continue
            if s >= rl["merge_threshold"]:
                scored.append((s, same_doc, flip, m))
        if r.dated == "undated" and scored:
            scored = [x for x in scored if x[1] or _words_allow(r, x[3])]
            other_dates = {(m.date()["earliest"], m.date()["latest"]) for s, same, _, m in scored
                           if not same and m.date()["level"] != "undated"}
            if len(other_dates) > 1:  # ambiguous: several dated events could be it
                scored = [x for x in scored if x[1]]
        if scored:
            s, _, flip, m = max(scored, key=lambda x: (x[0], x[1]))
            m.reports.append(r)
            if flip:
                m.flipped.add(r.event_id)
            self.dirty.add(m.id)
            return m, True
        m = Merged(merged_id(r.event_id), [r])
        self.cache[m.id] = m
        self.deleted.discard(m.id)
        self.dirty.add(m.id)
        return m, False

    def remove_doc(self, doc_id: str) -> None:
        """Take a document's reports out of every merged event (before re-merging it)."""
        mids = [row[0] for row in self.store.conn.execute(
            "SELECT DISTINCT merged_id FROM merged_reports WHERE doc_id=?", (doc_id,))]
        mids += [mid for mid, m in self.cache.items() if any(x.doc_id == doc_id for x in m.reports)]
        for mid in set(mids):
            m = self.get(mid)
            if m is None:
                continue
            m.reports = [x for x in m.reports if x.doc_id != doc_id]
            self.dirty.add(mid)
            if not m.reports:
                self.deleted.add(mid)
                self.cache.pop(mid, None)

    def flush(self) -> None:
        """Write changed merged events, their reports, blocking keys and actors."""
        conn = self.store.conn
        for mid in self.deleted:
            for table, col in (("merged_events", "id"), ("merged_reports", "merged_id"),
                               ("merged_blocks", "merged_id"), ("merged_actors", "merged_id")):
                conn.execute(f"DELETE FROM {table} WHERE {col}=?", (mid,))
        for mid in self.dirty - self.deleted:
            m = self.cache.get(mid)
            if m is None:
                continue
            write_merged(self.store, m)
        self.dirty.clear()
        self.deleted.clear()
        self.cache.clear()  # everything is written; keep memory bounded over a long rebuild


def write_merged(store: Store, m: Merged) -> None:
    """Upsert one merged event and its index rows."""
    conn = store.conn
    data = m.to_json()
    src, tgt = m.sides()
    d = data["date"]
    countries = " ".join(sorted({k.side_key for k in src})) + "|" + " ".join(sorted({k.side_key for k in tgt}))
    outlets = {r.outlet or r.doc_id for r in m.reports}
    story = conn.execute("SELECT story_id FROM merged_events WHERE id=?", (m.id,)).fetchone()
    conn.execute(
        "INSERT OR REPLACE INTO merged_events(id, type, mode, date_earliest, date_latest, date_value, granularity,"
        " source_codes, target_codes, countries, n_reports, n_outlets, conflicts, story_id, data)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (m.id, data["type"], data["mode"], d["earliest"], d["latest"], d["value"], d["granularity"],
         " ".join(a["code"] for a in data["source"] if a["code"]),
         " ".join(a["code"] for a in data["target"] if a["code"]), countries, len(m.reports), len(outlets),
         json.dumps(data["conflicts"], ensure_ascii=False), story[0] if story else None,
         json.dumps(data, ensure_ascii=False)))
    conn.execute("DELETE FROM merged_reports WHERE merged_id=?", (m.id,))
    conn.executemany("INSERT OR REPLACE INTO merged_reports(event_id, merged_id, doc_id, outlet) VALUES (?,?,?,?)",
                     [(r.event_id, m.id, r.doc_id, r.outlet) for r in m.reports])
    conn.execute("DELETE FROM merged_blocks WHERE merged_id=?", (m.id,))
    conn.executemany("INSERT INTO merged_blocks(block, month, merged_id) VALUES (?,?,?)",
                     [(b, mo, m.id) for b, mo in m.blocks()])
    conn.execute("DELETE FROM merged_actors WHERE merged_id=?", (m.id,))
    conn.executemany("INSERT INTO merged_actors(merged_id, role, code, entity, country) VALUES (?,?,?,?,?)",
                     [(m.id, role, k.code, k.entity, k.side_key) for role, side in (("source", src), ("target", tgt))
                      for k in side])


def _words_allow(r: Report, m: Merged) -> bool:
    """An undated report's own relative time words («الأربعاء الماضي») must be able to name the event's date."""
    from marsad.link.anchor import implied_publication, relative_timexes

    d = m.date()
    if not d["earliest"] or not relative_timexes(r.sentence):
        return True
    return implied_publication(r.sentence, (d["earliest"], d["latest"] or d["earliest"]), (r.doc_lo, r.doc_hi)) \
        is not None


def _shares_context(doc_id: str, m: Merged, context: dict[str, set[str]], need: int) -> bool:
    """The report's document shares ≥ ``need`` specific entities with a document behind ``m``."""
    mine = context.get(doc_id, set())
    for other in {x.doc_id for x in m.reports[:20]}:
        if other == doc_id or len(mine & context.get(other, set())) >= need:
            return True
    return False


def merge_document(index: MergeIndex, doc: Document, context: dict[str, set[str]]) -> list[tuple[Report, Merged]]:
    """Merge every event of one document; returns (report, merged event) per event."""
    out = []
    for ev in doc.events:
        r = report_from_event(ev, doc)
        m, _ = index.add(r, context)
        out.append((r, m))
    return out


def reports_of_docs(store: Store, doc_ids: Iterable[str]) -> dict[str, str]:
    """event id → merged id for the given documents."""
    ids = list(doc_ids)
    return {row[0]: row[1] for row in store.conn.execute(
        f"SELECT event_id, merged_id FROM merged_reports WHERE doc_id IN ({placeholders(ids)})", ids)}
