"""The URL/ID gold of the SaudiNewsNet dates benchmark: URL days and bounds from neighbouring article IDs."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_dates_saudi import fair_gold, id_intervals, sequential_id, url_day  # noqa: E402

D = date.fromisoformat


@pytest.mark.parametrize(("url", "day"), [
    ("http://www.al-jazirah.com/2015/20150723/ln12.htm", D("2015-07-23")),
    ("http://www.okaz.com.sa/new/Issues/20150726/Con20150726786001.htm", D("2015-07-26")),
    ("http://www.aleqt.com/2015/07/22/article_975100.html", D("2015-07-22")),
    ("http://www.alriyadh.com/1066999", None),
    ("http://www.aleqt.com/2015/02/31/article_1.html", None),  # no such day
])
def test_url_day(url: str, day: date | None) -> None:
    assert url_day(url) == day


@pytest.mark.parametrize(("url", "sid"), [
    ("http://www.alweeam.com.sa/349001/خبر-عن-الطقس/", ("alweeam", 349001)),
    ("http://www.alyaum.com/article/4079500", ("alyaum", 4079500)),
    ("http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=230001&CategoryID=5", ("alwatan", 230001)),
    ("http://www.okaz.com.sa/new/Issues/20150726/Con20150726786001.htm", ("okaz", 786001)),
    ("http://sabq.org/AbCdEf", None),
])
def test_sequential_id(url: str, sid: tuple[str, int] | None) -> None:
    assert sequential_id(url) == sid


def _site(n: int) -> str:
    return f"http://www.alyaum.com/article/{n}"


def test_id_bounds_from_neighbours() -> None:
    """New IDs are bounded below by the previous crawl; a late re-crawl is bounded above by higher IDs."""
    crawled = [(_site(100), D("2015-07-21")), (_site(110), D("2015-07-21")),
               (_site(120), D("2015-07-22")), (_site(130), D("2015-07-22")),
               (_site(105), D("2015-07-22")),  # an old page picked up late
               (_site(140), D("2015-07-25"))]
    iv = id_intervals(crawled)
    assert iv[_site(100)] == (None, D("2015-07-21"))  # first crawl: no lower bound
    assert iv[_site(105)] == (None, D("2015-07-21"))  # a higher ID was already online on 07-21
    assert iv[_site(120)] == (D("2015-07-21"), D("2015-07-22"))
    assert iv[_site(140)] == (D("2015-07-22"), D("2015-07-25"))
    assert fair_gold(_site(130), iv) == (D("2015-07-21"), D("2015-07-22"), "id")
    assert fair_gold(_site(105), iv) == (date.min, D("2015-07-21"), "id_upper")
    assert fair_gold("http://sabq.org/AbCdEf", iv) is None
