"""What the sentence says about an event: modality, attribution, casualties, and place.

- modality: denied («لم», «نفى»), claimed («زعم», «تبنى», «أعلن التنظيم»), planned
  («من المقرر», «يعتزم», «سوف», the future prefix «سـ»), else asserted;
- attribution: who says so («قالت الوزارة», «وفق سانا», «بحسب مصادر»);
- dead/injured: «مقتل 10», «سقوط 3 قتلى و5 جرحى», «مقتل عشرة عسكريين»;
- location: «في/بـ + place» (or «بمحافظة X») looked up in the knowledge base.
"""

from __future__ import annotations

from typing import Any

from marsad.analyze.events.actors import Chunk
from marsad.analyze.events.detect import Hit
from marsad.analyze.events.lexicon import Lexicon, key_of
from marsad.analyze.events.morph import Word
from marsad.model import Location

NEGATION_WINDOW = 2
NOUN_NEGATION_WINDOW = 5  # «لم تشهد العاصمة أي احتجاجات»
FOILED_WINDOW = 5  # words back from an attack to «كانت تخطط لتنفيذ»


def _seq_at(ws: list[Word], i: int, key: tuple[str, ...], prefix_only: bool = False) -> bool:
    if i < 0 or i + len(key) > len(ws):
        return False
    if prefix_only:  # «ونقلها الفياض» is no «نقل» of a report
        return all(key[j] in ws[i + j].bases[:ws[i + j].npre] for j in range(len(key)))
    return all(key[j] in ws[i + j].bset for j in range(len(key)))


_POSITIONS: dict[int, tuple[list[Word], dict[str, list[int]]]] = {}


def _positions(ws: list[Word]) -> dict[str, list[int]]:
    """Word form → positions in the sentence (cached for the sentence being processed)."""
    cached = _POSITIONS.get(id(ws))
    if cached is not None and cached[0] is ws:
        return cached[1]
    index: dict[str, list[int]] = {}
    for w in ws:
        for b in (*w.bases, w.text):
            lst = index.setdefault(b, [])
            if not lst or lst[-1] != w.i:
                lst.append(w.i)
    _POSITIONS.clear()
    _POSITIONS[id(ws)] = (ws, index)
    return index


def _find(ws: list[Word], keys: list[tuple[str, ...]], lo: int = 0, hi: int | None = None) -> int | None:
    hi = len(ws) if hi is None else min(hi, len(ws))
    index = _positions(ws)
    best = None
    for k in keys:
        for i in index.get(k[0], ()):
            if lo <= i < hi and (best is None or i < best) and _seq_at(ws, i, k):
                best = i
                break
    return best


OUTCOME_SUBJECT_REACH = 2  # words from the outcome verb to its subject noun («لم تسفر المفاوضات»)


def _failed_outcome(ws: list[Word], i: int, hit: Hit, cues: dict) -> bool:
    """«لم تسفر المفاوضات عن اتفاق»: the negation denies what the talks yielded, not that they took place."""
    if hit.trigger.pos == "verb" or hit.verbal or i + 1 >= hit.start:
        return False
    return ws[i + 1].text in cues.get("outcome_verbs", frozenset()) and hit.start - (i + 1) <= OUTCOME_SUBJECT_REACH


def _determined(ws: list[Word], hit: Hit, cues: dict) -> bool:
    """«لم يتلق الأردن أي طلب رسمي»: a verb form right after «أي» is a noun, so a negation further back reaches it."""
    return hit.start > 0 and ws[hit.start - 1].text in {k[0] for k in cues.get("noun_determiners", [])}


def modality(ws: list[Word], hit: Hit, lex: Lexicon, claimer_is_group: bool = False) -> str:
    """asserted | planned | claimed | denied for the event at ``hit``."""
    cues = lex.cues["modality"]
    neg = [k for k in cues["negators"] if len(k) == 1]
    window = NOUN_NEGATION_WINDOW if hit.trigger.pos != "verb" or _determined(ws, hit, cues) else NEGATION_WINDOW
    refused = hit.trigger.id.endswith(":refused")  # «لن تتفاوض»: the «لن» makes the refusal, it denies nothing
    rel_heads = {k[-1] for k in cues.get("relative_ma_heads", [])}
    for i in range(max(0, hit.start - window), hit.start):
        if not refused and any(ws[i].text == k[0] for k in neg) and not any(ws[k].gap for k in range(i + 1, hit.start + 1)) \
                and not (ws[i].text == "ما" and i > 0 and ws[i - 1].text in rel_heads) \
                and not _failed_outcome(ws, i, hit, cues):  # «وهو ما انتقدته»: a relative
            return "denied"
    denial = _find(ws, cues["denied"], 0, hit.start)
    if denial is not None and _find(ws, cues.get("denial_turn", []), denial + 1, hit.start + 1) is None:
        return "denied"  # «نفى أن يكون قد استهدف مدرسة، مؤكداً أن طائراته قصفت مركز قيادة»: the strike it owns is news;
        # the turn may be the trigger itself («نفت … واتهمت الحزب»: the accusation is asserted)
    if hit.trigger.type not in lex.cues["foil_spared_types"] and _find(ws, cues.get("foil_words", []), 0, hit.start) is not None:
        return "denied"  # «أحبطت هجوما»: the attack never happened; «… واعتقلت منفذيه»: the arrest did
    foiled = cues.get("foiled", [])
    if hit.trigger.violent and _find(ws, foiled, max(0, hit.start - FOILED_WINDOW), hit.start) is not None:
        return "denied"  # «خلية كانت تخطط لتنفيذ تفجيرات»: a plot broken up, no attack
    if _find(ws, cues["claimed"]) is not None or claimer_is_group:
        return "claimed"
    if hit.trigger.pos == "verb" and "س" in hit.prefix.replace("ال", "") and ws[hit.start].text[:1] in "س":
        return "planned"
    if ws[hit.start].text.startswith(("سي", "ست", "سن")) and hit.trigger.pos == "verb":
        return "planned"
    if _find(ws, cues["planned"], 0, hit.start) is not None:
        return "planned"
    if _find(ws, _coming_free(ws, cues["planned"], hit.end, hit.end + 4), hit.end, hit.end + 4) is not None and \
            _find(ws, foiled, hit.end, hit.end + 5) is None:  # «القبض على خلية كانت تخطط …»: the cell's plan
        return "planned"
    return "asserted"


COMING_FROM = frozenset({"من", "عبر"})  # «مسيرة قادمة من سوريا»: arriving from a place, not «الأسبوع القادم»


def _coming_free(ws: list[Word], keys: list[tuple[str, ...]], lo: int, hi: int) -> list[tuple[str, ...]]:
    """The planned cues less the one-word ones used in ``lo:hi`` without the article before «من/عبر».

    «طائرات مسيرة قادمة من الأراضي السورية»: an indefinite «قادمة من» tells where the drones came from; only
    «القادم/المقبل» with the article dates a future event.
    """
    coming = [ws[i] for i in range(lo, min(hi, len(ws) - 1))
              if not ws[i].text.startswith("ال") and ws[i + 1].text in COMING_FROM]
    return [k for k in keys if not (len(k) == 1 and any(k[0] in w.bset for w in coming))]


HEADLINE_VERB_PREFIXES = ("ت", "ي")  # a present-tense verb right after a headline's first phrase
GOVERNING_PREFIXES = ("بال", "لل", "وبال")  # «في بيان مشترك بالعملية الإسرائيلية»: a complement, not the speaker


STATEMENT_NOUNS = frozenset({"بيان", "بيانا"})  # the attribution keys that are a statement, not a speaking verb


def _statement_by(ws: list[Word], c: Chunk, lex: Lexicon) -> bool:
    """«بحسب بيان لسرايا القدس»: a «لـ» phrase right after a statement word is who speaks."""
    return c.prep == "ل" and c.start > 0 and ws[c.start - 1].text in lex.cues["statement_words"]


def _trigger_verb(w: Word, lex: Lexicon) -> bool:
    """A one-word event verb («يدين»): «بياناً يدين الهجوم الإسرائيلي» says what the statement does, not whose."""
    return any(len(key) == 1 and trig.pos == "verb" for b in w.bset for key, trig in lex.trigger_index.get(b, ()))


def _statement_object(ws: list[Word], chunks: list[Chunk], i: int, lex: Lexicon) -> bool:
    """«رفضت إيران بيان مجلس التعاون»: a bare statement noun right after the subject is what is rejected or
    condemned, not a citation («في بيان لمجلس التعاون», «وفق بيان»)."""
    return ws[i].text in lex.cues["statement_words"] and not ws[i].gap.strip() and \
        any(c.end == i and not c.prep and c.start > 0 for c in chunks)


def attribution(ws: list[Word], chunks: list[Chunk], text: str, offset: int, lex: Lexicon) -> tuple[str | None, Chunk | None]:
    """The source the sentence cites («قالت الوزارة», «وفق سانا»), and its actor phrase if any."""
    stop = lex.cues["attribution_stop"]
    index = _positions(ws)
    order = {k: n for n, k in enumerate(lex.cues["attribution"])}
    starts = sorted({(i, k) for k in lex.cues["attribution"] for i in index.get(k[0], ())},
                    key=lambda x: (x[0], order[x[1]]))
    for i, k in starts:
        if not _seq_at(ws, i, k, prefix_only=True):
            continue
        if _statement_object(ws, chunks, i, lex):
            continue
        j = i + len(k)
        noun = k[-1] in STATEMENT_NOUNS  # «اتهمت حماس، في بيان صحفي، نتنياهو بعرقلة …»: past a comma, the object
        ch = next((c for c in chunks if c.start >= j and c.start - j <= 2 and (not c.prep or _statement_by(ws, c, lex))
                   and not any(ws[g].text.startswith(GOVERNING_PREFIXES) or _trigger_verb(ws[g], lex)
                               for g in range(j, c.start))
                   and not (noun and any(p in ws[g].gap for g in range(j, c.start + 1) for p in "،,"))), None)
        if ch is not None:
            end = ch.end
            while end < len(ws) and end - ch.end < 2 and ws[end].text not in stop and not ws[end].gap:
                end += 1  # «وزارة الصحة», «مصادر طبية»: the unknown rest of the name
            return text[ch.char_start - offset:ws[end - 1].end - offset], ch
        end = j
        while end < len(ws) and end - j < 4 and ws[end].text not in stop and not (end > j and ws[end].gap):
            end += 1
        if end > j:
            return text[ws[j].start - offset:ws[end - 1].end - offset], None
    return None, None


def _number_near(ws: list[Word], i: int, lex: Lexicon) -> int | None:
    """The count next to a casualty word: before a count noun («3 قتلى»), after a verbal noun («مقتل 10»)."""
    nums = lex.cues["numbers"]
    order = (i - 1, i + 1) if ws[i].bset & lex.cues["count_nouns"] else (i + 1, i + 2)
    for j in order:
        if 0 <= j < len(ws):
            w = ws[j]
            digits = w.text.lstrip("وفب")
            if digits.isdigit():
                return int(digits)
            for b in w.bases:
                if b in nums:
                    return nums[b]
            if j + 1 < len(ws) and f"{w.text} {ws[j + 1].text}" in nums:
                return nums[f"{w.text} {ws[j + 1].text}"]
    return None


def casualties(ws: list[Word], lex: Lexicon) -> tuple[int | None, int | None]:
    """(dead, injured) counts stated in the sentence, or None."""
    dead = injured = None
    for i, w in enumerate(ws):
        b = w.bset  # the candidate forms as a set (the surface form is always among them)
        if b & lex.cues["dead"] and dead is None:
            dead = _number_near(ws, i, lex)
        elif b & lex.cues["injured"] and injured is None:
            injured = _number_near(ws, i, lex)
    return dead, injured


def _pick_place(info: dict | None, chunks: list[Chunk], at: Any, places: dict) -> dict | None:
    """Among places sharing a name, the one in a country the sentence's other actors belong to.

    «المعارك بين قوات حفتر وقوات الوفاق جنوب طرابلس» is Libya's Tripoli, «طرابلس شمال لبنان»
    Lebanon's (another unambiguous place counts, an ambiguous one does not); with no such
    clue the better-known place (listed first) stands.
    """
    if not info or not info.get("alts"):
        return info
    countries = {str(it.value).split("-")[0] for c in chunks for m in c.members for it in m.items
                 if it is not at and it.value and (it.kind != "place" or not places.get(it.key, {}).get("alts"))}
    return next((p for p in (info, *info["alts"]) if p.get("country") in countries), info)


def location(ws: list[Word], chunks: list[Chunk], lex: Lexicon, text: str = "",
             offset: int = 0) -> tuple[Location | None, Chunk | None]:
    """The place introduced by «في/بـ/قرب…» (or after «مدينة/محافظة…»); else the first place named.

    ``text`` is the sentence (its first character at document offset ``offset``); the
    location's text is the place name as written there.
    """
    heads = lex.cues["location_heads"]
    lpreps = {" ".join(k) for k in lex.cues["location_preps"]}
    best: tuple[int, Chunk] | None = None
    for c in chunks:
        if not c.has_kind("place", "country") or not c.is_named_place_only:
            continue
        score = 1
        prev = ws[c.start - 1] if c.start > 0 else None
        if c.prep in lpreps:
            score = 3
        elif prev is not None and (set(prev.bases) & heads):
            score = 3
        elif c.prep in ("الي", "من"):
            score = 0
        if c.has_kind("place"):
            score += 1
        else:
            score -= 1
        if c.start == 0 and not c.prep and c.end < len(ws) and ws[c.end].text[:1] in HEADLINE_VERB_PREFIXES:
            score -= 1  # «لندن تعلن عقوبات على ميليشيات في السودان»: a headline's capital acts; the place comes later
        if best is None or score > best[0]:
            best = (score, c)
    if best is None or best[0] <= 0:
        return _inner_place(ws, chunks, lex, text, offset), None
    c = best[1]
    for m in c.members:
        for it in m.items:
            if it.kind in ("place", "country"):
                info = _pick_place(lex.places.get(it.key), chunks, it, lex.places)
                name = text[ws[it.start].start - offset:ws[it.end - 1].end - offset]
                if info:
                    return Location(text=name, entity=info.get("entity"), lat=info.get("lat"),
                                    lon=info.get("lon"), country=info.get("country")), c
                return Location(text=name, entity=it.value if it.kind == "country" else None,
                                country=it.value or None), c
    return None, None


def _inner_place(ws: list[Word], chunks: list[Chunk], lex: Lexicon, text: str, offset: int) -> Location | None:
    """A place inside an actor phrase after «في» («السفارة الأمريكية في بغداد»): where, when nothing else says.

    The phrase stays the actor (the embassy acts); only its place is lent to the event. The
    place may be a word of its own or the tail of a known name (the KB's embassy names).
    """
    for c in chunks:
        for k in range(c.start + 1, c.end - 1):
            if ws[k].text != "في":
                continue
            for j in range(c.end, k + 1, -1):
                key = key_of(text[ws[k + 1].start - offset:ws[j - 1].end - offset])
                info = _pick_place(lex.places.get(key), chunks, None, lex.places)
                if info:
                    name = text[ws[k + 1].start - offset:ws[j - 1].end - offset]
                    return Location(text=name, entity=info.get("entity"), lat=info.get("lat"),
                                    lon=info.get("lon"), country=info.get("country"))
    return None
