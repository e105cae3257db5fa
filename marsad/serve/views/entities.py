"""Entity page: names in both languages, roles with tenures, events over time, frequent partners.

The id is a knowledge-base id (``person:falih_al_fayyadh``, ``IRQ``) or an actor
code (``SYR-MIL``); codes list the events carrying that code.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from marsad.serve import english, queries, rows
from marsad.serve.context import ctx, respond
from marsad.serve.paging import Page, page_info
from marsad.serve.settings import TOP_PARTNERS
from marsad.serve.views.timeline import chart_layout

router = APIRouter()


def _kb_part(entity_id: str) -> dict[str, Any] | None:
    ent = english.entity(entity_id)
    if ent is None:
        return None
    return {"id": ent.id, "type": ent.type, "name_en": ent.name_en, "names_ar": list(ent.names_ar),
            "names_en": [ent.name_en, *ent.extra.get("names_en", [])], "code": ent.code, "country": ent.country,
            "country_name": english.entity_name(ent.country), "lat": ent.lat, "lon": ent.lon,
            "roles": [{"office": r.office, "title_en": r.title_en, "code": r.code, "start": r.start, "end": r.end}
                      for r in ent.roles]}


def build_entity(store: Any, entity_id: str, page: Page) -> dict[str, Any]:
    """The entity dict (KB facts, mentions count, event rows, chart, partners)."""
    kb = _kb_part(entity_id)
    conn = store.conn
    mentions = conn.execute("SELECT count(*), count(DISTINCT doc_id) FROM mentions WHERE entity=?",
                            (entity_id,)).fetchone()
    is_kb = kb is not None or mentions[0] > 0
    # Countries and organizations act through their codes; people are found by name in the sentence.
    actor = entity_id
    if kb and kb["type"] in ("country", "org", "group") and kb["code"]:
        actor = kb["code"]
    flt = queries.EventFilter(actor=actor)
    events, total = queries.event_reports(conn, flt, limit=page.limit, offset=page.offset)
    if not is_kb and total == 0:
        raise HTTPException(404, f"no entity or actor code {entity_id!r} in the knowledge base or the store")
    people = queries.sentence_mentions(conn, events)
    names_seen = [r[0] for r in conn.execute(
        "SELECT text, count(*) AS n FROM mentions WHERE entity=? GROUP BY text ORDER BY n DESC LIMIT 8",
        (entity_id,))]
    partners = queries.co_actors(conn, entity_id, TOP_PARTNERS) if is_kb else []
    return {"id": entity_id, "kb": kb, "name_en": (kb or {}).get("name_en") or english.code_name(entity_id),
            "is_code": not is_kb, "mentions": mentions[0], "documents": mentions[1], "names_seen": names_seen,
            "rows": [rows.report_row(e, people.get(e["id"], []), {}) for e in events], "total": total,
            "chart": chart_layout(queries.chart_counts(conn, flt, "month")),
            "partners": partners, "partner_codes": queries.co_codes(conn, flt, actor, TOP_PARTNERS)}


@router.get("/entities/{entity_id}", include_in_schema=False)
@router.get("/api/entities/{entity_id}", summary="An entity (KB id) or actor code: names, roles, events, partners")
def entity(request: Request, entity_id: str, page: Page = Depends()) -> Any:
    data = build_entity(ctx(request).store(), entity_id, page)
    data["page"] = page_info(request, page, data["total"], len(data["rows"]))
    return respond(request, "entity.html", data)
