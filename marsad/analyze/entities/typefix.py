"""Type repairs of place and person spans that name an organization (the very last step of ``crf.postprocess``).

A place name often names something else in news text, and ANERcorp types it by what it names:

* after the noun of an institution named after its place («سجن أبو غريب», «مدرسة بوداي», «متحف
  قوانغتشو») the place name is the institution's name, ORG (only the name is tagged, as for «نادي X»);
  hospitals, ports and airports keep their place type (the corpus tags them LOC);
* in a fixture line «A ( بلد ) - B ( بلد )» the names before the bracketed countries are clubs, ORG,
  even when they are cities («بريمن») or look like personal names;
* the untagged foreign word right after «ضيفه / مضيفه» (his guest, his host) is the opposing club.

Word lists: the ``typefix_*`` keys of data/ner_cues.json.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.eval.ner import spans
from marsad.text.normalize import normalize

_CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """Normalized word lists of the rules (loaded once)."""
    from marsad.analyze.entities.lexicon import load_data

    d = load_data("ner_cues.json")
    return {k: frozenset(normalize(w) for w in d.get("typefix_" + k, ()))
            for k in ("place_institution_heads", "host_words")}


def _retag(tags: list[str], a: int, b: int, typ: str) -> None:
    """Write the span [a, b) as one entity of type ``typ``."""
    tags[a:b] = ["B-" + typ] + ["I-" + typ] * (b - a - 1)


def _bare(word: str) -> str:
    """The normalized word without a leading conjunction or preposition («بسجن» → «سجن»)."""
    plain = normalize(word)
    for clitic in _CLITICS:
        if plain.startswith(clitic) and len(plain) - len(clitic) >= 3:
            return plain[len(clitic):]
    return plain


def institutions_named_after_places(words: list[str], tags: list[str]) -> list[str]:
    """«سجن أبو غريب», «مدرسة بوداي»: a LOC span right after an untagged institution noun becomes ORG."""
    heads = _lists()["place_institution_heads"]
    out = list(tags)
    for a, b, typ in spans(tags):
        if typ == "LOC" and a and tags[a - 1] == "O" and (
                normalize(words[a - 1]) in heads or _bare(words[a - 1]) in heads):
            _retag(out, a, b, "ORG")
    return out


def _country_in_brackets(words: list[str], tags: list[str], i: int) -> int:
    """The index after «( بلد )» starting at ``i`` (a one-word LOC in brackets), or -1."""
    if i + 2 < len(words) and words[i] == "(" and tags[i + 1] == "B-LOC" and words[i + 2] == ")":
        return i + 3
    return -1


def fixture_clubs(words: list[str], tags: list[str]) -> list[str]:
    """«فيردر بريمن ( ألمانيا ) - تشلسي ( إنجلترا )»: the PERS/LOC spans before each bracketed country of a
    fixture (two such teams joined by «-» or side by side) are clubs, ORG."""
    if "(" not in words:
        return tags
    teams = {(a, b): typ for a, b, typ in spans(tags)}
    pairs: list[tuple[int, int]] = []
    for (a, b) in teams:
        after = _country_in_brackets(words, tags, b)
        if after < 0:
            continue
        nxt = after + 1 if after < len(words) and words[after] == "-" else after
        for (c, d) in teams:
            if c == nxt and _country_in_brackets(words, tags, d) > 0:
                pairs.append((a, b))
                pairs.append((c, d))
    out = list(tags)
    for a, b in pairs:
        if teams[(a, b)] in ("PERS", "LOC"):
            _retag(out, a, b, "ORG")
    return out


def host_clubs(words: list[str], tags: list[str]) -> list[str]:
    """«تغلب نيوكاسل على ضيفه ويجان»: an untagged word outside the news vocabulary right after «ضيفه/مضيفه» is
    the opposing club, ORG."""
    from marsad.analyze.entities.crf import _rare_word

    hosts = _lists()["host_words"]
    out = list(tags)
    for i in range(len(words) - 1):
        word = words[i + 1]
        if normalize(words[i]) in hosts and tags[i + 1] == "O" and word.isalpha() and len(word) >= 3 \
                and (i + 2 >= len(tags) or not tags[i + 2].startswith("I-")) \
                and _rare_word(word):
            out[i + 1] = "B-ORG"
    return out


def typefix_repairs(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The repairs of this module, sentence by sentence (the last step of ``crf.postprocess``)."""
    return [host_clubs(s, fixture_clubs(s, institutions_named_after_places(s, t)))
            for s, t in zip(sentences, tags, strict=True)]
