"""Named limits and defaults of the web app, kept apart from the code that enforces them."""

from __future__ import annotations

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
# Uploads larger than this are refused with 413 before any parsing of the file.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# How many files one POST /api/ingest may carry.
MAX_UPLOAD_FILES = 50
# URL fetches for POST /api/ingest: how long to wait, and the same size cap as uploads.
FETCH_TIMEOUT_S = 20.0
# Pagination: default and maximum page size for every list endpoint.
PAGE_DEFAULT = 50
PAGE_MAX = 500
# Timeline chart: ranges shorter than this many days are bucketed per week, longer ones per month.
WEEK_BUCKET_MAX_DAYS = 180
# ... up to this many days per month; longer ranges per year.
MONTH_BUCKET_MAX_DAYS = 10 * 366
# The chart draws reports dated to within this many days; vaguer dates are counted apart.
CHART_MAX_SPAN_DAYS = 62
# Entity page: how many co-occurring actors to list.
TOP_PARTNERS = 12
# Search: width of a highlighted snippet in characters.
SNIPPET_WIDTH = 220
# Environment variable holding the bearer token that enables POST /api/ingest.
TOKEN_ENV = "MARSAD_TOKEN"
# Story page: at most this many merged events and side-by-side documents inline (the rest via links).
STORY_MAX_EVENTS = 60
STORY_MAX_DOCS = 12
