"""Sentence-level rules that decide which triggers report events of their own.

- circumstance: «خلال اقتحام», «عقب الاحتجاجات», «خلال زيارة» set the scene for the
  sentence's main event and are not reported again as events when another event is there;
  so do a verb-shaped noun after a word that only governs nouns («بسبب قمع المتظاهرين»), a
  verb in a relative clause on such a noun («إثر التفجير الذي استهدف …»), an owned verbal
  noun after «بعد» («بعد احتجازها»), what a time span counts from («بعد ساعات من فشل
  المفاوضات»), a verb in a relative clause without «التي» on the indefinite noun of a scene
  word («بعد منشورات انتقد فيها السلطات»), and what a scene's demand or condemnation is about;
- purpose: «للمطالبة», «لاستهداف», «لبحث» (a «لـ» verbal noun) name an aim, not a fact;
- complements: what a verbal act is about — «طالبت … بالانسحاب», «هدد بشن عملية»,
  «أدانت الغارات», «فتحت تحقيقاً في قصف», «وافقت على تبادل الأسرى», «بحثا الحرب في سوريا» —
  is not a second event; but approving a grant or loan («وافق البنك الدولي على قرض») is the aid itself;
- a street protest swallows the demands and rejections its marchers voice;
- a state's «احتجاج» beside a summons or condemnation is a DISAPPROVE, not a PROTEST;
- a crime the authorities act on (seizure, sanction) is coded as their act;
- what a protest is about («احتجاجاً على اعتقال …») is not a second event;
- «خلال لقائه نظيره السوري»: a meeting of the subject's own (a pronoun on the noun) is an
  event of its own, not just the scene;
- hypothetical events are no reports: inside an «إذا/في حال» clause, a future or modal
  («قد تفرض») event beside one, or a generic noun («أي هجوم», «هجوم محتمل»);
- «قال المتحدث إن قواتهم ستستهدف …»: a future attack in reported speech is a threat;
- refusal: «لن تتفاوض», «لن توقع»: a talks or agreement verb under «لن» is an asserted REJECT;
- background: an event noun named as a topic («تاريخ التعاون العسكري»), described («وتتناول
  المفاوضات ملفات عدة»), dated to a past year («احتجاجات عام 2022», «زيارة البابا إلى العراق
  عام 2021»), anticipated («تحسباً لهجمات») or charged («أُدين بالمشاركة في احتجاجات») reports no event.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.analyze.events.context import modality
from marsad.analyze.events.detect import Context, Hit, _seq_at, executing_genitive, own_meeting
from marsad.analyze.events.lexicon import Lexicon
from marsad.analyze.events.morph import Word

_CLAUSE_BREAK = ".:;؛!?؟"
REPORTED_THREAT = ":reported"  # id suffix of an attack trigger read as a threat in reported speech
REFUSED = ":refused"  # id suffix of a talks/agreement verb after «لن», read as an asserted REJECT
TAKING_CRIMES = frozenset({"fraud", "theft"})  # crimes whose «استولى على» is part of the crime, not a seizure
CONJOINED_CHARGE_REACH = 3  # words back to a charge word for a trigger joined by «و»
NOMINAL_WINDOW = 5  # words a verbal noun («الموافقة», «مطالبة») governs, against 12 for a verb


def _clause_clear(ws: list[Word], a: int, b: int) -> bool:
    return not any(any(ch in ws[k].gap for ch in _CLAUSE_BREAK) for k in range(a + 1, min(b, len(ws) - 1) + 1))


NEW_CLAUSE = frozenset({"فيما", "بينما", "وفيما", "وبينما"})  # conjunctions opening a clause with its own subject
MODAL_WINDOW = 5  # words back from an event to «قد», «سوف»
SPEECH_BREAK = "،,"


OWN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
RELATIVE_HEAD_REACH = 3  # words from a relative pronoun back to the «إثر/بسبب» that governs its noun


SPAN_REACH = 2  # words from «من» in «بعد ساعات من» to the trigger («من فشل المفاوضات»)


def _owned(w: Word, lex: Lexicon) -> bool:
    """«احتجازها», «توقيفهم»: a trigger word carrying a possessive pronoun (not the «ـه» of «مواجهة»)."""
    stems = [c for c, _ in w.cands if c in lex.trigger_index]
    stems += [c[:-1] + "ت" for c in stems if c.endswith("ه")]  # «محاصرة» + «ه» is written «محاصرته»
    return any(w.text.endswith(c + p) for c in stems for p in OWN_SUFFIXES)


SPAN_LINKS = frozenset({"من", "علي"})  # «بعد ساعات من فشل المفاوضات», «بعد عام على احتجازه»


def _span_head(ws: list[Word], j: int, lex: Lexicon) -> bool:
    """«بعد» before a span word, also past a count («بعد ثلاثة أشهر») or «أكثر من» («بعد أكثر من عام»)."""
    heads = lex.cues["scene_span_heads"]
    if j < 0:
        return False
    if ws[j].text in heads:
        return True
    if j >= 1 and (ws[j].text.isdigit() or ws[j].text in lex.cues["count_word_set"] or ws[j].text in lex.cues["numbers"]) \
            and ws[j - 1].text in heads:
        return True
    return j >= 2 and ws[j].text == "من" and ws[j - 1].text in lex.cues["more_than_words"] and \
        ws[j - 2].text in heads


def _after_time_span(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """«بعد ساعات من فشل المفاوضات», «قبل أيام من الهجوم», «بعد أكثر من عام على احتجازه»: the point a span
    is counted from."""
    for k in range(max(2, h.start - SPAN_REACH), h.start):
        if ws[k].text in SPAN_LINKS and ws[k - 1].text in lex.cues["scene_spans"] and \
                _span_head(ws, k - 2, lex) and _clause_clear(ws, k, h.start) and \
                not any(ws[j].gap for j in range(k, h.start)):
            return True
    return False


RESUMPTIVES = frozenset({"فيها", "فيه", "فيهما", "فيهم"})  # «منشورات انتقد فيها»: a relative clause without «التي»
SCENE_HEADS = frozenset({"بعد", "وبعد", "قبل"})


def _resumptive_clause(start: int, end: int, ws: list[Word], preps: frozenset[str]) -> bool:
    """«اعتُقل بعد منشورات انتقد فيها السلطات»: a verb describing the indefinite noun of a scene word.

    An indefinite noun takes its relative clause with no «التي»; the clause's «فيها» points back to it.
    """
    if end >= len(ws) or ws[end].text not in RESUMPTIVES or start < 2 or ws[start - 1].text.startswith("ال"):
        return False
    for k in range(max(0, start - 1 - RELATIVE_HEAD_REACH), start - 1):
        if (_bare(ws[k]) in preps or ws[k].text in SCENE_HEADS) and _clause_clear(ws, k, start) and \
                not any(ws[j].text.startswith("و") for j in range(k + 1, start)):
            return True
    return False


def resumptive_spans(ws: list[Word], lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each «بعد منشورات انتقد فيها السلطات» clause: its phrases are no one's in the main event."""
    preps = lex.cues["circumstance_preps"]
    spans = []
    for i in range(2, len(ws)):
        if ws[i].text not in RESUMPTIVES:
            continue
        if not _resumptive_clause(i - 1, i, ws, preps):
            continue
        end = i + 1
        while end < len(ws) and not any(ch in ws[end - 1].gap for ch in SPEECH_BREAK + _CLAUSE_BREAK) and \
                not (ws[end].text.startswith("و") and ws[end].text not in RESUMPTIVES):
            end += 1
        spans.append((i - 1, end))
    return spans


def _after_scene_prep(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """«بسبب قمع المتظاهرين», «إثر التفجير الذي استهدف سوقاً»: a trigger right after a word that
    only governs a noun, or a verb in a relative clause on that noun, sets the scene."""
    preps = lex.cues["circumstance_preps"]
    if h.start > 0 and _bare(ws[h.start - 1]) in preps:
        return True  # «وخلال اللقاء، أشاد …»: the meeting already told
    if h.start > 0 and ws[h.start - 1].text in lex.cues["circumstance_after_own"] and h.end == h.start + 1 and \
            _owned(ws[h.start], lex):
        return True  # «أفرجت … عن صحفية بعد احتجازها عامين»: her earlier detention
    if _after_time_span(h, ws, lex):
        return True
    if _resumptive_clause(h.start, h.end, ws, preps):
        return True
    if _reason_role(h, ws, lex):
        return True
    if h.start < 2 or ws[h.start - 1].text not in RELATIVES:
        return False
    for k in range(max(0, h.start - 1 - RELATIVE_HEAD_REACH), h.start - 2):
        if ws[k].text in preps:  # the prep's own noun phrase, not a new one joined by «و»
            return _clause_clear(ws, k, h.start) and not any(ws[j].text.startswith("و") for j in range(k + 1, h.start - 1))
    return False


PRONOUN_ENDINGS = ("", "ه", "ها", "هم", "هما", "هن", "ي")


def _reason_role(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """«بسبب دورهم في قمع الاحتجاجات», «بسبب مشاركتهم في تزوير الانتخابات وقمع المعارضين»: an act someone is
    sanctioned or blamed for is the reason, told as background (cues 'reason_roles')."""
    cue = lex.cues["reason_roles"]
    heads, preps = cue["heads"], lex.cues["circumstance_preps"]
    for k in range(h.start - 1, max(1, h.start - 1 - cue["reach"]), -1):
        if any(ch in ws[k + 1].gap for ch in ".:;؛!?؟،,"):
            return False
        if ws[k].text != "في":
            continue
        role = _bare(ws[k - 1]).replace("ة", "ه")
        if any(role == r + e or role == r[:-1] + "ت" + e for r in heads for e in PRONOUN_ENDINGS) and \
                k >= 2 and _bare(ws[k - 2]) in preps:
            return True
    return False


HEADLINE_SCENE_REACH = 3  # words from a headline's opening «بعد» to the event noun it governs


def _headline_scene(h: Hit, ws: list[Word]) -> bool:
    """«بعد اغتيال هنية.. إيران تتوعد إسرائيل»: a headline's opening «بعد/عقب» clause, closed by «..» before the
    news, recalls what led to it."""
    if h.trigger.pos != "noun" or h.verbal or ws[0].text not in AFTER_WORDS or h.start > HEADLINE_SCENE_REACH or \
            any(ws[j].gap for j in range(1, h.end)):
        return False
    brk = next((k for k in range(h.end, len(ws)) if ws[k].gap), None)
    return brk is not None and ".." in ws[brk].gap and brk + 1 < len(ws)


def _circumstantial(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    if h.start == 0 or own_meeting(h, ws, lex):
        return False
    if _after_scene_prep(h, ws, lex) or _headline_scene(h, ws):
        return True
    if h.trigger.pos == "verb":
        return False
    prev = ws[h.start - 1]
    if h.start > 1 and (ws[h.start - 2].text, prev.text) in lex.cues["circumstance_pairs"]:
        return True  # «على وقع الاحتجاجات», «في ظل الحرب»
    return _bare(prev) in lex.cues["circumstance"] or (h.start > 1 and prev.text == "في" and
                                                    ws[h.start - 2].text in lex.cues["circumstance"])


POLICING = frozenset({"COERCE", "ASSAULT"})


def _policed_protest(h: Hit, hits: list[Hit], ws: list[Word], lex: Lexicon) -> bool:
    """A protest named as the scene («خلال مظاهرة») of arrests or shooting before it took place too."""
    return h.trigger.type == "PROTEST" and h.trigger.pos == "noun" and h.start > 0 and \
        _bare(ws[h.start - 1]) in lex.cues["circumstance"] and \
        any(x.trigger.type in POLICING and x.end <= h.start for x in hits)


def _fatal_battle(h: Hit, hits: list[Hit], ws: list[Word], lex: Lexicon) -> bool:
    """«قتل ضابط سوري خلال معارك مع مسلحي داعش»: a clash noun after «خلال/أثناء» that names the other side
    («مع …») and follows a bare casualty report is the fight the dead fell in, not a mere backdrop. Only armed
    battles: youths hurt «خلال مواجهات مع الشرطة» were hurt by the police."""
    return h.trigger.type == "FIGHT" and h.trigger.pos == "noun" and not h.verbal and h.start > 0 and \
        _bare(ws[h.start]) in lex.cues["battle_nouns"] and _bare(ws[h.start - 1]) in lex.cues["circumstance_preps"] and h.end < len(ws) and ws[h.end].text == "مع" and \
        any(x.trigger.casualty and x.end <= h.start for x in hits) and \
        all(x.trigger.casualty for x in hits if x.trigger.type != "FIGHT")


def _meeting_setting(h: Hit, hits: list[Hit], ws: list[Word], lex: Lexicon) -> bool:
    """A meeting noun that is the setting («… في اجتماع طارئ») of an act told before it in the clause, or the
    object struck by an attack («غارة استهدفت اجتماعا لقادة الفصيل»), reports no talks of its own."""
    if h.trigger.type != "CONSULT" or h.trigger.pos != "noun" or h.verbal or h.start == 0 or own_meeting(h, ws, lex):
        return False  # «خلال لقائهما»: the subject's own meeting is news
    prev = ws[h.start - 1]
    if _bare(prev) in lex.cues["attack_object_verbs"] or prev.text in lex.cues["attack_object_verbs"]:
        return any(x.trigger.violent and x.end <= h.start for x in hits)
    return prev.text in ("في", "خلال") and \
        any(x.trigger.type != "CONSULT" and (x.verbal or x.trigger.pos == "verb") and x.end <= h.start and
            _clause_clear(ws, x.end - 1, h.start) for x in hits)


def _act_manner(h: Hit, hits: list[Hit], ws: list[Word], lex: Lexicon) -> bool:
    """«أسرت كتائب القسام جندياً في كمين بجباليا»: an ambush noun after «في» in the clause of an agent's own
    capture or strike tells how that act was done. After a bare casualty verb («قُتل جنديان في كمين نصبه …»)
    the ambush is the attack itself and stays."""
    if h.trigger.type != "ASSAULT" or h.trigger.pos != "noun" or h.verbal or h.start < 2 or \
            ws[h.start - 1].text != "في" or _bare(ws[h.start]) not in lex.cues["manner_nouns"]:
        return False
    return any(x is not h and x.end <= h.start and (x.verbal or x.trigger.pos == "verb") and
               x.trigger.type in ("ASSAULT", "COERCE") and not x.trigger.casualty and
               _clause_clear(ws, x.end - 1, h.start) for x in hits)


AFTER_WORDS = frozenset({"بعد", "وبعد", "اثر", "عقب"})


def _ended_protest(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """A protest noun after «بعد» that a release before it ended: the release is the news."""
    return h.trigger.type == "PROTEST" and h.trigger.pos == "noun" and not h.verbal and h.start > 0 and \
        ws[h.start - 1].text in AFTER_WORDS and \
        any(x.trigger.type == "CONCEDE" and x.trigger.mode == "release" and x.end <= h.start for x in hits)


def _new_verb_clause(ws: list[Word], a: int, b: int) -> bool:
    """«… احتجاجاً على قرار الحكومة، واستخدمت الشرطة …», «… للتنديد بالحرب على غزة، في حين اعتقلت الشرطة …»: a comma
    and a joined past verb or a conjunction opening a clause with its own subject end what a protest is about."""
    return any(any(ch in ws[k].gap for ch in SPEECH_BREAK) and
               (_joined_past_verb(ws[k].text) or ws[k].text in NEW_CLAUSE or
                (ws[k].text == "في" and k + 1 < len(ws) and ws[k + 1].text == "حين"))
               for k in range(a + 1, b + 1))


UNDERGO_REACH = 6  # words from «تعرض» to the «لـ» noun of what was undergone


def _purpose(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    p = h.prefix.replace("و", "").replace("ف", "")
    if not (h.trigger.pos == "noun" and p.startswith("ل") and p not in ("ال",)):
        return False
    # «تعرض رتل للتحالف الدولي لهجوم»: the «لـ» of what was undergone, not a purpose
    return not any(ws[k].text in lex.cues["undergo_verbs"] and not any(ws[j].gap.strip() for j in range(k + 1, h.start + 1))
                   for k in range(max(0, h.start - UNDERGO_REACH), h.start))


SPEAKER_PARTICIPLES = frozenset({"demand_participle"})  # «، داعياً …»: a circumstantial participle of the subject
CLAUSE_GOVERNOR_MODES = frozenset({"accuse"})  # an accusing verb's charge fills the rest of its clause
AGREEMENT_HEADS = frozenset({"اتفاقيه", "اتفاقيات", "اتفاق", "اتفاقات", "مذكره", "مذكرات", "بروتوكول", "برنامج"})


def _stop_clear(ws: list[Word], a: int, b: int) -> bool:
    """No full stop, colon or semicolon before any word from ``a`` to ``b`` (commas allowed)."""
    return not any(ch in ws[k].gap for k in range(a, b + 1) if k < len(ws) for ch in ".:;؛!?؟")


CALL_REACH = 24  # words from a call verb to its «إلى» complement across a long subject and an aside
CALL_TO = frozenset({"الي"})


def _call_complement(g: Hit, h: Hit, ws: list[Word]) -> bool:
    """«دعا X … مقاتلي الحزب إلى إلقاء السلاح»: the act right after the call's «إلى» is what is called for,
    however long the caller's name and the aside before it (no sentence break in between)."""
    if g.trigger.type != "DEMAND" or g.trigger.mode != "call" or not g.end <= h.start <= g.end + CALL_REACH:
        return False
    return h.start > 0 and ws[h.start - 1].text in CALL_TO and \
        not any(ch in ws[j].gap for j in range(g.end, h.start + 1) for ch in ".:;؛!?؟")


COORDINATED_CALL_REACH = 8  # words from a call's «إلى» to a second act joined to its complement by «و»


def _coordinated_call_item(g: Hit, h: Hit, ws: list[Word]) -> bool:
    """«دعا مجلس الأمن الأطراف إلى احترام حظر الأسلحة وسحب المرتزقة»: a verbal noun joined by «و» to a call's
    «إلى» complement is a second thing called for, not a new clause (a past verb in «ـت»/«ـوا» still is one)."""
    if g.trigger.type != "DEMAND" or g.trigger.mode != "call" or h.prefix != "و":
        return False
    if ws[h.start].text.endswith(("ت", "وا")):
        return False
    to = [k for k in range(g.end, h.start) if ws[k].text in CALL_TO]
    return bool(to) and h.start - to[0] <= COORDINATED_CALL_REACH and \
        not any(ch in ws[j].gap for j in range(g.end, h.start + 1) for ch in ".:;؛!?؟،,")


REASON_REACH = 3  # words from «ردا على» / «انتقاما لـ» to the wrong it names («ردا على ذبح»)


def _answered_wrong(h: Hit, hits: list[Hit], ws: list[Word], lex: Lexicon) -> bool:
    """«شنت طائرات مصرية غارات على مواقع لداعش ردا على ذبح 21 مصريا»: the killing after «ردا على» is the wrong
    the strike answers; told after an act of its own type, it is background and its victims are not the
    strike's target (cues 'reason_markers')."""
    if not h.trigger.violent:
        return False
    marks = lex.cues["reason_markers"]
    at = next((k for k in range(h.start - 1, max(-1, h.start - 1 - REASON_REACH), -1) if ws[k].text in marks), None)
    if at is None or any(ws[j].gap.strip() for j in range(at + 1, h.start + 1)):
        return False
    return any(x is not h and x.trigger.violent and x.end <= at for x in hits)


def prune(hits: list[Hit], ws: list[Word], lex: Lexicon, sctx: Context) -> list[Hit]:
    """Hits that report events of their own (see the module docstring)."""
    if len(hits) < 2:
        return hits
    types = {h.trigger.type for h in hits}
    keep = []
    scene_ends: set[int] = set()
    scene_acts: list[Hit] = []  # «بعد أسبوع من مطالبة واشنطن إسرائيل بوقف هدم البيوت»: a scene that governs
    gov_types = set(lex.cues["governors"]["types"])
    for h in hits:
        if _answered_wrong(h, hits, ws, lex):
            continue
        others = any(x.trigger.type != h.trigger.type for x in hits if x is not h)
        if others and h.trigger.type == "COOPERATE" and h.prefix in ("بال", "وبال") and not h.verbal and \
                any(x.start < h.start and x.trigger.type != "COOPERATE" and
                    not any(ws[k].gap.strip() for k in range(x.end, h.start + 1)) for x in hits):
            continue  # «نفذت طائرات التحالف غارات … بالتنسيق مع قيادة العمليات»: how the act was done
        if others and h.trigger.type == "COOPERATE" and h.prefix in ("بال", "وبال") and not h.verbal and \
                h.end < len(ws) and ws[h.end].text == "مع" and \
                any(x.trigger.type != "COOPERATE" and (x.verbal or x.trigger.pos == "verb" or x.start > h.start) and
                    _stop_clear(ws, min(x.end, h.end), max(x.start, h.start)) for x in hits):
            continue  # «أعلن جهاز مكافحة الإرهاب، بالتعاون مع الاستخبارات العسكرية، اعتقال …»: the act's partners
        if others and h.trigger.type == "COOPERATE" and not h.verbal and h.start > 0 and \
                ws[h.start - 1].text in AGREEMENT_HEADS:
            continue  # «سلمت تركيا … شحنة أسلحة ضمن اتفاقية التعاون العسكري»: the framework's name, not an act
        if others and _ended_protest(h, hits, ws):
            continue  # «أفرجت عن الأسير خضر عدنان بعد إضراب عن الطعام»: the strike the release ended
        if others and _fatal_battle(h, hits, ws, lex):
            keep.append(h)  # «قتل مستشار إيراني خلال معارك مع فصائل المعارضة»: the battle he fell in is the news
            continue
        if _act_manner(h, hits, ws, lex):
            continue  # «أسروا جندياً في كمين»: how the capture was done, not a second attack
        if others and _meeting_setting(h, hits, ws, lex):
            continue  # «علقت الجامعة العربية عضوية سوريا في اجتماع طارئ»: where the act was decided
        if others and _policed_protest(h, hits, ws, lex):
            keep.append(h)  # «اعتقلت الشرطة 500 شخص خلال مظاهرة في لندن»: the protest the police acted on
            continue
        if others and (_circumstantial(h, ws, lex) or _purpose(h, ws, lex)):
            scene_ends.add(h.end)
            if h.trigger.type in gov_types:
                scene_acts.append(h)
            continue
        if h.start in scene_ends and h.trigger.pos == "noun" and not h.verbal and not h.prefix.startswith("و"):
            continue  # «بسبب قمع المتظاهرين»: the scene noun's complement goes with it
        if not h.verbal and any(g.end <= h.start <= g.end + lex.cues["governors"]["window"] and
                                not any(ws[k].gap for k in range(g.end, h.start + 1)) for g in scene_acts):
            continue  # what a scene's demand or condemnation is about is scene too
        keep.append(h)
    hits = keep or hits
    goods = [g for g in hits if g.trigger.mode in GOODS_MODES and g.trigger.type in ("SANCTION", "AID")]
    if goods:  # «علقت الولايات المتحدة تسليم شحنة من القنابل»: the bombs are the goods withheld, not a strike
        hits = [h for h in hits if not (h.trigger.violent and not h.verbal and h.trigger.pos == "noun" and
                                         any(g.end <= h.start <= g.end + GOODS_REACH and
                                             not any(ws[k].gap.strip() for k in range(g.end, h.start + 1))
                                             for g in goods))] or hits
    gov = lex.cues["governors"]
    gov_types, window = set(gov["types"]), gov["window"]
    gov_modes = set(gov.get("modes", ()))  # «بحث الرئيسان … الحرب في سوريا»: what talks are about
    dropped: set[int] = set()
    for g in hits:
        if (g.trigger.type not in gov_types and g.trigger.mode not in gov_modes) or id(g) in dropped:
            continue
        if g.trigger.pos == "noun" and not g.verbal and g.start > 0 and \
                ws[g.start - 1].text in lex.cues["undergo_verbs"]:
            continue  # «تعرض رتل للتحالف الدولي لهجوم»: what underwent the attack governs nothing
        for h in hits:
            if h is g or h.trigger.type == g.trigger.type or id(h) in dropped:
                continue
            nominal = g.trigger.pos == "noun" and not g.verbal
            reach = NOMINAL_WINDOW if nominal else window
            if not nominal and g.trigger.mode in CLAUSE_GOVERNOR_MODES:
                reach = len(ws)  # «اتهم قائد الدعم السريع الجيش بقصف الأحياء … بالبراميل»: the charge runs to the clause's end
            if not nominal and _call_complement(g, h, ws):
                reach = h.start - g.end  # «دعا أوجلان في رسالة تليت في إسطنبول مقاتلي الحزب إلى إلقاء السلاح»
            if not (g.end <= h.start <= g.end + reach) or not _clause_clear(ws, g.end - 1, h.start):
                continue
            if nominal and any(ws[k].gap for k in range(g.end, h.start + 1)):
                continue  # a noun's complement does not cross a comma
            if any(ws[k].text in NEW_CLAUSE for k in range(g.end, h.start)):
                continue  # «وبحث معه سبل إنهاء الحرب، فيما أعلنت المملكة تقديم مساعدات»: another clause's event
            if not nominal and any(_joined_past_verb(ws[k].text) for k in range(g.end, h.start)):
                continue  # «اتهمت الجزائر المغرب بالتورط … وقررت قطع العلاقات»: a second clause's act
            if own_meeting(h, ws, lex) and _circumstantial_word(ws, h.start, lex):
                continue  # «أكد دعم بلاده … خلال لقائه نظيره»: the scene of the statement, not its content
            if _agented_execution(h, ws, sctx, lex):
                continue  # «نددت العفو الدولية بإعدام السلطات السعودية صحفياً»: the state's act is reported too
            if h.start == g.end and h.trigger.type == "PROTEST" and g.trigger.pos == "verb":
                continue  # «طالب المتظاهرون»: the subject, not the content
            if (h.trigger.pos == "verb" or h.verbal) and h.prefix in ("و", "ف") and not nominal and \
                    not _coordinated_call_item(g, h, ws):
                continue  # «أدانت الهجوم ودعت إلى …»: a second clause with its own verb, not the content
            if h.trigger.id in SPEAKER_PARTICIPLES and any(ch in ws[h.start].gap for ch in "،,"):
                continue  # «رحب … بالاتفاق، داعياً جميع الأطراف إلى الالتزام به»: the speaker's second act
            if _yields_to(g, h, ws, gov):
                dropped.add(id(g))  # «وافق البنك الدولي على منحة لليمن»: approving a grant is giving it
                break
            dropped.add(id(h))
    purpose = [w.i for w in ws if w.text in lex.cues["purpose_governors"]]
    for h in hits:  # «تظاهروا احتجاجاً على اعتقال …», «للمطالبة بالإفراج عن …»: what a protest is about
        if any(p < h.start <= p + window and _clause_clear(ws, p, h.start) and not _new_verb_clause(ws, p, h.start)
               for p in purpose) and any(x.trigger.type != h.trigger.type for x in hits):
            dropped.add(id(h))
        elif h.start in purpose and h.trigger.type != "PROTEST" and \
                any(x.trigger.type == "PROTEST" and x.start < h.start for x in hits):
            dropped.add(id(h))  # «في مسيرات حاشدة تنديداً بـ …»: the march's purpose, not a statement of its own
    for h in hits:  # «دعا الاتحاد إلى إضراب عام …، احتجاجاً على …»: why the call was made, not a protest held
        if h.trigger.type == "PROTEST" and h.start in purpose and not h.verbal and \
                any(x.trigger.type == "DEMAND" and x.verbal and x.end <= h.start for x in hits) and \
                all(x.trigger.type != "PROTEST" or x is h or id(x) in dropped for x in hits):
            dropped.add(id(h))
    hits = [h for h in hits if id(h) not in dropped] or hits
    types = {h.trigger.type for h in hits}
    crowd = bool(sctx.bases & lex.cues["crowd_sources"])
    if "PROTEST" in types and "DISAPPROVE" in types and not crowd:
        hits = [h if h.trigger.type != "PROTEST" else _as(h, "DISAPPROVE") for h in hits]
        types.discard("PROTEST")
    if "PROTEST" in types:
        protests = [h for h in hits if h.trigger.type == "PROTEST"]
        hits = [h for h in hits if h.trigger.type not in lex.cues["protest_swallows"] or _main_verb_before(h, protests)]
    types = {h.trigger.type for h in hits}
    crime_modes = {h.trigger.mode for h in hits if h.trigger.type == "CRIME"}
    if crime_modes & TAKING_CRIMES and all(h.trigger.mode == "seize" for h in hits if h.trigger.type == "COERCE"):
        hits = [h for h in hits if h.trigger.type != "COERCE"]  # «احتال … واستولى على ملايين»: the crime's taking
        types = {h.trigger.type for h in hits}
    if "CRIME" in types and types & {"COERCE", "SANCTION", "INVESTIGATE", "DISAPPROVE", "CONCEDE", "AGREE"}:
        hits = [h for h in hits if h.trigger.type != "CRIME"]
    if "CRIME" in types and "DEMAND" in types:
        hits = [h for h in hits if h.trigger.type != "DEMAND" or _addressed_call(h, ws, sctx)]
    return hits


GOODS_MODES = frozenset({"embargo", "military"})  # arms withheld or delivered
GOODS_REACH = 4  # words after such a trigger within which a weapon noun is the goods («شحنة من القنابل الثقيلة»)


def _addressed_call(h: Hit, ws: list[Word], sctx: Context) -> bool:
    """«… اختطفت 13 موظفاً أممياً، مطالبةً الأمم المتحدة بالضغط على الجماعة»: a call set off by a comma to a
    named addressee is the speaker's own demand, not the kidnappers' ransom («مطالبين بفدية»)."""
    if not any(ch in ws[h.start].gap for ch in "،,"):
        return False
    return any(c.start == h.end and not c.prep and not c.is_place and c.codes() and
               not set(c.codes()) <= {"CVL", "UAF"} for c in sctx.chunks)


def _agented_execution(h: Hit, ws: list[Word], sctx: Context, lex: Lexicon) -> bool:
    """An execution noun in construct with the state that carried it out, then the executed (roles tell them)."""
    if h.verbal or "اعدام" not in ws[h.end - 1].text:
        return False
    gen = next((c for c in sctx.chunks if c.start == h.end), None)
    return gen is not None and executing_genitive(ws, h.end, gen, lex)


SWALLOW_REACH = 6  # words within which a protest noun still frames a statement verb before it


def _main_verb_before(h: Hit, protests: list[Hit]) -> bool:
    """«انتقد المفوض السامي … حملة القمع التي تشنها السلطات الإيرانية ضد المحتجين»: a statement verb that opens
    the sentence, far before a protest noun in its object, is the news; the protesters are only mentioned."""
    return h.verbal and h.start == 0 and all(not p.verbal and p.start - h.end > SWALLOW_REACH for p in protests)


def _joined_past_verb(word: str) -> bool:
    """«وقررت», «وأعلنت»: a feminine past verb joined by «و», which opens a clause of its own."""
    stem = word[1:]
    return word.startswith("و") and len(stem) >= 4 and stem.endswith("ت") and not stem.endswith("ات") and \
        not stem.startswith("ال")


def _yields_to(g: Hit, h: Hit, ws: list[Word], gov: dict) -> bool:
    """Whether governor ``g`` is only the approval of the act ``h`` it governs («وافق … على قرض»)."""
    rule = gov.get("yield", {}).get(g.trigger.type)
    if not rule or h.trigger.type not in rule["types"]:
        return False
    first = ws[h.start].text
    stem = first[1:] if first[:1] in ("ب", "ل", "و") else first
    return first in rule["words"] or stem in rule["words"] or stem.removeprefix("ال") in rule["words"]


def _circumstantial_word(ws: list[Word], at: int, lex: Lexicon) -> bool:
    """Whether the word before ``at`` is «خلال», «أثناء», «إثر» …."""
    return at > 0 and ws[at - 1].text in lex.cues["circumstance"]


def _first_words(keys: list[tuple[str, ...]]) -> frozenset[str] | None:
    """The first words of ``keys`` (None when one is empty, as it matches anywhere).

    A position whose word shares none of them starts no key: one set test in C skips it
    before the per-key Python scan (most positions of a sentence start nothing).
    """
    return None if any(not k for k in keys) else frozenset(k[0] for k in keys)


def _find_key(ws: list[Word], keys: list[tuple[str, ...]], lo: int, hi: int) -> int | None:
    firsts = _first_words(keys)
    for i in range(max(0, lo), min(hi, len(ws))):
        if firsts is not None and firsts.isdisjoint(ws[i].bset):
            continue
        if any(_seq_at(ws, i, k) for k in keys):
            return i
    return None


find_key = _find_key  # the first position in [lo, hi) where one of the keys starts


def conditional_spans(ws: list[Word], lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each «إذا/في حال/لو …» clause: up to a comma, a clause break or «فإن/فقد»."""
    hyp = lex.cues["hypothetical"]
    spans = []
    firsts = _first_words(hyp["conditional"])
    for i in range(len(ws)):
        if firsts is not None and firsts.isdisjoint(ws[i].bset):
            continue
        if not any(_seq_at(ws, i, k) for k in hyp["conditional"]):
            continue
        end = i + 1
        while end < len(ws) and not any(ch in ws[end].gap for ch in SPEECH_BREAK + _CLAUSE_BREAK) and \
                not any(_seq_at(ws, end, k) for k in hyp["consequent"]):
            end += 1
        spans.append((i, end))
    return spans


def _modal(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """A future or modal event: «سينسحبون», «قد تفرض … عقوبات», «سوف»."""
    if modality(ws, h, lex) == "planned":
        return True
    at = _find_key(ws, lex.cues["hypothetical"]["modal"], h.start - MODAL_WINDOW, h.start)
    return at is not None and _clause_clear(ws, at, h.start)


def _may(h: Hit, ws: list[Word]) -> bool:
    """«قد تفرض», «قد يستأنفون»: «قد» then a present-tense verb says what may happen (with a past verb,
    «قد فرضت», it stresses what did); the verb is the trigger or stands between «قد» and it."""
    for at in range(max(0, h.start - MODAL_WINDOW), h.start + 1):
        if ws[at].text == "قد" and at + 1 < len(ws) and at + 1 <= h.start + 1 and \
                ws[at + 1].text[:1] in ("ي", "ت") and _clause_clear(ws, at, h.start):
            return True
    return False


PURPOSE_ADVERBS = frozenset({"احتجاجا", "احتجاجاً"})
STATE_ACTS = frozenset({"SANCTION", "REJECT", "RETREAT", "CONCEDE"})  # acts a «احتجاجاً على» explains
ACT_PURPOSE_REACH = 8  # words from such an act to the adverb of its purpose


def _act_purpose(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«احتجاجاً على …» after a state's sanction or refusal in the same clause says why it acted: no protest of
    its own (a summons «استدعت السفير احتجاجاً» is already one DISAPPROVE)."""
    if h.trigger.type != "PROTEST" or ws[h.start].text not in PURPOSE_ADVERBS:
        return False
    return any(x.trigger.type in STATE_ACTS and x.end <= h.start and h.start - x.end <= ACT_PURPOSE_REACH and
               _clause_clear(ws, x.end - 1, h.start) for x in hits)


GENERIC_REACH = 3  # words from «أي» to a present verb describing the kind it names («أي اعتداء إسرائيلي يستهدف»)


def _generic(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    """«تحسباً لأي هجوم», «هجوم محتمل»: a kind of event, not one that happened; and a present verb describing
    such a kind («سترد على أي اعتداء إسرائيلي يستهدف منشآتها»)."""
    hyp = lex.cues["hypothetical"]
    if h.trigger.pos == "verb" or h.verbal:
        return ws[h.start].text[:1] in ("ي", "ت") and any(
            ws[k].text == g[0] or g[0] in ws[k].bset for k in range(max(0, h.start - GENERIC_REACH), h.start - 1)
            for g in hyp["generic_before"] if len(g) == 1) and \
            not any(ws[k].gap.strip() for k in range(max(1, h.start - GENERIC_REACH), h.start + 1))
    before = h.start > 0 and any(ws[h.start - 1].text == k[0] or k[0] in ws[h.start - 1].bset
                                 for k in hyp["generic_before"] if len(k) == 1)
    return before or _find_key(ws, hyp["generic_after"], h.end, h.end + 1) is not None


def drop_hypothetical(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """Hits that report something real (see the module docstring): conditional, modal and generic ones go."""
    spans = conditional_spans(ws, lex)
    speech = lex.cues["hypothetical"]["speech_types"]
    keep = []
    for h in hits:
        if any(a < h.start < b for a, b in spans):
            continue  # «في حال فشلت المفاوضات»: the condition itself
        if spans and h.trigger.type not in speech and _modal(h, ws, lex):
            continue  # «… قد تفرض واشنطن عقوبات», «سينسحبون في حال …»: the consequence
        if (h.trigger.type not in speech or (h.start > 0 and ws[h.start - 1].text == "قد")) and _may(h, ws):
            continue  # «يرى خبراء أن الصين قد تفرض حصاراً», «قد تطلب تمديد»: «قد» before a present verb is a guess
        if _act_purpose(h, hits, ws):
            continue  # «قطعت كولومبيا علاقاتها مع إسرائيل احتجاجاً على الحرب»: why it cut them, no protest
        if _generic(h, ws, lex):
            continue
        if _threatened_reply(h, hits, ws):
            continue
        keep.append(h)
    return keep


def _threatened_reply(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«حذر … من أن أي اعتداء سيقابل بضربة قوية»: the reply a warning promises, under a future verb."""
    if h.verbal or not h.prefix.startswith("ب") or h.start == 0:
        return False
    prev = ws[h.start - 1].text
    future = len(prev) >= 5 and prev[0] == "س" and prev[1] in "يتن"
    return future and any(x.trigger.type == "THREATEN" and x.start < h.start and _clause_clear(ws, x.start, h.start)
                          for x in hits)


def reported_threats(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """«قال المتحدث إن قواتهم ستستهدف أي سفينة»: a future attack a speaker announces is a THREATEN."""
    hyp = lex.cues["hypothetical"]
    if any(h.trigger.type == "THREATEN" for h in hits):
        return hits
    out = []
    for h in hits:
        if h.trigger.violent and modality(ws, h, lex) == "planned" and ws[h.start].text.startswith("س"):
            verb = _find_key(ws, hyp["report_verbs"], 0, h.start)
            that = None if verb is None else _find_key(ws, hyp["that_words"], verb + 1, h.start)
            if that is not None and _clause_clear(ws, verb, h.start):
                h = Hit(h.start, h.end, replace(h.trigger, id=h.trigger.id + REPORTED_THREAT, type="THREATEN",
                                                mode="military", violent=False), h.prefix, h.verbal)
        out.append(h)
    return out


def _bare(w: Word) -> str:
    """The word without a leading «و»/«ف» conjunction («وتعد» → «تعد»)."""
    return w.text[1:] if w.text[:1] in ("و", "ف") and len(w.text) > 3 else w.text


def _dated_past(h: Hit, ws: list[Word], bg: dict) -> bool:
    """«احتجاجات عام 2022», «زيارة البابا إلى العراق عام 2021», «مفاوضات العام الماضي»: a year names the past."""
    for k in range(h.end, min(len(ws) - 1, h.end + bg.get("year_reach", 0))):
        if any(ws[j].gap.strip() for j in range(h.end, k + 1)):
            return False
        nxt = ws[k + 1].text
        if k > 0 and ws[k - 1].text in bg.get("object_dating_words", ()):
            continue  # «من الاتفاق النووي الموقع عام 2015»: the year dates the treaty, not the withdrawal
        if ws[k].text in bg["year_words"] and ((nxt.isdigit() and len(nxt) == 4) or nxt in bg["past_words"]):
            return not (k > 0 and ws[k - 1].text in bg["since_words"])  # «منذ عام 2009»: a count, not a date
    return False


def _charged(h: Hit, ws: list[Word], bg: dict) -> bool:
    """«أُدين بالمشاركة في احتجاجات», «اعتُقل بتهمة التحريض على التظاهر»: what someone is charged with."""
    reach = bg.get("charge_reach", 0)
    if h.prefix.startswith("و"):  # «… بتورطهم في الجريمة والقبض على عدد منهم»: a conjoined act is news again
        reach = min(reach, CONJOINED_CHARGE_REACH)
    for k in range(max(0, h.start - reach), h.start):
        if ws[k].text in bg.get("charge_words", ()) and not any(ws[j].gap.strip() for j in range(k, h.start)):
            return True
    return _accused_of(h, ws, bg)


def _accused_of(h: Hit, ws: list[Word], bg: dict) -> bool:
    """«ضابط سابق متهم بارتكاب مجازر», «قيادياً … كان مسؤولاً عن تفجيرات»: what someone is accused of or
    answers for (a sentence passed on him, «حكمت على المتهم بقتل زوجته بالسجن», is news)."""
    if h.trigger.frame == "ruling":
        return False
    reach = bg.get("charge_reach", 0)
    if h.prefix.startswith("و"):  # «المشتبه بتورطهم في التفجير والقبض على عدد منهم»: a joined act is news
        reach = min(reach, CONJOINED_CHARGE_REACH)
    for k in range(max(0, h.start - reach), h.start):
        charged = (ws[k].text in bg.get("accused_words", ()) and ws[k + 1].text.startswith("ب") and
                   ws[k + 1].text not in ("بشده", "باشد")) or \
            (ws[k].text in bg.get("responsible_words", ()) and ws[k + 1].text == "عن")
        if charged and not any(ws[j].gap.strip() for j in range(k, h.start)):
            return True
    return False


def _mourned(h: Hit, ws: list[Word], bg: dict) -> bool:
    """«برقية تعزية … بضحايا انفجار ميناء رجائي»: condolences name a loss already reported, not news of it."""
    mourned = bg.get("mourned_words", ())
    at = h.start if ws[h.start].text in mourned else h.start - 1
    if at < 0 or ws[at].text not in mourned or (at < h.start and ws[at].gap.strip()):
        return False
    cond = bg.get("condolence_words", ())
    return any(w.text in cond or _bare(w) in cond for w in ws[:at])


def _since(h: Hit, ws: list[Word], bg: dict) -> bool:
    """«منذ اغتيال الحريري», «منذ اندلاع الحرب»: the event a span is counted from is history, not news."""
    since = bg.get("since_words", ())
    k = h.start - 1
    if k >= 0 and ws[k].text in bg.get("since_onsets", ()):
        k -= 1
    return k >= 0 and _bare(ws[k]) in since and not any(ws[j].gap.strip() for j in range(k, h.start))


def _background(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    bg = lex.cues["background"]
    if not bg:
        return False
    if h.trigger.mode == "discuss" and h.end < len(ws) and ws[h.end].text in bg["meeting_subjects"]:
        return True  # «وتتناول المفاوضات ملفات عدة»: the talks' agenda, described
    if _mourned(h, ws, bg):
        return True
    if h.start > 0 and ws[h.start - 1].text == "عن" and _accused_of(h, ws, bg):
        return True  # «المسؤولين عن قمع المتظاهرين»: after «عن» the verb-shaped word is a noun
    if h.trigger.pos == "verb" or h.verbal or h.start == 0:
        return False
    if h.prefix in ("", "ال") and _since(h, ws, bg):
        return True
    prev = ws[h.start - 1]
    if h.prefix in ("", "ال") and (prev.text in bg["topic_heads"] or _bare(prev) in bg["describing_verbs"]):
        return True
    if h.prefix.startswith("ل") and _bare(prev) in bg["anticipation"]:
        return True
    if h.start >= 2 and prev.text[:1] == "ل" and prev.text[1:] in bg.get("onset_words", ()) and \
            _bare(ws[h.start - 2]) in bg["anticipation"] and not ws[h.start].gap.strip():
        return True  # «تحسباً لاندلاع مواجهات»: what is feared has not happened
    if _charged(h, ws, bg):
        return True
    return _dated_past(h, ws, bg)


def drop_background(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """Hits that are news, not topics or history (see the module docstring)."""
    return [h for h in hits if not _background(h, ws, lex) and not _replied_to(h, hits, ws, lex) and
            not _publication_content(h, hits, ws) and not _prior_cause(h, hits, ws) and
            not _measure_scope(h, hits, ws) and not _against_protesters(h, hits, ws) and
            not _sessions_of_measure(h, hits, ws) and not _released_detainees(h, hits, ws)]


SESSIONS_REACH = 6  # words from a measure («تعليق مشاركة») to the meetings it covers


def _sessions_of_measure(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«تعليق/استئناف مشاركة وفود الحكومة السورية في اجتماعات الجامعة»: the meetings someone is suspended from
    or readmitted to are the measure's scope, no CONSULT of their own."""
    if h.trigger.type != "CONSULT" or h.verbal or h.start < 2:
        return False
    at = next((k for k in range(h.start - 1, max(0, h.start - 4), -1) if ws[k].text == "في"), None)
    if at is None:  # «في جميع أنشطته واجتماعاته»: the «في» may govern a list
        return False
    return any(x.trigger.type != "CONSULT" and x.end <= at and at - x.end <= SESSIONS_REACH and
               any("مشارك" in ws[k].text for k in range(x.start, at)) and
               not any(ws[k].gap.strip() for k in range(x.end, h.start + 1)) for x in hits)


RELATIVES = frozenset({"الذين", "الذي", "التي", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _released_detainees(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«أفرجت السلطات عن المتظاهرين الذين اعتقلوا خلال الاحتجاجات»: how the freed people came to be held is their
    back story; the release is the news."""
    if h.trigger.type != "COERCE" or h.start == 0 or ws[h.start - 1].text not in RELATIVES:
        return False
    return any(x.trigger.type == "CONCEDE" and x.trigger.mode == "release" and x.end <= h.start for x in hits)


def _against_protesters(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«حملة القمع التي تشنها السلطات ضد المحتجين»: protesters something is done against are its target, not a
    protest the sentence reports beside another act."""
    return h.trigger.type == "PROTEST" and not h.verbal and h.start > 0 and ws[h.start - 1].text == "ضد" and \
        any(x.trigger.type != "PROTEST" for x in hits)


MEASURE_REACH = 4  # words from a sanction to the «تستهدف» that says what it covers («عقوبات جديدة ضد روسيا تستهدف»)


def _measure_scope(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«أقر الاتحاد الأوروبي حزمة عقوبات ضد روسيا تستهدف أسطول الظل»: what a sanction «targets» is its scope,
    not a strike."""
    if not h.trigger.violent or not ws[h.start].text.startswith(("ت", "ي")) or h.trigger.id != "target":
        return False
    return any(x.trigger.type == "SANCTION" and x.end <= h.start and h.start - x.end <= MEASURE_REACH and
               not any(ws[k].gap.strip() for k in range(x.end, h.start + 1)) for x in hits)


def _prior_cause(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«جمدت الولايات المتحدة أصول البنك المركزي الأفغاني بعد سيطرة طالبان على كابل», «أفرجت حماس عن الرهينة
    بعد اتصالات مع إدارة ترامب»: a noun after «بعد», behind a verb that reports another kind of act, is what
    came before the news, not news itself."""
    if h.start == 0 or ws[h.start - 1].text != "بعد" or h.prefix not in ("", "ال") or h.trigger.type == "RETREAT":
        # a finite verb never follows a bare «بعد» («بعدما سيطرت»), so «بعد سيطرة» is the noun whatever the entry
        return False  # «نشر الجيش وحداته بعد انسحاب القوات الإسرائيلية»: a withdrawal stays news (blind8-061)
    return any(x.verbal and x.start < h.start and x.trigger.type != h.trigger.type and
               not any(ws[k].gap.strip() for k in range(x.end, h.start)) for x in hits)


PUBLICATIONS = frozenset({"مقالا", "مقالة", "تقريرا", "كتابا", "منشورا", "تدوينه", "تغريده", "رساله", "قصيده",
                          "فيلما", "كاريكاتيرا", "رسما"})


def _publication_content(h: Hit, hits: list[Hit], ws: list[Word]) -> bool:
    """«أغلقت السلطات صحيفة بعد نشرها مقالاً ينتقد المرشد»: what a publication says, told beside another act,
    is its content, not a statement of the day."""
    return h.trigger.type in ("DISAPPROVE", "SUPPORT", "DEMAND") and h.start > 0 and \
        ws[h.start].text[:1] in ("ي", "ت") and ws[h.start - 1].text in PUBLICATIONS and \
        any(x is not h and x.trigger.type != h.trigger.type for x in hits)


REPLY_SUBJECT_REACH = 3  # words from a reply verb to the «على» of what it answers: «ردت موسكو على»


def _replied_to(h: Hit, hits: list[Hit], ws: list[Word], lex: Lexicon) -> bool:
    """«ردت موسكو على العقوبات الأوروبية بحظر دخول …»: what a reply answers («على …») came before; the
    «بـ» act after it is the news."""
    if h.verbal or h.start < 2 or ws[h.start - 1].text != "علي":
        return False
    replies = lex.cues["retaliation_verbs"]
    if not any(ws[k].text.removeprefix("و").removeprefix("ف") in replies
               for k in range(max(0, h.start - 1 - REPLY_SUBJECT_REACH), h.start - 1)):
        return False
    return any(x.start >= h.end and ws[x.start].text.removeprefix("و").startswith("ب") and
               _clause_clear(ws, h.end - 1, x.start)
               for x in hits)


def refusals(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """«لن تتفاوض مع قوات الدعم السريع»: a future «لن» on talks or agreement announces a refusal."""
    ref = lex.cues["refusal"]
    out = []
    for h in hits:
        if h.trigger.type in ref["types"] and h.trigger.mode not in ref["skip_modes"] and h.verbal and \
                h.start > 0 and ws[h.start - 1].text in ref["negators"]:
            h = Hit(h.start, h.end, replace(h.trigger, id=h.trigger.id + REFUSED, type="REJECT", mode="refuse"),
                    h.prefix, h.verbal)
        out.append(h)
    return out


def _as(h: Hit, type_: str) -> Hit:
    return Hit(h.start, h.end, replace(h.trigger, type=type_, mode="complain"), h.prefix)
