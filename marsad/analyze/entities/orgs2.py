"""ORG repairs of the second ORG round, run last in ``crf.postprocess``; word lists in ``data/ner_cues.json``
(keys after ``orgs2_about``).

Two patterns of news text the CRF leaves untagged and ANERcorp tags ORG:

* Outlets named after their noun. «جريدة الحياة», «قناة المحور», «شبكة أوربيت», «لصحيفة صن»: the
  indefinite noun of a newspaper, magazine, channel or network in construct with a name. ANERcorp leaves the
  noun outside and tags the name; the CRF knows «الحياة» or «المحور» only as everyday words. ``org_after_heads``
  (crf.py) retypes a place or person name there and ``orgs.quoted_companies`` a quoted one; this adds the
  untagged word.
* Foreign clubs before a nationality adjective. «بنفيكا البرتغالي», «فلومينيزي البرازيلي»: a word outside the
  news vocabulary followed by a masculine nationality adjective is the club (the adjective agrees with the
  understood «نادي»). ``orgs.clubs_before_nationality`` does this only for places the KB knows.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.entities.features import norm_word, strip_clitics
from marsad.analyze.entities.lexicon import load_data

_QUOTE_OR_PUNCT = set('"«»“”\'()[]-–—،,.:;؛!?؟/')


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(outlet nouns clitic-stripped, words after them that name no outlet, clitic prefixes of common nouns)."""
    d = load_data("ner_cues.json")
    return (frozenset(strip_clitics(norm_word(w)) for w in d["outlet_heads"]),
            frozenset(norm_word(w) for w in d["outlet_not_names"]),
            tuple(norm_word(w) for w in d["club_clitic_prefixes"]))


def _latin(tok: str) -> bool:
    """True for a word written in Latin letters («CNN», «XM»)."""
    return tok[:1].isascii() and tok[:1].isalpha()


def _indefinite_head(tok: str, heads: frozenset[str]) -> bool:
    """True for an outlet noun bare or behind one clitic letter («وجريدة», «لقناة»), never the definite
    noun («الصحيفة الإسرائيلية», «للقناة الأولى»), which an adjective follows."""
    norm = norm_word(tok)
    return norm in heads or (norm[:1] in "وفبلك" and norm[1:] in heads)


def outlets_after_heads(tokens: list[str], tags: list[str]) -> list[str]:
    """The untagged word after an untagged outlet noun names the outlet: «جريدة الحياة», «قناة فوكس».

    Only a definite word, a word outside the news vocabulary or a Latin one: an indefinite everyday word
    after the noun describes it («صحيفة يومية», «شبكة من العلاقات»). The words of ``outlet_not_names``
    complete the noun as a common phrase («شبكة الإنترنت», «قناة السويس»). A second definite word joins a
    definite name unless it is a nisba adjective, which describes the outlet («صحيفة الأهرام الحكومية»,
    «قناة الرسالة الفضائية») and stays outside as in ANERcorp.
    Cached 5-fold ANERcorp (out-of-fold CRF tags): micro 0.8159 → 0.8161, ORG 0.7057 → 0.7078, folds
    −0.0001/+0.0004/+0.0015/−0.0004/+0.0002 (the losses: «قناة الرسالة», «مجلة الكتاب», gold O).
    """
    from marsad.analyze.entities.crf import _rare_word

    heads, not_names, _ = _cues()
    out = list(tags)
    for i in range(len(tokens) - 1):
        j = i + 1
        if out[i] != "O" or out[j] != "O" or not _indefinite_head(tokens[i], heads):
            continue
        word = tokens[j]
        if not word[:1].isalpha() or word[:1] in _QUOTE_OR_PUNCT or norm_word(word) in not_names:
            continue
        definite = norm_word(word).startswith("ال")
        if not (definite or _latin(word) or _rare_word(word)):
            continue
        out[j] = "B-ORG"
        nxt = norm_word(tokens[j + 1]) if j + 1 < len(tokens) else ""
        if definite and out[j + 1:j + 2] == ["O"] and nxt.startswith("ال") and nxt not in not_names \
                and not nxt.endswith(("ي", "ية", "يه")):
            out[j + 1] = "I-ORG"  # a name of two definite words: «مجلة الثقافة الجديدة»
    return out


def clubs_before_adjectives(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged rare word right before a masculine nationality adjective is a club: «بنفيكا البرتغالي».

    Persons take the same adjective but come before it as a description («البرازيلي كارلوس») or are
    tagged PERS already; a word with a definite or prepositional clitic («للمدافع الإيطالي») or a pronoun
    suffix («نظيرها الروماني») is a common noun, and a personal name after the adjective («لهدافه الهولندي
    رود») shows the word before it is a description of that person. Cached 5-fold ANERcorp: micro 0.8159 →
    0.8162, ORG 0.7057 → 0.7079, folds +0.0003/+0.0018/0/−0.0002/0.
    """
    from marsad.analyze.entities.crf import _rare_word
    from marsad.analyze.entities.orgs import _nationality

    prefixes = _cues()[2]
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        word, adj = tokens[i], tokens[i + 1]
        if out[i] != "O" or out[i + 1] != "O" or not word[:1].isalpha() or _latin(word):
            continue
        norm = norm_word(word)
        if norm.startswith(prefixes) or norm.endswith(("ها", "هم", "هما")) or len(norm) < 3:
            continue
        if not adj.endswith("ي") or not _nationality(adj) or not _rare_word(word):
            continue
        if i + 2 < n and out[i + 2].endswith("PERS"):
            continue
        out[i] = "B-ORG"
    return out


def orgs2_repairs(tokens: list[str], tags: list[str]) -> list[str]:
    """The ORG repairs of this module, in order, on one sentence."""
    return quoted_titles_near_works(tokens, clubs_before_adjectives(tokens, outlets_after_heads(tokens, tags)))


MAX_TITLE = 4  # words between the quote marks
MAX_GAP = 3  # words between the work noun and the opening mark
_PAIRS = {'"': '"', "«": "»", "»": "«", "“": "”", "'": "'"}  # ANERcorp's sources also reverse the guillemets


@lru_cache(maxsize=1)
def _work_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(work nouns normalized and clitic-stripped, bridging words normalized)."""
    d = load_data("ner_cues.json")
    return (frozenset(strip_clitics(norm_word(w)) for w in d["work_title_nouns"]),
            frozenset(norm_word(w) for w in d["work_title_bridges"]))


def _quoted(tokens: list[str], i: int) -> int:
    """The index of the mark closing a quoted run of 1..MAX_TITLE words opened at ``i``, or -1."""
    close = _PAIRS.get(tokens[i])
    if close is None:
        return -1
    for j in range(i + 2, min(len(tokens), i + MAX_TITLE + 2)):
        if tokens[j] in (close, tokens[i]):
            return j
        if tokens[j] in _PAIRS or tokens[j] in _QUOTE_OR_PUNCT:
            return -1
    return -1


def quoted_titles_near_works(tokens: list[str], tags: list[str]) -> list[str]:
    """A quoted title a few words after a work noun is the work, MISC: «رواية محفوظ الأولى " عبث الأقدار "».

    ``misc.tag_quoted_works`` takes a title right after the noun; news puts the author, a possessive or an
    adjective between («ديوانه الأخير " … "», «كتابه الشهير " … "», «رواياته " … "»). Up to MAX_GAP words
    may stand between, each definite, tagged PERS (the author) or a bridging word («منها», «أبرزها»). The
    title's words take MISC whatever the CRF made of them (a place or a person's name inside a title:
    «" القاهرة الجديدة "», «" خان الخليلي "»), but a quoted ORG stays (a company or university in quotes),
    a run with digits is a figure («" 9 ـ 11 "»), and right after the noun a run the CRF tagged keeps its
    tags («كتاب « روسيا بوتين »»), as ``misc.tag_quoted_works`` leaves it. The quoted titles listed after it
    with «و» or a comma are works too («" اللص والكلاب " و " الطريق "»). TV serials are not listed: ANERcorp
    tags their titles as often O as MISC. Cached 5-fold ANERcorp: micro 0.8159 → 0.8170, MISC 0.6869 →
    0.6992, folds 0/−0.0002/+0.0004/+0.0046/+0.0003.
    """
    works, bridges = _work_nouns()
    out = list(tags)
    n = len(tokens)
    i = 0
    while i < n:
        j = _quoted(tokens, i) if tokens[i] in _PAIRS else -1
        if j < 0:
            i += 1
            continue
        gap = tokens[max(0, i - MAX_GAP - 1):i]
        near = adjacent = False
        for k in range(len(gap) - 1, -1, -1):
            word = gap[k]
            if strip_clitics(norm_word(word)) in works:
                near, adjacent = True, k == len(gap) - 1
                break
            pos = i - len(gap) + k
            if not (norm_word(word).startswith("ال") or out[pos].endswith("PERS") or norm_word(word) in bridges):
                break
        if not near:
            i = j + 1
            continue
        while j > 0:
            inside = out[i + 1:j]
            if any(t.endswith("ORG") for t in inside) or (adjacent and any(t != "O" for t in inside)) \
                    or not tokens[i + 1][:1].isalpha() \
                    or any(c.isdigit() for w in tokens[i + 1:j] for c in w):
                break  # a quoted company or a figure, not a title
            out[i + 1:j] = ["B-MISC"] + ["I-MISC"] * (j - i - 2)
            # a list of titles: «" أ " و " ب "», «« أ » ، « ب »»
            k = j + 1
            if k + 1 < n and tokens[k] in ("و", "،", ",") and tokens[k + 1] in _PAIRS:
                k += 1
            elif not (k < n and tokens[k] in _PAIRS and k > j + 1):
                break
            nj = _quoted(tokens, k)
            if nj < 0:
                break
            i, j = k, nj
        i = j + 1 if j > 0 else i + 1
    return out
