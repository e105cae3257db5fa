"""Ingest limits and thresholds, named and kept apart from the logic that uses them."""

from __future__ import annotations

# -- size limits ----------------------------------------------------------------
# A single page (txt/html file, zip member, WARC record, JSON field) is read up to
# this many bytes; the rest is not read, and the document records the cut
# (``meta["truncated"]`` and a dropped line with reason ``size-limit``). Real news
# pages are far below it (an article's HTML rarely exceeds 1-2 MB), so only
# runaway pages (a 50 MB dump, a log mistaken for a page) are affected.
MAX_RECORD_BYTES = 4 * 1024 * 1024
# Text handed to the cleaner is capped at this many characters (after decoding).
# About 35,000 Arabic words: long-form news pieces stay far below (10-15k words);
# the cleaner's cost grows with it (~1.3 s per 200k characters at the time of writing).
MAX_CLEAN_CHARS = 200_000
# A JSON (not JSON-lines) file or zip member holding a JSON array is parsed whole;
# beyond this size the user is asked to convert it to JSON lines.
MAX_JSON_BYTES = 1024 * 1024 * 1024

# -- decoding --------------------------------------------------------------------
# How many leading bytes are sniffed for BOMs, NUL patterns, <meta charset>, magic numbers.
SNIFF_BYTES = 8192
# BOM-less UTF-16: share of bytes at odd (LE) or even (BE) positions that are
# 0x00 (ASCII) or 0x06 (Arabic block) for the text to be taken as UTF-16.
UTF16_HIGH_BYTE_SHARE = 0.85
# Damaged UTF-8: at most this share of non-ASCII characters may be invalid for the
# text to be read as UTF-8 with replacement characters (else a legacy code page).
MAX_INVALID_UTF8_SHARE = 0.02
# … or at most this many (a short page with one broken character is still UTF-8;
# a legacy code page read as UTF-8 breaks on nearly every Arabic letter).
MAX_INVALID_UTF8_COUNT = 4
# Binary: share of control bytes/characters (C0 except tab/newlines, C1) above which
# input is rejected as binary or corrupt (random or compressed bytes: ~10 %). Below
# it, stray control characters are replaced by spaces: a SaudiNewsNet article uses
# U+001A as a bullet on every paragraph (~1 % of its characters).
MAX_CONTROL_SHARE = 0.05
# Legacy Arabic code pages: a decoding must yield at least this share of Arabic
# letters among all letters to be accepted without charset-normalizer.
MIN_ARABIC_LETTER_SHARE = 0.6

# -- language --------------------------------------------------------------------
# A document is Arabic when Arabic letters are at least this share of its letters.
ARABIC_LANGUAGE_SHARE = 0.5
# A Latin-script document is English when English function words are at least
# this share of its words (else its language is "und").
ENGLISH_WORD_SHARE = 0.08

# -- ingest loop -----------------------------------------------------------------
# Documents are committed in batches: every COMMIT_EVERY documents or
# COMMIT_SECONDS seconds, whichever comes first. A batch is one transaction, so a
# kill loses at most one uncommitted batch and a re-run ingests it again.
COMMIT_EVERY = 200
COMMIT_SECONDS = 2.0
# Without a terminal, a plain progress line is printed this often (seconds).
PLAIN_PROGRESS_SECONDS = 30.0
# Failure/notice examples shown per reason in the summary.
EXAMPLES_PER_REASON = 3
