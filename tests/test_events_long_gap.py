"""The long «*» gap of a trigger form tests each skipped word once (perf round 10); matches are unchanged."""

from __future__ import annotations

from marsad.analyze.events.detect import LONG_GAP, MAX_GAP, _phrase_word, match_key
from marsad.analyze.events.lexicon import get_lexicon
from marsad.analyze.events.morph import words

# Own sentences: a long subject between the verb and its preposition, one cut by a relative clause,
# one cut by punctuation, and a short gap.
SENTENCES = [
    "سيطرت فصائل المعارضة المسلحة بقيادة هيئة تحرير الشام على بلدة جديدة",
    "سيطرت فصائل المعارضة السورية المسلحة المدعومة من تركيا على بلدة جديدة",
    "سيطرت فصائل المعارضة المسلحة التي تقاتل منذ سنوات على بلدة جديدة",
    "سيطرت فصائل المعارضة المسلحة في ريف حمص الشمالي، بعد معارك عنيفة، على بلدة جديدة",
    "أطلق جنود الاحتلال النار على متظاهرين قرب الحدود",
]


def _reference(ws, i, key, breaks=None):  # noqa: ANN001, ANN202 - the scan before the change, kept to compare
    j, k, n = i + 1, 1, len(ws)
    while k < len(key):
        if key[k] == "*":
            nxt = key[k + 1]
            reach = LONG_GAP if breaks is not None else MAX_GAP
            for gap in range(0, reach + 1):
                if j + gap >= n or ws[j + gap].gap and any(ch in ws[j + gap].gap for ch in ".:;؛!?؟"):
                    break
                if nxt in ws[j + gap].bset:
                    j += gap
                    break
                if gap >= MAX_GAP and (breaks is None or not all(_phrase_word(w, breaks) for w in ws[j:j + gap + 1])):
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


def test_long_gap_scan_matches_the_reference() -> None:
    breaks = get_lexicon().cues["gap_breaks"]
    keys = [("سيطر", "*", "علي"), ("سيطرت", "*", "علي"), ("اطلق", "*", "النار"), ("اطلق", "*", "علي")]
    found = []
    for text in SENTENCES:
        ws = words(text)
        for key in keys:
            for br in (None, breaks):
                got = match_key(ws, 0, key, br)
                assert got == _reference(ws, 0, key, br)
                found.append(got)
    assert 9 in found  # the long subject «فصائل المعارضة المسلحة بقيادة هيئة تحرير الشام» is crossed
