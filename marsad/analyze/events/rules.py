"""Sentence-level rules that decide which triggers report events of their own.

- circumstance: «خلال اقتحام», «عقب الاحتجاجات», «خلال زيارة» set the scene for the
  sentence's main event and are not reported again as events when another event is there;
- purpose: «للمطالبة», «لاستهداف», «لبحث» (a «لـ» verbal noun) name an aim, not a fact;
- complements: what a verbal act is about — «طالبت … بالانسحاب», «هدد بشن عملية»,
  «أدانت الغارات», «فتحت تحقيقاً في قصف», «وافقت على تبادل الأسرى», «بحثا الحرب في سوريا» —
  is not a second event;
- a street protest swallows the demands and rejections its marchers voice;
- a state's «احتجاج» beside a summons or condemnation is a DISAPPROVE, not a PROTEST;
- a crime the authorities act on (seizure, sanction) is coded as their act;
- what a protest is about («احتجاجاً على اعتقال …») is not a second event.
"""

from __future__ import annotations

from marsad.analyze.events.detect import Context, Hit
from marsad.analyze.events.lexicon import Lexicon
from marsad.analyze.events.morph import Word

_CLAUSE_BREAK = ".:;؛!?؟"
NOMINAL_WINDOW = 5  # words a verbal noun («الموافقة», «مطالبة») governs, against 12 for a verb


def _clause_clear(ws: list[Word], a: int, b: int) -> bool:
    return not any(any(ch in ws[k].gap for ch in _CLAUSE_BREAK) for k in range(a + 1, min(b, len(ws) - 1) + 1))


def _circumstantial(h: Hit, ws: list[Word], lex: Lexicon) -> bool:
    if h.trigger.pos == "verb" or h.start == 0:
        return False
    prev = ws[h.start - 1]
    if h.start > 1 and (ws[h.start - 2].text, prev.text) in lex.cues["circumstance_pairs"]:
        return True  # «على وقع الاحتجاجات», «في ظل الحرب»
    return prev.text in lex.cues["circumstance"] or (h.start > 1 and prev.text == "في" and
                                                    ws[h.start - 2].text in lex.cues["circumstance"])


def _purpose(h: Hit, ws: list[Word]) -> bool:
    p = h.prefix.replace("و", "").replace("ف", "")
    return h.trigger.pos == "noun" and p.startswith("ل") and p not in ("ال",)


def prune(hits: list[Hit], ws: list[Word], lex: Lexicon, sctx: Context) -> list[Hit]:
    """Hits that report events of their own (see the module docstring)."""
    if len(hits) < 2:
        return hits
    types = {h.trigger.type for h in hits}
    keep = []
    for h in hits:
        others = any(x.trigger.type != h.trigger.type for x in hits if x is not h)
        if others and (_circumstantial(h, ws, lex) or _purpose(h, ws)):
            continue
        keep.append(h)
    hits = keep or hits
    gov = lex.cues["governors"]
    gov_types, window = set(gov["types"]), gov["window"]
    gov_modes = set(gov.get("modes", ()))  # «بحث الرئيسان … الحرب في سوريا»: what talks are about
    dropped: set[int] = set()
    for g in hits:
        if (g.trigger.type not in gov_types and g.trigger.mode not in gov_modes) or id(g) in dropped:
            continue
        for h in hits:
            if h is g or h.trigger.type == g.trigger.type or id(h) in dropped:
                continue
            nominal = g.trigger.pos == "noun" and not g.verbal
            reach = NOMINAL_WINDOW if nominal else window
            if not (g.end <= h.start <= g.end + reach) or not _clause_clear(ws, g.end - 1, h.start):
                continue
            if nominal and any(ws[k].gap for k in range(g.end, h.start + 1)):
                continue  # a noun's complement does not cross a comma
            if h.start == g.end and h.trigger.type == "PROTEST" and g.trigger.pos == "verb":
                continue  # «طالب المتظاهرون»: the subject, not the content
            if h.trigger.pos == "verb" and h.prefix in ("و", "ف") and not nominal:
                continue  # «أدانت الهجوم ودعت إلى …»: a second clause with its own verb, not the content
            dropped.add(id(h))
    purpose = [w.i for w in ws if w.text in lex.cues["purpose_governors"]]
    for h in hits:  # «تظاهروا احتجاجاً على اعتقال …», «للمطالبة بالإفراج عن …»: what a protest is about
        if any(p < h.start <= p + window and _clause_clear(ws, p, h.start) for p in purpose) and \
                any(x.trigger.type != h.trigger.type for x in hits):
            dropped.add(id(h))
    hits = [h for h in hits if id(h) not in dropped] or hits
    types = {h.trigger.type for h in hits}
    crowd = bool(sctx.bases & lex.cues["crowd_sources"])
    if "PROTEST" in types and "DISAPPROVE" in types and not crowd:
        hits = [h if h.trigger.type != "PROTEST" else _as(h, "DISAPPROVE") for h in hits]
        types.discard("PROTEST")
    if "PROTEST" in types:
        hits = [h for h in hits if h.trigger.type not in lex.cues["protest_swallows"]]
    types = {h.trigger.type for h in hits}
    if "CRIME" in types and types & {"COERCE", "SANCTION", "INVESTIGATE", "DISAPPROVE", "CONCEDE", "AGREE"}:
        hits = [h for h in hits if h.trigger.type != "CRIME"]
    if "CRIME" in types and "DEMAND" in types:
        hits = [h for h in hits if h.trigger.type != "DEMAND"]
    return hits


def _as(h: Hit, type_: str) -> Hit:
    from dataclasses import replace

    return Hit(h.start, h.end, replace(h.trigger, type=type_, mode="complain"), h.prefix)
