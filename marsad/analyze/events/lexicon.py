"""Load the event data files (ontology, triggers, cues, actor words) into fast lookup tables.

Everything an analyst may want to extend lives in ``data/*.json[l]`` beside this module;
``$MARSAD_KB/triggers.jsonl`` adds trigger entries (same id replaces a packaged entry).
Forms are normalized here once so matching is a dictionary look-up per token.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.text.normalize import normalize

ARTICLE = "ال"


def norm(text: str) -> str:
    """Normalize a lexicon form for matching (same folding as sentence tokens)."""
    return normalize(text).replace("\u0640", "")


def base(word: str) -> str:
    """Strip the definite article from a normalized word (lexicon keys are article-free)."""
    if word.startswith(ARTICLE) and len(word) > 3:
        return word[2:]
    return word


def key_of(phrase: str) -> tuple[str, ...]:
    """A normalized, article-free tuple of words used as a lexicon key."""
    return tuple(base(w) for w in norm(phrase).split())


def _read_json(name: str) -> Any:
    return json.loads((resources.files("marsad.analyze.events") / "data" / name).read_text(encoding="utf-8"))


def _read_jsonl(path: Path | Any) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: line {n}: not JSON ({exc.msg})") from exc
    return out


@dataclass
class Trigger:
    """One trigger entry: the PLOVER type it signals and how to read its arguments."""

    id: str
    type: str
    mode: str | None
    pos: str
    frame: str
    words: tuple[str, ...]
    need: tuple[str, ...] = ()
    block_next: tuple[tuple[str, ...], ...] = ()
    block_prev: tuple[tuple[str, ...], ...] = ()
    block_ctx: tuple[str, ...] = ()
    violent: bool = False
    strong: bool = False
    casualty: bool = False
    gen: str | None = None
    prep_target: tuple[str, ...] = ()
    armed_source: bool = False
    secondary: bool = False  # a result verb («دمرت»): an event only when no other violent trigger is in the sentence
    verb_keys: tuple[tuple[str, ...], ...] = ()  # finite verbs of a noun entry («اختطف»): subject first, then object
    inner_role: str | None = None  # the role of a phrase inside the trigger («تسليم أوكرانيا منظومة»: target)
    indefinite: bool = False  # with the article the word is an adjective («مدينة الفاشر المحاصرة»), no event
    initial: bool = False  # only as a verbless headline's first word («اتفاق سعودي إيراني على …»)
    bare: bool = False  # its verbal nouns after «بـ»/«لـ» are a complement («طالبت الحزب بتسليم سلاحه»), no event
    block_object: tuple[str, ...] = ()  # words soon after a finite use that make it another sense («حررت … رهائن»)
    object_reach: int = 0  # words after the verb to look for block_object (0: the default reach); a long subject
    # («رفض المتحدث باسم الجيش الإسرائيلي التعليق») puts the object farther


def inflect_verb(word: str) -> list[str]:
    """Common 3rd-person inflections of a normalized verb form (past or imperfect)."""
    out = [word]
    if word.startswith("ي") and len(word) >= 4:
        stem = word[1:]
        out += ["ت" + stem, "ن" + stem]
        if word.endswith("ي"):
            out += [word[:-1] + "ون", word[:-1] + "ان", "ت" + stem[:-1] + "ان"]
        else:
            out += [word + "ون", word + "ان", "ت" + stem + "ان", word + "ن"]
    else:
        if word.endswith("ي"):
            out += [word[:-1] + "ت", word[:-1] + "وا", word[:-1] + "يا", word[:-1] + "تا"]
        elif word.endswith("ا"):
            out += [word[:-1] + "ت", word[:-1] + "وا", word[:-1] + "تا"]
        else:
            out += [word + "ت", word + "وا", word + "ا", word + "تا", word + "ن"]
    return out


@dataclass
class Lexicon:
    """All lookup tables the extractor uses, built once per process."""

    categories: dict[str, dict[str, Any]]
    aliases: dict[str, str]
    triggers: list[Trigger]
    # first word -> list of (word tuple, trigger), longest first
    trigger_index: dict[str, list[tuple[tuple[str, ...], Trigger]]]
    context: dict[str, frozenset[str]]
    context_multi: dict[str, list[tuple[str, ...]]]
    block_context: dict[str, frozenset[str]]
    block_multi: dict[str, list[tuple[str, ...]]]
    frames: dict[str, dict[str, Any]]
    cues: dict[str, Any]
    # actor words: key tuple -> (kind, value, priority); kinds: sector | group | person | country | adj | place
    actor_index: dict[str, list[tuple[tuple[str, ...], str, str, int]]] = field(default_factory=dict)
    places: dict[tuple[str, ...], dict[str, Any]] = field(default_factory=dict)
    country_words: dict[str, str] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    modifiers: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    isos: frozenset[str] = frozenset()
    unplaced_keys: frozenset[tuple[str, ...]] = frozenset()  # international NGOs: never a country's NGO
    own_sector_keys: frozenset[tuple[str, ...]] = frozenset()  # «وزير الدفاع», «ناشطين»: sector beats a mention's

    def canonical(self, type_: str) -> str:
        """A PLOVER category from any accepted name (aliases such as REQUEST → DEMAND)."""
        t = (type_ or "").strip().upper()
        return self.aliases.get(t, t)


def _split_forms(forms: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(key_of(f) for f in forms if f.strip())


def _make_trigger(obj: dict[str, Any]) -> Trigger:
    return Trigger(
        id=obj["id"], type=obj["type"].upper(), mode=obj.get("mode"), pos=obj.get("pos", "noun"),
        frame=obj.get("frame", "agentive"), words=(),
        need=tuple(obj.get("need", [])), block_next=_split_forms(obj.get("block_next", [])),
        block_prev=_split_forms(obj.get("block_prev", [])), block_ctx=tuple(obj.get("block_ctx", [])),
        violent=bool(obj.get("violent")), strong=bool(obj.get("strong")), casualty=bool(obj.get("casualty")),
        gen=obj.get("gen"), prep_target=tuple(norm(p) for p in obj.get("prep_target", [])),
        armed_source=bool(obj.get("armed_source")), secondary=bool(obj.get("secondary")),
        verb_keys=_split_forms(obj.get("verb_forms", [])), indefinite=bool(obj.get("indefinite")),
        inner_role=obj.get("inner_role"), initial=bool(obj.get("initial")), bare=bool(obj.get("bare")),
        block_object=tuple(norm(w) for w in obj.get("block_object", [])),
        object_reach=int(obj.get("object_reach", 0)),
    )


def _trigger_records() -> list[dict[str, Any]]:
    recs = {r["id"]: r for r in _read_jsonl(resources.files("marsad.analyze.events") / "data" / "triggers.jsonl")}
    overlay = os.environ.get("MARSAD_KB")
    if overlay:
        path = Path(overlay) / "triggers.jsonl"
        if path.exists():
            for r in _read_jsonl(path):
                recs[r["id"]] = r
    return list(recs.values())


def _currency_variants(forms: list[str], units: list[str]) -> list[str]:
    """«تقديم * مليون دولار» also in pounds, riyals, dinars…: an amount form is spelled once, in dollars."""
    out = list(forms)
    for form in forms:
        words = form.split()
        if "دولار" not in words:
            continue
        k = words.index("دولار")
        out += [" ".join(words[:k] + [u] + words[k + 1:]) for u in units]
    return list(dict.fromkeys(out))


def _index_triggers(records: list[dict[str, Any]]) -> tuple[list[Trigger], dict]:
    triggers, index = [], {}
    cues = _read_json("cues.json")
    implicit = cues.get("implicit_block_ctx", {}).get("violent", [])
    units = cues.get("amount_currencies", [])
    for obj in records:
        if units:
            obj = {**obj, "forms": _currency_variants(obj.get("forms", []), units),
                   "verb_forms": _currency_variants(obj.get("verb_forms", []), units)}
        trig = _make_trigger(obj)
        if trig.violent:
            trig.block_ctx = tuple(dict.fromkeys(trig.block_ctx + tuple(implicit)))
        triggers.append(trig)
        for form in obj.get("forms", []):
            words = key_of(form)
            if not words:
                continue
            variants = [words]
            if trig.pos == "verb" and len(words) == 1:
                variants = [(v,) for v in inflect_verb(norm(form))]
            for v in variants:
                index.setdefault(v[0], []).append((v, trig))
    for lst in index.values():
        lst.sort(key=lambda x: -len(x[0]))
    return triggers, index


def _split_context(groups: dict[str, list[str]]) -> tuple[dict[str, frozenset[str]], dict[str, list]]:
    single, multi = {}, {}
    for name, words in groups.items():
        keys = [key_of(w) for w in words]
        single[name] = frozenset(k[0] for k in keys if len(k) == 1) | frozenset(
            norm(w) for w in words if len(norm(w).split()) == 1)
        multi[name] = [k for k in keys if len(k) > 1]
    return single, multi


def _kb_or_none() -> Any:
    """The knowledge base, or None when it cannot load (the events stage then runs on packaged words)."""
    try:
        from marsad.kb import get_kb

        return get_kb()
    except Exception:  # noqa: BLE001 - the KB is optional here
        return None


@lru_cache(maxsize=1)
def common_place_keys() -> frozenset[str]:
    """One-word place names that are also everyday words («مالية» financial / Malé, «صور» pictures / Tyre)."""
    kb = _kb_or_none()
    own = frozenset(key_of(w)[0] for w in _read_json("cues.json").get("common_place_words", []))
    # «جسراً جوياً»: aerial, not the Lebanese village «جويا»
    return own | (frozenset(key_of(w)[0] for w in kb.common_words() if len(key_of(w)) == 1) if kb else frozenset())


WATER_KINDS = frozenset(("sea", "river", "strait", "lake", "canal"))


@lru_cache(maxsize=1)
def water_places() -> frozenset[str]:
    """Knowledge-base ids of seas, rivers and straits: no one country is attacked «في البحر الأحمر»."""
    kb = _kb_or_none()
    return frozenset(e.id for e in kb.entities.values()
                     if e.type == "place" and (getattr(e, "extra", None) or {}).get("kind") in WATER_KINDS) \
        if kb else frozenset()


@lru_cache(maxsize=1)
def surname_nisbas() -> dict[str, dict[str, str]]:
    """Family names that are another country's nationality adjective («محمد شياع السوداني», Iraq's premier), as
    nisba → {person's country: person's code}: the bare «السوداني» of Iraqi news is him, not «the Sudanese».

    From the knowledge base's people with a code; a surname two people of one country share is left out.
    """
    kb = _kb_or_none()
    if kb is None:
        return {}
    from marsad.analyze.events.actors import find_items  # noqa: PLC0415 - actors builds on this module
    from marsad.analyze.events.morph import words

    lex = get_lexicon()
    out: dict[str, dict[str, str]] = {}
    clash: set[tuple[str, str]] = set()
    for e in kb.entities.values():
        code = getattr(e, "code", None)
        if e.type != "person" or not code or "-" not in code:
            continue
        country = code.split("-")[0]
        for n in e.names_ar or []:
            parts = norm(n).split()
            if len(parts) < 2 or not parts[-1].startswith("ال"):
                continue
            items = find_items(words(parts[-1]), lex)
            if len(items) != 1 or items[0].kind != "adj" or not items[0].value or items[0].value == country:
                continue
            seen = out.setdefault(parts[-1], {})
            if seen.get(country, code) != code:
                clash.add((parts[-1], country))
            seen[country] = code
    for nisba, country in clash:
        out[nisba].pop(country, None)
    return {k: v for k, v in out.items() if v}


HOSTING_KINDS = frozenset(("base", "site"))


@lru_cache(maxsize=1)
def kb_hosted_bases() -> dict[str, str]:
    """Names of the knowledge base's bases and sites that host a foreign force now (``extra.hosts``, a period with
    no end), to that force's code: «استهدف هجوم البرج 22» is an attack on the US troops there. A town with a base
    keeps no ``hosts`` in the KB, and neither does an airport whose attacks the news rarely lays at the garrison."""
    kb = _kb_or_none()
    out: dict[str, str] = {}
    for e in kb.entities.values() if kb else ():
        extra = getattr(e, "extra", None) or {}
        current = [h["code"] for h in extra.get("hosts") or [] if h.get("code") and not h.get("end")]
        if e.type == "place" and extra.get("kind") in HOSTING_KINDS and current:
            out.update((norm(n), current[-1]) for n in e.names_ar or [] if len(norm(n)) > 3)
    return out


@lru_cache(maxsize=1)
def article_place_keys() -> frozenset[str]:
    """One-word place names the knowledge base writes with the article («الرقة»): with it they are the place."""
    kb = _kb_or_none()
    return frozenset(key_of(n)[0] for e in kb.entities.values() if e.type == "place"
                     for n in e.names_ar or [] if len(key_of(n)) == 1 and norm(n).startswith(ARTICLE)) \
        if kb else frozenset()


@lru_cache(maxsize=1)
def group_countries() -> dict[str, str]:
    """Group code → the one country its knowledge-base entries share («HOUTHI» → YEM, «RSF» → SDN)."""
    kb = _kb_or_none()
    seen: dict[str, set[str]] = {}
    for ent in (kb.entities.values() if kb is not None else ()):
        if ent.type in ("org", "group") and ent.code and "-" not in ent.code:
            seen.setdefault(ent.code, set()).add(ent.country or "")  # no country: a transnational group
    return {code: next(iter(cs)) for code, cs in seen.items() if len(cs) == 1 and "" not in cs}


@lru_cache(maxsize=1)
def capital_places() -> frozenset[str]:
    """Knowledge-base ids of capital cities: «أنقرة» in «لوحت أنقرة» stands for Turkey's government."""
    kb = _kb_or_none()
    return frozenset(str(ent.extra.get("capital")) for ent in (kb.entities.values() if kb is not None else ())
                     if ent.type == "country" and (ent.extra or {}).get("capital"))


GENERIC_GROUP_CODES = frozenset({"NGO", "MED", "REF", "BUS", "EDU", "HLH", "REL"})  # kinds of body, not one body


@lru_cache(maxsize=1)
def _code_aliases() -> dict[str, str]:
    return dict(_read_json("cues.json").get("code_aliases", {}))


def canonical_code(code: str) -> str:
    """The events' code for a knowledge-base code: «IGOUNO» → UN, «IGOWB» → WB (the actor lists' style)."""
    alias = _code_aliases().get(code)
    if alias:
        return alias
    return code[3:] if code.startswith("IGO") and len(code) > 4 else code


def _add_actor(index: dict, phrase: str, kind: str, value: str, priority: int) -> None:
    k = key_of(phrase)
    if k:
        index.setdefault(k[0], []).append((k, kind, value, priority))


def _kb_actor_words(index: dict, places: dict, country_words: dict, adjectives: dict) -> bool:
    """Add countries, places, groups and people from the knowledge base when it loads."""
    kb = _kb_or_none()
    if kb is None:  # the KB is optional here: fall back to packaged words
        return False
    country_keys = {key_of(n) for ent in kb.entities.values() if ent.type == "country" for n in ent.names_ar or []}
    for ent in kb.entities.values():
        names = ent.names_ar or []
        if ent.type == "country":
            for n in names:
                country_words[" ".join(key_of(n))] = ent.code or ent.id
                _add_actor(index, n, "country", ent.code or ent.id, 10)
        elif ent.type == "place":
            for n in names:
                info = {"text": n, "entity": ent.id, "lat": ent.lat, "lon": ent.lon, "country": ent.country}
                first = places.setdefault(key_of(n), info)  # the knowledge base lists the better-known place first
                if first is not info and first.get("entity") != ent.id:
                    first.setdefault("alts", []).append(info)  # «طرابلس»: Libya's capital, or Lebanon's north
                _add_actor(index, n, "place", ent.country or "", 5)
        elif ent.type in ("org", "group") and ent.code:
            code = ent.code
            code = canonical_code(code)
            if code in GENERIC_GROUP_CODES and ent.country:
                code = f"{ent.country}-{code}"  # «الهلال الأحمر القطري»: QAT-NGO
            for n in names:
                _add_actor(index, n, "group", code, 100)
        elif ent.type == "person":
            code = ent.code or next((r.code for r in reversed(ent.roles) if r.code), None)
            if code:
                code = canonical_code(code)
                for n in names:
                    key = key_of(n)
                    if key in country_keys:
                        continue  # «الكاميرون» is Cameroon, not David Cameron's surname with the article
                    if len(key) >= 2 or len(norm(n)) >= 6:
                        _add_actor(index, n, "person", code, 90)
    try:
        adjectives.update(kb.adjective_index())
    except Exception:  # noqa: BLE001
        pass
    return True


def _actor_tables() -> tuple[dict, dict, dict, dict]:
    data = _read_json("actors.json")
    index: dict = {}
    places: dict = {}
    country_words: dict = {}
    adjectives: dict = {}
    for sector, spec in data["sectors"].items():
        code = spec.get("code", sector)
        for w in spec["words"]:
            _add_actor(index, w, "sector", code, spec["priority"])
    for code, names in data["groups"].items():
        for n in names:
            _add_actor(index, n, "group", code, 100)
    for n in data.get("international_ngos", []):
        _add_actor(index, n, "group", "NGO", 100)
    for code, names in data["persons"].items():
        for n in names:
            _add_actor(index, n, "person", code, 90)
    have_kb = _kb_actor_words(index, places, country_words, adjectives)
    for iso, spec in data["countries"].items():
        for n in spec["names"]:
            country_words.setdefault(" ".join(key_of(n)), iso)
            _add_actor(index, n, "country", iso, 10)
        for a in spec["adj"]:
            adjectives.setdefault(norm(a), iso)
    for form, iso in data.get("nisba_overrides", {}).items():
        if form == "about":
            continue
        stem = norm(form)
        for k in [k for k in adjectives if k.startswith(stem) and len(k) - len(stem) <= 3]:
            adjectives[k] = iso  # «الجيش الكونغولي»: the Congo the news means
        adjectives[stem] = iso
    if not have_kb or not places:
        for p in data["places"]:
            places.setdefault(key_of(p["name"]), {"text": p["name"], "entity": None, "lat": p["lat"],
                                                  "lon": p["lon"], "country": p["country"]})
            _add_actor(index, p["name"], "place", p["country"], 5)
    for lst in index.values():
        lst.sort(key=lambda x: (-len(x[0]), -x[3]))
    return index, places, country_words, adjectives


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The process-wide lexicon (cached; call ``get_lexicon.cache_clear()`` after editing data)."""
    onto = _read_json("ontology.json")
    cues = _read_json("cues.json")
    triggers, tindex = _index_triggers(_trigger_records())
    ctx, ctx_multi = _split_context(cues["context"])
    bctx, bmulti = _split_context(cues["block_context"])
    frames = {name: _norm_frame(f) for name, f in cues["frames"].items()}
    lex = Lexicon(categories=onto["categories"], aliases={k.upper(): v for k, v in onto["aliases"].items()},
                  triggers=triggers, trigger_index=tindex, context=ctx, context_multi=ctx_multi,
                  block_context=bctx, block_multi=bmulti, frames=frames, cues=_norm_cues(cues))
    lex.actor_index, lex.places, lex.country_words, lex.adjectives = _actor_tables()
    lex.isos = frozenset(lex.country_words.values()) | frozenset(lex.adjectives.values())
    actors = _read_json("actors.json")
    lex.modifiers = frozenset(" ".join(key_of(w)) for w in actors.get("modifiers", []))
    lex.openers = frozenset(" ".join(key_of(w)) for w in actors.get("openers", []))
    lex.unplaced_keys = _unplaced_keys(actors)
    lex.own_sector_keys = frozenset(k for w in actors.get("own_sector_words", {}).get("words", []) if (k := key_of(w)))
    return lex


def _unplaced_keys(actors: dict[str, Any]) -> frozenset[tuple[str, ...]]:
    """Name keys of international NGOs: the packaged list, and the KB's NGOs of no country but the national kinds.

    «أطباء بلا حدود» reporting from Darfur is not Sudan's NGO; «الهلال الأحمر» alone is the story country's society.
    """
    kinds = {key_of(n) for n in actors.get("national_kinds", [])}
    keys = {key_of(n) for n in actors.get("international_ngos", [])}
    kb = _kb_or_none()
    for ent in (kb.entities.values() if kb is not None else ()):
        if ent.type in ("org", "group") and ent.code in GENERIC_GROUP_CODES and not ent.country:
            keys |= {key_of(n) for n in ent.names_ar or []}
    return frozenset(k for k in keys - kinds if k)


def _norm_frame(frame: dict[str, Any]) -> dict[str, Any]:
    out = dict(frame)
    out["preps"] = {" ".join(key_of(k)): v for k, v in frame.get("preps", {}).items()}
    return out


def _norm_cues(cues: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["agent_preps"] = [key_of(p) for p in cues["agent_preps"]]
    out["passive_agent_preps"] = frozenset(" ".join(key_of(p)) for p in cues.get("passive_agent_preps", []))
    out["receive_verbs"] = frozenset(norm(v) for v in cues["receive_verbs"])
    out["preps"] = frozenset(norm(p) for p in cues["preps"]) | frozenset(
        norm(p) for p in cues["agent_preps"] if " " not in p)
    out["location_preps"] = [key_of(p) for p in cues["location_preps"]]
    out["location_heads"] = frozenset(norm(p) for p in cues["location_heads"])
    out["modality"] = {k: [key_of(p) for p in v] for k, v in cues["modality"].items()}
    out["modality"]["outcome_verbs"] = frozenset(norm(w) for w in cues["modality"].get("outcome_verbs", []))
    out["attribution"] = [key_of(p) for p in cues["attribution"]]
    out["attribution_stop"] = frozenset(norm(p) for p in cues["attribution_stop"])
    cas = cues["casualty"]
    out["dead"] = frozenset(base(norm(w)) for w in cas["dead"])
    out["injured"] = frozenset(base(norm(w)) for w in cas["injured"])
    out["count_nouns"] = frozenset(base(norm(w)) for w in cas.get("count_nouns", []))
    out["numbers"] = {" ".join(key_of(k)): v for k, v in cas["numbers"].items()}
    out["crowd_sources"] = frozenset(base(norm(w)) for w in cues["crowd_sources"])
    out["protect"] = frozenset(norm(w) for w in cues.get("protect", []))
    out["verb_prefixes"] = frozenset(cues.get("verb_prefixes", [""]))
    out["gap_breaks"] = frozenset(norm(w) for w in cues.get("gap_breaks", {}).get("words", []))
    out["economic_cause"] = frozenset(norm(w) for w in cues.get("economic_cause", {}).get("words", []))
    out["economic_figures"] = [tuple(norm(w).split()) for w in cues.get("economic_cause", {}).get("figures", [])]
    out["reason_markers"] = frozenset(norm(w) for w in cues.get("reason_markers", {}).get("words", []))
    out["object_gap_heads"] = frozenset(norm(w) for w in cues.get("object_gap_heads", {}).get("words", []))
    out["geo_heads"] = frozenset(base(norm(w)) for w in cues.get("geo_heads", []))
    out["foreign_words"] = frozenset(base(norm(w)) for w in cues.get("foreign_words", [])) | \
        frozenset(norm(w) for w in cues.get("foreign_words", []))
    out["member_heads"] = frozenset(norm(w) for w in cues.get("member_heads", []))
    out["hosted_bases"] = kb_hosted_bases() | {"قاعده " + norm(k): v for k, v in cues.get("hosted_bases", {}).items()
                                               if k != "about"}
    out["delegation_heads"] = frozenset(norm(w) for w in cues.get("delegation_heads", []))
    out["siege_words"] = frozenset(norm(w) for w in cues.get("siege_words", {}).get("words", []))
    out["judged_attacks"] = {k: frozenset(norm(w) for w in v) for k, v in cues.get("judged_attacks", {}).items()
                             if k != "about"}
    out["talks_topics"] = {k: frozenset(norm(w) for w in v) if isinstance(v, list) else v
                           for k, v in cues.get("talks_topics", {}).items()}
    out["governance"] = {k: frozenset(norm(w) for w in v) if isinstance(v, list) else v
                         for k, v in cues.get("governance", {}).items()}
    out["mediator_words"] = frozenset(norm(w) for w in cues.get("mediator_words", []))
    out["mediator_nouns"] = frozenset(norm(w) for w in cues.get("mediator_nouns", []))
    out["conflict_parties"] = {k: v for k, v in cues.get("conflict_parties", {}).items() if k != "about"}
    out["elliptic_neighbours"] = {iso: {norm(k): v for k, v in words.items()}
                                  for iso, words in cues.get("elliptic_neighbours", {}).items()}
    out["site_objects"] = frozenset(norm(w) for w in cues.get("site_objects", []))
    out["requester_heads"] = frozenset(norm(w) for w in cues.get("requester_heads", []))
    out["war_nouns"] = frozenset(norm(w) for w in cues.get("war_nouns", []))
    out["war_theaters"] = {norm(k): v for k, v in cues.get("war_theaters", {}).items() if k != "about"}
    out["doer_relatives"] = frozenset(norm(w) for w in cues.get("doer_relatives", []))
    out["attack_object_verbs"] = frozenset(norm(w) for w in cues.get("attack_object_verbs", []))
    out["battle_nouns"] = frozenset(norm(w) for w in cues.get("battle_nouns", []))
    out["title_faith_words"] = frozenset(norm(w) for w in cues.get("title_faith_words", {}).get("words", []))
    out["dismissed_offices"] = frozenset(norm(w) for w in cues.get("dismissed_offices", {}).get("words", []))
    out["manner_nouns"] = frozenset(norm(w) for w in cues.get("manner_nouns", []))
    out["backing_participles"] = frozenset(norm(w) for w in cues.get("backing_participles", []))
    out["dispersal_words"] = frozenset(norm(w) for w in cues.get("dispersal_words", []))
    out["joined_accusations"] = frozenset(norm(w) for w in cues.get("joined_accusations", []))
    for name in ("undergo_verbs", "launch_relatives", "intercept_verbs", "intercept_destroy", "dual_anaphors", "count_words",
                 "interceptor_place_preps",
                 "own_forces", "announce_verbs",
                 "own_losses", "claim_verbs", "mission_heads",
                 "envoy_heads", "currency_words", "press_heads", "ministry_words", "name_titles", "honorifics"):
        out[name] = frozenset(norm(w) for w in cues.get(name, []))
    for name in ("party_nouns", "party_leader_titles"):  # «رئيس حزب القوات اللبنانية»: a party's leader
        out[name] = frozenset(norm(w) for w in cues.get(name, []))
    out["subject_fillers"] = frozenset(norm(w) for w in cues.get("subject_fillers", []))
    out["weapon_subjects"] = frozenset(norm(w) for w in cues.get("weapon_subjects", []))
    # «انسحبت على إثره قوات النظام»: adverbial phrases that may stand between a verb and its subject
    out["subject_adverbials"] = tuple(tuple(norm(w) for w in p.split()) for p in cues.get("subject_adverbials", []))
    out["subject_heads"] = frozenset(norm(w) for w in cues.get("subject_heads", []))
    out["definite_only_groups"] = frozenset(base(norm(w)) for w in cues.get("definite_only_groups", []))
    out["cue_only_groups"] = frozenset(base(norm(w)) for w in cues.get("cue_only_groups", []))
    out["occupation_words"] = frozenset(base(norm(w)) for w in cues.get("occupation_words", []))
    out["occupied_people"] = {k: v for k, v in cues.get("occupied_people", {}).items() if k != "about"}
    out["group_cues"] = frozenset(norm(w) for w in cues.get("group_cues", []))
    out["group_neighbours"] = frozenset(norm(w) for w in cues.get("group_neighbours", []))
    out["sector_not_before_place"] = frozenset(base(norm(w)) for w in cues.get("sector_not_before_place", []))
    out["abstract_before_sector"] = frozenset(norm(w) for w in cues.get("abstract_before_sector", []))
    armed_adj = cues.get("armed_adjective_heads", {})
    out["armed_adjective_heads"] = frozenset(norm(w) for w in armed_adj.get("heads", []))
    out["armed_adjectives"] = frozenset(norm(w) for w in armed_adj.get("adjectives", []))
    out["crime_cues"] = frozenset(base(norm(w)) for w in cues.get("crime_cues", []))
    out["contextual_nisbas"] = {norm(w): iso for iso, ws in cues.get("contextual_nisbas", {}).items() for w in ws}
    ref = cues.get("refusal", {})
    out["refusal"] = {"negators": frozenset(norm(w) for w in ref.get("negators", [])),
                      "types": frozenset(ref.get("types", [])), "skip_modes": frozenset(ref.get("skip_modes", []))}
    bg = cues.get("background", {})
    out["background"] = {k: (frozenset(norm(w) for w in v) if isinstance(v, list) else v) for k, v in bg.items()}
    out["contextual_nisba_preps"] = frozenset(norm(w) for w in cues.get("contextual_nisba_preps", []))
    out["contextual_nisba_heads"] = frozenset(norm(w) for w in cues.get("contextual_nisba_heads", []))
    out["adjective_surnames"] = frozenset(norm(w) for w in cues.get("adjective_surnames", []))
    out["mode_rank"] = dict(cues.get("mode_rank", {}))
    out["purpose_governors"] = frozenset(norm(w) for w in cues.get("purpose_governors", []))
    out["governors"] = cues.get("governors", {"types": [], "window": 0})
    out["circumstance"] = frozenset(norm(w) for w in cues.get("circumstance", []))
    out["statement_words"] = frozenset(norm(w) for w in cues.get("statement_words", []))
    out["circumstance_after_own"] = frozenset(norm(w) for w in cues.get("circumstance_after_own", []))
    out["retaliation_verbs"] = frozenset(norm(w) for w in cues.get("retaliation_verbs", []))
    out["possessed_sites"] = frozenset(norm(w) for w in cues.get("possessed_sites", []))
    out["struck_vehicles"] = frozenset(norm(w) for w in cues.get("struck_vehicles", []))
    out["struck_heads"] = out["struck_vehicles"] | frozenset(norm(w) for w in cues.get("struck_heads", []))
    out["aid_carriers"] = frozenset(norm(w) for w in cues.get("aid_carriers", []))
    out["venue_heads"] = frozenset(norm(w) for w in cues.get("venue_heads", []))
    out["forum_heads"] = frozenset(norm(w) for w in cues.get("forum_heads", []))
    out["unit_heads"] = frozenset(norm(w) for w in cues.get("unit_heads", []))
    out["launch_origin_verbs"] = frozenset(norm(w) for w in cues.get("launch_origin_verbs", []))
    spans = cues.get("scene_spans", {})
    out["scene_span_heads"] = frozenset(norm(w) for w in spans.get("heads", []))
    out["scene_spans"] = frozenset(norm(w) for w in spans.get("spans", []))
    out["circumstance_preps"] = frozenset(norm(w) for w in cues.get("circumstance_preps", []))
    out["first_person_forces"] = out["own_forces"] | frozenset(norm(w) for w in cues.get("first_person_forces", []))
    out["circumstance_pairs"] = frozenset(tuple(norm(w) for w in p) for p in cues.get("circumstance_pairs", []))
    out["require_actor"] = frozenset(cues.get("require_actor", []))
    out["require_source"] = frozenset(cues.get("require_source", []))
    out["require_foreign_target_modes"] = frozenset(cues.get("require_foreign_target_modes", []))
    out["require_foreign_target_triggers"] = frozenset(cues.get("require_foreign_target_triggers", []))
    out["launch_test_triggers"] = frozenset(cues.get("launch_test_triggers", []))
    out["foil_spared_types"] = frozenset(cues.get("foil_spared_types", []))
    out["handover_objects"] = frozenset(base(norm(w)) for w in cues.get("handover_objects", []))
    out["count_word_set"] = frozenset(norm(w) for w in cues.get("count_words", []) + cues.get("quantity_words", []))
    out["more_than_words"] = frozenset(norm(w) for w in cues.get("more_than_words", []))
    out["protest_swallows"] = frozenset(cues.get("protest_swallows", []))
    out["strong_block"] = {k: [key_of(p) for p in v] for k, v in cues["strong_block"].items()}
    kingdom = cues.get("kingdom", {})
    out["kingdom"] = {"words": frozenset(norm(w) for w in kingdom.get("words", [])),
                      "countries": frozenset(kingdom.get("countries", []))}
    harm = cues.get("self_harm", {})
    out["self_harm"] = {"reflexives": frozenset(norm(w) for w in harm.get("reflexives", [])),
                        "scene_words": frozenset(norm(w) for w in harm.get("scene_words", [])),
                        "triggers": frozenset(harm.get("triggers", [])),
                        "outward_triggers": frozenset(harm.get("outward_triggers", [])),
                        "reach": int(harm.get("reach", 0))}
    hyp = cues.get("hypothetical", {})
    out["hypothetical"] = {k: [key_of(p) for p in v] for k, v in hyp.items() if k != "speech_types"}
    out["hypothetical"]["speech_types"] = frozenset(hyp.get("speech_types", []))
    out["aid_giver_relatives"] = frozenset(norm(w) for w in cues.get("aid_giver_relatives", {}).get("words", []))
    tally = cues.get("casualty_tally", {})
    out["casualty_tally"] = {"heads": frozenset(norm(w) for w in tally.get("heads", [])),
                             "verbs": frozenset(norm(w) for w in tally.get("verbs", []))}
    roles = cues.get("reason_roles", {})
    out["reason_roles"] = {"heads": tuple(sorted({norm(w) for w in roles.get("heads", [])}, key=len, reverse=True)),
                           "reach": int(roles.get("reach", 0))}
    conv = cues.get("convened_elections", {})
    out["convened_elections"] = {"objects": frozenset(norm(w).split()[0] for w in conv.get("objects", [])),
                                 "decrees": frozenset(norm(w) for w in conv.get("decrees", [])),
                                 "dissolve_triggers": frozenset(conv.get("dissolve_triggers", []))}
    desks = cues.get("newsroom_desks", {})
    out["newsroom_desks"] = {k: frozenset(norm(w) for w in desks.get(k, []))
                             for k in ("sport_qualifiers", "process_subjects", "team_guests")}
    out["newsroom_desks"]["team_reach"] = int(desks.get("team_reach", 0))
    out["tally_blasts"] = frozenset(norm(w) for w in cues.get("tally_blasts", {}).get("words", []))
    out["flight_destination"] = frozenset(norm(w) for w in cues.get("flight_destination", {}).get("words", []))
    border = cues.get("border_with", {})
    out["border_with"] = {"adjectives": frozenset(norm(w) for w in border.get("adjectives", [])),
                          "with": frozenset(norm(w) for w in border.get("with", [])),
                          "reach": int(border.get("reach", 0))}
    coup = cues.get("coup_on_legitimacy", {})
    out["coup_on_legitimacy"] = {k: frozenset(norm(w) for w in coup.get(k, [])) for k in ("words", "coups", "preps")}
    out["owned_units"] = frozenset(norm(w) for w in cues.get("owned_units", {}).get("words", []))
    out["operation_heads"] = frozenset(norm(w) for w in cues.get("operation_heads", {}).get("words", []))
    out["origin_heads"] = frozenset(norm(w) for w in cues.get("origin_heads", {}).get("words", []))
    foils = cues.get("block_word_foils", {}).get("words", {})
    out["block_word_foils"] = {norm(k): frozenset(norm(w) for w in v) for k, v in foils.items()}
    return out
