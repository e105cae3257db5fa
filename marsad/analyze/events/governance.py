"""Domestic-politics readings of trigger hits (round 48).

«انسحب وزراء حزب الله وحركة أمل من جلسة مجلس الوزراء احتجاجاً»: ministers or deputies leaving a session walk
out in protest; no troops withdraw.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.analyze.events.detect import Hit
from marsad.analyze.events.lexicon import Lexicon
from marsad.analyze.events.morph import Word

BREAK = ".:;؛!?؟،,"


def _left_room(h: Hit, ws: list[Word], cues: dict) -> bool:
    """«من جلسة/اجتماع/قاعة» follows the withdrawal verb within its clause."""
    for k in range(h.end, min(len(ws) - 1, h.end + cues["walkout_reach"])):
        if k > h.end and any(ch in ws[k].gap for ch in BREAK):
            return False
        if ws[k].text in cues["walkout_from"] and ws[k + 1].bset & cues["walkout_rooms"]:
            return True
    return False


def walkouts(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """A verbal withdrawal «من جلسة …» is a walkout: PROTEST by the subject."""
    cues = lex.cues["governance"]
    out = []
    for h in hits:
        if h.trigger.type == "RETREAT" and h.verbal and _left_room(h, ws, cues):
            h = Hit(h.start, h.end, replace(h.trigger, id=h.trigger.id + "~walkout", type="PROTEST", mode="walkout",
                                            frame="protest", need=()), h.prefix, h.verbal)
        out.append(h)
    return out


def _preposition_before(h: Hit, ws: list[Word], cues: dict) -> bool:
    """«قبل استقالة الحكومة»: with nothing between, «قبل» is the preposition «before», not «accepted»."""
    return h.trigger.id in cues["before_trigger_ids"] and h.end - h.start == 2 and ws[h.start].text in cues["before_words"]


def _warned_of(h: Hit, ws: list[Word], cues: dict) -> bool:
    """A verbal noun right after «من» that a warning («تحذير … من», «حذر … من») governs in the same clause."""
    if h.verbal or h.start < 2 or ws[h.start - 1].text not in cues["warn_from"]:
        return False
    for k in range(h.start - 2, max(-1, h.start - 2 - cues["warn_reach"]), -1):
        if ws[k].bset & cues["warn_words"]:
            return True
        if any(ch in ws[k + 1].gap for ch in BREAK):
            return False
    return False


def _pundit_at(ws: list[Word], cues: dict) -> int | None:
    """Where «يتوقع مراقبون», «يرى محللون» opens a forecast or opinion, if anywhere."""
    for i, w in enumerate(ws):
        if w.text in cues["opinion_verbs"] and any(ws[j].text in cues["pundits"] for j in
                                                   range(i + 1, min(len(ws), i + 1 + cues["pundit_reach"]))):
            return i
    return None


def governance(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """Walkouts retyped; «قبل + noun» prepositions, warned-of acts and pundits' forecasts dropped."""
    cues = lex.cues["governance"]
    pundit = _pundit_at(ws, cues)
    return [h for h in walkouts(hits, ws, lex) if not _preposition_before(h, ws, cues) and
            not _warned_of(h, ws, cues) and not (pundit is not None and h.start > pundit)]
