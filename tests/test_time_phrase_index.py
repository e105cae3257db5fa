"""The indexed phrase scan of the page cues (perf round 10) finds what trying every phrase found."""

from __future__ import annotations

from marsad.analyze.time.cues import page_cues
from marsad.analyze.time.publish import _match_phrase, _phrase_index, _phrases_at, _start_positions
from marsad.text.normalize import normalize

# Own sentences: an obituary with a proclitic on the cue words, and a Kuwaiti national-day report.
TEXTS = [
    "توفي الفنان المصري صباح اليوم عن عمر ناهز 84 عاما بعد صراع مع المرض وكان الراحل قد ولد في القاهرة عام 1941",
    "احتفلت الكويت اليوم بالعيد الوطني الـ63 وبذكرى يوم التحرير الـ33 وسط مشاركة شعبية واسعة في العاصمة",
    "وولد اللاعب في الرياض عام 1990 ومن مواليد الحي نفسه عدد من نجوم المنتخب",
]


def _naive(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    return [i for i, ph in enumerate(phrases) if _match_phrase(words, k, ph)]


def test_indexed_scan_matches_every_phrase_tried() -> None:
    cues = page_cues()
    tables = [cues.age_words, cues.birth, tuple(e[1] for e in cues.ordinal_days)]
    for text in TEXTS:
        words = normalize(text).split()
        for phrases in tables:
            index = _phrase_index(phrases)
            starts = set(_start_positions(words, index))
            for k in range(len(words)):
                naive = _naive(words, k, phrases)
                assert _phrases_at(words, k, phrases, index) == naive
                assert not naive or k in starts


def test_obituary_and_ordinal_cues_are_found() -> None:
    cues = page_cues()
    words = normalize(TEXTS[0]).split()
    hits = [cues.age_words[i[0]] for k in range(len(words)) if (i := _phrases_at(words, k, cues.age_words,
                                                                                   _phrase_index(cues.age_words)))]
    assert hits and hits[0][:2] == ("عن", "عمر")
    phrases = tuple(e[1] for e in cues.ordinal_days)
    words = normalize(TEXTS[1]).split()
    assert _start_positions(words, _phrase_index(phrases))  # «بالعيد الوطني» behind its proclitic
