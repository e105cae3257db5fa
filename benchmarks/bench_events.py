"""Throughput of event coding: sentences/s on one core, with and without the entity/time stages.

Run: ``.venv/bin/python benchmarks/bench_events.py [--repeat N] [--stages-sample N]``.
"Detection + arguments" is ``events_for_sentence(..., use_stages=False)`` (trigger matching,
context filters, actor phrases, roles, modality, place); "with stages" also runs the
entities and time stages on each bare sentence, as ``marsad events --sentences`` does.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEV = Path(__file__).resolve().parent / "data" / "events_dev.jsonl"


def _sentences() -> list[str]:
    return [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def bench(texts: list[str], *, use_stages: bool) -> tuple[float, float, int]:
    """(sentences per CPU second, per wall second, events found) for one pass over ``texts``.

    CPU time is the per-core figure: on a shared machine wall time also counts other jobs.
    """
    from marsad.analyze.events import events_for_sentence

    c0, t0 = time.process_time(), time.perf_counter()
    n = sum(len(events_for_sentence(t, use_stages=use_stages)) for t in texts)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    return len(texts) / cpu, len(texts) / wall, n


def main() -> None:
    """Print the figures."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--repeat", type=int, default=10, help="passes over the dev sentences (detection only)")
    p.add_argument("--stages-sample", type=int, default=150, help="sentences timed with the NER/time stages")
    a = p.parse_args()
    texts = _sentences()
    from marsad.analyze.events import events_for_sentence

    events_for_sentence(texts[0], use_stages=False)  # load lexicons before timing
    # vary the text a little so per-word caches do not make later passes free
    pool = [t if r == 0 else f"{t} ({r})" for r in range(a.repeat) for t in texts]
    rate, wall, n = bench(pool, use_stages=False)
    print(f"detection + arguments: {rate:,.0f} sentences/s per core (CPU time; {wall:,.0f}/s wall) "
          f"({len(pool):,} sentences, {n:,} events)")
    sample = texts[: a.stages_sample]
    events_for_sentence(sample[0], use_stages=True)
    rate2, wall2, n2 = bench(sample, use_stages=True)
    print(f"with entities + time stages: {rate2:,.0f} sentences/s per core (CPU time; {wall2:,.0f}/s wall) "
          f"({len(sample)} sentences, {n2} events)")


if __name__ == "__main__":
    main()
