"""Rule-based Arabic → Latin romanization for names not in the knowledge base (readable, not scholarly).

Scheme: one fixed Latin rendering per letter (ش sh, خ kh, ع '), the article as ``al-``, و/ي as
w/y at a word start or next to a vowel letter and u/i between consonants, ة as a, diacritics
used when present; where short vowels are unwritten an ``a`` is inserted after the first
consonant of a leading cluster and inside a final cluster so names stay pronounceable.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.normalize import fold_presentation_forms

_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ئ": "'", "ؤ": "'", "گ": "g", "پ": "p",
    "چ": "ch", "ڤ": "v", "ک": "k", "ی": "y",
}
_VOWEL_LETTERS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ى": "a", "ة": "a"}
_HARAKAT = {"\u064e": "a", "\u064f": "u", "\u0650": "i", "\u064b": "an", "\u064c": "un", "\u064d": "in"}
_SKIP = set("\u0651\u0652\u0640\u0670\u200c\u200d\u200e\u200f")


def _letters(word: str) -> list[tuple[str, bool]]:
    """(latin piece, is_vowel) per Arabic letter."""
    out: list[tuple[str, bool]] = []
    chars = [c for c in word if c not in _SKIP]
    for i, c in enumerate(chars):
        if c in _HARAKAT:
            out.append((_HARAKAT[c], True))
        elif c in _VOWEL_LETTERS:
            out.append((_VOWEL_LETTERS[c], True))
        elif c in "وي":
            prev_vowel = not out or out[-1][1]
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            next_vowel = nxt in _VOWEL_LETTERS or nxt in _HARAKAT
            consonant = i == 0 or prev_vowel or next_vowel
            out.append(({"و": "w", "ي": "y"}[c] if consonant else {"و": "u", "ي": "i"}[c], not consonant))
        elif c in _CONS:
            out.append((_CONS[c], False))
        elif c.isascii():
            out.append((c, c.lower() in "aeiou"))
    return out


def _with_vowels(pieces: list[tuple[str, bool]]) -> str:
    """Insert 'a' into a leading and a final consonant cluster."""
    if len(pieces) >= 2 and not pieces[0][1] and not pieces[1][1]:
        pieces = [pieces[0], ("a", True), *pieces[1:]]
    if len(pieces) >= 3 and not pieces[-1][1] and not pieces[-2][1] and not pieces[-3][1]:
        pieces = [*pieces[:-1], ("a", True), pieces[-1]]
    return "".join(p for p, _ in pieces)


@lru_cache(maxsize=50_000)
def romanize_word(word: str) -> str:
    """One Arabic word in Latin letters (capitalized; article as al-)."""
    word = fold_presentation_forms(word)
    prefix = ""
    bare = word
    if bare.startswith("ال") and len(bare) > 3:
        prefix, bare = "al-", bare[2:]
    body = _with_vowels(_letters(bare))
    if not body:
        return prefix.rstrip("-")
    body = body.replace("''", "'")
    k = 1 if body[0] == "'" and len(body) > 1 else 0
    return prefix + body[: k + 1].upper() + body[k + 1 :]


@lru_cache(maxsize=50_000)
def romanize(text: str) -> str:
    """A readable Latin rendering of an Arabic name or phrase; Latin text passes through (cached: names recur)."""
    words = []
    for w in text.split():
        if any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufefc" for c in w):
            r = romanize_word(w)
            if r:
                words.append(r)
        else:
            words.append(w)
    return " ".join(words)
