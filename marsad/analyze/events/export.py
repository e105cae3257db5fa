"""Event exports in the formats analysts load: JSONL, PLOVER JSON, ACLED-style CSV, GDELT-style TSV.

``export_events(store, fmt, out)`` is what ``marsad export --what events --format F`` calls;
it writes one record per stored event (each event is one report, cited to its document,
sentence and trigger) and returns how many it wrote.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

FORMATS = ("jsonl", "plover", "acled", "gdelt")
QUAD_CLASS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}
ACLED_FIELDS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                "actor2", "country", "location", "latitude", "longitude", "source", "notes", "fatalities",
                "plover_type", "plover_mode", "doc", "sentence"]
GDELT_FIELDS = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code",
                "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                "QuadClass", "NumMentions", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
                "ActionGeo_Long", "SOURCEURL"]
REMOTE_MODES = {"aerial": "Air/drone strike", "drone": "Air/drone strike", "shelling": "Shelling/artillery/missile attack",
                "missile": "Shelling/artillery/missile attack", "bombing": "Remote explosive/landmine/IED",
                "suicide": "Suicide bomb"}


def _doc_info(store: Any) -> dict[str, dict[str, Any]]:
    rows = store.conn.execute("SELECT id, outlet, source, title FROM documents").fetchall()
    info = {r["id"]: dict(r) for r in rows}
    for r in store.conn.execute("SELECT doc_id, url FROM provenance WHERE url != ''"):
        info.get(r["doc_id"], {}).setdefault("url", r["url"])
    return info


def _actors(lst: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"text": a.get("text"), "code": a.get("code"), "entity": a.get("entity")} for a in lst or []]


def event_record(ev: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """The JSONL record: the ARCHITECTURE.md event fields plus quad, CAMEO root, modality and confidence."""
    loc = ev.get("location") or {}
    d = ev.get("date") or {}
    return {
        "id": ev["id"], "type": ev["type"], "mode": ev.get("mode"),
        "source": _actors(ev.get("source")), "target": _actors(ev.get("target")),
        "location": {k: loc.get(k) for k in ("text", "entity", "lat", "lon", "country")} if loc else None,
        "date": {k: d.get(k) for k in ("earliest", "latest", "value", "granularity", "how")},
        "reports": [{"doc": ev.get("doc"), "sentence": ev.get("sentence"), "trigger": ev.get("trigger"),
                     "outlet": doc.get("outlet"), "sentence_text": ev.get("sentence_text")}],
        "quad": ev.get("quad"), "cameo": ev.get("cameo"), "modality": ev.get("modality"),
        "attribution": ev.get("attribution"), "confidence": ev.get("confidence"),
        "dead": ev.get("dead"), "injured": ev.get("injured"),
    }


def _split(code: str | None) -> tuple[str | None, str | None]:
    """(country, agent) of a code: SYR-MIL → (SYR, MIL); ISIS → (None, ISIS)."""
    if not code:
        return None, None
    head, _, tail = code.partition("-")
    if len(head) == 3 and head.isupper():
        return head, tail or None
    return None, code


def plover_record(ev: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER-style event record (actor = country/group, agent = sector)."""
    src = (ev.get("source") or [{}])[0]
    tgt = (ev.get("target") or [{}])[0]
    s_actor, s_agent = _split(src.get("code"))
    t_actor, t_agent = _split(tgt.get("code"))
    loc = ev.get("location") or {}
    d = ev.get("date") or {}
    return {
        "id": ev["id"], "date": _day(d) or None, "date_interval": [d.get("earliest"), d.get("latest")],
        "date_granularity": d.get("granularity"), "event_type": ev["type"], "mode": ev.get("mode"),
        "context": [], "quad_class": ev.get("quad"), "cameo_root": ev.get("cameo"),
        "source": src.get("text"), "source_actor": s_actor or s_agent, "source_agent": s_agent if s_actor else None,
        "source_codes": [a.get("code") for a in ev.get("source") or []],
        "target": tgt.get("text"), "target_actor": t_actor or t_agent, "target_agent": t_agent if t_actor else None,
        "target_codes": [a.get("code") for a in ev.get("target") or []],
        "location": {"name": loc.get("text"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                     "country": loc.get("country"), "entity": loc.get("entity")} if loc else None,
        "modality": ev.get("modality"), "attribution": ev.get("attribution"), "confidence": ev.get("confidence"),
        "text": ev.get("sentence_text"), "trigger": ev.get("trigger"),
        "report": {"doc": ev.get("doc"), "sentence": ev.get("sentence"), "outlet": doc.get("outlet"),
                   "url": doc.get("url")},
    }


def acled_type(ev: dict[str, Any]) -> tuple[str, str]:
    """(event_type, sub_event_type) in ACLED's vocabulary for a PLOVER event."""
    t, mode = ev["type"], ev.get("mode") or ""
    targets = [a.get("code") or "" for a in ev.get("target") or []]
    civilian = any(c.endswith("CVL") for c in targets)
    if t == "FIGHT":
        return "Battles", "Armed clash"
    if t == "ASSAULT":
        if mode in REMOTE_MODES:
            return "Explosions/Remote violence", REMOTE_MODES[mode]
        if civilian or not targets:
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if t == "PROTEST":
        return ("Riots", "Violent demonstration") if mode == "riot" else ("Protests", "Peaceful protest")
    if t == "CRIME" and mode == "kidnap":
        return "Violence against civilians", "Abduction/forced disappearance"
    if t == "COERCE":
        sub = {"arrest": "Arrests", "demolish": "Looting/property destruction",
               "seize": "Looting/property destruction"}.get(mode, "Other")
        return "Strategic developments", sub
    if t == "AGREE":
        return "Strategic developments", "Agreement"
    if t in ("MOBILIZE", "RETREAT"):
        return "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Other"


def _time_precision(d: dict[str, Any]) -> int:
    if d.get("how") == "timex" and d.get("granularity") == "day":
        return 1
    if d.get("earliest") and d.get("earliest") == d.get("latest"):
        return 1 if d.get("how") == "timex" else 2
    if d.get("granularity") in ("week",) or (d.get("earliest") and d.get("latest") and
                                             d["earliest"][:7] == d["latest"][:7]):
        return 2
    return 3


def _country_name(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        from marsad.kb import get_kb

        ent = get_kb().get(iso)
        return ent.name_en if ent else iso
    except Exception:  # noqa: BLE001 - the KB is optional for export
        return iso


def acled_record(ev: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """One ACLED-style CSV row."""
    etype, sub = acled_type(ev)
    d = ev.get("date") or {}
    loc = ev.get("location") or {}
    src = ev.get("source") or []
    tgt = ev.get("target") or []
    country = loc.get("country") or next((_split(a.get("code"))[0] for a in src + tgt if _split(a.get("code"))[0]),
                                         None)
    date = _day(d) or ""
    return {
        "event_id_cnty": ev["id"], "event_date": date, "year": date[:4], "time_precision": _time_precision(d),
        "event_type": etype, "sub_event_type": sub,
        "actor1": "; ".join(f"{a.get('code') or '?'} ({a.get('text')})" for a in src),
        "actor2": "; ".join(f"{a.get('code') or '?'} ({a.get('text')})" for a in tgt),
        "country": _country_name(country) or "", "location": loc.get("text") or "",
        "latitude": loc.get("lat") if loc.get("lat") is not None else "",
        "longitude": loc.get("lon") if loc.get("lon") is not None else "",
        "source": doc.get("outlet") or doc.get("source") or "",
        "notes": f"{(ev.get('sentence_text') or '').strip()} [trigger: {ev.get('trigger')}; modality: "
                 f"{ev.get('modality')}]",
        "fatalities": ev.get("dead") or 0, "plover_type": ev["type"], "plover_mode": ev.get("mode") or "",
        "doc": ev.get("doc") or "", "sentence": ev.get("sentence") if ev.get("sentence") is not None else "",
    }


def gdelt_record(ev: dict[str, Any], doc: dict[str, Any], n: int) -> dict[str, Any]:
    """One GDELT-style row (event table subset; actor codes without the hyphen)."""
    src = (ev.get("source") or [{}])[0]
    tgt = (ev.get("target") or [{}])[0]
    d = ev.get("date") or {}
    loc = ev.get("location") or {}
    cameo = ev.get("cameo") or ""
    return {
        "GLOBALEVENTID": n, "SQLDATE": (_day(d) or "").replace("-", ""),
        "Actor1Code": (src.get("code") or "").replace("-", ""), "Actor1Name": src.get("text") or "",
        "Actor1CountryCode": _split(src.get("code"))[0] or "",
        "Actor2Code": (tgt.get("code") or "").replace("-", ""), "Actor2Name": tgt.get("text") or "",
        "Actor2CountryCode": _split(tgt.get("code"))[0] or "",
        "IsRootEvent": 1, "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": QUAD_CLASS.get(ev.get("quad") or "", ""), "NumMentions": 1,
        "ActionGeo_FullName": loc.get("text") or "", "ActionGeo_CountryCode": loc.get("country") or "",
        "ActionGeo_Lat": loc.get("lat") if loc.get("lat") is not None else "",
        "ActionGeo_Long": loc.get("lon") if loc.get("lon") is not None else "",
        "SOURCEURL": doc.get("url") or doc.get("source") or "",
    }


def _day(d: dict[str, Any]) -> str:
    """One ISO day for a date record: its value when that is a day, else the earliest day."""
    v = d.get("value") or ""
    return v if len(v) == 10 and "/" not in v else (d.get("earliest") or v.split("/")[0])


def _events(store: Any) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    info = _doc_info(store)
    for ev in store.iter_events():
        yield ev, info.get(ev.get("doc") or "", {})


def export_events(store: Any, fmt: str, out: IO[str]) -> int:
    """Write every stored event to ``out`` in ``fmt`` (jsonl | plover | acled | gdelt); returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown events format {fmt!r} (choose from {', '.join(FORMATS)})")
    n = 0
    if fmt in ("jsonl", "plover"):
        make = event_record if fmt == "jsonl" else plover_record
        for ev, doc in _events(store):
            out.write(json.dumps(make(ev, doc), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "acled":
        writer = csv.DictWriter(out, fieldnames=ACLED_FIELDS, lineterminator="\n")
        writer.writeheader()
        for ev, doc in _events(store):
            writer.writerow(acled_record(ev, doc))
            n += 1
        return n
    writer = csv.DictWriter(out, fieldnames=GDELT_FIELDS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    for ev, doc in _events(store):
        n += 1
        writer.writerow({k: str(v).replace("\t", " ").replace("\n", " ") for k, v in gdelt_record(ev, doc, n).items()})
    return n
