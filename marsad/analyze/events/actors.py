"""Actor phrases in a sentence and their CAMEO-style codes (country + sector, or a group id).

A phrase is a run of adjacent actor words (sector nouns, nisba adjectives, country and
place names, named groups and people): «وفد عسكري للنظام السوري» → SYR-MIL. Words
joined by «و» start a new member of a compound actor, except a nisba adjective, which
adds a country to the same member («وزيرا الداخلية السوري والعراقي» → SYR-GOV, IRQ-GOV).
Entity mentions from the entities stage (``doc.mentions``) override or add codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from marsad.analyze.entities.cues import pair_country
from marsad.analyze.events.case import OBL, has_article, known_words, word_case
from marsad.analyze.events.lexicon import (
    GENERIC_GROUP_CODES,
    Lexicon,
    article_place_keys,
    canonical_code,
    common_place_keys,
    get_lexicon,
)
from marsad.analyze.events.morph import Word

_NISBA_ENDINGS = (("يين", 2), ("يون", 2), ("يات", 2), ("يتين", 3), ("يتان", 3), ("يان", 2), ("يه", 1), ("يا", 1))
SECTOR_PRIORITY = {"GOV": 30, "CVL": 20, "MIL": 50, "COP": 45}
# «رئيس البرلمان العراقي»: an office title («رئيس») of a named parliament stays the parliament's (LEG, not GOV)
BODY_PRIORITY = {**SECTOR_PRIORITY, "LEG": 32}
NUN_ENDINGS = ("ون", "ين", "ان")  # sound plural and dual endings of a word not in construct
ANAPHOR = "@GROUP"
COMPOUND = "+"  # entity mentions join the codes of a compound actor («الجانبان»: SYR-MIL+IRQ-MIL)  # «التنظيم», «الجماعة»: resolved to the last named group of the document


@dataclass
class Item:
    """One matched actor word or multiword name."""

    start: int  # word index
    end: int  # exclusive
    kind: str  # sector | group | person | country | adj | place
    value: str  # code / ISO-3 / sector
    priority: int
    prefix: str = ""  # clitic prefix of the first word
    key: tuple[str, ...] = ()  # the lexicon key matched (for place look-up)
    noun: bool = False  # a plural nisba used as a noun («العراقيين»): people of that country


@dataclass
class Member:
    """One participant of a (possibly compound) actor phrase."""

    items: list[Item] = field(default_factory=list)

    def codes(self) -> list[str]:
        """Codes for this member: a group/person code, or each country joined with the best sector."""
        best_named = max((it for it in self.items if it.kind in ("group", "person")),
                         key=lambda it: it.priority, default=None)
        sectors = [it for it in self.items if it.kind == "sector" and it.value]
        sector = max(sectors, key=lambda it: it.priority).value if sectors else ""
        if not sector and self.items and self.items[0].kind == "adj" and self.items[0].noun:
            sector = "CVL"  # «تظاهر آلاف العراقيين»
        countries: list[str] = []
        for it in self.items:
            if it.kind in ("adj", "country") and it.value not in countries:
                countries.append(it.value)
        if not countries:
            for it in self.items:
                if it.kind == "place" and it.value and it.value not in countries:
                    countries.append(it.value)
                    break
        if best_named is not None:
            code = best_named.value
            if code in GENERIC_GROUP_CODES and countries and best_named.key not in get_lexicon().unplaced_keys:
                return [f"{countries[0]}-{code}"]  # «الهلال الأحمر القطري»: a Qatari NGO
            if "-" in code and sectors:
                top = max(sectors, key=lambda it: it.priority)
                if top.priority > BODY_PRIORITY.get(code.split("-", 1)[1], 0):
                    return [f"{code.split('-', 1)[0]}-{top.value}"]
            return [code, *_conjoined_nisbas(self.items, best_named, code)]
        if sector == ANAPHOR:
            return [ANAPHOR]
        if not countries:
            return [sector] if sector else []
        return [f"{c}-{sector}" if sector else c for c in countries]


def _conjoined_nisbas(items: list[Item], named: Item, code: str) -> list[str]:
    """«القوات الأمريكية والبريطانية»: a nisba joined by «و» after a national body shares its noun."""
    country, _, sector = code.partition("-")
    if not sector or sector not in SECTOR_PRIORITY:
        return []
    out: list[str] = []
    for it in items:
        if it.kind == "adj" and it.start >= named.end and it.prefix.startswith("و") and not it.noun and \
                it.value != country and f"{it.value}-{sector}" not in out:
            out.append(f"{it.value}-{sector}")
    return out


def _with_sector(mention: str, own: list[str]) -> str:
    """A linked mention's country with the phrase's own stronger sector.

    «رئيس المجلس العسكري في تشاد» links to Chad's head of state (TCD-GOV); the phrase itself
    says military council (MIL), which outranks GOV: TCD-MIL.
    """
    parts = mention.split("-")
    if len(own) != 1 or len(parts) != 2 or own[0] not in SECTOR_PRIORITY or parts[1] not in SECTOR_PRIORITY:
        return mention
    return f"{parts[0]}-{own[0]}" if SECTOR_PRIORITY[own[0]] > SECTOR_PRIORITY[parts[1]] else mention


@dataclass
class Chunk:
    """An actor phrase: word span, members, the preposition that introduces it."""

    start: int
    end: int
    members: list[Member]
    prep: str = ""  # standalone preposition word before it, or the clitic (ل/ب)
    text: str = ""
    char_start: int = 0
    char_end: int = 0
    mention_codes: list[str] = field(default_factory=list)
    appos: bool = False
    geo: bool = False  # «الحدود السورية والعراقية»: nisba adjectives of a geographic noun name a place
    foreign: bool = False  # «عمال أجانب»: foreigners are not the place's people


    @property
    def is_place(self) -> bool:
        """A place rather than an actor: only place names, or nisbas of a geographic noun."""
        if self.geo:
            return True
        return all(it.kind in ("place", "country") for m in self.members for it in m.items) and \
            any(it.kind == "place" for m in self.members for it in m.items)

    @property
    def is_nisba_only(self) -> bool:
        """Only nationality adjectives («الإسرائيلية»): a modifier of the noun before it."""
        items = [it for m in self.members for it in m.items]
        return bool(items) and all(it.kind == "adj" for it in items)

    @property
    def is_named_place_only(self) -> bool:
        """Only countries, places and nisba adjectives (a candidate location or visited country)."""
        return all(it.kind in ("place", "country", "adj") for m in self.members for it in m.items)

    def codes(self) -> list[str]:
        """Member codes; entity-mention codes win when this phrase alone gives no country or group."""
        out: list[str] = []
        for m in self.members:
            for c in m.codes():
                if c and c not in out:
                    out.append(c)
        specific = any("-" in c or c.isupper() and len(c) > 3 or self.has_kind("group", "person", "country", "adj")
                       for c in out)
        if self.mention_codes and not specific:
            if len(out) == 1 and self._own_sector_word():
                # «وزير الداخلية» linked to JOR-COP is a cabinet member (JOR-GOV); «ناشطين» linked to TUN-OPP are
                # civilians: the mention gives the country, the phrase's own word the sector
                isos = get_lexicon().isos
                return list(dict.fromkeys(f"{m.split('-')[0]}-{out[0]}" if m.split("-")[0] in isos else out[0]
                                          for m in self.mention_codes))
            return [_with_sector(m, out) for m in dict.fromkeys(self.mention_codes)]
        return out

    def _own_sector_word(self) -> bool:
        """Whether the phrase's sector comes from a word whose sector a linked mention may not change, and no word
        of the phrase says opposition («ناشطين معارضين»)."""
        keys = get_lexicon().own_sector_keys
        items = [it for m in self.members for it in m.items if it.kind == "sector"]
        return any(it.key in keys for it in items) and not any(it.value == "OPP" for it in items)

    @property
    def unplaced(self) -> bool:
        """Whether the phrase names an international NGO, which a place never makes a country's."""
        keys = get_lexicon().unplaced_keys
        return any(it.kind == "group" and it.key in keys for m in self.members for it in m.items)

    def sectors(self) -> set[str]:
        """The sector codes named in the phrase (MIL, GOV, …)."""
        return {it.value for m in self.members for it in m.items if it.kind == "sector" and it.value}

    def has_kind(self, *kinds: str) -> bool:
        """Whether any item of the phrase is of one of ``kinds``."""
        return any(it.kind in kinds for m in self.members for it in m.items)


def adjective_country(base: str, lex: Lexicon | None = None) -> str | None:
    """ISO-3 for a nisba adjective form (article already stripped): عراقيه، السوريين → IRQ, SYR."""
    lex = lex or get_lexicon()
    return _adjective_country(base, id(lex))


@lru_cache(maxsize=100_000)
def _adjective_country(b: str, _lex_id: int) -> str | None:
    adj = get_lexicon().adjectives
    if b in adj:
        return adj[b]
    for ending, cut in _NISBA_ENDINGS:
        if b.endswith(ending) and len(b) - cut >= 3:
            stem = b[: len(b) - cut]
            if stem in adj:
                return adj[stem]
            if "ال" + stem in adj:
                return adj["ال" + stem]
    return None


_STARTERS: dict[int, tuple[Lexicon, dict[str, bool]]] = {}
_STARTERS_MAX = 200_000


def _starter_memo(lex: Lexicon) -> dict[str, bool]:
    """Word text → whether an actor item can start at it, for this lexicon."""
    entry = _STARTERS.get(id(lex))
    if entry is None or entry[0] is not lex:
        _STARTERS.clear()
        entry = _STARTERS[id(lex)] = (lex, {})
    return entry[1]


def _may_start(w: Word, lex: Lexicon, memo: dict[str, bool]) -> bool:
    """Whether any actor item can start at this word: a lexicon key or a nisba among its bases.

    Depends on the word's text only, so it is memoized per text (most words start nothing).
    """
    ok = memo.get(w.text)
    if ok is None:
        pre = w.cands[:w.npre]
        ok = any(c in lex.actor_index for c, _ in pre) or any(adjective_country(c, lex) for c, _ in pre) or \
            any(c in _pair_heads(lex) for c, _ in pre)  # «الكوري» of «الزعيم الكوري الشمالي»
        if len(memo) >= _STARTERS_MAX:
            memo.clear()
        memo[w.text] = ok
    return ok


_PAIR_HEADS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _pair_heads(lex: Lexicon) -> frozenset[str]:
    """First words of the two-word nationalities (كوري of كوري شمالي, جنوب of جنوب أفريقي), per lexicon: alone
    they are no nisba, so without them a word would never be tried as the start of one."""
    entry = _PAIR_HEADS.get(id(lex))
    if entry is None or entry[0] is not lex:
        _PAIR_HEADS.clear()
        entry = _PAIR_HEADS[id(lex)] = (lex, frozenset(k.split()[0] for k in lex.adjectives if " " in k))
    return entry[1]


def _place_context(ws: list[Word], i: int, prefix: str, lex: Lexicon, definite: bool = False) -> bool:
    """A preposition or place noun right before the word («في صور», «بمدينة صور», «لصور»).

    A definite word after a definite place noun agrees with it as an adjective («العاصمة المالية» is
    Mali's capital, not Malé); only a bare name stands in apposition to it («العاصمة صنعاء»).
    """
    bare = prefix[:-2] if prefix.endswith("ال") else prefix
    if bare.endswith(("ب", "ل")) or prefix.endswith("لل"):
        return True
    if i == 0:
        return False
    prev = ws[i - 1]
    if prev.text in lex.cues["preps"]:
        return True
    return bool(set(prev.bases) & lex.cues["location_heads"]) and not (definite and prev.text.startswith("ال"))


def _group_cued(ws: list[Word], i: int, lex: Lexicon) -> bool:
    """A group noun («حركة», «قيادي في») before the word, or a sister group beside it («فتح وحماس»)."""
    if i > 0 and ws[i - 1].bset & lex.cues["group_cues"]:
        return True
    near = lex.cues["group_neighbours"]
    return any(0 <= j < len(ws) and ws[j].text in near for j in (i - 1, i + 1))


def _coup_object(ws: list[Word], i: int, key: str, lex: Lexicon) -> bool:
    """Whether the one-word name at ``i`` is what a coup is «على» («انقلاب على الشرعية»), an order, not a party."""
    cue = lex.cues["coup_on_legitimacy"]
    return (key in cue["words"] or "ال" + key in cue["words"]) and i >= 2 and ws[i - 1].text in cue["preps"] and ws[i - 2].text in cue["coups"]


def _has_article(cand: str, prefix: str) -> bool:
    """The word as written carries the article («القاعدة», «والقاعدة», «للقاعدة»)."""
    return prefix.endswith(("ال", "لل")) or cand.startswith("ال")


def _place_as_written(w: Word, part: str, lex: Lexicon) -> bool:
    """Whether a word matches a name's ``part`` only once a suffix is stripped, while as written it is a place itself.

    «مدينة كويتا» is Quetta, not «مدينة الكويت» read through «كويتا» → «كويت».
    """
    pre = [c for c, _ in w.cands[:w.npre]]
    if part in pre:
        return False
    return any(kind == "place" and key == (c,) for c in pre for key, kind, _, _ in lex.actor_index.get(c, ()))


def _written_place(w: Word, lex: Lexicon) -> bool:
    """Whether the word as written, with no clitic taken off, is a place or country name of one word."""
    return any(kind in ("place", "country") and key == (w.text,) for key, kind, _, _ in lex.actor_index.get(w.text, ()))


def _pair_adjective(cand: str, prefix: str, second: str) -> str | None:
    """ISO-3 of a two-word nationality whose first word is ``cand`` (its clitics in ``prefix``)."""
    if prefix and prefix not in ("ال", "و", "وال", "ف", "فال"):
        return None
    first = ("ال" + cand) if prefix.endswith("ال") and not cand.startswith("ال") else cand
    return pair_country(first, second)


# First word → (its one-word entries, the second words of its longer ones, all its entries), per lexicon:
# when the next word has none of those second words, only the one-word entries (in index order) can match.
_SPLIT: dict[int, tuple[Lexicon, dict[str, tuple[tuple, frozenset[str], tuple]]]] = {}
_NO_ENTRIES: tuple[tuple, frozenset[str], tuple] = ((), frozenset(), ())


def _split_memo(lex: Lexicon) -> dict[str, tuple[tuple, frozenset[str], tuple]]:
    """The split actor index of this lexicon, built on demand (one entry per first word looked up)."""
    entry = _SPLIT.get(id(lex))
    if entry is None or entry[0] is not lex:
        _SPLIT.clear()
        entry = _SPLIT[id(lex)] = (lex, {})
    return entry[1]


def _split_entries(cand: str, lex: Lexicon, memo: dict[str, tuple[tuple, frozenset[str], tuple]]) \
        -> tuple[tuple, frozenset[str], tuple]:
    """Split ``lex.actor_index[cand]`` (see ``_SPLIT``), keeping the index order inside each part."""
    entries = lex.actor_index.get(cand)
    if not entries:
        return _NO_ENTRIES
    sp = memo[cand] = (tuple(e for e in entries if len(e[0]) == 1), frozenset(e[0][1] for e in entries
                                                                               if len(e[0]) > 1), tuple(entries))
    return sp


NISBA_ONLY_SECTOR = frozenset({"مسيرات", "مسيره"})  # drones: an actor only with a country's nisba after them


def _match_at(ws: list[Word], i: int, lex: Lexicon) -> Item | None:
    """The longest actor item starting at word ``i``."""
    best: Item | None = None
    pre = ws[i].cands[:ws[i].npre]
    nws = len(ws)
    nxt = ws[i + 1] if i + 1 < nws else None
    if nxt is not None and not nxt.gap.strip():
        for cand, prefix in pre:
            if (iso := _pair_adjective(cand, prefix, nxt.text)) and iso in lex.isos:
                # «الجنوب أفريقي», «الكوري الشمالي», «السوداني الجنوبي»: a nationality of two words
                return Item(i, i + 2, "adj", iso, 10, prefix)
    split = _split_memo(lex)
    for cand, prefix in pre:
        sp = split.get(cand) or _split_entries(cand, lex, split)
        # a longer name needs its second word next, with no gap: without one only one-word entries can match
        multi = nxt is not None and not nxt.gap and not sp[1].isdisjoint(nxt.bset)
        for key, kind, value, prio in (sp[2] if multi else sp[0]):
            n = len(key)
            if i + n > nws:
                continue
            if n > 1 and (nxt.gap or key[1] not in nxt.bset):  # type: ignore[union-attr]
                continue  # the test below, first: most long names of a common first word stop here
            if kind == "person" and "ال" in prefix and n == 1 and key[0] in lex.cues["adjective_surnames"]:
                continue  # «الطريق الرئيسي» is no «رئيسي»: with the article it is the adjective
            if kind == "person" and n == 1 and key[0] in lex.cues["adjective_surnames"] and i + 1 < nws and \
                    ws[i + 1].text in lex.cues["dual_anaphors"]:
                continue  # «رئيسي البلدين»: the two presidents of the two countries, no surname
            if n == 1 and kind in ("group", "person") and prefix and "ال" not in prefix and \
                    _written_place(ws[i], lex):
                continue  # «كابل» is Kabul as written, not «كـ» + «ابل» (Apple)
            if value == ANAPHOR and not _has_article(cand, prefix):
                continue  # «جماعة مسلحة» is some armed group; «الجماعة» is the one named before
            if n == 1 and kind == "group" and _coup_object(ws, i, key[0], lex):
                continue  # «انقلاب على الشرعية» is any country's constitutional order, not Yemen's government
            if n == 1 and kind == "group" and key[0] in lex.cues["definite_only_groups"] and \
                    not _has_article(cand, prefix):
                continue  # «على قاعدة عسكرية» is no «القاعدة»
            if n == 1 and kind == "group" and key[0] in lex.cues["cue_only_groups"] and \
                    not _group_cued(ws, i, lex):
                continue  # «فتح تحقيق» opens an inquiry; «حركة فتح», «فتح وحماس» are Fatah
            if n == 1 and kind == "place" and key[0] in common_place_keys() and \
                    not (_has_article(cand, prefix) and key[0] in article_place_keys()) and \
                    not _place_context(ws, i, prefix, lex, _has_article(cand, prefix)):
                continue  # «بفدية مالية», «وزارة المالية» are no Malé; «معارك الرقة» is Raqqa
            if n == 1 and kind == "sector" and key[0] in NISBA_ONLY_SECTOR and \
                    not (_has_article(cand, prefix) and nxt is not None and not nxt.gap.strip() and
                         any(adjective_country(c, lex) for c, _ in nxt.cands)):
                continue  # «المسيرات التركية» are Turkish forces; «بالصواريخ والمسيرات», «مسيرات مغربية» are not
            if n > 1 and (nxt.gap or key[1] not in nxt.bset or  # type: ignore[union-attr]
                          n > 2 and not all(key[j] in ws[i + j].bset and not ws[i + j].gap for j in range(2, n))):
                continue
            if n > 1 and any(_place_as_written(ws[i + j], key[j], lex) for j in range(1, n)):
                continue
            if best is None or n > best.end - best.start or (n == best.end - best.start and prio > best.priority):
                best = Item(i, i + n, kind, value, prio, prefix, key)
        if best is not None and best.end - best.start > 1:
            break
    if best is not None and best.kind == "person" and best.end - best.start == 1 and \
            any(adjective_country(c, lex) for c, _ in pre):
        best = None  # «السوداني»: a nisba adjective before a one-word surname
    if best is None or best.end - best.start == 1:
        for cand, prefix in pre:
            iso = adjective_country(cand, lex)
            if iso and (best is None or best.kind in ("sector",) and best.priority <= 1):
                # a nisba adjective; the word itself may also be a head like «عسكري» (sector wins then)
                if best is None:
                    return Item(i, i + 1, "adj", iso, 10, prefix, noun=cand.endswith(("يين", "يون")))
            if iso:
                break
    return best


def find_items(ws: list[Word], lex: Lexicon | None = None) -> list[Item]:
    """All actor items of a sentence, left to right, non-overlapping (longest first)."""
    lex = lex or get_lexicon()
    memo = _starter_memo(lex)
    items: list[Item] = []
    i = 0
    while i < len(ws):
        if not _may_start(ws[i], lex, memo):
            i += 1
            continue
        it = _match_at(ws, i, lex)
        if it is None:
            i += 1
            continue
        items.append(it)
        i = it.end
    items = [it for it in items if not _currency_nisba(it, ws, lex)]
    items = [it for it in items if not _unsupported_generic_place(it, items, ws)]
    items = [it for it in items if not _given_name_amir(it, items, ws)]
    items = _foreign_occupier(items, ws, lex)
    items = _shared_group_name(items, lex)
    items = [it for it in items if not _sports_body(it, ws, lex)]
    items = _elliptic_neighbours(items, ws, lex)
    items = _local_namesakes(items, ws)
    return _drop_abstract_heads(_contextual_nisbas(items, ws, lex), ws, lex)


def _local_namesakes(items: list[Item], ws: list[Word]) -> list[Item]:
    """«نظمت حركة الشباب الكويتي اعتصاماً»: a group name followed at once by another country's nisba is a local
    body of that name, not the group (al-Shabaab is Somali); the nisba is left to name the country."""
    from marsad.analyze.events.lexicon import group_countries  # noqa: PLC0415

    homes = group_countries()
    out = []
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        home = homes.get(it.value)
        if it.kind == "group" and home and nxt is not None and nxt.kind == "adj" and nxt.start == it.end and \
                not ws[nxt.start].gap and not nxt.prefix.startswith("و") and nxt.value != home:
            continue
        out.append(it)
    return out


def _elliptic_neighbours(items: list[Item], ws: list[Word], lex: Lexicon) -> list[Item]:
    """«قالت هيئة الأركان الكورية الجنوبية إن الشمال أطلق صاروخاً»: beside one of a divided pair, «الشمال»
    or «الجنوب» alone is the other («elliptic_neighbours» in cues.json)."""
    pairs = lex.cues["elliptic_neighbours"]
    named = {it.value.split("-")[0] for it in items}
    wanted = {word: other for iso, words in pairs.items() if iso in named for word, other in words.items()}
    if not wanted:
        return items
    taken = {k for it in items for k in range(it.start, it.end)}
    extra = [Item(w.i, w.i + 1, "country", wanted[c], 10, p, (c,)) for w in ws if w.i not in taken
             for c, p in w.cands[:w.npre] if p.endswith("ال") and c in wanted][:1]
    return sorted(items + extra, key=lambda it: it.start) if extra else items


def _foreign_occupier(items: list[Item], ws: list[Word], lex: Lexicon) -> list[Item]:
    """«قوات الاحتلال الأمريكي», «الاحتلال البريطاني»: the occupation words default to Israel's forces, but a
    nisba of another country right after them names that country's forces (Iraq 2003–2011 in Arab outlets)."""
    words = lex.cues["occupation_words"]
    out = list(items)
    for k, it in enumerate(items[:-1]):
        nxt = items[k + 1]
        if it.kind == "group" and it.value.startswith("ISR") and it.key and it.key[-1] in words and \
                nxt.kind == "adj" and nxt.start == it.end and not ws[nxt.start].gap.strip() and nxt.value != "ISR":
            out[k] = Item(it.start, it.end, "group", f"{nxt.value}-MIL", it.priority, it.prefix, it.key)
            out[k + 1] = Item(nxt.start, nxt.end, "adj", nxt.value, 0, nxt.prefix)
    return out


def _shared_group_name(items: list[Item], lex: Lexicon) -> list[Item]:
    """«قوى الأمن الداخلي» is Lebanon's ISF and Syria's internal security alike: of the state bodies sharing a
    name, the one of a country the sentence names («في محافظة اللاذقية»); else the first listed stands."""
    named = {str(o.value).split("-")[0] for o in items if o.kind in ("country", "adj", "place") and o.value}
    out = list(items)
    for k, it in enumerate(items):
        if it.kind != "group" or not it.key or it.value.split("-")[0] in named:
            continue
        alts = sorted({v for key, kind, v, _ in lex.actor_index.get(it.key[0], ()) if key == it.key and kind == "group"})
        heads = {v.split("-")[0] for v in alts}
        if len(heads) < 2 or any("-" not in v or v.split("-")[0] not in lex.isos for v in alts):
            continue  # one country's bodies («شرطة الاحتلال»), or a group with a code of its own («قوات حفتر»)
        pick = next((v for v in alts if v.split("-")[0] in named), None)
        if pick is not None:
            out[k] = Item(it.start, it.end, "group", pick, it.priority, it.prefix, it.key, it.noun)
    return out


AMIR_COMPLEMENTS = frozenset({"دوله", "منطقه", "اماره", "جماعه", "تنظيم", "حركه", "ولايه", "مكه", "جازان", "نجران"})


def _given_name_amir(it: Item, items: list[Item], ws: list[Word]) -> bool:
    """«أمير علي حاجي زاده», «حسين أمير عبد اللهيان»: «أمير» before a bare word that names no state, place or
    body is a given name, not an emir's title («أمير قطر», «أمير البلاد», «أمير دولة الكويت» keep it)."""
    if it.kind != "sector" or it.end - it.start != 1 or ws[it.start].text != "امير" or it.end >= len(ws):
        return False
    nxt = ws[it.end]
    if nxt.gap.strip() or nxt.text.startswith("ال") or nxt.text in AMIR_COMPLEMENTS:
        return False
    return not any(o.start == it.end for o in items)


_GENERIC_PLACE_HEADS = frozenset({"منطقه", "حدود", "محافظه", "مقاطعه", "ولايه", "اقليم"})
_DIRECTIONS = frozenset({"شرقيه", "غربيه", "شماليه", "جنوبيه", "وسطي"})
_REGION_RULERS = frozenset({"امير", "اماره", "محافظ"})  # «أمير المنطقة الشرقية» is the Saudi province's governor


def _unsupported_generic_place(it: Item, items: list[Item], ws: list[Word]) -> bool:
    """A place named by a common noun and a compass point that the sentence ties to no country of its own.

    «المنطقة الشرقية» is a Saudi province in the knowledge base, yet every army has an eastern region:
    «قائد المنطقة الشرقية في الجيش اللبناني» is Lebanese. The place counts only when the sentence names the
    same country elsewhere («الدمام», «السعودية») or its governor («أمير المنطقة الشرقية»).
    """
    if it.kind != "place" or len(it.key) != 2 or it.key[0] not in _GENERIC_PLACE_HEADS or \
            it.key[1] not in _DIRECTIONS:
        return False
    if it.start > 0 and any(c in _REGION_RULERS for c, _ in ws[it.start - 1].cands[:ws[it.start - 1].npre]):
        return False
    iso = (it.value or "").split("-")[0]
    return not any(o is not it and o.kind in ("country", "adj", "place") and (o.value or "").split("-")[0] == iso
                   for o in items)


_NAME_PARTICLES = frozenset({"بن", "بنت", "ابن", "آل", "ال", "أبو", "ابو"})


def first_name_nisbas(items: list[Item], ws: list[Word], mentions: list | None = None) -> tuple[list[Item], dict[int, str]]:
    """Drop a bare nisba that opens a person's name: «تركي الجاسر», «تركي بن طلال», «عراقي آل …».

    A first name has no article and no clitic; it reads as a name when a name particle («بن», «آل») follows it,
    or when a person mention starts at it and runs on past it. A nisba right after an indefinite noun it can
    describe («مسؤول تركي») stays the country. Returns the kept items and the word indices of the names.
    """
    pers = [(m.start, m.end) for m in mentions or [] if getattr(m, "kind", "") == "PERS"]
    out = []
    names: dict[int, str] = {}
    for it in items:
        w = ws[it.start]
        if it.kind == "adj" and it.end - it.start == 1 and not it.prefix and not it.noun and \
                not has_article(w) and not w.text.endswith(("ة", "ه")) and it.end < len(ws) and \
                not ws[it.end].gap.strip() and \
                (ws[it.end].text in _NAME_PARTICLES or any(a == w.start and b > w.end for a, b in pers)) and \
                (it.start == 0 or has_article(ws[it.start - 1]) or ws[it.start - 1].gap.strip() or
                 not any(x.end == it.start for x in items)):
            names[it.start] = it.value
            continue
        out.append(it)
    return out, names


def _currency_nisba(it: Item, ws: list[Word], lex: Lexicon) -> bool:
    """«مليون دولار أمريكي», «جنيه مصري»: the nisba names a currency, not an actor."""
    return it.kind == "adj" and it.start > 0 and ws[it.start - 1].text in lex.cues["currency_words"]


PRESS_WORDS = frozenset({"صحفي", "صحفيه", "الصحفي", "الصحفيه"})


def press_adjective(c: Chunk, ws: list[Word], lex: Lexicon) -> bool:
    """«في بيان صحفي», «خلال مؤتمر صحفي»: the adjective «press», not a journalist."""
    return c.end - c.start == 1 and c.start > 0 and not c.prep and ws[c.start].text in PRESS_WORDS and \
        not ws[c.start].gap.strip() and ws[c.start - 1].text in lex.cues["press_heads"]


def _contextual_nisbas(items: list[Item], ws: list[Word], lex: Lexicon) -> list[Item]:
    """Nisbas that are also common words, read as a country only right after an actor noun.

    «الجيش المالي», «جنود ماليين», «حكومة مالي» are Mali; «الدعم المالي», «وزارة المالية» are not.
    """
    forms = lex.cues["contextual_nisbas"]
    heads = lex.cues["contextual_nisba_heads"]
    out = list(items)
    for k, it in enumerate(items):
        j = it.end
        nxt = items[k + 1].start if k + 1 < len(items) else len(ws)
        if it.kind != "sector" or j >= nxt or ws[j].gap:
            continue
        if not any(b in heads for b in ws[it.start].bset) and it.end - it.start == 1:
            continue
        if ws[j].text.startswith("ال") and not has_article(ws[it.end - 1]):
            continue  # «وزير المالية», «وزارة المالية»: a definite word after an indefinite head is its genitive
        iso = next((forms[b] for b in (ws[j].text, *ws[j].bases) if b in forms), None)
        if iso:
            out.append(Item(j, j + 1, "adj", iso, 10, "", noun=ws[j].text.endswith(("يين", "يون"))))
    return sorted(out + _country_after_prep(out, ws, lex), key=lambda x: x.start)


def _country_after_prep(items: list[Item], ws: list[Word], lex: Lexicon) -> list[Item]:
    """«في مالي», «إلى مالي», «موريتانيا ومالي»: a bare contextual nisba after a preposition or a country."""
    forms = lex.cues["contextual_nisbas"]
    preps = lex.cues["contextual_nisba_preps"]
    taken = {k for it in items for k in range(it.start, it.end)}
    out = []
    for j in range(1, len(ws)):
        iso = forms.get(ws[j].text)
        joined = iso is None and ws[j].text[:1] == "و" and forms.get(ws[j].text[1:]) and \
            any(it.end == j and it.kind == "country" for it in items)  # «موريتانيا ومالي»
        if joined:
            iso = forms[ws[j].text[1:]]
        listed = iso is not None and any(it.start == j + 1 and it.kind == "country" and it.prefix.startswith("و")
                                         for it in items)  # «أعلنت مالي والنيجر وبوركينا فاسو»
        if iso and j not in taken and (joined or listed or ws[j - 1].text in preps) and not ws[j].text.startswith("ال") and \
                not ws[j].text.endswith(("يين", "يون", "ه")):
            out.append(Item(j, j + 1, "country", iso, 10, "و" if joined else ""))
    return out


def _sports_body(it: Item, ws: list[Word], lex: Lexicon) -> bool:
    """«الاتحاد الأوروبي لكرة القدم», «الاتحاد الكويتي لكرة القدم»: a name or nisba right before a sport word
    names a sports body (or a national team), which carries no political actor code."""
    return it.end < len(ws) and ws[it.end].text in lex.cues["newsroom_desks"]["sport_qualifiers"]


def _drop_abstract_heads(items: list[Item], ws: list[Word], lex: Lexicon) -> list[Item]:
    """Sector words that name no actor here.

    «أمن السودان» is Sudan's security, not its police (a sector word right before a country or
    place); «علاقاتها الدبلوماسية» are relations, not diplomats (a sector adjective after «علاقات»).
    """
    heads = lex.cues["sector_not_before_place"]
    abstract = lex.cues["abstract_before_sector"]
    out = []
    for k, it in enumerate(items):
        if it.kind == "sector" and it.end - it.start == 1:
            if it.key and it.key[0] in heads and k + 1 < len(items) and items[k + 1].start == it.end and \
                    items[k + 1].kind in ("country", "place") and not has_article(ws[it.start]):
                continue  # «الأمن السورية» (after «قوات»): with the article the next word is its adjective
            if it.start > 0 and ws[it.start - 1].bset & abstract:
                continue
            if it.start > 0 and ws[it.start].text in lex.cues["armed_adjectives"] and \
                    ws[it.start - 1].text in lex.cues["armed_adjective_heads"]:
                continue  # «الهجوم المسلح على مقر الشركة»: an armed attack, not an attack by gunmen
            if it.key and it.key[0] in NISBA_UNITS and not (k + 1 < len(items) and items[k + 1].start == it.end and
                                                           items[k + 1].kind == "adj"):
                continue  # «قوة إسرائيلية خاصة» is a unit; «بالقوة», «القوة المفرطة» are force
        out.append(it)
    return out


NISBA_UNITS = frozenset({"قوه"})  # unit nouns that name an actor only with a nisba after them
COUNT_SKIP = 3  # number words a preposition may stand before its noun («على عشرة جنود», «عن 100 أسير»)


def _counted_start(ws: list[Word], start: int) -> int:
    """Where «على عشرة جنود»'s phrase begins for its preposition: back over digits and number words."""
    from .lexicon import get_lexicon

    cues = get_lexicon().cues
    numbers = cues.get("count_word_set") or frozenset()
    k = start
    while k > 0 and start - k < COUNT_SKIP and not ws[k].gap and \
            (ws[k - 1].text.isdigit() or ws[k - 1].text in numbers):
        k -= 1
    if k < start and k > 1 and ws[k - 1].text == "من" and ws[k - 2].text in cues.get("more_than_words", ()):
        return start  # «أكثر من 20 جنديا»: a quantity, not a «من» phrase
    return k


COMPASS_HEADS = frozenset({"جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي"})
ENVOY_HEADS = frozenset({"ممثلين", "ممثلي", "ممثلون", "مندوبين", "مندوبي", "وفدين", "وفدي", "وفود"})
DUAL_HEADS = frozenset({"حركتي", "حركتا", "جماعتي", "جماعتا", "حزبي", "حزبا", "فصيلي", "فصيلا", "دولتي", "دولتا"})


def _prep_before(ws: list[Word], start: int, preps: frozenset[str]) -> str:
    start = _counted_start(ws, start)
    if start > 1 and not ws[start].gap and ws[start - 1].text in DUAL_HEADS and not ws[start - 1].gap:
        start -= 1  # «بين حركتي فتح وحماس»: the dual head noun belongs to the phrase
    elif start > 2 and not ws[start].gap and ws[start - 1].text == "عن" and ws[start - 2].text in ENVOY_HEADS and \
            not ws[start - 1].gap and not ws[start - 2].gap:
        start -= 2  # «محادثات بين ممثلين عن الحكومة الكونغولية وحركة إم 23»: the envoys speak for the bodies
    elif start > 1 and not ws[start].gap and ws[start - 1].text in ENVOY_HEADS and not ws[start - 1].gap:
        start -= 1  # «بين ممثلي الحكومة والمعارضة»
    elif start > 1 and not ws[start].gap and ws[start - 1].text in COMPASS_HEADS and ws[start - 2].text in preps:
        start -= 1  # «في جنوب الصومال»: where, as «في الصومال» is
    if start > 0 and not ws[start].gap:
        prev = ws[start - 1]
        if prev.text == "من" and start > 1 and ws[start - 2].text == "كل":
            return ""  # «اتفق كل من X وY»: a subject, not a «من» phrase
        if prev.text in preps:
            if start > 1 and (ws[start - 2].text, prev.text) in (("علي", "يد"), ("من", "قبل"), ("علي", "ايدي")):
                return f"{ws[start - 2].text} {prev.text}"
            return prev.text
        if prev.text in ("يد", "ايدي", "قبل") and start > 1:
            return f"{ws[start - 2].text} {prev.text}"
    return ""


def _case_breaks(ws: list[Word], cur: Chunk, it: Item, lex: Lexicon) -> bool:
    """A noun or adjective that cannot continue the phrase before it starts a new one.

    An indefinite word after a definite one is neither its adjective nor its genitive
    («اعتقلت الشرطة ناشطين»); a word in another case is not its adjective («اغتال مسلحون
    مجهولون صحفياً»: nominative subject, accusative object).
    """
    last = cur.members[-1].items[-1]
    if last.kind not in ("sector", "adj") or it.kind not in ("sector", "adj") or it.prefix.startswith("و"):
        return False
    prev, nxt = ws[cur.end - 1], ws[it.start]
    if has_article(prev) and not has_article(nxt) and (it.kind == "adj" or it.value):
        return True  # (not a role word of no sector: «المتحدث باسم الجيش» is one phrase)
    known = known_words(lex)
    a = word_case(prev, nxt, known)
    b = word_case(nxt, ws[it.start + 1] if it.start + 1 < len(ws) else None, known)
    head = ws[cur.members[-1].items[0].start]
    if not a and not has_article(prev) and head is not prev:
        a = word_case(head, None, known)  # «مسلحٌ مجهول شرطياً»: the unmarked adjective takes its head's case
    if b == OBL and nxt.text.endswith("ا") and not a and not has_article(prev) and not prev.text.endswith("ا"):
        return True  # «جماعة مسلحة طبيباً»: a tanween fath opens an accusative phrase the other is not
    if a and not has_article(prev) and prev.text.endswith(NUN_ENDINGS) and a != b and \
            (it.kind != "adj" or b or it.start != cur.end):
        return True  # «استهدف مسلحون دوريةً»: a plural or dual with its «ن» takes no genitive, only an adjective
        # (a broken-plural nisba shows no case: «موظفين أتراك», «خبراء روس» are one phrase)
    return bool(a and b and a != b)


TITLE_COMPLEMENT_MAX = 3  # definite words between a title and the name: «رئيس حكومة الوحدة الوطنية …»


def _title_complement_then_name(ws: list[Word], cur: Chunk, it: Item, lex: Lexicon) -> bool:
    """A name after a title whose definite complement names no actor: the same person, one phrase.

    «رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة»: only definite words (no preposition, time word
    or comma) stand between, and the name's office agrees with the title (its sector or its country).
    """
    gap = range(cur.end, it.start)
    if not 0 < len(gap) <= TITLE_COMPLEMENT_MAX or it.prefix or ws[it.start].gap:
        return False
    fillers = lex.cues["subject_fillers"]
    if any(ws[k].gap or not has_article(ws[k]) or ws[k].text in lex.cues["preps"] or ws[k].text in fillers
           for k in gap):
        return False
    items = [x for m in cur.members for x in m.items]
    if len(cur.members) > 1 or not items or items[-1].kind != "sector" or not items[-1].value:
        return False
    code = it.value.split("-")
    countries = _phrase_countries(cur)
    if countries:
        return code[0] in countries
    return len(code) > 1 and code[-1] == items[-1].value


def _title_faith_then_name(ws: list[Word], cur: Chunk, it: Item, lex: Lexicon) -> bool:
    """A name after a bare title and one or two sect/faith adjectives: the title's holder, one phrase.

    «طالب الزعيم الشيعي مقتدى الصدر …», «رجل الدين السني …»: without this the adjective splits the
    title from the name and the name reads as a fronted object, so the verb loses its subject.
    """
    gap = range(cur.end, it.start)
    if not 0 < len(gap) <= 2 or it.prefix or ws[it.start].gap:
        return False
    words = lex.cues.get("title_faith_words", frozenset())
    if any(ws[k].gap or ws[k].text not in words for k in gap):
        return False
    items = [x for m in cur.members for x in m.items]
    return len(cur.members) == 1 and len(items) == 1 and items[0].kind == "sector"


def _phrase_countries(c: Chunk) -> set[str]:
    """The countries a phrase names: its nisbas and countries, and its named members' code prefixes."""
    out = set()
    for m in c.members:
        for it in m.items:
            if it.kind in ("adj", "country") or (it.kind in ("person", "group") and "-" in it.value):
                out.add(it.value.split("-")[0])
    return out


INSTITUTION_HEADS = frozenset({"جامعه", "بجامعه", "لجامعه", "وجامعه", "الجامعه"})


def _construct_place(cur: Chunk, it: Item) -> bool:
    """«رئيس إقليم كردستان», «رئيس حكومة إقليم كردستان»: bare title nouns in construct own the place after them."""
    own = cur.members[-1].items
    return len(cur.members) == 1 and not it.prefix and all(x.kind == "sector" and not x.prefix for x in own) and \
        (len(it.key) > 1 or all(x.value == "CVL" for x in own))  # «سكان غزة», «أهالي جنين»: its residents


ADJECTIVE_ENDINGS = ("ه", "ون", "ين")
NISBA_ENDINGS = ("ي", "يه", "يون", "يين")


def _indefinite_described(ws: list[Word], last: Item | None, it: Item) -> bool:
    """An indefinite noun with its adjective («فصائل مسلحة», «مسلحون مجهولون») is a complete phrase: a bare noun
    after it («قاعدة التنف», «مواقع للجيش», «مطار بغداد») is no genitive of it but the verb's object."""
    if last is None or last.kind != "sector" or it.prefix or last.prefix or has_article(ws[it.start]):
        return False
    if any(has_article(ws[k]) for k in range(last.start, last.end)) or ws[it.start].text.endswith(NISBA_ENDINGS):
        return False  # «مسلحون حوثيون»: a nisba after the noun is its adjective
    end = ws[last.end - 1].text
    if last.end - last.start == 1:  # «هاجم مسلحون قاعدة بلد»: a plural that keeps its «ون» is in no construct
        return end.endswith("ون") and len(end) >= 5
    return end.endswith(ADJECTIVE_ENDINGS)


def build_chunks(ws: list[Word], items: list[Item], lex: Lexicon | None = None) -> list[Chunk]:
    """Group adjacent items into actor phrases with compound members."""
    lex = lex or get_lexicon()
    preps = lex.cues["preps"]
    chunks: list[Chunk] = []
    for it in items:
        if it.kind == "country" and not it.prefix and it.start > 0 and not ws[it.start].gap and \
                ws[it.start - 1].text in INSTITUTION_HEADS:
            continue  # «جامعة كولومبيا»: a university named after a place, not that country
        cur = chunks[-1] if chunks else None
        joins = cur is not None and it.start == cur.end and not ws[it.start].gap
        last = cur.members[-1].items[-1] if cur is not None else None
        if cur is not None and it.start == cur.end and ws[it.start].gap in ("،", ",") and it.kind == "person" \
                and any(x.kind == "sector" and x.value for m in cur.members for x in m.items):
            cur.end = it.end  # apposition: «وزيرا الداخلية …، محمد الرحمون وعبد الأمير الشمري»
            cur.appos = True
            continue
        if cur is not None and getattr(cur, "appos", False) and it.start == cur.end and it.kind == "person":
            cur.end = it.end
            continue
        if cur is not None and it.kind == "person" and it.start == cur.end + 1 and not it.prefix and \
                not ws[cur.end].gap and not ws[it.start].gap and \
                ws[cur.end].text in lex.cues.get("honorifics", ()) and it.value.split("-")[0] in _phrase_countries(cur):
            cur.members[-1].items.append(it)  # «رئيس الأركان الأمريكي الجنرال مارتن ديمبسي»: a title, then
            cur.end = it.end  # the name of the same person (its country agrees), in apposition
            continue
        if cur is not None and it.kind == "person" and _title_complement_then_name(ws, cur, it, lex):
            cur.members[-1].items.append(it)  # «رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة»: the title's
            cur.end = it.end  # complement (no actor word of its own), then the officeholder's name
            continue
        if cur is not None and it.kind == "person" and _title_faith_then_name(ws, cur, it, lex):
            cur.members[-1].items = [it]  # «الزعيم الشيعي مقتدى الصدر»: title, sect adjective, then the
            cur.end = it.end  # titled person's name: one phrase, coded as the person (a generic title adds nothing)
            continue
        if joins and it.prefix.startswith("ب"):
            joins = False
        if joins and it.kind == "sector" and (it.value or " ".join(it.key) in lex.openers) and \
                not it.prefix.startswith(("و", "ل")) and \
                last is not None and last.kind in ("adj", "country", "group", "person", "place") and \
                not (last.kind == "person" and it.prefix == "ال" and len(it.key) == 1 and
                     it.key[0] in lex.cues.get("name_titles", ())):  # «العاهل الأردني الملك عبدالله الثاني»
            joins = False  # «… البيت الأبيض أمير قطر»: a new head noun opens a new phrase
        if joins and it.kind in ("sector", "group") and it.prefix == "ال" and last is not None and \
                last.kind == "country" and \
                last.end == it.start and not last.prefix and len(cur.members[-1].items) == 1:
            joins = False  # «سلمت تركيا الجيشَ الصومالي شحنة»: a bare country name is no construct head
        if joins and it.kind == "group" and not it.prefix and len(it.key) > 1 and last is not None and \
                last.kind == "country" and last.prefix in ("", "ال") and len(cur.members[-1].items) == 1:
            joins = False  # «اتهمت إسرائيل حركة حماس», «صنفت الولايات المتحدة جماعة الحوثي»: nor of a named group
        if joins and it.kind == "sector" and it.value and "ال" in it.prefix and last is not None and \
                last.kind == "sector" and "ال" in last.prefix and " ".join(it.key) not in lex.modifiers:
            joins = False  # «أهالي المعتقلين السلطاتِ»: a construct chain ends at its first definite noun
        if joins and _case_breaks(ws, cur, it, lex):  # type: ignore[arg-type]
            joins = False  # «مسلحون مجهولون صحفياً», «الشرطة ناشطين»: the object after the subject
        if cur is not None and not joins and it.kind == "adj" and 0 < it.start - cur.end <= 2 and \
                last is not None and last.kind == "sector" and not _case_breaks(ws, cur, it, lex) and \
                not any(ws[k].gap for k in range(cur.end, it.start + 1)) and \
                not any(ws[k].text in preps or ws[k].text in lex.cues["mediator_words"]
                        for k in range(cur.end, it.start)):  # not «مدنيين في غارات روسية», «… بوساطة أمريكية»
            cur.members[-1].items.append(it)  # «رئيس المجلس الرئاسي الليبي»: the nisba closes the phrase
            cur.end = it.end
            continue
        if joins and it.kind in ("group", "sector") and not it.prefix.startswith("و") and last is not None and \
                last.kind == "adj" and last.noun:
            joins = False  # «شبان فلسطينيون قوات الاحتلال»: a plural nisba closes its phrase
        if joins and it.kind == "group" and not it.prefix.startswith("و") and last is not None and \
                last.kind == "adj" and any(x.kind == "sector" and x.value for x in cur.members[-1].items):
            joins = False  # «أدرجت الحكومة الأسترالية جماعة الحوثي»: a complete phrase, then its object
        if joins and it.kind == "group" and "ال" in it.prefix and not it.prefix.startswith("و") and \
                last is not None and last.kind == "group" and "ال" in last.prefix:
            joins = False  # «حملت الخارجية القطرية الاحتلال مسؤولية …»: a named body, then its object
        if joins and it.kind == "group" and not it.prefix.startswith("و") and last is not None and \
                last.kind == "group" and last.end - last.start > 1 and it.value != last.value:
            joins = False  # «اتهمت الحكومة اليمنية جماعة الحوثي»: a named body, then another as its object
        if joins and it.kind == "group" and not it.prefix.startswith(("و", "ل", "ب")) and len(it.key) > 1 and \
                last is not None and last.kind == "sector" and last.value and "ال" in last.prefix:
            joins = False  # «اتهمت الحكومة الدعم السريع بتنفيذها»: a definite noun is no construct, its object follows
        if joins and it.kind == "group" and not it.prefix.startswith("و") and last is not None and \
                last.kind == "person":
            joins = False  # «انتقد وزير الخارجية التركي هاكان فيدان الحكومة السورية»: a name ends its phrase
        if joins and it.kind == "country" and not it.prefix.startswith("و") and last is not None and \
                last.kind in ("country", "adj", "place", "group", "person"):
            joins = False  # «طالبت مصر إسرائيل»: two countries side by side are two actors
        if joins and it.kind == "place" and not it.prefix.startswith("و") and last is not None and \
                last.kind in ("place", "country") and it.value and last.value and it.value != last.value:
            joins = False  # «اتهمت موسكو كييف»: two capitals of two countries are two actors
        if joins and it.prefix.replace("و", "").startswith("ل") and any(
                x.kind in ("adj", "country", "group", "person") for m in cur.members for x in m.items):
            joins = False  # «الرئيس السوري للقوات العراقية»: «لـ» after a complete phrase starts another
        if joins and it.kind == "place" and any(x.kind in ("sector", "group", "person") and x.value
                                                for m in cur.members for x in m.items) and \
                not _construct_place(cur, it):
            joins = False  # «يزور وزير الخارجية الأردني دمشق»: the place is the object, not part of the actor
        if joins and it.kind == "sector" and not it.value and not it.prefix and last is not None and \
                ws[it.start].text in lex.cues["site_objects"] and \
                has_article(ws[cur.end - 1]) and not has_article(ws[it.start]) and not ws[it.start].gap:
            joins = False  # «قصف الطيران التابع للجيش مواقعَ لقوات الدعم السريع»: after a definite word a bare
            # indefinite noun is neither its genitive nor its adjective, but the verb's object
        if joins and it.kind in ("place", "group") and _indefinite_described(ws, last, it):
            joins = False  # «قصفت فصائل مسلحة قاعدة التنف»: a noun and its indefinite adjective take no genitive
        if joins:
            conj = it.prefix.startswith("و")
            if conj and it.kind not in ("adj",):
                cur.members.append(Member([it]))
            else:
                cur.members[-1].items.append(it)
            cur.end = it.end
            continue
        prep = _prep_before(ws, it.start, preps)
        if not prep and it.prefix:
            p = it.prefix.replace("و", "").replace("ف", "")
            if p.startswith("ل"):
                prep = "ل"
            elif p.startswith("ب"):
                prep = "ب"
        chunks.append(Chunk(it.start, it.end, [Member([it])], prep))
    out = []
    for c in chunks:
        if all(it.kind == "sector" and it.priority <= 1 for m in c.members for it in m.items):
            continue  # role nouns alone («وفد», «مسؤول») are kept only inside a phrase
        if all(it.kind == "sector" and " ".join(it.key) in lex.modifiers for m in c.members for it in m.items) and \
                not _bare_ministry(c, ws, lex, preps) and _counted_start(ws, c.start) == c.start:
            continue  # an adjective alone («التعاون الأمني») names no actor; a counted one («12 مدنيا») is a noun
        c.char_start, c.char_end = ws[c.start].start, ws[c.end - 1].end
        if c.start > 0 and all(it.kind in ("adj", "place", "country") for m in c.members for it in m.items) and \
                set(ws[c.start - 1].bases) & lex.cues["geo_heads"]:
            c.geo = True
        if c.end < len(ws) and not ws[c.end].gap.strip() and {ws[c.end].text, *ws[c.end].bases} & lex.cues["foreign_words"]:
            c.foreign = True
        out.append(c)
    return out


def _bare_ministry(c: Chunk, ws: list[Word], lex: Lexicon, preps: frozenset[str]) -> bool:
    """«الداخلية تضبط عصابة», «أدانت الخارجية الهجوم»: the ministry named by its adjective alone.

    It opens a headline before its verb, or follows a feminine verb as its subject; after a noun
    («السياسة الخارجية», «شؤونها الداخلية») it stays an adjective.
    """
    if c.end - c.start != 1 or ws[c.start].text not in lex.cues["ministry_words"]:
        return False
    if c.start == 0 or ws[c.start].gap:
        return c.end < len(ws) and ws[c.end].text[:1] in ("ت", "ي") and not ws[c.end].text.startswith("ال")
    prev = ws[c.start - 1].text
    prev = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev
    return len(prev) >= 4 and not prev.startswith(("ال", "لل", "بال")) and prev not in preps and \
        prev.endswith("ت") and not prev.endswith("ات")  # «أدانت», not «للرحلات الداخلية»


def _first_name_title(chunks: list[Chunk], ws: list[Word], start: int) -> Chunk | None:
    """A lone title word with no article or country right before a person's name is the name's first word."""
    c = next((c for c in chunks if c.end < len(ws) and ws[c.end].start == start), None)
    if c is None or c.end - c.start != 1 or c.prep or ws[c.start].gap.strip() or ws[c.end].gap.strip():
        return None
    items = [x for mb in c.members for x in mb.items]
    if len(items) != 1 or items[0].kind != "sector" or items[0].prefix or has_article(ws[c.start]):
        return None
    return c


def _titled_name(chunks: list[Chunk], ws: list[Word], idx: list[int], parts: list[str], m: object) -> Chunk | None:
    """The title phrase a person's name follows with nothing between, when the name's country is the title's."""
    if getattr(m, "kind", "") != "PERS" or ws[idx[0]].gap.strip():
        return None
    c = next((c for c in chunks if c.end == idx[0]), None)
    if c is None or not any(x.kind == "sector" and x.value for mb in c.members for x in mb.items):
        return None
    countries = _phrase_countries(c)
    return c if countries and all(p.split("-")[0] in countries for p in parts) else None


def _name_country_read(ws: list[Word], names: dict[int, str], ms: int, me: int, code: str) -> bool:
    """A mention over a first-name nisba, or right after it, whose only country is that nisba's."""
    idx = [w.i for w in ws if w.start < me and ms < w.end]
    iso = next((names[i] for i in (idx[0] - 1, *idx) if i in names), "") if idx else ""
    if not iso:
        return False
    parts = [p for p in code.split(COMPOUND) if p]
    return bool(parts) and all(p.split("-")[0] == iso for p in parts)


def attach_mentions(chunks: list[Chunk], ws: list[Word], mentions: list, sent_offset: int,
                    avoid: list[tuple[int, int]] | None = None, names: dict[int, str] | None = None) -> list[Chunk]:
    """Merge entity mentions (doc offsets) into the chunks: overlapping ones add codes, others add chunks.

    A mention that overlaps a trigger word (``avoid``: character spans) is ignored: an event word
    is not an actor, whatever a tagger says («مكالمة هاتفية» tagged as a person).
    """
    if not mentions:
        return chunks
    extra: list[Chunk] = []
    named: list[Chunk] = []
    for m in mentions:
        code = getattr(m, "code", None)
        if getattr(m, "kind", "") == "PERS":
            first = _first_name_title(chunks, ws, m.start - sent_offset)
            if first is not None:
                named.append(first)  # «أمير خان متقي»: «أمير» opens a name here, it is no emir
        if not code or getattr(m, "kind", "") == "LOC":
            continue
        ms, me = m.start - sent_offset, m.end - sent_offset
        if avoid and any(a < me and ms < b for a, b in avoid):
            continue
        parts = [canonical_code(p) for p in code.split(COMPOUND) if p]  # «الجانبان»: SYR-MIL+IRQ-MIL, one actor each
        if not parts:
            continue
        if names and _name_country_read(ws, names, m.start - sent_offset, m.end - sent_offset, code):
            continue  # «المستشار تركي آل الشيخ», «تركي بن محمد»: a tagger's country read of a first name
        hit = next((c for c in chunks if c.char_start < me and ms < c.char_end), None)
        if hit is not None:
            hit.mention_codes.extend(p for p in parts if p not in hit.mention_codes)
            continue
        idx = [w.i for w in ws if w.start < me and ms < w.end]
        if not idx:
            continue
        if len(idx) == 1 and idx[0] > 0 and all("-" not in p for p in parts) and \
                ws[idx[0] - 1].text.startswith("ال") and not ws[idx[0]].gap.strip() and \
                not any(c.start <= idx[0] - 1 < c.end for c in chunks):
            continue  # «ترسيم الحدود البحرية»: a bare sector word after a definite noun is its adjective
        title = _titled_name(chunks, ws, idx, parts, m)
        if title is not None:  # «رئيس الوزراء الإثيوبي آبي أحمد»: the title's holder, one phrase
            title.end, title.char_end = idx[-1] + 1, ws[idx[-1]].end
            title.mention_codes.extend(p for p in parts if p not in title.mention_codes)
            continue
        kind = "person" if getattr(m, "kind", "") == "PERS" else "group"
        members = [Member([Item(idx[0], idx[-1] + 1, kind, p, 80)]) for p in parts]
        ch = Chunk(idx[0], idx[-1] + 1, members, _prep_before(ws, idx[0], get_lexicon().cues["preps"]))
        ch.char_start, ch.char_end = ws[idx[0]].start, ws[idx[-1]].end
        extra.append(ch)
    if named:
        chunks = [c for c in chunks if c not in named]
    if extra:
        chunks = sorted(chunks + extra, key=lambda c: c.start)
    return chunks


def _party_word(w: str, nouns: frozenset[str]) -> bool:
    """«حزب», «لحزب», «للحزب»: a party noun, bare or after the clitic «ل»."""
    return w in nouns or (w.startswith("ل") and (w[1:] in nouns or "ا" + w[1:] in nouns))


def party_leaders(chunks: list[Chunk], ws: list[Word], lex: Lexicon | None = None) -> list[Chunk]:
    """«رئيس حزب القوات اللبنانية سمير جعجع», «الأمين العام لحزب …»: a leader's title before a party noun heads
    the party, not the state; the title's GOV (or empty) sector becomes PTY, so the phrase takes the party's
    code (the KB codes parties ISO3-PTY) instead of the country's government."""
    lex = lex or get_lexicon()
    nouns, titles = lex.cues.get("party_nouns", frozenset()), lex.cues.get("party_leader_titles", frozenset())
    if not nouns:
        return chunks
    for c in chunks:
        for m in c.members:
            for k, it in enumerate(m.items):
                if it.kind != "sector" or it.value not in ("GOV", "") or it.end >= len(ws):
                    continue
                title = " ".join(w.text for w in ws[it.start:it.end])
                if title in titles and _party_word(ws[it.end].text, nouns):
                    m.items[k] = replace(it, value="PTY")
    return chunks


def opposition_parties(chunks: list[Chunk]) -> list[Chunk]:
    """«حزب الشعب الجمهوري المعارض»: the adjective after a party's name says the party is in opposition; it is
    part of the party's phrase (ISO3-OPP), not an actor of its own that could take a role from the government.
    The same holds after an opposition society already known as such («جمعية الوفاق البحرينية المعارضة»)."""
    out: list[Chunk] = []
    for c in chunks:
        prev = out[-1] if out else None
        items = [it for m in c.members for it in m.items]
        if prev is not None and c.start == prev.end and len(items) == 1 and items[0].kind == "sector" and \
                items[0].value == "OPP" and items[0].end - items[0].start == 1 and prev.members and \
                all(code.endswith(("-PTY", "-OPP")) for code in prev.codes()) and prev.codes():
            last = prev.members[-1]
            out[-1] = replace(prev, end=c.end, char_end=c.char_end or prev.char_end,
                              members=[*prev.members[:-1], replace(last, items=[*last.items, items[0]])])
            continue
        out.append(c)
    return out


OWNED_GENERIC = ("-REB",)  # a unit code that only says «some rebels of the country» gives way to its parent's
OWNED_GENERIC_CODES = frozenset({"UAF"})
OWNED_STATE_BODIES = frozenset({*BODY_PRIORITY, "JUD", "SPY", "PTY"})


def owned_units(chunks: list[Chunk], ws: list[Word], lex: Lexicon | None = None) -> list[Chunk]:
    """«كتيبة جنين التابعة لسرايا القدس», «القوات البحرية التابعة للحرس الثوري»: a unit that belongs to a named
    group acts as that group; the gold codes it as the parent (ISIS for «ولاية سيناء التابع لداعش»). A unit with
    a specific code of its own («قوة الرضوان» when known) keeps it; a state body («التابع للجيش المالي») is no
    group and changes nothing."""
    lex = lex or get_lexicon()
    words_ = lex.cues.get("owned_units", frozenset())
    out = list(chunks)
    drop: set[int] = set()
    for k, c in enumerate(out):
        at = c.end if c.end < len(ws) and ws[c.end].text in words_ else c.end - 1
        if at < c.start + 1 or ws[at].text not in words_:
            continue
        d = next((d for d in out if d.start == at + 1 and d.prep == "ل"), None)
        parent = None if d is None else max((it for m in d.members for it in m.items if it.kind == "group"),
                                            key=lambda it: it.priority, default=None)
        if parent is None or parent.value in GENERIC_GROUP_CODES or not c.members or \
                parent.value.partition("-")[2] in OWNED_STATE_BODIES:  # «لحكومة الوحدة الوطنية»: a state body
            continue
        last = c.members[-1]  # «جهاز الردع وقوات تابعة لـ…»: only the member next to «التابعة» is the unit
        if any(it.kind in ("person", "country") for it in last.items):
            continue
        own = [it for it in last.items if it.kind == "group"]
        if any(not it.value.endswith(OWNED_GENERIC) and it.value not in OWNED_GENERIC_CODES for it in own):
            continue
        # the unit's own name keeps its span (a word in it such as «شهداء» stays a name, no trigger) and takes the
        # parent's code; a unit named by a common noun («القوات البحرية») gets the parent's name as its group
        items = [replace(it, value=parent.value) if it.kind == "group" else it for it in last.items]
        if not own:
            items.append(parent)
        # one phrase up to the parent's name: the «لـ» phrase is no second party to the act
        out[k] = replace(c, end=d.end, char_end=d.char_end or c.char_end,
                         members=[*c.members[:-1], replace(last, items=items)])
        drop.add(id(d))
    return [c for c in out if id(c) not in drop]
