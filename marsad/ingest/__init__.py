"""Ingest: read sources (files, directories, JSON, zip, WARC, feeds), decode, clean, analyze, store.

``ingest(paths, store, *, analyze=True, strict=False, progress=True) -> IngestReport``
is the one entry point the CLI, the demo and the batch jobs call.
"""

from marsad.ingest.build import build_document
from marsad.ingest.decode import Decoded, decode_bytes
from marsad.ingest.records import Failure, Notice, Record
from marsad.ingest.report import IngestReport
from marsad.ingest.run import ingest
from marsad.ingest.sources import iter_records

__all__ = [
    "Decoded", "Failure", "IngestReport", "Notice", "Record",
    "build_document", "decode_bytes", "ingest", "iter_records",
]
