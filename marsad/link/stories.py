"""Stories: documents and merged events that belong together, built incrementally.

A new document is scored against the few stories reachable from it by index
lookups — stories of documents sharing one of its merged events, of its
near-duplicates, and of documents sharing one of its specific entities (very
common entities are skipped) — and joins the best one above a threshold, else
starts a new story. Entity similarity is an idf-weighted cosine, damped by the
time gap between the document and the story. Nothing is recomputed over the
store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import IO, Any

from marsad.link.actors import is_country
from marsad.link.tables import doc_meta, placeholders, rules
from marsad.model import Document
from marsad.store import Store


def salient_entities(doc: Document) -> set[str]:
    """KB ids a document mentions, without countries and outlets (too common to tell stories apart)."""
    skip = rules("story_rules")["skip_entity_types"]
    out = set()
    for m in doc.mentions:
        e = m.entity
        if not e:
            continue
        if ("country" in skip and is_country(e)) or any(e.startswith(f"{t}:") for t in skip):
            continue
        out.add(e)
    return out


TERM = "w:"  # prefix of a salient word stem beside the KB ids (``link_docs.entities``, ``story_entities``)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u0652]+")


def is_term(key: str) -> bool:
    """A salient word stem rather than a KB id."""
    return key.startswith(TERM)


@cache
def _stop_words() -> frozenset[str]:
    """Normalized forms and stems of ``data/story_stopwords.txt``."""
    from marsad.text.normalize import normalize
    from marsad.text.stem import stem

    raw = (resources.files("marsad.link") / "data" / "story_stopwords.txt").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in raw.splitlines():
        w = line.strip()
        if w and not w.startswith("#"):
            n = normalize(w)
            out.update((n, stem(n)))
    return frozenset(out)


def _strip_prefixes(norm: str) -> str:
    """The word without a conjunction and article (واختتمت → اختتمت، للقمة → قمة); Snowball keeps و and بال."""
    from marsad.text.tokens import is_protected

    if norm[0] in "وف" and len(norm) > 4 and not is_protected(norm):
        norm = norm[1:]
    for p in ("بال", "كال", "لل", "ال"):
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return norm[len(p):]
    return norm


def salient_terms(doc: Document) -> set[str]:
    """Stems of the distinctive words of the title and lead («قمة»، «إعلان»، «مسيرة»), prefixed ``w:``.

    Entities alone miss stories told with few named actors (an outlet's report of a
    summit names only its own leader); the words of the headline and first lines
    carry the event itself. Function words, reporting verbs, time words, countries
    and their adjectives, and words that are KB names (already entities) are left out.
    """
    from marsad.kb import get_kb

    r = rules("story_rules")
    kb = get_kb()
    memo = _term_memo(kb)
    text = f"{doc.title or ''}\n{(doc.body or '')[: r['lead_chars']]}"
    out: list[str] = []
    for m in _ARABIC_WORD.finditer(text):
        w = m.group()
        t = memo.get(w, _UNSEEN)
        if t is _UNSEEN:
            t = memo[w] = _term(w, kb, r)
        if t is None:
            continue
        if t not in out:
            out.append(t)
        if len(out) >= r["max_terms"]:
            break
    return set(out)


_UNSEEN: Any = object()
TERM_MEMO_SIZE = 200_000  # distinct words remembered before the memo starts over
_TERM_MEMOS: list[tuple[Any, dict[str, str | None]]] = []


def _term_memo(kb: Any) -> dict[str, str | None]:
    """word → its term (or None), for this knowledge base: words repeat from document to document."""
    if not _TERM_MEMOS or _TERM_MEMOS[0][0] is not kb or len(_TERM_MEMOS[0][1]) > TERM_MEMO_SIZE:
        _TERM_MEMOS[:] = [(kb, {})]
    return _TERM_MEMOS[0][1]


def _term(word: str, kb: Any, r: dict[str, Any]) -> str | None:
    """The ``w:`` term a word of the title or lead stands for, or None when it is not distinctive."""
    from marsad.text.normalize import normalize
    from marsad.text.stem import stem

    stop = _stop_words()
    n = normalize(word)
    if len(n) < r["min_term_letters"] or n in stop:
        return None
    if kb.country_of_adjective(n) or kb.lookup_token(n):
        return None
    base = _strip_prefixes(n)
    if base in stop:
        return None
    st = stem(base)
    key = st if len(st) >= 3 else base
    if key in stop or st in stop:
        return None
    return TERM + key


@lru_cache(maxsize=1 << 16)
def _day(s: str | None) -> dt.date | None:
    """The day an ISO date/time string starts with (None when absent or not a date); memoized, dates repeat."""
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def gap_days(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> int:
    """Days between two intervals (0 when they overlap or a bound is open)."""
    a0, a1, b0, b1 = _day(a[0]), _day(a[1]), _day(b[0]), _day(b[1])
    if a1 and b0 and a1 < b0:
        return (b0 - a1).days
    if b1 and a0 and b1 < a0:
        return (a0 - b1).days
    return 0


def vague(doc: tuple[str | None, str | None]) -> bool:
    """The document's publication interval is open or too wide to measure a time gap with."""
    width = (_day(doc[1]) - _day(doc[0])).days if _day(doc[0]) and _day(doc[1]) else None
    return width is None or width > rules("story_rules")["wide_interval_days"]


def time_factor(doc: tuple[str | None, str | None], story: tuple[str | None, str | None]) -> float:
    """exp(-gap/τ); 0 beyond the maximum gap; 1 when the document's date is too vague to tell.

    A vague date says nothing for or against the story, so content alone decides, against
    the higher ``join_threshold_vague`` (see :func:`assign`).
    """
    r = rules("story_rules")
    gap = gap_days(doc, story)
    if gap > r["max_gap_days"]:
        return 0.0
    if vague(doc):
        return 1.0
    return math.exp(-gap / r["time_scale_days"])


class EntityStats:
    """Document frequencies of entities (``entity_df``), for idf weights and the common-entity cut."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.n = store.conn.execute("SELECT count(*) FROM link_docs WHERE story_id IS NOT NULL").fetchone()[0]
        self.df: dict[str, int] = {}

    def load(self, entities: Iterable[str]) -> None:
        """Fetch the document frequencies of these entities."""
        ents = [e for e in entities if e not in self.df]
        if ents:
            found = {r[0]: r[1] for r in self.store.conn.execute(
                f"SELECT entity, df FROM entity_df WHERE entity IN ({placeholders(ents)})", ents)}
            for e in ents:
                self.df[e] = found.get(e, 0)

    def idf(self, e: str) -> float:
        """log((N+1)/(df+1)) + small floor, so a shared rare entity counts more than a common one."""
        return math.log((self.n + 2) / (self.df.get(e, 0) + 1)) + 0.1

    def common(self, e: str) -> bool:
        """Mentioned by too many documents to connect stories."""
        r = rules("story_rules")
        return self.df.get(e, 0) > max(r["common_entity_min_docs"], r["common_entity_fraction"] * self.n)

    def add(self, entities: Iterable[str]) -> None:
        """Count one more document mentioning these entities."""
        ents = list(entities)
        self.store.conn.executemany(
            "INSERT INTO entity_df(entity, df) VALUES (?, 1) ON CONFLICT(entity) DO UPDATE SET df = df + 1",
            [(e,) for e in ents])
        for e in ents:
            self.df[e] = self.df.get(e, 0) + 1
        self.n += 1


def _cosine(doc: set[str], story: dict[str, int], n_docs: int, stats: EntityStats, *, terms: bool = False) -> float:
    """Idf-weighted cosine over KB ids (``terms=False``) or over salient word stems (``terms=True``)."""
    doc = {e for e in doc if is_term(e) == terms}
    if not doc or not story:
        return 0.0
    dv = {e: stats.idf(e) for e in doc if not stats.common(e)}
    sv = {e: stats.idf(e) * c / max(n_docs, 1) for e, c in story.items() if is_term(e) == terms and not stats.common(e)}
    shared = [e for e in dv if e in sv]
    if len(shared) < rules("story_rules")["min_shared_terms" if terms else "min_shared_entities"]:
        return 0.0  # one shared place or leader (Riyadh, the king) does not make a story
    dot = sum(dv[e] * sv[e] for e in shared)
    if dot <= 0:
        return 0.0
    return dot / math.sqrt(sum(w * w for w in dv.values()) * sum(w * w for w in sv.values()))


class _Scorer:
    """:func:`_cosine` for one document against many stories, with identical floats, several times cheaper.

    Within one :func:`assign` the document count does not change, nor the frequency of an
    entity once loaded, so the common-entity cut is one number and an idf depends only on
    the entity's document frequency (memoized by that frequency: most are 1, 2, 3…). The
    document's two weight vectors are built once, and each story's entities are split into
    KB ids and terms in one pass, in the same order, so every sum adds the same numbers in
    the same order as :func:`_cosine`.
    """

    def __init__(self, doc: set[str], stats: EntityStats) -> None:
        r = rules("story_rules")
        self.stats = stats
        self.cut = max(r["common_entity_min_docs"], r["common_entity_fraction"] * stats.n)  # as stats.common
        self.idf_by_df: dict[int, float] = {}
        self.minimum = (r["min_shared_entities"], r["min_shared_terms"])
        self.sides = []
        for terms in (False, True):
            d = {e for e in doc if is_term(e) == terms}  # built as _cosine builds it: same iteration order
            dv = {e: w for e in d if (w := self.weight(e)) is not None}
            self.sides.append((d, dv, sum(w * w for w in dv.values())))

    def weight(self, e: str) -> float | None:
        """``stats.idf(e)``, or None when ``stats.common(e)``."""
        df = self.stats.df.get(e, 0)
        if df > self.cut:
            return None
        w = self.idf_by_df.get(df)
        if w is None:
            w = self.idf_by_df[df] = self.stats.idf(e)
        return w

    def cosines(self, story: dict[str, int], n_docs: int) -> tuple[float, float]:
        """(``_cosine(doc, story, …)``, ``_cosine(doc, story, …, terms=True)``).

        The shared entities are found from the document's side first (a handful); most
        candidate stories share too few, and then the story's weights are never computed.
        """
        if not story:
            return 0.0, 0.0
        shared = [[e for e in dv if e in story] if d else [] for d, dv, _ in self.sides]
        live = [bool(d) and len(sh) >= least for (d, _, _), sh, least in zip(self.sides, shared, self.minimum,
                                                                              strict=True)]
        if not (live[0] or live[1]):
            return 0.0, 0.0
        n = max(n_docs, 1)
        svs: tuple[dict[str, float], dict[str, float]] = ({}, {})
        df_get, cut, idf_by_df, prefix = self.stats.df.get, self.cut, self.idf_by_df, TERM
        for e, c in story.items():
            df = df_get(e, 0)
            if df > cut:
                continue
            w = idf_by_df.get(df)
            if w is None:
                w = idf_by_df[df] = self.stats.idf(e)
            svs[e.startswith(prefix)][e] = w * c / n
        out = [0.0, 0.0]
        for k, ((_, dv, dnorm), sv) in enumerate(zip(self.sides, svs, strict=True)):
            if live[k]:
                dot = sum(dv[e] * sv[e] for e in shared[k])
                out[k] = dot / math.sqrt(dnorm * sum(w * w for w in sv.values())) if dot > 0 else 0.0
        return out[0], out[1]


def _candidates(store: Store, doc_id: str, entities: set[str], merged: list[str], dups: list[str],
                stats: EntityStats) -> dict[str, set[str]]:
    """story id → reasons ('event', 'duplicate', 'entity') reachable from the document."""
    out: dict[str, set[str]] = {}
    if merged:
        for r in store.conn.execute(
                f"SELECT DISTINCT l.story_id FROM merged_reports m JOIN link_docs l ON l.doc_id = m.doc_id"
                f" WHERE m.merged_id IN ({placeholders(merged)}) AND m.doc_id != ? AND l.story_id IS NOT NULL",
                [*merged, doc_id]):
            out.setdefault(r[0], set()).add("event")
    if dups:
        for r in store.conn.execute(
                f"SELECT DISTINCT story_id FROM link_docs WHERE doc_id IN ({placeholders(dups)})"
                " AND story_id IS NOT NULL", dups):
            out.setdefault(r[0], set()).add("duplicate")
    rare = [e for e in entities if not stats.common(e)]
    if rare:
        for r in store.conn.execute(
                f"SELECT DISTINCT story_id FROM story_entities WHERE entity IN ({placeholders(rare)})", rare):
            out.setdefault(r[0], set()).add("entity")
    return out


def assign(store: Store, doc: Document, entities: set[str], merged: list[str], dups: list[str],
           stats: EntityStats) -> str:
    """Put a document into the best existing story or a new one; returns the story id.

    ``entities`` holds the salient KB ids and the ``w:`` word stems (:func:`salient_terms`).
    """
    r = rules("story_rules")
    stats.load(entities)
    dates = (doc.published.earliest, doc.published.latest)
    best, best_score = None, 0.0
    cands = _candidates(store, doc.id, entities, merged, dups, stats)
    if cands:
        rows = store.conn.execute(
            f"SELECT id, entities, n_docs, date_lo, date_hi FROM stories WHERE id IN ({placeholders(cands)})",
            list(cands)).fetchall()
        scorer = _Scorer(entities, stats)
        for row in rows:
            sents = json.loads(row["entities"])
            stats.load(sents)
            reasons = cands[row["id"]]
            s = (r["weight_shared_event"] if "event" in reasons else 0.0) + \
                (r["weight_duplicate"] if "duplicate" in reasons else 0.0)
            tf = time_factor(dates, (row["date_lo"], row["date_hi"]))
            by_entities, by_terms = scorer.cosines(sents, row["n_docs"])
            s += r["weight_entities"] * by_entities * tf
            s += r["weight_terms"] * by_terms * tf
            if s > best_score:
                best, best_score = row["id"], s
    if best is None or best_score < r["join_threshold_vague" if vague(dates) else "join_threshold"]:
        best = "S" + hashlib.sha1(doc.id.encode("utf-8")).hexdigest()[:12]
        store.conn.execute("INSERT OR IGNORE INTO stories(id, title, central) VALUES (?,?,?)",
                           (best, doc.title, doc.id))
    _join(store, best, doc, entities)
    stats.add(entities)
    if merged:
        store.conn.execute(f"UPDATE merged_events SET story_id=? WHERE id IN ({placeholders(merged)})"
                           " AND story_id IS NULL", [best, *merged])
    return best


def _join(store: Store, story_id: str, doc: Document, entities: set[str]) -> None:
    row = store.conn.execute("SELECT entities, n_docs, date_lo, date_hi, central FROM stories WHERE id=?",
                             (story_id,)).fetchone()
    counts: dict[str, int] = json.loads(row["entities"])
    for e in entities:
        counts[e] = counts.get(e, 0) + 1
    lo, hi = row["date_lo"], row["date_hi"]
    p = doc.published
    width = (_day(p.latest) - _day(p.earliest)).days if _day(p.earliest) and _day(p.latest) else None
    if width is not None and width <= rules("story_rules")["wide_interval_days"]:
        lo = min(x for x in (lo, p.earliest) if x)
        hi = max(x for x in (hi, p.latest) if x)
    store.conn.execute("UPDATE link_docs SET story_id=?, entities=?, date_lo=?, date_hi=? WHERE doc_id=?",
                       (story_id, json.dumps(sorted(entities)), p.earliest, p.latest, doc.id))
    central, title = _central(store, story_id, counts, row["central"])
    store.conn.execute(
        "UPDATE stories SET entities=?, n_docs=n_docs+1, date_lo=?, date_hi=?, central=?, title=?,"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?",
        (json.dumps(counts, ensure_ascii=False), lo, hi, central, title, story_id))
    store.conn.executemany(
        "INSERT INTO story_entities(entity, story_id, count) VALUES (?,?,1)"
        " ON CONFLICT(entity, story_id) DO UPDATE SET count = count + 1", [(e, story_id) for e in entities])


MAX_CENTRAL_SCAN = 60  # larger stories keep their central document unless a member beats it among the last ones


def _central(store: Store, story_id: str, counts: dict[str, int], current: str | None) -> tuple[str, str]:
    """The member sharing the most story entities (canonical duplicates preferred); its title."""
    rows = store.conn.execute(
        "SELECT doc_id, entities FROM link_docs WHERE story_id=? ORDER BY rowid DESC LIMIT ?",
        (story_id, MAX_CENTRAL_SCAN)).fetchall()
    scores = {r[0]: sum(counts.get(e, 0) - 1 for e in json.loads(r[1])) for r in rows}
    if current and current not in scores:
        scores[current] = -1
    central = max(scores, key=lambda d: (scores[d], d == current)) if scores else current
    meta = doc_meta(store, [central]) if central else {}
    return central, (meta.get(central, {}).get("title") or "")


# -- reading -----------------------------------------------------------------
def list_stories(store: Store, *, limit: int = 100, min_docs: int = 1) -> list[dict[str, Any]]:
    """Stories, biggest first, as plain dicts (id, title, dates, documents, outlets, events)."""
    rows = store.conn.execute(
        "SELECT id, title, central, date_lo, date_hi, n_docs FROM stories WHERE n_docs >= ?"
        " ORDER BY n_docs DESC, date_lo DESC LIMIT ?", (min_docs, limit)).fetchall()
    out = []
    for r in rows:
        outlets = [x[0] for x in store.conn.execute(
            "SELECT DISTINCT d.outlet FROM link_docs l JOIN documents d ON d.id = l.doc_id"
            " WHERE l.story_id=? AND d.outlet IS NOT NULL", (r["id"],))]
        n_events = store.conn.execute("SELECT count(*) FROM merged_events WHERE story_id=?", (r["id"],)).fetchone()[0]
        out.append({"id": r["id"], "title": r["title"], "central": r["central"], "from": r["date_lo"],
                    "to": r["date_hi"], "documents": r["n_docs"], "outlets": sorted(outlets), "events": n_events})
    return out


def story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story: documents, merged-event ids, and the cited extractive summary."""
    from marsad.link.summary import summarize

    row = store.conn.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
    if row is None:
        rows = store.conn.execute("SELECT * FROM stories WHERE id LIKE ? LIMIT 2", (story_id + "%",)).fetchall()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        return None
    sid = row["id"]
    docs = [x[0] for x in store.conn.execute("SELECT doc_id FROM link_docs WHERE story_id=? ORDER BY rowid", (sid,))]
    meta = doc_meta(store, docs)
    events = [x[0] for x in store.conn.execute(
        "SELECT id FROM merged_events WHERE story_id=? ORDER BY date_earliest IS NULL, date_earliest", (sid,))]
    return {"id": sid, "title": row["title"], "central": row["central"], "from": row["date_lo"], "to": row["date_hi"],
            "docs": [{"id": d, "outlet": meta.get(d, {}).get("outlet"), "title": meta.get(d, {}).get("title"),
                      "published": [meta.get(d, {}).get("published_earliest"),
                                    meta.get(d, {}).get("published_latest")]} for d in docs],
            "events": events, "summary": summarize(store, sid, docs, row["central"])}


def export_stories(store: Store, out: IO[str]) -> int:
    """``marsad export --what stories``: one JSON object per story (id, title, docs, events, summary)."""
    n = 0
    for (sid,) in store.conn.execute("SELECT id FROM stories ORDER BY date_lo IS NULL, date_lo, id").fetchall():
        d = story_detail(store, sid)
        if d is None:
            continue
        rec = {"id": d["id"], "title": d["title"], "docs": [x["id"] for x in d["docs"]], "events": d["events"],
               "from": d["from"], "to": d["to"], "summary": d["summary"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n
