"""Third round of personal-name repairs (the very last step of ``crf.postprocess``).

Measured on the cached out-of-fold CRF tags of ANERcorp (5 folds, no fold worse):

* a given name the CRF left out between a title and the family name («الفنان طلعت زكريا» tagged
  «زكريا» only) joins the name: the title says a person's name follows, so the untagged word between it
  and a PERS span is the first word of that name;
* a name given in full once is the same name where the story repeats it with only its tail tagged
  («وكان طلعت زكريا …»): the words before the span join it when together they make a full name tagged
  elsewhere in the window;
* a one-word ORG span of a club named with an everyday noun («النصر» victory, «الوحدة» unity), spread by
  label propagation from a sports item, is dropped in a sentence with no sports word («تحقيق النصر»).

Word lists: the ``names3_*`` keys of data/ner_cues.json (and ``name_honorifics``, ``person_titles``,
``name_edge_words``, ``org_heads``, ``club_nouns`` for the cue and stop words).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from marsad.eval.ner import spans
from marsad.text.normalize import normalize

_NUMBER = re.compile(r"\d+")
_PROCLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")
_CLUB_CLITICS = ("وبال", "ولل", "وال", "بال", "فال", "كال", "لل")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """Normalized word lists of the rules (loaded once)."""
    from marsad.analyze.entities.lexicon import load_data

    d = load_data("ner_cues.json")

    def norm(*keys: str) -> frozenset[str]:
        return frozenset(normalize(w) for k in keys for w in d.get(k, ()))

    return {
        "titles": norm("name_honorifics", "names3_title_cues"),
        "not_given": norm("name_honorifics", "person_titles", "names3_title_cues", "name_edge_words"),
        "clubs": norm("names3_common_clubs"),
        "sport": norm("names3_sport_words"),
        "heads": norm("org_heads", "club_nouns", "club_construct_nouns", "company_heads"),
    }


def _nisba(word: str) -> bool:
    """A definite nationality or origin adjective («المصري», «الأميركية») between a title and a name."""
    return word.startswith("ال") and word.endswith(("ي", "ية")) and len(word) > 4


def _retag(tags: list[str], a: int, b: int, typ: str) -> None:
    """Write the span [a, b) as one entity of type ``typ``."""
    tags[a:b] = ["B-" + typ] + ["I-" + typ] * (b - a - 1)


def _preposition_on_word(word: str) -> bool:
    """True for a preposition or «ف» on an everyday word the news vocabulary knows («بأداء», «لدعم»), which
    ends the phrase of the title («المدرب بأداء صلاح») rather than beginning a name."""
    from marsad.analyze.entities.clusters import clusters

    return len(word) > 3 and word[0] in "بلكف" and normalize(word[1:]) in clusters()


def titled_given_names(words: list[str], tags: list[str]) -> list[str]:
    """«الفنان طلعت زكريا» with «زكريا» tagged: the untagged word between a title and a PERS span joins it.

    The title may be followed by a nationality adjective («الكاتب المصري سلامة موسى»). The joining word
    must be a plain word: not definite, not after «و» (a second person or a title «ومعالي»), not «لل…»,
    not a preposition on an everyday word («بأداء»), not a title, preposition or number. Sports roles are not cues (see the data note).
    """
    lists = _lists()
    out = list(tags)
    for s, e, typ in spans(tags):
        if typ != "PERS" or s < 2 or tags[s - 1] != "O":
            continue
        word = words[s - 1]
        if word.startswith(("ال", "و", "لل")) or not word.isalpha() or len(word) < 2:
            continue
        if normalize(word) in lists["not_given"] or _preposition_on_word(word):
            continue
        cue = normalize(words[s - 2])
        if cue not in lists["titles"] and not (
            s >= 3 and _nisba(words[s - 2]) and normalize(words[s - 3]) in lists["titles"]
        ):
            continue
        _retag(out, s - 1, e, "PERS")
    return out


def full_names_before(sentences: list[list[str]], tags: list[list[str]],
                      half: int | None = None) -> list[list[str]]:
    """A PERS span whose one or two untagged words before it complete a full name tagged within ``half``
    sentences of it («طلعت» + «زكريا» when «طلعت زكريا» is tagged once) is extended over them.

    News names a person in full and then repeats the name; the CRF sometimes tags only the family name
    on the repeats. Only exact full names of two words or more count (light fold). The evidence window is
    centred on each sentence (as in ``propfix``) rather than a fixed block, so a story cut by a block edge
    keeps its full names; on the cached ANERcorp folds the two give the same tags.
    """
    from marsad.analyze.entities.crf import PROPAGATION_WINDOW, propagation_key

    half = PROPAGATION_WINDOW // 2 if half is None else half
    n = len(sentences)
    fulls = [[tuple(propagation_key(w) for w in sentences[k][a:b])
              for a, b, typ in spans(tags[k]) if typ == "PERS" and b - a >= 2] for k in range(n)]
    known: Counter = Counter()
    out = [list(t) for t in tags]
    lo, hi = 0, 0  # the window is sentences [lo, hi)
    for k in range(n):
        while hi < min(n, k + half + 1):
            known.update(fulls[hi])
            hi += 1
        while lo < k - half:
            known.subtract(fulls[lo])
            lo += 1
        if "B-PERS" not in out[k]:
            continue
        words = sentences[k]
        for s, e, typ in spans(list(out[k])):
            if typ != "PERS":
                continue
            key = tuple(propagation_key(w) for w in words[s:e])
            for m in (1, 2):
                if s - m < 0 or any(t != "O" for t in out[k][s - m:s]):
                    break
                if known[tuple(propagation_key(w) for w in words[s - m:s]) + key] > 0:
                    _retag(out[k], s - m, e, "PERS")
                    break
    return out


def _club_stem(word: str) -> str:
    """The definite form of a word with a proclitic before its article («والنصر», «للنصر» → «النصر»)."""
    for clitic in _CLUB_CLITICS:
        if word.startswith(clitic):
            return "ال" + word[len(clitic):]
    return word


def _sports_sentence(words: list[str], sport: frozenset[str]) -> bool:
    """True when a word begins with a sports word, after its proclitics («بفوزه», «واللاعبين»; not «مكاسب»
    for «كأس»), or the sentence has a score «2 - 1»."""
    for word in words:
        plain = normalize(word)
        bare = _PROCLITICS.sub("", plain)
        if any(plain.startswith(cue) or bare.startswith(cue) for cue in sport):
            return True
    return any(_NUMBER.fullmatch(words[i]) and words[i + 1] == "-" and words[i + 2] != ""
               for i in range(len(words) - 2))


def everyday_club_names(words: list[str], tags: list[str]) -> list[str]:
    """A one-word ORG span of a club named with an everyday noun («تحقيق النصر», «الوحدة الوطنية» spread
    from a sports story) is O in a sentence with no sports word, unless an outlet or team noun names it
    («نادي النصر», «صحيفة الاتحاد»)."""
    lists = _lists()
    if "B-ORG" not in tags or _sports_sentence(words, lists["sport"]):
        return tags
    out = list(tags)
    for a, b, typ in spans(tags):
        if (typ == "ORG" and b - a == 1 and normalize(_club_stem(words[a])) in lists["clubs"]
                and not (a and normalize(words[a - 1]) in lists["heads"])):
            out[a] = "O"
    return out


def names3_repairs(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The repairs of this module, in order (the last step of ``crf.postprocess``)."""
    titled = [titled_given_names(s, t) if "B-PERS" in t else t for s, t in zip(sentences, tags, strict=True)]
    named = full_names_before(sentences, titled)
    return [everyday_club_names(s, t) for s, t in zip(sentences, named, strict=True)]
