"""When a weak gazetteer hit may stand: an alias that is also an everyday word needs context to be a name.

«القائم بأعمال السفارة» (the chargé d'affaires) and «وزارة المالية» (finance) are not the town of
al-Qaim or the Maldivian capital; «اشتباكات في القائم» in a news story about Iraq is the town.
A weak hit (``Match.weak``) is kept when any of these holds:

- the CRF tags an overlapping span with the entity's kind;
- the document names the same entity with a strong (non-weak) alias (حركة حماس … حماس);
- a cue of the entity's kind comes right before: a place word (بلدة، قضاء، محافظة …), a title
  before a person (الرئيس روحاني), a group word before an organization (مقاتلو حماس);
- for people and groups, the document names their country («الأسد» in a story that names Syria);
- for places, a preposition before (في، من، إلى, or ب/ل on the word) when the document also names
  the place's country (a country, one of its places, or its nationality adjective), or the
  sentence names a neighbouring country: «اشتباكات في القائم قرب الحدود السورية».
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad.analyze.entities import cues
from marsad.analyze.entities.gazetteer import Match
from marsad.analyze.entities.lexicon import get_kb_safe, load_data
from marsad.analyze.entities.wordseq import WordSeq
from marsad.text.normalize import normalize

MAX_TITLE_WORDS = 4  # a title before a person is at most this many words (الفريق أول الركن)
PREP_CLITICS = "بل"
MIN_ADJECTIVE = 4  # shorter words are never nationality adjectives (cues.country_of refuses them too)  # a preposition written on the word itself (بالقائم، للقائم)


@lru_cache(maxsize=1)
def cue_words() -> dict[str, frozenset[str]]:
    """Normalized place cues, prepositions and organization cues from ``context_cues.json``."""
    d = load_data("context_cues.json")
    return {k: frozenset(normalize(w) for w in d[k]) for k in ("place_cues", "prepositions", "org_cues")}


@dataclass
class DocContext:
    """What a whole document says for sure: strongly named entity ids and the countries they imply."""

    strong: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    wss: list[WordSeq] = field(default_factory=list)
    _adjectives_done: bool = False

    def has_country(self, iso: str | None, *, near_ok: bool = True) -> bool:
        """True when the document names this country (or a neighbour if ``near_ok``) by name, a place or an adjective."""
        if not iso:
            return False
        kb = get_kb_safe()
        near = {iso, *(kb.neighbours(iso) if kb is not None and near_ok else ())}
        if near & self.countries:
            return True
        if not self._adjectives_done:
            self._adjectives_done = True
            words = {w for ws in self.wss for w in ws.norm if len(w) >= MIN_ADJECTIVE}
            self.countries.update(c for c in map(cues.country_of, words) if c)
        return bool(near & self.countries)


def document_context(wss: list[WordSeq], matches: list[list[Match]], choose: Any) -> DocContext:
    """Strong entity ids and their countries over a document's gazetteer matches."""
    ctx = DocContext(wss=wss)
    for ms in matches:
        for m in ms:
            if m.weak:
                continue
            ent = choose(m.ids)
            if ent is None:
                continue
            ctx.strong.add(ent.id)
            iso = ent.id if ent.type == "country" else ent.country
            if iso and len(m.ids) == 1:  # an ambiguous alias (الجوف) says nothing about the country
                ctx.countries.add(iso)
    return ctx


def prefer(ids: list[str], ctx: DocContext | None) -> list[str]:
    """Alias candidates reordered so entities of a country the document names come first (الجوف in a Saudi story)."""
    kb = get_kb_safe()
    if ctx is None or len(ids) < 2 or kb is None or not ctx.countries:
        return ids

    def named(i: str) -> bool:
        ent = kb.get(i)
        return ent is not None and (ent.id if ent.type == "country" else ent.country) in ctx.countries

    return sorted(ids, key=lambda i: not named(i))


def _title_before(ws: WordSeq, i: int) -> bool:
    """True when a title phrase from titles.json ends right before word ``i``."""
    for k in range(max(0, i - MAX_TITLE_WORDS), i):
        t = cues.match_phrase(ws, k, cues.titles())
        if t and k + t[0] == i:
            return True
    return False


def _prep_before(ws: WordSeq, m: Match) -> bool:
    """True when a preposition stands before the hit, as a word or as a clitic on it (بالقائم)."""
    skipped = ws.raw[m.i][: m.start - ws.spans[m.i][0]]
    if any(c in PREP_CLITICS for c in skipped):
        return True
    return m.i > 0 and ws.norm[m.i - 1] in cue_words()["prepositions"]


def _sentence_names_neighbour(ws: WordSeq, iso: str | None) -> bool:
    """True when the sentence itself names a country bordering ``iso`` (في القائم قرب الحدود السورية)."""
    kb = get_kb_safe()
    near = set(kb.neighbours(iso)) if kb is not None and iso else set()
    if not near:
        return False
    for w in ws.norm:
        if len(w) < MIN_ADJECTIVE:
            continue
        c = cues.country_of(w)
        if c is None:
            c = next((e.id for e in kb.lookup_token(w) if e.type == "country"), None)  # type: ignore[union-attr]
        if c in near:
            return True
    return False


def accusative_adjective(prev: str, word: str) -> bool:
    """A word in «ـا» right after an indefinite noun in «ـا» (both normalized) agrees with it as an adjective:
    «دعما جويا» (air support) is not the village of Jwaya, whatever the tagger says."""
    return word.endswith("ا") and len(prev) >= 3 and prev.endswith("ا") and not prev.startswith("ال")


def _accusative_adjective(ws: WordSeq, m: Match) -> bool:
    return m.i > 0 and accusative_adjective(ws.norm[m.i - 1], ws.norm[m.i])


def keep_weak(ws: WordSeq, m: Match, ent: Any, kind: str, crf_spans: list[tuple[int, int, str]],
              ctx: DocContext | None) -> bool:
    """Whether a weak gazetteer hit is a name here (see the module docstring for the rules)."""
    if _accusative_adjective(ws, m):
        return False
    if any(k == kind and s < m.end and m.start < e for s, e, k in crf_spans):
        return True
    if ctx is not None and ent.id in ctx.strong:
        return True
    prev = ws.norm[m.i - 1] if m.i > 0 else ""
    words = cue_words()
    if kind == "LOC":
        if prev in words["place_cues"]:
            return True
        iso = ent.id if ent.type == "country" else ent.country
        if ctx is None or "\u064b" in ws.raw[m.i] or not _prep_before(ws, m):
            return False  # tanween (دومًا، بيتًا) marks an adverb or a common noun, never a place name
        return ctx.has_country(iso, near_ok=False) or _sentence_names_neighbour(ws, iso)
    if kind == "PERS" and m.i > 0 and _title_before(ws, m.i):
        return True
    if kind == "ORG" and prev in words["org_cues"]:
        return True
    # a person or group of a country the story is about: «الأسد» in a story that names Syria
    return kind in ("PERS", "ORG") and ctx is not None and ctx.has_country(ent.country, near_ok=False)
