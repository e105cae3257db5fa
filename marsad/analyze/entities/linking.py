"""Linking: pick the KB entity for a mention, its actor code on a date, its English name; in-document coreference."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from marsad.analyze.entities.features import strip_clitics
from marsad.analyze.entities.lexicon import get_kb_safe, given_name_latin, load_data
from marsad.analyze.entities.wordseq import first_word_variants
from marsad.model import Mention
from marsad.text.normalize import normalize
from marsad.text.romanize import romanize
from marsad.text.tokens import normalize_cached

KIND_OF_TYPE = {"person": "PERS", "place": "LOC", "country": "LOC", "org": "ORG", "group": "ORG", "outlet": "ORG"}
PAIR_WORDS = frozenset({"جانبان", "جانبين", "طرفان", "طرفين", "بلدان", "بلدين", "دولتان", "دولتين", "حكومتان", "حكومتين", "جيشان", "جيشين"})
COUNTRY_PAIR = frozenset({"بلدان", "بلدين", "دولتان", "دولتين"})


def _active(role: Any, day: str | None) -> bool:
    if day is None:
        return role.end is None
    return (role.start is None or role.start <= day) and (role.end is None or day <= role.end)


def choose(ids: list[str], day: str | None = None) -> Any:
    """The most plausible entity among alias candidates: one in office on ``day``, else the first."""
    kb = get_kb_safe()
    if kb and len(ids) == 1:  # most aliases name one entity
        return kb.get(ids[0])
    ents = [e for e in (kb.get(i) for i in ids) if e is not None] if kb else []
    if not ents:
        return None
    if day and len(ents) > 1:
        for e in ents:
            if any(_active(r, day) for r in e.roles):
                return e
    return ents[0]


def code_of(ent: Any, day: str | None = None) -> str | None:
    """Actor code of an entity: the role held on ``day`` (people), else its own code or country."""
    if ent is None:
        return None
    if ent.roles:
        active = [r for r in ent.roles if _active(r, day)] if day else []
        if active:
            return active[0].code
        if ent.code:
            return ent.code
        latest = sorted(ent.roles, key=lambda r: r.start or "")[-1]
        return latest.code
    if ent.code in NATIONAL_SECTORS and ent.country:  # «الهلال الأحمر العراقي»: Iraq's society, IRQ-NGO
        return f"{ent.country}-{ent.code}"
    return ent.code or (ent.id if ent.type == "country" else None) or ent.country


# Sector codes an organisation of one country carries with that country (armed groups keep their own code).
NATIONAL_SECTORS = frozenset({"NGO"})


@lru_cache(maxsize=100_000)
def lookup_name(text: str, kind: str | None = None, strict: bool = False) -> Any:
    """KB entity for a free name (CRF or cue span), trying clitic-stripped forms.

    ``strict``: only an entity of ``kind`` (a name after a title, اللواء منصور, is never the place المنصور).
    """
    kb = get_kb_safe()
    if kb is None:
        return None
    norm = normalize(text)
    words = norm.split()
    forms = [norm]
    if words:
        first = strip_clitics(words[0])
        forms.append(" ".join([first, *words[1:]]))
        if words[0].startswith(("و", "ف")) and len(words[0]) > 3:
            forms.append(" ".join([words[0][1:], *words[1:]]))
    for f in forms:
        ents = kb.lookup(f)
        if kind:
            ents = [e for e in ents if KIND_OF_TYPE.get(e.type) == kind] or ([] if strict else ents)
        if ents:
            return ents[0]
    return None


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return load_data("sectors.json")["labels"]


@lru_cache(maxsize=1)
def _code_names() -> dict[str, str]:
    """Country-less actor code → English name of the KB group that carries it (HTS, IGOARL → Arab League)."""
    kb = get_kb_safe()
    out: dict[str, str] = {}
    for ent in kb.entities.values() if kb is not None else ():
        if ent.code and "-" not in ent.code and ent.type != "country":
            out.setdefault(ent.code, ent.name_en)
    return out


@lru_cache(maxsize=4096)
def describe_code(code: str | None) -> str | None:
    """English gloss of an actor code: SYR-MIL → "Syria military", SYR+IRQ → "Syria and Iraq"."""
    if not code:
        return None
    kb = get_kb_safe()
    labels = _labels()
    parts = []
    for c in code.split("+"):
        country, _, sector = c.partition("-")
        ent = kb.get(country) if kb and len(country) == 3 else None
        if ent is None and not sector:
            parts.append(labels.get(country) or _code_names().get(country, country))
            continue
        head = ent.name_en if ent else country
        parts.append(f"{head} {labels.get(sector) or _code_names().get(sector, sector)}".strip())
    return " and ".join(parts)


def english_name(m: Mention, ent: Any) -> str | None:
    """The KB English name, a gloss of the actor code for phrases, or a romanization of a name."""
    if ent is not None:
        return ent.name_en
    if m.how in ("actor", "head", "office", "coref") and m.code:
        return describe_code(m.code)
    if m.kind == "PERS":
        known = given_name_latin()
        return " ".join(known.get(normalize_cached(w)) or romanize(w) for w in m.text.split()) or None
    if m.kind in ("LOC", "ORG"):
        return romanize(m.text) or None
    return None


@lru_cache(maxsize=4096)
def _country(code: str | None) -> str | None:
    """The country part of an actor code (SYR-MIL → SYR), None for bare sectors and groups."""
    if not code:
        return None
    head = code.split("-")[0]
    kb = get_kb_safe()
    ent = kb.get(head) if kb is not None and len(head) == 3 else None
    return head if ent is not None and ent.type == "country" else None


def has_country(code: str | None) -> bool:
    """True when an actor code names a country (SYR, SYR-MIL), False for bare sectors (GOV)."""
    return _country(code) is not None


def _sector(code: str | None) -> str | None:
    if code and "-" in code:
        return code.split("-", 1)[1]
    return code if code and len(code) == 3 and code.isupper() and code not in ("USA",) else None


def resolve_pairs(mentions: list[Mention], m: Mention) -> str | None:
    """Code for الجانبان/البلدين: the two most recent distinct countries mentioned before, joined by '+'."""
    word = strip_clitics(normalize(m.text.split()[-1]))
    seen: list[str] = []
    for prev in reversed(mentions):
        if prev.start >= m.start or not prev.code or "+" in prev.code:
            continue
        c = _country(prev.code)
        if not c:
            continue
        code = c if word in COUNTRY_PAIR else prev.code
        if c not in [_country(s) for s in seen]:
            seen.append(code)
        if len(seen) == 2:
            return "+".join(reversed(seen))
    return None


def _definite(text: str) -> bool:
    """True when the first word carries the article (الوزارة، والجيش، للقوات): only those refer back."""
    w = normalize(text).split()[0] if text.strip() else ""
    return any(v.startswith("ال") for v, _ in first_word_variants(w)) or w.startswith("لل")


def coreference(mentions: list[Mention]) -> None:
    """Later short references take the entity/code of an earlier full mention (in place).

    - a one-word person reference (الأسد) → the earlier person mention ending with that word;
    - a definite generic head without nationality (الوزارة، الجيش، الحكومة) → the latest earlier
      mention with the same head word and a country (indefinite جانب، قوات never refer back);
    - الجانبان/البلدين → the two latest distinct countries, code ``A+B``.
    """
    done: list[Mention] = []
    # The latest earlier mention each rule can take from, by the word it is found by: a mention is not
    # changed once done, so these stand for the backward scans over ``done`` (quadratic in a long article).
    person_by_last: dict[str, Mention] = {}  # linked person mentions by their last word
    country_by_first: dict[str, Mention] = {}  # mentions with a country code by their first word
    for m in mentions:
        norm_words = _words(m.text)
        if m.how == "head" and norm_words and norm_words[-1] in PAIR_WORDS:
            code = resolve_pairs(done, m)
            if code:
                m.code, m.how = code, "coref"
                m.name_en = describe_code(code)
        elif m.kind == "PERS" and m.entity is None and len(norm_words) == 1:
            prev = person_by_last.get(norm_words[0])
            if prev is not None:
                m.entity, m.code, m.name_en, m.how = prev.entity, prev.code, prev.name_en, "coref"
        elif m.how == "head" and norm_words and not _country(m.code) and _definite(m.text):
            prev = country_by_first.get(norm_words[0])
            if prev is not None:
                m.code, m.how, m.entity = prev.code, "coref", prev.entity
                m.name_en = prev.name_en if prev.entity else describe_code(m.code)
        done.append(m)
        if norm_words:
            if m.kind == "PERS" and m.entity:
                person_by_last[norm_words[-1]] = m
            if _country(m.code):
                country_by_first[norm_words[0]] = m


@lru_cache(maxsize=100_000)
def _words(text: str) -> tuple[str, ...]:
    """Clitic-stripped normalized words of a mention text (cached: coreference compares many pairs)."""
    return tuple(strip_clitics(w) for w in normalize(text).split())
