"""Throughput of segmentation + entity recognition + linking, in sentences per second on one core.

Reads SaudiNewsNet articles (../shared/corpora/saudinewsnet/*.zip), runs the segment and entities
stages on each as a Document, and prints sentences/s (one process = one core). A warm-up pass over
the first articles loads the KB, the CRF and fills the feature caches as a long-running job would.

    .venv/bin/python benchmarks/bench_ner.py [--articles 1500] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.analyze.entities import recognize_document  # noqa: E402
from marsad.analyze.entities.clusters import iter_texts  # noqa: E402
from marsad.model import Document  # noqa: E402
from marsad.text.segment import segment_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def main() -> int:
    """Time segment + recognize over N articles and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1500)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    texts = []
    for t in iter_texts([corpus]):
        texts.append(t)
        if len(texts) >= args.articles + args.warmup:
            break
    for i, t in enumerate(texts[: args.warmup]):
        recognize_document(segment_document(Document(id=f"w{i}", body=t)))
    run = texts[args.warmup :]
    sentences = mentions = chars = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    seg_time = 0.0
    for i, t in enumerate(run):
        doc = Document(id=f"d{i}", body=t)
        a = time.perf_counter()
        segment_document(doc)
        seg_time += time.perf_counter() - a
        recognize_document(doc)
        sentences += len(doc.sentences)
        mentions += len(doc.mentions)
        chars += len(t)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(f"articles        {len(run)}")
    print(f"sentences       {sentences}")
    print(f"mentions        {mentions}")
    print(f"seconds         {elapsed:.2f} (segmentation {seg_time:.2f})")
    print(f"sentences/s     {sentences / elapsed:.0f} wall-clock, one process (segment + recognize + link)")
    print(f"sentences/cpu-s {sentences / cpu:.0f} per core (CPU time: fair on a shared machine)")
    print(f"chars/s         {chars / elapsed:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
