"""Statements that judge an attack instead of reporting it.

«وصف رئيس الوزراء العراقي الضربات الأمريكية بأنها اعتداء سافر», «قال بري إن الاعتداءات الإسرائيلية تمثل خرقاً
لاتفاق وقف إطلاق النار»: the attack is only named as the thing being judged; what the sentence reports is the
speaker's disapproval of whoever attacked, so the attack noun yields to a DISAPPROVE on the speaking verb.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.analyze.events.detect import Hit
from marsad.analyze.events.lexicon import Lexicon
from marsad.analyze.events.morph import Word

DESCRIBE_REACH = 14  # words from «وصف» to «بأنها», past a long subject and the attack it names
PREDICATE_REACH = 8  # words from the attack noun to «تمثل/تشكل/تهدد», past its nisbas and «على الجنوب»
SPEECH_REACH = 14  # words from «قال» to the attack noun, past the speaker and «في تصريح صحفي اليوم»


def _blame_at(ws: list[Word], k: int, blame: frozenset[str]) -> bool:
    return any(not blame.isdisjoint(w.bset) for w in ws[k:k + 2])


def _condemnation(lex: Lexicon) -> object:
    trig = next(t for t in lex.triggers if t.id == "condemn")
    return replace(trig, id="condemn_judged")


def judged_attacks(hits: list[Hit], ws: list[Word], lex: Lexicon) -> list[Hit]:
    """Turn attack nouns that a speaker judges into his DISAPPROVE (see the module doc)."""
    cues = lex.cues["judged_attacks"]
    if not any(h.trigger.violent and not h.verbal for h in hits):
        return hits
    out = list(hits)
    found: list[tuple[int, int, int]] = []  # (speaking verb, attack start, judgement end)
    for i, w in enumerate(ws):
        if w.text not in cues["describe_verbs"]:
            continue
        link = next((k for k in range(i + 1, min(len(ws), i + DESCRIBE_REACH)) if ws[k].text in cues["links"]), None)
        if link is not None and _blame_at(ws, link + 1, cues["blame"]):
            found.append((i, i + 1, link + 3))
    for h in hits:
        if not h.trigger.violent or h.verbal:
            continue
        pred = next((k for k in range(h.end, min(len(ws), h.end + PREDICATE_REACH)) if ws[k].text in cues["predicates"]),
                    None)
        if pred is None or not (ws[pred].text in cues["harm_verbs"] or _blame_at(ws, pred + 1, cues["blame"])):
            continue
        speech = next((k for k in range(h.start - 1, max(-1, h.start - SPEECH_REACH), -1)
                       if ws[k].text in cues["speech_verbs"]), None)
        if speech is not None and any(ws[k].text in cues["that"] for k in range(speech + 1, h.start)):
            found.append((speech, h.start, pred + 3))
    if not found:
        return hits
    trig = _condemnation(lex)
    for verb, a, b in found:
        out = [h for h in out if not (a <= h.start < b and (h.trigger.violent or h.trigger.type == "THREATEN"))]
        if not any(h.start == verb for h in out):
            out.append(Hit(verb, verb + 1, trig, "", True))  # type: ignore[arg-type]
    return sorted(out, key=lambda h: h.start)
