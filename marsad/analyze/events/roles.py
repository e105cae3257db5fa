"""Source and target of a trigger from the sentence's structure.

Arabic newswire is mostly verb–subject–object: «بحث الرئيس السوري مع نظيره العراقي»
(subject after the verb, the other party after «مع»). Frames in ``cues.json`` say which
slot is the source: for «استقبل» the subject is the host (target) and the object the
guest (source); for «اعتقال X» the noun's complement is the target; «تلقى X رسالة من Y»
makes Y the source. When the slot after a verbal noun is empty the nearest actor before
it (the subject of a light verb such as «شنّت», «تمكنت من») is the source.

A passive verb with «على يد/من قبل» takes that phrase as source and its subject as target;
after «أن» the subject precedes the verb («بأن الطيران الحربي قصف»); a member noun or count
before «في/من» («قيادياً في حزب الله», «سبعة من عناصر …») names the body hit, held or freed.

Case endings (:mod:`case`) decide what word order cannot: a clause-initial «قتل/خطف»
followed by a nominative and an object is a verb («قتل مسلحون مجهولون جنديين»); an
accusative phrase is never the subject («اعتقلت ناشطين قواتُ الأمن»); a damma on a past
verb («اعتُقل») or an unarmed lone subject of an arrest/abduction/killing verb makes the
subject the one acted upon; a noun with tanwin or «‑ون» takes no genitive complement.
"""

from __future__ import annotations

from marsad.analyze.events.actors import Chunk
from marsad.analyze.events.case import (
    NOM,
    OBL,
    after_number,
    has_article,
    known_words,
    passive_mark,
    span_case,
    word_case,
)
from marsad.analyze.events.detect import (
    LIGHT_VERBS,
    PUNISHERS,
    Hit,
    executing_genitive,
    is_armed,
    own_meeting,
)
from marsad.analyze.events.lexicon import Lexicon, Trigger, capital_places
from marsad.analyze.events.morph import Word

BENEFICIARY_PREPS = frozenset({"لصالح", "لفائده"})
SUBJECT_WINDOW = 4  # words between a verb and its subject (time words, «اليوم»)
PRE_WINDOW = 7  # words back to an SVO subject / light-verb subject
OBJ_WINDOW = 14
PASSIVE_AGENT_WINDOW = 24  # words from a passive verb to its «على يد/من قبل» agent phrase
OWNER_WINDOW = 4  # words from a violent verb to the «لـ» owner of what it hit
VISITOR_REACH = 3  # words from «زيارة» to its «لـ» visitor past adjectives («مرتقبة», «رسمية»)
AFFILIATED = frozenset({"التابعه", "التابع", "التابعين", "التابعون", "المواليه", "الموالي", "الموالين", "الموالون"})
UNIT_HEADS = frozenset({"قوه", "وحده", "مجموعه", "دوريه", "فرقه", "كتيبه", "عناصر", "مجموعات", "وحدات"})
THAT_WORDS = frozenset({"ان", "بان", "وان"})  # «أن/إن» (normalized) opening a reported clause
SECTOR_ONLY = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "OPP"})  # office codes with no country or body
OFFICE_REACH = 3  # words from an office («رئيس») past its name («المكتب السياسي») to its «لـ» body
PASSIVE_PRONE = frozenset({"arrest", "kidnap", "assassination", "killing"})  # verbs whose undotted passive is common
BORDER_WORDS = frozenset({"حدود", "الحدود", "حدودها", "حدوده", "حدودنا", "حدودهم", "الحدوديه", "حدوديه"})
LOAN_WORDS = frozenset({"قرض", "القرض", "قروض", "القروض"})
TANWIN = frozenset("\u064b\u064c\u064d")  # a noun with tanwin is not in construct
VOS_GAP = 1  # words between a fronted object and the subject after it
AGENT_REACH = 3  # words from «على يد» to the agent phrase («على يد عناصر من الاستخبارات»)
IMPERFECT_PREFIXES = ("ت", "ي")  # a present-tense verb: the headline register
HEADLINE_REACH = 2  # words from that verb to the trigger: «الرياض تعلن تقديم مساعدات»
METONYM_TYPES = frozenset({"DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SUPPORT", "SANCTION", "AGREE", "CONSULT",
                           "AID", "COOPERATE", "CONCEDE", "PROTEST"})  # acts a capital's government performs
# («احتجت تايبيه رسمياً على …»: a state's protest, which the extractor then reads as DISAPPROVE)


def _headline_subject(c: Chunk, hit: Hit, ws: list[Word]) -> bool:
    """«القاهرة تدين …», «لندن تعلن عقوبات»: a headline's first phrase right before a present-tense verb
    that is the trigger or stands just before it."""
    return c.start == 0 and c.end < len(ws) and ws[c.end].text[:1] in IMPERFECT_PREFIXES and \
        c.end <= hit.start <= c.end + HEADLINE_REACH


def _metonym(c: Chunk, hit: Hit, lex: Lexicon, ws: list[Word]) -> bool:
    """«لوحت أنقرة», «طردت موسكو»: a bare capital right after a verb is its country's government.

    Only for diplomatic and verbal acts, and not after «و» (in «… واتهمت باريس» the capital
    is the object of a verb sharing the earlier subject).
    """
    if c.prep or hit.trigger.type not in METONYM_TYPES or not c.is_place:
        return False
    announced = not hit.prefix.startswith(("و", "ف")) and _announced(c, hit, lex, ws)  # «ردت موسكو بطرد …»
    shared = hit.prefix == "و" and hit.verbal and c.end <= hit.start and c.start > 0 and \
        _opening_fem_verb(ws, c.start - 1)  # «رحبت الرياض بـ… ودعت الطرفين»: the first verb's capital, shared
    if hit.prefix and not announced and not shared and not _new_clause_subject(c, hit, ws):
        return False
    if not (hit.start < c.start <= hit.end or _headline_subject(c, hit, ws) or announced or shared):
        return False
    return capital_chunk(c, lex)


def capital_chunk(c: Chunk, lex: Lexicon) -> bool:
    """Whether a phrase is only capitals (or countries) joined by «و», each one item."""
    items = [it for m in c.members for it in m.items]
    caps = capital_places()
    # «أعلنت واشنطن وبكين …», «استأنفت القاهرة وأنقرة …»: capitals (or a country, «واشنطن» is one in the
    # knowledge base) joined by «و» act together, each one item
    return bool(items) and items[0].start == c.start and items[-1].end == c.end and \
        all(len(m.items) == 1 for m in c.members) and \
        all(it.kind == "country" or (lex.places.get(it.key) or {}).get("entity") in caps for it in items)


def _new_clause_subject(c: Chunk, hit: Hit, ws: list[Word]) -> bool:
    """«…، واستدعت طهران سفراء الدول الأوروبية»: after a comma, «و» opens a clause whose verb has the capital
    for subject when an object with no preposition follows it (in «واتهمت باريس بـ…» the capital is the object)."""
    if not (hit.prefix.startswith("و") and any(ch in ws[hit.start].gap for ch in "،,") and c.start == hit.end and
            c.end < len(ws)):
        return False
    if ws[hit.start].text[len(hit.prefix):] in PREP_ONLY_VERBS:
        return True  # «…، ونددت بروكسل باعتقاله»: «ندد» takes no object, the capital is its subject
    return not ws[c.end].text.startswith(("ب", "ل", "علي", "عن", "من", "في", "الي"))


PREP_ONLY_VERBS = frozenset({"ندد", "نددت", "رحب", "رحبت", "اشاد", "اشادت", "احتج", "احتجت", "اعترض", "اعترضت"})


REPLIED_REACH = 6  # words from a replying capital to its «بـ» act past the «على» phrase it answers
ANNOUNCED_REACH = 2  # words from the capital to the act's noun: «أعلنت الرياض وطهران استئناف العلاقات»


def _replying_capital(c: Chunk, hit: Hit, lex: Lexicon, ws: list[Word]) -> bool:
    """«ردت موسكو على العقوبات الأوروبية بحظر …»: the capital after the reply verb, not the nisba of what it
    answers, does the «بـ» act."""
    return c.start > 0 and ws[c.start - 1].text in lex.cues["retaliation_verbs"] and _metonym(c, hit, lex, ws)


def _opening_fem_verb(ws: list[Word], k: int) -> bool:
    """«فرضت بكين عقوبات», «قدمت الرياض مساعدات»: a feminine past verb (a capital's agreement) opening the
    sentence or a clause, whose act is the noun after the capital."""
    t = ws[k].text
    opens = k == 0 or any(ch in ws[k].gap for ch in ".:;؛،,")
    return opens and len(t) >= 3 and t.endswith("ت") and not t.endswith("ات") and not t.startswith("ال")


def _announced(c: Chunk, hit: Hit, lex: Lexicon, ws: list[Word]) -> bool:
    """«أعلنت الرياض وطهران استئناف …», «ردت موسكو بطرد …», «فرضت بكين عقوبات»: a capital right after «أعلن/أكد»,
    a reply verb or an opening feminine past verb is the subject of the act that follows it closely."""
    if c.start == 0:
        return False
    verb = ws[c.start - 1].text
    if verb in lex.cues["retaliation_verbs"] and c.end < hit.start <= c.end + REPLIED_REACH and \
            ws[c.end].text == "علي" and ws[hit.start].text.startswith("ب") and _between_clear(ws, c.end, hit.start):
        return True  # «ردت موسكو على العقوبات الأوروبية الجديدة بحظر دخول …»: past what it answers
    return (verb in lex.cues["announce_verbs"] or verb in lex.cues["retaliation_verbs"] or
            _opening_fem_verb(ws, c.start - 1)) and c.end <= hit.start <= c.end + ANNOUNCED_REACH


def _between_clear(ws: list[Word], a: int, b: int) -> bool:
    """No clause break (full stop, colon, semicolon) between word ``a`` and word ``b``."""
    return not any(ws[k].gap and any(ch in ws[k].gap for ch in ".:;؛!?؟") for k in range(a + 1, b + 1))


ASIDE_OPENERS = frozenset({"وهي", "وهو", "وهم", "وهما"})
ASIDE_REACH = 20  # words an aside «، وهي مجموعة … ،» may run before its closing comma


def _asides(ws: list[Word], hit: Hit) -> list[tuple[int, int]]:
    """«اتهمت شبكة أطباء السودان، وهي مجموعة طبية مستقلة …، قوات الدعم السريع»: word spans of asides between
    commas after the trigger, which describe the subject and hold none of the event's parties."""
    out = []
    for k in range(hit.end, len(ws)):
        if ws[k].text in ASIDE_OPENERS and any(ch in ws[k].gap for ch in "،,"):
            end = next((m for m in range(k + 1, min(len(ws), k + ASIDE_REACH)) if any(ch in ws[m].gap for ch in "،,")),
                       None)
            if end is not None:
                out.append((k, end))
    return out


def assign(hit: Hit, chunks: list[Chunk], ws: list[Word], lex: Lexicon,
           receive_at: int | None = None) -> tuple[list[Chunk], list[Chunk]]:
    """(source chunks, target chunks) for one trigger."""
    trig = hit.trigger
    chunks = [c for c in chunks if not (c.start == hit.start and c.end <= hit.end)]  # «القضاء على»: not the judiciary
    if trig.type == "AID":  # «بإرسال طائرات إغاثة»: the planes that carry the aid are no party to it
        carriers = lex.cues["aid_carriers"]
        chunks = [c for c in chunks if not ((c.end == hit.start or (c.end == hit.start - 1 and ws[c.end].text in LADEN))
                                            and not c.prep and all(ws[k].bset & carriers for k in range(c.start, c.end)))]
        # «أرسلت تركيا طائرات محملة بالمساعدات»: laden planes carry, they do not give
    if trig.mode != "visit":  # «وصل المبعوث الأممي إلى ليبيا»: there it is where he goes
        chunks = [c for c in chunks if not _envoy_post(c, chunks, ws, lex)]
    frame = lex.frames.get(trig.frame, lex.frames["agentive"])
    preps: dict[str, str] = dict(frame.get("preps", {}))
    for p in trig.prep_target:
        preps[p] = "target"
    src: list[Chunk] = []
    tgt: list[Chunk] = []
    asides = _asides(ws, hit)
    post = [c for c in chunks if c.start >= hit.end and
            c.start - hit.end - sum(b - a for a, b in asides if b <= c.start) <= OBJ_WINDOW and
            _between_clear(ws, hit.end - 1, c.start) and not any(a <= c.start < b for a, b in asides)]
    pre = [c for c in chunks if c.end <= hit.start and hit.start - c.end <= PRE_WINDOW and
           _between_clear(ws, c.end - 1, hit.start)]

    def put(role: str, c: Chunk) -> None:
        if c in src or c in tgt:
            return
        if role == "source" and c.prep == "من" and c.start > 1 and ws[c.start - 2].text in lex.cues["backing_participles"]:
            return  # «ضربات على فصائل مدعومة من إيران»: the backer of the struck, not who struck
        if role == "source" and not src and (not c.is_place or _metonym(c, hit, lex, ws)):
            src.append(c)
        elif role == "target" and not tgt:
            tgt.append(c)

    attached = next((c for c in chunks if c.start < hit.end < c.end or
                     (c.start >= hit.start and c.end <= hit.end and c.end > c.start)), None)
    inside = attached is not None and attached.start > hit.start and attached.end < hit.end
    if inside and (not attached.is_place or _metonym(attached, hit, lex, ws)):
        # «ألقت الشرطة القبض على»: the subject between a light verb and its noun; «لقي قيادي … حتفه»: the dead
        inner_role = trig.inner_role or ("target" if trig.casualty else "source")
        if not trig.inner_role and attached.prep and preps.get(attached.prep) == "target" and trig.type == "AID":
            inner_role = "target"  # «تقديم مساعدات لأوكرانيا بقيمة مليار دولار»: the «لـ» phrase inside the form receives
        if not trig.inner_role and inner_role == "source" and hit.verbal and not attached.prep and \
                (_after_that_subject(pre, hit, ws) and not pre[-1].is_place or _svo_subject(pre, hit, ws, lex)):
            # «إن إيران زودت روسيا بصواريخ», «الجزائر تطرد 12 موظفاً في السفارة»: the subject came before the verb;
            # inside is the object
            inner_role = "target"
        put(inner_role, attached)
        if not trig.violent and not trig.casualty:  # «حمّلت الخارجية القطرية الاحتلالَ مسؤولية …»: the object
            close = hit.tail if hit.tail > 0 else hit.end
            for c in chunks:
                if attached.end <= c.start and c.end <= close and (c.prep or not c.is_place):
                    role = preps.get(c.prep) if c.prep else frame.get("obj")
                    if role in ("source", "target", "both"):
                        put("target", c)
    elif attached is not None and attached.start < hit.end < attached.end and ws[hit.end].text.startswith("ل") and \
            not ws[hit.end].text.startswith("ال") and ("ل" in trig.prep_target or
                                                     (preps.get("ل") == "target" and trig.type == "AID")):
        put("target", attached)  # «تعليق المساعدات العسكرية لأوكرانيا»: the «لـ» phrase after the form receives
    elif attached is not None and frame.get("adj"):
        put(frame["adj"], attached)
    elif attached is not None and hit.verbal and attached.start > hit.start and attached.end <= hit.end and \
            not attached.is_place:
        put("source", attached)  # «توصلت لجنة 5+5 العسكرية الليبية إلى اتفاق»: the subject inside the phrase
    is_verb = hit.verbal or (not hit.prefix and _after_that_subject(pre, hit, ws)) or _case_verbal(hit, post, ws, lex)
    passive = is_verb and (passive_mark(ws[hit.start]) or (_unmarked_passive(hit, post, ws, lex) and
                                                           _svo_subject(pre, hit, ws, lex) is None))
    # «سلطات طالبان تعتقل ناشطات أفغانيات»: a headline's subject before the verb makes it active
    straddle = next((c for c in chunks if hit.start < c.start < hit.end < c.end and not c.is_place), None)
    if is_verb and straddle is not None:
        put(trig.inner_role or "target", straddle)  # «طردت السلطات السفيرَ الفرنسي»: the object the trigger's
        # last word opens; «وصل وفد من الصليب الأحمر»: the delegation the form names arrives
    if is_verb and "subj" not in frame:
        frame = lex.frames["agentive"]
        preps = dict(frame.get("preps", {}))
        for p in trig.prep_target:
            preps[p] = "target"
    dyad = False
    if is_verb:
        fill = lex.cues["subject_fillers"] | lex.cues["subject_heads"] | lex.cues["member_heads"] | \
            lex.cues["delegation_heads"]  # «زار وفد من حركة حماس القاهرة»: the delegation's body visits
        subj = _svo_subject(pre, hit, ws, lex)  # headlines: «إسرائيل تقصف مواقع لحماس», «الرئيس المصري يستقبل نظيره»
        worded = hit.start > 0 and ws[hit.start - 1].text in DOC_HEADS and not ws[hit.start - 1].gap.strip() and \
            not passive_mark(ws[hit.start])
        if worded and subj is None:  # «صوتت الجمعية العامة على قرار يطالب إسرائيل»: the resolution's author speaks
            subj = next((c for c in reversed(pre) if not c.prep and not c.is_place and
                         hit.start - c.end <= DOC_ISSUER_REACH), None)
        if subj is None and not src and not worded:  # «أطلقت السلطات … سراح عشرات السجناء»: the subject was inside
            subj = next((c for c in post if (not c.prep or _counted(ws, c, fill)) and c.start - hit.end <= SUBJECT_WINDOW
                         and (not c.is_place or _metonym(c, hit, lex, ws))
                         and _only_fillers(ws, _past_adverbial(ws, hit.end, lex), c.start, fill)), None)  # «هاجم عناصر من داعش»
        subj = _nominative_subject(subj, post, ws, lex)
        if subj is None and not src:
            subj = _relative_plural_subject(pre, hit, ws, fill)
        if subj is None and not src:
            subj = _relative_prep_antecedent(pre, hit, ws)
        if subj is None:  # «ردت موسكو على العقوبات الأوروبية بحظر …»: a capital the reply verb makes the subject
            subj = next((c for c in reversed(pre) if not c.prep and c.is_place and _metonym(c, hit, lex, ws)), None)
        if subj is None:
            subj = next((c for c in reversed(pre) if not c.prep and not c.is_place), None)
        if subj is not None:
            put("target" if passive else frame["subj"], subj)
        rest = [c for c in post if c is not subj and (subj is None or c.start > subj.start or  # «اعتقلت ناشطين قواتُ»
                                                      span_case(ws, c.start, c.end, lex) == OBL)]
        held = _prep_object_nisba(ws, rest, preps, src)
        for c in rest:
            if c is held:
                put("target", c)  # «فرضت الصين عقوبات على شركات أمريكية»: whose the firms are
                continue
            if c.prep == "ب" and c.is_place:
                continue  # «بريف حلب», «ببغداد»: where, not whom
            if c.prep in ("ب", "في") and trig.type == "CONSULT" and ws[c.start].bset & lex.cues["venue_heads"]:
                continue  # «استقبل الملك … بالقصر الملكي بالرباط رئيس الحكومة»: where they met
            if subj is not None and (_apposed_name(ws, subj, c) and not _dismissed_office(ws, c, trig, lex) or
                                     (trig.mode != "dismiss" and _apposed_title(ws, subj, c, lex) and
                                      not _title_of_body(ws, c, rest))):
                continue  # «الشيخ محمد بن زايد آل نهيان رئيس الدولة»: the subject's own title, not the object
                # («أقال الرئيس قيس سعيد رئيس الحكومة»: the title a dismissal names is the one dismissed)
            role = frame.get("obj") if not c.prep else preps.get(c.prep)
            if c.prep == "من" and c.start >= 2 and ws[c.start - 2].text in lex.cues["delegation_heads"]:
                role = frame.get("obj")  # «التقى وفداً من صندوق النقد الدولي»: the delegation's body is the object
                if c.start - 2 == hit.end - 1 and trig.inner_role == "source":
                    role = "source"  # «وصل وفد من الصليب الأحمر»: the delegation the trigger names is the visitor
            if role == "both":
                role = "target"
            if c.prep in ("في", "من") and (trig.violent or trig.type in ("COERCE", "CONCEDE")) and \
                    _member_before(ws, c, lex):
                role = "target"  # «اغتالت مسيرة قيادياً بارزاً في حزب الله»: whose member was hit
            if _struck_vehicle(ws, c, trig, lex):
                role = "target"  # «فجرت عبوة ناسفة في جرافة عسكرية إسرائيلية»: the vehicle a bomb went off in
            if trig.violent and c.prep == "ل" and c.start > 0 and ws[c.start - 1].bset & lex.cues["unit_heads"]:
                role = "target"  # «دمر رتلاً لقوات الدعم السريع»: whose convoy, post or patrol was hit
            if trig.type in ("SANCTION", "THREATEN") and _goods_origin(ws, c):
                role = "target"  # «على السلع المستوردة من الصين»
            if trig.type in STATEMENT_TYPES and _issuer(ws, c):
                role = "target"  # «رفض المغرب التقرير الصادر عن البرلمان الأوروبي»: the report's author
            if _goods_destination(ws, c, hit):
                role = None
            if role in ("source", "target"):
                put(role, c)
    else:
        gen = next((c for c in post if c.start - hit.end <= 1 + _numbers_between(ws, hit.end, c.start) and
                    (not c.prep or c.prep == "ل")), None)
        if gen is not None and not gen.prep and not _genitive_link(ws, hit, gen, lex):
            gen = None  # «هجومٌ صاروخيٌ قاعدةً تركيةً», «متظاهرون … مقر البرلمان»: no construct here
        role = trig.gen or frame.get("gen")
        purpose_meeting = trig.type == "CONSULT" and trig.mode == "meet" and hit.prefix in ("ل", "لل") and \
            gen is not None and not gen.prep
        if own_meeting(hit, ws, lex) or purpose_meeting:  # «أكد الرئيس … خلال لقائه نظيره السوري»: the subject
            # meets the object; «توجه وزير الخارجية المصري إلى باريس للقاء نظيره الفرنسي»: so does the traveller
            role = "target"
            subject = next((c for c in pre if not c.prep and not c.is_place), None)
            if subject is not None:
                put("source", subject)
        if gen is not None and gen.start == hit.end + 1 and preps.get(ws[hit.end].text) in ("source", "target"):
            role = preps[ws[hit.end].text]  # «قصف صاروخي استهدف حياً سكنياً»: what the strike hit, not who struck
        elif gen is not None and trig.violent and gen.start == hit.end + 1 and gen.is_nisba_only and not gen.prep and \
                ws[hit.end].bset & lex.cues["struck_heads"]:
            role = "target"  # «تفجير دبابة إسرائيلية»: the nisba is the struck vehicle's, not the bomber's
        elif gen is not None and trig.violent and gen.start == hit.end and not gen.prep and \
                ws[gen.start].bset & (lex.cues["struck_heads"] | lex.cues["mission_heads"]):
            role = "target"  # «تفجير مقر الأمم المتحدة», «تفجير السفارة الروسية»: whose premises were hit
        if gen is not None and trig.mode == "visit" and gen.is_named_place_only:
            role = "target"  # «زيارة إسرائيل»: the place visited, not the visitor
        elif gen is not None and trig.mode == "visit" and gen.prep == "ل":
            role = "source"  # «زيارة مرتقبة لوزير الخارجية السعودي إلى بيروت»: the visitor
        lam_receives = preps.get("ل") == "target" and not trig.violent  # not «وقفة احتجاجية للمعلمين»
        if gen is not None and role == "source" and gen.prep == "ل" and lam_receives and trig.mode != "visit":
            # «قدمت قطر مساعدات لسكان غزة»: the «ل» complement receives; «هجوم لحزب العمال» is by it
            role = "target"
        if gen is not None and role == "target" and frame.get("gen") == "source" and gen.is_nisba_only and \
                not gen.prep and not trig.casualty and \
                any(preps.get(w.text) == "target" for w in ws[gen.end:gen.end + NISBA_TO_PREP]):
            role = "source"  # «عقوبات بريطانية على قادة الدعم السريع»: the nisba imposes, the «على» phrase is hit
        if gen is not None and role == "target" and not gen.prep and _adjectival(gen, ws) and \
                any(not c.prep and not c.is_place for c in pre) and \
                any(preps.get(w.text) == "target" for w in ws[gen.end:gen.end + NISBA_TO_PREP]):
            gen = None  # «فعلت فرنسا … إعادة فرض العقوبات الأممية على إيران»: whose sanctions; «على» names the target
        if gen is not None and role == "source" and gen.start > hit.end and lam_receives and _lam_word(ws[hit.end]):
            role = "target"  # «تأييدها للمبادرة السعودية»: the nisba belongs to the «ل» phrase, its recipient
        if gen is not None and role in ("target", "none") and executing_genitive(ws, hit.end, gen, lex):
            role = "source"  # «بإعدام السلطات السعودية الصحفيَّ …»: the state in construct executes; the object dies
            obj = next((c for c in post if c.start == gen.end and not c.prep and not c.is_place), None)
            if obj is not None:
                put("target", obj)
        if gen is not None and role == "source" and not gen.prep and trig.type == "AID" and \
                ws[hit.start].text in LOAN_WORDS and gen.has_kind("country") and \
                any(not c.prep and not c.is_place and not c.has_kind("country") for c in pre):
            role = "target"  # «وافق صندوق النقد الدولي على صرف شريحة من قرض مصر»: the borrower, the lender before
        if gen is not None and role:
            put(role, gen)
        if gen is None and trig.mode == "visit":  # «زيارة مرتقبة لوزير الخارجية السعودي»: the visitor
            lam = next((c for c in post if c.prep == "ل" and not c.is_place and c.start - hit.end <= VISITOR_REACH),
                       None)
            if lam is not None:
                put("source", lam)
        held = _prep_object_nisba(ws, post, preps, src)
        for c in post:
            if c is held:
                put("target", c)  # «عقوبات على شركات أمريكية … بسبب صفقات مع تايوان»: the firms' country
                continue
            if c.prep == "ب" and c.is_place:
                continue
            role = preps.get(c.prep)
            if c.prep in ("في", "من") and (trig.violent or trig.type in ("COERCE", "CONCEDE")) and \
                    _member_before(ws, c, lex):
                role = "target"  # «غارة … على سيارة تقل عناصر من تنظيم القاعدة»: whose men were hit; «الإفراج
                # عن 100 أسير من القوات الحكومية»: whose men were freed
            if _struck_vehicle(ws, c, trig, lex):
                role = "target"
            if trig.type in ("SANCTION", "THREATEN") and _goods_origin(ws, c):
                role = "target"  # «رسوم جمركية على الواردات من كندا والمكسيك»: the goods' country is hit
            if trig.type in STATEMENT_TYPES and _issuer(ws, c):
                role = "target"  # «انتقدت … القرار الصادر عن مجلس الأمن»: the decision's author
            if _goods_destination(ws, c, hit):
                role = None  # «عقوبات على شبكة لتهريب الوقود الليبي إلى أوروبا»: where the goods went
            if role == "both" and trig.type in STATEMENT_TYPES and c.start - hit.end > 1:
                role = "target"  # «ترحيبها باتفاق وقف إطلاق النار بين الهند وباكستان»: the parties of what is welcomed
            if role == "both":
                if len(c.members) > 1:
                    put("source", c)
                    dyad = True  # «اشتباكات بين X وY في الخرطوم»: split into X and Y later, never the place
                else:
                    put("source", c)
                    nxt = next((d for d in post if d.start > c.start and not d.is_place), None)  # not «في طرابلس»
                    if nxt is not None:
                        put("target", nxt)
            elif role in ("source", "target"):
                put(role, c)
    for c in post + pre:
        if any(" ".join(k) == c.prep for k in lex.cues["agent_preps"]):
            put("source", c)
    if trig.type == "AID":  # «إلى ميناء العريش لصالح سكان غزة»: the beneficiary, not the port of arrival
        benefit = next((c for c in post if not c.prep and c.start > 0 and ws[c.start - 1].text in BENEFICIARY_PREPS
                        and not ws[c.start].gap.strip() and c not in src), None)
        if benefit is not None:
            tgt[:] = [benefit]
    if is_verb:
        zone = post
        if passive:  # «اعتُقل صحفي من منزله في بلدة دورا جنوب الخليل فجر اليوم على يد قوة من …»: past place and time
            zone = [c for c in chunks if c.start >= hit.end and c.start - hit.end <= PASSIVE_AGENT_WINDOW and
                    _between_clear(ws, hit.end - 1, c.start)]
        _passive_agent(ws, zone, src, tgt, lex, passive)
    tgt[:] = [_member_of(c, chunks, ws, hit) for c in tgt]
    src[:] = [_member_of(c, chunks, ws, hit) for c in src]
    if receive_at is not None:
        _receive(receive_at, chunks, src, tgt, ws)
    if not tgt and trig.frame == "ruling":  # «حكمت محكمة روسية على صحفي أمريكي بالسجن»: sentenced before the term
        convict = next((c for c in reversed(pre) if c.prep and preps.get(c.prep) == "target" and c not in src), None) or \
            _prep_object_nisba(ws, pre, preps, [])  # «حكمت محكمة روسية على مواطنة أمريكية بالسجن»: whose national
        if convict is not None and convict in src:
            src.remove(convict)
        if convict is not None:
            put("target", convict)
    if not src and not is_verb:
        fillers = lex.cues["subject_fillers"] | lex.cues["subject_heads"]  # «شن مقاتلون من جيش تحرير السودان هجوماً»
        cand = next((c for c in reversed(pre) if c.is_place and not c.prep and _replying_capital(c, hit, lex, ws)),
                    None) or \
            next((c for c in reversed(pre) if (not c.is_place or _metonym(c, hit, lex, ws)) and c not in tgt and
                  (not c.prep or _counted(ws, c, fillers))), None)  # «لندن تعلن عقوبات»: a headline capital
        armed_ok = cand is not None and (is_armed(cand) or cand.has_kind("country") or _light_subject(cand, ws) or
                                         _punishing_announcer(cand, hit, ws, lex))
        first = _double_object_subject(pre, cand, ws)
        if first is not None and not trig.violent:
            put("source", first)  # «منحت الكويت الأردن قرضاً»: the giver, then the receiver
            put("target", cand)
        elif cand is not None and (armed_ok or (frame.get("gen") != "target" and not trig.violent)):
            put("source", cand)
    if not tgt and (trig.violent or trig.type in ("COERCE", "CONCEDE", "SANCTION")):
        after = max([hit.end] + [c.end for c in src if c.start >= hit.end])  # past a subject after the verb
        # a noun's «لـ» phrase is its agent («هجوم لداعش»), so only a verb's names the owner
        owner = next((c for c in post if c not in src and not c.is_place and c.start - after <= OWNER_WINDOW and
                      ((c.prep == "ل" and is_verb) or (c.prep in ("في", "من") and _member_before(ws, c, lex)))),
                     None)
        if owner is not None:  # «هاجم … نقطة للجيش اليمني», «اعتقلت … مسؤولاً في تنظيم داعش»: whose it was
            put("target", owner)
    if not tgt and trig.mode == "visit":
        dest = next((c for c in chunks if c.prep == "الي" and c not in src), None)
        if dest is not None:
            put("target", dest)  # «وصل الرئيس إلى تونس في زيارة»
    if not tgt and not is_verb and not dyad:
        if frame.get("gen") != "target":
            cand = next((c for c in post if c.prep not in ("في", "ب", "من", "عن") and c not in src), None)
        else:  # «مقتل مسؤول … في تنظيم داعش»: the victim's group after the head noun
            cand = next((c for c in post if c not in src and (not c.prep or c.prep in ("في", "من", "ل")) and
                         not c.is_place), None)
        if cand is not None:
            put("target", cand)
    if trig.mode == "discuss" and len(tgt) == 1 and not tgt[0].prep and set(tgt[0].codes()) <= {"CVL"}:
        partner = next((c for c in post if c.prep == "مع" and c not in src and c.start > tgt[0].start), None)
        if partner is not None:  # «لبحث صفقة تبادل الأسرى مع المسؤولين المصريين»: the people the talks are
            tgt[:] = [partner]  # about are their topic; the «مع» phrase names who they are held with
    if trig.type == "MOBILIZE" and all(c.prep != "مع" for c in tgt):
        across = next((c for c in post if c.prep == "مع" and c not in src and c.start > 1 and
                       ws[c.start - 2].text in BORDER_WORDS), None)
        if across is not None:  # «حشدت أذربيجان قوات على حدودها مع أرمينيا»: the neighbour it faces
            tgt[:] = [across] + tgt
    if not tgt:  # «استهداف سفينة تجارية مرتبطة بإسرائيل»: an attacked thing stands for its body too
        linked = _linked_body(hit, chunks, ws, src)
        if linked is not None and linked not in src:
            put("target", linked)
    if trig.type == "COERCE" and len(tgt) == 1 and set(tgt[0].codes()) <= {"CVL"}:
        body = _suspected_body(tgt[0], chunks, ws)
        if body is not None and body not in src:
            tgt[:] = [body]  # «أوقفت قوات الأمن التركية 47 مشتبهاً بالانتماء إلى تنظيم داعش»: the group they are held for
    src[:] = [_affiliated_owner(c, chunks, ws) for c in src]
    tgt[:] = [_affiliated_owner(c, chunks, ws) for c in tgt]
    if tgt and src and ws[tgt[0].start].text in AFFILIATED and \
            any(0 <= tgt[0].start - c.end <= AFFILIATED_REACH and
                not any(ws[k].gap.strip() for k in range(c.end, tgt[0].start + 1)) for c in src):
        # «استهدفت طائرات إف 16 التابعة للقوة الجوية العراقية، …، مخبأ لعناصر داعش»: whose planes, not what they hit
        owner = tgt.pop(0)
        later = next((c for c in chunks if c.start >= owner.end and c.start - hit.end <= PASSIVE_AGENT_WINDOW and
                      c not in src and c.prep in ("", "ل") and not c.is_place and
                      _between_clear(ws, hit.end - 1, c.start)), None)  # past a «بتوجيه من …» aside
        if later is not None:
            tgt.insert(0, later)
    if tgt and tgt[0].start > hit.end and not tgt[0].prep and \
            any(ws[k].text in LED_BY for k in range(max(hit.end, tgt[0].start - 3), tgt[0].start)):
        # «أوقفت الأجهزة الأمنية التابعة للقيادة العامة بقيادة المشير خليفة حفتر ناشطاً»: the leader, not the held
        leader = tgt.pop(0)
        nxt = next((c for c in post if c.start >= leader.end and c not in src and not c.prep and not c.is_place),
                   None)
        if nxt is not None:
            tgt.insert(0, nxt)
    if trig.type == "COERCE" and not tgt:
        bound = _bound_for(hit, chunks, ws)
        if bound is not None and bound not in src:
            tgt.append(bound)  # «ضبط شحنة أسلحة كانت في طريقها إلى جماعة الحوثي»: whom the seized goods were for
    if trig.type == "FIGHT" and not tgt and hit.end < len(ws) and ws[hit.end].text in LAUNCHED_BY and \
            not ws[hit.end].gap.strip():
        # «تصدت لهجوم شنه مسلحون على معسكر»: who launched the attack repelled is the other side
        attacker = next((c for c in chunks if c.start == hit.end + 1 and not c.prep and not c.is_place and
                         c not in src), None)
        if attacker is not None:
            tgt.append(attacker)
    if src and set(src[0].codes()) <= {"UAF"}:
        suspect = _suspected_group(src[0], chunks, ws)
        if suspect is not None and (suspect in tgt or not tgt):
            # «كمين نصبه مسلحون يشتبه في انتمائهم إلى تنظيم الدولة»: the group they belong to, never what they hit;
            # the object comes after it («هاجم مسلحون يشتبه بانتمائهم إلى داعش حاجزاً للجيش»)
            if suspect in tgt:
                tgt.remove(suspect)
            obj = next((c for c in post if c.start >= suspect.end and c.prep in ("", "ل") and not c.is_place and
                        c not in src), None)
            if obj is not None and not tgt:
                tgt.append(obj)
        if suspect is not None:
            src[0] = suspect  # «هجوم شنه مسلحون يُعتقد أنهم من تنظيم داعش»: the group they are believed to be
    if trig.mode == "won_confidence":
        _won_confidence(hit, chunks, ws, src, tgt)
    return src, tgt


CONFIDENCE = frozenset({"ثقه", "الثقه"})


def _won_confidence(hit: Hit, chunks: list[Chunk], ws: list[Word], src: list[Chunk], tgt: list[Chunk]) -> None:
    """«نالت حكومة نواف سلام ثقة مجلس النواب»: the side that wins confidence is endorsed (the target); the
    house whose confidence it is, the genitive after «ثقة», endorses (the source)."""
    at = next((k for k in range(hit.start, min(len(ws), hit.end + 1)) if ws[k].bset & CONFIDENCE), None)
    if at is None:
        return
    winner = next((c for c in src + tgt if c.end <= at), None)
    giver = next((c for c in chunks if c.start == at + 1 and not c.prep and not c.is_place), None)
    src[:] = [giver] if giver is not None else []
    tgt[:] = [winner] if winner is not None else []


LAUNCHED_BY = frozenset({"شنه", "شنته", "شنها", "شنوه", "نفذه", "نفذته", "نفذوه", "يشنه", "تشنه"})  # «هجوم شنه مسلحون»
BOUND_FOR = frozenset({"طريقها", "طريقه", "متجهه", "المتجهه", "مرسله", "المرسله", "موجهه", "الموجهه"})
BOUND_REACH = 6  # words from the seizure to «في طريقها إلى» («ضبط شحنة أسلحة مهربة كانت في طريقها إلى …»)


def _bound_for(hit: Hit, chunks: list[Chunk], ws: list[Word]) -> Chunk | None:
    """«ضبط شحنة أسلحة كانت في طريقها إلى جماعة الحوثي»: the armed or organised body a seized shipment was
    heading to is who the seizure hits (not a place it was heading for)."""
    for k in range(hit.end, min(len(ws) - 1, hit.end + BOUND_REACH)):
        if k > hit.end and ws[k].gap.strip():
            return None
        if ws[k].text in BOUND_FOR:
            return next((c for c in chunks if c.start in (k + 1, k + 2) and c.prep == "الي" and not c.is_place and
                         c.has_kind("group", "sector")), None)
    return None


SUSPECT_WORDS = frozenset({"يعتقد", "يشتبه", "يرجح", "يحتمل"})
SUSPECT_REACH = 4  # words from the gunmen to the group «يُعتقد أنهم من …» names


def _suspected_group(c: Chunk, chunks: list[Chunk], ws: list[Word]) -> Chunk | None:
    """«مسلحون يُعتقد أنهم من تنظيم داعش», «يشتبه بانتمائهم إلى …»: the group unnamed gunmen are believed to be."""
    if c.end >= len(ws) or ws[c.end].text not in SUSPECT_WORDS or ws[c.end].gap.strip():
        return None
    return next((d for d in chunks if c.end < d.start <= c.end + SUSPECT_REACH and
                 (d.prep in ("من", "الي") or _member_noun_of(ws, c.end, d.start)) and
                 d.has_kind("group") and not d.is_place and
                 not any(ws[k].gap.strip() for k in range(c.end, d.start + 1))), None)


SUSPECT_MEMBER_NOUNS = frozenset({"خلايا", "خليه", "عناصر", "صفوف", "فلول", "بقايا", "مقاتلي", "اتباع", "انصار"})


def _member_noun_of(ws: list[Word], a: int, b: int) -> bool:
    """«يعتقد أنهم من خلايا داعش», «إلى صفوف …»: a member noun after «من/إلى» leaves the group its own phrase."""
    return b - 2 > a and ws[b - 2].text in ("من", "الي") and ws[b - 1].text in SUSPECT_MEMBER_NOUNS


LED_BY = frozenset({"بقياده", "بزعامه", "بامره", "وبقياده"})  # «بقيادة المشير حفتر»: who leads the subject


DOC_HEADS = frozenset({"قرار", "قرارا", "بيان", "بيانا", "رساله", "قانون", "قانونا", "مذكره", "تقرير", "تقريرا"})
DOC_ISSUER_REACH = 4  # words from the author to the verb of its unmarked relative («الجمعية العامة على قرار يطالب»)
LADEN = frozenset({"محمله", "محملا", "محملين", "محملتين", "تحمل", "تحملان", "تقل", "محمل"})
GOODS = frozenset({"الواردات", "واردات", "السلع", "سلع", "المنتجات", "منتجات", "البضائع", "بضائع", "الصادرات",
                   "المستورده", "مستورده", "المستوردة", "مستوردة"})


LIGHT_SUBJECT_VERBS = LIGHT_VERBS | {"اقدم", "اقدمت", "اقدموا", "واقدم", "واقدمت", "يقدم", "تقدم",
                                     # «شن مستوطنون هجوماً»: who launches the attack noun makes it, armed or not
                                     "شن", "شنت", "شنوا", "وشن", "وشنت", "وشنوا", "يشن", "تشن", "يشنون"}


def _punishing_announcer(c: Chunk, hit: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """«أعلنت السلطة القضائية الإيرانية إعدام رجل»: a court or government announcing an execution carried it out."""
    return "اعدام" in ws[hit.end - 1].text and not c.prep and c.start > 0 and \
        ws[c.start - 1].text in lex.cues["announce_verbs"] and \
        any(code.split("-")[-1] in PUNISHERS for code in c.codes())


def _light_subject(c: Chunk, ws: list[Word]) -> bool:
    """«قامت السلطات الإيرانية بإعدام متظاهر»: the subject of a light verb is the doer of its verbal noun."""
    return not c.prep and c.start > 0 and ws[c.start - 1].text in LIGHT_SUBJECT_VERBS


LAND_HEADS = frozenset({"الاراضي", "اراضي"})


def _prep_object_nisba(ws: list[Word], post: list[Chunk], preps: dict[str, str], src: list[Chunk]) -> Chunk | None:
    """«على شركات أمريكية», «ضد مواقع إيرانية»: a bare nisba right after the noun a target preposition governs
    names whose that noun is (the first such in the object window); so does a country's adjective after «الأراضي»
    («قادمة من الأراضي السورية»)."""
    for c in post:
        if c.prep or c in src or c.start < 2 or not (c.is_nisba_only or (
                c.is_named_place_only and c.end - c.start == 1 and ws[c.start - 1].text in LAND_HEADS)):
            continue
        if preps.get(ws[c.start - 2].text) == "target" and not ws[c.start - 1].gap.strip():
            return c
    return None


TRAFFIC = frozenset({"تهريب"})  # smuggling goods somewhere (an export or delivery «إلى إسرائيل» that is halted names its party)


def _goods_destination(ws: list[Word], c: Chunk, hit: Hit) -> bool:
    """«عقوبات على شبكة لتهريب الوقود الليبي إلى أوروبا», «تساعد الحرس الثوري على بيع النفط إلى الصين»: the
    «إلى» phrase after a verbal noun of moving goods (past the trigger) is where they go, no party to the event."""
    return c.prep == "الي" and any(ws[k].bset & TRAFFIC for k in range(hit.end, c.start))


ISSUED = frozenset({"الصادر", "الصادره", "صادر", "صادره", "الصادرين", "الصادرة"})


def _issuer(ws: list[Word], c: Chunk) -> bool:
    """«التقرير الصادر عن البرلمان الأوروبي», «البيان الصادر من الخارجية»: who issued what is answered."""
    return c.prep in ("عن", "من") and c.start >= 2 and ws[c.start - 2].text in ISSUED and not c.is_place


def _goods_origin(ws: list[Word], c: Chunk) -> bool:
    """«الواردات من كندا», «السلع المستوردة من الصين»: the «من» phrase after goods is where they come from."""
    return c.prep == "من" and c.start >= 2 and ws[c.start - 2].text in GOODS
AFFILIATED_REACH = 3  # words from the subject to its «التابعة لـ» phrase («طائرات إف 16 التابعة للقوة الجوية»)
LINKED = frozenset({"مرتبطين", "مرتبطه", "مرتبطون", "مرتبط", "مرتبطا", "المرتبطين", "المرتبطه", "المرتبط",
                    "المرتبطون"})
LINKED_REACH = 6  # words from the act to «مرتبطين بـ» after its unnamed object («أصول 10 أفراد و5 كيانات»)


BELONGING = frozenset({"انتماء", "الانتماء", "انتمائهم", "انتمائه", "انتمائها", "انتمائهما"})
BELONGING_REACH = 3  # words from the people held to «بالانتماء/يشتبه بانتمائهم»


def _suspected_body(c: Chunk, chunks: list[Chunk], ws: list[Word]) -> Chunk | None:
    """«47 مشتبهاً بالانتماء إلى تنظيم داعش», «40 شخصاً يشتبه بانتمائهم إلى داعش»: unnamed people held for
    belonging to a named group stand for it."""
    for k in range(c.end, min(len(ws), c.end + BELONGING_REACH)):
        if ws[k].gap.strip():
            return None
        if ws[k].bset & BELONGING:
            return next((d for d in chunks if d.start in (k + 1, k + 2) and d.prep in ("الي", "ل") and d.has_kind("group") and
                         not d.is_place), None)
    return None


def _linked_body(hit: Hit, chunks: list[Chunk], ws: list[Word], src: list[Chunk]) -> Chunk | None:
    """«اتهمت … قراصنة مرتبطين بالاستخبارات الروسية», «تجميد أصول … كيانات مرتبطة بالحرس الثوري»: an object that
    names no actor stands for the body it is «مرتبط بـ»."""
    for k in range(hit.end, min(len(ws), hit.end + LINKED_REACH)):
        if ws[k].text in LINKED:
            if any(c.start < k < c.end or hit.end <= c.start < k and not c.is_place and c not in src for c in chunks):
                return None  # the object is an actor already
            return next((c for c in chunks if c.start == k + 1 and c.prep == "ب" and not c.is_place), None)
    return None


def _affiliated_owner(c: Chunk, chunks: list[Chunk], ws: list[Word]) -> Chunk:
    """«القوات المسلحة اليمنية التابعة للحوثيين»: a phrase «التابعة/الموالية لـ» a named group stands for that group."""
    if ws[c.end - 1].text not in AFFILIATED or len(c.members) > 1:
        return c  # not «قوات حفتر والقوات الموالية لحكومة الوفاق»: only the last member is the group's
    return next((d for d in chunks if d.start == c.end and d.prep == "ل" and d.has_kind("group")), c)


def _clause_start(hit: Hit, ws: list[Word]) -> bool:
    """The trigger opens a clause: first word, after «و/ف», or after punctuation (a dateline's dash: «كابول - قتل»)."""
    return hit.start == 0 or hit.prefix in ("و", "ف") or any(ch in ws[hit.start].gap for ch in ".:;؛،,-–—")


def _verb_shaped(w: Word, prefix: str) -> bool:
    """A bare past-verb shape («قتل», «خطف», «أعدم»), not a verbal noun («مقتل», «اغتيال», «قتيل»)."""
    t = w.text[len(prefix):] if prefix in ("و", "ف") else w.text
    return not has_article(w) and 3 <= len(t) <= 6 and not t.startswith("م") and \
        not t.endswith(("ه", "ي", "ا", "ات")) and t[-2] not in "اوي"


def _case_verbal(hit: Hit, post: list[Chunk], ws: list[Word], lex: Lexicon) -> bool:
    """A clause-initial masculine trigger read as a verb when case endings say so.

    «قتل مسلحون مجهولون جنديين»: a nominative right after it is a subject (a verbal noun
    takes a genitive), and a second bare phrase after the first is an object («قتل الجيش
    عشرة مسلحين»). «قتل ثلاثة مسلحين» (no second phrase) stays the report of their death.
    """
    if hit.end - hit.start != 1 or hit.prefix not in ("", "و", "ف") or not _clause_start(hit, ws) or \
            not _verb_shaped(ws[hit.start], hit.prefix):
        return False
    first = next((c for c in post if not c.prep and not c.is_place), None)
    if first is None or first.start - hit.end > SUBJECT_WINDOW:
        return False
    case = span_case(ws, first.start, first.end, lex)
    if case == OBL:
        return False
    suspect = _suspected_group(first, post, ws)  # «مسلحون يعتقد أنهم من تنظيم الدولة»: who they are thought to be
    after = suspect.end if suspect is not None else first.end
    second = next((c for c in post if c.start >= after and not c.prep and not c.is_place and
                   c.start - after <= SUBJECT_WINDOW), None)
    if second is None and case == NOM:
        return _accusative_object_after(ws, first.end, lex)  # «خطف مسلحون مجهولون مسؤولاً في …»
    if second is None or span_case(ws, second.start, second.end, lex) == NOM or ws[second.start].gap:
        return False
    whose = next((c for c in post if c.prep == "من" and c.start == first.end + 1 and c.end <= second.start), None)
    skip = range(first.end, whose.end) if whose is not None else range(0)  # «مسلحون من حركة الشباب»
    if suspect is not None:
        skip = range(first.end, suspect.end)
    return all(k in skip or _joins_subject(ws, k, case, lex) for k in range(first.end, second.start))


def _adjectival(c: Chunk, ws: list[Word]) -> bool:
    """A one-word definite nisba («الأممية», «الأوروبية»), even one the lexicon lists as a body's name."""
    w = ws[c.start].text
    return c.end - c.start == 1 and w.startswith("ال") and w.endswith(("يه", "ي")) and len(c.members) == 1


APPOSITION_GAP = 2  # unnamed words between a name and its title («آل نهيان» in «محمد بن زايد آل نهيان رئيس الدولة»)


STATEMENT_TYPES = frozenset({"THREATEN", "DEMAND", "DISAPPROVE", "REJECT", "SUPPORT"})  # said about others


def _apposed_title(ws: list[Word], subj: Chunk, c: Chunk, lex: Lexicon) -> bool:
    """A bare title right after a named subject, of the subject's own sector and no country: the same person."""
    if c.prep or not subj.has_kind("person") or c.has_kind("person", "country", "group", "adj", "place") or \
            not 0 <= c.start - subj.end <= APPOSITION_GAP:
        return False
    if any(ws[k].gap.strip() or ws[k].text in lex.cues["preps"] for k in range(subj.end, c.start + 1)):
        return False
    mine = {code.split("-")[-1] for code in subj.codes()}
    return bool(c.sectors()) and set(c.sectors()) <= mine


def _title_of_body(ws: list[Word], c: Chunk, chunks: list[Chunk]) -> bool:
    """A title followed, within two words, by «ل» + a group or country names that body's officer, not the subject.

    «استقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيس المكتب السياسي لحركة حماس»: the visitor, not the emir's title.
    """
    return any(d.prep == "ل" and c.end <= d.start <= c.end + 2 and d.has_kind("group", "country") and
               not any(ws[k].gap.strip() for k in range(c.end, d.start + 1)) for d in chunks)


def _apposed_name(ws: list[Word], subj: Chunk, c: Chunk) -> bool:
    """A person's name right after a title subject, coded as that subject: the same person.

    «هنأ أمير الكويت الشيخ مشعل الأحمد الرئيس الإيراني»: the emir's name is no object; the president is.
    """
    if c.prep or c.start != subj.end or ws[c.start].gap.strip() or subj.has_kind("person") or \
            not c.has_kind("person"):
        return False
    own = set(c.codes())
    return bool(own) and own <= set(subj.codes())


def _dismissed_office(ws: list[Word], c: Chunk, trig: Trigger, lex: Lexicon) -> bool:
    """«أقال المجلس الرئاسي الليبي محافظ مصرف ليبيا المركزي الصديق الكبير»: a phrase a dismissal names that opens
    with an office («محافظ», «قائد», «رؤساء») is the one dismissed, not a name apposed to the body dismissing."""
    return trig.mode == "dismiss" and not c.prep and ws[c.start].text in lex.cues["dismissed_offices"]


def _struck_vehicle(ws: list[Word], c: Chunk, trig: Trigger, lex: Lexicon) -> bool:
    """An armed side's vehicle or patrol a violent act took place «في» («في دورية», «في جرافة عسكرية»): hit."""
    if c.prep != "في" or not trig.violent or c.is_place or not is_armed(c):
        return False
    return bool(ws[c.start].bset & lex.cues["struck_vehicles"])


def _accusative_object_after(ws: list[Word], at: int, lex: Lexicon) -> bool:
    """After a nominative subject, an accusative word that names no actor («مسؤولاً», «مسجداً») is the object.

    «أحرق مستوطنون مسجداً»: a verbal noun would take a genitive, so the nominative is the doer and the
    verb is active; adjectives of the subject («مجهولون») may come between. A count of some body
    («قتل مسلحون مجهولون ثلاثة من عناصر حركة طالبان») is the object too.
    """
    known = known_words(lex)
    for k in range(at, min(len(ws), at + SUBJECT_WINDOW + 1)):
        w = ws[k]
        if not w.gap and k + 2 < len(ws) and after_number(ws, k + 1) and ws[k + 1].text == "من" and \
                not ws[k + 1].gap:
            return True
        if w.gap or w.text in lex.cues["preps"] or after_number(ws, k):
            return False
        wc = word_case(w, ws[k + 1] if k + 1 < len(ws) else None, known)
        if wc == OBL:
            return not has_article(w)
        if wc != NOM:
            return False
    return False


def _joins_subject(ws: list[Word], k: int, case: str, lex: Lexicon) -> bool:
    """Word ``k`` may sit between a subject and its object: a number, or an adjective in the subject's case.

    «خطف مسلحون ملثمون ناشطاً», «قتل مسلحٌ مجهول شرطياً» (after a nominative, any plain word
    but a preposition); not «قتل زعيم التنظيم في غارة أمريكية» (a prepositional phrase).
    """
    w = ws[k]
    if w.gap:
        return False
    if any(ch.isdigit() for ch in w.text) or after_number(ws, k + 1):
        return True
    if k >= len(ws) - 1 or not case:
        return False
    wc = word_case(w, ws[k + 1], known_words(lex))
    return wc == case or (case == NOM and not wc and not has_article(w) and w.text not in lex.cues["preps"])


def _unmarked_passive(hit: Hit, post: list[Chunk], ws: list[Word], lex: Lexicon) -> bool:
    """«اعتقل صحفيان في الخرطوم»: an undotted passive, told by a subject who cannot be the doer.

    An arrest, abduction or killing verb whose only bare phrase is unarmed people (no object
    after them) reports what befell them; «هاجم مسلحون» keeps its armed subject.
    """
    if hit.trigger.mode not in PASSIVE_PRONE or hit.prefix not in ("", "و", "ف") or \
            ws[hit.start].text.endswith(("ت", "وا")):
        return False  # «اعتقلت», «اعتقلوا»: a feminine or plural ending agrees with a stated doer
    bare = [c for c in post if not c.prep and not c.is_named_place_only and c.start - hit.end <= OBJ_WINDOW]
    return len(bare) == 1 and bare[0].start - hit.end <= 1 and not is_armed(bare[0]) and \
        span_case(ws, bare[0].start, bare[0].end, lex) != OBL and not bare[0].has_kind("country", "group", "person")


def _nominative_subject(subj: Chunk | None, post: list[Chunk], ws: list[Word], lex: Lexicon) -> Chunk | None:
    """The subject by case: an accusative/genitive phrase is never it; a later nominative one is.

    «استهدفت سيارةً غارةٌ إسرائيلية»: the object before the subject; «اعتقلت ناشطين …»
    with no nominative phrase has no stated subject (the accusative phrase is the object).
    """
    if subj is None or subj not in post or subj.prep:
        return subj  # «مجموعة من المستوطنين»: the genitive is the preposition's
    if span_case(ws, subj.start, subj.end, lex) != OBL:
        return subj
    later = next((c for c in post if c.start > subj.start and not c.prep and not c.is_place and
                  span_case(ws, c.start, c.end, lex) == NOM), None)
    if later is None:  # «اعتقلت ناشطين قواتُ الأمن»: the bare phrase right after the object
        later = next((c for c in post if c.start >= subj.end and c.start - subj.end <= VOS_GAP and not c.prep and
                      not c.is_place and span_case(ws, c.start, c.end, lex) != OBL), None)
    return later


def _double_object_subject(pre: list[Chunk], cand: Chunk | None, ws: list[Word]) -> Chunk | None:
    """«منحت الكويت الأردن قرضاً»: two named actors side by side before the thing given.

    After a verb that takes two objects the first bare name is its subject and the second
    the receiver; the nearer one alone would make the receiver the giver.
    """
    if cand is None or cand.prep:
        return None
    prev = next((c for c in pre if c.end == cand.start), None)
    named = ("country", "group", "person")
    if prev is None or prev.prep or prev.is_place or ws[cand.start].gap or \
            not prev.has_kind(*named) or not cand.has_kind(*named):
        return None
    return prev


def _trigger_case(w: Word, known: frozenset[str]) -> str:
    """A trigger word's case from written vowels or a plural «‑ون» only.

    «كمين», «عدوان», «بيان» end like an oblique plural or a dual but are singular nouns.
    """
    if w.marks:
        return word_case(w, None, known)
    return NOM if w.text.endswith("ون") and len(w.text) >= 5 else ""


def _genitive_link(ws: list[Word], hit: Hit, gen: Chunk, lex: Lexicon) -> bool:
    """Whether the phrase after a trigger noun can be its genitive complement.

    A noun with tanwin or the «ن» of a plural or dual («هجومٌ», «متظاهرون») is not in
    construct, and an accusative tanween fath («قاعدةً») is no genitive.
    """
    if gen.is_nisba_only and gen.start == hit.end:
        return True  # «قناصٌ إسرائيلي»: an adjective of the trigger names whose it is
    last = ws[hit.end - 1]
    known = known_words(lex)
    head = ws[gen.start]
    nxt = ws[gen.start + 1] if gen.start + 1 < len(ws) else None
    own = _trigger_case(last, known)
    if own and own == word_case(head, nxt, known):
        return True  # «صاروخاً باليستياً حوثياً»: an adjective in the trigger's case names whose it is
    if any(m in TANWIN for _, m in last.marks) or own == NOM:
        return False
    if after_number(ws, gen.start):
        return True
    if any(it.kind == "country" and it.start == gen.start for m in gen.members for it in m.items) and \
            not any(m == "\u064b" for _, m in head.marks):
        return True  # «اعتراف فرنسا بدولة فلسطين»: a country's name ending in «ا» is no accusative
    return not (word_case(head, nxt, known) == OBL and
                (head.text.endswith("ا") or any(m == "\u064b" for _, m in head.marks)))


def _passive_agent(ws: list[Word], post: list[Chunk], src: list[Chunk], tgt: list[Chunk], lex: Lexicon,
                   passive: bool = False) -> None:
    """«اعتُقل صحفي … على يد عناصر من الاستخبارات»: the «على يد» phrase acts; the verb's subject undergoes."""
    marks = lex.cues["passive_agent_preps"]
    at = next((c.start for c in post if c.prep in marks), None)
    if at is None:
        at = next((k + 2 for k in range(len(ws) - 1) if f"{ws[k].text} {ws[k + 1].text}" in marks), None)
    agent = None if at is None else next(
        (c for c in post if at <= c.start <= at + AGENT_REACH and not c.is_place), None)
    if passive and agent is not None:
        src[:] = [agent]  # «اعتُقل صحفي على يد عناصر …»: the subject is already the target
        tgt[:] = [c for c in tgt if c is not agent]
        return
    if agent is None or not src or src[0] is agent or src[0].start > agent.start:
        return
    tgt[:] = [src[0]]  # a passive verb has no object: what follows it is a place or a time
    src[:] = [agent]


def _member_of(c: Chunk, chunks: list[Chunk], ws: list[Word], hit: Hit | None = None) -> Chunk:
    """The body a phrase of no stated side belongs to.

    «أسيراً من القوات الحكومية»: the captives stand for the forces after «من»; «رئيس المكتب
    السياسي لحركة حماس»: an office-holder of no country stands for the group after «لـ» (on the
    same side of the event word: in «الطيران الحربي دمر عربات للدعم السريع» the «لـ» phrase owns the object).
    """
    codes = set(c.codes())
    if codes <= {"CVL"} and c.end < len(ws) and ws[c.end].text == "من":
        return next((d for d in chunks if d.start == c.end + 1 and d.prep == "من" and not d.is_place), c)
    if codes and all(x in SECTOR_ONLY for x in codes):
        return next((d for d in chunks if 0 < d.start - c.end <= OFFICE_REACH and d.prep == "ل" and
                     d.has_kind("group") and not d.is_place and
                     (hit is None or not c.end <= hit.start < d.start)), c)
    return c


MEMBER_SECTORS = frozenset({"INS", "REB", "MIL", "COP", "UAF"})  # a fighter or officer of no stated side


def member_group(c: Chunk, chunks: list[Chunk], ws: list[Word]) -> Chunk | None:
    """«تحييد 12 إرهابياً من حزب العمال», «مقتل ضابط في الحشد الشعبي»: the named group a fighter stands for."""
    codes = {x.split("-")[-1] for x in c.codes()}
    if not codes or not codes <= MEMBER_SECTORS or c.end >= len(ws) or ws[c.end].text not in ("من", "في"):
        return None
    unit = c.end + 1 < len(ws) and ws[c.end + 1].text in UNIT_HEADS  # «جنديان من قوة اليونيفيل»
    found = next((d for d in chunks if (d.start == c.end + 1 and d.prep == ws[c.end].text or
                                        unit and d.start == c.end + 2 and not d.prep) and
                  d.has_kind("group") and not d.is_place and all("-" not in x for x in d.codes())), None)
    if found is None and codes == {"MIL"} and ws[c.end].text == "في":  # «ضابطاً في الأمن العام»: a police officer
        found = next((d for d in chunks if d.start == c.end + 1 and d.prep == "في" and not d.is_place and d.codes() and
                      all(x.split("-")[-1] == "COP" for x in d.codes())), None)
    return found


UNIT_HEADS = frozenset({"قوه", "قوات", "بعثه", "وحدات", "وحده"})


def _member_before(ws: list[Word], c: Chunk, lex: Lexicon) -> bool:
    """«قيادياً بارزاً في حزب العمال», «سبعة من عناصر التنظيم», «20 أسيراً من القوات الحكومية».

    A «في/من» phrase right after a member noun (one adjective may sit between) or a count
    names whose people were hit, held or freed.
    """
    heads = lex.cues["member_heads"]
    back = [ws[k] for k in (c.start - 2, c.start - 3) if k >= 0]
    if back and (back[0].text in heads or back[0].text.isdigit() or back[0].text in lex.cues["count_words"]):
        return True
    return len(back) > 1 and back[1].text in heads


def _counted(ws: list[Word], c: Chunk, fillers: frozenset[str]) -> bool:
    """«المئات من أنصار التيار»: a «من» group after a count word is the subject itself, not a source phrase."""
    return c.prep == "من" and c.start >= 2 and ws[c.start - 1].text == "من" and ws[c.start - 2].text in fillers


def _svo_subject(pre: list[Chunk], hit: Hit, ws: list[Word], lex: Lexicon) -> Chunk | None:
    """A phrase opening the clause right before an imperfect verb, or after «أن», is its subject.

    Only for imperfect verbs (ي/ت first, after «و/ف»): news narrates the past verb-first («قصفت
    إسرائيل»), while headlines and present-tense reports put the subject first.
    """
    c = pre[-1] if pre else None
    if c is not None and c.prep == "من" and c.end == hit.start and c.start >= 3 and \
            ws[c.start - 2].text in UNIT_HEADS and ws[c.start - 3].text in THAT_WORDS:
        return c  # «إن قوة من الجيش الإسرائيلي توغلت»: a unit of the named force is the subject
    if c is None or c.prep or (c.is_place and not _metonym(c, hit, lex, ws)):
        return None
    if c.start > 0 and ws[c.start - 1].text in THAT_WORDS and \
            (c.end == hit.start or (c.end == hit.start - THAT_ADJ and _adjective_between(ws, c.end, hit.start))):
        return c  # «قالت مصادر إن الطيران الحربي قصف …», «إن طائرات حربية قصفت»: after «أن/إن» the subject first
    if c.end != hit.start:
        return None
    w = ws[hit.start].text
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if w[:1] not in "يت":
        # «نادي الأسير: الاحتلال اعتقل …»: right after a headline's colon the subject comes first, past verb too
        return c if c.start > 0 and ":" in ws[c.start].gap and hit.verbal else None
    opens = c.start == 0 or any(ch in ws[c.start].gap for ch in ".:;؛!?؟،,") or ws[c.start - 1].text in ("و", "ف")
    return c if opens else None


NISBA_TO_PREP = 2  # «عقوبات بريطانية جديدة على»: from the nisba to the «على» of the target


ENVOY_PREPS = frozenset({"الي", "لدي"})


def _envoy_post(c: Chunk, chunks: list[Chunk], ws: list[Word], lex: Lexicon) -> bool:
    """«المبعوث الأممي إلى اليمن», «السفير الأمريكي لدى العراق»: the country of an envoy's title, no party."""
    if c.prep not in ENVOY_PREPS or c.start < 2 or ws[c.start - 1].text not in ENVOY_PREPS:
        return False
    head = next((p for p in chunks if p.end == c.start - 1), None)
    return head is not None and not head.prep and ws[head.start].text in lex.cues["envoy_heads"]


def _relative_plural_subject(pre: list[Chunk], hit: Hit, ws: list[Word], fill: frozenset[str]) -> Chunk | None:
    """«فرقت الشرطة مئات من أنصار المعارضة تجمعوا في الساحة»: a plural verb with no «و» right after an
    indefinite noun describes it (a relative clause needs no «الذين» there), so the noun is its subject."""
    w = ws[hit.start].text
    c = pre[-1] if pre else None
    if c is None or c.end != hit.start or w[:1] in "وف" or not w.endswith("وا") or hit.end - hit.start > 1:
        return None
    if c.is_place or (c.prep and not _counted(ws, c, fill)):
        return None
    return c


def _relative_prep_antecedent(pre: list[Chunk], hit: Hit, ws: list[Word]) -> Chunk | None:
    """«تبادل مقاتلو سرايا القدس إطلاق النار مع قوة إسرائيلية اقتحمت مخيم جنين»: a perfect verb with no «و»
    right after an indefinite actor under a preposition opens a relative clause on it (no «التي» after an
    indefinite noun), so that actor, not the main clause's subject, does the act."""
    w = ws[hit.start]
    c = pre[-1] if pre else None
    if c is None or not c.prep or c.is_place or c.end != hit.start or w.gap.strip() or w.text[:1] in "وفيتن":
        return None
    if hit.end - hit.start > 1 or any(has_article(ws[k]) for k in range(c.start, c.end)):
        return None
    return c


THAT_ADJ = 1  # words of an adjective the phrase left out between «إن + subject» and the verb («طائرات حربية»)


def _adjective_between(ws: list[Word], a: int, b: int) -> bool:
    """«حربية», «مجهولون»: an indefinite adjective (no article, no clitic, no punctuation) after the subject."""
    return all(not ws[k].gap and not ws[k].text.startswith(("ال", "و", "ف", "ب", "ل")) and
               ws[k].text.endswith(("ه", "ي", "ون", "ين", "ان")) for k in range(a, b)) and not ws[b].gap


def _after_that_subject(pre: list[Chunk], hit: Hit, ws: list[Word]) -> bool:
    """«… بأن الطيران الحربي قصف مواقع»: a bare trigger word right after «أن + subject» is a verb."""
    c = pre[-1] if pre else None
    return c is not None and c.end == hit.start and not c.prep and c.start > 0 and ws[c.start - 1].text in THAT_WORDS


def _lam_word(w: Word) -> bool:
    """A word carrying the preposition «لـ» («للمبادرة», «لجهود»)."""
    return any(p in ("ل", "لل", "ول", "ولل") for _, p in w.cands)


def _past_adverbial(ws: list[Word], a: int, lex: Lexicon) -> int:
    """Skip an adverbial phrase right after a verb («انسحبت على إثره قوات النظام»): the subject follows it."""
    for phrase in lex.cues.get("subject_adverbials", ()):
        if tuple(w.text for w in ws[a:a + len(phrase)]) == phrase:
            return a + len(phrase)
    return a


def _only_fillers(ws: list[Word], a: int, b: int, fillers: frozenset[str]) -> bool:
    """Only time words, counts («آلاف», «العشرات من») or «كل من» between a verb and its subject."""
    return all(ws[k].text in fillers or ws[k].text.isdigit() or
               (ws[k].text == "من" and k > a and ws[k - 1].text in fillers) or
               (ws[k].text == "من" and k > 0 and ws[k - 1].text == "كل") for k in range(a, b))


_QUANT = {"من", "عشرات", "مئات", "الاف", "نحو", "حوالي", "قرابه", "اكثر", "اقل", "اثر"}


def _numbers_between(ws: list[Word], a: int, b: int) -> int:
    """How many number/quantity words sit between a noun and its complement («مقتل 10 من …»)."""
    n = 0
    for k in range(a, min(b, len(ws))):
        if ws[k].text.isdigit() or ws[k].text in _QUANT:
            n += 1
        else:
            break
    return n


def _receive(at: int, chunks: list[Chunk], src: list[Chunk], tgt: list[Chunk], ws: list[Word]) -> None:
    """«تلقى X رسالة/اتصالا من Y»: X is the target, Y (after «من») the source. A phrase before a colon
    («الدوحة - قنا: تلقى …», a dateline) is no receiver before the verb."""
    after = [c for c in chunks if c.start > at]
    before = [c for c in chunks if c.end <= at and _between_clear(ws, c.end - 1, at)]
    receiver = next((c for c in after if not c.prep and not c.is_place), None)
    if receiver is None or (before and at - before[-1].end <= 2 and not before[-1].prep):
        receiver = before[-1] if before and not before[-1].prep else receiver
    sender = next((c for c in after if c.prep == "من"), None)
    if receiver is not None:
        tgt[:] = [receiver]
        if src and src[0] is receiver:
            src.clear()
    if sender is not None and sender is not receiver:
        src[:] = [sender]
