"""Distributional word clusters learned from unlabeled news (SaudiNewsNet), a CRF feature for unseen names.

Each frequent word is described by counts of its left/right neighbours among the most frequent
words, weighted by PPMI, reduced with truncated SVD and clustered with k-means at two
granularities. Only the word → cluster-id table is shipped (``data/clusters.tsv``), no text.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

CLUSTERS_PATH = Path(__file__).resolve().parent / "data" / "clusters.tsv"
_WORD = re.compile(r"[^\W\d_]+")
VOCAB = 60_000
CONTEXT = 2_000
SIZES = (100, 400, 1600)


def iter_texts(paths: list[Path]) -> Iterator[str]:
    """Article bodies from SaudiNewsNet-style zips of JSON arrays (``content`` fields) or plain text files."""
    for path in paths:
        if path.is_dir():
            yield from iter_texts(sorted(path.iterdir()))
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    data = json.loads(zf.read(name).decode("utf-8", "replace"))
                    for rec in data if isinstance(data, list) else [data]:
                        yield str(rec.get("title", "")) + "\n" + str(rec.get("content", ""))
        elif path.suffix in (".txt", ".text"):
            yield path.read_text(encoding="utf-8", errors="replace")


def build_clusters(paths: list[Path], out: Path = CLUSTERS_PATH, *, seed: int = 13, sizes: tuple[int, ...] = SIZES,
                   dims: int = 100, window: int = 1) -> Path:
    """Learn word clusters from the corpus files and write ``word<TAB>c1<TAB>c2<TAB>c3`` lines."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    sents = [[normalize(w) for w in _WORD.findall(t)] for t in iter_texts(paths)]
    freq = Counter(w for s in sents for w in s)
    vocab = [w for w, c in freq.most_common(VOCAB) if c >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXT])}
    pairs: Counter = Counter()
    offsets = [o for o in range(-window, window + 1) if o]
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for slot, o in enumerate(offsets):
                j = i + o
                if 0 <= j < len(s) and cids[j] >= 0:
                    pairs[(wi, slot * CONTEXT + cids[j])] += 1
    rows, cols, vals = zip(*((r, c, v) for (r, c), v in pairs.items()), strict=True)
    m = sparse.csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(vocab), len(offsets) * CONTEXT))
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    col = np.asarray(m.sum(axis=0)).ravel() + 1e-9
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vec = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    labels = [MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vec) for k in sizes]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for i, w in enumerate(vocab):
            fh.write(w + "\t" + "\t".join(str(lab[i]) for lab in labels) + "\n")
    return out


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, ...]]:
    """Normalized word → cluster ids (coarse to fine), empty when no cluster file is shipped."""
    if not CLUSTERS_PATH.exists():
        return {}
    out = {}
    with open(CLUSTERS_PATH, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = tuple(parts[1:])
    return out
