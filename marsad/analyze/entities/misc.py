"""Two MISC rules run after the CRF, with word lists in ``data/misc_cues.json``.

Currency names after an amount are MISC («مليون شيكل», «500 درهم», «آلاف فرنك»), as ANERcorp tags them.

The CRF knows the frequent currencies (دولار: 107 MISC in the training data) but takes a rarer
one for a place or a person (شيكل as LOC in a whole story). After a number or a quantity word
the word can only be the currency. Definite forms («مليارات الدولارات») stay as tagged: ANERcorp
leaves the generic plural untagged.

A short quoted title right after a work noun is the work's name: «فيلم « حلم »», «رواية " قشتمر "».
The CRF sees the quote marks but not what they enclose (a title is any words); the noun says
a title follows. Only untagged words are changed.

A tournament word followed by a year names one edition, MISC: «مونديال 2006», «مونديال1998» (run on).
The CRF tags «المونديال» and misses the year form, whose second word is a number. 5-fold CV on the
same out-of-fold CRF tags: MISC 0.6382 → 0.6422, micro per fold +0.0013/+0.0004/0/0/−0.0002 (the one
loss: a gold «مونديال 2006» left untagged).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.analyze.entities.features import norm_word, strip_clitics
from marsad.analyze.entities.lexicon import load_data
from marsad.text.normalize import normalize


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(currency forms, quantity words, work nouns), normalized; currencies and work nouns also clitic-stripped."""
    d = load_data("misc_cues.json")
    cur = {normalize(w) for w in d["currencies"]} | {strip_clitics(normalize(w)) for w in d["currencies"]}
    works = {strip_clitics(normalize(w)) for w in d["work_nouns"]}
    return frozenset(cur), frozenset(normalize(w) for w in d["quantity_words"]), frozenset(works)


def _amount(tok: str) -> bool:
    """True for a number (1500, 2,5) or a quantity word (مليون، آلاف، مليارات)."""
    if tok.replace(",", "").replace(".", "").replace("٬", "").isdigit():
        return True
    qty = _words()[1]
    norm = norm_word(tok)
    return norm in qty or strip_clitics(norm) in qty


def _definite(norm: str) -> bool:
    return norm.startswith("ال") or norm[1:3] == "ال"


def tag_currencies(tokens: list[str], tags: list[str]) -> list[str]:
    """Tags with each indefinite currency word right after an amount as a one-word MISC entity.

    Only an untagged word or a one-word entity is retagged: «ريال مدريد» stays a club.
    """
    cur = _words()[0]
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        norm = norm_word(tokens[i])
        if (norm not in cur and strip_clitics(norm) not in cur) or _definite(norm) or not _amount(tokens[i - 1]):
            continue
        t = out[i]
        if t == "O" or (t.startswith("B-") and (i + 1 == n or out[i + 1] != "I-" + t[2:])):
            out[i] = "B-MISC"
    return out


QUOTES = {'"': '"', "«": "»", "'": "'", "“": "”"}  # opening mark → closing mark
MAX_TITLE = 4  # words between the quote marks


def tag_quoted_works(tokens: list[str], tags: list[str]) -> list[str]:
    """Tags with a quoted run of up to MAX_TITLE untagged words after a work noun as one MISC entity."""
    works = _words()[2]
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        close = QUOTES.get(tokens[i])
        if close is None or strip_clitics(norm_word(tokens[i - 1])) not in works:
            continue
        for j in range(i + 2, min(n, i + MAX_TITLE + 2)):
            if tokens[j] == close:
                if all(t == "O" for t in out[i + 1 : j]):
                    out[i + 1 : j] = ["B-MISC"] + ["I-MISC"] * (j - i - 2)
                break
    return out


_YEAR = re.compile(r"(19|20)\d\d$")


@lru_cache(maxsize=1)
def _year_events() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_data("misc_cues.json")["year_events"])


def tag_dated_events(tokens: list[str], tags: list[str]) -> list[str]:
    """Tags with an untagged «مونديال» + year («مونديال 2010», «بمونديال1998») as one MISC entity."""
    events = _year_events()
    out = list(tags)
    n = len(tokens)
    for i in range(n):
        if out[i] != "O":
            continue
        word = norm_word(tokens[i])
        if word[:1] in "وبل" and not any(word.startswith(e) for e in events):
            word = word[1:]
        head = next((e for e in events if word.startswith(e)), None)
        if head is None:
            continue
        rest = word[len(head):]
        if rest and _YEAR.match(rest):
            out[i] = "B-MISC"
        elif not rest and i + 1 < n and out[i + 1] == "O" and _YEAR.match(tokens[i + 1]):
            out[i : i + 2] = ["B-MISC", "I-MISC"]
    return out


@lru_cache(maxsize=1)
def _named_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(venue nouns, storm nouns, chapter nouns), normalized."""
    d = load_data("misc_cues.json")
    return tuple(frozenset(norm_word(w) for w in d[k]) for k in ("venue_nouns", "storm_nouns", "chapter_nouns"))


def _is_head(tok: str, heads: frozenset[str]) -> bool:
    word = norm_word(tok)
    return word in heads or (word[:1] in "وبلف" and word[1:] in heads)


def tag_named_after_heads(tokens: list[str], tags: list[str]) -> list[str]:
    """Names that follow a stadium, airport, storm or Quran-chapter noun are MISC, the noun outside.

    The CRF reads «مطار جون كنيدي» as a person and «ملعب فيسر», «الإعصار كاترينا» as nothing; ANERcorp
    tags such venues and storms MISC. After a venue noun: a quoted run (whatever the CRF made of it:
    «استاد " سلتيك بارك "»), a PERS span, or an untagged indefinite word outside the news vocabulary.
    After a storm noun (and an optional adjective, «العاصفة الاستوائية»): a PERS span or such a rare word.
    After «سورة»: the untagged word or quoted run. A venue named after a city stays LOC («مطار دمشق»).
    5-fold CV on the cached out-of-fold CRF tags: micro +0.0005/+0.0008/+0.0017/+0.0005/+0.0029,
    MISC 0.6422 → 0.6554 (of 18 changed spans 16 right; the two wrong are quoted names ANERcorp tags otherwise).
    """
    from marsad.analyze.entities.crf import _rare_word

    venues, storms, chapters = _named_heads()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if out[i] != "O":
            continue
        venue, storm, chapter = (_is_head(tokens[i], h) for h in (venues, storms, chapters))
        if not (venue or storm or chapter):
            continue
        j = i + 1
        if storm and out[j] == "O" and tokens[j].startswith("ال") and tokens[j].endswith(("ي", "ية")) and j + 1 < n:
            j += 1
        close = QUOTES.get(tokens[j])
        if close is not None:
            if venue or chapter:
                for e in range(j + 2, min(n, j + MAX_TITLE + 2)):
                    if tokens[e] == close:
                        out[j + 1 : e] = ["B-MISC"] + ["I-MISC"] * (e - j - 2)
                        break
            continue
        if out[j] == "B-PERS" and not chapter:
            e = j + 1
            while e < n and out[e] == "I-PERS":
                e += 1
            out[j:e] = ["B-MISC"] + ["I-MISC"] * (e - j - 1)
        elif out[j] == "O" and tokens[j][:1].isalpha() and (
                chapter or (not tokens[j].startswith("ال") and _rare_word(tokens[j]))):
            out[j] = "B-MISC"
    return out


@lru_cache(maxsize=1)
def _numbered_events() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """(event phrases as normalized word tuples, ordinals), normalized."""
    d = load_data("misc_cues.json")
    return (frozenset(tuple(normalize(w) for w in p.split()) for p in d["numbered_events"]),
            frozenset(normalize(w) for w in d["event_ordinals"]))


def _definite_stem(word: str) -> str:
    """A definite word without one proclitic before its «ال»: «كالحرب» → «الحرب», «للحرب» → «الحرب»."""
    if word.startswith("لل"):
        return "ا" + word[1:]
    if word[:1] in "وبكلف" and word[1:3] == "ال":
        return word[1:]
    return word


def tag_numbered_events(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged event phrase with its ordinal is one MISC entity: «الحرب العالمية الثانية», «بالحرب العالمية الأولى».

    The CRF learnt the first world war and leaves the second untagged; the ordinal says a single named event
    is meant (ANERcorp tags it MISC with the ordinal in 6 of its 10 untagged-by-CRF cases). 5-fold CV on the
    cached out-of-fold CRF tags: micro +0.0004/0/−0.0005/+0.0016/0, MISC 0.6554 → 0.6589 (10 spans, 6 right;
    the 4 wrong are the same phrase left O by the annotators).
    """
    phrases, ordinals = _numbered_events()
    out = list(tags)
    n = len(tokens)
    for i in range(n):
        if out[i] != "O":
            continue
        for phrase in phrases:
            e = i + len(phrase)
            if e >= n or any(t != "O" for t in out[i : e + 1]) or normalize(tokens[e]) not in ordinals:
                continue
            words = (_definite_stem(normalize(tokens[i])), *(normalize(w) for w in tokens[i + 1 : e]))
            if words == phrase:
                out[i : e + 1] = ["B-MISC"] + ["I-MISC"] * (e - i)
                break
    return out
