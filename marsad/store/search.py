"""Build FTS5 match queries over the normalized index, expanding each word with Arabic proclitics.

The index holds :func:`marsad.text.normalize.normalize` text split by FTS5's
unicode61 tokenizer, so a query word must match whole tokens; Arabic glues
conjunctions, prepositions and the article to the word (وبغداد، للعراق), hence
each word becomes an OR of its proclitic forms (lists in ``data/proclitics.json``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from marsad.text.normalize import PLACEHOLDER, normalize, normalize_keep_length

_TOKEN = re.compile(r"\w+")
# Words this short (or Latin/digits) are searched as typed: expanding them finds noise.
_MIN_EXPAND_LETTERS = 2


@lru_cache(maxsize=1)
def _proclitics() -> dict[str, list[str]]:
    raw = (resources.files("marsad.store") / "data" / "proclitics.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return {k: [normalize(x) for x in v] for k, v in data.items() if not k.startswith("_")}


def word_forms(word: str) -> list[str]:
    """The word and its forms with attached proclitics (normalized)."""
    forms = [word]
    if len(word) < _MIN_EXPAND_LETTERS or not ("\u0621" <= word[0] <= "\u064a"):
        return forms
    pro = _proclitics()
    if word.startswith("ال") and len(word) > 3:
        forms += [p + word for p in pro["definite"]]
        forms += [p + word[2:] for p in pro["lam_definite"]]
    else:
        forms += [p + word for p in pro["plain"]]
    return list(dict.fromkeys(forms))


def query_bases(word: str) -> list[str]:
    """The word as typed, and without the proclitics the user typed («بالعراق» → العراق, «وبغداد» → بغداد).

    A proclitic is stripped when the article follows it («وال», «بال», «لل») or when at least
    four letters remain after a one-letter «و/ف/ب/ل/ك» (so «وزير» stays «وزير»).
    """
    out = [word]
    if not word or not ("\u0621" <= word[0] <= "\u064a"):
        return out
    pro = _proclitics()
    for p in sorted(pro["definite"], key=len, reverse=True):
        if word.startswith(p + "ال") and len(word) - len(p) > 4:
            return out + [word[len(p):]]
    for p in sorted(pro["lam_definite"], key=len, reverse=True):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return out + ["ال" + word[len(p):]]
    if word[0] in "وفبلك" and len(word) - 1 >= 4 and not word.startswith("ال"):
        out.append(word[1:])
    return out


def fts_match_query(query: str) -> str:
    """An FTS5 MATCH expression: every query word (in any proclitic form, typed clitics stripped) must occur."""
    words = _TOKEN.findall(normalize(query))
    groups = []
    for w in words:
        forms = list(dict.fromkeys(f for b in query_bases(w) for f in word_forms(b)))
        alts = " OR ".join(f'"{f}"' for f in forms)
        groups.append(f"({alts})" if len(forms) > 1 else alts)
    return " AND ".join(groups)


def _form_pattern(form: str) -> str:
    """Regex for a normalized form inside ``normalize_keep_length`` text (U+0001 may sit between letters)."""
    return f"{PLACEHOLDER}*".join(re.escape(c) for c in form)


def snippet(body: str, query: str, *, width: int = 160, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of the original body around the first query hit, hits marked (original characters kept)."""
    forms = [f for w in _TOKEN.findall(normalize(query)) for b in query_bases(w) for f in word_forms(b)]
    if not forms or not body:
        return body[:width]
    forms.sort(key=len, reverse=True)
    pattern = re.compile(
        rf"(?<![\w{PLACEHOLDER}])(?:{'|'.join(_form_pattern(f) for f in forms)})(?![\w{PLACEHOLDER}])")
    folded = normalize_keep_length(body)
    first = pattern.search(folded)
    if first is None:
        return body[:width].replace("\n", " ")
    start = max(0, first.start() - width // 3)
    space = body.rfind(" ", 0, start)
    start = space + 1 if start and space >= 0 and start - space < 20 else start
    end = min(len(body), start + width)
    out, pos = [], start
    for m in pattern.finditer(folded, start, end):
        out += [body[pos:m.start()], mark[0], body[m.start():m.end()], mark[1]]
        pos = m.end()
    out.append(body[pos:end])
    text = "".join(out).replace("\n", " ")
    return ("…" if start else "") + text + ("…" if end < len(body) else "")
