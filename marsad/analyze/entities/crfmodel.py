"""A CRFsuite model read into numpy arrays, and exact Viterbi decoding over many sentences at once.

Tagging through pycrfsuite converts every feature string of every token to C++ and looks it up
again in the model for each sentence. Reading the weights once lets the tagger score each
distinct word's features a single time (see ``features.ScoreCache``) and decode all the
sentences of a document in one vectorized pass. The decoding is the same first-order Viterbi
as crfsuite's (state scores plus label-to-label transitions, first maximum on ties).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk (crfsuite's string↔id table), in id order."""
    chunkid, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if chunkid != b"CQDB":
        raise ValueError("not a CQDB chunk")
    refs = struct.unpack_from(f"<{bwd_size}I", data, offset + bwd_offset)
    out = []
    for ref in refs:
        _id, ksize = struct.unpack_from("<II", data, offset + ref)
        start = offset + ref + 8
        out.append(data[start : start + ksize - 1].decode("utf-8"))
    return out


class CrfModel:
    """Labels, attribute index, state weights (attributes × labels) and transitions of a crfsuite model file."""

    def __init__(self, path: str | Path) -> None:
        data = Path(path).read_bytes()
        magic, _size, kind, _ver, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, _lr, _ar = _HEADER.unpack_from(data)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"not a crfsuite CRF1d model: {path}")
        chunk, _csize, n_feat = _CHUNK.unpack_from(data, off_feat)
        if chunk != b"FEAT":
            raise ValueError(f"no feature chunk in {path}")
        feats = np.frombuffer(data, _FEATURE, n_feat, off_feat + _CHUNK.size)
        self.labels: list[str] = _cqdb_strings(data, off_labels)[:n_labels]
        attrs = _cqdb_strings(data, off_attrs)[:n_attrs]
        self.attr_index: dict[str, int] = {a: i for i, a in enumerate(attrs)}
        self.weights = np.zeros((n_attrs, n_labels))
        state = feats[feats["type"] == _STATE]
        self.weights[state["src"], state["dst"]] = state["weight"]
        self.transitions = np.zeros((n_labels, n_labels))
        trans = feats[feats["type"] == _TRANSITION]
        self.transitions[trans["src"], trans["dst"]] = trans["weight"]
        self.vocabulary = frozenset(a for a, i in self.attr_index.items() if self.weights[i].any())

    def score(self, attrs: list[str] | tuple[str, ...]) -> np.ndarray:
        """The summed label scores of a list of attributes (unknown ones count nothing)."""
        index = self.attr_index
        ids = [index[a] for a in attrs if a in index]
        return self.weights[ids].sum(axis=0) if ids else np.zeros(len(self.labels))


def viterbi(states: list[np.ndarray], transitions: np.ndarray, bias: np.ndarray | None = None) -> list[list[int]]:
    """Best label index sequence of each sentence (``states``: one tokens × labels score array each).

    ``bias`` (one score per label) is added to every token's state scores.

    All sentences are decoded together, left-aligned in one array: the transitions apply at every
    step, so no per-step mask is built, and what comes after a sentence's last token never reaches
    its path. Each sentence is scored exactly as when the batch was right-aligned behind zero
    transitions (see ``_entry_offsets``), so the sums and the first-maximum choices are unchanged.
    """
    if not states:
        return []
    lengths = [len(s) for s in states]
    t_max = max(lengths)
    if not t_max:
        return [[] for _ in states]
    n_labels = transitions.shape[0]
    batch = len(states)
    scores = np.zeros((t_max, batch, n_labels))
    for b, s in enumerate(states):
        scores[: len(s), b] = s
    if bias is not None:
        scores += bias
    deltas = np.empty((t_max, batch, n_labels))  # every step's best scores, kept: sentences end at different steps
    deltas[0] = scores[0]
    if bias is not None:
        offsets = _entry_offsets(t_max, bias)
        for b, n in enumerate(lengths):
            if 0 < n < t_max:
                np.add(offsets[t_max - n], scores[0, b], out=deltas[0, b])
    # Candidates are laid out (from, batch, to): the max over the previous label then runs over whole
    # contiguous (batch, to) slices, ~3x faster than a reduction over a short last axis.
    trans = transitions[:, None, :]  # (from, 1, to): the same for every sentence at every step
    cands = np.empty((t_max, n_labels, batch, n_labels))  # every step's candidates, kept for the back pointers
    best = np.empty((t_max, batch, n_labels))
    add, top = np.add, np.maximum.reduce  # the ufunc itself: np.max's Python wrapper costs as much as the work
    cols = deltas.transpose(0, 2, 1)[:, :, :, None]  # (step, from, batch, 1): each step's scores as a column
    for t in range(1, t_max):  # preallocated outputs: this loop is the tagger's inner loop
        cand = cands[t]
        add(cols[t - 1], trans, out=cand)
        top(cand, axis=0, out=best[t])
        add(best[t], scores[t], out=deltas[t])
    back = np.empty((t_max, batch, n_labels), dtype=np.intp)
    if t_max > 1:  # the first previous label reaching the best: argmax's choice, found over booleans (8x less to move)
        (cands[1:] == best[1:, None]).argmax(axis=1, out=back[1:])
    lasts = deltas[[max(n - 1, 0) for n in lengths], np.arange(batch)].argmax(axis=1).tolist()  # each best last label
    return [_backtrack(back[1:n, b].tolist(), last) if n else [] for b, (n, last) in enumerate(zip(lengths, lasts, strict=True))]


def _backtrack(back: list[list[int]], last: int) -> list[int]:
    """The label path ending in ``last``, from one sentence's back pointers (``back[t][label]`` = label at t)."""
    path = [last]
    for row in reversed(back):
        last = row[last]
        path.append(last)
    path.reverse()
    return path


def _entry_offsets(t_max: int, bias: np.ndarray) -> list[float]:
    """``offsets[k]``: the score a sentence entered with behind ``k`` padding steps of a right-aligned batch.

    There, padding tokens scored ``bias`` under zero transitions, so a shorter sentence started from
    the padding's best score rather than from nothing. Adding that same value keeps every sum as it was.
    """
    offsets = [0.0]
    pad = np.zeros(len(bias)) + bias  # a padding token's scores
    for _ in range(1, t_max):
        entry = np.maximum.reduce(pad + 0.0)
        offsets.append(entry)
        pad = entry + (np.zeros(len(bias)) + bias)
    return offsets
