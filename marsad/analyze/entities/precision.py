"""Repairs against spans of the wrong type or extent (the very last step of ``crf.postprocess``).

The earlier repairs mostly add names the CRF missed; these fix what it tags wrongly, each keyed on a
general cue of Arabic news prose with its word list in data/ner_cues.json («precision_about»):
a landmark house of worship named by its adjective is MISC, a club prefix makes its span ORG,
«شبه جزيرة» opens one place name with what follows it, and a one- or two-letter ORG token outside
quote marks is a particle or a stray letter of an agency code, not a name, and a title tagged as a place
right before a personal name describes the person.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.entities.features import norm_word, strip_clitics
from marsad.eval.ner import spans
from marsad.text.normalize import normalize

_QUOTES = frozenset('"«»\'“”')


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """The normalized word lists of these repairs."""
    from marsad.analyze.entities.lexicon import load_data

    cues = load_data("ner_cues.json")
    return {k: frozenset(normalize(w) for w in cues.get(k, ())) for k in ("landmark_heads", "club_prefixes")}


@lru_cache(maxsize=1)
def _peninsula_words() -> tuple[str, str]:
    """(«شبه», «جزيرة») normalized, in order."""
    from marsad.analyze.entities.lexicon import load_data

    first, island = load_data("ner_cues.json")["peninsula_words"]
    return normalize(first), normalize(island)


def _bare(tok: str) -> str:
    """The word without a leading «و» (and its hamza/alef forms folded): «وأولمبيك» → «اولمبيك»."""
    norm = norm_word(tok)
    return norm[1:] if norm.startswith("و") and len(norm) > 3 else norm


def _landmark(tok: str) -> bool:
    """True for a definite landmark noun, bare or with a clitic: «المسجد», «بالمسجد», «للمسجد»."""
    norm = norm_word(tok)
    heads = _cues()["landmark_heads"]
    if norm.startswith("لل"):
        norm = "ال" + norm[2:]
    for pre in ("", "و", "ب", "ف", "ك", "وب", "فب"):
        if norm.startswith(pre) and norm[len(pre):] in heads:
            return True
    return False


def landmarks_as_misc(tokens: list[str], tags: list[str]) -> list[str]:
    """A tagged span opened by a definite house of worship («المسجد الأقصى», «بالمسجد الأموي») is MISC.

    ANERcorp types these landmark names MISC; the CRF reads them as places (they stand after «في»).
    The indefinite «مسجد + name» is left to ``org_after_heads`` (an ORG in ANERcorp).
    """
    out = list(tags)
    for a, b, typ in spans(tags):
        if typ != "MISC" and b - a >= 2 and _landmark(tokens[a]):
            out[a:b] = ["B-MISC"] + ["I-MISC"] * (b - a - 1)
    return out


def club_prefix_orgs(tokens: list[str], tags: list[str]) -> list[str]:
    """A span opened by a club prefix («دينامو كييف», «وأولمبيك خريبكة») is one ORG name.

    The CRF reads the foreign prefix as a given name and the city after it as a surname or a place;
    the prefix only ever opens a club's name. A prefix tagged alone (or untagged) right before a
    place span joins it into one ORG.
    """
    prefixes = _cues()["club_prefixes"]
    out = list(tags)
    n = len(tokens)
    for i in range(n):
        if _bare(tokens[i]) not in prefixes or (out[i].startswith("I-")):
            continue
        end = i + 1
        while end < n and out[end].startswith("I-"):
            end += 1
        if end == i + 1 and end < n and out[end] == "B-LOC":
            end += 1
            while end < n and out[end] == "I-LOC":
                end += 1
        if end > i + 1:
            out[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
    return out


def peninsulas(tokens: list[str], tags: list[str]) -> list[str]:
    """«شبه» + «(ال)جزيرة» + a place name or adjective is one place: «شبه الجزيرة العربية», «شبه جزيرة القرم».

    The CRF tags «شبه» (a common word, "semi-") alone and the rest as a second place, or leaves the
    middle out; ANERcorp tags the whole phrase as one LOC. The span runs over the tagged words after
    «جزيرة», or one definite adjective or name when none is tagged.
    """
    first, island = _peninsula_words()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if _bare(tokens[i]) != first and norm_word(tokens[i]) != first:
            continue
        if strip_clitics(norm_word(tokens[i + 1])) != island:
            continue
        if out[i] == "O" and out[i + 1] == "O":
            continue  # neither word was read as a name: «شبه جزيرة» as a common description
        end = i + 2
        if end < n and out[end] != "O":
            end += 1
            while end < n and out[end].startswith("I-"):
                end += 1
        elif end < n and norm_word(tokens[end]).startswith("ال") and tokens[end][:1].isalpha():
            end += 1
        out[i:end] = ["B-LOC"] + ["I-LOC"] * (end - i - 1)
    return out


def short_org_tokens(tokens: list[str], tags: list[str]) -> list[str]:
    """A one-word ORG span of one or two Arabic letters outside quote marks is dropped («أم», «بي», «اف»);
    a Latin acronym («UN», «EU») is kept.

    Such a token is a particle («أم» or, «بي» with me) or a stray letter of an agency code; a real
    two-letter outlet name («" صن "») stands between quote marks.
    """
    out = list(tags)
    for a, b, typ in spans(tags):
        if (typ != "ORG" or b - a != 1 or len(tokens[a]) > 2 or not tokens[a].isalpha()
                or tokens[a].isascii()):
            continue
        if a and tokens[a - 1] in _QUOTES and b < len(tokens) and tokens[b] in _QUOTES:
            continue
        out[a] = "O"
    return out


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles and honorifics that stand before a personal name (``person_titles``, ``name_honorifics``)."""
    from marsad.analyze.entities.lexicon import load_data

    cues = load_data("ner_cues.json")
    return frozenset(normalize(w) for k in ("person_titles", "name_honorifics") for w in cues.get(k, ()))


def titles_before_names(tokens: list[str], tags: list[str]) -> list[str]:
    """A one-word place or organization that is a title right before a personal name is no entity:
    «الصحابي [الجليل] سعد بن أبي وقاص».

    The CRF takes a title it saw as a name elsewhere («الجليل», Galilee) for a place; right before
    a personal name it describes the person. A PERS span is left alone (other repairs decide there).
    """
    titles = _titles()
    out = list(tags)
    for a, b, typ in spans(tags):
        if typ in ("LOC", "ORG", "MISC") and b - a == 1 and b < len(tokens) and tags[b] == "B-PERS" \
                and norm_word(tokens[a]) in titles:
            out[a] = "O"
    return out


def precision_repairs(tokens: list[str], tags: list[str]) -> list[str]:
    """All the repairs of this module on one sentence."""
    return titles_before_names(tokens, short_org_tokens(tokens, peninsulas(
        tokens, club_prefix_orgs(tokens, landmarks_as_misc(tokens, tags)))))
