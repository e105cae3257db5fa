"""Events a sentence only names as a topic or as the content of unconfirmed reports.

«اجتمع ممثلو إيران وفرنسا وبريطانيا وألمانيا لبحث الملف النووي وآلية إعادة فرض العقوبات»: the sanctions are what
the meeting is about, not sanctions imposed; «لم يصدر أي تعليق من أنقرة على التقارير التي تحدثت عن توغل بري
تركي»: the incursion is what unconfirmed reports tell of, and the sentence reports only that nobody commented.
"""

from __future__ import annotations

from marsad.analyze.events.detect import Hit
from marsad.analyze.events.lexicon import Lexicon
from marsad.analyze.events.morph import Word

BREAK = ".:;؛!?؟،,"
CHARGE_REACH = 10  # words from a sanction or arrest to the «تتهمها بـ» clause on its object
REPORT_REACH = 5  # words from «التقارير» to the event noun («التي تحدثت عن [اعتراض] …»)
COMMENT_REACH = 3  # words from «لم» to «تعليق» («لم يصدر أي تعليق»)


def _clear(ws: list[Word], a: int, b: int) -> bool:
    """No punctuation between words ``a`` and ``b``."""
    return not any(ch in ws[k].gap for k in range(a + 1, b + 1) for ch in BREAK)


def _talks_topic(h: Hit, hits: list[Hit], ws: list[Word], cues: dict) -> bool:
    """A nominal act after «لبحث/لمناقشة» that follows a meeting is what the meeting is about."""
    if h.verbal or h.trigger.type == "CONSULT":
        return False
    for k in range(max(0, h.start - cues["reach"]), h.start):
        if ws[k].text in cues["purpose_words"] and _clear(ws, k, h.start) and \
                any(x.trigger.type == "CONSULT" and x.end <= k for x in hits):
            return True
    return False


def _no_comment(ws: list[Word], cues: dict) -> bool:
    """The sentence says someone gave no comment («لم يصدر أي تعليق», «لم تعلق», «رفض التعليق»)."""
    return any(w.text in cues["comment_words"] and
               any(ws[j].text in cues["no_comment_neg"] for j in range(max(0, i - COMMENT_REACH), i))
               for i, w in enumerate(ws))


def _reported_content(h: Hit, ws: list[Word], cues: dict) -> bool:
    """A nominal event told of by «التقارير (التي) تحدثت عن …»."""
    if h.verbal:
        return False
    for k in range(max(0, h.start - REPORT_REACH), h.start):
        if ws[k].text in cues["report_nouns"] and _clear(ws, k, h.start) and \
                any(ws[j].text in cues["report_verbs"] for j in range(k + 1, h.start)):
            return True
    return False


def _measure_charge(h: Hit, hits: list[Hit], ws: list[Word], cues: dict) -> bool:
    """«فرضت الخزانة عقوبات على شبكة تتهمها بتهريب النفط»: an accusing verb in a relative clause on the object of
    a sanction or arrest gives the measure's reason, not a second event."""
    if ws[h.start].text not in cues["charge_verbs"]:
        return False
    return any(x.trigger.type in cues["measure_types"] and x.end <= h.start <= x.end + CHARGE_REACH and
               _clear(ws, x.end - 1, h.start) for x in hits)


AIM_GAP = 2  # words between an effort word and its reaching word («الجهود المبذولة للتوصل»)


def _aimed_at(h: Hit, ws: list[Word], cues: dict) -> bool:
    """«جهود التوصل إلى وقف لإطلاق النار»: a nominal act that efforts are made to reach has not happened yet."""
    if h.verbal or "aim_words" not in cues:
        return False
    for k in range(max(0, h.start - cues["aim_reach"]), h.start):
        if ws[k].text in cues["aim_reach_words"] and _clear(ws, k, h.start) and \
                any(ws[j].text in cues["aim_words"] and _clear(ws, j, k) for j in range(max(0, k - AIM_GAP - 1), k)):
            return True
    return False


def drop_topics(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """Hits that are news, not the topic of talks or the content of uncommented reports (see the module doc)."""
    cues = lex.cues.get("talks_topics")
    if not cues or not hits:
        return hits
    silent = _no_comment(ws, cues)
    return [h for h in hits if not _talks_topic(h, hits, ws, cues) and
            not (silent and _reported_content(h, ws, cues)) and not _measure_charge(h, hits, ws, cues) and not _aimed_at(h, ws, cues)]
