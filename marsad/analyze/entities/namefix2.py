"""Name repairs keyed on a head word or a list, after ``namefix`` (last step of ``crf.postprocess``).

History, culture and opinion pieces name dynasties, realms and people the CRF never saw; the word before
the name (a ruler's title, «أسرة», «تدعى») or the list it stands in says what it is. The word lists are in
data/ner_cues.json. 5-fold CV on the cached out-of-fold CRF tags: see ``document_repairs``.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.entities.crf import _NOT_NAMES, _rare_word
from marsad.text.normalize import normalize


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """Normalized head word → the type of the name after it (ruler's title → LOC, dynasty/naming → PERS)."""
    from marsad.analyze.entities.lexicon import load_data

    cues = load_data("ner_cues.json")
    out = {normalize(w): "LOC" for w in cues.get("ruler_place_heads", ())}
    out.update({normalize(w): "PERS" for w in (*cues.get("dynasty_heads", ()), *cues.get("called_name_cues", ()))})
    return out


def _free(tags: list[str], i: int) -> bool:
    """Word ``i`` is untagged and no span continues into the word after it."""
    return tags[i] == "O" and (i + 1 >= len(tags) or not tags[i + 1].startswith("I-"))


def _unfamiliar(word: str) -> bool:
    """An indefinite word outside the news vocabulary, not opening with a proclitic (و ف ب ل): the shape of
    a foreign or rare name («أراجون», «يوان»), not of an everyday word («الفقيد», «كبيرة», «وزوجته»)."""
    norm = normalize(word)
    return word[:1].isalpha() and word[0] not in "وفبل" and len(norm) >= 2 and not norm.startswith("ال") \
        and word not in _NOT_NAMES and _rare_word(word)


def named_after_head(tokens: list[str], tags: list[str]) -> list[str]:
    """An unfamiliar word right after a ruler's title is the realm (LOC: «ملك أراجون»); after «أسرة» a
    dynasty and after «تدعى/المدعو» a person (PERS: «أسرة يوان», «شابة تدعى جنجر»). After the PERS heads
    a given name counts too, and the name runs on over further unfamiliar words («أسرة مينغ»)."""
    from marsad.analyze.entities.lexicon import given_names

    heads = _heads()
    names = given_names()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        typ = heads.get(normalize(tokens[i]))
        if typ is None or out[i] != "O" or not _free(out, i + 1):
            continue
        word = tokens[i + 1]
        given = typ == "PERS" and word[:1].isalpha() and normalize(word) in names
        if not (given or _unfamiliar(word)):
            continue
        out[i + 1] = "B-" + typ
        j = i + 2
        while typ == "PERS" and j < n and j - i <= 3 and _free(out, j) and _unfamiliar(tokens[j]):
            out[j] = "I-PERS"
            j += 1
    return out


_OBJECT_SUFFIXES = ("ها", "هم", "هما", "هن", "وا", "نا", "كم")


def coordinated_places(tokens: list[str], tags: list[str]) -> list[str]:
    """In a list of places, a «و» + unfamiliar word after a place is one more place: «نيسابور، وسبزوار
    وشيروان وطبس», «وأفغانستان، وتركمنستان».

    The place before must itself stand in a list (open with «و» or follow a comma), and the word after
    the «و» must be outside the news vocabulary with and without it; verbs with an object pronoun
    («واحتلتها», «ونزلوا») are skipped, as the clusters miss many inflected verbs.
    """
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        word = tokens[i]
        if word[:1] != "و" or len(word) < 4 or not _free(out, i):
            continue
        j = i - 1
        if tokens[j] in ("،", ",") and j > 0:
            j -= 1
        if out[j] not in ("B-LOC", "I-LOC"):
            continue
        a = j
        while a > 0 and out[a].startswith("I-"):
            a -= 1
        listed = tokens[a][:1] == "و" or (a > 0 and tokens[a - 1] in ("،", ","))
        rest = word[1:]
        if listed and not rest.endswith(_OBJECT_SUFFIXES) and _rare_word(word) and _rare_word(rest):
            out[i] = "B-LOC"
    return out


def document_repairs(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The repairs of this module for consecutive sentences of one text."""
    return [coordinated_places(s, named_after_head(s, t)) for s, t in zip(sentences, tags, strict=True)]
