"""Tenure constraints: a person named with a current office title dates the article to that tenure.

«رئيس الوزراء العراقي مصطفى الكاظمي» → published May 2020 – Oct 2022. A title
qualified as former («السابق», «الأسبق», «الراحل») gives no constraint. Uses the
entity stage's mentions when present, else scans the text for knowledge-base
person aliases itself (the two are merged).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.text.normalize import PLACEHOLDER, normalize, normalize_keep_length

# Words right after a name or title that mark it as past: the office is not current.
_FORMER_WORDS = r"(?:سابق|اسبق|راحل|مخلوع|معزول|مقال|متنحي|مغدور|منتهيه ولايته|سابقه|اسبقه|راحله)"
_FORMER = re.compile(r"^\W*(?:\S+\s+){0,2}?(?:ال)?" + _FORMER_WORDS + r"(?!\w)")
_FORMER_BEFORE = re.compile(r"(?:ال)?" + _FORMER_WORDS + r"\W*$")
# How many characters before a name to search for the office title.
_TITLE_WINDOW = 60
_MAX_ALIAS_TOKENS = 4
_MIN_ALIAS_TOKENS = 2
# Words allowed between a title and the name («رئيس الوزراء العراقي مصطفى الكاظمي»: the nationality).
_MAX_GAP_WORDS = 2
_PUNCT = " \t\n،,.:;\"'«»“”()-"


@dataclass
class TenureCue:
    """One person mentioned with a current title, and the tenure it implies."""

    entity: str
    name: str
    title: str
    office: str
    start: str | None
    end: str | None
    at: int = -1  # where the name stands in the body
    elect: bool = False  # «الرئيس المنتخب دونالد ترامب»: before this tenure began, after the election


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """Ranks and honorifics allowed between a title and a name («الفريق أول الركن»)."""
    raw = json.loads((Path(__file__).with_name("data") / "lexicon.json").read_text(encoding="utf-8"))
    return frozenset(normalize(w) for w in raw.get("honorifics", []))


@lru_cache(maxsize=1)
def _counterparts() -> tuple[str, ...]:
    """«نظيره العراقي برهم صالح»: a counterpart word stands for the office the person holds now."""
    raw = json.loads((Path(__file__).with_name("data") / "lexicon.json").read_text(encoding="utf-8"))
    return tuple(normalize(w) for w in raw.get("counterpart_words", []))


@lru_cache(maxsize=1)
def _subordinates() -> frozenset[str]:
    """Words that make the following title someone else's («نائب», «مستشار», «ولي»)."""
    raw = json.loads((Path(__file__).with_name("data") / "lexicon.json").read_text(encoding="utf-8"))
    return frozenset(normalize(w) for w in raw.get("subordinate_words", []))


@lru_cache(maxsize=1)
def _title_variants() -> dict[str, tuple[str, ...]]:
    """Office kind → titles the KB does not spell («رئيس حكومة تصريف الأعمال»: a caretaker premier)."""
    raw = json.loads((Path(__file__).with_name("data") / "lexicon.json").read_text(encoding="utf-8"))
    kinds = raw.get("office_title_variants", {})
    return {k: tuple(normalize(t) for t in v) for k, v in kinds.items() if not k.startswith("_")}


_COMMA_END = re.compile(r"[،,]\s*$")
_NEXT_PERSON = re.compile(r"[،,]\s*و")
_SENTENCE_START = re.compile(r"[!?؟\n]|\.(?!\d)")
_CLAUSE_WINDOW = 300  # characters before a counterpart word searched for the office it stands for


def _kind_titles(kb: Any, office: str) -> frozenset[str]:
    """Titles of every country's office of this kind («FRA.PRIME_MINISTER» → «رئيس الوزراء», «رئيس الحكومة» …)."""
    kind = office.split(".", 1)[-1]
    cached = _KIND_TITLES.get((id(kb), kind))
    if cached is None:
        offices = getattr(kb, "offices", None) or {}
        cached = frozenset(normalize(t) for key, off in offices.items() if key.split(".", 1)[-1] == kind
                           for t in (getattr(off, "titles_ar", None) or []) if t)
        _KIND_TITLES[(id(kb), kind)] = cached
    return cached


_KIND_TITLES: dict[tuple[int, str], frozenset[str]] = {}


def _kb() -> Any:
    try:
        from marsad.kb import get_kb

        return get_kb()
    except Exception:  # noqa: BLE001 - the KB is optional for dating; a broken KB must not break dating
        return None


def _office_titles(kb: Any, office: str) -> list[str]:
    """The office's titles, and for a one-word title its construct with the country («الأمير» → «أمير الكويت»)."""
    off = kb.offices.get(office) if getattr(kb, "offices", None) else None
    titles = [normalize(t) for t in list(getattr(off, "titles_ar", []) or []) if t]
    country = kb.get(off.country) if off is not None and getattr(off, "country", None) else None
    names = [normalize(n) for n in (getattr(country, "names_ar", None) or []) if n] if country is not None else []
    construct = [f"{t[2:]} {n}" for t in titles if t.startswith("ال") and " " not in t for n in names]
    return titles + construct + list(_title_variants().get(office.split(".", 1)[-1], ()))


_NONSPACE = re.compile(r"\S+")
_STRIP = re.compile(r"[^\w\s]")
_FIRSTS: dict[int, tuple[Any, frozenset[str]]] = {}


def _person_first_words(kb: Any, index: dict[str, list[str]]) -> frozenset[str]:
    """First words of the aliases that name a person (built once per knowledge-base index).

    A name key starts with the punctuation-stripped first word of its n-gram, so a word that
    starts no person alias (nor does, without a «و/ب/ل» prefix) cannot start a match.
    """
    cached = _FIRSTS.get(id(index))
    if cached is not None and cached[0] is index:
        return cached[1]
    firsts = frozenset(
        _NONSPACE.match(key).group(0) for key, ids in index.items()
        if _NONSPACE.match(key) and any(getattr(kb.get(x), "type", "") == "person" for x in ids))
    _FIRSTS.clear()
    _FIRSTS[id(index)] = (index, firsts)
    _STARTS.clear()  # memoized against the previous index
    return firsts


_STARTS: dict[str, bool] = {}
_STARTS_MAX = 200_000


def _may_start(word: str, firsts: frozenset[str]) -> bool:
    """Whether a person alias can start at this whitespace-delimited word (memoized per word)."""
    ok = _STARTS.get(word)
    if ok is None:
        head = _STRIP.sub("", word.replace(PLACEHOLDER, ""))
        ok = len(head) <= 1 or head in firsts or (head[0] in "وبل" and head[1:] in firsts)
        if len(_STARTS) >= _STARTS_MAX:
            _STARTS.clear()
        _STARTS[word] = ok
    return ok


def _candidates(text: str, kb: Any, mentions: list[Any]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of person names in normalized ``text``."""
    out: list[tuple[int, int, str]] = []
    for m in mentions or []:
        ent = getattr(m, "entity", None)
        if ent and ent.startswith("person:"):
            out.append((m.start, m.end, ent))
    index = kb.alias_index()
    firsts = _person_first_words(kb, index)
    texts = _NONSPACE.findall(text)
    memo = _STARTS  # the memo hit inlined: most distinct words were seen before, a call each is half the cost
    starters = {w for w in set(texts) if (ok := memo.get(w)) or (ok is None and _may_start(w, firsts))}
    if not starters:
        return out  # no word starts a person alias: no n-gram look-ups at all
    spans = [m.span() for m in _NONSPACE.finditer(text)]
    for i, w in enumerate(texts):
        if w not in starters:
            continue
        for n in range(min(_MAX_ALIAS_TOKENS, len(texts) - i), _MIN_ALIAS_TOKENS - 1, -1):
            # a bare surname («المالكي») is too often someone else: names of two words or more
            s, e = spans[i][0], spans[i + n - 1][1]
            key = _STRIP.sub("", text[s:e].replace(PLACEHOLDER, "")).strip()
            cands = [key, key[1:]] if key[:1] and key[0] in "وبل" else [key]
            people = [x for c in cands for x in index.get(c, []) if getattr(kb.get(x), "type", "") == "person"]
            if people:
                out.extend((s, e, p) for p in people)
                break
    return out


# «الرئيس الأمريكي المنتخب»: elected, not yet in office (normalized forms).
_ELECT_WORDS = frozenset({"المنتخب", "المنتخبه"})


def _titled(before: str, title: str, kb: Any, elect: bool = False, country: str | None = None) -> bool:
    """``title`` ends right before the name: at most a nationality and ranks between, not «السابق».

    With ``country`` (the office's), a nationality between must be that country's: «العاهل الأردني الملك عبد
    الله» is Jordan's king, never the Saudi king who shares the alias «الملك عبد الله».

    The title must be a whole phrase, not part of a deputy's title («نائب وزير الخارجية»,
    «النائب الثاني لرئيس مجلس الوزراء», «ولي ولي العهد»).
    """
    pos = before.rfind(title)
    if pos < 0:
        return False
    if pos > 0 and (before[pos - 1].isalpha() or before[pos - 1] == PLACEHOLDER):
        return False
    prev = before[:pos].split()
    # «وولي ولي العهد»: a subordinate word joined by «و» is still a subordinate (round 31)
    if prev and (prev[-1] in _subordinates() or (prev[-1][:1] == "و" and prev[-1][1:] in _subordinates())):
        return False
    gap = before[pos + len(title):]
    words = [w for w in re.findall(r"\w+", gap) if w not in _honorifics()]
    if elect:
        if not _ELECT_WORDS.intersection(words):
            return False
        words = [w for w in words if w not in _ELECT_WORDS]
    if _FORMER.match(gap) or len(words) > _MAX_GAP_WORDS or any(c in gap for c in ".؛:!؟"):
        return False
    if _NEXT_PERSON.search(gap):
        return False  # «محمد بن نايف ولي العهد، والأمير محمد بن سلمان»: the title closes the previous name
    # only a nationality may stand between («رئيس الوزراء العراقي مصطفى الكاظمي»)
    countries = [kb.country_of_adjective(w) for w in words]
    return all(countries) and (country is None or all(c == country for c in countries))


def tenure_cues(body: str, mentions: list[Any] | None = None) -> list[TenureCue]:
    """People named with a title of an office they held, not marked as former."""
    kb = _kb()
    if kb is None:
        return []
    # same length as the body, so mention offsets stay valid; U+0001 marks dropped diacritics
    text = normalize_keep_length(body)
    cues: list[TenureCue] = []
    seen: set[tuple[str, str, str | None]] = set()
    for s, e, ent_id in _candidates(text, kb, mentions or []):
        ent = kb.get(ent_id)
        if ent is None or not ent.roles:
            continue
        before = text[max(0, s - _TITLE_WINDOW):s].replace(PLACEHOLDER, "")
        after = text[e:e + 30].replace(PLACEHOLDER, "")
        if _FORMER.match(after) or _FORMER_BEFORE.search(before):
            continue
        name = body[s:e].strip(_PUNCT)
        if _COMMA_END.search(before) and text[s:s + 3] == "وال":
            continue  # «… ولي العهد، والأمير محمد»: «و» after the comma joins the next person, untitled
        counterpart = next((t for t in _counterparts() if _titled(before, t, kb)), None)
        roles = ent.roles
        if counterpart:
            # «نظيره» stands for the office of the one it is said of, named earlier in the sentence: only
            # the person's roles of that kind (round 31: a French counterpart of an interior minister, whose
            # knowledge-base entry holds only a later premiership, had dated a 2015 story to 2017)
            clause = _SENTENCE_START.split(text[max(0, s - _CLAUSE_WINDOW):s])[-1]
            roles = [r for r in roles if any(t in clause for t in _kind_titles(kb, r.office))]
        for role in roles:
            off = kb.offices.get(role.office) if getattr(kb, "offices", None) else None
            home = getattr(off, "country", None)
            title = counterpart or next((t for t in _office_titles(kb, role.office)
                                         if _titled(before, t, kb, country=home)), None)
            elect = False
            if title is None:
                title = next((t for t in _office_titles(kb, role.office)
                              if _titled(before, t, kb, elect=True, country=home)), None)
                elect = title is not None
            if title is None:
                continue
            # a counterpart word says "holds an office now": the union of the person's roles
            office = f"{ent_id} (counterpart)" if counterpart else role.office
            key = (ent_id, role.office, role.start)
            if key not in seen:
                seen.add(key)
                cues.append(TenureCue(ent_id, name, title, office, role.start, role.end, s, elect))
    return cues
