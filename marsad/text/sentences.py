"""Sentence splitting with offsets that survives quotes, abbreviations, decimals and list markers.

Rules (each motivated by newswire):
- a newline always ends a sentence (headlines and list items carry no final punctuation);
- ``. ! ? ؟ ؛ …`` end a sentence when followed by whitespace or end of text (so 3.5 and
  URLs never split), together with any closing quotes/brackets that follow;
- a ``.`` after a one-letter word (د. م. أ. ص.) or a known abbreviation is not a boundary;
- a ``.`` after a bare number at the start of a line (``1.``) is a list marker, not a boundary;
- inside «…» or “…” no boundary is taken (a quote is reported speech inside one sentence);
- a sentence longer than :data:`MAX_LEN` characters is cut at the last comma, else space, before it.
"""

from __future__ import annotations

import re

MAX_LEN = 400
_TERMINALS = ".!?؟؛…"
_CLOSERS = "»”\"')]}’"
_OPEN_QUOTES = {"«": "»", "“": "”"}
_ABBREVIATIONS = frozenset({"ص", "م", "د", "أ", "ج", "ق", "هـ", "ت", "ش", "ب", "س", "ع", "ه", "Dr", "Mr", "Mrs", "St", "No", "vs", "etc", "U.S", "U.N"})
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*\d{1,3}$")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
# Every character the splitter acts on (newline, quotes, terminals); the scan jumps from one to the next.
_SPECIAL = re.compile("[\n" + re.escape("".join(_OPEN_QUOTES) + "".join(_OPEN_QUOTES.values()) + _TERMINALS) + "]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or a list-marker number."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m or m.end() != dot:
        return False
    word = m.group(1).replace("\u0640", "")
    if word in _ABBREVIATIONS or (len(word) == 1 and not word.isdigit()):
        return True
    return bool(word.isdigit() and _LIST_MARKER.search(text, max(0, dot - 8), dot))


def _raw_boundaries(text: str) -> list[tuple[int, int]]:
    """Spans between boundaries, before trimming and length capping."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    depth: list[str] = []
    quote_open_at = 0
    i = 0
    find = _SPECIAL.search
    while (m := find(text, i)) is not None:
        i = m.start()
        c = text[i]
        if c == "\n":
            spans.append((start, i))
            start = i + 1
            depth.clear()
        elif c in _OPEN_QUOTES:
            if not depth:
                quote_open_at = i
            depth.append(_OPEN_QUOTES[c])
        elif depth and c == depth[-1]:
            depth.pop()
        elif c in _TERMINALS:
            if depth and i - quote_open_at > MAX_LEN:
                depth.clear()  # an unclosed quote must not swallow the text
            if depth:
                i += 1
                continue
            j = i + 1
            while j < n and text[j] in _TERMINALS:
                j += 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            if j < n and not text[j].isspace():
                i = j
                continue
            if c == "." and j == i + 1 and _is_abbreviation(text, i):
                i += 1
                continue
            spans.append((start, j))
            start = j
            i = j
            continue
        i += 1
    spans.append((start, n))
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _cap(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut an over-long span at commas or spaces so no sentence exceeds MAX_LEN."""
    out: list[tuple[int, int]] = []
    while e - s > MAX_LEN:
        window = text[s : s + MAX_LEN]
        cut = max(window.rfind("،"), window.rfind(","), window.rfind("؛"))
        if cut < MAX_LEN // 4:
            cut = window.rfind(" ")
        cut = s + MAX_LEN if cut < MAX_LEN // 4 else s + cut + 1
        a, b = _trim(text, s, cut)
        if b > a:
            out.append((a, b))
        s = cut
        s, e = _trim(text, s, e)
    if e > s:
        out.append((s, e))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``; whitespace trimmed, empty spans dropped."""
    if not text:
        return []
    out: list[tuple[int, int]] = []
    for s, e in _raw_boundaries(text):
        s, e = _trim(text, s, e)
        if e > s:
            out.extend(_cap(text, s, e))
    return out
