"""Trigger detection: find event words in a sentence and keep those its context supports.

Matching is on clitic-stripped candidate bases (see :mod:`morph`); multiword triggers
must be contiguous. A hit is dropped when a block list says the word is used otherwise
(«ضربة جزاء», «تظاهرة ثقافية»), when the sentence is about sport, prices, accidents,
fiction or a commemoration, or when the trigger needs a context cue that is absent
(«استهدف» needs something military; «وقّع» needs an agreement noun).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.analyze.events.actors import Chunk
from marsad.analyze.events.lexicon import Lexicon, Trigger, capital_places
from marsad.analyze.events.morph import Word

ARMED_SECTORS = {"MIL", "COP", "REB", "UAF", "INS", "@GROUP"}
WEAK_FOR_STRONG = {"economy"}  # one trade word («ناقلة نفط», «التجارة البحرية») does not cancel a strike
NON_ARMED_GROUPS = {"UN", "UNHCR", "WFP", "UNICEF", "UNRWA", "WHO", "ICRC", "EU", "ARL", "GCC", "AU", "OIC", "IMF",
                    "NGO", "MB", "IAEA"}


@dataclass
class Hit:
    """A trigger occurrence: word span, the entry, and the clitic prefix seen on its first word."""

    start: int
    end: int
    trigger: Trigger
    prefix: str = ""
    verbal: bool = False  # used as a finite verb here (VSO: subject after it), whatever the entry's pos
    tail: int = -1  # for a «*» form matched across a gap: the word where its closing words start


def _looks_verbal(w: Word, prefix: str) -> bool:
    """A past feminine verb («قصفت», «رحّلت», «ألقت») rather than a verbal noun.

    Nouns in a trigger entry («اعتقال», «قصف») take their complement as the patient; the
    same entry's finite forms take a subject first. A word ending in «ت» (not «ات»), with no
    article or preposition, is read as a verb.
    """
    text = w.text[len(prefix):] if prefix in ("و", "ف") else w.text
    return prefix in ("", "و", "ف") and len(text) >= 4 and text.endswith("ت") and not text.endswith("ات")


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def _verb_with_object(w: Word, cand: str) -> bool:
    """A past feminine verb carrying an object pronoun («اغتالته», «استهدفتهم»): a verb, its subject after it.

    The matched form itself ends in «ت» (not «ات»), so «مسيرته» (his march, matched as «مسيرة») is no verb.
    """
    return len(cand) >= 4 and cand.endswith("ت") and not cand.endswith("ات") and \
        any(w.text.endswith(cand + p) for p in _OBJECT_PRONOUNS)


_TRIGGER_MEMO: dict[int, tuple[Lexicon, dict[str, bool]]] = {}
_MEMO_MAX = 200_000


def _trigger_memo(lex: Lexicon) -> dict[str, bool]:
    """Word text → whether any of its candidate bases starts a trigger entry, for this lexicon."""
    entry = _TRIGGER_MEMO.get(id(lex))
    if entry is None or entry[0] is not lex:
        _TRIGGER_MEMO.clear()
        entry = _TRIGGER_MEMO[id(lex)] = (lex, {})
    if len(entry[1]) >= _MEMO_MAX:
        entry[1].clear()
    return entry[1]


def find_hits(ws: list[Word], lex: Lexicon) -> list[Hit]:
    """Every trigger occurrence, longest match first, non-overlapping except inside a «*» gap."""
    hits: list[Hit] = []
    i, n = 0, len(ws)
    index = lex.trigger_index
    protect = lex.cues["protect"]
    verb_prefixes = lex.cues["verb_prefixes"]
    gap_breaks = lex.cues["gap_breaks"]
    memo = _trigger_memo(lex)
    cover: Hit | None = None  # the last hit whose «*» gap may hold another trigger
    while i < n:
        found: Hit | None = None
        gapped = False
        tail = 0
        w = ws[i]
        may = memo.get(w.text)
        if may is None:
            may = memo[w.text] = any(c in index for c, _ in w.cands)
        if not may:  # no candidate base of this word starts a trigger
            i += 1
            continue
        cands = w.cands
        if w.text in protect or (w.text.startswith("ال") and w.text[2:] in protect):
            cands = cands[:2]
        for cand, prefix in cands:
            entries = index.get(cand)
            if not entries:
                continue
            for key, trig in entries:
                if len(key) == 1 and trig.pos == "verb" and prefix not in verb_prefixes:
                    continue
                if trig.indefinite and "ال" in prefix:
                    continue  # «مدينة الفاشر المحاصرة»: the besieged city, an adjective
                if trig.bare and key not in trig.verb_keys and any(c in prefix.replace("ال", "") for c in "بل"):
                    continue  # «طالبت الحزب بتسليم سلاحه», «دعوة لإلقاء السلاح»: what is asked, not done
                if "ال" in prefix and len(key) == 1 and key in trig.verb_keys:
                    continue  # «حتى ساعات الفجر»: dawn; a finite verb («فجّر») never takes the article
                if trig.initial and i > 0:
                    continue  # «اتفاق سعودي إيراني على …» opens a headline; inside a sentence it is a topic
                if trig.frame == "ruling" and _light_verb_before(ws, i):
                    continue  # «قام مسلحو داعش بإعدام عشرة مدنيين»: the act done, not a sentence passed
                end = match_key(ws, i, key, gap_breaks if _verbal_key(trig, key) else None)
                if end is None or _closing_blocked(ws, key, end, trig) or _needs_object(key, end - i, lex):
                    continue
                found = Hit(i, end, trig, prefix, trig.pos == "verb" or key in trig.verb_keys or _looks_verbal(w, prefix) or
                            _verb_with_object(w, cand))
                gapped = "*" in key and end - i > len(key) - 1
                tail = len(key) - 1 - key.index("*") if gapped else 0
                break
            if found:
                break
        if found and cover is not None and found.start < cover.end and found.trigger.type == cover.trigger.type:
            found = None  # the same event again inside a wildcard's gap
        if found:
            hits.append(found)
            if gapped:  # «قضت المحكمة بالسجن على»: another event may hide inside a «*» gap
                found.tail = found.end - tail
                cover, i = found, found.start + 1
            else:
                i = found.end
        else:
            i += 1
    return hits


def _needs_object(key: tuple[str, ...], span: int, lex: Lexicon) -> bool:
    """«تحمل الدولة مسؤولية حماية المدنيين» bears a duty; only «تحمل إسرائيل مسؤولية …», with the blamed
    party inside the gap, blames someone: a «*» gap before these words may not be empty."""
    if "*" not in key or span > len(key) - 1:
        return False
    return key[key.index("*") + 1] in lex.cues["object_gap_heads"]


def _closing_blocked(ws: list[Word], key: tuple[str, ...], end: int, trig: Trigger) -> bool:
    """«تبادلا الاتهامات بخرق وقف إطلاق النار»: a «*» gap that ends on a word the trigger may not follow
    («وقف») has found the ceasefire, not an exchange of fire; the words before may still be another event."""
    if "*" not in key:
        return False
    tail = end - (len(key) - 1 - key.index("*"))
    return any(_seq_at(ws, tail - len(k), k) for k in trig.block_prev)


LIGHT_VERBS = frozenset({"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "وقام", "وقامت", "وقاموا", "فقام", "فقامت"})
LIGHT_REACH = 5  # words between «قام» and its «بـ» + verbal noun («قامت عناصر من تنظيم داعش بإعدام …»)


def _light_verb_before(ws: list[Word], i: int) -> bool:
    """«قام X بـ + masdar»: a light verb shortly before, in the same clause, makes the verbal noun the act."""
    for k in range(i - 1, max(-1, i - 1 - LIGHT_REACH), -1):
        if ws[k].text in LIGHT_VERBS:
            return True
        if any(ch in ws[k + 1].gap for ch in ".:;؛!?؟،,"):
            return False
    return False


MAX_GAP = 5  # words a «*» in a trigger form may stand for («أطلق جنود الاحتلال النار»)
LONG_GAP = 12  # across one long noun phrase («حمّل تقرير لجنة التحقيق الدولية التابعة للأمم المتحدة الجيش … مسؤولية»)


def _phrase_word(w: Word, breaks: frozenset[str]) -> bool:
    """Whether a word may sit inside a long «*» gap: part of a noun phrase, not a new clause or complement.

    A long subject («فصائل المعارضة في ريف حمص الشمالي») has no punctuation, no relative or subordinating
    word, no preposition that could be the verb's own complement and no finite verb; a word that looks
    like one (a past «ـت» form, an imperfect «يـ» form) ends the phrase, so the form never reaches
    into the next clause.
    """
    if w.gap.strip() or w.text in breaks or w.bset & breaks:
        return False
    text = w.text[1:] if w.text[:1] in ("و", "ف") and len(w.text) > 4 else w.text
    if len(text) >= 4 and text.endswith("ت") and not text.endswith("ات") and not text.startswith("ال"):
        return False  # «أعلنت», «وصلت»: a verb (a place such as «بيروت» only costs the long reach)
    return not (len(text) >= 4 and text.startswith("ي"))  # «يسيطر», «يقود»


def _verbal_key(trig: Trigger, key: tuple[str, ...]) -> bool:
    """A «*» form opened by a finite verb («سلمت * سلاحها»): its gap holds the subject, which may be long.

    After a verbal noun («نشر * آلاف») the gap is the object and its modifiers, which run on past the
    event («نشر قوة لحفظ السلام في الصومال قوامها ثمانية آلاف»), so those keep the short reach.
    """
    head = key[0]
    return trig.pos == "verb" or key in trig.verb_keys or head.endswith("وا") or \
        (len(head) >= 4 and head.endswith("ت") and not head.endswith("ات"))


def match_key(ws: list[Word], i: int, key: tuple[str, ...], breaks: frozenset[str] | None = None) -> int | None:
    """End (exclusive) of ``key`` matched at word ``i`` (first word already matched), or None.

    ``*`` matches 0..MAX_GAP words within the clause; other words must follow contiguously. Given
    ``breaks``, it may go on to LONG_GAP words while every skipped word is part of one noun phrase
    (see :func:`_phrase_word`): long subjects are common in news («سيطرت فصائل المعارضة بقيادة هيئة
    تحرير الشام على …»).
    """
    j = i + 1
    k = 1
    n = len(ws)
    while k < len(key):
        if key[k] == "*":
            nxt = key[k + 1]
            reach = LONG_GAP if breaks is not None else MAX_GAP
            checked = j  # ws[j:checked] are known phrase words: each word is tested once, not once per longer gap
            for gap in range(0, reach + 1):
                if j + gap >= n or ws[j + gap].gap and any(ch in ws[j + gap].gap for ch in ".:;؛!?؟"):
                    break
                if nxt in ws[j + gap].bset:
                    j += gap
                    break
                if gap >= MAX_GAP:
                    if breaks is None:
                        break
                    while checked <= j + gap and _phrase_word(ws[checked], breaks):
                        checked += 1
                    if checked <= j + gap:  # some word of ws[j:j + gap + 1] is no phrase word
                        break
            else:
                return None
            if j >= n or nxt not in ws[j].bset:
                return None
            j += 1
            k += 2
            continue
        if j >= n or key[k] not in ws[j].bset or ws[j].gap:
            return None
        j += 1
        k += 1
    return j


def _seq_at(ws: list[Word], i: int, key: tuple[str, ...]) -> bool:
    if i < 0 or i + len(key) > len(ws):
        return False
    if key and key[0] not in ws[i].bset:
        return False
    return all(key[j] in ws[i + j].bset for j in range(1, len(key)))


def _blocked_nearby(ws: list[Word], hit: Hit) -> bool:
    trig = hit.trigger
    for key in trig.block_next:
        if _seq_at(ws, hit.end, key) or (hit.end < len(ws) and ws[hit.end].text.isdigit() and
                                          _seq_at(ws, hit.end + 1, key)):
            return True
    if trig.pos == "verb" and hit.start > 0 and _count(ws[hit.start - 1].text):
        return True  # «أكثر من 100 طالب»: after a count the verb's form is a noun («طالب» a student)
    if trig.block_object and _object_blocked(ws, hit):
        return True
    return any(_seq_at(ws, hit.start - len(key), key) for key in trig.block_prev)


OBJECT_REACH = 4  # words after a finite verb within which its object follows its subject («حررت القوات الصومالية رهائن»)


def _object_blocked(ws: list[Word], hit: Hit) -> bool:
    """«حررت القوات الصومالية رهائن»: a verb whose object, after its subject, gives it another sense."""
    reach = hit.trigger.object_reach or OBJECT_REACH
    for k in range(hit.end, min(len(ws), hit.end + reach)):
        if k > hit.end and any(ch in ws[k].gap for ch in ".:;؛!?؟،,"):
            return False
        if ws[k].bset & set(hit.trigger.block_object):
            return True
    return False


def _count(text: str) -> bool:
    """A number that counts (not a four-digit year, «في 2019 طالب المحتجون …»)."""
    return text.isdigit() and not (len(text) == 4 and text[:2] in ("19", "20"))


PRONOUNS = ("ه", "ها", "هما", "هم")


def own_meeting(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """«لقائه», «زيارتها», «اتصاله»: a meeting noun carrying a pronoun is the subject's own meeting."""
    if h.trigger.type != "CONSULT":
        return False
    w = ws[h.start]
    if not w.text.endswith(PRONOUNS):
        return False
    for cand, prefix in w.cands:
        if prefix or cand == w.text or len(w.text) - len(cand) > 3 or not w.text.startswith(cand[:-1]):
            continue
        if any(t.type == "CONSULT" and key == (cand,) for key, t in lex.trigger_index.get(cand, ())):
            return True
    return False


class Context:
    """The words of one sentence as a set, for cue look-ups (built only when a trigger fired)."""

    def __init__(self, ws: list[Word], chunks: list[Chunk]) -> None:
        self.ws = ws
        self.bases: set[str] = set().union(*(w.bset for w in ws)) if ws else set()
        self.chunks = chunks
        self.armed = any(is_armed(c) for c in chunks)
        self.has_actor = any(not c.is_place for c in chunks)

    def has_seq(self, key: tuple[str, ...]) -> bool:
        """Whether the words of ``key`` occur contiguously in the sentence."""
        if not key or key[0] not in self.bases:
            return False
        return any(_seq_at(self.ws, w.i, key) for w in self.ws if key[0] in w.bset)

    def hits(self, words: frozenset[str], multi: list[tuple[str, ...]], skip: tuple[int, int] | None = None) -> int:
        """How many words of the sentence (outside ``skip``) are cues of a group (each word counts once)."""
        if not words & self.bases and not multi:
            return 0
        n = 0
        for w in self.ws:
            if skip is not None and skip[0] <= w.i < skip[1]:
                continue
            if not words.isdisjoint(w.bset):
                n += 1
        return n + sum(1 for k in multi if self.has_seq(k))

    def block_hits(self, words: frozenset[str], multi: list[tuple[str, ...]], skip: frozenset[int] = frozenset()) -> int:
        """Like :meth:`hits` for a block list, not reading a feminine «ـية» as «ـي» + «ـه» (his).

        «دورية» (a patrol) is not «دوريّه» (his league): a block word ending in «ي» does not
        count on a word whose «ـيه» form is itself a candidate, so a shooting at a patrol stays.
        """
        if not words & self.bases and not multi:
            return 0
        n = 0
        for w in self.ws:
            if w.i in skip:
                continue
            hit = words & w.bset
            if hit and any(not (b.endswith("ي") and b + "ه" in w.bset) for b in hit):
                n += 1
        return n + sum(1 for k in multi if self.has_seq(k))


def is_armed(c: Chunk) -> bool:
    """Whether an actor phrase names an armed actor (military, police, rebels, militias, armed groups)."""
    for code in c.codes():
        parts = code.split("-")
        if parts[-1] in ARMED_SECTORS or (len(parts) == 1 and code.isupper() and len(code) > 3 and
                                          code not in NON_ARMED_GROUPS):
            return True
        if code in ("HEZ", "PMF", "KH", "AAH", "SDF", "YPG", "PKK", "RSF", "LNA", "COA", "HTS", "AQ", "ISIS", "HAMAS", "PIJ",
                    "HOUTHI", "IRGC", "BOKO", "TALIBAN", "SHABAAB", "POLISARIO"):
            return True
    return False


PUNISHERS = frozenset({"GOV", "JUD", "COP"})  # sectors that execute by law


def executing_genitive(ws: list[Word], end: int, gen: Chunk, lex: Lexicon) -> bool:
    """An execution noun ending at ``end`` in construct with a state, then its object: «إعدام السلطات الإيرانية
    مواطناً»."""
    if gen.prep or gen.start != end or "اعدام" not in ws[end - 1].text or gen.end >= len(ws):
        return False
    nxt = ws[gen.end]
    if nxt.gap.strip() or nxt.text in lex.cues["preps"] or nxt.text.startswith("و"):
        return False
    codes = [code.split("-") for code in gen.codes()]
    state = gen.has_kind("country", "adj")  # a bare «CVL» is three letters too: «إعدام مواطن أدين …» names no state
    return bool(codes) and all(len(c) == 1 and len(c[0]) == 3 and state or c[-1] in PUNISHERS for c in codes)


WARN_REACH = 8  # words after a warning verb within which its object («الولايات المتحدة من») may end


def _warned_party(ctx: Context, span: tuple[int, int]) -> bool:
    """A second bare actor after the verb, right before «من»: «حذر X Y من» names the one warned."""
    after = [c for c in ctx.chunks if c.start >= span[1] and c.end - span[1] <= WARN_REACH]
    for prev, c in zip(after, after[1:], strict=False):
        if c.prep or c.is_place or prev.prep or c.start != prev.end or c.end >= len(ctx.ws):
            continue
        warned = {code.split("-")[0] for code in c.codes()}
        if not warned or warned & {code.split("-")[0] for code in prev.codes()} or \
                all(code.split("-")[-1] == "CVL" for code in c.codes()):
            continue  # «حذرت وزارة الصحة المصرية المواطنين من …», «سكان جنوب لبنان»: advice to people, no threat
        if ctx.ws[c.end].text == "من" and not ctx.ws[c.end].gap:
            return True
    return False


def _headline_warned(ctx: Context, span: tuple[int, int]) -> bool:
    """«حزب الله يحذر إسرائيل من أي توسيع»: a headline names the speaker before its verb, so the one bare actor
    after the verb, right before «من», is the one warned."""
    subj = next((c for c in ctx.chunks if c.end == span[0] and c.start == 0 and not c.prep and not c.is_place), None)
    obj = next((c for c in ctx.chunks if c.start == span[1]), None)
    if subj is None or obj is None or obj.prep or obj.end >= len(ctx.ws) or ctx.ws[obj.end].text != "من":
        return False
    warned = {code.split("-")[0] for code in obj.codes()}
    return bool(warned) and not warned & {code.split("-")[0] for code in subj.codes()} and \
        not all(code.split("-")[-1] == "CVL" for code in obj.codes())


HANDOVER_REACH = 10  # words after «سلّم» within which «إلى» and the receiving state may come


def _handover_dest(ctx: Context, lex: Lexicon, span: tuple[int, int]) -> bool:
    """«سلّم X إلى Y» hands a person over when Y is a state and X is no letter, aid or weapon."""
    for c in ctx.chunks:
        if c.start < span[1] or c.start - span[1] > HANDOVER_REACH or c.prep not in ("الي", "إلى"):
            continue
        if not any(len(code.split("-")[0]) == 3 and code[:3].isupper() for code in c.codes()):
            continue
        objects = lex.cues["handover_objects"]
        return not any(not objects.isdisjoint(w.bset) for w in ctx.ws[span[1]:c.start])
    return False


CAPITAL_SPEECH = frozenset({"THREATEN", "DEMAND", "DISAPPROVE", "REJECT", "SUPPORT"})  # a capital's statements


def _bare_capital(ctx: Context, lex: Lexicon) -> bool:
    """«هددت موسكو بالرد», «أنقرة تتوعد بالرد»: a capital with no preposition can speak for its government
    (the role assigner still decides whether it is the subject), so it counts as the actor a statement needs."""
    caps = capital_places()
    return any(not c.prep and c.members and
               all((lex.places.get(it.key) or {}).get("entity") in caps for m in c.members for it in m.items)
               for c in ctx.chunks if c.is_place)


def _nisba_headline(ctx: Context, span: tuple[int, int]) -> bool:
    """A reaction noun opening the headline (or its part after «:») with an actor adjective right after it."""
    if span[0] > 0 and ":" not in ctx.ws[span[0]].gap:
        return False
    adj = next((c for c in ctx.chunks if c.start == span[1]), None)
    # an indefinite one-word nisba («أردني», «أممي»), not a definite genitive («إدانة المتهمين» is a conviction)
    return adj is not None and adj.end == span[1] + 1 and not adj.prep and not adj.is_place and bool(adj.codes()) \
        and not ctx.ws[span[1]].gap.strip() and not ctx.ws[span[1]].text.startswith("ال")


def _need_ok(trig: Trigger, ctx: Context, lex: Lexicon, span: tuple[int, int]) -> bool:
    if not trig.need:
        return True
    for group in trig.need:
        if group == "actor":
            if ctx.has_actor or (trig.type in CAPITAL_SPEECH and _bare_capital(ctx, lex)):
                return True
            continue
        if group == "warned_party":  # «حذرت الصين الولايات المتحدة من»: an actor warned of something is threatened
            if _warned_party(ctx, span) or _headline_warned(ctx, span):
                return True
            continue
        if group == "state_genitive":  # «بإعدام السلطات السعودية صحفياً»: no court, but the state executes
            gen = next((c for c in ctx.chunks if c.start == span[1]), None)
            if gen is not None and executing_genitive(ctx.ws, span[1], gen, lex):
                return True
            continue
        if group == "handover_dest":  # «سلمت السلطات اللبنانية الداعية … إلى دولة الإمارات»: a person handed to a state
            if _handover_dest(ctx, lex, span):
                return True
            continue
        if group == "headline":  # «البحرين: السجن المؤبد لخمسة مدانين»: a measure's noun opening a headline
            if span[0] > 0 and ":" in ctx.ws[span[0]].gap:
                return True
            continue
        if group == "nisba_headline":  # «استنكار أردني لاقتحام …», «ترحيب أممي بتمديد الهدنة»: a headline's
            if _nisba_headline(ctx, span):  # reaction noun whose adjective names who reacts, with no verb at all
                return True
            continue
        if group == "armed_object":  # «لملاحقة خلايا داعش»: pursuing an armed group, not a gang or debtors
            if _armed_object(ctx, span):
                return True
            continue
        if group == "armed":  # «سيطرت فصائل المعارضة على حلب»: only an armed subject takes a city
            if ctx.armed:
                return True
            continue
        words = lex.context.get(group, frozenset())
        if "*" in words:
            return True
        if group in ("mil", "mil_strong", "troops", "arrest_ctx", "wound_ctx") and ctx.armed:
            return True
        if ctx.hits(words, lex.context_multi.get(group, []), span) > 0:
            return True
    return False


ARMED_OBJECT_REACH = 2  # words from «ملاحقة خلايا» to the group they belong to («تنظيم داعش»)


def _armed_object(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether the phrase a pursuit noun governs names an armed group: «ملاحقة عناصر داعش» is fighting,
    «ملاحقة عناصر العصابة» is police work that needs its own arrest to be an event."""
    return any(span[0] < c.start <= span[1] + ARMED_OBJECT_REACH and not c.prep and not c.is_place and is_armed(c)
               for c in ctx.chunks)


PURPOSE_REACH = 3  # words after «تنديداً», «احتجاجاً على» that name what a protest is about


def _purpose_words(ctx: Context, lex: Lexicon) -> frozenset[int]:
    """Words a protest's purpose governs («تنديداً بالهجمات الإسرائيلية»): its topic, not the scene."""
    aims = lex.cues["purpose_governors"]
    return frozenset(k for w in ctx.ws if w.text in aims for k in range(w.i + 1, w.i + 1 + PURPOSE_REACH))


def _foiled_block_words(ctx: Context, lex: Lexicon) -> frozenset[int]:
    """Block words the next word turns into another name: «الهلال النفطي» is Libya's oil region, not the club."""
    foils = lex.cues.get("block_word_foils", {})
    return frozenset(w.i for w, nxt in zip(ctx.ws, ctx.ws[1:], strict=False) if w.text in foils and nxt.text in foils[w.text])


def _ctx_blocked(trig: Trigger, ctx: Context, lex: Lexicon, hurt: bool = False) -> bool:
    skip = _purpose_words(ctx, lex) if trig.type == "PROTEST" else frozenset()
    skip |= _foiled_block_words(ctx, lex)
    for name in trig.block_ctx:
        if hurt and name in PHYSICAL_HARM_UNBLOCKS:
            continue  # «أصيب صحفيون جراء قصف استهدف خيمة للإعلاميين»: wounds make the attack physical, not words
        strong = lex.cues["strong_block"].get(name)
        if strong and any(ctx.has_seq(k) for k in strong):
            return True
        n = ctx.block_hits(lex.block_context.get(name, frozenset()), lex.block_multi.get(name, []), skip)
        if n >= 2 or (n == 1 and not ctx.armed and not (trig.strong and name in WEAK_FOR_STRONG)):
            return True
    return False


def _economic_cause(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """«قال إن إيرادات القناة تراجعت بسبب هجمات الحوثيين»: an attack noun named as the cause of an economic
    figure told before it is background; the news is the figure (cues 'economic_cause'). «شن الحوثيون هجمات
    … مما أدى إلى تراجع الإيرادات» keeps its attack: there the figure comes after."""
    if not h.trigger.violent or h.trigger.pos != "noun" or h.verbal or h.start < 2 or \
            ws[h.start - 1].text not in lex.cues["economic_cause"]:
        return False
    return any(_seq_at(ws, k, f) for f in lex.cues["economic_figures"] for k in range(h.start - len(f)))


PHYSICAL_HARM_UNBLOCKS = frozenset({"verbal_attack"})  # contexts a wounded or killed person rules out


def filter_hits(hits: list[Hit], ws: list[Word], chunks: list[Chunk], lex: Lexicon) -> tuple[list[Hit], Context]:
    """Hits the sentence's context supports (see the module docstring)."""
    ctx = Context(ws, chunks)
    named = [(it.start, it.end) for c in chunks for m in c.members for it in m.items
             if it.kind in ("group", "person") and it.end - it.start > 1 or it.kind == "group"]
    out = []
    drone = next((t for t in lex.triggers if t.id == "drone"), None)
    hurt = any(h.trigger.casualty and _need_ok(h.trigger, ctx, lex, (h.start, h.end)) and
               not _ctx_blocked(h.trigger, ctx, lex) for h in hits)
    for h in hits:
        if h.trigger.id == "march" and drone is not None and _downed_drones(ws, h, lex):
            h = Hit(h.start, h.end, drone, h.prefix, False, h.tail)  # «أسقطت … المسيرات التي أطلقتها روسيا»
        if any(s <= h.start and h.end <= e for s, e in named):
            continue  # part of a name: «مجلس التعاون», «الدعم السريع», «الحشد الشعبي»
        # a «*» form's gap is the sentence's own words: «تقديم مساعدات مالية لتونس بقيمة مئة مليون يورو» has its cue
        span = (h.start, h.end) if h.tail < 0 else (h.start, h.start + 1)
        if _economic_cause(h, ws, lex):
            continue
        if _blocked_nearby(ws, h) or not _need_ok(h.trigger, ctx, lex, span) or \
                _ctx_blocked(h.trigger, ctx, lex, hurt and h.trigger.violent):
            continue
        if h.trigger.casualty and _tallied(ws, h, lex) or _tally_genitive(ws, h, lex):
            continue
        if _process_subject(ws, h, lex) or _team_guests(ws, h, lex):
            continue
        out.append(h)
    return _drop_tail_overlaps(out), ctx


TALLY_REACH = 12  # words from «حصيلة/عدد» to the count noun it sums («إلى أكثر من أربعة آلاف قتيل»)


def _tallied(ws: list[Word], h: Hit, lex: Lexicon) -> bool:
    """A dead-count noun inside a running tally reports no attack of its own.

    «ارتفعت حصيلة الشهداء إلى 40 ألفا», «تجاوز عدد القتلى من الجنود أربعة آلاف»: the noun right after the tally's
    head, or a count noun later in a sentence whose verb moves the tally. «سقط عدد من الضحايا» is no tally.
    """
    heads, verbs = lex.cues["casualty_tally"]["heads"], lex.cues["casualty_tally"]["verbs"]
    for k in range(h.start - 1, max(-1, h.start - 1 - TALLY_REACH), -1):
        if any(ch in ws[k + 1].gap for ch in ".:;؛!?؟،,"):
            return False
        if not (ws[k].bset & heads) or (k + 1 < len(ws) and ws[k + 1].text == "من"):
            continue
        if k + 1 == h.start or any(w.text in verbs or w.bset & verbs for w in ws):
            return True
    return False


PROCESS_REACH = 8  # words from a clause-opening process noun to the threat verb it governs


def _process_subject(ws: list[Word], h: Hit, lex: Lexicon) -> bool:
    """«غزو المنتجات التركية للأسواق العراقية يهدد الصناعة المحلية»: a present-tense threat verb whose
    sentence opens with a process noun (a rise, a spread, an influx) says the process endangers something;
    no actor threatens. «ترامب يهدد الصين» opens with an actor and stays a threat."""
    if h.trigger.type != "THREATEN" or h.start == 0 or h.start > PROCESS_REACH or \
            not ws[h.start].text.startswith(("ي", "ت")):
        return False
    if any(ch in ws[k].gap for k in range(1, h.start + 1) for ch in ".:;؛!?؟،,"):
        return False
    first = ws[0]
    words = lex.cues["newsroom_desks"]["process_subjects"]
    return first.text in words or bool(first.bset & words)


def _team_guests(ws: list[Word], h: Hit, lex: Lexicon) -> bool:
    """«استقبل العاهل الأردني بعثة المنتخب الوطني»: a ruler receiving a team or athletes honours them; it
    is no meeting with a delegation, so the host trigger yields no event."""
    if h.trigger.frame != "host":
        return False
    desks = lex.cues["newsroom_desks"]
    for k in range(h.end, min(len(ws), h.end + desks["team_reach"])):
        if k > h.end and any(ch in ws[k].gap for ch in ".:;؛!?؟،,"):
            return False
        if ws[k].text in desks["team_guests"] or ws[k].bset & desks["team_guests"]:
            return True
    return False


TALLY_VICTIMS = frozenset({"ضحايا", "قتلي", "شهداء", "جرحي", "مصابي", "الضحايا", "القتلي", "الشهداء", "الجرحي"})


def _tally_genitive(ws: list[Word], h: Hit, lex: Lexicon) -> bool:
    """«ارتفع عدد ضحايا الانفجار الذي هز مرفأ بيروت إلى أكثر من مئتي قتيل»: a blast named only as whose toll
    rises is the update's topic and may be an accident, not a new attack (the gold gives none); «قتل عشرة في
    انفجار» and «ارتفع عدد ضحايا الغارات الإسرائيلية» (strikes with an author) still count."""
    if not h.trigger.violent or h.verbal or h.start < 2 or ws[h.start].text not in lex.cues["tally_blasts"]:
        return False
    k = h.start - 1
    while k > 0 and ws[k].text in TALLY_VICTIMS and not ws[k + 1].gap.strip():
        k -= 1
    heads, verbs = lex.cues["casualty_tally"]["heads"], lex.cues["casualty_tally"]["verbs"]
    return k < h.start - 1 and bool(ws[k].bset & heads) and not ws[k + 1].gap.strip() and k > 0 and \
        (ws[k - 1].text in verbs or bool(ws[k - 1].bset & verbs))


DOWNED_BREAKS = frozenset({"بعد", "قبل", "عقب", "اثر", "خلال", "رغم", "بسبب", "وسط", "اثناء", "في", "منذ", "و"})
DOWNED_REACH = 5  # words from «أسقطت/اعترضت» to the bare «مسيرات» it downed


def _downed_drones(ws: list[Word], h: Hit, lex: Lexicon) -> bool:
    """A bare «مسيرات» that was shot down or launched is drones, not marches.

    «أسقطت الدفاعات الأوكرانية عشرات المسيرات التي أطلقتها روسيا»: an intercepting verb shortly before it
    in the clause, or «(التي) أطلقتها» right after it.
    """
    launch = lex.cues["launch_relatives"]
    after = [w for w in ws[h.end:h.end + 2]]
    if after and (after[0].bset & launch or (after[0].text == "التي" and len(after) > 1 and after[1].bset & launch)):
        return True
    verbs = lex.cues["intercept_verbs"]
    for k in range(h.start - 1, max(-1, h.start - 1 - DOWNED_REACH), -1):
        if any(ch in ws[k + 1].gap for ch in ".:;؛!?؟،,") and k + 1 < h.start:
            return False
        if ws[k].text in DOWNED_BREAKS:
            return False  # «أسقطت الحكومة القانون بعد مسيرات حاشدة»: another clause's marches
        if ws[k].text in verbs or ws[k].bset & verbs:
            return True
    return False


def _drop_tail_overlaps(hits: list[Hit]) -> list[Hit]:
    """Inner hits that share a kept «*» form's closing words («تبادل … إطلاق النار» is one clash).

    A wildcard hit the context rejected hides nothing: «يقضي بموافقته على» keeps the agreement.
    """
    tails = [(h.tail, h.end, h) for h in hits if h.tail >= 0]
    return [h for h in hits if not any(x is not h and h.start < end and h.end > tail for tail, end, x in tails)]
