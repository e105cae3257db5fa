"""Third round of precision repairs (the very last step of ``crf.postprocess``).

Three narrow repairs of spans that reach over words which cannot be part of a name in Arabic news prose,
measured on the cached out-of-fold CRF tags of ANERcorp (5 folds, no fold worse):

* a month after a day number is a date («18 نيسان», «13 رجب»), not the brand or given name it doubles as;
* an indefinite accusative word (tanween «إصلاحياً», or a bare «ـا» added to a common noun or adjective:
  «برنامجا», «شارحا») never ends a name: Arabic names are definite or diptote, so such a word is the
  object or the «حال» after the name («قدم الفنان عزت أبو عوف برنامجا»);
* a definite epithet before a given name («المخضرم يوسف روسي», «الفلكي عبدالعزيز …») describes the person
  and is not part of the name; names that do begin with «ال» are given names themselves («الحسن»,
  «الحسين» — «حسن» is a given name) or a Latin name spelled with «ال» («اليكس»), which the news
  vocabulary does not know.

Word lists: the ``precision3_*`` keys of data/ner_cues.json; the vocabulary is that of the word clusters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.eval.ner import spans
from marsad.text.normalize import normalize

_DAY = re.compile(r"[وف]?\d{1,2}")


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Normalized month names (Gregorian series and Hijri months)."""
    from marsad.analyze.entities.lexicon import load_data

    return frozenset(normalize(w) for w in load_data("ner_cues.json").get("precision3_months", ()))


def _retag(tags: list[str], a: int, b: int, typ: str) -> None:
    """Write the span [a, b) as one entity of type ``typ`` (nothing when it is empty)."""
    if b > a:
        tags[a:b] = ["B-" + typ] + ["I-" + typ] * (b - a - 1)


def dated_months(words: list[str], tags: list[str]) -> list[str]:
    """A one-word entity that is a month name right after a day number («في 18 نيسان 1955») is a date: O."""
    out = list(tags)
    months = _months()
    for a, b, _typ in spans(tags):
        if b - a == 1 and a and _DAY.fullmatch(words[a - 1]) and normalize(words[a]) in months:
            out[a] = "O"
    return out


def _accusative(word: str) -> bool:
    """True for an indefinite accusative common word: tanween («لوناً»), or a bare final «ا» on a word the
    news vocabulary knows both with and without it («برنامجا» / «برنامج»), that is not a given name, not a
    known place or name of the gazetteer («كوريا», «فيكتوريا») and not definite («المهنا»)."""
    if word.endswith("ً"):
        return True
    if len(word) < 4 or not word.endswith("ا") or word.startswith(("ال", "و")):
        return False
    from marsad.analyze.entities.clusters import clusters
    from marsad.analyze.entities.lexicon import gazetteer_words, given_names

    key = normalize(word)
    vocab = clusters()
    return key not in given_names() and key not in gazetteer_words() and key in vocab \
        and normalize(word[:-1]) in vocab


def trim_accusative_tail(words: list[str], tags: list[str]) -> list[str]:
    """Drop indefinite accusative words from the end of a span of two or more words (see ``_accusative``)."""
    out = list(tags)
    for a, b, typ in spans(tags):
        end = b
        while end - a >= 2 and _accusative(words[end - 1]):
            end -= 1
        if end < b:
            out[a:b] = ["O"] * (b - a)
            _retag(out, a, end, typ)
    return out


def trim_leading_epithet(words: list[str], tags: list[str]) -> list[str]:
    """Drop a definite epithet («المخضرم», «الواعد», «الفلكي») from the front of a personal name when the
    next word is a given name. The epithet must be an everyday word of the news vocabulary and neither it
    nor its bare form a given name, so «الحسن بن علي» and «اليكس فيرغسون» keep their first word."""
    from marsad.analyze.entities.clusters import clusters
    from marsad.analyze.entities.lexicon import given_names

    out = list(tags)
    names = given_names()
    vocab = clusters()
    for a, b, typ in spans(tags):
        if typ != "PERS" or b - a < 2 or not words[a].startswith("ال"):
            continue
        first = normalize(words[a])
        if first in vocab and first not in names and normalize(words[a][2:]) not in names \
                and normalize(words[a + 1]) in names:
            out[a] = "O"
            _retag(out, a + 1, b, typ)
    return out


def precision3_repairs(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """Apply this module's repairs to every sentence of a document."""
    return [trim_leading_epithet(s, trim_accusative_tail(s, dated_months(s, t)))
            for s, t in zip(sentences, tags, strict=True)]
