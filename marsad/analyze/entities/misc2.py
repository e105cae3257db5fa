"""MISC repairs of the fourth round, run last in ``crf.postprocess``; word lists in ``data/misc_cues.json``.

Three patterns of news text the CRF misses and ANERcorp tags MISC consistently:

* Titles. A short quoted run after «بعنوان / عنوانها» names a programme, book or poem («برنامجا بعنوان
  « حكايات »»); the titles coordinated with a quoted MISC title in a list are works too («" اللص والكلاب "
  و " السمان والخريف "»). A paper or report («ورقة عمل بعنوان …») is not named in ANERcorp.
* Tournaments. «بطولة» with its complement is one MISC event, the head inside: «ببطولة العالم للمصارعة»,
  «لبطولة الأندية الخليجية لكرة القدم», «البطولة الأفريقية». The acting sense («بطولة المسلسل»,
  «بطولة نور الشريف») and a generic competition («بطولة هذا الموسم») are not events.
* Models. The name after «طراز» is the product's, MISC: «من طراز بوينج 767», «طراز " سوخوي "».
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.analyze.entities.features import norm_word, strip_clitics
from marsad.analyze.entities.lexicon import load_data
from marsad.text.normalize import normalize

# opening mark → closing mark; ANERcorp's sources also write the guillemets the other way round
PAIRS = {'"': '"', "«": "»", "»": "«", "“": "”", "'": "'", "(": ")"}
MAX_TITLE = 4  # words between the quote marks
MAX_EVENT = 7  # words of a tournament's complement
_YEAR = re.compile(r"^(ال)?(19|20)\d\d$|^ال\d+$")


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """The misc2 word lists, normalized (title cues and model heads also clitic-stripped)."""
    d = load_data("misc_cues.json")
    keys = ("title_cues", "report_nouns", "tournament_stops", "tournament_not_events", "model_heads")
    out = {k: frozenset(normalize(w) for w in d[k]) for k in keys}
    out["heads"] = frozenset(normalize(w) for w in d["tournament_heads"])
    return out


def _span_end(tags: list[str], i: int) -> int:
    """End (exclusive) of the span starting at i."""
    e = i + 1
    while e < len(tags) and tags[e].startswith("I-"):
        e += 1
    return e


def _free(tags: list[str], a: int, b: int) -> bool:
    """True when [a, b) cuts no span: every span overlapping it lies inside it."""
    return not tags[a].startswith("I-") and (b >= len(tags) or not tags[b].startswith("I-"))


def _mark(tags: list[str], a: int, b: int) -> None:
    tags[a:b] = ["B-MISC"] + ["I-MISC"] * (b - a - 1)


def _quoted_runs(tokens: list[str], kinds: str = '"«»“\'') -> list[tuple[int, int]]:
    """(first word, end) of each quoted run of 1..MAX_TITLE words."""
    runs = []
    n = len(tokens)
    i = 0
    while i < n:
        close = PAIRS.get(tokens[i]) if tokens[i] in kinds else None
        if close is not None:
            for j in range(i + 2, min(n, i + MAX_TITLE + 2)):
                if tokens[j] == close:
                    runs.append((i + 1, j))
                    i = j
                    break
        i += 1
    return runs


def tag_titled_works(tokens: list[str], tags: list[str]) -> list[str]:
    """A quoted run of up to MAX_TITLE words right after a title cue («بعنوان») is one MISC title."""
    cues = _cues()
    out = list(tags)
    for a, b in _quoted_runs(tokens):
        if a < 2 or norm_word(tokens[a - 2]) not in cues["title_cues"] or not _free(out, a, b):
            continue
        before = {norm_word(w) for w in tokens[max(0, a - 5) : a - 2]}
        if before & cues["report_nouns"] or all(t == "B-MISC" or t == "I-MISC" for t in out[a:b]):
            continue
        _mark(out, a, b)
    return out


def tag_work_lists(tokens: list[str], tags: list[str]) -> list[str]:
    """Untagged quoted runs coordinated («و», «،») with a quoted MISC title are titles too.

    A writer's works come in lists of quoted titles, and the CRF tags some of them and not the rest.
    """
    out = list(tags)
    runs = _quoted_runs(tokens)
    done = {k for k, (a, b) in enumerate(runs) if out[a] == "B-MISC" and _span_end(out, a) == b}
    changed = True
    while changed:
        changed = False
        for k, (a, b) in enumerate(runs):
            if k in done or any(t != "O" for t in out[a:b]):
                continue
            for m in (k - 1, k + 1):
                if m not in done or not 0 <= m < len(runs):
                    continue
                lo, hi = (runs[m][1] + 1, a - 1) if m < k else (b + 1, runs[m][0] - 1)
                gap = tokens[lo:hi]
                if len(gap) <= 1 and all(g in ("و", "،", ",") for g in gap):
                    _mark(out, a, b)
                    done.add(k)
                    changed = True
                    break
    return out


def _head(word: str, heads: frozenset[str]) -> str | None:
    """'indef' / 'def' when the word is a tournament head with at most one proclitic, else None."""
    w = normalize(word)
    for form in (w, w[1:] if w[:1] in "وبلف" else "", "ال" + w[2:] if w.startswith("لل") else ""):
        if form in heads:
            return "def" if form.startswith("ال") else "indef"
    return None


def _definite(word: str) -> bool:
    w = normalize(word)
    return w.startswith(("ال", "لل")) or (w[:1] in "بل" and w[1:3] == "ال")


def tag_tournaments(tokens: list[str], tags: list[str]) -> list[str]:
    """«بطولة» + its complement («بطولة كأس الأمم الإفريقية»), or «البطولة» + a nisba adjective, is one MISC event."""
    from marsad.analyze.entities.lexicon import given_names

    cues = _cues()
    stops, not_events = cues["tournament_stops"], cues["tournament_not_events"]
    out = list(tags)
    n = len(tokens)
    i = 0
    while i < n - 1:
        kind = _head(tokens[i], cues["heads"])
        if kind is None or out[i] not in ("O", "B-MISC") or norm_word(tokens[i + 1]) in not_events:
            i += 1
            continue
        j = i + 1
        if kind == "def":
            w = normalize(tokens[j])
            if i and normalize(tokens[i - 1]) in not_events or out[j] != "O" or not w.startswith("ال") \
                    or not w.endswith("يه") or w in stops:
                i += 1
                continue
            j += 1
        else:
            if out[j] == "B-PERS" or normalize(tokens[j]) in given_names():
                i += 1
                continue
            while j < n and j - i <= MAX_EVENT:
                w = normalize(tokens[j])
                if out[j].startswith("B-"):
                    j = _span_end(out, j)
                elif out[j] != "O" or w in stops or w[:1] == "و":
                    break
                elif _definite(tokens[j]) or _YEAR.match(w):
                    j += 1
                elif j + 1 < n and w.isalpha() and (_definite(tokens[j + 1]) or out[j + 1].startswith("B-")) \
                        and normalize(tokens[j + 1]) not in stops:
                    j += 1  # an indefinite noun in a construct chain: «كأس العالم», «أمم أفريقيا»
                else:
                    break
            if j == i + 1:
                i += 1
                continue
        if _free(out, i, j) and all(t in ("O", "B-MISC", "I-MISC", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
                                    for t in out[i:j]):
            if out[i] == "O" or _span_end(out, i) < j:
                _mark(out, i, j)
        i = j
    return out


def drop_acting_sense(tokens: list[str], tags: list[str]) -> list[str]:
    """A MISC span opened by «بطولة» in its acting sense («بطولة المسلسل», «بطولة نور الشريف») is not an event.

    The head leaves the span; a personal name after it becomes PERS, anything else untagged.
    """
    from marsad.analyze.entities.lexicon import given_names

    cues = _cues()
    out = list(tags)
    for i in range(len(tokens) - 1):
        if out[i] != "B-MISC" or _head(tokens[i], cues["heads"]) != "indef" or out[i + 1] != "I-MISC":
            continue
        e = _span_end(out, i)
        nxt = normalize(tokens[i + 1])
        if nxt in given_names():
            out[i] = "O"
            end = e
            while end < len(out) and out[end] in ("B-PERS", "I-PERS") and (end == e or out[end] == "I-PERS"):
                end += 1
            out[i + 1 : end] = ["B-PERS"] + ["I-PERS"] * (end - i - 2)
        elif nxt in cues["tournament_not_events"]:
            out[i:e] = ["O"] * (e - i)
    return out


def tag_models(tokens: list[str], tags: list[str]) -> list[str]:
    """The name after «طراز» (a quoted or bracketed one too) with its number is one MISC product."""
    from marsad.analyze.entities.crf import _rare_word

    heads = _cues()["model_heads"]
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        w = norm_word(tokens[i])
        if w not in heads and strip_clitics(w) not in heads:
            continue
        a = i + 1
        close = PAIRS.get(tokens[a])
        if close is not None:
            a += 1
        j = a
        while j < n:
            word = tokens[j]
            if out[j].startswith("B-") and j == a:
                j = _span_end(out, j)
            elif out[j] == "O" and j == a and word[:1].isalpha() and not normalize(word).startswith("ال") \
                    and (_rare_word(word) or word.isascii()) and not _YEAR.match(word):
                j += 1
            elif j > a and out[j] == "O" and re.fullmatch(r"\d{2,4}", word) and not _YEAR.match(word):
                j += 1
            else:
                break
        if j > a and (close is None or (j < n and tokens[j] == close)) and _free(out, a, j):
            _mark(out, a, j)
    return out


def misc2_repairs(tokens: list[str], tags: list[str]) -> list[str]:
    """All misc2 repairs of one sentence."""
    out = drop_acting_sense(tokens, tags)
    out = tag_tournaments(tokens, out)
    out = tag_models(tokens, out)
    out = tag_titled_works(tokens, out)
    return tag_work_lists(tokens, out)
