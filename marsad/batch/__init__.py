"""Scale-out: the same stages as Dask tasks over shards, written as partitioned Parquet tables.

``run_batch(inputs, out, workers=N | scheduler=ADDRESS)`` plans shards, runs
decode → clean → analyze on each shard as a Dask task (retried on failure,
skipped when already finished), then the global steps (near-duplicates by LSH
band keys, event merging by blocking keys). ``load(out, store)`` brings the
result into the SQLite store.
"""

from marsad.batch.load import load
from marsad.batch.plan import Shard, plan_shards
from marsad.batch.run import BatchReport, run_batch

__all__ = ["BatchReport", "Shard", "load", "plan_shards", "run_batch"]
