"""English renderings of merged events for readers without Arabic.

«Syrian military delegation (SYR-MIL) visited Othman al-Ghanimi, Chief of Staff
of the Armed Forces of Iraq (IRQ-MIL) in Baghdad»: one verb phrase per
category and mode (data in ``data/render.json``), actors named from the
knowledge base (person/organization names and the office held on the event's
date) or, failing that, from the code (demonym + sector + the Arabic head
noun's English), and the place's English name.
"""

from __future__ import annotations

from typing import Any

from marsad.link.actors import _kb, code_name, english_name, is_country, parse_code
from marsad.link.tables import rules
from marsad.text.normalize import normalize


def _heads() -> dict[str, str]:
    return {normalize(k): v for k, v in rules("render")["heads"].items()}


def head_noun(text: str) -> str | None:
    """English for the head noun of an Arabic actor phrase (first word, article and clitics stripped)."""
    heads = _heads()
    for word in normalize(text).split()[:2]:
        for cand in (word, word.removeprefix("و"), word.removeprefix("ال"), word.removeprefix("وال"),
                     word.removeprefix("لل"), word.removeprefix("ب")):
            if cand in heads:
                return heads[cand]
            if cand.removesuffix("ا") in heads:  # accusative tanwin: وفدا، عسكريا
                return heads[cand.removesuffix("ا")]
    return None


def _role_title(entity: str, on: str | None, code: str | None = None) -> str | None:
    """The office a person held on ``on`` (any ISO prefix); with several, the one the actor's code names, else the latest taken.

    Without a date, only an office still held is named: a past office (Mohammed bin Salman's
    defence ministry, ended 2022) must not be printed beside a recent event.
    """
    kb = _kb()
    ent = kb.get(entity) if kb is not None else None
    if ent is None or not ent.roles:
        return None
    if on:
        day = on[:10]
        held = [r for r in ent.roles if (r.start or "0000")[: len(day)] <= day <= (r.end or "9999")[: len(day)]]
    else:
        held = [r for r in ent.roles if r.end is None]
    if not held:
        return None
    return max(held, key=lambda r: (r.code == code, r.start or "")).title_en


def actor_phrase(actor: dict[str, Any], on: str | None = None) -> str:
    """One actor in English with its code: a KB name (and office) when linked, else from the code."""
    code = actor.get("code")
    suffix = f" ({code})" if code else ""
    name = actor.get("name_en") or english_name(actor.get("entity"))
    if name and actor.get("entity") and not is_country(actor["entity"]):
        title = _role_title(actor["entity"], on, code) if actor["entity"].startswith("person:") else None
        return f"{name}, {title}{suffix}" if title else f"{name}{suffix}"
    if not code:
        return actor.get("text") or "someone"
    key = parse_code(code)
    r = rules("render")
    if key.group:
        return f"{code_name(code) or code}{suffix}"
    demonym = r["demonyms"].get(key.country or "") or (code_name(key.country) or key.country or "")
    words = [demonym]
    if key.sector:
        words.append(r["sectors"].get(key.sector, key.sector.lower()))
    head = head_noun(actor.get("text") or "")
    if head and head not in words:
        words.append(head)
    elif not key.sector and not head:
        words = [code_name(key.country) or demonym]
    return " ".join(w for w in words if w) + suffix


def place_phrase(location: dict[str, Any] | None) -> str:
    """« in Baghdad» (English KB name when linked, else the Arabic text)."""
    if not location:
        return ""
    name = english_name(location.get("entity")) or location.get("text")
    return f" in {name}" if name else ""


def render_event(event: dict[str, Any]) -> str:
    """The English sentence for a merged event (the dict form of :meth:`Merged.to_json`)."""
    verbs = rules("render")["verbs"].get(event["type"], {})
    spec = verbs.get(event.get("mode") or "", verbs.get("", {"verb": event["type"].lower()}))
    on = event.get("date", {}).get("earliest")
    src = event.get("source") or []
    tgt = event.get("target") or []
    s = actor_phrase(src[0], on) if src else None
    t = actor_phrase(tgt[0], on) if tgt else None
    if spec.get("swap"):
        s, t = t, s
    place = place_phrase(event.get("location"))
    if s and t:
        return f"{s} {spec['verb']} {t}{place}"
    solo = spec.get("solo") or verbs.get("", {}).get("solo") or spec["verb"]
    if s:
        return f"{s} {solo}{place}"
    if t:
        return f"{event['type'].capitalize()} ({event.get('mode') or 'event'}) involving {t}{place}"
    return f"{event['type'].capitalize()} ({event.get('mode') or 'event'}){place}"


def date_text(date: dict[str, Any]) -> str:
    """A date with its granularity: 2017-06-14, 2018-12 (month), 2020-08-05 … 2022-08-31, or 'undated'."""
    lo, hi, gran = date.get("earliest"), date.get("latest"), date.get("granularity")
    if not lo and not hi:
        return "undated"
    if lo == hi:
        return lo
    if lo and hi and lo[:7] == hi[:7] and lo.endswith("-01") and hi[8:] in ("28", "29", "30", "31"):
        return f"{lo[:7]} (month)"
    if lo and hi and lo[:4] == hi[:4] and lo.endswith("-01-01") and hi.endswith("-12-31"):
        return f"{lo[:4]} (year)"
    return f"{lo or '…'} … {hi or '…'}" + (f" ({gran})" if gran and gran not in ("day", "interval", "document") else "")
