"""Boundary repairs for personal and place names after the CRF (last step of ``crf.postprocess``).

Each repair is keyed on a general cue of Arabic news and history prose (a kunya or patronymic word,
a preposition, a regnal ordinal, an honorific, a nisba, a waw between two places); the word lists are
in data/ner_cues.json. 5-fold CV on the cached out-of-fold CRF tags: micro F1 0.7993 → 0.8013
(PERS 0.7884 → 0.7941, LOC 0.8854 → 0.8859), no fold worse; with the place after its head noun and the
spreading of the names found here, 0.8013 → 0.8032 (PERS 0.7964, LOC 0.8884), no fold worse.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.analyze.entities.crf import _NOT_NAMES, _rare_word
from marsad.analyze.entities.features import norm_word
from marsad.eval.ner import spans
from marsad.text.normalize import normalize


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """The word lists of these repairs: normalized, except the raw prepositions and nisba words."""
    from marsad.analyze.entities.lexicon import load_data

    cues = load_data("ner_cues.json")
    out = {k: frozenset(normalize(w) for w in cues[k]) for k in ("kunya_links", "regnal_ordinals", "name_honorifics")}
    out.update({k: frozenset(cues[k]) for k in ("name_edge_words", "nisba_not_names", "nisba_stoppers")})
    out["named_place_heads"] = frozenset(normalize(w) for w in cues.get("named_place_heads", ()))
    return out


def drop_leading_preposition(tokens: list[str], tags: list[str]) -> list[str]:
    """A personal name never begins with a preposition: «الخارجين [على] عثمان», «[وبين] القيصر».

    The CRF sometimes opens a span one word early when the word before the name is short and
    unknown to it; the span then starts at the next word.
    """
    edge = _cues()["name_edge_words"]
    out = list(tags)
    for i in range(len(tokens) - 1):
        if out[i] == "B-PERS" and out[i + 1] == "I-PERS" and tokens[i] in edge:
            out[i], out[i + 1] = "O", "B-PERS"
    return out


def extend_back_over_kunya(tokens: list[str], tags: list[str]) -> list[str]:
    """A kunya or patronymic word right before a personal name begins it: «أبا هريرة», «آل ثاني»;
    after «بن/بنت» the given name before it too: «عائشة بنت أبي بكر», «علي بن موسى الرضا».

    ANERcorp keeps these words inside the name; the CRF often starts the span at the word after them.
    """
    from marsad.analyze.entities.crf import _title

    links, edge = _cues()["kunya_links"], _cues()["name_edge_words"]
    out = list(tags)
    for i in range(1, len(tokens)):
        if out[i] != "B-PERS" or out[i - 1] != "O" or normalize(tokens[i - 1]) not in links:
            continue
        out[i - 1], out[i] = "B-PERS", "I-PERS"
        prev = tokens[i - 2] if i >= 2 else ""
        if normalize(tokens[i - 1]) in ("بن", "بنت") and prev[:1].isalpha() and out[i - 2] == "O" \
                and prev not in _NOT_NAMES and prev not in edge and not _title(prev):
            out[i - 2], out[i - 1] = "B-PERS", "I-PERS"
    return out


_NISBA = re.compile(r"^ال.+ي$")


def kunya_nisba(tokens: list[str], tags: list[str]) -> list[str]:
    """A name that opens with a kunya (أبو/أبي/أبا/ابن) runs on over the nisba after it: «أبو حمزة المصري».

    After a kunya the nisba is how the person is known (ANERcorp keeps it inside), unlike after a full
    name, where a nationality adjective is often a description. Not a relative pronoun («الذي»), and
    not a nisba followed by «الجنسية» or «الأصل» («البريطاني الجنسية» describes).
    """
    cues = _cues()
    out = list(tags)
    n = len(tokens)
    for a, b, typ in spans(tags):
        if typ != "PERS" or b >= n or out[b] != "O" or normalize(tokens[a]) not in ("ابو", "ابي", "ابا", "ابن"):
            continue
        word = tokens[b]
        if _NISBA.match(word) and word not in cues["nisba_not_names"] \
                and not (b + 1 < n and tokens[b + 1] in cues["nisba_stoppers"]):
            out[b] = "I-PERS"
    return out


def regnal_ordinals(tokens: list[str], tags: list[str]) -> list[str]:
    """A one-word personal name followed by a definite ordinal (and «عشر») is a ruler's name: «فرناندو الثالث»,
    «ألفونسو الثالث عشر». Not when a preposition follows, as in a ranking: «محفوظ الثاني على زملائه»."""
    cues = _cues()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if out[i] != "B-PERS" or out[i + 1] != "O" or normalize(tokens[i + 1]) not in cues["regnal_ordinals"]:
            continue
        j = i + 3 if i + 2 < n and out[i + 2] == "O" and tokens[i + 2] == "عشر" else i + 2
        if j < n and tokens[j] in cues["name_edge_words"]:
            continue
        out[i + 1 : j] = ["I-PERS"] * (j - i - 1)
    return out


def honorific_names(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged word right after an honorific («السيد», «الشيخة», «الإمام») is the person when it is a
    given name or a word outside the news vocabulary: «الشيخة حسينة», «الإمام علي», «السيد قو».

    The word must stand alone (untagged neighbours), be indefinite and not start with a clitic
    (و ف ب), so «الملك والشعب» or «الأمام وبطرف» are left alone.
    """
    from marsad.analyze.entities.lexicon import given_names

    cues = _cues()
    names = given_names()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        word = tokens[i + 1]
        norm = normalize(word)
        if out[i] != "O" or out[i + 1] != "O" or (i + 2 < n and out[i + 2] != "O") \
                or normalize(tokens[i]) not in cues["name_honorifics"]:
            continue
        if not word[:1].isalpha() or norm.startswith("ال") or len(norm) < 2 \
                or word in cues["name_edge_words"] or word in _NOT_NAMES:
            continue
        if norm in names or (word[0] not in "وفب" and _rare_word(word)):
            out[i + 1] = "B-PERS"
    return out


def split_coordinated_places(tokens: list[str], tags: list[str]) -> list[str]:
    """Two places joined by «و» are two names: «بريطانيا وفرنسا», «أوروبا وآسيا».

    The CRF sometimes runs one LOC span over the conjunction; a waw-initial word inside a LOC span
    whose rest is a place the KB knows starts a new span («وادي» or «واشنطن» do not split: their rest
    is no place).
    """
    from marsad.analyze.entities.lexicon import gazetteer_words

    gz = gazetteer_words()
    out = list(tags)
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if out[i] != "I-LOC" or tok[:1] != "و" or len(tok) < 4:
            continue
        rest = norm_word(tok)[1:]
        if any(f.startswith("LOC") for f in gz.get(rest, ())):
            out[i] = "B-LOC"
    return out


def place_after_head(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged word outside the news vocabulary right after a place noun is that place's name:
    «في إقليم سيلاكاب», «ساحة كهرمانة», «بين بلدتي الباذان وطلوزة» (a «و» + rare word after it too).

    The CRF knows frequent places; a village, district or square named once is usually unseen, but the
    head noun says what it is. ANERcorp tags only the name, not the head. Common words («منطقة الحدود»,
    «بحيرة السد») and words with a leading «و» are left alone; the head must stand untagged.
    """
    heads = _cues()["named_place_heads"]
    out = list(tags)
    n = len(tokens)

    def free(j: int) -> bool:
        return out[j] == "O" and (j + 1 >= n or not out[j + 1].startswith("I-"))

    for i in range(n - 1):
        word = tokens[i + 1]
        if out[i] != "O" or normalize(tokens[i]) not in heads or not free(i + 1):
            continue
        if not word[:1].isalpha() or word[0] == "و" or len(word) < 3 or word in _NOT_NAMES or not _rare_word(word):
            continue
        out[i + 1] = "B-LOC"
        nxt = tokens[i + 2] if i + 2 < n else ""
        if nxt[:1] == "و" and len(nxt) >= 4 and free(i + 2) and _rare_word(nxt) and _rare_word(nxt[1:]):
            out[i + 2] = "B-LOC"
    return out


def propagate_new_names(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """Repeat the personal names the repairs found (after an honorific, a kunya) over the window, as
    ``crf.propagate`` does for the CRF's own names: «الإمام علي» tags the later bare «علي» of the story.

    ``propagate`` runs before the repairs, so a name only they recognised was never spread. Only new
    PERS spans over untagged words that begin with a letter are kept («907م» is no name).
    """
    from marsad.analyze.entities.crf import propagate

    spread = propagate(sentences, tags)
    out = []
    for words, old, new in zip(sentences, tags, spread, strict=True):
        fixed = list(old)
        for a, b, typ in spans(new):
            if typ == "PERS" and all(t == "O" for t in old[a:b]) and words[a][:1].isalpha():
                fixed[a:b] = new[a:b]
        out.append(fixed)
    return out


def document_repairs(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The repairs of this module for consecutive sentences of one text: per sentence, then propagation."""
    return propagate_new_names(sentences, [name_repairs(s, t) for s, t in zip(sentences, tags, strict=True)])


def name_repairs(tokens: list[str], tags: list[str]) -> list[str]:
    """All the repairs of this module, in order, for one sentence."""
    if "B-PERS" in tags:
        tags = regnal_ordinals(tokens, kunya_nisba(tokens, extend_back_over_kunya(
            tokens, drop_leading_preposition(tokens, tags))))
    tags = honorific_names(tokens, tags)
    if "I-LOC" in tags:
        tags = split_coordinated_places(tokens, tags)
    return place_after_head(tokens, tags)
