"""Grammatical case of a word from its ending, to tell subjects from objects.

Arabic news is verb-first, and word order alone does not say who did what: in «اغتال
مسلحون مجهولون صحفياً» the nominative plural «‑ون» marks the subject and the tanween fath
of «صحفياً» the object. Nominative: sound plurals in «‑ون», duals in «‑ان», construct
plurals in «‑و», and a written damma/dammatan; oblique (accusative or genitive): «‑ين»,
construct «‑ي» of a known plural, tanween fath «‑اً» after a consonant, and a written
fatha/kasra. «‑ا» before a definite word is a construct dual («وزيرا الخارجية»):
nominative. An ending the word owns («قانون», «ميليشيا», «البحرين») marks nothing; after
a number the noun's ending is the number's («ثلاثة مسلحين»), not its role.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.events.lexicon import Lexicon, _read_json, base, norm
from marsad.analyze.events.morph import Word

NOM = "nom"
OBL = "obl"
_MARK_CASE = {"\u064c": NOM, "\u064f": NOM, "\u064b": OBL, "\u064e": OBL, "\u064d": OBL, "\u0650": OBL}
_TANWIN_FATH = "\u064b"
_DAMMA = "\u064f"
_ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال")
PASSIVE_REACH = 4  # letters from a past verb's start within which a damma marks the passive («اعتُقل»)


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str]]:
    d = _read_json("case.json")
    return frozenset(norm(w) for w in d["not_case"]), frozenset(norm(w) for w in d["number_words"])


def _core(w: Word) -> str:
    """The word without a conjunction and the article («والمسلحون» → «مسلحون»)."""
    t = w.text
    if t[:1] in "وف" and len(t) > 4 and t[1:3] == "ال":
        t = t[1:]
    return base(t)


def has_article(w: Word) -> bool:
    """The word carries the definite article («الشرطة», «وللقوات»)."""
    return w.text.startswith(_ARTICLE_PREFIXES) and len(w.text) > 4


def _mark_case(w: Word) -> str:
    """The case a written vowel on the last letter shows (tanwin anywhere in the word counts)."""
    last = len(w.text) - 1
    for at, mark in reversed(w.marks):
        if mark in ("\u064b", "\u064c", "\u064d") or at >= last - (1 if w.text.endswith(("ا", "ه")) else 0):
            return _MARK_CASE[mark]
    return ""


def word_case(w: Word, nxt: Word | None, known: frozenset[str]) -> str:
    """NOM, OBL or "" (unknown) for a noun or adjective; ``known`` are actor words of the lexicon."""
    by_mark = _mark_case(w) if w.marks else ""
    if by_mark:
        return by_mark
    not_case, _ = _data()
    t = _core(w)
    if t in not_case or w.text in not_case or len(t) < 4:
        return ""
    if t.endswith("ون") and len(t) >= 5:
        return NOM
    if t.endswith("ين") and len(t) >= 5:
        return OBL
    if t.endswith("ان") and len(t) >= 5 and (t[-3] == "ي" or t[:-2] in known):
        return NOM  # «جنديان», «عراقيان», «ضابطان»: duals; not «إيران», «برلمان»
    if t.endswith("و") and t + "ن" in known:
        return NOM  # «مسلحو حزب العمال»: a plural in construct
    if t.endswith("ي") and len(t) >= 5 and t + "ن" in known:
        return OBL  # «مسلحي الحرس»
    if t.endswith("ا") and not t.endswith(("اا", "ايا", "وا")) and len(t) >= 4 and t[-2] != "ا":
        if nxt is not None and not nxt.gap and (has_article(nxt) or (base(nxt.text) in known and
                                                                   not nxt.text.endswith("ا"))):
            return NOM  # «وزيرا الخارجية», «وزيرا خارجية مصر»: a dual in construct, not an adjective
        return OBL  # «صحفياً», «ناشطاً»: tanween fath
    return ""


def after_number(ws: list[Word], i: int) -> bool:
    """The word follows a number or count («ثلاثة مسلحين», «15 جندياً»): its ending is the number's."""
    if i <= 0:
        return False
    prev = ws[i - 1]
    _, numbers = _data()
    return prev.text.isdigit() or prev.text in numbers or base(prev.text) in numbers or \
        (prev.text == "من" and i > 1 and (ws[i - 2].text.isdigit() or base(ws[i - 2].text) in numbers))


_KNOWN: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def known_words(lex: Lexicon) -> frozenset[str]:
    """One-word sector nouns of the lexicon («مسلحون», «ضابط»): stems that take case endings."""
    entry = _KNOWN.get(id(lex))
    if entry is None or entry[0] is not lex:
        _KNOWN.clear()
        words = frozenset(k[0] for entries in lex.actor_index.values() for k, kind, _, _ in entries
                          if len(k) == 1 and kind == "sector")
        entry = _KNOWN[id(lex)] = (lex, words)
    return entry[1]


def span_case(ws: list[Word], start: int, end: int, lex: Lexicon) -> str:
    """The case of a phrase: that of its head (first word), unless a number governs it.

    Only the head counts: in «نقابة الصحفيين» the «‑ين» is the genitive of the construct.
    """
    if after_number(ws, start) or start >= end:
        return ""
    if any(b in lex.country_words or (b,) in lex.places for b in ws[start].bases):
        return ""  # «سحبت كينيا قواتها»: a name's final alif («كينيا», «تركيا») is no accusative ending
    return word_case(ws[start], ws[start + 1] if start + 1 < len(ws) else None, known_words(lex))


def passive_mark(w: Word) -> bool:
    """A past verb written with a damma near its start («قُتل», «اعتُقل», «استُهدف»): the passive."""
    t = w.text
    skip = 1 if t[:1] in "وف" and len(t) > 3 else 0
    if t[skip:skip + 1] in ("ي", "ت", "ن", "م"):
        return False  # an imperfect verb or a noun: «يُقتل» may be active (form IV)
    return any(mark == _DAMMA and skip <= at < skip + PASSIVE_REACH and at < len(t) - 1 for at, mark in w.marks)
