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

    ``bias`` (one score per label) is added to every token's state scores; it also lands on the
    padding, where (as below) it cannot change any choice.

    All sentences are decoded together: they are right-aligned in one array, and before a
    sentence's first token the transition scores are zero, so the padding cannot change which
    labels its tokens get (the choice before a zero transition is a constant that every label shares).
    """
    if not states:
        return []
    lengths = [len(s) for s in states]
    t_max = max(lengths)
    n_labels = transitions.shape[0]
    batch = len(states)
    scores = np.zeros((t_max, batch, n_labels))
    live = np.zeros((t_max, batch), dtype=np.intp)
    for b, s in enumerate(states):
        if len(s):
            scores[t_max - len(s) :, b] = s
            live[t_max - len(s) + 1 :, b] = 1
    if bias is not None:
        scores += bias
    # Candidates are laid out (from, batch, to): the max over the previous label then runs over whole
    # contiguous (batch, to) slices, ~3x faster than a reduction over a short last axis. The sums
    # and the first-maximum choices are the same as with any other layout.
    trans = np.stack([np.zeros_like(transitions), transitions])[live].transpose(0, 2, 1, 3)  # (t, from, batch, to)
    delta = scores[0].copy()
    cands = np.empty((t_max, n_labels, batch, n_labels))  # every step's candidates, kept for one argmax at the end
    best = np.empty((batch, n_labels))
    col = delta.T[:, :, None]
    add, top = np.add, np.maximum.reduce  # the ufunc itself: np.max's Python wrapper costs as much as the work
    for t in range(1, t_max):  # preallocated outputs: this loop is the tagger's inner loop
        cand = cands[t]
        add(col, trans[t], out=cand)
        top(cand, axis=0, out=best)
        add(best, scores[t], out=delta)
    back = np.empty((t_max, batch, n_labels), dtype=np.intp)
    if t_max > 1:
        cands[1:].argmax(axis=1, out=back[1:])
    path = np.empty((t_max, batch), dtype=np.intp)
    path[-1] = delta.argmax(axis=1)
    flat = np.arange(batch)
    for t in range(t_max - 1, 0, -1):
        path[t - 1] = back[t, flat, path[t]]
    return [path[t_max - n :, b].tolist() for b, n in enumerate(lengths)]
