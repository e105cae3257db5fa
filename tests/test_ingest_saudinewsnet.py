"""SaudiNewsNet as shipped (zips of one JSON array each) ingests as is; duplicates are counted, not stored twice."""

from __future__ import annotations

import pytest
from conftest import SAUDI, need

from marsad.ingest import ingest

TOTAL_RECORDS = 15_042  # the corpus's documented size


def test_one_day_zip_reads_with_outlets_urls_and_members(store) -> None:
    day = need(SAUDI) / "2015-07-23.zip"
    report = ingest([need(day)], store, analyze=False, progress=False, limit=150)
    assert report.records == 150 and report.new > 100
    assert all(f.reason.startswith("empty text") for f in report.failures), report.summary()
    doc = next(store.iter_documents())
    (prov,) = store.provenance(doc.id)
    assert prov["member"].startswith("2015-07-23.json#") and prov["url"].startswith("http")
    assert doc.outlet and doc.meta.get("crawl_date", "").startswith("2015-07-")


@pytest.mark.slow
def test_whole_corpus_counts_every_record_once_and_a_second_run_adds_nothing(store) -> None:
    report = ingest([need(SAUDI)], store, analyze=False, progress=False)
    assert report.records == TOTAL_RECORDS
    assert report.new + report.duplicate + report.failed == TOTAL_RECORDS
    assert report.duplicate > 0, "the corpus repeats articles under several URLs"
    assert store.count_documents() == report.new
    assert store.count_provenance() == report.new + report.duplicate
    again = ingest([SAUDI], store, analyze=False, progress=False)
    assert (again.new, again.duplicate) == (0, 0)
    assert again.seen == report.new + report.duplicate
    assert store.count_documents() == report.new
