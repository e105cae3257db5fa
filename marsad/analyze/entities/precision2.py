"""Second round of repairs against spans of the wrong type or extent (the very last step of ``crf.postprocess``).

Each repair is keyed on a layout or word-list cue of Arabic news prose (lists in data/ner_cues.json under
«precision2_about»), not on particular names: the CRF types a name from the words around it, and some
layouts (a table of match results) or agreement patterns say more about the type than those words do.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.entities.features import norm_word
from marsad.eval.ner import spans

_STOPS = frozenset({"-", "–", ":", "،", ",", ".", "(", ")", '"', "«", "»"})


@lru_cache(maxsize=1)
def _score_words() -> frozenset[str]:
    """The words for a goal count beside the digits («صفر»)."""
    from marsad.analyze.entities.lexicon import load_data

    return frozenset(load_data("ner_cues.json").get("result_score_words", ()))


def _score(tok: str) -> bool:
    """A goal count in a result line: «2», «صفر»."""
    return tok.isdigit() or tok in _score_words()


def _bracket_place(tokens: list[str], tags: list[str], i: int) -> int:
    """End (index of «)») of a «( place )» group opening at ``i``, or -1."""
    n = len(tokens)
    if i + 2 >= n or tokens[i] != "(" or tags[i + 1] != "B-LOC":
        return -1
    j = i + 2
    while j < n and tags[j] == "I-LOC":
        j += 1
    return j if j < n and tokens[j] == ")" else -1


def _left_team(tokens: list[str], tags: list[str], end: int, limit: int = 3) -> int:
    """Start of the club name that ends right before ``end`` in «… النتائج ايك اثينا ( اليونان )».

    The word before the bracket is always the name; the name runs back over the rest of its tagged
    span and over untagged indefinite words («ايك»), and stops at a definite untagged word (a heading
    such as «المجموعة الثامنة»), at punctuation or a score, or after ``limit`` words.
    """
    start = end - 1
    if start < 0 or tokens[start] in _STOPS or _score(tokens[start]):
        return -1
    while start > 0 and end - start < limit:
        prev, tag = tokens[start - 1], tags[start - 1]
        if prev in _STOPS or _score(prev):
            break
        if tags[start].startswith("I-") and tag != "O":
            start -= 1
            continue
        if tag == "O" and not prev.startswith("ال"):
            start -= 1
            continue
        break
    return start


def fixture_table_clubs(tokens: list[str], tags: list[str]) -> list[str]:
    """In a result line «سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك ) 1 - صفر» both names are clubs (ORG).

    Sports pages list results as two «name ( country )» groups joined by a dash and followed by the
    score. The CRF types the club from the name alone (a city as a place, an unseen name as a person
    or nothing); the layout says club whatever the name. ``crf.clubs_in_fixture_lists`` retypes the
    places only; this repair also tags untagged and person-typed names, but only in a line with the score.
    """
    n = len(tokens)
    out = list(tags)
    for i in range(n):
        close1 = _bracket_place(tokens, tags, i)
        if close1 < 0 or close1 + 2 >= n or tokens[close1 + 1] not in ("-", "–"):
            continue
        j = close1 + 2
        k = j
        while k < n and k - j < 4 and tokens[k] != "(" and tokens[k] not in _STOPS and not _score(tokens[k]):
            k += 1
        if k == j or k >= n:
            continue
        close2 = _bracket_place(tokens, tags, k)
        if close2 < 0 or close2 + 1 >= n or not _score(tokens[close2 + 1]):
            continue
        left = _left_team(tokens, tags, i)
        for a, b in ((left, i), (j, k)):
            if a < 0:
                continue
            out[a:b] = ["B-ORG"] + ["I-ORG"] * (b - a - 1)
            if b < n and out[b].startswith("I-"):
                out[b] = "B-" + out[b][2:]
    return out


_NISBA_ENDINGS = ("يه", "ية", "ي")


@lru_cache(maxsize=4096)
def city_nisba(tok: str) -> bool:
    """True for the definite adjective of a town named by a one-word place name: «الفاسي» (فاس),
    «التطواني» (تطوان), «الوجدية» (وجدة); False for a country's adjective («الإسباني»), for the
    compass and generic adjectives («الجنوبية», «الدولي», «الإسلامية»: their stems are no one-word
    place names in the gazetteer) and when no knowledge base is loaded."""
    from marsad.analyze.entities.lexicon import adjective_country, gazetteer_words, get_kb_safe

    norm = norm_word(tok)
    if not norm.startswith("ال"):
        return False
    stem = norm[2:]
    for suf in _NISBA_ENDINGS:
        if stem.endswith(suf):
            stem = stem[: -len(suf)]
            break
    else:
        return False
    kb = get_kb_safe()
    if len(stem) < 3 or kb is None or adjective_country(kb, norm) is not None:
        return False
    gaz = gazetteer_words()
    return any("LOC_1" in gaz.get(form, ()) for form in (stem, stem + "ه", stem + "اء"))


def place_with_town_adjective(tokens: list[str], tags: list[str]) -> list[str]:
    """A place followed by the adjective of another town is a club: «المغرب الفاسي», «للمغرب التطواني».

    A place is not described by the adjective of a different town, but clubs are named that way
    (the Moroccan, Algerian and Tunisian leagues above all: name + the adjective of the club's town).
    The CRF tags the country as a place and the adjective as a surname or nothing; the pair is one ORG.
    Country adjectives («برشلونة الإسباني») and compass or generic adjectives («أوروبا الغربية»,
    «مطار دبي الدولي») are left alone.
    """
    out = list(tags)
    n = len(tokens)
    for a, b, typ in spans(tags):
        if typ != "LOC" or b >= n or out[b] not in ("O", "B-PERS") or (b + 1 < n and out[b + 1] == "I-PERS"):
            continue
        if norm_word(tokens[b])[2:].startswith(norm_word(tokens[b - 1]).removeprefix("ال")[:3]):
            continue  # the place's own adjective
        if city_nisba(tokens[b]):
            out[a : b + 1] = ["B-ORG"] + ["I-ORG"] * (b - a)
    return out


def precision2_repairs(tokens: list[str], tags: list[str]) -> list[str]:
    """All the repairs of this module on one sentence."""
    if "B-LOC" in tags:
        tags = place_with_town_adjective(tokens, tags)
    return fixture_table_clubs(tokens, tags) if "(" in tokens else tags
