"""CRF features for one whitespace token sequence: lean, cached per word type, window ±3.

Word-level features (normalized form, affixes of length 1-4 of the clitic-stripped form, stem,
shape, foreign-name spelling cues, KB gazetteer membership with first/last name parts, word
clusters, the raw final letter where normalization folds ى/ي and ة/ه, title/trigger words seen
up to three words away) are computed once per distinct token string. For training they are
concatenated into per-token string lists; for tagging ``ScoreCache`` turns them once per string
into label-score vectors (own and per neighbour offset), so a sentence costs a few array sums.
``document_features`` adds what other occurrences of the same word in a ~500-token window
had around them (a name after الرئيس once is still a name when it stands alone later).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from itertools import count as count_from
from operator import is_, itemgetter
from typing import TYPE_CHECKING

import numpy as np

from marsad.analyze.entities.clusters import clusters
from marsad.analyze.entities.lexicon import (
    adjective_country,
    gazetteer_words,
    get_kb_safe,
    given_names,
    load_data,
    triggers,
)
from marsad.text.memo import Memo
from marsad.text.normalize import normalize
from marsad.text.stem import stem
from marsad.text.tokens import is_protected, normalize_cached

if TYPE_CHECKING:
    from marsad.analyze.entities.crfmodel import CrfModel

_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=300_000)
def norm_word(word: str) -> str:
    """The matching form of one word (``normalize``, or the word itself when that leaves nothing), cached.

    ``normalize`` itself comes from the tokenizer's cache: every word was normalized there first.
    """
    return normalize_cached(word) or word


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


# The characters ``c`` with "a" <= c.lower() <= "z": ASCII letters, İ (lower "i̇") and the Kelvin sign.
_LATIN_LOWER = re.compile("[A-Za-z\u0130\u212a]")


@lru_cache(maxsize=300_000)
def _shape(tok: str) -> str:
    if tok.isdigit() or tok.replace(".", "").replace(",", "").isdigit():
        return "D"
    if _LATIN_LOWER.search(tok):
        return "L"
    if not (tok[:1].isalpha() or any(c.isalpha() for c in tok)):
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
    return bool(kb and len(norm) > 3 and adjective_country(kb, norm))


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


_SLOTS = 7  # own features, then what the word gives its neighbours at each of OFFSETS
_PAD = 3  # the farthest neighbour offset


class ScoreCache:
    """Label scores of each token string's word-local features under one model, computed once per string.

    A row holds the summed weights of the word's own features and of the features it gives
    each neighbour offset; a sentence's state scores are then a few array additions.
    """

    def __init__(self, model: CrfModel, word_extra: WordExtra | None = None, size: int = 200_000) -> None:
        self.model = model
        self.word_extra = word_extra  # more word-local features: (own, given to the neighbours ±1)
        self.size = size
        self.rows: dict[str, int] = {}
        self.words: list[str] = []  # normalized form per row (for the bigram feature)
        self.bigrams: list[dict[str, int] | None] = []  # per row: previous word → id of its bigram attribute
        self._bigram_index = _bigram_index(model.attr_index)
        self._offset_index = _offset_index(model.attr_index)
        self.table = np.zeros((4096, _SLOTS, len(model.labels)))
        self._stem_ids: dict[str, _StemRow] = {}
        self._const = {f: model.attr_index.get(f, -1) for f in ("b", "sh=A", "fl", "al", "gn", "adj", "cap")}
        self._word_ids = _word_index(model.attr_index, self._offset_index)
        self._edge_ids = _edge_index(model.attr_index)
        self._affix_ids = tuple(self._edge_ids[k].get for k in _AFFIXES)
        self._len_ids = tuple(model.attr_index.get("len=" + k, -1) for k in _LEN)

    def _stem_row(self, s: str) -> _StemRow:
        """The attribute ids a clitic-stripped form gives every word spelled with it (see ``_StemRow``), made once per form.

        The affix ids come from prefix-free tables (``_edge_index``) in ``_affixes``' order: no feature string is built.
        """
        get = self.model.attr_index.get
        m1, p1 = self._offset_index["-1"].get, self._offset_index["+1"].get
        sp1, sp2, sp3, sp4, ss1, ss2, ss3, ss4 = self._affix_ids
        n = len(s)
        if n > 4:
            affixes = (self._len_ids[min(n, 8)], sp1(s[:1], -1), sp2(s[:2], -1), sp3(s[:3], -1), sp4(s[:4], -1),
                       ss1(s[-1:], -1), ss2(s[-2:], -1), ss3(s[-3:], -1), ss4(s[-4:], -1))
        else:
            sp, ss = self._affix_ids[:4], self._affix_ids[4:]
            affixes = (self._len_ids[n], *[sp[k - 1](s[:k], -1) for k in range(1, n)],
                       *[ss[k - 1](s[-k:], -1) for k in range(1, n)])
        feat = "s=" + s
        row = ((get(feat, -1), get("st=" + stem(s), -1)), affixes,
               tuple(map(get, _spelling(s), repeat(-1))), m1(feat, -1), p1(feat, -1))
        self._stem_ids[s] = row
        return row

    def row_ids(self, tokens: list[str]) -> list[int]:
        """Row of each token, scoring the strings not seen before in one vectorized step."""
        rows = self.rows
        if len(rows) + len(tokens) > self.size:
            rows.clear()
            self.words.clear()
            self.bigrams.clear()
            self._stem_ids.clear()
        ids = list(map(rows.get, tokens))  # one C-level pass; most strings are known
        if None in ids:
            missing = list(compress(count_from(), map(is_, ids, repeat(None))))
            self._add(list(dict.fromkeys(map(tokens.__getitem__, missing))))
            for i in missing:
                ids[i] = rows[tokens[i]]
        return ids  # type: ignore[return-value]

    def _add(self, toks: list[str]) -> None:
        # The attribute ids of each slot in the order ``_word_parts`` lists the features (the lexicon's
        # ``word_extra`` own features after the word's, its neighbour features last in slots ±1), so
        # the bincount below adds the same weights in the same order as the feature strings would.
        # Built from ids directly: what depends only on the clitic-stripped form (stem, affixes,
        # spelling cues) is looked up once per form (``_stem_ids``), and no offset string is made.
        # Most new words are not model attributes at all (the model has ~2,400 word forms): the
        # word's own and neighbour ids come from one lookup (``_word_ids``), its edge letters'
        # from prefix-free tables, and a word giving no cue (nearly all) skips the cue slots.
        get = self.model.attr_index.get
        m3, m2, m1, p1, p2, p3 = (self._offset_index[o].get for o in OFFSETS)
        unknown = repeat(-1)
        bigrams = self._bigram_index.get
        stem_ids, stem_of = self._stem_ids.get, self._stem_row
        word_ids, no_word = self._word_ids.get, _NO_WORD
        e_p2, e_p3, e_x1, e_x2, e_x3 = (self._edge_ids[k].get for k in _EDGES)
        const = self._const
        b, sh_a, fl, al, gn, adj, cap = const["b"], const["sh=A"], const["fl"], const["al"], const["gn"], const["adj"], const["cap"]
        gnm1, gnp1 = m1("gn", -1), p1("gn", -1)
        letters = _cue_data()[0]
        gw, names, trigs, cls = gazetteer_words(), given_names(), triggers(), clusters()
        ids: list[int] = []
        lens: list[int] = []
        add_len = lens.append
        word_extra = self.word_extra
        words = self.words
        rows = self.rows
        add_bigrams = self.bigrams.append
        for tok in toks:
            norm = norm_word(tok)
            wid = word_ids(norm, no_word)  # ids of w=norm: own, then given at -2, -1, +1, +2
            shape = _shape(tok)
            if shape == "A":
                s = strip_clitics(norm)
                row = stem_ids(s) or stem_of(s)
                own = [b, wid[0], sh_a, *row[0], e_p2(norm[:2], -1), e_p3(norm[:3], -1),
                       e_x1(norm[-1:], -1), e_x2(norm[-2:], -1), e_x3(norm[-3:], -1), *row[1]]
                if not letters.isdisjoint(tok):
                    own.append(fl)
                own += row[2]
                if norm.startswith("ال") or s != norm and norm[1:3] == "ال":
                    own.append(al)
                cue: list[str] = []
                gz = gw.get(s) or gw.get(norm)
                if gz:
                    own += [get("g=" + g, -1) for g in gz]
                    near = ["g=" + g for g in gz if "_" not in g]
                    near_m1 = list(map(m1, near, unknown))
                    near_p1 = list(map(p1, near, unknown))
                else:
                    near_m1 = []
                    near_p1 = []
                if norm in names or s in names:
                    own.append(gn)
                    near_m1.append(gnm1)
                    near_p1.append(gnp1)
                trig = trigs.get(norm) or trigs.get(s)
                if trig:
                    own.append(get("t=" + trig, -1))
                    cue.append("t=" + trig)
                if _country_adjective(norm):
                    own.append(adj)
                    cue.append("adj")
                near_m1.append(row[3])
                near_p1.append(row[4])
                cl = cls.get(norm) or cls.get(s)
                if cl:
                    cl_own, cl_near = _cluster_features(cl)
                    own += map(get, cl_own, unknown)
                    near_m1 += map(m1, cl_near, unknown)
                    near_p1 += map(p1, cl_near, unknown)
                last = tok.rstrip(_MARKS)[-1:]
                if last in _FOLDED_ENDINGS:
                    own.append(get("r1=" + last, -1))
            else:
                own = [b, wid[0], get("sh=" + shape, -1)]
                if shape == "L" and tok[:1].isupper():
                    own.append(cap)
                near_m1 = near_p1 = []
                cue = []
            near2: tuple[str, ...] = ()
            if word_extra is not None:
                more, near2 = word_extra(tok)
                if more:
                    own += map(get, more, unknown)
            mid = len(near_m1) + len(cue) + len(near2) + 1  # slots -1 and +1 hold as many (near_m1, near_p1 pair up)
            if cue:
                add_len(len(own))
                ids += own
                add_len(len(cue))
                ids += map(m3, cue, unknown)
                add_len(len(cue) + 1)
                ids.append(wid[1])
                ids += map(m2, cue, unknown)
                add_len(mid)
                ids.append(wid[2])
                ids += near_m1
                ids += map(m1, cue, unknown)
                ids += map(m1, near2, unknown)
                add_len(mid)
                ids.append(wid[3])
                ids += near_p1
                ids += map(p1, cue, unknown)
                ids += map(p1, near2, unknown)
                add_len(len(cue) + 1)
                ids.append(wid[4])
                ids += map(p2, cue, unknown)
                add_len(len(cue))
                ids += map(p3, cue, unknown)
            else:  # the same ids as above with the cue slots empty
                lens += (len(own), 0, 1, mid, mid, 1, 0)
                ids += own
                ids.append(wid[1])
                ids.append(wid[2])
                ids += near_m1
                if near2:
                    ids += map(m1, near2, unknown)
                ids.append(wid[3])
                ids += near_p1
                if near2:
                    ids += map(p1, near2, unknown)
                ids.append(wid[4])
            rows[tok] = len(words)
            words.append(norm)
            add_bigrams(bigrams(norm))
        first = len(self.words) - len(toks)
        if len(self.words) > len(self.table):
            grown = np.zeros((max(len(self.words), 2 * len(self.table)), *self.table.shape[1:]))
            grown[: len(self.table)] = self.table
            self.table = grown
        attr = np.array(ids, dtype=np.intp)
        slot_of = np.repeat(np.arange(len(lens)), lens)
        known = attr >= 0
        attr, slot_of = attr[known], slot_of[known]
        # One bin per (slot, label), filled in feature order: bincount adds sequentially, so each
        # sum is the same as adding the slot's feature weights one by one.
        labels = self.model.weights.shape[1]
        bins = (slot_of[:, None] * labels + np.arange(labels)).ravel()
        sums = np.bincount(bins, weights=self.model.weights[attr].ravel(), minlength=len(lens) * labels)
        self.table[first : len(self.words)] = sums.reshape(len(toks), _SLOTS, labels)

    def states(self, chunks: list[list[str]], flags: list[list[str | None]] | None,
               extra: list[list[tuple[str, ...]]] | None) -> list[np.ndarray]:
        """State score arrays (tokens × labels) of token chunks tagged as separate sequences."""
        lengths = list(map(len, chunks))
        flat = list(chain.from_iterable(chunks))
        if not flat:
            return [np.zeros((0, len(self.model.labels))) for _ in chunks]
        rows = self.row_ids(flat)
        # Chunks laid out with _PAD zero rows around each, so a neighbour offset never reaches into
        # another chunk: one slice addition per offset. A token near a chunk edge adds 0.0 where the
        # neighbour is missing, as before, so the sums are the same.
        at = np.arange(len(flat)) + _PAD * np.repeat(np.arange(1, len(chunks) + 1), lengths)
        v = np.zeros((len(flat) + _PAD * (len(chunks) + 1), *self.table.shape[1:]))
        v[at] = self.table[rows]  # (padded tokens, slots, labels)
        s = v[:, 0].copy()
        for k, step in enumerate(_STEPS, start=1):  # token i gets what token i+step gives at offset -step
            if step < 0:
                s[-step:] += v[:step, k]
            else:
                s[:-step] += v[step:, k]
        s = s[at]
        pos, ids = self._sparse(lengths, rows, flags, extra)
        if pos:
            np.add.at(s, pos, self.model.weights[ids])
        return np.split(s, np.cumsum(lengths[:-1]))

    def _sparse(self, lengths: list[int], rows: list[int], flags: list[list[str | None]] | None,
                extra: list[list[tuple[str, ...]]] | None) -> tuple[list[int], list[int]]:
        """(token position, attribute id) of bigram, KB-phrase, document and BOS/EOS features.

        Each kind is collected in its own pass over the few tokens that have it; at any one position
        the features come in the same order as ever (bigram, phrase flag, document cues, BOS, EOS),
        so ``np.add.at`` adds them in the same order.
        """
        index = self.model.attr_index
        words = self.words
        pos: list[int] = []
        ids: list[int] = []
        starts = list(accumulate(lengths, initial=0))  # chunk c spans starts[c]:starts[c + 1]
        firsts = set(starts)
        bgs = list(map(self.bigrams.__getitem__, rows))
        for i in compress(count_from(), bgs):  # words that end some bigram feature
            if i not in firsts and (a := bgs[i].get(words[rows[i - 1]])) is not None:  # type: ignore[union-attr]
                pos.append(i)
                ids.append(a)
        for c, n in enumerate(lengths):
            fl = flags[c] if flags else None
            if n and fl:
                base = starts[c]
                for i in compress(range(n), fl):
                    if (a := index.get("gp=" + fl[i])) is not None:  # type: ignore[operator]
                        pos.append(base + i)
                        ids.append(a)
        for c, n in enumerate(lengths):
            ex = extra[c] if extra else None
            if n and ex:
                base = starts[c]
                for i in compress(range(n), ex):
                    for f in ex[i]:
                        if (a := index.get(f)) is not None:
                            pos.append(base + i)
                            ids.append(a)
        bos, eos = index.get("BOS"), index.get("EOS")
        if bos is not None:
            for c, n in enumerate(lengths):
                if n:
                    pos.append(starts[c])
                    ids.append(bos)
        if eos is not None:
            for c, n in enumerate(lengths):
                if n:
                    pos.append(starts[c + 1] - 1)
                    ids.append(eos)
        return pos, ids


WordExtra = Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]]
# Of a clitic-stripped form: ids of (s=, st=), of (len=, affixes), of the spelling cues but ``fl``,
# and of ``s=`` given to the neighbours -1 and +1 (-1: not in the model, dropped before summing).
_StemRow = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], int, int]


def _offset_index(attrs: dict[str, int]) -> dict[str, dict[str, int]]:
    """Offset (``-3`` … ``+3``) → feature without that prefix → attribute id: ``index["-1"]["w=x"]`` is ``attrs["-1w=x"]``."""
    out: dict[str, dict[str, int]] = {o: {} for o in OFFSETS}
    for a, i in attrs.items():
        sub = out.get(a[:2])
        if sub is not None:
            sub[a[2:]] = i
    return out


_EDGES = ("p2", "p3", "x1", "x2", "x3")  # a word's first and last letters: features of the form alone
_AFFIXES = ("sp1", "sp2", "sp3", "sp4", "ss1", "ss2", "ss3", "ss4")  # of the clitic-stripped form (``_affixes``)
_NO_WORD = (-1, -1, -1, -1, -1)


def _word_index(attrs: dict[str, int], offsets: dict[str, dict[str, int]]) -> dict[str, tuple[int, int, int, int, int]]:
    """Word form → ids of ``w=form`` own and given at -2, -1, +1, +2 (-1 where absent), for the forms the model has.

    A new word is then one lookup (most miss: the model knows a few thousand forms) instead of five.
    """
    tables = [{k[2:]: i for k, i in attrs.items() if k.startswith("w=")}]
    tables += [{k[2:]: i for k, i in offsets[o].items() if k.startswith("w=")} for o in ("-2", "-1", "+1", "+2")]
    forms = set().union(*tables)
    return {f: tuple(t.get(f, -1) for t in tables) for f in forms}  # type: ignore[misc]


def _edge_index(attrs: dict[str, int]) -> dict[str, dict[str, int]]:
    """Kind of ``_EDGES`` and ``_AFFIXES`` → letters → attribute id: ``index["p2"]["ال"]`` is ``attrs["p2=ال"]``, no string built."""
    out: dict[str, dict[str, int]] = {e: {} for e in (*_EDGES, *_AFFIXES)}
    for a, i in attrs.items():
        kind, eq, rest = a.partition("=")
        sub = out.get(kind)
        if sub is not None and eq:
            sub[rest] = i
    return out


def _bigram_index(attrs: dict[str, int]) -> dict[str, dict[str, int]]:
    """Word → previous word → attribute id of the model's ``bg=word|previous`` features."""
    out: dict[str, dict[str, int]] = {}
    for a, i in attrs.items():
        if a.startswith("bg="):
            pair = a[3:]
            cut = pair.find("|")
            while cut >= 0:  # a word may itself contain "|": register every split
                out.setdefault(pair[:cut], {})[pair[cut + 1 :]] = i
                cut = pair.find("|", cut + 1)
    return out


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
    own, near, cue = _word_parts(tok)
    norm = own[1][2:]
    if cue:
        ctx = tuple((*([o + "w=" + norm] if o not in ("-3", "+3") else []), *([o + f for f in near] if o in ("-1", "+1") else []),
                     *[o + f for f in cue]) for o in OFFSETS)
    else:  # the common case, spelled out
        ctx = ((), ("-2w=" + norm,), ("-1w=" + norm, *["-1" + f for f in near]), ("+1w=" + norm, *["+1" + f for f in near]),
               ("+2w=" + norm,), ())
    return tuple(own), ctx


def _word_parts(tok: str) -> tuple[list[str], list[str], list[str]]:
    """(own features, features given to the words ±1 without the offset, cues given to every offset) of one token.

    ``own[1]`` is always ``"w=" + normalized word``, which every offset but ±3 also receives.
    """
    norm = norm_word(tok)
    shape = _shape(tok)
    near: list[str] = []
    cue: list[str] = []
    if shape == "A":
        s = strip_clitics(norm)
        own = ["b", "w=" + norm, "sh=A", "s=" + s, "st=" + stem(s), "p2=" + norm[:2], "p3=" + norm[:3],
               "x1=" + norm[-1:], "x2=" + norm[-2:], "x3=" + norm[-3:], "len=" + _LEN[min(len(s), 8)],
               *_affixes(s), *_foreign(tok, s)]
        if norm.startswith("ال") or s != norm and norm[1:3] == "ال":
            own.append("al")
        gw = gazetteer_words()
        gz = gw.get(s) or gw.get(norm)
        if gz:
            own += ["g=" + g for g in gz]
            near += ["g=" + g for g in gz if "_" not in g]
        names = given_names()
        if norm in names or s in names:
            own.append("gn")
            near.append("gn")
        trigs = triggers()
        trig = trigs.get(norm) or trigs.get(s)
        if trig:
            own.append("t=" + trig)
            cue.append("t=" + trig)
        if _country_adjective(norm):
            own.append("adj")
            cue.append("adj")
        near.append(own[3])  # "s=" + s
        cls = clusters()
        cl = cls.get(norm) or cls.get(s)
        if cl:
            cl_own, cl_near = _cluster_features(cl)
            own += cl_own
            near += cl_near
        last = tok.rstrip(_MARKS)[-1:]
        if last in _FOLDED_ENDINGS:  # normalization folds ى/ي and ة/ه: على (on) is not the name علي
            own.append("r1=" + last)
    else:
        own = ["b", "w=" + norm, "sh=" + shape]
        if shape == "L" and tok[:1].isupper():
            own.append("cap")
    return own, near, cue


_LEN = tuple(str(k) for k in range(9))
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # diacritics and tatweel
_FOLDED_ENDINGS = "ىيةه"
OFFSETS = ("-3", "-2", "-1", "+1", "+2", "+3")  # neighbour offsets whose features a token sees
_STEPS = tuple(int(o) for o in OFFSETS)


def _affixes(s: str) -> list[str]:
    """Prefixes and suffixes of length 1-4 of the clitic-stripped form (unseen words share them)."""
    n = len(s)
    if n > 4:
        return ["sp1=" + s[:1], "sp2=" + s[:2], "sp3=" + s[:3], "sp4=" + s[:4],
                "ss1=" + s[-1:], "ss2=" + s[-2:], "ss3=" + s[-3:], "ss4=" + s[-4:]]
    out = [f"sp{k}=" + s[:k] for k in range(1, n)]
    out += [f"ss{k}=" + s[-k:] for k in range(1, n)]
    return out


@lru_cache(maxsize=1)
def _cue_data() -> tuple[frozenset[str], dict[int, frozenset[str]], str, dict[int, str]]:
    """(loanword letters, foreign-name endings by length, long vowels, CV-shape table) from data/ner_cues.json."""
    d = load_data("ner_cues.json")
    ends: dict[int, set[str]] = {}
    for e in d["foreign_endings"]:
        e = normalize(e)
        ends.setdefault(len(e), set()).add(e)
    by_len = {k: frozenset(ends[k]) for k in sorted(ends, reverse=True)}
    vowels = "".join(d["vowels"])
    return frozenset(d["foreign_letters"]), by_len, vowels, _ShapeTable(str.maketrans(dict.fromkeys(vowels + "V", "V")))


def _foreign(tok: str, s: str) -> list[str]:
    """Spelling cues of transliterated foreign names: loanword letters, endings, long-vowel density, CV shape."""
    out = ["fl"] if not _cue_data()[0].isdisjoint(tok) else []
    return out + _spelling(s)


def _spelling(s: str) -> list[str]:
    """The cues of ``_foreign`` that depend on the clitic-stripped form alone (all but ``fl``)."""
    _letters, ends, vowels, table = _cue_data()
    out = []
    n = len(s)
    if n >= 4:
        for k, group in ends.items():
            if n > k + 1 and s[-k:] in group:
                out.append("fe=" + s[-k:])
                break
    if n > 1:
        v = sum(map(s.count, vowels)) - (s[0] in vowels)
        out.append(_VOWEL_DENSITY[min(4, v * 5 // n)])
        if n <= 8:
            out.append("cv=" + s.translate(table))
    return out


@lru_cache(maxsize=100_000)
def _cluster_features(cl: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, features for the neighbours ±1) of a word's cluster ids (coarse to fine)."""
    return tuple(f"c{k}={c}" for k, c in enumerate(cl)), tuple(f"c{k}={c}" for k, c in enumerate(cl[:2]))


_VOWEL_DENSITY = tuple(f"vd={k}" for k in range(5))


class _ShapeTable(dict):
    """A ``str.translate`` table for the CV shape: long vowels (and V itself) → V, any other character → C."""

    def __missing__(self, key: int) -> str:
        self[key] = "C"
        return "C"


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
        if getattr(m, "merged_lam", False):
            continue  # a linking reading only: the tagger's features stay those of plain matches
        ent = kb.get(m.ids[0])
        if not TRANSNATIONAL_FLAGS and ent is not None and ent.type == "place" and ent.country is None \
                and not ent.extra.get("ner_flag"):
            continue  # continents, seas: see TRANSNATIONAL_FLAGS
        kind = _PHRASE_KIND.get(ent.type) if ent else None
        if kind:
            for x in range(m.i, m.j):
                flags[x] = ("B-" if x == m.i else "I-") + kind
    return flags


# Places of no country («الشرق الأوسط», «أفريقيا», «البحر الأسود») give the tagger no flag: in the
# training corpus they sit inside other names as often as alone («كأس أفريقيا» MISC, «صحيفة الشرق
# الأوسط» ORG), and flagging them cost 0.3 F1 in 5-fold CV (0.7741 -> 0.7712). The recognizer still
# links them from the knowledge base. Seas marked ``extra.ner_flag`` (the Mediterranean, the Red Sea,
# the Gulf …) keep their flag: they once carried one shore country in the KB (ITA, YEM, IRN …),
# and the shipped model was trained with them flagged; a shared sea is no country's for linking.
TRANSNATIONAL_FLAGS = False
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
    _DOC_INFO.clear()
    _cluster_features.cache_clear()
    norm_word.cache_clear()


DOC_WINDOW = 500  # tokens: about one news story (ANERcorp has no document breaks)


_DocInfo = tuple[str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]


def _doc_info(tok: str) -> _DocInfo:
    """(grouping key or None, cues given to the next word, to the word after it, to the previous word, has ال)."""
    norm = norm_word(tok)
    if _shape(tok) != "A":
        return None, (), (), (), False
    s = strip_clitics(norm)
    cues = []
    trigs, names = triggers(), given_names()
    trig = trigs.get(norm) or trigs.get(s)
    if trig:
        cues.append("t=" + trig)
    if norm in names or s in names:
        cues.append("gn")
    if _country_adjective(norm):
        cues.append("adj")
    has_al = norm.startswith("ال") or norm[1:3] == "ال"
    if not cues:  # most words
        return (s if len(s) >= 3 else None), (), (), (), has_al
    return ((s if len(s) >= 3 else None), tuple("dp" + c for c in cues), tuple("dpp" + c for c in cues),
            tuple("dn" + c for c in cues), has_al)


DOC_INFO_GENERATION = 150_000  # words per generation of the memo below (at most twice as many kept)
_DOC_INFO: Memo[str, _DocInfo] = Memo(_doc_info, DOC_INFO_GENERATION)


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
    infos = [_DOC_INFO.many(sentences[si]) for si in range(start, end)]
    keys = [list(map(_KEY, row)) for row in infos]
    count = Counter(chain.from_iterable(keys))  # counted in C; most words occur once
    count.pop(None, None)
    repeated = {key for key, c in count.items() if c >= 2}
    if not repeated:
        return
    occ = []
    totals: dict[str, dict[str, int]] = {}
    for r, (row, row_keys) in enumerate(zip(infos, keys, strict=True)):
        n = len(row)
        for k in compress(count_from(), map(repeated.__contains__, row_keys)):  # the repeated words only
            key = row_keys[k]
            info = row[k]
            cues = (row[k - 1][1] if k else ()) + (row[k - 2][2] if k > 1 else ()) + (row[k + 1][3] if k + 1 < n else ())
            if info[4]:
                cues += ("dal",)
            occ.append((start + r, k, key, cues))
            tot = totals.setdefault(key, {})
            for f in cues:
                tot[f] = tot.get(f, 0) + 1
    shared: dict[str, tuple[str, ...]] = {}  # an occurrence without cues of its own gets all the others'
    for si, k, key, cues in occ:
        if not cues:
            feats = shared.get(key)
            if feats is None:
                feats = shared[key] = ("drep", *totals[key])
            out[si][k] = feats
            continue
        out[si][k] = ("drep", *(f for f, v in totals[key].items() if v > cues.count(f)))


_KEY = itemgetter(0)  # the grouping key of a ``_doc_info`` record
