"""Self-harm is no attack: «أطلق النار على نفسه», «انتحر بطعن نفسه» hurt no one else.

A violent trigger whose object is a reflexive («نفسه», «أنفسهم») is dropped, so neither the
speaker nor the place becomes a target. A suicide bombing («فجّر انتحاري نفسه في سوق مزدحم»,
«… عند حاجز للجيش») is an attack on others when a scene follows that is not the attacker's own
(«داخل منزله» is) or when others are reported killed. Word lists: ``cues.json`` → ``self_harm``.
"""

from __future__ import annotations

from marsad.analyze.events.detect import Hit
from marsad.analyze.events.lexicon import Lexicon
from marsad.analyze.events.morph import Word

OWN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
CLAUSE_BREAK = "،,.:;؛"
SCENE_REACH = 5  # words from the reflexive to the scene word, past a time phrase («قبيل ظهر الاثنين»)


def _reflexive_at(h: Hit, ws: list[Word], cfg: dict) -> int | None:
    """Index of a reflexive object within reach after the trigger, in the same clause."""
    for k in range(h.end, min(len(ws), h.end + cfg["reach"])):
        if k > h.end and any(ch in ws[k].gap for ch in CLAUSE_BREAK):
            return None
        if ws[k].text in cfg["reflexives"]:
            return k
    return None


def _emphatic(r: int, ws: list[Word], cfg: dict, preps: frozenset[str]) -> bool:
    """«في المنزل نفسه»: «the same» after a noun in a prepositional phrase, or «قتل الجنود أنفسهم
    مدنيين»: «themselves» stressing a definite subject that has an object after it."""
    prev = ws[r - 1] if r else None
    if prev is None or not prev.text.startswith(("ال", "بال", "لل", "وال", "كال")):
        return False
    if not prev.text.startswith("ال") or (r >= 2 and ws[r - 2].text in preps):
        return True
    if r + 1 >= len(ws):
        return False
    nxt = ws[r + 1]
    return not nxt.gap.strip() and nxt.text not in cfg["scene_words"] and not nxt.text.startswith(("ب", "ل", "و", "ف"))


def _owned(w: Word) -> bool:
    """«منزله», «سيارتها»: a noun carrying a possessive pronoun."""
    return len(w.text) > 3 and w.text.endswith(OWN_SUFFIXES)


def _outward(r: int, ws: list[Word], others: list[Hit], cfg: dict) -> bool:
    """A scene not the attacker's own after the reflexive, or other casualties: an attack on others."""
    for k in range(r + 1, min(len(ws) - 1, r + 1 + SCENE_REACH)):
        if any(ch in ws[k].gap for ch in CLAUSE_BREAK):
            break
        if ws[k].text in cfg["scene_words"]:  # «فجر نفسه قبيل ظهر الاثنين في حدائق المركز»
            return not _owned(ws[k + 1])
    return any(x.trigger.casualty and x.start > r and not _owned(ws[x.start]) for x in others)


def drop_self_harm(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """Hits without the violent triggers whose object is the actor himself."""
    cfg = lex.cues["self_harm"]
    if not cfg["reflexives"] or not any(w.text in cfg["reflexives"] for w in ws):
        return hits
    drop: set[int] = set()
    for h in hits:
        if h.trigger.id not in cfg["triggers"]:
            continue
        r = _reflexive_at(h, ws, cfg)
        if r is None or _emphatic(r, ws, cfg, lex.cues["preps"]):
            continue
        others = [x for x in hits if x is not h and x.trigger.violent]
        if h.trigger.id in cfg["outward_triggers"] and _outward(r, ws, others, cfg):
            continue
        drop.add(id(h))
        drop.update(id(x) for x in others if h.start <= x.start < r)  # «فجر انتحاري نفسه»: the bomber word
    return [h for h in hits if id(h) not in drop]
