"""CRF features for one whitespace token sequence: lean, cached per word type, window ±2.

Word-level features (normalized form, affixes, clitic-stripped form, stem, shape, KB
gazetteer membership, trigger words) are computed once per distinct token string and
reused; per-sentence work is only concatenating neighbours' cached strings.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.entities.clusters import clusters
from marsad.analyze.entities.lexicon import gazetteer_words, get_kb_safe, given_names, triggers
from marsad.text.normalize import normalize
from marsad.text.stem import stem
from marsad.text.tokens import is_protected

_VOCAB: list[frozenset[str] | None] = [None]  # attributes the loaded model knows (None: keep all)
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


def _shape(tok: str) -> str:
    if tok.isdigit() or tok.replace(".", "").replace(",", "").isdigit():
        return "D"
    if any("a" <= c.lower() <= "z" for c in tok):
        return "L"
    if not any(c.isalpha() for c in tok):
        return "P"
    return "A"


def _country_adjective(norm: str) -> bool:
    kb = get_kb_safe()
    return bool(kb and len(norm) > 3 and kb.country_of_adjective(norm))


def set_vocabulary(attrs: frozenset[str] | None) -> None:
    """Keep only features a model knows (tagging is faster); None keeps every feature (training)."""
    if _VOCAB[0] is not attrs:
        _VOCAB[0] = attrs
        word_features.cache_clear()


@lru_cache(maxsize=300_000)
def word_features(tok: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(own features, neighbour features for offsets -2,-1,+1,+2) of one token string."""
    own, ctx = _word_features(tok)
    vocab = _VOCAB[0]
    if vocab is None:
        return own, ctx
    keep_own = own[:2] + tuple(f for f in own[2:] if f in vocab)  # bias and w= stay first: the bigram reads w=
    return keep_own, tuple(tuple(f for f in c if f in vocab) for c in ctx)


def _word_features(tok: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    norm = normalize(tok) or tok
    shape = _shape(tok)
    own = ["b", "w=" + norm, "sh=" + shape]
    near: list[str] = []
    if shape == "A":
        s = strip_clitics(norm)
        own += ["s=" + s, "st=" + stem(s), "p2=" + norm[:2], "p3=" + norm[:3], "x1=" + norm[-1:], "x2=" + norm[-2:],
                "x3=" + norm[-3:], "sx2=" + s[-2:], "sp2=" + s[:2], "len=" + str(min(len(s), 8))]
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
            near.append("t=" + trig)
        if _country_adjective(norm):
            own.append("adj")
            near.append("adj")
        near.append("s=" + s)
        cl = clusters().get(norm) or clusters().get(s)
        if cl:
            own += [f"c{k}={c}" for k, c in enumerate(cl)]
            near += [f"c{k}={c}" for k, c in enumerate(cl[:2])]
    elif shape == "L" and tok[:1].isupper():
        own.append("cap")
    ctx = []
    for o in ("-2", "-1", "+1", "+2"):
        base = [o + "w=" + norm]
        if o in ("-1", "+1"):
            base += [o + f for f in near]
        ctx.append(tuple(base))
    return tuple(own), tuple(ctx)


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


def sentence_features(tokens: list[str], flags: list[str | None] | None = None) -> list[list[str]]:
    """Feature lists (one per token) for a sentence of whitespace tokens (``flags``: KB phrase matches).

    Written for speed: neighbour features come padded so the loop has no bounds tests.
    """
    cached = [word_features(t) for t in tokens]
    vocab = _VOCAB[0]
    if flags is None:
        flags = phrase_flags(tokens)
    n = len(tokens)
    if not n:
        return []
    empty: tuple[str, ...] = ()
    owns = [c[0] for c in cached]
    words = [o[1][2:] for o in owns]
    m2 = [empty, empty] + [c[1][0] for c in cached]  # features a word gives the word 2 to its right
    m1 = [empty] + [c[1][1] for c in cached]
    p1 = [c[1][2] for c in cached[1:]] + [empty]
    p2 = [c[1][3] for c in cached[2:]] + [empty, empty]
    out: list[list[str]] = []
    for i in range(n):
        f = [*owns[i], *m2[i], *m1[i], *p1[i], *p2[i]]
        if i:
            bg = "bg=" + words[i] + "|" + words[i - 1]
            if vocab is None or bg in vocab:
                f.append(bg)
        if flags[i]:
            f.append("gp=" + flags[i])  # type: ignore[operator]
        out.append(f)
    out[0].append("BOS")
    out[-1].append("EOS")
    return out


def clear() -> None:
    """Forget cached features (after the KB changed)."""
    word_features.cache_clear()
