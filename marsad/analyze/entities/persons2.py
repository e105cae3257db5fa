"""Personal-name repairs keyed on lists, given names and titles (last step of ``crf.postprocess``).

Arts, sports and politics stories list people («بطولة نور الشريف ومعالي زايد وتوفيق عبدالحميد»), give a
first name the CRF does not join to the family name it did tag, or put two unseen words after a title
(«الممثلة كيت بيكنسيل»). The word lists are under the ``persons2_*`` keys of data/ner_cues.json.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.entities.crf import _NOT_NAMES, _rare_word
from marsad.analyze.entities.namefix import propagate_new_names
from marsad.text.normalize import normalize

_PUNCT = frozenset(",،.;؛:!؟?)(«»\"'-")
# Object and possessive pronouns and future prefixes mark a verb or a noun with a pronoun («أحرزها»,
# «مرشحها», «ستبعد»), never a first name.
_SUFFIXES = ("ه", "ها", "هم", "هن", "كم", "نا")
_VERB_PREFIXES = ("سي", "ست", "سن")


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """Normalized word lists of this module (and the shared edge words and honorifics)."""
    from marsad.analyze.entities.lexicon import load_data

    cues = load_data("ner_cues.json")
    keys = ("name_edge_words", "name_honorifics", "person_titles", "persons2_not_given", "persons2_list_stops",
            "persons2_speech_verbs", "persons2_speech_complements")
    return {k: frozenset(normalize(w) for w in cues.get(k, ())) for k in keys}


@lru_cache(maxsize=1)
def _raw_edge_words() -> frozenset[str]:
    """Prepositions as written, with «علي», the usual Egyptian spelling of «على» (so too ambiguous a given
    name to begin a name before a tagged one: «تغلب علي بغداديس»)."""
    from marsad.analyze.entities.lexicon import load_data

    words = set(load_data("ner_cues.json").get("name_edge_words", ()))
    return frozenset(words | {"و" + w for w in words} | {"علي", "وعلي"})


def _given(word: str) -> bool:
    """A common given name (data/given_names.txt) that is not also an everyday word in the news."""
    from marsad.analyze.entities.lexicon import given_names

    norm = normalize(word)
    return norm in given_names() and norm not in _cues()["persons2_not_given"]


def _unseen(word: str) -> bool:
    """An indefinite word outside the news vocabulary with no proclitic: the shape of an uncommon first name
    («طلعت», «سميحة») rather than of an everyday word."""
    norm = normalize(word)
    return word.isalpha() and word[0] not in "وفبلك" and len(norm) >= 3 and not norm.startswith("ال") \
        and not norm.endswith(_SUFFIXES) and not norm.startswith(_VERB_PREFIXES) \
        and word not in _NOT_NAMES and _rare_word(word)


def _wa_given(word: str) -> bool:
    """«و» + a given name: the conjunction in a list of people («وطارق», «وغادة»)."""
    return len(word) >= 4 and word[0] == "و" and _given(word[1:])


def _name_word(word: str) -> bool:
    """A word that can end a personal name in a list: a letter-initial word, not a clitic-led conjunct, no
    preposition or list word («وغيرهم», «وآخرين»)."""
    norm = normalize(word)
    cues = _cues()
    return word[:1].isalpha() and word[0] != "و" and len(norm) >= 2 and word not in _NOT_NAMES \
        and norm not in cues["name_edge_words"] and norm not in cues["persons2_list_stops"]


def _list_edge(tokens: list[str], tags: list[str], j: int) -> bool:
    """Position ``j`` closes a list item: the end, punctuation, or another «و» + name item."""
    if j >= len(tokens):
        return True
    tok = tokens[j]
    return tok in _PUNCT or (tok[:1] == "و" and len(tok) >= 3)


def _after_full_name(tokens: list[str], tags: list[str], i: int) -> bool:
    """A PERS span of two or more words ends right before ``i`` (or before a comma there): the list gives
    people in full, so the next item is a full name too («وائل القباني وطارق السيد»)."""
    j = i - 1
    if j >= 0 and tokens[j] in ("،", ","):
        j -= 1
    return j >= 1 and tags[j] == "I-PERS"


def complete_listed_names(tokens: list[str], tags: list[str]) -> list[str]:
    """A one-word «و» + given name tagged PERS takes the untagged word after it when the list goes on:
    «وعزت جدوع وعماد ناصر», «وأحمد مظهر وشادية».

    In lists of players or cast members the CRF often tags only the first name of a conjunct; the next
    word is the family name when the item ends right after it (punctuation, the end, or the next
    «و» + name item).
    """
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if out[i] != "B-PERS" or out[i + 1] != "O" or tokens[i][:1] != "و" or len(tokens[i]) < 4:
            continue
        if not (_wa_given(tokens[i]) or _after_full_name(tokens, out, i)):
            continue
        if _name_word(tokens[i + 1]) and _list_edge(tokens, out, i + 2):
            out[i + 1] = "I-PERS"
    return out


def prepend_given_names(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged given name right before a PERS span begins it: «طلعت زكريا», «وغادة عادل».

    The CRF often tags an uncommon family name and leaves the first name before it («سلامة موسى»). The
    word must be a given name (bare or after «و») and the word before it must not itself be an untagged
    given name (then the two are more likely a separate phrase).
    """
    out = list(tags)
    for a in range(1, len(tokens)):
        if out[a] != "B-PERS" or out[a - 1] != "O":
            continue
        prev = tokens[a - 1]
        if prev in _raw_edge_words() or tokens[a][:1] == "و":
            continue
        b = a + 1
        while b < len(out) and out[b] == "I-PERS":
            b += 1
        if not (_given(prev) or _wa_given(prev) or (b - a <= 2 and tokens[a][:1] not in "لب" and not normalize(tokens[a]).startswith("ال")
                                                         and _unseen(prev))):
            continue
        out[a - 1] = "B-PERS"
        out[a] = "I-PERS"
    return out


def names_after_speech_verbs(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged unseen word between a verb of saying and what was said is the speaker:
    «وأشار السقاف إلى أن …», «وقال كينيون : …».

    Follow-up sentences name the speaker by the family name alone, often a name the CRF never saw.
    The word must be outside the news vocabulary (bare or after «ال»), stand alone, and be followed by
    a complement of saying (``persons2_speech_complements``: «إن», «أن», «إلى», «:», a quote).
    """
    cues = _cues()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 2):
        word = tokens[i + 1]
        if out[i] != "O" or out[i + 1] != "O" or normalize(tokens[i]) not in cues["persons2_speech_verbs"]:
            continue
        if normalize(tokens[i + 2]) not in cues["persons2_speech_complements"] and tokens[i + 2] not in _PUNCT:
            continue
        bare = word[2:] if normalize(word).startswith("ال") else word
        if word.isalpha() and len(bare) >= 3 and bare[0] not in "وفبلك" and word not in _NOT_NAMES \
                and not bare.endswith(("ون", "ين", "ات")) and _rare_word(word) and _rare_word(bare):
            out[i + 1] = "B-PERS"
    return out


def persons2_repairs(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """All the repairs of this module for consecutive sentences of one text."""
    out = []
    for s, t in zip(sentences, tags, strict=True):
        t = names_after_speech_verbs(s, t)
        if "B-PERS" in t:
            t = prepend_given_names(s, complete_listed_names(s, t))
        out.append(t)
    return propagate_new_names(sentences, out)
