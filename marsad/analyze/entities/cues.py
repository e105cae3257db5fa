"""Role/title cues (الرئيس العراقي X) and actor phrases (وفد عسكري سوري → SYR-MIL) from data-file lexicons."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.analyze.entities.features import strip_clitics
from marsad.analyze.entities.gazetteer import Match
from marsad.analyze.entities.lexicon import adjective_country, get_kb_safe, given_names, load_data, triggers
from marsad.analyze.entities.wordseq import WordSeq
from marsad.text.normalize import normalize

MAX_AFFILIATION = 5  # words between a title/head and the name or nationality
MAX_NAME = 6  # words in a name found by a cue alone (محمد بن سلمان بن عبد العزيز)


@lru_cache(maxsize=100_000)
def head_form(stripped: str) -> str:
    """A stripped word without the indefinite accusative alef (وفدا → وفد، عسكريا → عسكري)."""
    return stripped[:-1] if len(stripped) > 3 and stripped.endswith("ا") and not stripped.endswith("اا") else stripped


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(head_form(strip_clitics(normalize(w))) for w in phrase.split())


def _table(groups: dict[str, list[str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for value, phrases in groups.items():
        for p in phrases:
            k = _key(p)
            out.setdefault(k[0], []).append((k, value))
    for v in out.values():
        v.sort(key=lambda kv: -len(kv[0]))
    return out


@lru_cache(maxsize=1)
def heads() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First stripped word → [(head phrase key, sector)], longest first."""
    return _table(load_data("sectors.json")["heads"])


@lru_cache(maxsize=1)
def titles() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First stripped word → [(title phrase key, sector)], longest first."""
    return _table(load_data("titles.json")["titles"])


@lru_cache(maxsize=1)
def not_current() -> frozenset[str]:
    """Words after a title meaning it is not the office's holder on the day (السابق، الراحل، المنتخب)."""
    return frozenset(normalize(w) for p in load_data("titles.json").get("not_current", []) for w in p.split()[:1])


@lru_cache(maxsize=1)
def former() -> frozenset[str]:
    """Words after a title meaning the office is no longer held (السابق، الراحل، المخلوع): no sector from it."""
    return frozenset(normalize(w) for w in load_data("titles.json").get("former", []))


@lru_cache(maxsize=1)
def definite_titles() -> frozenset[tuple[str, ...]]:
    """Title keys listed only with the article (الفريق، اللواء، الإمام): bare فريق/لواء/أمام are team/brigade/before."""
    with_article, bare = set(), set()
    for phrases in load_data("titles.json")["titles"].values():
        for p in phrases:
            (with_article if normalize(p).startswith("ال") else bare).add(_key(p))
    return frozenset(with_article - bare)


def is_definite(norm: str) -> bool:
    """True when a normalized word carries the article, maybe behind clitics (والفريق، للواء، باللواء)."""
    if norm.startswith(("ال", "لل")):
        return True
    return len(norm) > 3 and norm[0] in "وفبلك" and (norm[1:3] == "ال" or (norm[1] in "بلك" and norm[2:4] == "ال"))


def title_at(ws: WordSeq, i: int) -> tuple[int, str] | None:
    """Like ``match_phrase`` over titles, but a title listed only with the article needs it in the text."""
    t = match_phrase(ws, i, titles())
    if t and not is_definite(ws.norm[i]) and tuple(head_form(w) for w in ws.strip[i : i + t[0]]) in definite_titles():
        return None
    return t


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """Every word a title or a head phrase can start with (a fast pre-check)."""
    return frozenset(heads()) | frozenset(titles())


@lru_cache(maxsize=1)
def first_forms() -> frozenset[str]:
    """Every stripped word whose ``head_form`` or itself is in ``first_words`` (one set test per word)."""
    starts = first_words()
    return starts | frozenset(w + "ا" for w in starts if len(w) >= 3 and not w.endswith("ا"))


@lru_cache(maxsize=1)
def sector_data() -> dict:
    """Mention kinds, modifiers and sectors that may stand without a country."""
    d = load_data("sectors.json")
    return {"kind": d["mention_kind"], "modifiers": {strip_clitics(normalize(w)) for w in d["modifiers"]},
            "bare": set(d["bare_sector_ok"])}


@lru_cache(maxsize=1)
def name_words() -> dict[str, set[str]]:
    """Stop words that end a cue-found name, and particles allowed inside one."""
    d = load_data("titles.json")
    return {"stop": {normalize(w) for w in d["name_stop"]}, "particles": {normalize(w) for w in d["name_particles"]}}


def match_phrase(ws: WordSeq, i: int, table: dict) -> tuple[int, str] | None:
    """(length, value) of the longest lexicon phrase starting at word ``i``."""
    strip = ws.strip
    cands = table.get(strip[i]) or table.get(head_form(strip[i]))
    if not cands:
        return None
    forms: tuple[str, ...] = ()  # the words from ``i`` in head form, made once for the longest phrase
    for key, value in cands:
        n = len(key)
        if n == 1:
            return 1, value
        if len(forms) < n <= len(strip) - i or not forms:
            forms = tuple(map(head_form, strip[i : i + n]))
        if forms[:n] == key:
            return n, value
    return None


@lru_cache(maxsize=50_000)
def country_of(norm: str) -> str | None:
    """ISO-3 of a nationality adjective in any form (السورى، والعراقية), else None."""
    kb = get_kb_safe()
    if kb is None or len(norm) < 4:
        return None
    code = adjective_country(kb, norm)
    if code is None and norm.endswith("يا"):  # indefinite accusative: عراقيا، سوريًا
        code = adjective_country(kb, norm[:-1])
    return code


@lru_cache(maxsize=50_000)
def pair_country(first: str, second: str) -> str | None:
    """ISO-3 of a two-word nationality (normalized words): «الكوري الشمالي» → PRK, «جنوب سوداني» → SSD."""
    kb = get_kb_safe()
    if kb is None or len(second) < 4 or not hasattr(kb, "country_of_adjective_pair"):
        return None
    code = kb.country_of_adjective_pair(first, second)
    if code is None and second.endswith("يا") and first.endswith("يا"):  # indefinite accusative: كوريا شماليا
        code = kb.country_of_adjective_pair(first[:-1], second[:-1])
    return code


@dataclass
class Affiliation:
    """What follows a head or title: country, KB entity, and where it ends."""

    end: int  # word index after the affiliation
    country: str | None = None
    entity: str | None = None
    entity_kind: str | None = None  # country | org | person
    inner: tuple[str, ...] = ()  # sectors of head nouns crossed on the way (من وزارة الدفاع → MIL)


def affiliation(ws: WordSeq, j: int, gaz_at: dict[int, Match], *, allow_person: bool) -> Affiliation:
    """Scan the words after a head/title for a nationality, a country or an organization."""
    kb = get_kb_safe()
    mods = sector_data()["modifiers"]
    start = j
    limit = min(len(ws), j + MAX_AFFILIATION)
    aff = Affiliation(end=j)
    inner: list[str] = []
    while j < limit and not ws.is_punct(j):
        if j + 1 < len(ws) and not ws.is_punct(j + 1) and (c := pair_country(ws.norm[j], ws.norm[j + 1])):
            return Affiliation(j + 2, c, inner=tuple(inner))  # «الكوري الشمالي», «جنوب أفريقي»
        c = country_of(ws.norm[j])
        if c and j > 0 and given_name_nisba(ws, j):
            break  # «المستشار تركي آل الشيخ»: a bare nisba after a definite word opens a name
        if c:
            return Affiliation(j + 1, c, inner=tuple(inner))
        m = gaz_at.get(j)
        if m and kb is not None:
            ent = kb.get(m.ids[0])
            if ent is not None and ent.type == "country":
                return Affiliation(m.j, ent.code or ent.id, ent.id, "country", tuple(inner))
            if ent is not None and ent.type in ("org", "group", "outlet"):
                return Affiliation(m.j, ent.country, ent.id, "org", tuple(inner))
            # قوات الأسد (a person right after a head) or المبعوث الخاص للكاظمي (a person with ل)
            if ent is not None and ent.type == "person" and ((allow_person and j == start) or m.start > ws.spans[j][0]):
                return Affiliation(m.j, ent.country, ent.id, "person", tuple(inner))
            break
        h = match_phrase(ws, j, heads())
        if h and j == start and start > 0 and not governs(ws.norm[start - 1], ws.strip[start - 1]):
            break  # «مسلحون عمالا مصريين»: a noun after a plural head is its object, not its genitive
        if h:
            j += h[0]
            inner.append(h[1])
            continue
        if ws.strip[j] in mods or head_form(ws.strip[j]) in mods or ws.norm[j] in ("باسم", "لل", "ب"):
            j += 1
            continue
        break
    return aff


def given_name_nisba(ws: WordSeq, j: int) -> bool:
    """A nisba word that is here a given name: «المستشار تركي آل الشيخ», «الأمير تركي الفيصل».

    An adjective agrees with its noun in definiteness: after a definite title or head («المستشار»,
    «الأمير») a nationality is written with the article («المستشار التركي»). A bare nisba there,
    without a clitic, that is also a common given name, opens the person's name instead.
    """
    w = ws.norm[j]
    if j == 0 or ws.is_punct(j - 1) or is_definite(w) or strip_clitics(w) != w:
        return False
    return is_definite(ws.norm[j - 1]) and (w in given_names() or ws.strip[j] in given_names())


def governs(norm: str, stripped: str) -> bool:
    """True when a word can be the first term of a construct (وفد الحكومة، جنود الجيش).

    A definite word (المسلحون) or a sound plural in ون/ين (مسلحون، مسؤولين) cannot: a noun right
    after it starts another phrase.
    """
    return not is_definite(norm) and not stripped.endswith(("ون", "ين"))


def name_after(ws: WordSeq, j: int) -> int:
    """Index after a plausible personal name starting at ``j`` (== j when none)."""
    nw = name_words()
    k = j
    while k < len(ws) and k - j < MAX_NAME and not ws.is_punct(k):
        w = ws.norm[k]
        if w in nw["stop"] or len(w) < 2 or not w[0].isalpha() or (country_of(w) and not (k == j and given_name_nisba(ws, k))):
            break
        if triggers().get(w, "PERS") != "PERS" or triggers().get(ws.strip[k], "PERS") != "PERS":
            break  # مجلس، لجنة، منطقة، نادي: an organization or place follows the title
        if strip_clitics(w) != w and not w.startswith("ال"):
            break  # فالبعض، وصاحب: a clitic-bearing word is not part of a name
        if k == j and w.startswith("ال") and w not in nw["particles"]:
            break
        if k > j and (w[0] in "و" and strip_clitics(w) != w and not w.startswith("ول")):
            break
        after_particle = k > j and ws.norm[k - 1] in nw["particles"]  # «آل الشيخ», «بن الأمير»: a family name
        if not after_particle and (match_phrase(ws, k, titles()) or match_phrase(ws, k, heads())):
            break
        k += 1
    return k
