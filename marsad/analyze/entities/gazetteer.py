"""Knowledge-base gazetteer matching: longest match over normalized words, clitic-aware on the first word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from marsad.analyze.entities.lexicon import adjective_country, get_kb_safe
from marsad.analyze.entities.wordseq import WordSeq, first_word_variants
from marsad.text.memo import Memo
from marsad.text.normalize import normalize
from marsad.text.tokens import is_protected

MIN_SINGLE = 3  # single-word aliases shorter than this (normalized letters) are not matched


@dataclass
class Match:
    """A gazetteer hit: words [i, j) with the first word's clitic letters skipped.

    ``end`` may reach past word ``j - 1`` over a nationality of the organization's own country
    («حزب الوفد المصري», «جهاز مكافحة الإرهاب العراقي»): the linked mention covers it, so the actor
    phrase of a head noun inside the name («الوفد المصري» a delegation) is not the longer span; the
    tagger's features keep to words [i, j).
    """

    i: int
    j: int
    start: int
    end: int
    ids: list[str]
    weak: bool = False  # a common word (القائم) or an article-dropped form (الحماس → حماس): needs context
    merged_lam: bool = False  # read as ل + ال + a word in ل («للجنة» = ل + اللجنة): linked, but no tagger feature


_FIRST: dict[int, dict[str, int]] = {}
_PAIRS: list[frozenset[str]] = [frozenset()]  # the first two words of every alias of two words or more


def _first_words(kb: object) -> dict[str, int]:
    """First word of any alias (also with ال added) → the most words an alias starting with it has."""
    got = _FIRST.get(id(kb))
    if got is None:
        got = {}
        pairs = set()
        for alias in kb.alias_index():  # type: ignore[attr-defined]
            words = alias.split()
            for first in (words[0], "ال" + words[0]):
                if got.get(first, 0) < len(words):
                    got[first] = len(words)
            if len(words) > 1:
                pairs.add(words[0] + " " + words[1])
        _FIRST.clear()
        _STARTS.clear()
        _FIRST[id(kb)] = got
        _PAIRS[0] = frozenset(pairs)
    return got


def _may_continue(first: str, second: str) -> bool:
    """False when no alias of two words or more can start «first second», as read or without ال (see ``_lookup``)."""
    pairs = _PAIRS[0]
    return first + " " + second in pairs or (first.startswith("ال") and first[2:] + " " + second in pairs)


def _variants(norm: str) -> tuple[tuple[str, int, int], ...]:
    """(form, letters skipped, fewest alias words) of a first word: clitic forms, and ب/ل/ك on a bare noun.

    لجامعة الدول العربية, بحركة حماس: a preposition on an indefinite (construct) noun is peeled only
    for aliases of two words or more, where the following words confirm the reading.
    """
    out = [(f, k, 1) for f, k in first_word_variants(norm)]
    if len(norm) > 4 and norm[0] in "وف" and norm[1] in "بلك" and norm[2:4] != "ال":
        out.append((norm[2:], 2, PLACE_ONLY if norm[1] in "بل" and norm[2] != "ل" else 2))
    elif len(norm) > 3 and norm[0] in "بلك" and norm[1:3] != "ال":
        out.append((norm[1:], 1, PLACE_ONLY if norm[0] in "بل" and norm[1] != "ل" else 2))
    out.extend(_short_first_word(norm))
    return tuple(out)


def _short_first_word(norm: str) -> list[tuple[str, int, int]]:
    """Clitic forms whose rest is a two-letter word (وتل أبيب، بأم درمان، وبحي المزة), for aliases of 2+ words.

    The peeling above keeps at least three letters, the floor for a one-word alias; a two-letter
    first word (تل، أم، حي، سد، بن، ذي) is never a one-word alias, so here the following words of
    the alias confirm the reading. A و/ف that belongs to the word (وجه، فتح) is kept.
    """
    conj = norm[:1] in ("و", "ف") and not is_protected(norm)
    if len(norm) == 3 and (conj or norm[0] in "بلك"):
        return [(norm[1:], 1, 2)]
    if len(norm) == 4 and conj and norm[1] in "بلك":
        return [(norm[2:], 2, 2)]
    return []


PLACE_ONLY = 0  # ``least`` of a peeled preposition: one-word aliases allowed, but only places and countries


@lru_cache(maxsize=1)
def _never_peeled() -> frozenset[str]:
    from marsad.analyze.entities.lexicon import load_data

    return frozenset(normalize(w) for w in load_data("ner_cues.json")["never_peeled"])


def _place_ids(ids: list[str], kb: object) -> list[str]:
    return [i for i in ids if (e := kb.get(i)) is not None and e.type in ("place", "country")]  # type: ignore[attr-defined]


_FIRSTS: list[dict[str, int]] = [{}]  # the alias first words of the KB ``_STARTS`` was computed for
_TAILS: list[frozenset[str]] = [frozenset()]  # those first words, also without a leading ا or ال


def _tails(firsts: dict[str, int]) -> frozenset[str]:
    """The alias first words, and each without its leading ا or ال: what a word less its clitics must be among."""
    return frozenset(firsts).union([f[1:] for f in firsts if f.startswith("ا")],
                                   [f[2:] for f in firsts if f.startswith("ال")])


def _compute_starts(norm: str) -> tuple[tuple[str, int, int, int], ...]:
    """(first-word form, clitic letters skipped, most and fewest alias words) of each form of ``norm`` that starts an alias."""
    firsts = _FIRSTS[0]
    # Every form ``_variants`` makes is the word, or the word less one or two letters with or without
    # ا/ال put before: when none of these starts an alias (most words), the answer is known without
    # building the variants (once per distinct word, but most of a new sample's words are new).
    tails = _TAILS[0]
    if norm not in firsts and norm[1:] not in tails and norm[2:] not in tails:
        return ()
    return tuple((f, k, firsts[f], least) for f, k, least in _variants(norm)
                 if firsts.get(f, 0) >= max(least, 1) and (least != PLACE_ONLY or norm not in _never_peeled()))


STARTS_GENERATION = 150_000  # words per generation of the memo below (at most twice as many kept)
_STARTS: Memo[str, tuple[tuple[str, int, int, int], ...]] = Memo(_compute_starts, STARTS_GENERATION)


def _lookup(key: str, index: dict[str, list[str]], kb: object, common: set[str]) -> tuple[list[str] | None, bool]:
    """(ids, weak) for an alias key; a one-word key may drop its article unless it is a nisba adjective.

    السورية is "the Syrian (f.)", not the country سورية: the article-less fallback is refused
    for words the KB knows as nationality adjectives. ``weak`` marks a hit that is also an
    everyday word (``extra.common_words``) or a one-word hit found only by dropping the article
    (المالية is "the financial", not the Maldivian capital ماليه): those need context.
    """
    ids = index.get(key)
    if ids:
        return ids, key in common
    if key.startswith("ال") and len(key) > 4:
        if " " not in key and adjective_country(kb, key):
            return None, False
        return index.get(key[2:]), " " not in key
    return None, False


def match(ws: WordSeq) -> list[Match]:
    """Non-overlapping longest KB alias matches in a sentence, left to right."""
    kb = get_kb_safe()
    if kb is None:
        return []
    index = kb.alias_index()
    common = kb.common_words()
    firsts = _first_words(kb)
    if firsts is not _FIRSTS[0]:  # another KB than the memo's
        _STARTS.clear()
        _FIRSTS[0] = firsts
        _TAILS[0] = _tails(firsts)
    out: list[Match] = []
    n = len(ws)
    punct = ws.punct
    norm = ws.norm
    # Most words start no alias: find the ones that may, then scan only those, left to right.
    sts = _STARTS.many(norm)
    i = 0
    for at in compress(count(), sts):  # the words that may start an alias
        if at < i or punct[at]:  # inside the previous hit, or punctuation
            continue
        i = at
        hit = None
        for first, k, maxw, least in sts[at]:
            longest = min(maxw, n - i)
            if longest > 1 and not _may_continue(first, norm[i + 1]):
                longest = 1  # every longer key would miss: skip building and looking them up
            for length in range(longest, max(least, 1) - 1, -1):
                if length == 1 and len(first) < MIN_SINGLE:
                    continue
                if any(punct[i + 1 : i + length]):
                    continue
                key = first + (" " + " ".join(norm[i + 1 : i + length]) if length > 1 else "")
                ids, weak = _lookup(key, index, kb, common)
                if ids and least == PLACE_ONLY and length == 1:
                    ids = None if weak else (_place_ids(ids, kb) or None)
                if ids and (hit is None or length > hit.j - hit.i):
                    hit = Match(i, i + length, ws.char_after_letters(i, k), ws.spans[i + length - 1][1], ids, weak,
                                k > 0 and first.startswith("ال") and norm[i][k - 1 : k + 1] == "لل")
                    break
        if hit:
            out.append(hit)
            i = hit.j
    if any(len(h.ids) > 1 for h in out):
        _settle_shared(ws, out, kb)
    kept = [h for h in out if not _foreign_namesake(ws, h, out, kb)]
    _own_nationality(ws, kept, kb)
    return kept


_ORG_TYPES = frozenset({"org", "group", "outlet"})


def _own_nationality(ws: WordSeq, out: list[Match], kb: object) -> None:
    """Stretch ``end`` of an organization's hit over a following nationality of its own country (in place)."""
    starts = {h.i: h for h in out}
    n = len(ws)
    for h in out:
        j = h.j
        if h.weak or j >= n or ws.punct[j] or not ws.norm[j].startswith("ال"):
            continue
        ent = kb.get(h.ids[0])  # type: ignore[attr-defined]
        if ent is None or ent.type not in _ORG_TYPES or not ent.country:
            continue
        nxt = starts.get(j)  # «السعودية» is also the country's name: only that one-word hit may follow
        if nxt is not None and (nxt.j != j + 1 or nxt.ids[0] != ent.country):
            continue
        if adjective_country(kb, ws.norm[j]) == ent.country:
            h.end = ws.spans[j][1]


# Shared aliases (عمان: Oman and Amman; طرابلس: Tripoli of Libya and of Lebanon) ------------------

_MARKS = re.compile("[\u064b-\u0652]")


def _marked(text: str) -> list[tuple[str, frozenset[str]]]:
    """(letter, its diacritics) of a written form, tatweel dropped: «عمّان» → [(ع, {}), (م, {ّ}), (ا, {}), (ن, {})]."""
    out: list[tuple[str, set[str]]] = []
    for ch in text.replace("\u0640", ""):
        if _MARKS.match(ch):
            if out:
                out[-1][1].add(ch)
        else:
            out.append((ch, set()))
    return [(c, frozenset(m)) for c, m in out]


def _spelled_as(written: str, alias: str) -> bool:
    """True when the diacritics written on a name all agree with a vocalized alias (عمّان with عَمّان, not عُمان)."""
    a, b = _marked(written), _marked(alias)
    return len(a) == len(b) and all(normalize(x) == normalize(y) and mx <= my for (x, mx), (y, my) in zip(a, b, strict=True))


def _country_of_ent(ent: object) -> str | None:
    return ent.id if ent.type == "country" else ent.country  # type: ignore[attr-defined]


def _settle_shared(ws: WordSeq, out: list[Match], kb: object) -> None:
    """Narrow a place alias two places share to the one the sentence itself points to (in place).

    - the diacritics as written: «عمّان» (shadda) is Amman, «عُمان» is Oman, when only one
      candidate lists a vocalized alias they agree with;
    - else the countries the rest of the sentence names — another unambiguous hit (a country, a
      place, a person, an outlet: «عمان-بترا», «مسقط») or a nationality adjective («العاصمة
      الأردنية عمان», «الوزير العماني»): kept when exactly one candidate's country is among them.

    Only aliases all of whose candidates are places or countries; otherwise the document decides
    (``context.prefer``) and the first candidate (the country) is the default.
    """
    named: set[tuple[str, int]] | None = None
    for h in out:
        if len(h.ids) < 2:
            continue
        ents = [e for e in (kb.get(i) for i in h.ids) if e is not None]  # type: ignore[attr-defined]
        if len(ents) < 2 or any(e.type not in ("place", "country") for e in ents):
            continue
        written = ws.text[h.start - ws.offset : h.end - ws.offset]
        if _MARKS.search(written):
            agree = [e for e in ents if any(_MARKS.search(n) and _spelled_as(written, n) for n in e.names_ar)]
            if len(agree) == 1:
                h.ids = [agree[0].id]
                continue
        if named is None:
            named = _sentence_countries(ws, out, kb)
        near = {c for c, at in named if at != id(h)}
        pick = [e for e in ents if _country_of_ent(e) in near]
        if len(pick) == 1:
            h.ids = [pick[0].id]


def _sentence_countries(ws: WordSeq, out: list[Match], kb: object) -> set[tuple[str, int]]:
    """(country, ``id`` of the hit it comes from, 0 for an adjective) for what a sentence names: unambiguous strong hits and nationality adjectives."""
    got: set[tuple[str, int]] = set()
    covered: set[int] = set()
    for h in out:
        covered.update(range(h.i, h.j))
        if h.weak:
            continue
        isos = {_country_of_ent(e) for e in (kb.get(i) for i in h.ids) if e is not None}  # type: ignore[attr-defined]
        if len(isos) == 1 and None not in isos:
            got.add((isos.pop(), id(h)))
    for k, w in enumerate(ws.norm):
        if k not in covered and len(w) >= 4 and (iso := adjective_country(kb, w)):
            got.add((iso, 0))
    return got


# A descriptive name of one country's body used for another's («الاتحاد العام للشغل في الأرجنتين») -----

GENERIC_HEADS = frozenset(normalize(w) for w in (
    "اتحاد", "نقابة", "حزب", "جبهة", "مجلس", "هيئة", "جمعية", "رابطة", "كونفدرالية", "حركة", "تجمع", "تحالف"))


def _foreign_namesake(ws: WordSeq, h: Match, out: list[Match], kb: object) -> bool:
    """True for a descriptive organisation name of country X that the sentence places in country Y ≠ X.

    «الاتحاد العام للشغل» is the Tunisian UGTT, but «الاتحاد العام للشغل في الأرجنتين» is
    Argentina's CGT: a name made only of a generic head (اتحاد، حزب، نقابة …) and common words,
    with no proper name or nationality in it, is a description that fits bodies of many countries,
    and the country the sentence puts it in says whose. The hit is dropped: the phrase stays
    unlinked (no TUN-LAB) rather than linked to the namesake. Y is read from
    - «في <Y>» or «ب<Y>» right after the name;
    - a nationality adjective of Y right after it («حزب العدالة والتنمية المغربي»);
    - «في <Y>» or «ب<Y>» (a country by name) elsewhere in the sentence, when the sentence names
      nothing of X (no country, place, person or adjective of X): «شلّ إضراب دعا إليه الاتحاد العام
      للشغل حركة النقل في الأرجنتين». A place of Y is not enough («… يدين القصف في غزة»).
    Only organisations of a country: armed groups (حزب الله في سوريا), military bodies that act
    abroad («التحالف العربي» in Yemen, SAU-MIL), companies (a brand: «الاتحاد للطيران» flies to
    Italy), bodies without a country and names with a nationality (الحزب الشيوعي الصيني) keep
    their link, and so does the body's own country (… في تونس).
    """
    ents = [e for e in (kb.get(i) for i in h.ids) if e is not None]  # type: ignore[attr-defined]
    if not ents or any(e.type != "org" or not e.country or (e.code or "").endswith(("-MIL", "-BUS")) for e in ents):
        return False
    words = ws.norm[h.i : h.j]
    heads = {f[2:] if f.startswith("ال") else f for f, _ in first_word_variants(words[0])}
    if not heads & GENERIC_HEADS or any(adjective_country(kb, w) for w in words):
        return False
    own = {e.country for e in ents}
    if h.j < len(ws) and len(ws.norm[h.j]) >= 4 and (adj := adjective_country(kb, ws.norm[h.j])):
        return adj not in own
    located = {(c, o.i) for o in out if o is not h for c in _located_country(ws, o, kb)}
    if any(i == h.j or (i == h.j + 1 and ws.norm[h.j] == "في") for _, i in located):
        return not {c for c, i in located if i in (h.j, h.j + 1)} & own
    if not located or {c for c, _ in located} & own:
        return False
    return not {c for c, at in _sentence_countries(ws, out, kb) if at != id(h)} & own


def _located_country(ws: WordSeq, o: Match, kb: object) -> list[str]:
    """The country a hit names as a place things happen in: «في الأرجنتين», «بالأرجنتين» (else none)."""
    if o.weak or len(o.ids) != 1:
        return []
    ent = kb.get(o.ids[0])  # type: ignore[attr-defined]
    if ent is None or ent.type != "country":
        return []
    skipped = ws.raw[o.i][: o.start - ws.spans[o.i][0]]
    if "ب" in skipped or (o.i > 0 and ws.norm[o.i - 1] in ("في", "وفي", "ففي")):
        return [ent.id]
    return []


def clear() -> None:
    """Forget cached KB-derived values."""
    _FIRST.clear()
    _STARTS.clear()
    _PAIRS[0] = frozenset()
