"""CRF features for one whitespace token sequence: lean, cached per word type, window ±3.

Word-level features (normalized form, affixes of length 1-4 of the clitic-stripped form, stem,
shape, foreign-name spelling cues, KB gazetteer membership with first/last name parts, word
clusters, title/trigger words seen up to three words away) are computed once per distinct token
string and reused; per-sentence work is only concatenating neighbours' cached strings.
``document_features`` adds what other occurrences of the same word in a ~500-token window
had around them (a name after الرئيس once is still a name when it stands alone later).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.analyze.entities.clusters import clusters
from marsad.analyze.entities.lexicon import gazetteer_words, get_kb_safe, given_names, load_data, triggers
from marsad.text.normalize import normalize
from marsad.text.stem import stem
from marsad.text.tokens import is_protected

_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=300_000)
def strip_clitics(norm: str) -> str:
    """Aggressive prefix stripping for features and lookups: وبالعراق → عراق, للعراق → عراق."""
    w = norm
    if w.startswith("لل") and len(w) > 4:
        return w[2:]
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            rest = w[len(p):]
            if rest.startswith("ال") or (len(p) == 1 and p in "وف" and not is_protected(w)):
                w = rest
                break
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


@lru_cache(maxsize=300_000)
def _shape(tok: str) -> str:
    if tok.isdigit() or tok.replace(".", "").replace(",", "").isdigit():
        return "D"
    if any("a" <= c.lower() <= "z" for c in tok):
        return "L"
    if not any(c.isalpha() for c in tok):
        return "P"
    return "A"


@lru_cache(maxsize=1)
def _kb() -> object:
    """The KB (looked up once; ``clear`` forgets it)."""
    return get_kb_safe()


@lru_cache(maxsize=300_000)
def _country_adjective(norm: str) -> bool:
    """True for a nationality adjective of a KB country (سوري، العراقية، الإيرانيين)."""
    kb = _kb()
    return bool(kb and len(norm) > 3 and kb.country_of_adjective(norm))  # type: ignore[attr-defined]


Cached = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


class FeatureCache:
    """Word-local features of token strings, filtered to one model's attributes and cached per string.

    Each tagger has its own (two models never evict each other's entries); training uses
    ``vocab=None`` and keeps every feature.
    """

    def __init__(self, vocab: frozenset[str] | None = None, size: int = 300_000) -> None:
        self.vocab = vocab
        self.size = size
        self.data: dict[str, Cached] = {}

    def get(self, tok: str) -> Cached:
        """(own features, features given to each neighbour offset) of one token string."""
        hit = self.data.get(tok)
        if hit is not None:
            return hit
        own, ctx = _word_features(tok)
        vocab = self.vocab
        if vocab is not None:  # bias and w= stay first: the bigram reads w=
            keep = vocab.__contains__
            own = own[:2] + tuple(filter(keep, own[2:]))
            ctx = tuple(tuple(filter(keep, c)) for c in ctx)
        if len(self.data) >= self.size:
            self.data.clear()
        self.data[tok] = (own, ctx)
        return own, ctx


_CACHES: dict[int, FeatureCache] = {}


def cache_for(vocab: frozenset[str] | None) -> FeatureCache:
    """The shared feature cache of one attribute set (None: training, unfiltered)."""
    key = id(vocab)
    c = _CACHES.get(key)
    if c is None or c.vocab is not vocab:
        c = _CACHES[key] = FeatureCache(vocab)
    return c


def word_features(tok: str) -> Cached:
    """(own features, features given to neighbours at offsets ``OFFSETS``) of one token string, unfiltered."""
    return cache_for(None).get(tok)


def _word_features(tok: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    norm = normalize(tok) or tok
    shape = _shape(tok)
    own = ["b", "w=" + norm, "sh=" + shape]
    near: list[str] = []
    cue: list[str] = []
    if shape == "A":
        s = strip_clitics(norm)
        own += ["s=" + s, "st=" + stem(s), "p2=" + norm[:2], "p3=" + norm[:3], "x1=" + norm[-1:], "x2=" + norm[-2:],
                "x3=" + norm[-3:], "len=" + str(min(len(s), 8))]
        own += _affixes(s)
        own += _foreign(tok, s)
        if norm.startswith("ال") or s != norm and norm[1:3] == "ال":
            own.append("al")
        gz = gazetteer_words().get(s) or gazetteer_words().get(norm) or ()
        own += ["g=" + g for g in gz]
        near += ["g=" + g for g in gz if "_" not in g]
        if norm in given_names() or s in given_names():
            own.append("gn")
            near.append("gn")
        trig = triggers().get(norm) or triggers().get(s)
        if trig:
            own.append("t=" + trig)
            cue.append("t=" + trig)
        if _country_adjective(norm):
            own.append("adj")
            cue.append("adj")
        near.append("s=" + s)
        cl = clusters().get(norm) or clusters().get(s)
        if cl:
            own += [f"c{k}={c}" for k, c in enumerate(cl)]
            near += [f"c{k}={c}" for k, c in enumerate(cl[:2])]
    elif shape == "L" and tok[:1].isupper():
        own.append("cap")
    ctx = []
    for o in OFFSETS:
        base = [o + "w=" + norm] if o != "-3" and o != "+3" else []
        if o in ("-1", "+1"):
            base += [o + f for f in near]
        base += [o + f for f in cue]
        ctx.append(tuple(base))
    return tuple(own), tuple(ctx)


OFFSETS = ("-3", "-2", "-1", "+1", "+2", "+3")  # neighbour offsets whose features a token sees
_STEPS = tuple(int(o) for o in OFFSETS)


def _affixes(s: str) -> list[str]:
    """Prefixes and suffixes of length 1-4 of the clitic-stripped form (unseen words share them)."""
    n = len(s)
    out = [f"sp{k}=" + s[:k] for k in range(1, 5) if k < n]
    out += [f"ss{k}=" + s[-k:] for k in range(1, 5) if k < n]
    return out


_NOT_V = re.compile("[^V]")


@lru_cache(maxsize=1)
def _cue_data() -> tuple[frozenset[str], dict[int, frozenset[str]], str, dict[int, str]]:
    """(loanword letters, foreign-name endings by length, long vowels, vowel→V table) from data/ner_cues.json."""
    d = load_data("ner_cues.json")
    ends: dict[int, set[str]] = {}
    for e in d["foreign_endings"]:
        e = normalize(e)
        ends.setdefault(len(e), set()).add(e)
    by_len = {k: frozenset(ends[k]) for k in sorted(ends, reverse=True)}
    vowels = "".join(d["vowels"])
    return frozenset(d["foreign_letters"]), by_len, vowels, str.maketrans(dict.fromkeys(vowels, "V"))


def _foreign(tok: str, s: str) -> list[str]:
    """Spelling cues of transliterated foreign names: loanword letters, endings, long-vowel density, CV shape."""
    letters, ends, vowels, table = _cue_data()
    out = []
    if not letters.isdisjoint(tok):
        out.append("fl")
    n = len(s)
    if n >= 4:
        for k, group in ends.items():
            if n > k + 1 and s[-k:] in group:
                out.append("fe=" + s[-k:])
                break
    if n > 1:
        v = sum(map(s.count, vowels)) - (s[0] in vowels)
        out.append(f"vd={min(4, v * 5 // n)}")
        if n <= 8:
            out.append("cv=" + _NOT_V.sub("C", s.translate(table)))
    return out


def phrase_flags(tokens: list[str]) -> list[str | None]:
    """Per token, the KB type of the longest alias phrase covering it, as B-/I- flags (None outside)."""
    from marsad.analyze.entities.gazetteer import match
    from marsad.analyze.entities.wordseq import WordSeq

    return flags_from_matches(match(WordSeq.from_tokens(tokens)), len(tokens))


def flags_from_matches(matches: list, n: int) -> list[str | None]:
    """B-/I- KB type flags for ``n`` words from gazetteer matches."""
    flags: list[str | None] = [None] * n
    kb = get_kb_safe()
    if kb is None:
        return flags
    for m in matches:
        ent = kb.get(m.ids[0])
        kind = _PHRASE_KIND.get(ent.type) if ent else None
        if kind:
            for x in range(m.i, m.j):
                flags[x] = ("B-" if x == m.i else "I-") + kind
    return flags


_PHRASE_KIND = {"person": "PER", "place": "LOC", "country": "LOC", "org": "ORG", "group": "ORG", "outlet": "ORG"}


def sentence_features(tokens: list[str], flags: list[str | None] | None = None,
                      extra: list[tuple[str, ...]] | None = None, cache: FeatureCache | None = None) -> list[list[str]]:
    """Feature lists (one per token) for a sentence of whitespace tokens (``flags``: KB phrase matches).

    Written for speed: neighbour features come padded so the loop has no bounds tests.
    """
    n = len(tokens)
    if not n:
        return []
    cache = cache or cache_for(None)
    hit, miss = cache.data.get, cache.get
    cached = [hit(t) or miss(t) for t in tokens]
    vocab = cache.vocab
    if flags is None:
        flags = phrase_flags(tokens)
    empty: tuple[str, ...] = ()
    owns = [c[0] for c in cached]
    words = [o[1][2:] for o in owns]
    m3, m2, m1, p1, p2, p3 = (  # the features the word at i+step gives word i, padded
        [empty] * -step + [c[1][k] for c in cached[: n + step]] if step < 0 else [c[1][k] for c in cached[step:]] + [empty] * min(step, n)
        for k, step in enumerate(_STEPS)
    )
    out: list[list[str]] = []
    add = out.append
    for i in range(n):
        f = [*owns[i], *m3[i], *m2[i], *m1[i], *p1[i], *p2[i], *p3[i]]
        if i:
            bg = "bg=" + words[i] + "|" + words[i - 1]
            if vocab is None or bg in vocab:
                f.append(bg)
        if flags[i]:
            f.append("gp=" + flags[i])  # type: ignore[operator]
        if extra and extra[i]:
            f += extra[i] if vocab is None else [x for x in extra[i] if x in vocab]
        add(f)
    out[0].append("BOS")
    out[-1].append("EOS")
    return out


def clear() -> None:
    """Forget cached features (after the KB changed)."""
    _CACHES.clear()
    _kb.cache_clear()
    _country_adjective.cache_clear()
    _doc_info.cache_clear()


DOC_WINDOW = 500  # tokens: about one news story (ANERcorp has no document breaks)


_DocInfo = tuple[str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]


@lru_cache(maxsize=300_000)
def _doc_info(tok: str) -> _DocInfo:
    """(grouping key or None, cues given to the next word, to the word after it, to the previous word, has ال)."""
    norm = normalize(tok) or tok
    if _shape(tok) != "A":
        return None, (), (), (), False
    s = strip_clitics(norm)
    cues = []
    trig = triggers().get(norm) or triggers().get(s)
    if trig:
        cues.append("t=" + trig)
    if norm in given_names() or s in given_names():
        cues.append("gn")
    if _country_adjective(norm):
        cues.append("adj")
    has_al = norm.startswith("ال") or norm[1:3] == "ال"
    return ((s if len(s) >= 3 else None), tuple("dp" + c for c in cues), tuple("dpp" + c for c in cues),
            tuple("dn" + c for c in cues), has_al)


def document_features(sentences: list[list[str]], window: int = DOC_WINDOW) -> list[list[tuple[str, ...]]]:
    """Per token, the context cues of the same word's other occurrences within its ~``window``-token block.

    A name after الرئيس in one sentence is a name in the next sentence too, where it stands alone.
    """
    none: tuple[str, ...] = ()
    out: list[list[tuple[str, ...]]] = [[none] * len(s) for s in sentences]
    start = 0
    while start < len(sentences):
        end, size = start, 0
        while end < len(sentences) and (size < window or end == start):
            size += len(sentences[end])
            end += 1
        _block_features(sentences, out, start, end)
        start = end
    return out


def _block_features(sentences: list[list[str]], out: list[list[tuple[str, ...]]], start: int, end: int) -> None:
    """Fill ``out`` for sentences[start:end] (one document window): only words seen twice or more get cues."""
    infos = [[_doc_info(t) for t in sentences[si]] for si in range(start, end)]
    count: dict[str, int] = {}
    for row in infos:
        for info in row:
            if info[0] is not None:
                count[info[0]] = count.get(info[0], 0) + 1
    occ = []
    totals: dict[str, dict[str, int]] = {}
    for r, row in enumerate(infos):
        n = len(row)
        for k, info in enumerate(row):
            key = info[0]
            if key is None or count[key] < 2:
                continue
            cues = (row[k - 1][1] if k else ()) + (row[k - 2][2] if k > 1 else ()) + (row[k + 1][3] if k + 1 < n else ())
            if info[4]:
                cues += ("dal",)
            occ.append((start + r, k, key, cues))
            tot = totals.setdefault(key, {})
            for f in cues:
                tot[f] = tot.get(f, 0) + 1
    for si, k, key, cues in occ:
        tot = totals[key]
        feats = ["drep"]
        for f, v in tot.items():
            if v > cues.count(f):
                feats.append(f)
        out[si][k] = tuple(feats)
