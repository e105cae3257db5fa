"""Events from sentences and documents: detection, arguments, modality, place and date.

``events_for_sentence`` works on a bare sentence; ``extract_document`` walks the body
sentences of a cleaned document (never captions, dropped lines or titles), uses the
entity mentions and time expressions earlier stages found, and numbers events
``<doc id>-E<n>``. One event per PLOVER category per sentence: several triggers of the
same category in one sentence («غارة … استهدفت … مقتل») describe one event.

Sides left open are filled by general defaults: a protest with no named crowd is the
civilians of the place («مسيرات في مدن إيرانية» → IRN-CVL) against their government; aid,
withdrawals and reinforcements with no named recipient go to the foreign place named; a
later event's «الجانبان» takes the sides of the earlier one, and police acting after a
protest act on the protesters. Unidentified gunmen stay UAF, whatever the place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from marsad.analyze.events.actors import (
    ANAPHOR,
    Chunk,
    Item,
    attach_mentions,
    build_chunks,
    find_items,
    first_name_nisbas,
    opposition_parties,
    owned_units,
    party_leaders,
    press_adjective,
)
from marsad.analyze.events.case import passive_mark
from marsad.analyze.events.context import attribution, casualties, location, modality
from marsad.analyze.events.detect import Hit, filter_hits, find_hits, is_armed
from marsad.analyze.events.evaluative import judged_attacks
from marsad.analyze.events.governance import governance
from marsad.analyze.events.kingdom import resolve_kingdom
from marsad.analyze.events.lexicon import (
    GENERIC_GROUP_CODES,
    Lexicon,
    base,
    get_lexicon,
    group_countries,
    norm,
    surname_nisbas,
    water_places,
)
from marsad.analyze.events.morph import Word, words
from marsad.analyze.events.narrative import apply_narrative_dates
from marsad.analyze.events.roles import THAT_WORDS, assign, capital_chunk, member_group
from marsad.analyze.events.rules import (
    NEW_CLAUSE,
    REPORTED_THREAT,
    SPEAKER_PARTICIPLES,
    conditional_spans,
    drop_background,
    drop_hypothetical,
    find_key,
    prune,
    refusals,
    reported_threats,
    resumptive_spans,
)
from marsad.analyze.events.selfharm import drop_self_harm
from marsad.analyze.events.topics import drop_topics
from marsad.model import Actor, Document, Event, EventDate, Location, Sentence
from marsad.text.normalize import normalize_keep_length

DOC_DATE_PENALTY = 0.1
# Time-expression granularities that date an event (as the dates stage's ``sentence_interval``).
EVENT_GRANULARITIES = frozenset(("day", "week", "month", "interval", "quarter", "season", "year"))
SIBLING_SECTOR = "-GOV"  # a government whose country the bare parties beside it share
SECTOR_CODES = {"MIL", "COP", "GOV", "CVL", "REB", "UAF", "INS", "OPP", "LEG", "JUD", "LAB"}
VIOLENT_TYPES = {"ASSAULT", "FIGHT", "MOBILIZE", "RETREAT"}
SYMMETRIC = {"CONSULT", "AGREE", "FIGHT", "COOPERATE"}
MUTUAL_TRIGGERS = frozenset({"swap_prisoners", "trade_accusations"})  # acts two sides do to each other
TRADED_TRIGGERS = frozenset({"trade_accusations"})  # «تبادلت X وY الاتهامات بقصف …»: the pair, never the charge's objects
SENT_OBJECT = 4  # words from «أرسلت» past its subject to what was sent
OWN_NATIONALS = frozenset({"رعاياها", "رعاياه", "رعاياهم", "مواطنيها", "مواطنيه", "مواطنيهم"})  # a state's own people
VERBAL_TYPES = {"THREATEN", "DEMAND", "DISAPPROVE", "REJECT", "SUPPORT"}  # statements about others
SECOND_ACT_TYPES = VERBAL_TYPES | {"SANCTION", "AGREE"}  # stances and measures: «اتهمت …، وقررت استدعاء سفيرها»
STATE_SECTORS = {"GOV", "COP", "MIL", "JUD"}
PLACE_TARGETED = {"AID", "RETREAT", "MOBILIZE"}  # with no one named, the foreign place aided, left or reinforced
UNATTRIBUTED = {"UAF"}  # unidentified gunmen: where they struck says nothing of whose they are
DOMESTIC_TYPES = {"COERCE", "CONCEDE"}  # a state acting on people of no stated country acts on its own
_SPLIT = re.compile(r"[^.!؟?\n]+[.!؟?]*")


@dataclass
class DocContext:
    """What earlier sentences of the document tell later ones: the country and group in focus."""

    countries: Counter = field(default_factory=Counter)
    last_group: str | None = None
    last_location: Location | None = None  # the place named in the title: where the story is set
    before: Counter = field(default_factory=Counter)  # the country counts before the latest sentence
    # words of earlier sentences without a trigger, not yet counted: only a later sentence with an
    # event reads the context, so their actor phrases are built then (or never, after the last event)
    pending: list[list[Word]] = field(default_factory=list)

    def defer(self, ws: list[Word]) -> None:
        """Remember a trigger-less sentence's words; :meth:`flush` counts them when they are needed."""
        self.pending.append(ws)

    def flush(self, lex: Lexicon) -> None:
        """Count the deferred sentences, in order, before a sentence with an event reads the context."""
        for ws in self.pending:
            self.update(build_chunks(ws, find_items(ws, lex), lex))
        self.pending.clear()

    def country(self) -> str | None:
        """The country the document talks about most so far."""
        return self.countries.most_common(1)[0][0] if self.countries else None

    def update(self, chunks: list[Chunk]) -> None:
        """Count the countries and remember the last named group of a sentence's actor phrases."""
        self.before = Counter(self.countries)
        missions = get_lexicon().cues["mission_heads"]
        for c in chunks:
            codes = c.codes()
            if _mission(c, missions):  # «أمام السفارة الإيطالية»: Italy's mission abroad,
                codes = [it.value for m in c.members for it in m.items if it.kind == "place" and it.value]  # not Italy
            for code in codes:
                head = code.split("-")[0]
                if head in get_lexicon().isos:  # not a three-letter group code («RSF», «PKK», «HEZ»)
                    self.countries[head] += 1
                elif code != ANAPHOR and "-" not in code and code.isupper() and len(code) > 2 and \
                        code not in SECTOR_CODES:  # a bare «COP» is the police of no stated country, no group
                    self.last_group = code


def _mission(c: Chunk, missions: frozenset[str]) -> bool:
    """Whether the phrase is a diplomatic mission («السفارة الإيطالية»), set in another country than its own."""
    first = c.members[0].items[0] if c.members and c.members[0].items else None
    return first is not None and first.kind == "sector" and bool(first.key) and first.key[0] in missions


def _envoy_of_mission(chunks: list[Chunk], ws: list[Word], lex: Lexicon) -> list[Chunk]:
    """«القائم بأعمال السفارة التركية في بغداد»: an envoy of no stated country is its embassy's (Turkey's),
    not the country where the embassy stands."""
    missions = lex.cues["mission_heads"]
    out: list[Chunk] = []
    for c in chunks:
        prev = out[-1] if out else None
        if prev is not None and c.start == prev.end and not c.prep and not ws[c.start].gap.strip() and \
                len(prev.members) == 1 and len(c.members) == 1 and prev.codes() and \
                all(code in SECTOR_CODES for code in prev.codes()) and _mission(c, missions) and \
                any(it.kind in ("adj", "country") for it in c.members[0].items):
            prev.members[0].items.extend(it for it in c.members[0].items if it.kind in ("adj", "country"))
            prev.end, prev.char_end = c.end, c.char_end
            continue
        out.append(c)
    return out


def _actors(chunks: list[Chunk], text: str, offset: int, ctx: DocContext | None, place_country: str | None,
            role: str) -> list[Actor]:
    out: list[Actor] = []
    for c in chunks:
        ctext = text[c.char_start - offset:c.char_end - offset]
        codes = c.codes() or [""]
        if len(c.members) > 1 and len(codes) < len(c.members):
            codes = _member_codes(c) or codes  # «الحكومة العراقية وحكومة إقليم كردستان»: two actors, one code
        home = _sibling_country(codes)  # «الحكومة السودانية والحركات المسلحة في جوبا»: Sudan's movements
        for code in codes:
            if c.foreign and code in SECTOR_CODES:
                pass  # «اختطف مسلحون عمالا أجانب في النيجر»: foreigners are none of the place's people
            elif not (c.unplaced and code in GENERIC_GROUP_CODES):  # «أطباء بلا حدود» in Darfur: still NGO
                code = _complete(code, ctx, home or place_country)
            out.append(Actor(text=ctext, code=code or None, start=c.char_start, end=c.char_end))
    return out


def _sibling_country(codes: list[str]) -> str | None:
    """The country of a government coordinated with bare parties, which they share.

    «الحكومة السودانية والحركات المسلحة في جوبا»: a place after «في» says where they meet, not whose
    they are. Only a government: «مقاومون وقوات الاحتلال» are two sides of no shared country.
    """
    countries = {c.split("-")[0] for c in codes if c.endswith(SIBLING_SECTOR) and len(c.split("-")[0]) == 3}
    if len(countries) != 1 or not any(c in SECTOR_CODES or c in GENERIC_GROUP_CODES for c in codes):
        return None
    return countries.pop()


def _member_codes(c: Chunk) -> list[str]:
    """One code per member of a compound phrase, even when two members share a code.

    Two governments of one country joined by «و» are two parties to an agreement; the
    phrase's own codes list IRQ-GOV once. Empty when a member has no code of its own.
    """
    if c.is_place:
        return []  # «بين سرت ومصراتة»: two places of one country are still one country
    out = []
    for m in c.members:
        mc = m.codes()
        if not mc:
            return []
        out.append(mc[0])
    return out if len(set(out)) < len(out) else []


def _sent_from(type_: str, hit: Hit, chunks: list[Chunk], tgt: list[Chunk], place_country: str | None) -> str | None:
    """The country a bare source's sector takes: the sender's, not the one troops are sent to.

    «أعلن الرئيس الأمريكي إرسال 20 ألف جندي إلى العراق لضبط الأمن في بغداد»: Baghdad is where the soldiers go;
    they are the army of the state whose leader announces the sending (not the document's focus, Iraq).
    """
    if type_ != "MOBILIZE":
        return place_country
    dest = {k.split("-")[0] for c in tgt if c.prep in ("الي", "نحو", "باتجاه") for k in c.codes()}
    if not dest or place_country and place_country not in dest:
        return place_country
    for c in reversed([c for c in chunks if c.end <= hit.start and not c.prep]):
        home = {k.split("-")[0] for k in c.codes() if len(k.split("-")[0]) == 3} - dest
        if len(home) == 1:
            return home.pop()
    return place_country


def _complete(code: str, ctx: DocContext | None, place_country: str | None) -> str:
    """Give sector-only codes a country (place, then document focus); resolve «التنظيم»."""
    if code == ANAPHOR:
        return (ctx.last_group if ctx and ctx.last_group else "")
    if code and (code in SECTOR_CODES or code in GENERIC_GROUP_CODES) and code not in UNATTRIBUTED:
        country = place_country or (ctx.country() if ctx else None)
        return f"{country}-{code}" if country else code
    return code


def _convened_elections(h: Hit, hits: list[Hit], ws: list[Word], lex: Lexicon) -> bool:
    """«مرسوما بحل مجلس الأمة والدعوة إلى انتخابات مبكرة»: a ruler calling elections with a dissolution or by decree
    convenes them; it asks nothing of anyone (cues 'convened_elections')."""
    cue = lex.cues["convened_elections"]
    if h.trigger.type != "DEMAND" or h.trigger.pos != "noun" or h.end >= len(ws) or \
            ws[h.end].text not in cue["objects"]:
        return False
    decreed = h.start > 0 and ws[h.start - 1].text in cue["decrees"]
    return decreed or any(x.trigger.id in cue["dissolve_triggers"] and x.end <= h.start for x in hits)


def _drop_turned_denials(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """«نفى الجيش أن يكون قد استهدف مدرسة، مؤكداً أن طائراته قصفت مركز قيادة»: the act the speaker owns after
    the turn is the event of its type; the one it denies yields to it instead of swallowing it."""
    turns = lex.cues["modality"].get("denial_turn", [])
    if not turns or find_key(ws, turns, 0, len(ws)) is None:
        return hits
    mods = [modality(ws, h, lex) for h in hits]
    owned = [h for h, m in zip(hits, mods, strict=True) if m != "denied"]
    return [h for h, m in zip(hits, mods, strict=True) if m != "denied" or not any(
        o.trigger.type == h.trigger.type and o.start > h.end and find_key(ws, turns, h.end, o.start) is not None
        for o in owned)]


CONDITIONAL_THREAT = "conditional_threat"  # «في حال …، فإن X سترد»: the consequent of a condition set by a party


def _turned_denier(ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Chunk | None:
    """«نفى الجيش الإسرائيلي أن …، مؤكداً أن طائراته قصفت …»: who denies, then affirms, speaks for the act owned."""
    mod = lex.cues["modality"]
    at = find_key(ws, mod["denied"], 0, len(ws))
    if at is None or find_key(ws, mod.get("denial_turn", []), at + 1, len(ws)) is None:
        return None
    return next((c for c in chunks if c.start == at + 1 and not c.prep and not c.is_place), None)


def _requester(ws: list[Word], c: Chunk, hits: list[Hit], lex: Lexicon) -> bool:
    """«أصدر عفواً عن الكاتب استجابةً لطلب من الرئيس الألماني»: who asked for the act is no party to it (unless
    the asking is itself the event: «طلبت مصر من إسرائيل»)."""
    k = c.start - 2
    if k < 0 or ws[c.start - 1].text != "من":
        return False
    return ws[k].text in lex.cues["requester_heads"] and not any(h.start <= k < h.end for h in hits)


DOER_REACH = 6  # words from a condemnation to the relative verb naming who does what it condemns


def _relative_doer(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Chunk | None:
    """«… إزاء حملة الاعتقالات التي تشنها السلطات التونسية بحق معارضين»: the subject of the relative verb does the
    condemned act; those it is done to («بحق معارضين») are not the ones condemned."""
    rels = lex.cues.get("doer_relatives", frozenset())
    for k in range(hit.end, min(len(ws) - 1, hit.end + DOER_REACH)):
        if ws[k].gap.strip() and k > hit.end:
            return None
        if ws[k].text in rels and k > 0 and ws[k - 1].text in ("التي", "الذي", "اللتين", "اللذين"):
            return next((c for c in chunks if c.start == k + 1 and not c.prep and not c.is_place), None)
    return None


GIVER_REACH = 8  # words from an aid word («قافلة … تحمل مساعدات») to the relative verb naming who sent it


def _aid_giver(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Chunk | None:
    """«مساعدات غذائية أرسلتها مصر», «المساعدات التي قدمتها الإمارات»: the subject of a giving verb whose object
    pronoun is the aid gives it, wherever the sentence's main verb («وصلت») puts the convoy."""
    verbs = lex.cues["aid_giver_relatives"]
    for k in range(hit.end, min(len(ws) - 1, hit.start + GIVER_REACH)):
        if k > hit.end and any(ch in ws[k].gap for ch in ".:;؛!?؟،,"):
            return None
        if ws[k].text in verbs or ws[k].text[1:] in verbs and ws[k].text[0] == "و":
            return next((c for c in chunks if c.start == k + 1 and not c.prep and c.codes()), None)
    return None


def _merge(hits: list[Hit]) -> dict[str, list[Hit]]:
    by_type: dict[str, list[Hit]] = {}
    for h in hits:
        by_type.setdefault(h.trigger.type, []).append(h)
    return by_type


CLAUSE_VERB_REACH = 2  # «فيما التقى», «بينما اتصل رئيس الوزراء»: the clause's verb comes first
NOT_CLAUSE_AFTER = frozenset({"يتعلق", "يخص", "بعد", "يلي", "بينها", "بينهم", "بينهما"})  # «فيما يتعلق بـ»: regarding


def _reply_at(ws: list[Word], a: int, b: int, chunks: list[Chunk], lex: Lexicon) -> tuple[int, Chunk | None] | None:
    """Where a second clause of the same category starts between words ``a`` and ``b``, and its agent if known.

    «…، ورد الحوثيون بإطلاق صاروخ»: a reply verb whose subject follows it acts; «…، فيما التقى وزير …»:
    a clause of its own, whose roles are read within it.
    """
    replies = lex.cues["retaliation_verbs"]
    for k in range(a, b):
        t = ws[k].text
        if t[:1] in "وف" and t[1:] in replies:  # «ورد», «فردت»: a clause of its own, not the noun «ردُّ قوات الأمن»
            subj = next((c for c in chunks if c.start == k + 1 and c.start <= b and not c.prep and not c.is_place), None)
            if subj is not None:
                return k, subj
        if t in NEW_CLAUSE and k + 1 < b and ws[k + 1].text in replies:  # «…، فيما ردت القوات بغارات على …»
            subj = next((c for c in chunks if c.start == k + 2 and c.start <= b and not c.prep and not c.is_place), None)
            if subj is not None:
                return k + 1, subj
        if t in NEW_CLAUSE and any(ch in ws[k].gap for ch in "،,") and k + 1 < len(ws) and \
                ws[k + 1].text not in NOT_CLAUSE_AFTER and b - k <= CLAUSE_VERB_REACH:
            return k, None
    return None


def _own_clause(h: Hit, violent: list[Hit], ws: list[Word]) -> bool:
    """«…، فيما أعلنت كتائب القسام تدمير دبابة»: a result told in a clause of its own after «، فيما» is
    another side's act, not the damage of the strike before it."""
    k = h.start - 1
    if k < 1 or h.start - k > CLAUSE_VERB_REACH:
        return False
    return ws[k].text in NEW_CLAUSE and any(ch in ws[k].gap for ch in "،,") and \
        any(v.end <= k and not v.trigger.secondary for v in violent)


FRONTED = frozenset({"بعد", "عقب", "اثر", "وبعد"})  # a sentence opening on a time clause: «بعد ساعات من …،»
MAIN_VERB_REACH = 3  # words from the comma to the trigger of the main clause: «، أطلق الحزب عشرات الصواريخ»


EXCHANGE_WORDS = frozenset({"مقابل", "بمقابل"})  # «في مقابل» ends in «مقابل» too


def _exchange_at(ws: list[Word], group: list[Hit], h: Hit, chunks: list[Chunk]) -> tuple[int, Chunk] | None:
    """«أفرجت إسرائيل عن 90 أسيراً مقابل إطلاق حماس سراح ثلاث رهائن»: the other side of a swap is its own act.

    A verbal noun right after «مقابل» whose agent sits between its words («إطلاق حماس سراح») names who gives
    in return; without that agent («مقابل الإفراج عن …») the swap's other act stays untold.
    """
    if h.start == 0 or ws[h.start - 1].text not in EXCHANGE_WORDS or group[-1].end > h.start - 1:
        return None
    agent = next((c for c in chunks if c.start == h.start + 1 and c.end < h.end and not c.prep and not c.is_place),
                 None)
    return (h.start - 1, agent) if agent is not None else None


def _main_after_fronted(ws: list[Word], group: list[Hit], h: Hit) -> tuple[int, None] | None:
    """«بعد ساعات من إعلان الجيش اغتيال قائد …، أطلق الحزب عشرات الصواريخ»: the main clause after a fronted
    «بعد …،» clause is an act of its own, not the same one as the act the time clause names."""
    if not ws or ws[0].text not in FRONTED or not all(x.end <= h.start for x in group):
        return None
    if h.trigger.id in SEIZE_TRIGGERS and all(x.trigger.type == "FIGHT" for x in group):
        return None  # «بعد اشتباكات عنيفة، سيطر الجيش على المدينة»: the clashes' outcome, one battle
    for k in range(max(group[-1].end, h.start - MAIN_VERB_REACH), h.start + 1):
        if any(ch in ws[k].gap for ch in "،,") and _verb_shaped(ws[k].text):
            return k, None
    return None


def _verb_shaped(text: str) -> bool:
    """A bare past verb opening a clause («أطلق», «شنت»): no article, three to five letters."""
    return not text.startswith("ال") and 3 <= len(text) <= 5 and not text.endswith(("ات", "ه", "ي"))


SECOND_ACT_REACH = 2  # words from «وقررت» to the act it governs: «وقررت استدعاء سفيرها»
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def _second_act_at(ws: list[Word], group: list[Hit], h: Hit, chunks: list[Chunk]) -> tuple[int, None] | None:
    """Where a second act of the same subject starts: «…، وقررت استدعاء سفيرها».

    A past verb joined by «و» after a comma that closes a first clause opens a second event («اتهمت
    الخارجية المغرب بالتحريض، وقررت استدعاء سفيرها»); without the comma it goes on with the same act
    («استدعت السفير وسلمته مذكرة احتجاج»); an operation told in two clauses (an attack, a raid and
    its arrests, a visit and its talks) stays one episode.
    """
    if h.trigger.type not in SECOND_ACT_TYPES or not any(x.verbal and not x.trigger.casualty for x in group):
        return None
    a = group[-1].end
    for k in range(max(a, h.start - SECOND_ACT_REACH), h.start + 1):
        if not _joined_verb(ws[k].text):
            continue
        first = group[0].end
        subj_end = min((c.end for c in chunks if first <= c.start < k), default=first)
        if any(ch in ws[k].gap for ch in "،,") and k > subj_end:  # «أدانت الخارجية، واستنكرت …»: one act
            if h.trigger.mode == "complain" and ws[k].text.endswith(OBJECT_PRONOUNS) and \
                    any(x.trigger.mode == "summon" for x in group):
                continue  # «استدعت القائم بالأعمال …، وسلمته مذكرة احتجاج»: the summons' own protest note
            return k, None
    return None


def _joined_verb(word: str) -> bool:
    """«وقررت», «وسلمته», «وأبلغتهم»: a coordinated past verb, with or without an object pronoun."""
    for suffix in OBJECT_PRONOUNS:
        if word.endswith(suffix) and _coordinated_verb(word[:-len(suffix)]):
            return True
    return _coordinated_verb(word)


def _resumes(w: Word) -> bool:
    """«بينما وقعها من جانب ناميبيا مندوبها»: a verb whose object pronoun is the same event's thing."""
    return any(w.text.endswith(p) and w.text[:-len(p)] in w.bases for p in ("ها", "ه", "هم", "هما"))


def _split_replies(by_type: dict[str, list[Hit]], ws: list[Word], chunks: list[Chunk],
                   lex: Lexicon) -> list[tuple[str, list[Hit], list[Chunk], Chunk | None]]:
    """One event per category, except that a reply by another actor («وردت قسد باستهداف قاعدة») is its own.

    Each part keeps only the phrases on its side of the reply verb; a reply's agent is the verb's subject.
    """
    out: list[tuple[str, list[Hit], list[Chunk], Chunk | None]] = []
    for type_, hs in by_type.items():
        group, lo, agent = [hs[0]], 0, None
        for h in hs[1:]:
            reply = _reply_at(ws, group[-1].end, h.start, chunks, lex) or _exchange_at(ws, group, h, chunks)
            acted = any(not x.trigger.casualty for x in group)  # not «أصيب … فيما انفجرت»: the wound's cause
            verbal = h.verbal or ws[h.start].text in lex.cues["announce_verbs"]  # «فيما أعلنت القسام تدمير دبابة»
            if reply is None or not acted or (reply[1] is None and not (verbal and not _resumes(ws[h.start]))):
                reply = _second_act_at(ws, group, h, chunks)
                if reply is not None:  # the same subject acts again: «وقررت استدعاء سفيرها»
                    reply = reply[0], agent or _subject_of(group, ws, chunks, lex)
                else:  # «بعد … اغتيال قائد …، أطلق الحزب صواريخ»: the main clause names its own subject
                    reply = _main_after_fronted(ws, group, h)
            if reply is not None:
                part = [c for c in chunks if lo <= c.start and c.end <= reply[0]]
                out.append((type_, group, part, agent))
                group, lo, agent = [], reply[0] + 1, reply[1]
            group.append(h)
        part = [c for c in chunks if lo <= c.start] if lo else chunks
        if agent is not None and agent not in part:
            part = [agent] + part  # the shared subject, so the second act keeps its actor
        out.append((type_, group, part, agent))
    return out


def _subject_of(group: list[Hit], ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Chunk | None:
    """The first clause's subject, which a second coordinated act shares."""
    src = assign(_primary(group), chunks, ws, lex)[0]
    return src[0] if src else None


def _primary(hs: list[Hit]) -> Hit:
    non_cas = [h for h in hs if not h.trigger.casualty]
    pool = non_cas or hs
    return pool[0]


def _mode(hs: list[Hit]) -> str | None:
    """The most specific mode among a category's triggers («اتصال هاتفي» beats «بحث»)."""
    modes = [h.trigger.mode for h in hs if h.trigger.mode]
    if not modes:
        return None
    rank = get_lexicon().cues["mode_rank"]
    return max(modes, key=lambda m: (rank.get(m, 0), -modes.index(m)))


def _armed_subject_after(h: Hit, chunks: list[Chunk], ws: list[Word]) -> bool:
    """«قتل الجيش الصومالي 30 عنصراً … في عملية»: an armed subject right after «قتل» makes it a killing, not a toll."""
    return any(c.start == h.end and not c.prep and is_armed(c) and ws[c.start].text.startswith("ال") and
               c.end < len(ws) and _object_word(ws[c.end]) for c in chunks)


OWN_LOSS_REACH = 4  # words from «مقتل» to «من جنوده»


def _announced_toll(h: Hit, chunks: list[Chunk], ws: list[Word]) -> bool:
    """«أعلن الجيش الصومالي مقتل 30 من مسلحي حركة الشباب»: an armed body announcing the dead it made."""
    cues = get_lexicon().cues
    c = next((c for c in chunks if c.end == h.start and not c.prep and is_armed(c)), None)
    if any(w.text in cues["own_losses"] for w in ws[h.end:h.end + OWN_LOSS_REACH]):
        return False  # «أعلن الجيش مقتل خمسة من جنوده»: its own losses
    return c is not None and c.start > 0 and ws[c.start - 1].text in cues["announce_verbs"]


def _object_word(w: Word) -> bool:
    """«30 عنصراً», «خمسة مسلحين» after the subject: a count or an accusative opens the object."""
    return w.text.isdigit() or w.text.endswith(("ا", "\u064b")) or w.text in get_lexicon().cues["count_words"]


SEIZE_TRIGGERS = frozenset({"seize_control", "seize_control_v"})
SIEGE_WORDS = ("حصار", "الحصار", "وحصار", "بحصار")
CONSEQUENCE_VERBS = frozenset({"اسفر", "ادي", "تسبب", "خلف", "اوقع"})  # «ما أسفر عن مقتل …»: what an act caused
CONSEQUENCE_RELATIVES = frozenset({"ما", "مما"})


def _consequence(h: Hit, ws: list[Word]) -> bool:
    """A toll told as what the sentence's act caused («… ما أسفر عن مقتل مئات المدنيين»)."""
    k = h.start - 2
    return k >= 1 and ws[k].text in CONSEQUENCE_VERBS and ws[k - 1].text in CONSEQUENCE_RELATIVES


def _resolve_types(by_type: dict[str, list[Hit]], ws: list[Word], sctx: Any) -> dict[str, list[Hit]]:
    """Cross-category rules: consult/agree swallow cooperate; clashes swallow bare casualty reports."""
    if "COOPERATE" in by_type and ("CONSULT" in by_type or "AGREE" in by_type):
        del by_type["COOPERATE"]
    if "COERCE" in by_type and "ASSAULT" in by_type and all(h.trigger.mode == "raid" for h in by_type["COERCE"]) and \
            all(h.trigger.casualty and _consequence(h, ws) for h in by_type["ASSAULT"]):
        by_type["ASSAULT"] = by_type.pop("COERCE") + by_type["ASSAULT"]  # «اقتحمت … ما أسفر عن مقتل مئات»: a deadly raid
    killers = [h for h in by_type.get("ASSAULT", []) if h.trigger.casualty and _armed_subject_after(h, sctx.chunks, ws)]
    if killers and "FIGHT" in by_type and all(h.trigger.mode == "offensive" for h in by_type["FIGHT"]):
        for h in killers:
            h.verbal = True  # «قتل الجيش الصومالي 30 عنصراً»: a verb with its subject, not the noun «قتلُ»
        by_type["ASSAULT"].extend(by_type.pop("FIGHT"))  # «… في عملية عسكرية»: the operation it was done in
    announced = [h for h in by_type.get("ASSAULT", []) if h.trigger.casualty and _announced_toll(h, sctx.chunks, ws)]
    if announced and "FIGHT" in by_type and all(h.trigger.mode == "offensive" for h in by_type["FIGHT"]):
        by_type["ASSAULT"].extend(by_type.pop("FIGHT"))  # «أعلن الجيش مقتل 30 مسلحاً في عملية عسكرية»: its kill
    if "ASSAULT" in by_type and "FIGHT" in by_type and all(h.trigger.casualty for h in by_type["ASSAULT"]):
        by_type["FIGHT"].extend(by_type.pop("ASSAULT"))  # «قتل 5 في اشتباكات»: one clash, with its dead
    if "ASSAULT" in by_type and not sctx.armed and sctx.bases & get_lexicon().cues["crime_cues"]:
        by_type.setdefault("CRIME", []).extend(by_type.pop("ASSAULT"))  # «قتل زوجته طعناً إثر خلاف»
    violent = [h for t in ("ASSAULT", "FIGHT") for h in by_type.get(t, [])]
    if "ASSAULT" in by_type and any(not h.trigger.secondary for h in violent):
        by_type["ASSAULT"] = [h for h in by_type["ASSAULT"] if not h.trigger.secondary or
                              _own_clause(h, violent, ws)]  # «غارة … دمرت منزلاً»
        if not by_type["ASSAULT"]:
            del by_type["ASSAULT"]
        violent = [h for t in ("ASSAULT", "FIGHT") for h in by_type.get(t, [])]
    if "SANCTION" in by_type and "FIGHT" in by_type and all(
            h.trigger.id == "embargo" and ws[h.start].text.startswith(SIEGE_WORDS) for h in by_type["SANCTION"]):
        del by_type["SANCTION"]  # «سيطرت على الفاشر بعد حصار ومعارك مع الجيش»: a siege in battle, no sanction
    for t in ("MOBILIZE", "AID"):  # «هجوم يستهدف رتلاً», «أغارت على قافلة»: the convoy is the target
        if t in by_type and violent and all(
                h.trigger.pos == "noun" and not h.verbal and any(0 < h.start - v.start <= 6 or _undergoer(h, v, ws)
                                                                 for v in violent)
                for h in by_type[t]):
            del by_type[t]
    if "MOBILIZE" in by_type and "AID" in by_type:  # «أرسلت الإمارات مساعدات … عبر قوات»: what was sent is aid
        by_type["MOBILIZE"] = [h for h in by_type["MOBILIZE"] if not (h.trigger.id == "deploy" and any(
            0 < a.start - h.end <= SENT_OBJECT for a in by_type["AID"]))]
        if not by_type["MOBILIZE"]:
            del by_type["MOBILIZE"]
    if "PROTEST" in by_type and "COERCE" in by_type and not sctx.armed and \
            all(h.trigger.mode == "raid" for h in by_type["COERCE"]):
        by_type["PROTEST"].extend(by_type.pop("COERCE"))  # «محتجون يقتحمون مقر المحافظة»: the protest itself
    if "CRIME" in by_type and sctx.armed and all(h.trigger.mode == "kidnap" or _looting(h, ws) for h in by_type["CRIME"]) \
            and not sctx.bases & get_lexicon().cues["crime_cues"]:
        by_type.setdefault("ASSAULT", []).extend(by_type.pop("CRIME"))  # abduction or looting by armed men: violence
    if "CRIME" in by_type and ("ASSAULT" in by_type or "FIGHT" in by_type):
        del by_type["CRIME"]  # «معارك ضد عصابات التهريب»: the smugglers are the enemy, not a second event
    return by_type


def _receive_at(ws: list[Word], lex: Lexicon) -> int | None:
    rv = lex.cues["receive_verbs"]
    for w in ws:
        if set(w.bases) & rv or w.text in rv:
            return w.i
    return None


def _event_date(hit: Hit, sent_start: int, sent_end: int, ws: list[Word], timexes: list[Any],
                published: Any) -> tuple[EventDate, float]:
    """Date from the nearest time expression of the sentence, else the document date (less sure).

    Only expressions that place the event in time count: a resolved day, month, year, season…
    never a length («لمدة عامين», value P2Y) nor an unresolved or open-ended one.
    """
    anchor = ws[hit.start].start if ws else sent_start
    best = None
    for t in timexes:
        if t.start >= sent_start and t.end <= sent_end and t.earliest and t.granularity in EVENT_GRANULARITIES:
            d = abs(t.start - anchor)
            if best is None or d < best[0]:
                best = (d, t)
    if best is not None:
        t = best[1]
        return EventDate(earliest=t.earliest, latest=t.latest or t.earliest, value=t.value,
                         granularity=t.granularity or "unknown", how="timex"), 0.0
    if published is not None and (published.value or published.earliest or published.latest):
        return EventDate(earliest=published.earliest or published.value, latest=published.latest or published.value,
                         value=published.value, granularity="document", how="document"), DOC_DATE_PENALTY
    return EventDate(), DOC_DATE_PENALTY


DATELINE_WORDS = 4  # words a dateline («القدس المحتلة (وفا) -») may take before its dash


DATELINE_AGENCY_WORDS = 3  # words of an agency name between a dateline's dash and its colon («- أ ش أ:»)


def _dateline_end(ws: list[Word], text: str) -> tuple[int, int]:
    """Words of an agency dateline opening the sentence («بغداد (رويترز) -», «دمشق-سانا-», «الدوحة - قنا:»)
    and the words of its city before the agency, or (0, 0).

    It ends at a dash within its first words, after a parenthesis or a dash-joined agency name, or at a colon
    a few words after a single dash («بغداد - واع:»). The agency's name is no place even when it spells one
    («قنا», the Qatar News Agency, is also an Egyptian city).
    """
    seen_paren = False
    dashes = 0
    for k in range(1, min(len(ws), DATELINE_WORDS + 2)):
        between = text[ws[k - 1].end:ws[k].start]
        seen_paren = seen_paren or "(" in between or ")" in between
        if any(d in between for d in "-–—"):
            dashes += 1
            if seen_paren or dashes == 2:
                return k, k
            for j in range(k + 1, min(len(ws), k + DATELINE_AGENCY_WORDS + 1)):
                gap = text[ws[j - 1].end:ws[j].start]
                if ":" in gap:
                    return j, k
                if gap.strip():
                    break
    return 0, 0


BOUND_REACH = 6  # words from a «بـ»-taking trigger to its object («اعترفت … رسمياً بدولة فلسطين»)


TRANSIT_WORDS = frozenset({"عبر", "وعبر"})  # «إلى سوريا عبر الأراضي الأردنية»: the way, not a party
TRANSIT_REACH = 3  # words from «عبر» to the place: «عبر الحدود الجنوبية للبنان»
ROUTE_ADJECTIVES = frozenset({"الجنوبيه", "الشماليه", "الشرقيه", "الغربيه", "المشتركه", "البريه", "البحريه"})


def _transit(ws: list[Word], c: Chunk, lex: Lexicon) -> bool:
    """A country or place named as the route something passes («عبر الأراضي الأردنية», «عبر مصر»)."""
    k = c.start - 1
    while k >= 0 and k >= c.start - TRANSIT_REACH and (ws[k].bset & lex.cues["geo_heads"] or
                                                       ws[k].text in ROUTE_ADJECTIVES) and not ws[k + 1].gap.strip():
        k -= 1
    return k >= 0 and ws[k].text in TRANSIT_WORDS and not ws[k + 1].gap.strip() and \
        all(it.kind in ("country", "adj", "place") for m in c.members for it in m.items)


FLIGHT_CLITICS = ("ب", "ل", "وب", "ول")  # «بالفرار», «للهرب»
FLIGHT_ENDINGS = ("ه", "ها", "هم", "هما")  # «فراره», «هروبهم»


def _flight_destination(ws: list[Word], c: Chunk, lex: Lexicon) -> bool:
    """«أثناء محاولته الفرار إلى النيجر»: where someone fled is no party to the arrest or the attack."""
    k = c.start - 1
    if k < 1 or ws[k].text not in ("الي", "نحو") or c.prep not in ("الي", "نحو") or ws[k].gap.strip():
        return False
    word = ws[k - 1].text
    flight = lex.cues["flight_destination"]
    stems = {word} | {word[len(p):] for p in FLIGHT_CLITICS if word.startswith(p)}
    stems |= {s[:-len(e)] for s in list(stems) for e in FLIGHT_ENDINGS if s.endswith(e)}
    stems |= {"ال" + s for s in list(stems) if not s.startswith("ال")}
    return bool(stems & flight) and all(it.kind in ("country", "place") for m in c.members for it in m.items)


def _border_neighbour(ws: list[Word], c: Chunk, lex: Lexicon) -> bool:
    """«في منفذ زرباطية الحدودي مع إيران»: the neighbour a border place phrase names only says where.

    Only when a preposition opens the phrase: «أعادت فتح معبر رأس جدير الحدودي مع تونس» acts on the crossing itself.
    """
    cue = lex.cues["border_with"]
    k = c.start - 1
    if k < 1 or ws[k].text not in cue["with"] or ws[k - 1].text not in cue["adjectives"] or \
            not all(it.kind in ("country", "place") for m in c.members for it in m.items):
        return False
    preps = lex.cues["preps"]
    return any(ws[j].text in preps or ws[j].text.startswith(("بال", "وبال")) for j in range(max(0, k - 1 - cue["reach"]), k - 1))


def sentence_events(text: str, offset: int, *, mentions: list | None = None, timexes: list | None = None,
                    published: Any = None, ctx: DocContext | None = None, sent_index: int | None = None,
                    doc_id: str | None = None, lex: Lexicon | None = None, folded: str | None = None) -> list[Event]:
    """Events of one sentence whose text starts at ``offset`` in the document body.

    ``folded``: the sentence's length-keeping normalization, if the caller sliced it from the body's.
    """
    lex = lex or get_lexicon()
    ws = words(text, offset, folded)
    hits = find_hits(ws, lex)
    if not hits:
        if ctx is not None:
            ctx.defer(ws)
        return []
    if ctx is not None:
        ctx.flush(lex)
    items, names = first_name_nisbas(find_items(ws, lex), ws, mentions)
    chunks = build_chunks(ws, resolve_kingdom(ws, items, lex, ctx.country() if ctx else None), lex)
    chunks = attach_mentions(chunks, ws, mentions or [], 0, [(ws[h.start].start, ws[h.end - 1].end) for h in hits],
                             names)
    chunks = _envoy_of_mission([c for c in chunks if not press_adjective(c, ws, lex)], ws, lex)
    chunks = owned_units(opposition_parties(party_leaders(chunks, ws, lex)), ws, lex)
    dateline, city = _dateline_end(ws, text)
    if dateline:  # «بغداد (رويترز) -», «دمشق-سانا-»: the agency that files the story is no party to it
        chunks = [c for c in chunks if c.end > dateline or (c.is_place and c.end <= city)]
    hits = [_party_attack(h, ws, chunks, lex) for h in hits]
    hits, sctx = filter_hits(hits, ws, chunks, lex)
    hits = [_smuggling_drone(_verbal_attack(h, ws, chunks), ws, lex) for h in hits]
    hits = [h for h in hits if h.trigger.id not in SPEAKER_PARTICIPLES or any(ch in ws[h.start].gap for ch in "،,")]
    hits = drop_self_harm(hits, ws, lex)
    if ctx is not None:
        ctx.update(chunks)
    hits = refusals(reported_threats(drop_background(drop_hypothetical(prune(hits, ws, lex, sctx), ws, lex), ws, lex), ws, lex),
                    ws, lex)
    hits = governance(drop_topics(judged_attacks(hits, ws, lex), ws, lex), ws, lex)
    if not hits:
        return []
    hits = _drop_turned_denials(hits, ws, lex)
    hits = [h for h in hits if not _convened_elections(h, hits, ws, lex)] or hits
    by_type = _resolve_types(_merge(hits), ws, sctx)
    loc, loc_chunk = location(ws, chunks, lex, text, offset)
    place_country = loc.country if loc else None
    attr_text, attr_chunk = attribution(ws, chunks, text, offset, lex)
    if attr_chunk is None:
        attr_chunk = _turned_denier(ws, chunks, lex)
        if attr_chunk is not None:
            attr_text = text[attr_chunk.char_start - offset:attr_chunk.char_end - offset]
    dead, injured = casualties(ws, lex)
    recv = _receive_at(ws, lex)
    bound = loc_chunk is not None and loc_chunk.prep == "ب" and any(  # «اعترافها بدولة فلسطين»: the «بـ» object
        "ب" in h.trigger.prep_target and 0 <= loc_chunk.start - h.end <= BOUND_REACH and
        not any(ws[k].gap.strip() for k in range(h.end, loc_chunk.start + 1)) for h in hits)
    # «اعترفت إسبانيا وإيرلندا والنرويج رسمياً بدولة فلسطين»: past the subject too
    arg_chunks = [c for c in chunks if c is not loc_chunk or bound or c.prep not in ("في", "ب")]
    arg_chunks = [c for c in arg_chunks if not _transit(ws, c, lex) and not _flight_destination(ws, c, lex) and
                  not _border_neighbour(ws, c, lex)]
    arg_chunks = [c for c in arg_chunks if not _requester(ws, c, hits, lex)]
    inner = [(a, b) for a, b in resumptive_spans(ws, lex)  # «بعد منشورات انتقد فيها السلطات»: the posts'
             if not any(h.start <= a - 1 < h.end for h in hits)]  # words (not «مسيرة شارك فيها»: the march's own)
    if inner and any(not any(a <= h.start < b for a, b in inner) for h in hits):
        arg_chunks = [c for c in arg_chunks if not any(a <= c.start < b for a, b in inner)]
    loc_origin = loc_chunk is not None and (loc_chunk.prep == "من" or (
        loc_chunk.start > 1 and ws[loc_chunk.start - 1].text in lex.cues["location_heads"] and ws[loc_chunk.start - 2].text == "من"))
    events = []
    called = [(h.start, h.end) for h in hits if h.trigger.id in SPEAKER_PARTICIPLES]
    for type_, hs, part_chunks, agent in _split_replies(by_type, ws, arg_chunks, lex):
        if called and not any(h.trigger.id in SPEAKER_PARTICIPLES for h in hs):
            # «أدانت قطر الهجوم، داعيةً مجلس الأمن إلى التحرك»: who is called on is not who is condemned
            part_chunks = [c for c in part_chunks if not any(a < c.start < b for a, b in called)]
        ev = _build_event(type_, hs, ws, part_chunks, lex, text, offset, ctx, place_country, recv,
                          attr_chunk, attr_text, loc, sctx, loc_origin)
        if ev is None:
            continue
        if ev.type == "CONSULT" and not ev.source:
            host = _host_place(ws, part_chunks, ev.trigger_start)
            if host is not None:  # «تستضيف برلين مؤتمراً دولياً حول ليبيا»: the host city's country takes part
                ev.source = _actors([host], text, offset, ctx, place_country, "source")
        if not ev.target and ev.type in ("COOPERATE", "SANCTION") and loc_chunk is not None and \
                loc_chunk.prep == "في" and any("سفار" in ws[k].text for k in range(max(0, loc_chunk.start - 2), loc_chunk.start)):
            host = _actors([loc_chunk], text, offset, ctx, place_country, "target")  # «أعادت تركيا فتح سفارتها في
            if host and host[0].code and _country(host[0].code) not in {_country(a.code) for a in ev.source}:  # دمشق»
                ev.target = host[:1]
        if _state_execution(ev, text):
            ev.type, ev.mode = "COERCE", "execution"  # «أعدمت السلطات الإيرانية رجلاً أدين بالتجسس»
            _executing_state(ev, text, offset)
        _sentenced_person(ev, hs, ws)
        if agent is not None:  # «فرد حزب الله بقصف مستوطنات»: the one who replies acts
            old_source = ev.source
            ev.source = _actors([agent], text, offset, ctx, place_country, "source")
            ev.target = [a for a in ev.target if a.start != agent.char_start]
            hit_at = ev.trigger_start or 0
            struck = [a for a in old_source if a.start is not None and a.start > hit_at and a.start != agent.char_start]
            if struck:  # «وردت القوات الأوكرانية بقصف مواقع روسية»: what the reply hit, not where the first struck
                seen = {a.start for a in struck}
                ev.target = struck + [a for a in ev.target if a.start not in seen and (loc is None or a.text != loc.text)]
            prev = next((e for e in reversed(events) if e.type == type_), None)
            if not ev.target and prev is not None and _codes(prev.source) == _codes(ev.source):
                ev.target = list(prev.target)  # «استدعت السفير وسلمته مذكرة احتجاج»: the same side again
            elif not ev.target and prev is not None and prev.source and _hits_own_sites(ws, agent.end, lex):
                ev.target = list(prev.source)  # «فيما ردت القوات بغارات على مواقعها»: the first side's own sites
        if type_ in ("ASSAULT", "FIGHT"):
            ev.dead, ev.injured = dead, injured
        hosts = ev.target if ev.mode in ("visit", "host") else ev.source + ev.target
        if ev.location is None and ctx is not None and ctx.last_location is not None and \
                ctx.last_location.country in {(a.code or "").split("-")[0] for a in hosts}:
            ev.location = ctx.last_location  # the title's place (the dateline), for an actor of that country
            ev.confidence = round(ev.confidence - 0.05, 2)
        d, penalty = _event_date(_primary(hs), offset, offset + len(text), ws, timexes or [], published)
        ev.date = d
        ev.confidence = round(max(0.05, ev.confidence - penalty), 2)
        ev.sentence, ev.sentence_start, ev.sentence_end, ev.sentence_text = sent_index, offset, offset + len(text), text
        ev.doc = doc_id
        events.append(ev)
    events.sort(key=lambda e: e.trigger_start or 0)
    _share_participants(events, ws, lex)
    _dispersed_crowd(events)
    _left_organization(events)
    return events


INTERNATIONAL_BODIES = frozenset({"UN", "WHO", "ICC", "ICJ", "ECOWAS", "AU", "EU", "NATO", "OIC", "ARL", "GCC",
                                  "IAEA", "UNESCO", "UNHRC", "OPEC", "IMF", "WTO", "UNRWA"})


RESIDENTIAL_WORDS = frozenset({"احياء", "الاحياء", "منازل", "المنازل", "مساكن", "بيوت", "البيوت"})
RESIDENTIAL_REACH = 7  # words from a strike verb to the homes it hits, past its subject and an instrument («بالبراميل المتفجرة»)


def _left_organization(events: list[Event]) -> None:
    """«أعلنت مالي وبوركينا فاسو والنيجر انسحابها من المحكمة الجنائية الدولية», «انسحبت الولايات المتحدة رسميا
    من منظمة الصحة العالمية»: a state leaving an international body rejects it (blind27-055); no troops move."""
    for ev in events:
        if ev.type != "RETREAT" or not any(a.code in INTERNATIONAL_BODIES for a in ev.target) or \
                any(a.code in INTERNATIONAL_BODIES for a in ev.source):
            continue
        ev.type, ev.mode, ev.quad, ev.cameo = "REJECT", "refuse", "verbal conflict", "12"
        ev.target = [a for a in ev.target if a.code in INTERNATIONAL_BODIES]
        for a in ev.source:
            if a.code and a.code.endswith("-MIL"):
                a.code = a.code.split("-")[0]  # a state, not its army, leaves a court or a treaty body


SPEAKING_SECTORS = frozenset({"GOV", "LEG", "OPP", "JUD", "PTY"})


def _colon_speaker(ws: list[Word], chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The actor that opens a headline and ends at its colon («الخارجية المصرية: ندين …»), before the trigger."""
    c = next((c for c in chunks if c.start == 0), None)
    if c is None or c.prep or c.is_place or c.end >= len(ws) or ":" not in ws[c.end].gap or c.end > hit.start:
        return None
    return c


HEADLINE_MEASURES = frozenset({"COERCE", "CONCEDE", "SANCTION", "DISAPPROVE", "AID", "MOBILIZE", "RETREAT"})


def _headline_actor(ws: list[Word], chunks: list[Chunk], hit: Hit, type_: str) -> Chunk | None:
    """«الأردن: الإفراج عن 12 موقوفاً», «الخارجية القطرية: استدعاء السفير الإيراني»: a verbless headline whose
    colon is followed at once by a measure's verbal noun reports the speaker's own act (a state's or a force's).
    Casualty nouns («مقتل», «استشهاد») stay out: a ministry reporting deaths is no killer."""
    if type_ not in HEADLINE_MEASURES or hit.verbal and ws[hit.start].text[:1] in ("ي", "ت", "ن"):
        return None  # «الخارجية: تستدعي …» is a verb with its own subject; «استدعاء السفير» a verbal noun
    c = _colon_speaker(ws, chunks, hit)
    if c is None or c.end != hit.start:
        return None
    codes = c.codes()
    sectors = c.sectors() | {code.split("-")[-1] for code in codes if "-" in code}
    if not codes or not (sectors & (STATE_SECTORS | {"LEG"}) or
                         c.has_kind("country") and all("-" not in code for code in codes)):
        return None
    return c


LADEN_WITH = frozenset({"محمله", "محملا", "محملتين", "محمل", "تحمل", "تحملان", "المحمله"})
CONTRABAND = frozenset({"مخدرات", "المخدرات", "مواد", "المواد", "حبوب", "الحبوب", "اسلحه", "الاسلحه", "ذخائر",
                        "الذخائر", "كبتاغون", "الكبتاغون", "الكبتاجون", "كبتاجون", "حشيش", "الحشيش"})
LADEN_REACH = 3  # words from the drone to «محمّلة» («طائرة مسيرة صغيرة محملة بالمخدرات»)


def _smuggling_drone(h: Hit, ws: list[Word], lex: Lexicon) -> Hit:
    """«أسقطت القوات المسلحة الأردنية طائرة مسيرة محملة بالمخدرات»: a drone carrying contraband that a force
    brings down is smuggling foiled, the force's coercion, no attack on it."""
    if h.trigger.id != "drone" or not any(ws[k].text in lex.cues["intercept_verbs"]
                                          for k in range(max(0, h.start - DOWNED_BACK), h.start)):
        return h
    for k in range(h.end, min(len(ws) - 1, h.end + LADEN_REACH)):
        if ws[k].gap.strip():
            return h
        if ws[k].text in LADEN_WITH:
            if ws[k + 1].bset & CONTRABAND or ws[k + 1].text[:1] == "ب" and ws[k + 1].text[1:] in CONTRABAND:
                return Hit(h.start, h.end, replace(h.trigger, type="COERCE", mode="seize", violent=False,
                                                   strong=False), h.prefix, h.verbal, h.tail)
            return h
    return h


DOWNED_BACK = 8  # words from «أسقطت/اعترضت» to the drone it downed, past a subject («أسقطت القوات المسلحة الأردنية»)


def _verbal_attack(h: Hit, ws: list[Word], chunks: list[Chunk]) -> Hit:
    """«هاجم الرئيس الأمريكي دونالد ترامب رئيس مجلس الاحتياطي الفيدرالي جيروم باول»: an official who «attacks» an
    unarmed official right after him attacks in words."""
    if h.trigger.id != "attack_v" or not h.verbal:
        return h
    subj = next((c for c in chunks if c.start == h.end and not c.prep), None)
    if subj is None or subj.is_place or is_armed(subj) or not subj.has_kind("person") or \
            not {code.split("-")[-1] for code in subj.codes()} & SPEAKING_SECTORS:
        return h
    obj = next((c for c in chunks if c.start == subj.end and not c.prep), None)
    if obj is None or obj.is_place or is_armed(obj) or not obj.has_kind("person", "sector", "group"):
        return h
    return Hit(h.start, h.end, replace(h.trigger, type="DISAPPROVE", mode="complain", violent=False), h.prefix,
               h.verbal, h.tail)


def _party_attack(h: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Hit:
    """«هاجم حزب العدالة والتنمية الحكومة»: a political party that «attacks» attacks in words (DISAPPROVE), unless
    the «party» is an armed group («هاجم حزب الله مواقع …»)."""
    if h.trigger.id != "attack_v" or not h.verbal or h.end >= len(ws) or \
            ws[h.end].text not in lex.cues.get("party_nouns", frozenset()):
        return h
    subj = next((c for c in chunks if c.start <= h.end < c.end), None)
    if subj is not None and is_armed(subj):
        return h
    return Hit(h.start, h.end, replace(h.trigger, type="DISAPPROVE", mode="complain", violent=False, need=()),
               h.prefix, h.verbal, h.tail)


def _dispersed_crowd(events: list[Event]) -> None:
    """«فرقت قوات الأمن المغربية مسيرة شبابية»: the march the police broke up is unnamed civilians'.

    The protest took the police for its subject (the only actor before it); its marchers are the
    police's country's civilians, and they are whom the dispersal targets.
    """
    force = next((e for e in events if e.type == "COERCE" and e.mode == "crowd-control" and e.source), None)
    if force is None:  # «اعتقلت الشرطة التركية عشرات المحتجين»: the protesters arrested are the object, not the police
        force = next((e for e in events if e.type == "COERCE" and e.mode in ("arrest", "block") and e.source and
                      any(p.type == "PROTEST" and (p.trigger_start or 0) > (e.trigger_start or 0) for p in events)),
                     None)
    if force is None:  # «مقتل 40 متظاهرا برصاص قوات الأمن»: the protesters shot are the protest's marchers
        force = next((e for e in events if e.type == "ASSAULT" and e.source and
                      any((a.code or "").endswith("-CVL") for a in e.target) and
                      any(p.type == "PROTEST" and _codes(p.source) == _codes(e.source) for p in events)), None)
        if force is None:
            return
        for ev in events:
            if ev.type == "PROTEST" and _codes(ev.source) == _codes(force.source):
                ev.source = [a for a in force.target if (a.code or "").endswith("-CVL")][:1]
                ev.target = []
        return
    country = _home_country(force.source)
    for ev in events:
        if ev.type == "PROTEST" and country and _codes(ev.source) == _codes(force.source) and \
                (force.mode == "crowd-control" or (ev.trigger_start or 0) > (force.trigger_start or 0)):
            crowd = Actor(text=ev.trigger or "", code=f"{country}-CVL", start=ev.trigger_start, end=ev.trigger_end)
            ev.source = [crowd]
            if not force.target:
                force.target = [crowd]


HOST_PLACE_VERBS = frozenset({"استضافت", "استضاف", "تستضيف", "يستضيف", "احتضنت", "احتضن", "تحتضن", "يحتضن"})
HOST_PLACE_REACH = 3  # words from the host phrase to the meeting noun («تستضيف برلين مؤتمراً»)


def _host_place(ws: list[Word], chunks: list[Chunk], trigger_start: int | None) -> Chunk | None:
    """The place or country right after «استضافت/تحتضن» before a meeting noun: the host, a party to the talks."""
    at = next((w.i for w in ws if w.start == trigger_start), None)
    if at is None:
        return None
    for c in chunks:
        k = c.start - 1
        if not c.prep and c.end <= at and at - c.end <= HOST_PLACE_REACH and k >= 0 and \
                ws[k].text.removeprefix("و") in HOST_PLACE_VERBS and (c.is_place or c.has_kind("country")):
            return c
    return None


def _looting(h: Hit, ws: list[Word]) -> bool:
    """«قامت قوات الدعم السريع بنهب مستشفى»: looting («نهب»), unlike theft or robbery, is an armed force's act."""
    return h.trigger.mode == "theft" and "نهب" in ws[h.start].text


PUNISHING_SECTORS = frozenset({"GOV", "JUD", "COP"})  # who executes by law: the government, a court, the police
EXECUTION_STEMS = ("اعدم", "اعدام", "تعدم", "يعدم")


CONVICTION_WORDS = ("ادين", "مدان", "محكوم", "بحكم", "قصاصا", "تعزيرا", "بعد ادانته", "بعد ادانتها",
                    "بعد ادانتهم", "بتهمه", "بتهم ")  # the executed was sentenced («بتهمة التجسس لصالح …»)


def _state_execution(ev: Event, text: str) -> bool:
    """An execution carried out by the state is a punishment (COERCE); one by an armed group stays an ASSAULT.

    «أعدمت السعودية مواطناً أدين بـ …»: a country's execution of a convict is the state's, whatever
    sector the violent verb gave its name.
    """
    if ev.type not in ("ASSAULT", "CRIME") or not ev.source or not ev.trigger:
        return False  # CRIME: «أعدمت … مواطنا أدين بقتل والده طعنا»: the convict's crime cues the sentence, not the act
    trig = _plain(ev.trigger)
    if not any(s in trig for s in EXECUTION_STEMS) or "ميداني" in _plain(text):
        return False  # «أعدمت … ميدانياً»: a field execution is a killing
    isos = get_lexicon().isos
    codes = [(a.code or "").split("-") for a in ev.source]
    if not all(c[0] in isos for c in codes):
        return False  # «أعدم مسلحون …», «أعدم تنظيم داعش …»: no state
    if all(len(c) == 1 or c[-1] in PUNISHING_SECTORS for c in codes) or all(_country_name(a.text) for a in ev.source):
        return True  # «إيران تعدم متظاهراً»: a country named alone is its state
    plain = _plain(text)
    return any(w in plain for w in CONVICTION_WORDS)


def _executing_state(ev: Event, text: str, offset: int) -> None:
    """«أعدمت إيران ثلاثة رجال أدينوا بالتجسس لصالح إسرائيل»: a country named alone executes as a state (not its
    army), and a party named after the conviction is in the charge: the executed are the state's own people."""
    for a in ev.source:
        if a.code and a.code.endswith("-MIL") and _country_name(a.text):
            a.code = a.code.removesuffix("-MIL")
    home = _home_country(ev.source)
    plain = _plain(text)
    at = min((plain.find(w) for w in CONVICTION_WORDS if w in plain), default=-1)
    if not home or len(home) != 3 or at < 0 or ev.trigger_end is None:
        return
    charged = [a for a in ev.target if a.start is not None and a.start - offset > at and _country(a.code) != home]
    if charged and len(charged) == len(ev.target):
        ev.target = [Actor(text=ev.trigger or "", code=f"{home}-CVL", start=ev.trigger_start, end=ev.trigger_end)]


def _sentenced_person(ev: Event, hs: list[Hit], ws: list[Word]) -> None:
    """«قضت محكمة جزائرية بسجن الكاتب بوعلام صنصال»: the unnamed-for-us person a court sentences, right after
    the sentence noun, is by default a civilian of the court's country."""
    if ev.type != "COERCE" or ev.target or not ev.source:
        return
    hit = next((h for h in hs if h.trigger.frame == "ruling"), None)
    home = _home_country(ev.source)
    if hit is None or not home or len(home) != 3 or hit.end >= len(ws):
        return
    w = ws[hit.end]
    cues = get_lexicon().cues
    if w.gap.strip() or w.text in cues["preps"] or w.text.isdigit() or w.text in cues["count_word_set"]:
        return  # «بالسجن على …», «بإعدام 5 …»: a preposition or a count, no one named
    if ws[hit.start].text.startswith(DEFINITE_OPENINGS) or hit.end - hit.start > 1:
        return  # «بالسجن خمس سنوات»: after the definite noun comes the term, not the person
    ev.target = [Actor(text=w.text, code=f"{home}-CVL", start=w.start, end=w.end)]


DEFINITE_OPENINGS = ("ال", "بال", "وبال", "فبال")  # «بالسجن» vs «بسجن» (in construct with whom it jails)


def _country_name(text: str | None) -> bool:
    """The phrase is a country's name alone («إيران», «السعودية»)."""
    t = norm(text or "")
    words = get_lexicon().country_words
    return t in words or (t.startswith("ال") and t[2:] in words)


def _plain(text: str) -> str:
    """Hamza-less alif, for matching a few stems."""
    return normalize_keep_length(text).replace("أ", "ا").replace("إ", "ا")


def _own_dead_announcer(hs: list[Hit], src: list[Chunk], tgt: list[Chunk], ws: list[Word], lex: Lexicon,
                        chunks: list[Chunk] | None = None) -> Chunk | None:
    """The army that announces («أعلن الجيش … مقتل») the death of soldiers named by no side: they are its own.

    The announcer may be no party to the attack the sentence goes on to tell («أعلنت هيئة الأركان التركية مقتل
    جنديين في هجوم لمسلحين أكراد»): it is then found among all the sentence's phrases.
    """
    if not _unnamed_soldiers(tgt):
        return None
    for c in src + [c for c in chunks or () if c not in src and c not in tgt]:
        if c.start > 0 and ws[c.start - 1].text in lex.cues["announce_verbs"] and \
                any(code.endswith("MIL") for code in c.codes()) and \
                any(h.trigger.casualty and h.start == c.end for h in hs):
            return c
    return None


PARTNER_REACH = 4  # words from a talks noun to the «مع» phrase of the other side


def _talks_partner(hs: list[Hit], hit: Hit, ws: list[Word], chunks: list[Chunk], taken: list[Chunk]) -> Chunk | None:
    """The «مع» side of talks a visit is made for, when the visit's own target is only the place."""
    for h in hs:
        if h is hit or h.start < hit.end:
            continue
        c = next((c for c in chunks if c.prep == "مع" and 0 <= c.start - h.end <= PARTNER_REACH and c not in taken and
                  not c.is_place and not any(ws[k].gap.strip() for k in range(h.end, c.start + 1))), None)
        if c is not None:
            return c
    return None


def _unnamed_soldiers(tgt: list[Chunk]) -> bool:
    """Phrases naming soldiers or officers only («ضابط وجنديين»): no country, group or name of their own."""
    return bool(tgt) and all(c.sectors() and c.sectors() <= {"MIL"} and
                             not c.has_kind("adj", "country", "group", "person", "place") for c in tgt)


def _hits_own_sites(ws: list[Word], start: int, lex: Lexicon) -> bool:
    """A reply aimed at «مواقعها», «مقراتهم»: the sites of the side that struck first (its pronoun)."""
    heads = lex.cues["possessed_sites"]
    for w in ws[start:]:
        for p in ("هما", "هم", "ها", "ه"):
            if w.text.endswith(p) and base(w.text[:-len(p)]) in heads:
                return True
    return False


PARTY_SECTORS = frozenset({"PTY", "OPP"})


def _rival_party(c: Chunk, src: list[Chunk]) -> bool:
    """«اتهم الاتحاد الوطني الكردستاني الحزب الديمقراطي الكردستاني»: two named parties of one country share a
    code but are two actors, so the second is a target, not the source repeated."""
    def names(x: Chunk) -> set[tuple[str, ...]]:
        return {it.key for m in x.members for it in m.items if it.kind == "group" and it.key}
    mine, theirs = {k for x in src for k in names(x)}, names(c)
    return bool(mine) and bool(theirs) and not mine & theirs and \
        all(code.split("-")[-1] in PARTY_SECTORS for code in c.codes())


def _codes(actors: list[Actor]) -> list[str | None]:
    """Actor codes, to compare two events' sides."""
    return [a.code for a in actors]


STANCE_TYPES = frozenset({"DEMAND", "REJECT", "DISAPPROVE", "THREATEN"})  # verbal stances toward a side


def _share_participants(events: list[Event], ws: list[Word], lex: Lexicon) -> None:
    """Fill a later event's sides from an earlier one of the same sentence.

    «استقبل الرئيس المصري نظيره الفرنسي … ووقع الجانبان اتفاقيات»: «الجانبان» are the two
    sides of the meeting; «تظاهر آلاف … واعتقلت قوات الأمن عددا منهم»: the police act on
    the protesters.
    """
    duals = lex.cues["dual_anaphors"]
    for k, ev in enumerate(events):
        earlier = [e for e in events[:k] if e.source and e.target]
        at = next((w.i for w in ws if w.start == ev.trigger_start), None)
        if earlier and at is not None and (any(w.text in duals or set(w.bases) & duals for w in ws[at + 1:at + 3]) or
                                           _conjoined_dual_verb(ws[at].text)):
            # «التقى الوزير نظيره … ووقعا مذكرة تفاهم»: a dual verb's two subjects are the meeting's sides
            ev.source, ev.target = list(earlier[-1].source), list(earlier[-1].target)
            continue
        prev = next((e for e in reversed(events[:k]) if e.source), None)
        if prev is not None and at is not None and _implicit_police(ev) and prev.type != "PROTEST" and \
                _coordinated_verb(ws[at].text):
            # «توغلت قوة إسرائيلية في قرية … واعتقلت شابين»: the force that went in made the arrest, not the
            # police of the place a bare arrest would default to
            ev.source = list(prev.source)
            continue
        if ev.source and prev is not None and at is not None and _coordinated_verb(ws[at].text) and \
                prev.mode != "host" and all(a.start is not None and any(a.start == t.start for t in prev.target) for a in ev.source):
            # «طردت بوركينا فاسو السفير الفرنسي واتهمت باريس …»: the object before «واتهمت» is no subject
            # (a reception's sides are swapped by convention, so its target is the grammatical subject)
            ev.source = list(prev.source)
            _same_stance_target(ev, prev, ws, at)
            continue
        if prev is not None and _joined_statement(ev, prev, ws, at):
            # «رفض الاتحاد الأفريقي إعلان … حكومة موازية في السودان ودعا الدول الأعضاء …»: a statement verb joined
            # by «و» whose only «subject» lies inside the clause before speaks with that clause's speaker
            ev.source = list(prev.source)
            continue
        if not ev.source and at is not None and (_coordinated_verb(ws[at].text) or
                                                 _coordinated_present(ws, at, prev)) and \
                any(e.source for e in events[:k]):
            # «اقتحمت مجموعة من المستوطنين بلدة حوارة وأحرقت سيارات»: the second verb shares the subject
            ev.source = list(next(e for e in reversed(events[:k]) if e.source).source)
            shared = set(_codes(ev.source))
            if ev.target and set(_codes(ev.target)) <= shared:  # «قوات إسرائيلية تتوغل … وتعتقل رعاة»: the
                ev.target = _after_verb_object(ev, ws, at)  # headline's subject is no object of the second verb
        if prev is not None and at is not None:
            _same_stance_target(ev, prev, ws, at)
        protest = next((e for e in events[:k] if e.type == "PROTEST" and e.source), None)
        if ev.type == "COERCE" and not ev.target and protest is not None:
            ev.target = list(protest.source)


def _passive_giver(hit: Hit, ws: list[Word], chunks: list[Chunk]) -> Chunk | None:
    """The actor phrase right after a form that ends on the passive agent's «من» («مقدمة من», «المقدمة من قبل»)."""
    if hit.end < 1 or hit.end > len(ws) or ws[hit.end - 1].text not in ("من", "قبل"):
        return None
    return next((c for c in chunks if c.start in (hit.end - 1, hit.end) and c.codes()), None)


def _implicit_police(ev: Event) -> bool:
    """An arrest whose only source is the place's police, supplied with no span because no agent was named."""
    return ev.type == "COERCE" and len(ev.source) == 1 and ev.source[0].start is None and \
        (ev.source[0].code or "").endswith("-COP")


def _joined_statement(ev: Event, prev: Event, ws: list[Word], at: int | None) -> bool:
    """A verbal event on a «و»-joined verb of any person («ودعا», «وطالب») whose source phrases all sit between
    the previous speaker's verb and this one: they are that clause's objects, not a new subject."""
    if at is None or not ev.source or ev.type not in VERBAL_TYPES or \
            prev.type not in VERBAL_TYPES or not ws[at].text.startswith("و") or \
            prev.trigger_start is None or ev.trigger_start is None:
        return False
    return all(a.start is not None and prev.trigger_start < a.start < ev.trigger_start for a in ev.source) and \
        not any(a.start == s.start for a in ev.source for s in prev.source)


def _conjoined_dual_verb(word: str) -> bool:
    """«ووقعا», «واتفقا», «وبحثا»: a past verb in the dual joined by «و», whose subject is the pair named before."""
    stem = word[1:]
    if stem.endswith("ها") and not stem.endswith("اها"):
        return False  # «وطالبها»: a singular verb with a feminine object pronoun
    return word.startswith("و") and len(stem) >= 4 and stem.endswith("ا") and not stem.endswith(("وا", "اا")) and \
        not stem.startswith("ال")


def _same_stance_target(ev: Event, prev: Event, ws: list[Word], at: int) -> None:
    """«رفضت حماس المقترح الإسرائيلي وطالبت بانسحاب كامل»: a second stance of the same side faces the same side."""
    if ev.type in STANCE_TYPES and not ev.target and _coordinated_verb(ws[at].text) and \
            prev.type in STANCE_TYPES and prev.target and _codes(prev.source) == _codes(ev.source):
        ev.target = list(prev.target)


CONTENT_OPENERS = frozenset({"علي", "الي", "بشان", "حول", "حيال", "ازاء", "بخصوص"})


def _in_content_clause(ws: list[Word], hit: Hit, c: Chunk) -> bool:
    """Whether a phrase after the trigger lies in what was agreed or discussed («على إنهاء مهمة التحالف»,
    «لتعليق العملية … لإتاحة انسحاب المقاتلين الأكراد»), not among the parties."""
    for w in ws[hit.end:c.start]:
        text = w.text[1:] if w.text[:1] == "و" and len(w.text) > 4 else w.text
        if text in CONTENT_OPENERS or (text.startswith("ل") and not text.startswith("لل") and len(text) >= 5):
            return True
    return False


def _coordinated_present(ws: list[Word], at: int, prev: Event | None) -> bool:
    """«قوات إسرائيلية تتوغل في … وتعتقل ثلاثة رعاة»: in a present-tense headline the second verb («وتعتقل»)
    joined by «و» shares the first verb's subject."""
    if prev is None or not prev.trigger:
        return False
    first = prev.trigger.split()[0]
    word = ws[at].text
    return first[:1] in ("ت", "ي") and word[:2] in ("وت", "وي") and len(word) >= 5 and \
        not word.endswith(("ه", "ات", "ين", "يه"))


def _after_verb_object(ev: Event, ws: list[Word], at: int) -> list[Actor]:
    """The country civilians named right after a verb («وتعتقل ثلاثة رعاة سوريين»), for a verb whose object
    phrase was mistaken for its subject; else no target."""
    from marsad.analyze.events.actors import adjective_country  # noqa: PLC0415

    for w in ws[at + 1:at + 5]:
        if w.gap.strip():
            break
        iso = next((adjective_country(c) for c, _ in w.cands[:w.npre] if adjective_country(c)), None)
        if iso:
            return [Actor(text=w.text, code=f"{iso}-CVL", start=w.start, end=w.end)]
    return []


def _coordinated_verb(word: str) -> bool:
    """«وأحرقت», «وقصفوا»: a past verb joined by «و» to the clause before, with no subject of its own."""
    return word.startswith("و") and len(word) >= 5 and (word.endswith("وا") or
                                                       (word.endswith("ت") and not word.endswith("ات")))


def _undergo(hit: Hit, ws: list[Word], chunks: list[Chunk], src: list[Chunk], tgt: list[Chunk],
             lex: Lexicon, speaker: Chunk | None = None) -> tuple[list[Chunk], list[Chunk]]:
    """Who suffered and who struck in two constructions that reverse the usual order.

    «تعرضت قاعدة تضم قوات أمريكية لهجوم», «نجا قائد الشرطة من محاولة اغتيال»: the subject undergoes it.
    «اعترضت الدفاعات السعودية صاروخاً أطلقه الحوثيون»: the launcher is the attacker and the
    interceptor its target.
    """
    if not hit.trigger.violent:
        return src, tgt
    before = range(max(0, hit.start - PRE_UNDERGO), hit.start)
    verb = next((k for k in before if ws[k].text in lex.cues["undergo_verbs"]), None)
    if verb is None:
        verb = _far_undergo_verb(hit, ws, lex)
    marked = "ل" in hit.prefix or (hit.start > 0 and ws[hit.start - 1].text == "من")  # «لهجوم», «نجا من محاولة»
    if verb is not None and marked:
        # «تعرضت دورية للجيش لكمين مسلح»: the phrase between the verb and the attack suffered it;
        # what follows the attack («مسلح») made it
        sufferer = [c for c in chunks if verb < c.start and c.end <= hit.start and not c.is_place][:1]
        agent = _undergo_agent(hit, ws, chunks, lex)
        if sufferer:
            after = [c for c in src if c.start >= hit.end and c not in sufferer]
            return after or ([agent] if agent is not None else []), sufferer
        if agent is not None:  # «تعرضت مدينة الأبيض لقصف مدفعي من قوات الدعم السريع»: the town suffered it
            return [agent], [c for c in chunks if verb < c.start and c.end <= hit.start][:1] or \
                [c for c in tgt if c is not agent][:1]
        return [], [c for c in src + tgt if not c.is_place][:1] or tgt
    rel = next((k for k in range(hit.end, min(len(ws), hit.end + 3)) if ws[k].text in lex.cues["launch_relatives"]), None)
    launcher = None if rel is None else next(
        (c for c in chunks if c.start > rel and c.start - rel <= 2 and not c.prep and not c.is_place), None)
    if launcher is None and rel is not None:  # «صاروخاً أُطلق من جنوب لبنان»: the launch site's country
        launcher = next((c for c in chunks if c.prep == "من" and 0 < c.start - rel <= 3), None)
    blocker = _interceptor(hit, ws, chunks, lex, speaker)
    if blocker is None:
        return ([launcher], [c for c in tgt if c is not launcher]) if launcher is not None else (src, tgt)
    src = [launcher] if launcher is not None else [c for c in src if c is not blocker]
    return src, [blocker]


OWNED_BY = frozenset({"التابعه", "تابعه", "التابعتين", "تابعتين", "التابعين", "تابعين"})
WEAPON_REACH = 3  # words a weapon subject («طائرات مسيرة انتحارية») spans after the verb


def _weapon_subject(hit: Hit, ws: list[Word], src: list[Chunk], tgt: list[Chunk],
                    lex: Lexicon) -> tuple[list[Chunk], list[Chunk]]:
    """«استهدفت طائرة مسيرة قاعدة التنف الأمريكية»: a weapon as a violent verb's subject names no attacker.

    A bare weapon phrase («طائرات مسيرة») right after the verb is dropped as source (else it takes the struck
    country's army), and an unarmed phrase after it that was read as the subject is what was hit. A weapon
    with a nisba or owner («طائرات مسيرة إسرائيلية», «طائرات الجيش») still names whose it is.
    """
    k = hit.end
    if hit.trigger.pos != "verb" or k >= len(ws) or not ws[k].bset & lex.cues["weapon_subjects"]:
        return src, tgt
    weapon_end = next((j for j in range(k + 1, min(len(ws), k + 1 + WEAPON_REACH))
                       if ws[j].gap.strip() or not ws[j].bset & lex.cues["weapon_subjects"]), k + 1)
    bare = [c for c in src if c.start == k and not c.has_kind("country", "group", "person", "adj")]
    if not bare and any(c.start == k for c in src):
        return src, tgt  # an owned weapon: its owner is the attacker
    if any(k < c.start <= weapon_end and all(it.kind in ("adj", "country") for m in c.members for it in m.items)
           for c in src + tgt) or any(w.text in OWNED_BY for w in ws[k:k + WEAPON_REACH + 3]):
        return src, tgt  # «طائرة مسيرة تركية», «طائرات إف 16 التابعة للقوة الجوية العراقية»: whose it is
    hit_obj = [c for c in src if c.start >= weapon_end - 1 and c.start > k and not c.prep and not is_armed(c)]
    if not bare and not hit_obj:
        return src, tgt
    src = [c for c in src if c not in bare and c not in hit_obj]
    return src, hit_obj + [c for c in tgt if c not in hit_obj]


FAR_UNDERGO = 16  # words back to «تعرضت» when places lie between it and «لهجوم»
UNDERGO_CLAUSE_WORDS = frozenset({"التي", "الذي", "اللذين", "اللتين", "الذين", "ان", "انه", "انها", "بعد", "قبل",
                                  "عقب", "اثر", "حيث"})


def _far_undergo_verb(hit: Hit, ws: list[Word], lex: Lexicon) -> int | None:
    """«تعرضت قاعدة التنف الأمريكية عند المثلث الحدودي بين سوريا والأردن والعراق لهجوم»: the sufferer's place
    phrases may push the attack far from «تعرضت»; it is still the verb's «لـ» complement while no punctuation,
    relative or new clause comes between."""
    for k in range(hit.start - PRE_UNDERGO - 1, max(-1, hit.start - FAR_UNDERGO - 1), -1):
        if any(ws[j].gap.strip() for j in range(k + 1, hit.start + 1)) or ws[k + 1].text in UNDERGO_CLAUSE_WORDS:
            return None
        if ws[k].text in lex.cues["undergo_verbs"]:
            return k
    return None


UNDERGO_AGENT_REACH = 5  # words from the undergone attack to «من قوات …» or «تبناه الحوثيون»
UNDERGO_AGENT_PREPS = frozenset({"من", "من قبل", "علي يد", "علي ايدي"})


def _undergo_agent(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Chunk | None:
    """Who made the attack a subject underwent: «لقصف مدفعي من قوات الدعم السريع», «لهجوم … تبناه الحوثيون»."""
    claims = lex.cues["claim_verbs"] | lex.cues["launch_relatives"]
    for c in chunks:
        if c.start < hit.end or c.start - hit.end > UNDERGO_AGENT_REACH or c.is_place:
            continue
        if any(ws[k].gap.strip() for k in range(hit.end, c.start + 1)):
            return None
        if c.prep in UNDERGO_AGENT_PREPS and is_armed(c):
            return c
        if not c.prep and c.start > 0 and ws[c.start - 1].text in claims:
            return c
    return None


def _interceptor(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon,
                 speaker: Chunk | None = None) -> Chunk | None:
    """Who shot down the projectile: «أسقطت الدفاعات السعودية طائرة مسيرة حوثية» is an attack on them.

    The subject between the intercepting verb and the projectile; failing that («أعلن الجيش
    الأمريكي أن قواته اعترضت …») the phrase whose forces intercepted, just before the verb.
    """
    verbs = lex.cues["intercept_verbs"]
    if hit.verbal:
        return None  # «تصدت لعدوان إسرائيلي استهدف محيط دمشق»: the later verb is the attack itself
    at = next((k for k in range(hit.start - 1, max(-1, hit.start - PRE_UNDERGO), -1)
               if ws[k].text in verbs or ws[k].bset & verbs), None)
    if at is None and hit.start > 0:  # «أعلنت القيادة المركزية الأمريكية تدمير ثلاث طائرات مسيرة حوثية»: only the
        # projectile (and its count) right after «تدمير», not «تدمير منصات إطلاق صواريخ»
        at = next((k for k in range(hit.start - 1, max(-1, hit.start - 3), -1)
                   if ws[k].text in lex.cues["intercept_destroy"] and
                   all(w.text.isdigit() or w.bset & lex.cues["count_words"] or w.text + "ه" in lex.cues["count_words"]
                       for w in ws[k + 1:hit.start])), None)
    if at is None and hit.start > 0 and ws[hit.start].text in verbs and any(
            w.text in lex.cues["launch_relatives"] for w in ws[hit.end:hit.end + 3]):
        # «أعلنت وزارة الدفاع التركية إسقاط طائرة مسيرة أطلقها مسلحو الحزب»: the announcing side downed what another
        # launched at it («تبنت جماعة الحوثي إسقاط طائرة أمريكية» downs the enemy's own aircraft)
        at = hit.start
    if at is None:
        return None
    inner = next((c for c in chunks if at < c.start and c.end <= hit.start and not c.prep and not c.is_place), None)
    if inner is not None and not any(ws[k].gap for k in range(at + 1, hit.start + 1)) and \
            (hit.start - inner.end <= 1 or _place_phrase_between(inner.end, hit.start, ws, chunks, lex)):
        return inner  # the projectile is the verb's object, right after its subject (and where it stands)
    near = next((c for c in reversed(chunks) if c.end <= at and at - c.end <= INTERCEPT_BACK and not c.prep and
                 not c.is_place), None)
    if near is None and speaker is not None and _own_forces_before(ws, at, lex):
        return speaker  # «قالت الوزارة إن دفاعاتها أسقطت …», «مقاتلونا أسقطوا …، وفق ما أعلن حزب الله»
    return near


def _place_phrase_between(lo: int, hi: int, ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> bool:
    """«أسقطت الدفاعات الجوية في قاعدة عين الأسد طائرتين مسيرتين»: only a short phrase saying where the
    interceptor stands («في/فوق/قرب …», no actor in it) lies between it and the projectile."""
    return 1 < hi - lo <= PLACE_SPAN + 1 and ws[lo].text in lex.cues["interceptor_place_preps"] and \
        not any(lo <= c.start < hi for c in chunks)


PLACE_SPAN = 4  # words of the place phrase after its preposition


def _own_forces_before(ws: list[Word], at: int, lex: Lexicon) -> bool:
    """«دفاعاتها الجوية أسقطت», «مقاتلونا أسقطوا»: the intercepting verb's subject is the speaker's own forces."""
    ours = lex.cues["first_person_forces"]
    return any(ws[k].text != b and b in ours and ws[k].text.endswith(("ها", "ه", "هم", FIRST_PERSON))
               for k in range(max(0, at - INTERCEPT_BACK), at) for b in ws[k].bases)


INTERCEPT_BACK = 3  # words from a speaker («أعلن الجيش الأمريكي أن قواته») to the intercepting verb


PRE_UNDERGO = 8  # words back from «لهجوم» to «تعرضت»


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]


def _own_states(src: list[Chunk]) -> set[str]:
    """The bare state codes of a speaker's institutions (TUR-MIL → TUR): a statesman who speaks of his own
    country or capital («أنقرة ستتحرك») names himself, not whom he warns."""
    return {code.split("-")[0] for c in src for code in c.codes()
            if "-" in code and len(code.split("-")[0]) == 3 and code.split("-")[0].isupper()}


def _sector_codes(lex: Lexicon) -> frozenset[str]:
    """The bare sector codes («GOV», «CVL») an actor word may carry before its country is known."""
    cached = _SECTOR_CODES.get(id(lex))
    if cached is None or cached[0] is not lex:
        codes = frozenset(v for entries in lex.actor_index.values() for _, kind, v, _ in entries if kind == "sector")
        cached = _SECTOR_CODES[id(lex)] = (lex, codes)
    return cached[1]


_SECTOR_CODES: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _private(c: Chunk, ws: list[Word], lex: Lexicon) -> bool:
    """A phrase naming private people only; «وفد أمريكي» (a delegation with a nationality) is a state's."""
    if not set(c.sectors()) <= {"CVL", ""} or c.has_kind("group", "person", "country") or c.is_place:
        return False
    heads = lex.cues["delegation_heads"]
    return not (c.has_kind("adj") and any(ws[k].text in heads for k in range(max(0, c.start - 1), c.end)))


def _foreign_target(src: list[Chunk], tgt: list[Chunk], place_country: str | None, lex: Lexicon) -> bool:
    """Whether a target, or else the place, belongs to another country (or body) than every source."""
    bare = _sector_codes(lex)
    home = {_country(c) for ch in src for c in ch.codes() if c and c not in bare}
    if not home:
        return False  # «رصدت له مليار دولار»: with no named giver, no telling whose money goes abroad
    if any(_country(c) not in home for ch in tgt for c in ch.codes() if c and c not in bare):
        return True
    return not tgt and bool(place_country) and place_country not in home


def _undergoer(h: Hit, v: Hit, ws: list[Word]) -> bool:
    """«تعرض رتل للتحالف الدولي لهجوم»: the convoy after «تعرض» is what a later attack hit, not a deployment."""
    return 0 < v.start - h.start <= 6 and h.start > 0 and ws[h.start - 1].text in get_lexicon().cues["undergo_verbs"]


def _home_only(src: list[Chunk], tgt: list[Chunk], place_country: str | None, lex: Lexicon) -> bool:
    """Whether every coded target (else the place) is of the (known, national) sources' own country."""
    bare = _sector_codes(lex)
    home = {_country(c) for ch in src for c in ch.codes() if c and c not in bare}
    there = {_country(c) for ch in tgt for c in ch.codes() if c and c not in bare}
    if not tgt and place_country:
        there = {place_country}
    return bool(home) and bool(there) and there <= home and all(len(h) == 3 for h in home)


def _focus_country(ctx: DocContext | None, source: list[Actor]) -> str | None:
    """The country earlier sentences talked about most, other than the source's (a target's likely home)."""
    if ctx is None:
        return None
    home = {_country(a.code) for a in source}
    return next((c for c, _ in ctx.before.most_common() if c not in home), None)


def _other_country(chunks: list[Chunk], source: list[Actor], ws: list[Word]) -> str | None:
    """A country named in the sentence other than the source's («… مواقع لتجار المخدرات في جنوب سوريا»).

    A mediator («بوساطة أمريكية») is neither side, so it lends no country.
    """
    home = {_country(a.code) for a in source}
    lex = get_lexicon()
    isos, med = lex.isos, lex.cues["mediator_words"]
    for c in chunks:
        if c.start > 0 and (ws[c.start - 1].text in med or ws[c.start].text in med):
            continue
        for code in c.codes():
            head = _country(code)
            if head in isos and head not in home:
                return head
    return None


def _home_country(actors: list[Actor]) -> str | None:
    """The country of the first actor: its ISO prefix, or the country of its group («HOUTHI» → YEM)."""
    for a in actors:
        head = _country(a.code)
        if head in get_lexicon().isos:
            return head
        if a.code and a.code in group_countries():
            return group_countries()[a.code]
    return None


def _armed_codes(actors: list[Actor]) -> bool:
    """Whether any actor is a military, police or armed group code."""
    return any((a.code or "").split("-")[-1] in ("MIL", "COP", "UAF", "REB", "INS") for a in actors)


def _agent_named(ws: list[Word], lex: Lexicon) -> bool:
    """«… على يد عناصر من …», «من قبل»: the sentence names who acted, even if no phrase was coded."""
    marks = lex.cues["passive_agent_preps"]
    return any(f"{ws[k].text} {ws[k + 1].text}" in marks for k in range(len(ws) - 1))


FIRST_PERSON = "نا"  # «قواتنا»: the suffix of a communiqué's own forces


SPEAKER_POSSESSIVES = frozenset({"لها", "له", "لهم"})


def _speaker_object(ws: list[Word], hit: Hit) -> bool:
    """«أطلقت النار على دورية لها»: what was hit belongs to the speaker the sentence reports («لها»)."""
    for k in range(hit.end + 1, min(len(ws), hit.end + 3)):
        if ws[k].text in SPEAKER_POSSESSIVES and not ws[k].gap and not ws[k - 1].gap and \
                (k - 1 == hit.end or ws[k - 2].text == "علي"):
            return True
    return False


HOST_VERBS = frozenset({"تضم", "يضم", "تستضيف", "يستضيف", "تاوي", "ياوي"})
HOST_REACH = 9  # words from the attack to the «التي تستضيف» of the base it hit, past a subject between


def _hosted_forces(ws: list[Word], hit: Hit, chunks: list[Chunk]) -> Chunk | None:
    """«قاعدة عين الأسد التي تستضيف قوات أمريكية»: an attack on a base is one on the forces it hosts."""
    for k in range(hit.end, min(len(ws) - 1, hit.end + HOST_REACH)):
        if ws[k].gap.strip():
            return None
        if ws[k].text in HOST_VERBS and ws[k - 1].text in ("التي", "الذي"):
            c = next((c for c in chunks if c.start == k + 1 and not c.prep and not c.is_place), None)
            return c if c is not None and is_armed(c) else None
    return None


OWNED_WORDS = frozenset({"تابعه", "تابع", "تابعين", "تعود", "يعود"})
SAID_OWNER_REACH = 12  # words from the attack to the «إنها تابعة لـ» that names whose sites were hit


GUARD_WORDS = frozenset({"حمايه", "بحمايه", "بمسانده", "بغطاء", "بمؤازره", "باسناد"})
AIMING_WORDS = frozenset({"مستهدفين", "مستهدفا", "مستهدفه", "مستهدفتين", "مستهدفون"})
AIMING_REACH = 10  # words from the attack to the participle that names its aim
AIM_HEADS = frozenset({"مبني", "مقر", "مقرات", "مباني", "موقع", "مواقع"})


def _aimed_at(ws: list[Word], hit: Hit, chunks: list[Chunk], src: list[Chunk]) -> Chunk | None:
    """The actor a circumstantial participle names as the attack's aim («… بقذائف الهاون مستهدفين مبنى السفارة
    الأمريكية», «… مستهدفةً مقر قيادة الشرطة»): it is the target, ahead of the area shelled."""
    for k in range(hit.end, min(len(ws) - 1, hit.end + AIMING_REACH)):
        if any(ch in ws[k].gap for ch in ".;؛!?؟"):
            return None
        if ws[k].text in AIMING_WORDS:
            start = k + 2 if ws[k + 1].text in AIM_HEADS else k + 1
            c = next((c for c in chunks if c.start in (k + 1, start) and not c.is_place and c not in src), None)
            return c if c is not None and c.codes() else None
    return None


EXPEL_WORDS = frozenset({"طرد", "دحر", "اخراج", "طردت", "دحرت", "طردوا", "دحروا"})
EXPEL_REACH = 10  # words from the capture to the «بعد طرد X منها» that names whom the place was taken from


def _expelled_foe(ws: list[Word], hit: Hit, chunks: list[Chunk], src: list[Chunk]) -> Chunk | None:
    """The armed group driven out of a place taken («بعد طرد تنظيم داعش منها», «إثر دحر مسلحي الحركة»)."""
    for k in range(hit.end, min(len(ws) - 1, hit.end + EXPEL_REACH)):
        if any(ch in ws[k].gap for ch in ".;؛!?؟"):
            return None
        if ws[k].text in EXPEL_WORDS or (ws[k].text[:1] in ("و", "ب") and ws[k].text[1:] in EXPEL_WORDS):
            c = next((c for c in chunks if c.start == k + 1 and not c.is_place and c not in src), None)
            return c if c is not None and is_armed(c) else None
    return None


USED_WORDS = frozenset({"يستخدمها", "يستخدمونها", "تستخدمها", "يستخدمه", "يستخدمونه", "تستخدمه", "يستعملها",
                        "يستعملونها", "تستعملها"})
SAID_THAT = frozenset({"ان", "بان"})
SAID_USER_REACH = 6  # words of the user's phrase between «قالت إن» and «يستخدمونها»


def _said_owner(ws: list[Word], hit: Hit, chunks: list[Chunk]) -> Chunk | None:
    """«غارات على مواقع قرب مطار دمشق قالت إنها تابعة لفيلق القدس»: the sites said to belong to a force are its;
    «ضربات على منشآت قالت إن الحرس الثوري يستخدمونها»: so are those a force is said to use."""
    for k in range(hit.end, min(len(ws) - 2, hit.end + SAID_OWNER_REACH)):
        if any(ch in ws[k].gap for ch in ".;؛!?؟"):
            return None
        if ws[k].text in THAT_IT and ws[k + 1].text in OWNED_WORDS:
            c = next((c for c in chunks if c.start in (k + 1, k + 2) and c.end > k + 2 and not c.is_place), None)
            return c if c is not None and c.codes() else None
        if ws[k].text in SAID_THAT:
            c = next((c for c in chunks if c.start == k + 1 and not c.is_place and not c.prep), None)
            if c is not None and c.codes() and \
                    any(w.text in USED_WORDS for w in ws[c.end:min(len(ws), c.end + SAID_USER_REACH)]):
                return c
    return None


PARTY_WORDS = frozenset({"طرفا", "طرفي", "الطرفان", "الطرفين"})
CONFLICT_WORDS = frozenset({"نزاع", "صراع", "حرب", "قتال", "النزاع", "الصراع", "الحرب", "القتال"})


def _conflict_parties(ws: list[Word], lex: Lexicon) -> list[Actor]:
    """«طرفا النزاع في السودان», «طرفي الحرب في اليمن»: the two sides of a country's war, from a cue table
    («conflict_parties»: the war the news means today, e.g. the army and the RSF in Sudan since 2023)."""
    table = lex.cues["conflict_parties"]
    for k in range(len(ws) - 3):
        if ws[k].text in PARTY_WORDS and ws[k + 1].text in CONFLICT_WORDS and ws[k + 2].text == "في":
            w = ws[k + 3]
            country = next((lex.country_words[c] for c, _ in w.cands[:w.npre] if c in lex.country_words), None)
            codes = table.get(country or "")
            if codes:
                return [Actor(text=" ".join(x.text for x in ws[k:k + 4]), code=code, start=ws[k].start, end=w.end)
                        for code in codes]
    return []


def _occupied_people(source: list[Actor], target: list[Actor], lex: Lexicon, place_country: str | None) -> None:
    """«أفرجت سلطات الاحتلال عن الأسير ماهر الأخرس»: the prisoners, detainees and civilians of an occupying power
    named as «الاحتلال» are the occupied people's, not its own, unless a place in the sentence says whose."""
    words = lex.cues["occupation_words"]
    occupied = lex.cues["occupied_people"]
    if not any(base(w) in words for a in source for w in norm(a.text or "").split()):
        return
    home = _home_country(source)
    people = occupied.get(home or "")
    if people is None or (place_country and place_country != home):
        return
    for a in target:
        if a.code == f"{home}-CVL":
            a.code = f"{people}-CVL"


def _third_party_mediators(source: list[Actor], target: list[Actor], lex: Lexicon) -> None:
    """«رفضت إسرائيل مقترح الهدنة الذي قدمه الوسطاء»: mediators are a third party, never the source's own side,
    so the story's focus country (here the source's) does not name them; they stay a bare sector."""
    own = {_country(a.code) for a in source if a.code}
    for a in target:
        if a.code and "-" in a.code and _country(a.code) in own and norm(a.text or "") in lex.cues["mediator_nouns"]:
            a.code = a.code.split("-", 1)[1]


def _surname_actors(actors: list[Actor], chunks: list[Chunk], ctx: DocContext | None,
                    places: set[str | None]) -> None:
    """«استقبل السوداني في بغداد وزير الخارجية الإيراني»: a bare nisba that is a known person's family name
    (:func:`surname_nisbas`) is that person when the sentence or the story is about the person's country."""
    nisbas = surname_nisbas()
    for a in actors:
        people = nisbas.get(norm(a.text or ""))
        if not people or not a.code or "-" in a.code:
            continue
        here = ({_country(code) for c in chunks for code in c.codes() if code} | places) - {a.code}
        focus = ctx.country() if ctx is not None else None
        country = next((k for k in people if k in here or k == focus), None)
        if country is not None:
            a.code = people[country]


def _known_base_hosts(target: list[Actor], source: list[Actor], lex: Lexicon) -> None:
    """«قصف الحرس الثوري قاعدة عين الأسد», «دفاعات قاعدة حميميم»: a base known to host a foreign force is that force.

    The host country's own base is no news of this kind, and neither is the force attacking from its own base.
    """
    bases = lex.cues.get("hosted_bases") or {}
    own = {_country(a.code) for a in source if a.code}
    for a in target:
        n = norm(a.text or "")
        host = next((v for k, v in bases.items() if k in n), None)
        if host is not None and _country(host) not in own:
            a.code = host


THAT_IT = frozenset({"انها", "انه", "انهم", "انهما", "بانها", "بانه", "بانهم"})


THAT_IT_REACH = 2  # words from the speaker's phrase to its «أنها» («أعلنت الوزارة في بيان أنها …»)


def _that_it(ws: list[Word], hit: Hit, speaker: Chunk) -> bool:
    """«أكدت فصائل المقاومة أنها قصفت مواقع الاحتلال»: the pronoun after «أن» is the speaker, the verb's subject.

    Only right after the speaker's phrase: in «يقول منتقدون إنها ستوقف …» the pronoun is someone else.
    """
    k = hit.start - 1
    return hit.verbal and k > 0 and ws[k].text in THAT_IT and not ws[hit.start].gap and \
        speaker.end <= k and k - speaker.end <= THAT_IT_REACH and not any(ws[j].gap.strip() for j in range(speaker.end, k + 1))


def _own_forces_subject(ws: list[Word], hit: Hit, lex: Lexicon) -> bool:
    """«إن طائراتها دمرت …», «أن قواته قصفت …»: a forces noun with a pronoun right before the verb is its subject."""
    if not hit.verbal or hit.start == 0:
        return False
    k = hit.start - 1
    if k > 0 and ws[k].text.startswith("ال") and not ws[k].gap.strip():
        k -= 1  # «أن قواتها البحرية استهدفت …», «إن طائراته الحربية قصفت …»: one adjective between
    w = ws[k]
    own = lex.cues["first_person_forces"]  # «أن مقاتليه استهدفوا …», «إن عناصرها فجروا …» too
    return w.text.endswith(("ها", "ه", "هم")) and any(b != w.text and b in own for b in w.bases)


def _own_weapon_hit(ws: list[Word], hit: Hit, lex: Lexicon) -> bool:
    """«أعلن الحرس الثوري أن صواريخه أصابت …»: the trigger is itself a possessed weapon or force opening the
    reported clause, so its owner is the speaker, not a nisba further on."""
    if hit.verbal or hit.start == 0 or ws[hit.start - 1].text not in THAT_WORDS:
        return False
    w = ws[hit.start]
    return w.text.endswith(("ها", "ه", "هم")) and any(b != w.text and b in lex.cues["first_person_forces"]
                                                     for b in w.bases)


def _speaker_owns(ws: list[Word], speaker: Chunk, hit: Hit, lex: Lexicon) -> bool:
    """«قالت أنقرة إن مسيراتها قتلت …»: the speaker's own forces («قواتها», «طائراته») act."""
    if not speaker.has_kind("country", "group", "place"):
        return False
    ours = lex.cues["first_person_forces"]  # «استهدف مجاهدونا …، بحسب بيان لسرايا القدس»: wherever the speaker is named
    if any(ws[k].text != b and ws[k].text.endswith(FIRST_PERSON) and b in ours for k in range(len(ws)) for b in ws[k].bases):
        return True
    return speaker.end < hit.start and any(ws[k].text != b and ws[k].text.endswith(("ها", "ه", "هم")) and b in ours
                                           for k in range(speaker.end, hit.end) for b in ws[k].bases)


def _spokesman_country(speaker: Chunk | None, src: list[Chunk], hit: Hit, type_: str) -> str | None:
    """The country of an army spokesman reporting strikes by forces he leaves unnamed (a government may
    report foreign planes over its land: only an army speaks of its own this way)."""
    if speaker is None or type_ not in VIOLENT_TYPES or not src or speaker in src or speaker.end > hit.start:
        return None
    if not all(c.codes() and all(code in ("MIL", "MILW") for code in c.codes()) for c in src):
        return None
    countries = {code.split("-")[0] for code in speaker.codes() if code.endswith("-MIL")}
    return countries.pop() if len(countries) == 1 else None


def _dyad_wins(source: list[Actor], target: list[Actor]) -> bool:
    """A compound subject of two countries is the event's dyad unless a third party is named as target.

    «وقع وزيرا الداخلية السوري والعراقي مذكرة للتعاون الأمني»: the security «target» is only
    a modifier of the subject's own countries; «بحث وزيرا خارجية مصر والأردن مع نظيرهما
    الأمريكي» keeps its American target.
    """
    if not target:
        return True
    own = {_country(a.code) for a in source}
    if len(own) < 2:
        return False
    return all(not a.code or _country(a.code) in own or a.code in SECTOR_CODES for a in target)


def _origin_place(c: Chunk, ws: list[Word], lex: Lexicon) -> bool:
    """«من الأراضي السورية», «من سوريا»: a country or place after «من» (and a place noun) is where people or fire
    came from."""
    if not c.is_named_place_only or c.sectors():
        return False
    return c.prep == "من" or (c.start > 1 and ws[c.start - 1].text in lex.cues["origin_heads"] and
                               ws[c.start - 2].text == "من")


def _operation_owner(ws: list[Word], src: list[Chunk], tgt: list[Chunk], lex: Lexicon) -> tuple[list[Chunk], list[Chunk]]:
    """«مقتل 18 تكفيرياً في عمليات للقوات المسلحة»: the forces whose operation made a toll made it — they are its
    source, not among its dead."""
    heads = lex.cues["operation_heads"]
    owners = [c for c in tgt if c.prep in ("في", "ب", "خلال") and ws[c.start].text in heads and c.sectors() & {"MIL", "COP"}]
    if not owners:
        return src, tgt
    tgt = [c for c in tgt if c not in owners]
    return (src if any(is_armed(c) for c in src) else owners[:1] + src), tgt


def _claimer(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Chunk | None:
    """The group a later «وتبنته …» names as the attack's author (not «وتبناه التنظيم»: told before), or the subject
    of a claim verb whose object the attack is («تبنت حركة الشباب الهجوم على فندق»)."""
    lead = _leading_claimer(hit, ws, chunks, lex)
    if lead is not None:
        return lead
    for k in range(hit.end, len(ws) - 1):
        if ws[k].text in lex.cues["claim_verbs"]:
            return next((c for c in chunks if c.start == k + 1 and not c.prep and c.has_kind("group")), None)
    return None


def _leading_claimer(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> Chunk | None:
    """«تبنى تنظيم الدولة التفجير الذي …»: a group claiming the attack as its main verb's object did it; the
    phrase must run from the claim verb right up to the attack, with no comma between."""
    c = next((c for c in chunks if c.end == hit.start and not c.prep and c.has_kind("group")), None)
    if c is None or c.start == 0 or ws[c.start - 1].text not in lex.cues["claim_verbs"]:
        return None
    return c if not any(ws[k].gap.strip() for k in range(c.start, hit.start + 1)) else None


WHERE_WORDS = frozenset({"حيث"})
DECISION_VERBS = frozenset({"قرر", "قررت", "يقرر", "تقرر", "وقرر", "وقررت"})


ISSUE_VERBS = frozenset({"اصدر", "اصدرت", "يصدر", "تصدر", "واصدر", "واصدرت"})
ORDER_WORDS = frozenset({"امر", "امرا", "امرين", "اوامر", "قرار", "قرارا", "قرارات"})
ISSUE_REACH = 14  # words from «أصدرت» to the act its order names, past a time aside and a count


def _order_issuer(hit: Hit, ws: list[Word], chunks: list[Chunk]) -> Chunk | None:
    """«أصدرت سلطات الاحتلال، خلال الأسبوع الماضي، 46 أمراً بالاعتقال الإداري»: who issues the order acts."""
    if hit.start < 2 or not hit.prefix.startswith("ب") or ws[hit.start - 1].text not in ORDER_WORDS:
        return None
    verb = next((k for k in range(hit.start - 2, max(-1, hit.start - ISSUE_REACH), -1) if ws[k].text in ISSUE_VERBS),
                None)
    if verb is None or any(ch in ws[k].gap for k in range(verb + 1, hit.start + 1) for ch in ".:;؛"):
        return None
    return next((c for c in chunks if c.start == verb + 1 and not c.prep and not c.is_place), None)


def _decider(hit: Hit, ws: list[Word], chunks: list[Chunk]) -> Chunk | None:
    """«قررت الحكومة الكويتية سحب الجنسية»: the subject of a decision verb right before the act's noun."""
    c = next((c for c in chunks if c.end == hit.start and not c.prep and not c.is_place), None)
    if c is None or c.start == 0 or ws[c.start - 1].text not in DECISION_VERBS:
        return None
    return c if not any(ws[k].gap.strip() for k in range(c.start, hit.start + 1)) else None


def _first_person(hit: Hit, ws: list[Word]) -> bool:
    """«ندين», «ونطالب»: a present verb in the first person plural (its «يـ» form is the trigger's too), whose
    subject is whoever speaks, never a phrase beside it."""
    if hit.trigger.pos != "verb":
        return False
    neg = hit.end - hit.start == 2 and ws[hit.start].text in FIRST_PERSON_NEGATORS  # «لن نسمح بتوسع الناتو»
    if hit.end - hit.start != 1 and not neg:
        return False
    w = ws[hit.end - 1].text
    stem = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 and not neg else w
    third = "ي" + stem[1:]
    key = (ws[hit.start].text, third) if neg else (third,)
    return stem.startswith("ن") and any(t is hit.trigger and k == key
                                        for k, t in get_lexicon().trigger_index.get(key[0], ()))


PLEDGE_WORDS = frozenset({"هجمات", "هجوم", "اعتداء", "اعتداءات", "عمليات", "استهداف", "الهجمات", "الهجوم"})
PLEDGE_REACH = 6  # words after «لن يسمح» to an attack it pledges against
FIRST_PERSON_NEGATORS = frozenset({"لن", "لا", "لم"})


def _pronoun_object_clause(hit: Hit, ws: list[Word], chunks: list[Chunk], src: list[Chunk],
                           tgt: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """«استقبل الرئيس اللبناني السفيرة الأمريكية، وطالبها بالضغط على …»: a joined verb with an object pronoun
    and no subject of its own goes on with the first clause's subject (the earlier phrase); the pronoun is
    its object (the later one)."""
    w = ws[hit.start]
    if not (w.text.startswith("و") and w.text.endswith(OBJECT_PRONOUNS) and hit.end - hit.start == 1 and
            any(ch in w.gap for ch in "،,")):
        return src, tgt
    if len(src) != 1 or src[0].end > hit.start or src[0].prep:
        return src, tgt
    first = next((c for c in chunks if c.end <= src[0].start and not c.prep and not c.is_place), None)
    if first is None or first.start > 1:  # the first clause's subject right after its verb
        return src, tgt
    return [first], src


PRONOUN_PARTICIPLES = frozenset({"accuse_participle"})  # «متهمةً إياها»: a participle whose object is «إيّا-»


def _participle_antecedent(hit: Hit, chunks: list[Chunk], src: list[Chunk],
                           tgt: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """«قطعت السودان علاقاتها مع الإمارات متهمةً إياها بتسليح الدعم السريع»: the «إيّا-» object of the
    subject's participle is the party named last before it, not whoever the charge names after it."""
    if hit.trigger.id not in PRONOUN_PARTICIPLES:
        return src, tgt
    subj = [c for c in src if c.end <= hit.start][:1]
    ante = next((c for c in reversed(chunks) if c.end <= hit.start and c.codes() and c not in subj and
                 not (c.is_place and not c.has_kind("country"))), None)
    if ante is None:
        return src, tgt
    return (subj or [c for c in src if c is not ante][:1]), [ante]


def _coerce_word(w: Word, lex: Lexicon) -> bool:
    """A word that is itself a COERCE trigger («لتفريق»)."""
    return any(trig.type == "COERCE" for b in w.bset for _, trig in lex.trigger_index.get(b, ()))


def _security_only(c: Chunk) -> bool:
    codes = list(c.codes())
    return bool(codes) and all(code.split("-")[-1] in ("COP", "MIL") for code in codes)


def _sit_in_crowd(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon, src: list[Chunk],
                  tgt: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """«قتل متظاهرون برصاص قوات الأمن خلال فض اعتصام»: the force breaking up a sit-in is not its crowd; the
    civilians named elsewhere in the sentence are (or nobody)."""
    if not src or hit.start == 0 or ws[hit.start - 1].text not in lex.cues["dispersal_words"] or \
            not all(_security_only(c) for c in src) or _coerce_word(ws[hit.start - 1], lex):
        return src, tgt  # «لتفريق وقفة»: a dispersal the COERCE event codes hands its crowd over there
    crowd = next((c for c in chunks if c not in src and any(code.split("-")[-1] == "CVL" for code in c.codes())), None)
    return ([crowd] if crowd is not None else []), [c for c in tgt if c is not crowd]


def _crowd_at_place(hit: Hit, ws: list[Word], lex: Lexicon, src: list[Chunk]) -> list[Chunk]:
    """«نظم مئات المزارعين في ولاية سيدي بوزيد التونسية وقفة احتجاجية»: the place phrase between the crowd and
    the protest noun only says where; the crowd protests (its civilians, coded later), not the place."""
    if len(src) != 1 or src[0].end > hit.start or not all(len(code) == 3 for code in src[0].codes()):
        return src
    c = src[0]
    prep = c.start - 1 if c.prep else next((k for k in range(c.start - 1, max(-1, c.start - 3), -1)
                                            if ws[k].text in lex.cues["preps"]), None)
    if prep is None or c.prep and not src[0].is_place:
        return src
    if any(set(w.bases) & lex.cues["crowd_sources"] for w in ws[max(0, prep - 3):prep]):
        return []
    return src


BLAME_COMPLEMENTS = frozenset({"المسووليه", "مسووليه"})  # «وحملت الحزب المسؤولية»: the blamed, not the blamer


def _accusing_clause(hit: Hit, ws: list[Word], chunks: list[Chunk], lex: Lexicon, src: list[Chunk],
                     tgt: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """«نفت وزارة الدفاع التركية مسؤولية قواتها عن القصف واتهمت حزب العمال بالوقوف وراءه»: a «و»-joined
    accusation whose one phrase is followed by its «بـ» charge (or «المسؤولية») is accused by the first
    clause's subject; the phrase is the accused («واتهمت حماس إسرائيل بـ» names its own subject and stays)."""
    w = ws[hit.start]
    if hit.trigger.type != "DISAPPROVE" or w.text not in lex.cues["joined_accusations"] or hit.start < 2 or tgt or \
            len(src) != 1:
        return src, tgt
    acc = src[0]
    if acc.prep or acc.start != hit.start + 1 or acc.end >= len(ws):
        return src, tgt
    nxt = ws[acc.end].text
    if not ((nxt.startswith("ب") and nxt != "بين") or nxt in BLAME_COMPLEMENTS):
        return src, tgt
    first = next((c for c in chunks if c.end <= hit.start and not c.prep and not c.is_place), None)
    if first is None or first.start > 1 or not first.codes():  # the first clause's subject right after its verb
        return src, tgt
    return [first], [acc]


PRONOUN_OBJECTS = frozenset({"به", "بها", "بهم", "بهما", "معه", "معها", "معهم"})


def _pronoun_antecedent(hit: Hit, ws: list[Word], chunks: list[Chunk], src: list[Chunk],
                        tgt: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """«وصل الرئيس الفلسطيني إلى القاهرة حيث استقبله الرئيس المصري», «زار المبعوث مسقط والتقى به وزير
    الخارجية»: a meeting verb whose other party is only a pronoun meets the one named before it in the sentence."""
    if hit.end - hit.start != 1 or not hit.verbal or bool(src) == bool(tgt):
        return src, tgt
    w = ws[hit.start].text
    stem = w[1:] if w[:1] in ("و", "ف") else w
    suffixed = any(stem.endswith(p) and not any(t is hit.trigger and k == (stem,)
                                                for k, t in get_lexicon().trigger_index.get(stem, ()))
                   for p in OBJECT_PRONOUNS)
    if not suffixed and not (hit.end < len(ws) and ws[hit.end].text in PRONOUN_OBJECTS):
        return src, tgt
    named = src + tgt
    ante = next((c for c in reversed(chunks) if c.end <= hit.start and not c.prep and not c.is_place and
                 c.codes() and c not in named), None)
    if ante is None or any(ch in ws[k].gap for k in range(ante.end, hit.start + 1) for ch in ".:;؛"):
        return src, tgt
    return (src, [ante]) if src else ([ante], tgt)


LETTERS = frozenset({"رساله", "رسايل", "مذكره", "خطابا", "برقيه"})
LETTER_REACH = 8  # words from the letter to the «يطالبهم فيها» that says what it asks


def _letter_addressee(hit: Hit, ws: list[Word], chunks: list[Chunk], tgt: list[Chunk]) -> list[Chunk]:
    """«وجه زيلينسكي رسالة إلى قادة الاتحاد الأوروبي يطالبهم فيها بتشديد العقوبات على روسيا»: the pronoun
    of a verb «in» a letter is its addressee, not the one the demand is about."""
    w = ws[hit.start]
    if hit.end - hit.start != 1 or not w.text.endswith(OBJECT_PRONOUNS) or hit.end >= len(ws) or \
            ws[hit.end].text not in ("فيها", "فيه"):
        return tgt
    at = next((k for k in range(hit.start - 1, max(-1, hit.start - LETTER_REACH), -1) if ws[k].text in LETTERS), None)
    if at is None:
        return tgt
    to = next((c for c in chunks if c.prep == "الي" and at < c.start < hit.start and not c.is_place), None)
    return [to] if to is not None else tgt


def _where_clause(hit: Hit, ws: list[Word], chunks: list[Chunk], src: list[Chunk],
                  tgt: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """«وصل رئيس الوزراء العراقي إلى عمان حيث التقى العاهل الأردني»: after «حيث» the verb's subject is the
    first clause's (a pronoun), so the one phrase after the verb is whom he met; with two phrases after it
    («حيث التقى الوزير نظيره») the first is the subject and nothing changes."""
    if hit.start == 0 or ws[hit.start - 1].text not in WHERE_WORDS or (not hit.verbal and hit.trigger.pos != "verb"):
        return src, tgt
    first = next((c for c in chunks if c.end <= hit.start - 1 and not c.prep and not c.is_place), None)
    after = [c for c in chunks if c.start >= hit.end and not c.prep and not c.is_place]
    if first is None or len(after) != 1 or tgt or src != after:
        return src, tgt
    return [first], after


SESSION_WORDS = frozenset({"جلسه", "اجتماع", "دوره"})
SESSION_REACH = 6  # words after a call within which «عقد جلسة … لـ» may name the body


def _session_body(hit: Hit, ws: list[Word], chunks: list[Chunk]) -> Chunk | None:
    """The «لـ» body of a session a call asks to hold: «إلى عقد جلسة طارئة لمجلس الأمن»."""
    for c in chunks:
        if c.prep != "ل" or c.is_place or not hit.end <= c.start <= hit.end + SESSION_REACH:
            continue
        if any(ws[k].gap.strip() for k in range(hit.end, c.start + 1)):
            return None
        before = range(max(hit.end, c.start - 2), c.start)
        if any(ws[k].text in SESSION_WORDS for k in before) and \
                any(ws[k].text in ("عقد", "بعقد", "لعقد") for k in range(hit.end, c.start)):
            return c
    return None


def _own_nationals_after(c: Chunk, ws: list[Word]) -> bool:
    """The object after the subject (past a «في بيروت») is the subject's own nationals («رعاياها»)."""
    reach = OWN_NATIONALS_REACH if c.end < len(ws) and ws[c.end].text == "في" else 1
    for k in range(c.end, min(len(ws), c.end + reach)):
        if ws[k].gap.strip():
            return False
        if ws[k].text in OWN_NATIONALS:
            return True
    return False


OWN_NATIONALS_REACH = 4  # «السفارة البريطانية في بيروت رعاياها»: a place phrase may come between


def _launch_origin(ws: list[Word], a: Actor, lex: Lexicon) -> bool:
    """«صاروخ أطلق من اليمن»: the country a missile came from is whence, not its army (the launcher is unnamed)."""
    i = next((k for k, w in enumerate(ws) if w.start == a.start), None)
    return i is not None and i >= 2 and ws[i - 1].text == "من" and ws[i - 2].text in lex.cues["launch_origin_verbs"]


def _forum_city(ws: list[Word], chunks: list[Chunk], place: str | None, lex: Lexicon) -> bool:
    """«في مؤتمر لندن», «قمة بغداد»: the city names a forum, the venue of a pledge, not who receives it."""
    return any(c.is_place and c.start > 0 and ws[c.start - 1].text in lex.cues["forum_heads"] and
               place in {_country(k) for k in c.codes()} for c in chunks)


def _aided_place(ws: list[Word], chunks: list[Chunk], hit: Hit, home: set[str], lex: Lexicon) -> Chunk | None:
    """The first foreign place after the pledge that is no forum's city («… لدعم الاستجابة في السودان»)."""
    forum = lex.cues["forum_heads"]
    for c in chunks:
        if c.start < hit.end or not c.is_named_place_only or (c.start > 0 and ws[c.start - 1].text in forum):
            continue
        codes = [_country(k) for k in c.codes()]
        if codes and len(codes[0]) == 3 and codes[0] not in home:
            return c
    return None


def _build_event(type_: str, hs: list[Hit], ws: list[Word], chunks: list[Chunk], lex: Lexicon, text: str,
                 offset: int, ctx: DocContext | None, place_country: str | None, recv: int | None,
                 attr_chunk: Chunk | None, attr_text: str | None, loc: Location | None, sctx: Any,
                 loc_origin: bool = False) -> Event | None:
    hs = [h for h in hs if h.trigger.id not in lex.cues["require_foreign_target_triggers"]] or hs
    # «وصل الرئيس … وكان في استقباله …»: another trigger of the category tells the roles better than the arrival
    hit = _primary(hs)
    chunks = [c for c in chunks if not (c.prep and not hit.trigger.inner_role and hit.tail < 0 and
                                        hit.start < c.start and c.end <= hit.end)]
    # «شكوى إلى مجلس الأمن»: the addressee a fixed phrase names is part of the event word, not a party
    src: list[Chunk] = []
    tgt: list[Chunk] = []
    recv_here = recv if type_ == "CONSULT" and any(h.trigger.mode in ("message", "phone") for h in hs) else None
    if type_ == "AID" and recv is not None and recv < hit.start:
        recv_here = recv  # «تسلمت الحكومة اليمنية دفعة من المنحة السعودية»: the subject receives
    victims: list[Chunk] = []
    for h in hs:
        if h.trigger.casualty and h is not hit:
            # «الشهداء … جراء الغارات الإسرائيلية»: the nisba after another trigger is its agent, no victim
            # «بقصف مدفعي لقوات النظام»: the «لـ» phrase right after the strike made it
            victims = [c for c in assign(h, chunks, ws, lex)[1]
                       if not any((c.start == x.end and c.is_nisba_only) or (c.prep == "ل" and 0 <= c.start - x.end <= 1)
                                  for x in hs if not x.trigger.casualty)]
            if victims:
                break
    for h in [hit] + [x for x in hs if x is not hit]:
        s, t = assign(h, chunks, ws, lex, recv_here)
        s = [c for c in s if c not in victims]
        if hit.trigger.frame == "patient_noun" or (h is not hit and not h.verbal and passive_mark(ws[hit.start])):
            # «اغتيل ضابط … بعبوة ناسفة», «أُطلق سراح ناشطين … بموجب عفو»: a later noun's nearest
            # phrase before it is the first trigger's patient, not this one's agent
            s = [c for c in s if c not in tgt or c.start > h.start]
        if h is not hit and h.verbal and any(x.end == h.start and not x.verbal for x in hs if x is not h):
            s = []  # «قصف صاروخي استهدف حياً»: the verb's subject is the strike before it, not an earlier phrase
        if h is not hit and hit.verbal and not h.verbal and h.start < hit.end + 3:
            # «استهدفت طائرة مسيرة مقراً لحزب الله»: the owner of what the verb hit is no agent of its subject noun
            # «استهدف هجوم صاروخي السفارة الأمريكية»: nor is the verb's own object the agent of its subject noun
            s = [c for c in s if not ((c.prep == "ل" or hit.trigger.violent) and any(c is x for x in tgt))]
        src = src or s
        if type_ == "FIGHT":
            tgt = tgt or [c for c in t if c not in src]
        else:
            tgt = tgt or victims or [c for c in t if c not in src]
        if src and tgt:
            break
    giver = _passive_giver(hit, ws, chunks) if type_ == "AID" and not src else None
    if giver is not None:  # «تسلم الجيش اللبناني آليات مقدمة من الولايات المتحدة»: the «من» phrase gave them
        src, tgt = [giver], [c for c in tgt if c is not giver]
    if type_ == "FIGHT" and src and tgt and not any(is_armed(c) for c in tgt):
        for h in hs:  # «استعاد السيطرة على القصر الجمهوري بعد معارك مع قوات الدعم السريع»: the enemy, not the
            armed = [c for c in assign(h, chunks, ws, lex)[1]
                     if h is not hit and is_armed(c) and c not in src and c not in victims]
            if armed:  # building taken
                tgt = armed
                break
    issuer = _order_issuer(hit, ws, chunks) if not hit.verbal and hit.trigger.pos == "noun" else None
    if issuer is not None and issuer not in src[:1]:  # «أصدرت سلطات الاحتلال 46 أمراً بالاعتقال الإداري»
        src, tgt = [issuer], [c for c in tgt if c is not issuer]
    decider = _decider(hit, ws, chunks) if not src and not hit.verbal and hit.trigger.pos == "noun" else None
    if decider is not None:  # «قررت الحكومة الكويتية سحب الجنسية من 1200 شخص»: who decides acts
        src, tgt = [decider], [c for c in tgt if c is not decider]
    if _first_person(hit, ws):  # «وقال الوزير: «إننا ندين … ونطالب …»»: we = the speaker
        if attr_chunk is None:  # «الرئاسة الفلسطينية: نرفض أي مخططات …»: the headline's speaker before its colon
            attr_chunk = _colon_speaker(ws, chunks, hit)
        src = [attr_chunk] if attr_chunk is not None else []
        tgt = [c for c in tgt if c is not attr_chunk]
    if hit.trigger.frame == "bear":  # «قال الوزير إن إسرائيل تتحمل المسؤولية الكاملة»: the speaker blames the bearer
        speaker = attr_chunk or _colon_speaker(ws, chunks, hit)
        if speaker is None:
            return None  # «تتحمل الحكومة المسؤولية الكاملة عن التعليم»: a duty, no one blamed
        src, tgt = [speaker], [c for c in tgt + src if c is not speaker and not c.is_place][:1]
    headline = _headline_actor(ws, chunks, hit, type_)
    if headline is not None:  # «الداخلية السعودية: ضبط أكثر من عشرين ألف مخالف»: the speaker's own measure
        rest = [c for c in tgt if c is not headline]
        if all(c.is_place for c in rest):  # «استدعاء السفير الإيراني احتجاجاً على استهداف قاعدة العديد»
            rest = [c for c in src if c is not headline and c.start >= hit.end and not c.is_place] + rest
        src, tgt = [headline], rest
    elif type_ == "PROTEST" and not src and not hit.verbal:
        # «المغرب: إضراب عام يشل المدارس»: a verbless headline's country before its colon is where the crowd is
        where = _colon_speaker(ws, chunks, hit)
        if where is not None and where.end == hit.start and where.has_kind("country") and \
                all("-" not in code for code in where.codes()):
            people = [replace(m, items=[*m.items, Item(m.items[0].start, m.items[0].end, "sector", "CVL", 0)])
                      for m in where.members if m.items]  # its people, not the state
            src, tgt = [replace(where, members=people)], [c for c in tgt if c is not where]
    if type_ == "CONSULT":
        src, tgt = _where_clause(hit, ws, chunks, src, tgt)
    if not hit.trigger.violent:
        src, tgt = _pronoun_object_clause(hit, ws, chunks, src, tgt)
        src, tgt = _participle_antecedent(hit, chunks, src, tgt)
        src, tgt = _accusing_clause(hit, ws, chunks, lex, src, tgt)
        if type_ == "CONSULT":
            src, tgt = _pronoun_antecedent(hit, ws, chunks, src, tgt)
        tgt = _letter_addressee(hit, ws, chunks, tgt)
    if type_ == "DEMAND" and not hit.verbal and attr_chunk is not None and attr_chunk.end <= hit.start and \
            any(ch in ws[hit.start].gap for ch in "،,"):
        # «قالت الحكومة اليمنية إن …، مطالبةً الأمم المتحدة بالضغط»: the speaker calls, the phrase after is called on
        called = next((c for c in chunks if c.start == hit.end and not c.prep and not c.is_place), None)
        if called is not None and called is not attr_chunk:
            src, tgt = [attr_chunk], [called]
    if type_ == "DEMAND" and hit.trigger.pos == "noun" and _called_on(hit, ws, src):
        # «الرئيس الجزائري: فرنسا مطالبة بالاعتراف بجرائمها»: the subject of the passive «مطالَبة بـ» is called on
        speaker = attr_chunk or _colon_speaker(ws, chunks, hit)
        src, tgt = ([speaker] if speaker is not None and speaker is not src[-1] else []), [src[-1]]
    if type_ == "PROTEST":
        src, tgt = _sit_in_crowd(hit, ws, chunks, lex, src, tgt)
        src = _crowd_at_place(hit, ws, lex, src)
    if hit.trigger.id in lex.cues["launch_test_triggers"]:
        # «أطلقت كوريا الشمالية صاروخاً سقط في بحر اليابان»: a test shot names where it fell, not whom it hit,
        # and the launcher is the subject before the missile
        before = [c for c in chunks if c.end <= hit.start and not c.is_place and not c.prep]
        src = [c for c in src if c.end <= hit.start] or before[-1:]
        tgt = []
    if hit.trigger.id in lex.cues["convened_elections"]["dissolve_triggers"] and not tgt:
        # «بحل مجلس الأمة»: the parliament the form names is what is dissolved
        tgt = [c for c in chunks if hit.start < c.start and c.end <= hit.end and not c.is_place][:1]
    claimer = _claimer(hit, ws, chunks, lex) if type_ == "ASSAULT" else None
    if claimer is not None and claimer not in tgt and (not any(c.has_kind("group") for c in src) or
                                                       _leading_claimer(hit, ws, chunks, lex) is claimer):
        src = [claimer]  # «تفجير انتحاري … وتبنته حركة الشباب»: who claimed it did it
    if attr_chunk is not None and type_ in ("ASSAULT", "COERCE", "FIGHT") and attr_chunk not in tgt and \
            (_that_it(ws, hit, attr_chunk) or
             ((_own_forces_subject(ws, hit, lex) or _own_weapon_hit(ws, hit, lex)) and
              _speaker_owns(ws, attr_chunk, hit, lex))):
        struck = [c for c in src if c.start >= hit.end and not c.is_place]  # «أن طائراتها دمرت مقرات للمسلحين»:
        src = [attr_chunk]  # the speaker's forces are the subject before the verb; what follows it was hit
        tgt = struck + [c for c in tgt if c not in struck]
    if attr_chunk is not None and type_ == "AID" and attr_chunk not in tgt and _that_it(ws, hit, attr_chunk):
        # «أعلنت ألمانيا أنها ستزود أوكرانيا بدبابات»: the speaker gives; the phrase after the verb receives
        given = [c for c in src if c.start >= hit.start and not c.is_place]
        src, tgt = [attr_chunk], given + [c for c in tgt if c not in given]
    speaker_hit = attr_chunk is not None and type_ in ("ASSAULT", "COERCE") and attr_chunk not in src + tgt and \
        _speaker_object(ws, hit)  # «أعلنت اليونيفيل أن دبابة أطلقت النار على دورية لها»: the speaker's own was hit
    announcer = _own_dead_announcer(hs, src, tgt, ws, lex, chunks) if type_ == "ASSAULT" else None
    if announcer is not None:  # «أعلن الجيش الإسرائيلي مقتل ضابط وجنديين في انفجار عبوة»: an army reporting
        src = [c for c in src if c is not announcer]  # soldiers of no stated side reports its own dead
        attr_chunk = announcer
    own_dead = announcer is not None
    if not own_dead and not src and attr_chunk is not None and type_ in ("ASSAULT", "COERCE", "FIGHT") and \
            attr_chunk not in tgt and (is_armed(attr_chunk) or (type_ == "COERCE" and attr_chunk.sectors() & STATE_SECTORS) or
             _speaker_owns(ws, attr_chunk, hit, lex)):
        src = [attr_chunk]  # «أعلنت الداخلية القبض على …», «قالت أنقرة إن مسيراتها قتلت …»
    if not src and attr_chunk is not None and hit.trigger.id.endswith(REPORTED_THREAT) and attr_chunk not in tgt:
        src = [attr_chunk]  # «قال متحدث باسم الحوثيين إن قواتهم ستستهدف …»: the speaker threatens
    if hit.trigger.id == CONDITIONAL_THREAT and attr_chunk is not None:
        src = [attr_chunk]  # «قال سريع إنه في حال استمر العدوان فإن القوات المسلحة ستوسع …»: the speaker threatens
        tgt = [c for c in tgt if c is not attr_chunk]
    if type_ == "CONSULT" and tgt and all(c.is_place for c in tgt):
        partner = _talks_partner(hs, hit, ws, chunks, src + tgt)
        hosts = {_country(code) for c in tgt for code in c.codes()}
        if partner is not None and not {_country(code) for code in partner.codes()} <= hosts:
            tgt = tgt + [partner]  # «وصل وفد … إلى جدة للمشاركة في محادثات مع قوات الدعم السريع»: whom they meet
    if type_ == "CONCEDE":
        src, tgt = _holder(ws, chunks, src, tgt)
    if type_ == "SANCTION" and hit.trigger.mode == "embargo" and src and all(is_armed(c) for c in src) and \
            ws[hit.start].text in lex.cues["siege_words"]:
        type_ = "COERCE"  # «فرضت جماعة نصرة الإسلام حصاراً على باماكو»: an armed siege coerces, no sanction
    if type_ in SYMMETRIC and any(len(c.members) > 1 or len(c.codes()) > 1 for c in src):
        tgt = [c for c in tgt if not c.is_place]  # «مناورات القوات السعودية والأمريكية في مياه الخليج»: where
        if type_ in ("AGREE", "CONSULT"):  # «اتفقت بغداد وواشنطن على إنهاء مهمة التحالف»: the pair agree with
            tgt = [c for c in tgt if c.prep == "مع" or not _in_content_clause(ws, hit, c)]  # each other
    if hit.trigger.id == "wont_accept" and (hit.end >= len(ws) or not ws[hit.end].text.startswith("ب") or
                                            any(w.bset & PLEDGE_WORDS for w in ws[hit.end:hit.end + PLEDGE_REACH])):
        # «لن نقبل بـ/لن نسمح بـ» refuses a thing; «لن نسمح للمتظاهرين بدخول …» withholds a permission, and
        # «لن يسمح باستخدام أراضيه منطلقاً لأي هجمات» pledges against attacks
        return None
    if hit.trigger.armed_source and not any(is_armed(c) for c in src):
        return None  # «وصل الوزير»: arrival is a mobilization only when troops arrive
    if not src and type_ in ("ASSAULT", "FIGHT") and not own_dead:
        lone = next((c for c in chunks if is_armed(c) and c not in tgt and c not in victims and c.prep in ("", "ب", "مع")),
                    None)
        if lone is not None:  # «انطلقت معارك الرقة بتقدم قوات سوريا الديمقراطية»: the armed actor named
            src = [lone]
    if type_ == "FIGHT" and not src and victims:
        src = [c for c in victims if c not in tgt]
    if type_ == "PROTEST":  # «اعتصام مؤيد للفلسطينيين», «دعماً لمجموعة محظورة»: whom a protest backs is not its crowd
        src = [c for c in src if not (c.start > 0 and ws[c.start - 1].text in BACKED_BY)]
    if type_ == "PROTEST" and _state_protest(src, sctx, lex):
        type_ = "DISAPPROVE"
    if type_ in lex.cues["require_actor"] and not src and not tgt:
        return None  # «دعا الفنان جمهوره», «استقبل المطار المسافرين»: no political actor, no event
    session = _session_body(hit, ws, chunks) if type_ == "DEMAND" else None
    if session is not None:  # «دعت روسيا إلى عقد جلسة طارئة لمجلس الأمن لبحث …»: the body asked to convene
        tgt = [session]
    if type_ == "DEMAND" and src and src[0].start > hit.start and _own_nationals_after(src[0], ws):
        return None  # «حثت الولايات المتحدة رعاياها على مغادرة لبنان»: advice to one's own people, no demand
    if type_ in lex.cues["require_source"] and not src:
        return None  # «دعت الهيئة العامة للأرصاد المواطنين…»: an appeal by no political actor
    if (all(h.trigger.mode in lex.cues["require_foreign_target_modes"] for h in hs) or
            all(h.trigger.id in lex.cues["require_foreign_target_triggers"] for h in hs)) and \
            not _foreign_target(src, tgt, place_country, lex):  # «وصل الوزير إلى المستشفى»: no visit abroad
        return None  # «خصصت الحكومة 10 ملايين دولار لتطوير الطرق»: a budget line at home gives no one aid
    if type_ == "CONSULT" and all(h.trigger.mode == "visit" for h in hs) and _home_only(src, tgt, place_country, lex):
        return None  # «زار رئيس الوزراء العراقي محافظة البصرة»: an official touring at home meets no other party
    if type_ == "CONSULT" and not tgt and all(h.trigger.mode == "discuss" for h in hs) and \
            not any(len(c.members) > 1 or len(c.codes()) > 1 for c in src):  # «بحث أوباما وأردوغان …»: a dyad
        return None  # «ناقش مجلس الوزراء في جلسته …»: a body discussing alone consults no one
    if type_ == "CONSULT" and (src or tgt) and all(_private(c, ws, lex) for c in src + tgt):
        return None  # «اجتمع أفراد العائلة»: private people meeting is no diplomatic event
    src, tgt = _undergo(hit, ws, chunks, src, tgt, lex, attr_chunk)
    blocked = hit.trigger.violent and tgt and _interceptor(hit, ws, chunks, lex, attr_chunk) is tgt[0]
    if type_ != "FIGHT" and not blocked:  # «… بحسب مصادر أمنية مصرية»: who tells it is no target
        tgt = [c for c in tgt if c is not attr_chunk]  # (a clash's claimer is a side, and so is an interceptor)
    if speaker_hit and attr_chunk is not None:
        tgt = [attr_chunk] + [c for c in tgt if c.is_place]
    if type_ == "FIGHT" and all(c.is_place for c in tgt):
        foe = _expelled_foe(ws, hit, chunks, src)
        if foe is not None:  # «يستعيد السيطرة على مدينة البوكمال بعد طرد تنظيم داعش منها»: whom it was taken from
            tgt = [foe]
    if type_ in ("ASSAULT", "COERCE"):  # «هاجم مستوطنون تحت حماية جيش الاحتلال قرية دوما»: the force guarding
        tgt = [c for c in tgt if not (c.start > 0 and ws[c.start - 1].text in GUARD_WORDS)]  # them is no target
    aimed = _aimed_at(ws, hit, chunks, src) if type_ == "ASSAULT" else None
    if aimed is not None:  # «قصف مسلحون المنطقة الخضراء … مستهدفين مبنى السفارة الأمريكية»: what they aimed at
        tgt = [aimed] + [c for c in tgt if c is not aimed and not c.is_place]
    owner = _said_owner(ws, hit, chunks) if type_ == "ASSAULT" else None
    if owner is not None and owner not in src:  # «غارات على مواقع … قالت إنها تابعة لفيلق القدس»: whose sites
        tgt = [owner] + [c for c in tgt if c is not owner and not c.is_place]
    hosted = _hosted_forces(ws, hit, chunks) if type_ == "ASSAULT" else None
    if hosted is not None:  # «استهداف قاعدة عين الأسد التي تستضيف قوات أمريكية»: the hosted forces were hit
        src = [c for c in src if c is not hosted]
        tgt = [hosted] + [c for c in tgt if c is not hosted]
    if type_ in ("ASSAULT", "COERCE", "CONCEDE"):
        named: list[Chunk] = []
        groups: list[Chunk] = []
        for c in tgt:  # «قتلت القوات التركية 12 إرهابياً من حزب العمال»: the fighters stand for their group
            g = member_group(c, chunks, ws)
            if g is not None:
                groups.append(g)
            g = g or c
            if not any(g is x for x in named):
                named.append(g)
        tgt = named
        src = [c for c in src if not any(c is x for x in groups)]
    if type_ == "ASSAULT":  # «فجر انتحاري من تنظيم داعش سيارة مفخخة»: the attacker stands for his group
        owners = [member_group(c, chunks, ws) for c in src]
        if any(g is not None for g in owners):
            src = [g or c for c, g in zip(src, owners, strict=True)]
            tgt = [c for c in tgt if not any(g is not None and c.start == g.start for g in owners)]
    if type_ == "FIGHT":
        src, tgt = _fight_member_groups(src, tgt, chunks, ws)
    if not src and attr_chunk is not None and type_ in ("ASSAULT", "COERCE", "FIGHT") and is_armed(attr_chunk) and \
            attr_chunk not in tgt and not own_dead:
        src = [attr_chunk]
    if type_ in ("MOBILIZE", "RETREAT"):  # «نشرت الولايات المتحدة ألفي جندي»: the units moved are the source's own
        tgt = [c for c in tgt if not all(it.kind == "sector" for m in c.members for it in m.items)]
        if not tgt and type_ == "MOBILIZE":  # «… مستشارين عسكريين إلى سوريا»: where they are sent
            tgt = [c for c in chunks if c.prep in ("الي", "نحو", "باتجاه") and c not in src and c.start > hit.start][:1]
    if type_ != "CONSULT":  # «تعهدت الدول المانحة في مؤتمر لندن بتقديم …»: the forum's city is where, not whom
        forum = lex.cues["forum_heads"]
        tgt = [c for c in tgt if not (c.is_place and c.start > 0 and ws[c.start - 1].text in forum)]
    med = lex.cues["mediator_words"]  # «بوساطة أمريكية», «برعاية سعودية»: a third party, neither side
    src = [c for c in src if not (c.start > 0 and ws[c.start - 1].text in med)]
    tgt = [c for c in tgt if not (c.start > 0 and ws[c.start - 1].text in med)]
    if hit.trigger.violent:  # «خلال محاولتهم اجتياز الحدود من الأراضي السورية»: whence they came, not who was hit
        tgt = [c for c in tgt if not _origin_place(c, ws, lex)]
    if hit.trigger.casualty:
        src, tgt = _operation_owner(ws, src, tgt, lex)
    if src and tgt:  # «هددت إيران بإغلاق مضيق هرمز»: a place of the source's own country is not its target
        own = {k for c in src for k in c.codes()}
        if type_ in VERBAL_TYPES:  # «توعد قائد الحرس الثوري بأن يكون الرد الإيراني مدمراً»: its own country
            own |= {group_countries()[k] for k in own if k in group_countries()}
            if type_ == "THREATEN":  # «حذر رئيس الأركان التركي من أن أنقرة ستتحرك»: his own capital
                own |= _own_states(src)
        internal = type_ == "FIGHT" or all(h.trigger.mode == "dismiss" for h in hs)
        tgt = [c for c in tgt if not ((c.is_place or not internal) and set(c.codes()) and set(c.codes()) <= own and
                                      (c.is_place or type_ == "CONCEDE" or not _other_person(c, src)))
               or _rival_party(c, src)]
        # «وصلت تعزيزات للجيش السوري …»: nor is the source's own phrase repeated (clashes may be internal, and so
        # is a dismissal: «أقال الرئيس قيس سعيد رئيس الحكومة»)
    if type_ == "DISAPPROVE":
        doer = _relative_doer(hit, ws, chunks, lex)
        if doer is not None and doer not in src:  # «استياءها إزاء حملة الاعتقالات التي تشنها السلطات بحق معارضين»
            tgt = [doer] + [c for c in tgt if c is not doer]
    if type_ == "AID":
        giver = _aid_giver(hit, ws, chunks, lex)
        if giver is not None:  # «قافلة … تحمل مساعدات غذائية أرسلتها مصر إلى سكان غزة»: Egypt gives
            src = [giver]
            tgt = [c for c in tgt if c is not giver]
    if type_ == "THREATEN" and not tgt:  # «… إذا هاجمت إسرائيل المنشآت النووية»: whom the condition names
        tgt = [c for c in _conditional_actors(ws, chunks, lex) if c not in src][:1]
    # «مسيرات في مدن إيرانية», «شوارع عطبرة السودانية»: the place marched in tells whose people marched
    where = [c for c in tgt if c.is_named_place_only and not c.sectors()] if type_ == "PROTEST" else []
    cat = lex.categories.get(type_, {})
    if hit.trigger.violent:
        src, tgt = _weapon_subject(hit, ws, src, tgt, lex)
    inner = _inner_place_country(chunks)  # «أمام السفارة الأمريكية في بغداد»: Baghdad is where
    source = _actors(src, text, offset, ctx, _sent_from(type_, hit, chunks, tgt, place_country or inner), "source")
    spoken = _spokesman_country(attr_chunk, src, hit, type_)
    if spoken:  # «قال المتحدث باسم الجيش الإسرائيلي إن طائرات حربية أغارت …»: his army's planes
        source = _actors(src, text, offset, ctx, spoken, "source")
    punished = type_ == "COERCE" or any(x in _plain(ws[hit.start].text) for x in EXECUTION_STEMS)
    home = _home_country(source) if punished else None  # «أعدمت السلطات الإيرانية رجلاً أدين
    # بالتجسس لصالح الموساد الإسرائيلي»: whom a state punishes is its own unless said otherwise
    target = _actors(tgt, text, offset, ctx, place_country or inner or _focus_country(ctx, source) or home or
                     _other_country(chunks, source, ws), "target")
    if own_dead and attr_chunk is not None:
        target = _actors(tgt, text, offset, ctx, _country(attr_chunk.codes()[0]), "target")
    if type_ == "ASSAULT":
        _known_base_hosts(target, source, lex)
    _surname_actors(source + target, chunks, ctx, {loc.country if loc is not None else None, place_country})
    _third_party_mediators(source, target, lex)
    _occupied_people(source, target, lex, place_country)
    parties = _conflict_parties(ws, lex)
    if parties and type_ in SYMMETRIC and not source:  # «وقع طرفا النزاع في السودان إعلان مبادئ»
        source, target = parties, list(reversed(parties))
    elif parties and not target and type_ in ("DEMAND", "SUPPORT", "DISAPPROVE", "THREATEN", "AID"):
        target = parties  # «حثت إيغاد طرفي الصراع في السودان على العودة إلى المفاوضات»
    if type_ == "AID" and target and loc is not None and loc.country and len(loc.country) == 3:
        home = _home_country(source)  # «إنزالا جويا لمساعدات على المستشفى الميداني الأردني في خان يونس»: the
        if home and loc.country != home and all(_country(a.code) == home for a in target):  # aid reaches the
            target = [Actor(text=loc.text, code=loc.country)]  # place, not the giver's own field hospital there
    if not target and type_ == "ASSAULT" and loc is not None and loc.country and len(loc.country) == 3 and \
            loc.entity and loc.entity not in water_places() and not loc_origin and \
            not any(_country(a.code) == loc.country and (a.code or "").endswith("-MIL") for a in source):
        # «غارات على عدة مناطق في قطاع غزة»: an attack on a place targets that country («من غزة» is whence)
        target = [Actor(text=loc.text, code=loc.country)]
    home_place = loc.country if loc is not None and loc.country else place_country
    if not target and type_ == "ASSAULT" and home_place and len(home_place) == 3 and \
            any(_country(a.code) == home_place for a in source):
        homes = next((w for w in ws[hit.end:hit.end + RESIDENTIAL_REACH] if w.text in RESIDENTIAL_WORDS), None)
        if homes is not None and not any(ws[k].gap.strip() for k in range(hit.end, homes.i + 1)):
            # «قصفت قوات النظام السوري بالبراميل المتفجرة أحياء في مدينة حلب»: its own people's homes
            target = [Actor(text=text[homes.start - offset:homes.end - offset], code=f"{home_place}-CVL",
                            start=homes.start, end=homes.end)]
    if type_ in DOMESTIC_TYPES:
        home = _home_country(source)
        for a in target:
            if home and a.code in SECTOR_CODES:
                a.code = f"{home}-{a.code}"  # «أفرجت جماعة الحوثي عن أسرى من القوات الحكومية» → YEM-MIL
    home_of_target = place_country or _home_country(target)  # «اعتُقل معارض تونسي»: by his own state
    if not source and type_ == "COERCE" and hit.trigger.mode == "arrest" and home_of_target and \
            len(home_of_target) == 3 and target and not _armed_codes(target) and not _agent_named(ws, lex):
        source = [Actor(text=loc.text if loc else "", code=f"{home_of_target}-COP")]  # «اعتقال ناشط في الجزائر»
    if not source and type_ == "CONCEDE" and hit.trigger.mode == "release" and place_country and \
            len(place_country) == 3 and target and not _armed_codes(target) and not _agent_named(ws, lex):
        source = [Actor(text=loc.text if loc else "", code=f"{place_country}-GOV")]  # «أُفرج عن ناشطين في الجزائر»
    if not source and type_ == "COERCE" and hit.trigger.mode == "deport":  # «تم ترحيل مئات المهاجرين الأفغان
        whence = next((c for c in chunks if c.prep == "من" and c.start >= hit.end and c.has_kind("country") and  # من
                       len(c.codes()) == 1 and len(c.codes()[0]) == 3), None)  # إيران»: the state they leave expels
        if whence is not None and any(a.start == whence.char_start for a in target):
            target = [a for a in target if a.start != whence.char_start]  # «ترحيل 47 مهاجرا من إيطاليا»: whence
        if whence is not None and whence.codes()[0] not in {_country(a.code) for a in target}:
            source = [Actor(text=text[whence.char_start - offset:whence.char_end - offset], code=f"{whence.codes()[0]}-GOV",
                            start=whence.char_start, end=whence.char_end)]
    if not target and type_ in PLACE_TARGETED and loc is not None and _forum_city(ws, chunks, loc.country, lex):
        aided = _aided_place(ws, chunks, hit, {_country(a.code) for a in source}, lex)
        if aided is not None:  # «تعهدت الدول المانحة في مؤتمر لندن بتقديم … لدعم … في السودان»: not London
            target = _actors([aided], text, offset, ctx, None, "target")
    if not target and type_ in PLACE_TARGETED and loc is not None and loc.country and len(loc.country) == 3 and \
        not _forum_city(ws, chunks, loc.country, lex) and \
            loc.country not in {_country(a.code) for a in source}:
        # «مساعدات إلى المتضررين من الزلزال في المغرب», «انسحبت القوات الإسرائيلية من مخيم جنين»
        target = [Actor(text=loc.text, code=loc.country)]
    if not target and type_ in ("ASSAULT", "COERCE", "FIGHT") and ctx is not None and ctx.last_group and \
            ctx.last_group not in {a.code for a in source}:  # (not the source's own man: «انتحاري من داعش»)
        member = next((w for w in ws[hit.end:hit.end + 3] if w.text in lex.cues["member_heads"]), None)
        if member is not None:  # «مقتل مسؤول …» in a story about a group: one of its members
            target = [Actor(text=text[member.start - offset:member.end - offset], code=ctx.last_group,
                            start=member.start, end=member.end)]
    if type_ in VIOLENT_TYPES:
        for a in source:
            if a.code and a.code in lex.isos and not _launch_origin(ws, a, lex):
                a.code += "-MIL"  # «غارة أميركية»: a country's strike is its military's
    mutual = type_ in SYMMETRIC or hit.trigger.id in MUTUAL_TRIGGERS  # «تبادلت روسيا وأوكرانيا 95 أسيراً»
    if len(source) > 1 and mutual and (hit.trigger.id in TRADED_TRIGGERS or _dyad_wins(source, target)):
        source, target = source[:1], source[1:]  # «اتفق X وY», «بين X وY»: a compound dyad
    if not source and len(target) > 1 and type_ == "FIGHT" and \
            len({_country(a.code) for a in target if a.code}) == len(target):
        source, target = target[:1], target[1:]  # «اشتباكات بين الجيشين الهندي والباكستاني»: a clash has two sides
    if type_ == "PROTEST" and not source:
        wc = _where_country(where) or _inner_place_country(chunks)
        place_text = loc.text if loc is not None and place_country else \
            (text[where[0].char_start - offset:where[0].char_end - offset] if where else "")
        source = _crowd_source(ws, lex, text, offset, ctx, place_country or wc, place_text)
    if type_ == "PROTEST" and target and all(c.is_place for c in tgt):
        aim = _protest_aim(ws, chunks, src, lex)
        if aim is not None and aim.is_nisba_only:  # «للتنديد بالحرب الإسرائيلية على غزة»: the war's state, not Gaza
            target = _actors([aim], text, offset, ctx, place_country or inner, "target")
    if type_ == "PROTEST" and target and len(tgt) == 1:
        waging = _war_theater_state(ws, tgt, lex)
        if waging:  # «مظاهرات حاشدة في لندن ضد الحرب على غزة»: the state waging the war, not its theatre
            target = [Actor(text="", code=waging)]
    if type_ == "PROTEST" and not target:
        aim = _protest_aim(ws, chunks, src, lex)
        if aim is not None:  # «تظاهر آلاف … للمطالبة برحيل القوات الأمريكية»: whom the march is against
            target = _actors([aim], text, offset, ctx, place_country or inner, "target")
    if type_ == "PROTEST" and source and not target:
        home = _home_country(source)  # «تظاهر آلاف العراقيين … احتجاجاً على تردي الخدمات»: against their state
        if home:
            target = [Actor(text="", code=f"{home}-GOV")]
    if hit.trigger.id in lex.cues["launch_test_triggers"]:
        target = []  # «سقط في المياه قرب اليابان»: the waters near a country are where it fell, not a party
    conf = 0.55 + (0.15 if source else 0) + (0.1 if target else 0) + (0.1 if hit.trigger.strong else 0)
    if hit.trigger.casualty:
        conf -= 0.15
    claimer_group = attr_chunk is not None and any(
        "-" not in c and c.isupper() and c not in ("UN", "EU") and c not in lex.isos for c in attr_chunk.codes())
    mod = modality(ws, hit, lex, claimer_is_group=claimer_group and type_ in ("ASSAULT", "FIGHT"))
    first, last = ws[hit.start], ws[hit.end - 1]
    return Event(
        id="", type=type_, mode=_mode(hs) if type_ == hit.trigger.type else None, quad=cat.get("quad"),
        cameo=cat.get("cameo") or None, source=source, target=target, location=loc, modality=mod,
        attribution=attr_text, trigger=text[first.start - offset:last.end - offset],
        trigger_start=first.start, trigger_end=last.end, confidence=round(min(conf, 0.95), 2),
    )


STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})  # a state's organs, each many separate bodies


def _person_keys(c: Chunk) -> set[tuple[str, ...]]:
    return {it.key for m in c.members for it in m.items if it.kind == "person"}


def _other_person(c: Chunk, src: list[Chunk]) -> bool:
    """Whether ``c`` is another body than the source although both share a code: a named person and an
    institution, or two named people («دعا مسعود بارزاني الحكومة العراقية», «أقال نتنياهو غالانت»)."""
    if not all(code.split("-")[-1] in STATE_BODIES for code in c.codes()):
        return False  # a group's own leader is the group («حزب العمال الكردستاني … زعيمه عبد الله أوجلان»)
    mine = set().union(*(_person_keys(s) for s in src))
    theirs = _person_keys(c)
    return bool(mine or theirs) and not (mine & theirs)


def _fight_member_groups(src: list[Chunk], tgt: list[Chunk], chunks: list[Chunk],
                         ws: list[Word]) -> tuple[list[Chunk], list[Chunk]]:
    """«اشتباكات بين قوات الأمن العراقية ومسلحين من داعش»: gunmen «من» a named group stand for it, on the other
    side of the clash from the force they are joined to by «و»."""
    out_src: list[Chunk] = []
    extra: list[Chunk] = []
    for c in src:
        last = replace(c, members=c.members[-1:], mention_codes=[])
        g = member_group(last, chunks, ws)
        if g is None:
            out_src.append(c)
        elif len(c.members) > 1:
            out_src.append(replace(c, members=c.members[:-1]))
            extra.append(g)
        else:
            out_src.append(g)
    out_tgt = [member_group(c, chunks, ws) or c for c in tgt] + extra
    ded: list[Chunk] = []
    for c in out_tgt:
        if not any(c is x for x in ded) and not any(c is x for x in out_src):
            ded.append(c)
    return out_src, ded


CALLED_ON = frozenset({"مطالبه", "مطالب", "مطالبون", "مطالبين", "مطالبان"})  # «مطالَب بـ»: is called on to


def _called_on(hit: Hit, ws: list[Word], src: list[Chunk]) -> bool:
    """«فرنسا مطالبة بالاعتراف …»: an indefinite «مطالَب(ة)» right after a bare phrase, then a «بـ» complement, is
    the passive participle predicated of that phrase, not a call the phrase makes."""
    if hit.end != hit.start + 1 or ws[hit.start].text not in CALLED_ON or hit.end >= len(ws) or ws[hit.start].gap:
        return False
    if not src or src[-1].prep or src[-1].end != hit.start or src[-1].is_place:
        return False
    return ws[hit.end].text.startswith("ب") and not ws[hit.end].gap


def _war_theater_state(ws: list[Word], tgt: list[Chunk], lex: Lexicon) -> str | None:
    """«ضد الحرب على غزة», «تنديداً بالعدوان على قطاع غزة»: the state a war named by its theatre is waged by."""
    theaters = lex.cues["war_theaters"]
    for c in tgt:
        if c.prep != "علي" or c.start < 2 or not ws[c.start - 2].bset & lex.cues["war_nouns"]:
            continue
        name = " ".join(w.text for w in ws[c.start:c.end])
        if name in theaters:
            return theaters[name]
    return None


def _conditional_actors(ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> list[Chunk]:
    """Actor phrases (not places) inside an «إذا/في حال» clause of the sentence."""
    spans = conditional_spans(ws, lex)
    return [c for c in chunks if not c.prep and not c.is_place and any(a < c.start < b for a, b in spans)]


def _holder(ws: list[Word], chunks: list[Chunk], src: list[Chunk], tgt: list[Chunk]) -> tuple[list[Chunk], list[Chunk]]:
    """«أُطلق سراح صحفي فرنسي كان محتجزاً لدى السلطات الإيرانية»: who held the freed is who freed them."""
    holder = next((c for c in chunks if c.prep in HOLDER_WORDS or
                   (c.start > 0 and ws[c.start - 1].text in HOLDER_WORDS and not c.prep)), None)
    if holder is None or holder in src:
        return src, tgt
    freed = [c for c in src if c is not holder] + [c for c in tgt if c is not holder]
    return [holder], freed[:1]


HOLDER_WORDS = frozenset({"لدي", "بيد", "بايدي"})  # «محتجز لدى», «أسير بيد»


def _where_country(where: list[Chunk]) -> str | None:
    """The country of the first place phrase that only located a protest."""
    for c in where:
        for code in c.codes():
            if len(code) == 3 and code.isupper():
                return code
    return None


def _inner_place_country(chunks: list[Chunk]) -> str | None:
    """The country of a place named inside an actor phrase («أمام السفارة الأمريكية في بغداد» → IRQ)."""
    for c in chunks:
        for m in c.members:
            for it in m.items:
                if it.kind == "place" and it.value and len(it.value) == 3:
                    return it.value
    return None


def _crowd_source(ws: list[Word], lex: Lexicon, text: str, offset: int, ctx: DocContext | None,
                  country: str | None, place_text: str) -> list[Actor]:
    """A protest with no named actor: the crowd word («محتجون», «أساتذة») or the country's civilians.

    «جابت مسيرات حاشدة شوارع عطبرة السودانية»: marchers of the place's country (SDN-CVL).
    """
    crowd = next((w for w in ws if set(w.bases) & lex.cues["crowd_sources"]), None)
    code = _complete("CVL", None, country) if country else _complete("CVL", ctx, None)
    if crowd is not None:
        return [Actor(text=text[crowd.start - offset:crowd.end - offset], code=code or None,
                      start=crowd.start, end=crowd.end)]
    if country:
        return [Actor(text=place_text, code=code)]
    return []


AIM_REACH = 5  # words from «للمطالبة», «احتجاجاً على», «رفضاً لـ» to the actor the protest is against


def _protest_aim(ws: list[Word], chunks: list[Chunk], src: list[Chunk], lex: Lexicon) -> Chunk | None:
    """The state or force a protest's stated aim names («… برحيل القوات الأمريكية», «رفضاً للتقارب بين أنقرة …»);
    not the people it speaks for («بالإفراج عن المعتقلين»), a place, nor a topic's nisba («بالاتفاق النووي الإيراني»)
    other than a war's («للتنديد بالحرب الإسرائيلية على غزة»: the state waging it)."""
    aims = lex.cues["purpose_governors"]
    for p in (w.i for w in ws if w.text in aims):
        for c in chunks:
            waged = c.is_nisba_only and c.start > 0 and ws[c.start - 1].bset & lex.cues["war_nouns"]
            if p < c.start <= p + AIM_REACH and c not in src and not c.is_place and (waged or not c.is_nisba_only) and \
                    c.codes() and \
                    not all(code.split("-")[-1] in ("CVL", "MED", "LAB", "OPP") for code in c.codes()) and \
                    not any(ws[k].gap for k in range(p + 1, c.start + 1)):
                return c
    return None


BACKED_BY = frozenset({"مويد", "مويده", "مويدا", "داعم", "داعمه", "داعما", "مناصر", "مناصره", "مناصرا", "دعما",
                       "تضامنا", "نصره", "مساندا", "مسانده", "مويدين", "مويدون", "المويدين", "المويدون",
                       "المويده", "مناصرين", "المناصرين", "الداعمين", "داعمين", "الموالين", "موالين",
                       "الموالون", "موالون"})  # normalized: «مؤيد» is «مويد»; «المحتجين المؤيدين للاتحاد الأوروبي»


def _state_protest(src: list[Chunk], sctx: Any, lex: Lexicon) -> bool:
    """«احتجت الخارجية», «استدعت السفير احتجاجاً»: a state's protest is a DISAPPROVE, not a street protest."""
    if not src:
        return False
    if sctx.bases & lex.cues["crowd_sources"]:
        return False
    c = src[0]
    if "OPP" in c.sectors():
        return False  # «قاطع نواب المعارضة في البرلمان جلسة التصويت»: the opposition protests, the state does not
    # «احتجت تايبيه رسمياً»: a capital standing for its government protests as a state
    return bool(c.sectors() & {"GOV", "LEG", "JUD"}) or (c.has_kind("country") and not c.sectors()) or \
        (c.is_place and capital_chunk(c, lex))


def events_for_sentence(text: str, *, date: str | None = None, use_stages: bool = True) -> list[Event]:
    """Events of one bare sentence (no document around it); ``date`` is its publication day if known."""
    from marsad.model import Published

    published = Published(earliest=date, latest=date, value=date) if date else None
    mentions: list = []
    timexes: list = []
    if use_stages:
        mentions, timexes = _stage_annotations(text, date)
    evs = sentence_events(text, 0, mentions=mentions, timexes=timexes, published=published, ctx=DocContext(),
                          sent_index=0)
    for n, e in enumerate(evs, 1):
        e.id = f"S-E{n}"
    return evs


def _stage_annotations(text: str, date: str | None) -> tuple[list, list]:
    """Run the entities and time stages on a one-sentence document when they are installed."""
    from marsad.model import Published

    doc = Document(id="sentence", body=text, published=Published(earliest=date, latest=date, value=date))
    doc.sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    mentions: list = []
    timexes: list = []
    try:
        from marsad.text.segment import segment_document

        doc = segment_document(doc)
    except Exception:  # noqa: BLE001 - the language core is optional for bare sentences
        pass
    try:
        from marsad.analyze.entities import recognize_document

        mentions = list(recognize_document(doc).mentions)
    except Exception:  # noqa: BLE001 - entities stage optional: packaged actor words still code actors
        mentions = []
    try:
        timexes = _find_timexes(text, date)
    except Exception:  # noqa: BLE001 - time stage optional: the given date is used instead
        timexes = []
    return mentions, timexes


def _find_timexes(text: str, date: str | None) -> list:
    import marsad.analyze.time as tm

    if hasattr(tm, "find_timexes"):
        return list(tm.find_timexes(text, anchor=date))
    if hasattr(tm, "resolve_timexes"):
        return list(tm.resolve_timexes(text, date))
    return []


def _body_sentences(doc: Document) -> list[Sentence]:
    if not doc.sentences:
        try:
            from marsad.text.segment import segment_document

            doc = segment_document(doc)
        except Exception:  # noqa: BLE001 - fall back to a plain split
            doc.sentences = [Sentence(index=i, start=m.start(), end=m.end(), text=m.group(0))
                             for i, m in enumerate(_SPLIT.finditer(doc.body)) if m.group(0).strip()]
    return [s for s in doc.sentences if (s.kind or "body") == "body"]


def extract_document(doc: Document) -> Document:
    """Set ``doc.events`` from the document's body sentences (ids ``<doc.id>-E<n>``)."""
    lex = get_lexicon()
    ctx = DocContext()
    if doc.title:
        tws = words(doc.title)
        tchunks = build_chunks(tws, find_items(tws, lex), lex)
        ctx.update(tchunks)
        tloc, _ = location(tws, tchunks, lex, doc.title, 0)
        if tloc is not None and tloc.lat is not None:
            ctx.last_location = tloc
    events: list[Event] = []
    mentions = sorted(doc.mentions or [], key=lambda m: m.start)
    starts = [m.start for m in mentions]
    body = doc.body
    folded_body = normalize_keep_length(body)  # once per document; sentences take slices
    for s in _body_sentences(doc):
        text = body[s.start:s.end]
        folded = folded_body[s.start:s.end] if text else None
        text = text or s.text
        lo, hi = bisect_left(starts, s.start), bisect_right(starts, s.end)
        ms = [m for m in mentions[lo:hi] if m.end <= s.end]
        evs = sentence_events(text, s.start, mentions=ms, timexes=doc.timexes, published=doc.published, ctx=ctx,
                              sent_index=s.index, doc_id=doc.id, lex=lex, folded=folded)
        events.extend(evs)
    for n, e in enumerate(events, 1):
        e.id = f"{doc.id}-E{n}"
    doc.events = events
    apply_narrative_dates(doc)  # sentences without a date of their own take the story's recent day
    return doc
