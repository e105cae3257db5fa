"""Turn stored events (or linked timeline rows) into display rows: English line, evidence, outlets, links.

A row is a plain dict, the same for the page and for ``/api/timeline``; the
evidence keeps the trigger as offsets into the sentence so the page can escape
the sentence and then mark the trigger.
"""

from __future__ import annotations

from typing import Any

from marsad.serve import english


def _actor(a: dict[str, Any]) -> dict[str, Any]:
    return {"text": a.get("text", ""), "code": a.get("code"), "entity": a.get("entity"),
            "name_en": english.actor_name(a)}


def evidence(ev: dict[str, Any]) -> dict[str, Any]:
    """The sentence with the trigger's offsets relative to it (None when they do not fit)."""
    text = ev.get("sentence_text") or ""
    s0, t0, t1 = ev.get("sentence_start"), ev.get("trigger_start"), ev.get("trigger_end")
    start = end = None
    if s0 is not None and t0 is not None and t1 is not None and 0 <= t0 - s0 < t1 - s0 <= len(text):
        start, end = t0 - s0, t1 - s0
    elif ev.get("trigger") and ev["trigger"] in text:
        start = text.index(ev["trigger"])
        end = start + len(ev["trigger"])
    return {"text": text, "trigger": ev.get("trigger", ""), "trigger_start": start, "trigger_end": end}


def _place(loc: Any) -> dict[str, Any] | None:
    """A location dict with its English name (None when there is no location)."""
    if not isinstance(loc, dict):
        return None
    return {"text": loc.get("text"), "entity": loc.get("entity"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "name_en": english.entity_name(loc.get("entity"))}


def report_row(ev: dict[str, Any], mentions: list[dict[str, Any]], story_of: dict[str, str]) -> dict[str, Any]:
    """One timeline row from one stored event report."""
    loc = ev.get("location") or None
    doc = ev.get("doc")
    return {
        "id": ev["id"],
        "kind": "report",
        "type": ev.get("type"), "mode": ev.get("mode"), "quad": ev.get("quad"), "modality": ev.get("modality"),
        "date": ev.get("date") or {}, "date_label": english.date_label(ev.get("date")),
        "english": english.render_event(ev),
        "source": [_actor(a) for a in ev.get("source") or []],
        "target": [_actor(a) for a in ev.get("target") or []],
        "location": _place(loc),
        "people": mentions,
        "reports": [{"doc": doc, "event": ev["id"], "outlet": ev.get("outlet"), "title": ev.get("doc_title"),
                     "evidence": evidence(ev)}],
        "story": story_of.get(doc or ""),
        "confidence": ev.get("confidence"),
    }


def linked_row(row: dict[str, Any], events: dict[str, dict[str, Any]], story_of: dict[str, str]) -> dict[str, Any]:
    """A merged-event row from the linking stage, with each report's evidence looked up by event id."""
    reports = []
    for rep in row.get("reports") or []:
        ev = events.get(rep.get("event") or rep.get("id") or "") or {}
        sentence = rep.get("sentence")
        if not ev and isinstance(sentence, str):
            ev = {"sentence_text": sentence, "trigger": rep.get("trigger", "")}
        reports.append({"doc": rep.get("doc") or ev.get("doc"), "event": rep.get("event"),
                        "outlet": rep.get("outlet") or ev.get("outlet"), "title": rep.get("title") or ev.get("doc_title"),
                        "evidence": evidence(ev)})
    date = row.get("date") if isinstance(row.get("date"), dict) else {"value": row.get("date")}
    first_doc = next((r["doc"] for r in reports if r.get("doc")), "")
    return {
        "id": str(row.get("id", "")), "kind": "merged",
        "type": row.get("type"), "mode": row.get("mode"), "quad": row.get("quad"),
        "modality": row.get("modality"), "date": date, "date_label": english.date_label(date),
        "english": row.get("summary") or english.render_event(row),
        "source": [_actor(a) for a in row.get("source") or [] if isinstance(a, dict)],
        "target": [_actor(a) for a in row.get("target") or [] if isinstance(a, dict)],
        "location": _place(row.get("location")), "people": row.get("people", []), "reports": reports,
        "story": row.get("story") or story_of.get(first_doc or ""),
        "confidence": row.get("confidence"),
    }


def story_index(stories: list[dict[str, Any]] | None) -> dict[str, str]:
    """Document id → story id, from the linking stage's stories (empty when unavailable)."""
    out: dict[str, str] = {}
    for st in stories or []:
        for d in st.get("docs") or []:
            did = d.get("id") if isinstance(d, dict) else d
            if isinstance(did, str):
                out.setdefault(did, str(st.get("id")))
    return out
