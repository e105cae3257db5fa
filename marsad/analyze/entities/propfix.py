"""Label propagation and type consistency over a window centred on each sentence.

``crf.propagate`` and ``crf.unify_types`` (the first steps of ``crf.postprocess``, also reused by the
late spreading passes) used fixed blocks of ``PROPAGATION_WINDOW`` sentences. Fixed blocks cut stories
at arbitrary points: a name tagged in the last sentences of one block never reached its repeats a few
sentences later, in the next block, and a sentence at a block edge saw evidence from one side only.
Here every sentence sees the tags of the sentences within ``half`` before and after it (the same total
width), so the evidence a sentence gets does not depend on where block boundaries fall. The matching
(light fold, proclitics, longest sequence first, one-word names tagged in too few of their occurrences
forgotten) is unchanged. Cached out-of-fold ANERcorp tags: micro F1 0.8216 → 0.8234, no fold worse.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from marsad.eval.ner import spans

PROPAGATION_HALF_WINDOW = 75  # sentences on each side of the one being filled


def propagate_centred(tokens: list[list[str]], tags: list[list[str]], half: int = PROPAGATION_HALF_WINDOW,
                      *, clitics: bool | None = None, min_share: float | None = None) -> list[list[str]]:
    """Label consistency: an untagged sequence the tagger tagged within ``half`` sentences of it gets that type.

    Same rule as ``crf.propagate`` but with a sliding window, maintained incrementally: the typed
    spans and the one-word occurrence counts of the sentences entering and leaving the window are
    added and removed as the centre moves.
    """
    from marsad.analyze.entities import crf

    clitics = crf.PROPAGATE_CLITICS if clitics is None else clitics
    min_share = crf.PROPAGATE_MIN_SHARE if min_share is None else min_share
    n = len(tokens)
    keys = [[crf.propagation_key(w) for w in s] for s in tokens]
    found = [[(tuple(keys[k][a:b]), typ) for a, b, typ in spans(tags[k])] for k in range(n)]
    known: dict[tuple[str, ...], Counter] = {}
    words: Counter = Counter()

    def move(k: int, sign: int) -> None:
        for key, typ in found[k]:
            cnt = known.setdefault(key, Counter())
            cnt[typ] += sign
            if cnt[typ] <= 0:
                del cnt[typ]
            if not cnt:
                del known[key]
        words.update({w: sign for w in keys[k]})

    out = [list(t) for t in tags]
    for k in _centred(n, half, move):
        if not known or not any(t == "O" for t in out[k]):
            continue
        usable = {key: cnt for key, cnt in known.items()
                  if len(key) > 1 or not min_share or sum(cnt.values()) >= min_share * words[key[0]]}
        if usable:
            crf._fill(keys[k], out[k], usable, max(len(x) for x in usable), clitics)
    return out


def unify_centred(tokens: list[list[str]], tags: list[list[str]], half: int = PROPAGATION_HALF_WINDOW) -> list[list[str]]:
    """Type consistency over a centred window: a span whose word sequence the ``half`` sentences around it
    tag more often with another type takes that type (``crf.unify_types`` with a sliding window; ties stay)."""
    from marsad.analyze.entities import crf

    n = len(tokens)
    found = [[(a, b, typ, tuple(crf.propagation_key(w) for w in tokens[k][a:b])) for a, b, typ in spans(tags[k])]
             for k in range(n)]
    counts: dict[tuple[str, ...], Counter] = {}

    def move(k: int, sign: int) -> None:
        for _, _, typ, key in found[k]:
            counts.setdefault(key, Counter())[typ] += sign

    out = [list(t) for t in tags]
    for k in _centred(n, half, move):
        for a, b, typ, key in found[k]:
            top, m = counts[key].most_common(1)[0]
            if top != typ and m > counts[key][typ]:
                out[k][a:b] = ["B-" + top] + ["I-" + top] * (b - a - 1)
    return out


def _centred(n: int, half: int, move: Callable[[int, int], None]) -> Iterator[int]:
    """Yield each sentence index k once the window [k - half, k + half] sits around it: ``move(j, 1)``
    brings sentence j in, ``move(j, -1)`` takes it out, so each sentence enters and leaves once."""
    lo = hi = 0  # the window is sentences [lo, hi)
    for k in range(n):
        while hi < min(n, k + half + 1):
            move(hi, 1)
            hi += 1
        while lo < k - half:
            move(lo, -1)
            lo += 1
        yield k
