"""ORG rules run after the CRF, with word lists in ``data/ner_cues.json``.

Institutions named by description: a head noun with the scope or nationality adjectives after it is an
organization's name, with its «لـ» complement («اللجنة الدولية للصليب الأحمر», «الاتحاد الدولي لكرة
القدم», «المعهد الوطني الأميركي لرصد الزلازل»). The CRF tags the famous ones it saw in training and
misses the rest: every word is an everyday word. A head alone, or with an adjective that says nothing of
scope («المجلس الأعلى», «الجمعية العامة»), is left as tagged: ANERcorp mostly leaves those untagged.

A name in quote marks after «شركة/مصرف/صحيفة/مجلة …»: «شركة « أمريكان أكسبريس »», «صحيفة " النهار "» (ANERcorp:
ORG after 38 of 39 such quotes).

An institution noun in construct before a place: «جامعة أكسفورد», «بنك إنجلترا» (the noun inside the span).

A club before a masculine nationality adjective: a city agrees in the feminine («موسكو الروسية»), a club
in the masculine (the noun «نادي» is understood): «ليون الفرنسي», «روما الإيطالي».

An institution noun in construct right before an ORG name is its first word: «منظمة الأمم المتحدة».

5-fold CV on ANERcorp, on the same out-of-fold CRF tags (micro F1 per fold, all five rules together):
0.8185/0.7876/0.7612/0.8145/0.7695 → 0.8244/0.7936/0.7617/0.8192/0.7701, pooled 0.7917 → 0.7953,
ORG 0.6533 → 0.6730 (P 0.759 → 0.766, R 0.573 → 0.600); no fold worse. Alone: heads +0.0024/+0.0016/
+0.0002/+0.0003/−0.0003, quoted names +0.0022/+0.0036/+0.0004/+0.0006/+0.0003, places before
institution nouns +0.0005/+0.0013/0/0/0, clubs +0.0008/−0.0007/0/+0.0005/+0.0005 (the loss: a gold
«[إشبيلية] الإسباني» LOC after «الفوز على»), heads before ORG names 0/0/0/+0.0033/0.
Tried and dropped: an indefinite head + noun + nationality («اتحاد المحاكم الإسلامية», ANERcorp leaves
most untagged: −0.0008 on the first fold); an untagged word before a masculine nationality («فلومينيزي
البرازيلي»: «الفرنسي» alone is the Frenchman, −0.0023); «وكالة»/«لجنة» before an ORG name.
Clubs the CRF took for people (ner-rep2, run last): a PERS span before a masculine nationality adjective
(«فيردر بريمن الألماني»), and a PERS span after an indefinite club noun («مضيفه ليون»). Same cached tags,
micro per fold: alone +0/+0.0007/0/0/+0.0027 and +0.0005/0/0/0/+0.0033, together +0.0005/+0.0007/0/0/
+0.0049 (PERS 0.7819 → 0.7836, ORG 0.6730 → 0.6782); all 13 changed spans right, none wrong. Tried and
dropped: a PERS span after «شركة/مؤسسة …» (ANERcorp tags «شركة ديمورا» PERS; −0.0005 on the fifth fold);
with the definite «الفريق»/«المنتخب» (a military rank, «مدرب الفريق» + the coach: −0.0005 on the fourth).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.entities.features import norm_word, strip_clitics
from marsad.analyze.entities.lexicon import adjective_country, get_kb_safe, load_data
from marsad.analyze.entities.misc import QUOTES


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(definite institution heads, scope adjectives, company heads, construct heads before places,
    construct heads before ORG names), normalized."""
    d = load_data("ner_cues.json")
    return (frozenset(norm_word(w) for w in d["org_scope_heads"]),
            frozenset(norm_word(w) for w in d["org_scope_adjectives"]),
            frozenset(strip_clitics(norm_word(w)) for w in d["company_heads"]),
            frozenset(norm_word(w) for w in d["place_institution_heads"]),
            frozenset(norm_word(w) for w in d["org_inner_heads"]))


def _nationality(tok: str) -> bool:
    """True for a definite nationality adjective («الفرنسي», «الأوروبية») the KB knows."""
    if not tok.startswith("ال") or not tok.endswith(("ي", "ية", "يه")):
        return False
    kb = get_kb_safe()
    return kb is not None and adjective_country(kb, norm_word(tok)) is not None


@lru_cache(maxsize=1)
def _head_forms() -> frozenset[str]:
    """Normalized forms of a definite head: bare, behind «و/ف», or «لل» + its bare form (للجنة → اللجنة)."""
    heads = _cues()[0]
    return frozenset(heads | {p + h for h in heads for p in "وف"} | {"لل" + h[2:] for h in heads})


def _complement(tokens: list[str], tags: list[str], j: int) -> int:
    """End of the «لـ» complements after an institution's adjectives: «للصليب الأحمر», «لكرة القدم»,
    «لعلوم الفضاء والفلك»."""
    n = len(tokens)
    while j < n and tags[j] == "O":
        tok = tokens[j]
        if tok.startswith("لل") and len(tok) > 3:
            j += 1
        elif tok.startswith("ل") and not tok.startswith("لا") and len(tok) > 2 and j + 1 < n \
                and tags[j + 1] == "O" and tokens[j + 1].startswith("ال") and len(tokens[j + 1]) > 3:
            j += 2
        else:
            break
        # a definite word right before a personal name is that person's title: «للشرطة [والعقيد] خالد»
        while j < n and tags[j] == "O" and tokens[j].startswith(("ال", "وال")) and len(tokens[j]) > 3 \
                and (j + 1 == n or tags[j + 1] != "B-PERS"):
            j += 1
    return j


def orgs_from_heads(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged institution head + adjectives, one of scope, + its «لـ» complement is one ORG span."""
    forms, scope = _head_forms(), _cues()[1]
    out = list(tags)
    n = len(tokens)
    i = 0
    while i < n:
        if out[i] != "O" or norm_word(tokens[i]) not in forms:
            i += 1
            continue
        j = i + 1
        scoped = False
        while j < n and out[j] == "O" and (norm_word(tokens[j]) in scope or _nationality(tokens[j])):
            scoped = scoped or norm_word(tokens[j]) in scope
            j += 1
        end = _complement(tokens, out, j) if scoped else j
        # «الوطني» alone also means patriotic or nationalist: «الحركة الوطنية» is a movement of ideas
        if not scoped or (end == j and all(norm_word(t) in _NATIONAL for t in tokens[i + 1 : j])):
            i += 1
            continue
        j = end
        out[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
        i = j
    return out


_NATIONAL = frozenset(norm_word(w) for w in ("الوطني", "الوطنية"))
MAX_NAME = 4  # words between the quote marks


def quoted_companies(tokens: list[str], tags: list[str]) -> list[str]:
    """A quoted run of up to MAX_NAME words after a company or outlet noun is its name: «شركة « أمريكان أكسبريس »»."""
    companies = _cues()[2]
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        close = QUOTES.get(tokens[i])
        if close is None or strip_clitics(norm_word(tokens[i - 1])) not in companies:
            continue
        first = i + 2 if i + 1 < n and tokens[i + 1] == tokens[i] else i + 1  # a doubled mark: «' ' معاريف ' '»
        for j in range(first + 1, min(n, first + MAX_NAME + 1)):
            if tokens[j] == close:
                out[first:j] = ["B-ORG"] + ["I-ORG"] * (j - first - 1)
                break
            if tokens[j] in QUOTES:
                break
    return out


def clubs_before_nationality(tokens: list[str], tags: list[str]) -> list[str]:
    """A place name followed by a masculine nationality adjective is a club: «ليون الفرنسي», «أس روما الإيطالي».

    A city or a country agrees in the feminine («موسكو الروسية»); the masculine agrees with the
    understood «نادي». A definite place word («الريف المغربي») is a masculine noun, and after a compass
    word or a place noun the adjective agrees with that («شمال أفريقيا الروماني», «مطار عمان الأردني»): all stay. An ORG span just before the place
    («أس» + «روما») is the club's first word.
    """
    out = list(tags)
    n = len(tokens)
    kept = -1  # the adjective after the last place left as a place: a place joined to it by «و» stays too
    for a in range(n):
        if out[a] != "B-LOC":
            continue
        b = a + 1
        while b < n and out[b] == "I-LOC":
            b += 1
        if b >= n or out[b] != "O" or not tokens[b].endswith("ي") or not _nationality(tokens[b]):
            continue
        if norm_word(tokens[a]).startswith("ال") or (a and _masculine_place_head(tokens[a - 1])) \
                or (a - 1 == kept and tokens[a][:1] == "و"):
            kept = b
            continue
        start = a
        if a and out[a - 1] in ("B-ORG", "I-ORG"):
            start = a - 1
            while start and out[start] == "I-ORG":
                start -= 1
        out[start:b] = ["B-ORG"] + ["I-ORG"] * (b - start - 1)
    return out


def institutions_of_places(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged institution noun in construct before a place is one ORG with it: «جامعة أكسفورد», «بنك إنجلترا».

    The CRF tags the place and leaves the noun («في جامعة [بيونغ يانغ]»); ANERcorp tags the
    university (the noun inside the span, 33 of 34 «جامعة X» names). «اتحاد» is left out: «اتحاد
    باريس» is the Paris Union, a treaty.
    """
    heads = _cues()[3]
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        if out[i] != "B-LOC" or out[i - 1] != "O":
            continue
        head = norm_word(tokens[i - 1])
        if head not in heads and not (head[:1] in "وفبل" and head[1:] in heads):
            continue
        j = i + 1
        while j < n and out[j] == "I-LOC":
            j += 1
        out[i - 1 : j] = ["B-ORG"] + ["I-ORG"] * (j - i)
    return out


def heads_into_orgs(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged institution noun in construct right before an ORG name is its first word: «منظمة الأمم المتحدة».

    The CRF knows «الأمم المتحدة» and leaves the noun out; ANERcorp tags «منظمة/حزب/مجلس/بنك …» inside
    the name whenever a name follows (no gold ORG starts right after one of them).
    """
    heads = _cues()[4]
    out = list(tags)
    for i in range(len(tokens) - 1):
        if out[i] != "O" or out[i + 1] != "B-ORG":
            continue
        head = norm_word(tokens[i])
        if head in heads or (head[:1] in "وفبل" and head[1:] in heads):
            out[i : i + 2] = ["B-ORG", "I-ORG"]
    return out


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """Compass words and the place nouns of ``context_cues.json`` (مطار, ميناء …), normalized and clitic-stripped."""
    words = ["شمال", "جنوب", "شرق", "غرب", "وسط", *load_data("context_cues.json")["place_cues"]]
    return frozenset(strip_clitics(norm_word(w)) for w in words)


def _masculine_place_head(tok: str) -> bool:
    """True for a compass word or a place noun, also in the construct dual («مطاري عمان ودمشق»), that the
    adjective after a place name may agree with: «شمال أفريقيا الروماني», «مطار عمان الأردني»."""
    word = strip_clitics(norm_word(tok))
    return word in _place_heads() or (word.endswith("ي") and word[:-1] in _place_heads())


_KIN = frozenset({"ابو", "ابي", "ابا", "ابن", "بن", "بنت"})  # normalized: «أبو حمزة المصري» is a man


def clubs_named_like_people(tokens: list[str], tags: list[str]) -> list[str]:
    """A PERS span followed by a masculine nationality adjective is a club: «فيردر بريمن الألماني», «ليون الفرنسي».

    The CRF takes an unseen foreign club for a foreign person («دينامو كييف» reads like a name), but
    Arabic puts a person's nationality before the name («الألماني فلوريان ماير») and a club's after it,
    agreeing with the understood «نادي». A span with a kinship word («أبو حمزة المصري», «ابو عبد الله
    التركي») is a man known by his origin, and «البريطاني الجنسية» describes a person: both stay.
    """
    out = list(tags)
    n = len(tokens)
    i = 0
    while i < n:
        if out[i] != "B-PERS":
            i += 1
            continue
        b = i + 1
        while b < n and out[b] == "I-PERS":
            b += 1
        if b < n and out[b] == "O" and tokens[b].endswith("ي") and _nationality(tokens[b]) \
                and not any(norm_word(t).removeprefix("و") in _KIN for t in tokens[i:b]) \
                and not (b + 1 < n and norm_word(tokens[b + 1]) == "الجنسيه"):
            out[i:b] = ["B-ORG"] + ["I-ORG"] * (b - i - 1)
        i = b
    return out


@lru_cache(maxsize=1)
def _club_nouns() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_data("ner_cues.json")["club_nouns"])


def clubs_after_club_nouns(tokens: list[str], tags: list[str]) -> list[str]:
    """A PERS span right after an untagged indefinite «فريق/نادي/ناديه/مضيفه/ضيفه …» is the club it names:
    «مضيفه ليون», «ضيفه دينامو كييف», «فريق كرونوس ريسينغ».

    The definite «الفريق» is left alone: it is also a military rank («الفريق عبدالرحيم محمد حسين») and
    «مدرب الفريق أليكس فيرغسون» names the coach.
    """
    nouns = _club_nouns()
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        if out[i] != "B-PERS" or out[i - 1] != "O":
            continue
        head = norm_word(tokens[i - 1])
        if head in nouns or (head[:1] in "وبل" and head[1:] in nouns):
            b = i + 1
            while b < n and out[b] == "I-PERS":
                b += 1
            out[i:b] = ["B-ORG"] + ["I-ORG"] * (b - i - 1)
    return out


@lru_cache(maxsize=1)
def _club_construct_nouns() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_data("ner_cues.json")["club_construct_nouns"])


def definite_clubs_after_club_nouns(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged definite word after an indefinite «فريق/فريقي/نادي» is a club: «فريق الغرافة», «نادي الوحدة»,
    with a definite nisba adjective after it that is no country's («فريق الجمعية السلاوية»).

    Club names are everyday words («الوحدة», «الجيش», «الرجاء»), which the CRF leaves untagged; the noun in
    construct says a name follows. Left alone: a word before a tagged name («فريق الرئيس جورج بوش» is his
    staff), before «عن» («فريق الدفاع عن …»), or before a feminine nationality adjective («فريق العاصمة
    الإسبانية» is a city). 5-fold CV on the cached out-of-fold CRF tags: micro 0/0/0/+0.0001/+0.0031
    (of 13 changed spans 11 right).
    """
    nouns = _club_construct_nouns()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        head = norm_word(tokens[i])
        if head not in nouns and not (head[:1] in "وبل" and head[1:] in nouns):
            continue
        word = tokens[i + 1]
        if out[i] != "O" or out[i + 1] != "O" or not word.startswith("ال") or len(word) < 5:
            continue
        after = tokens[i + 2] if i + 2 < n else ""
        if after and (out[i + 2] != "O" or norm_word(after) == "عن"
                      or (after.endswith(("ية", "يه")) and _nationality(after))):
            continue
        out[i + 1] = "B-ORG"
        if after.startswith("ال") and after.endswith(("ي", "ية")) and not _nationality(after):
            out[i + 2] = "I-ORG"
    return out


def foreign_companies(tokens: list[str], tags: list[str]) -> list[str]:
    """An untagged indefinite word outside the news vocabulary after a company noun is the company:
    «شركة بترونت», «من شركة شيودا اليابانية».

    A foreign company's name is a transliteration the CRF has not seen; an everyday word after «شركة»
    is what the company does («شركة نفط»), and a definite one mostly starts a description («شركة
    النفط الروسية», ANERcorp: O), so both stay. The noun is indefinite (in construct: «القناة ويبث» is
    a sentence), and a word opening with «و/ل» is left (a verb or a «لـ» complement: «مؤسسة للطبع»). Not before a further definite word that is no nationality
    (the name may go on). 5-fold CV on the cached out-of-fold CRF tags: micro 0/+0.0008/0/0/0 (2 spans, both right).
    """
    from marsad.analyze.entities.crf import _rare_word

    companies = _cues()[2]
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        word = tokens[i + 1]
        head = norm_word(tokens[i])
        if out[i] != "O" or out[i + 1] != "O" or (head not in companies and head[1:] not in companies) \
                or head[1:3] == "ال" or word.startswith(("ال", "و", "ل")) or not word.isalpha() \
                or not _rare_word(word):
            continue
        after = tokens[i + 2] if i + 2 < n else ""
        if after and (out[i + 2] != "O" or (after.startswith("ال") and not _nationality(after))):
            continue
        out[i + 1] = "B-ORG"
    return out


@lru_cache(maxsize=1)
def _club_plural_nouns() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_data("ner_cues.json")["club_plural_nouns"])


def _conjunct_end(tokens: list[str], tags: list[str], j: int) -> int:
    """End of a club name that starts at ``j`` after «و»: a place the CRF tagged («وحسنية أكادير») or a
    definite nisba adjective that is no country's («والدفاع الجديدي») stays with it; «السعودي» does not
    (ANERcorp leaves the nationality outside the club)."""
    n = len(tokens)
    b = j + 1
    if b < n and tags[b] == "B-LOC":
        b += 1
        while b < n and tags[b] == "I-LOC":
            b += 1
    elif b < n and tags[b] == "O" and tokens[b].startswith("ال") and tokens[b].endswith(("ي", "ية")) \
            and not _nationality(tokens[b]):
        b += 1
    return b


def coordinated_clubs(tokens: list[str], tags: list[str]) -> list[str]:
    """Clubs listed after a dual or plural club noun are all clubs: «فريقي الرجاء البيضاوي والدفاع الجديدي»,
    «أندية الهلال والنصر والاتحاد».

    The CRF tags the first name of the list and leaves the everyday words after «و» («الدفاع», «الاتحاد»)
    untagged; the dual/plural noun says more than one club is named. Each untagged «و» + word right after
    a tagged club of the list (ORG span right after the noun, or the previous conjunct) becomes ORG, with its place or nisba adjective (``_conjunct_end``). A list
    skips a nationality adjective after a club, which stays O. 5-fold CV on the cached out-of-fold CRF tags: micro 0/0/0/0/+0.0009
    (2 spans, both right); with «بين»/«مع» as cues too it gained nothing, so they are left out.
    """
    nouns = _club_plural_nouns()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if norm_word(tokens[i]) not in nouns or out[i] != "O" or out[i + 1] != "B-ORG":
            continue
        b = i + 2
        while b < n and out[b] == "I-ORG":
            b += 1
        while b < n:
            if out[b] == "O" and _nationality(tokens[b]):  # «الأهلي المصري والترجي»: the country stays out
                b += 1
            if not (b < n and out[b] == "O" and tokens[b].startswith("و") and len(tokens[b]) > 3
                    and tokens[b][1:].isalpha() and (b + 1 == n or not out[b + 1].startswith("I-"))):
                break
            e = _conjunct_end(tokens, out, b)
            out[b:e] = ["B-ORG"] + ["I-ORG"] * (e - b - 1)
            b = e
    return out


def spread_orgs(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """An organization the repairs found once is the same organization where it comes again untagged in the story.

    ``crf.propagate`` runs on the raw CRF tags, before the ORG rules of this module; a name they add
    («فريق الغرافة», «شركة بترونت», a club of a list) is not repeated by it. This second pass spreads the
    ORG spans of the repaired tags (exact word sequence, light fold) over runs of untagged words only, in
    the same window; other types and tagged words are never touched. 5-fold CV on the cached out-of-fold
    CRF tags: micro 0/+0.0004/0/+0.0004/+0.0012, ORG 0.6854 → 0.6885 (16 spans, 10 right; the 6 wrong are
    club names the annotators tagged once and left O elsewhere, «الوحدة», «الغرافة»). With clitics
    («للجمعية السلاوية») it gained less (−0.0007 on the fifth fold), so they are not matched.
    """
    from marsad.analyze.entities.crf import propagate
    from marsad.eval.ner import spans

    only = [[t if t.endswith("-ORG") else "O" for t in sent] for sent in tags]
    if not any("B-ORG" in t for t in only):
        return tags
    spread = propagate(sentences, only, clitics=False)
    out = [list(t) for t in tags]
    for k, sent in enumerate(spread):
        for a, b, _ in spans(sent):
            if all(t == "O" for t in tags[k][a:b]) and (b == len(sent) or not tags[k][b].startswith("I-")):
                out[k][a:b] = sent[a:b]
    return out


def org_rules(tokens: list[str], tags: list[str]) -> list[str]:
    """The ORG repairs of this module, in order (``crf.postprocess`` runs them after the name repairs)."""
    tags = foreign_companies(tokens, definite_clubs_after_club_nouns(tokens, quoted_companies(tokens, orgs_from_heads(tokens, tags))))
    if "B-ORG" in tags:
        tags = coordinated_clubs(tokens, tags)
    if "B-LOC" in tags:  # most sentences have no place to retype
        tags = clubs_before_nationality(tokens, institutions_of_places(tokens, tags))
    if "B-ORG" in tags:
        tags = heads_into_orgs(tokens, tags)
    if "B-PERS" in tags:  # clubs the CRF took for people
        tags = clubs_after_club_nouns(tokens, clubs_named_like_people(tokens, tags))
    return tags
