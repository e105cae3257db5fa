"""Bytes to text for Arabic news pages: BOMs, BOM-less UTF-16, damaged UTF-8, Arabic code pages.

Order of decisions (each a small named test):
1. empty → error; a known binary signature (PNG, PDF, …) → error;
2. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
3. BOM-less UTF-16 is recognised by its high bytes (0x00 for ASCII, 0x06 for Arabic);
4. any other NUL byte → binary;
5. valid UTF-8 wins (Arabic in a legacy code page is never valid UTF-8);
6. a declared charset (HTML ``<meta charset>``, HTTP header) is honoured;
7. UTF-8 with a few damaged bytes is read with U+FFFD and a note;
8. Windows-1256 vs ISO-8859-6: the one that yields Arabic words wins (ties → 1256);
9. charset-normalizer for anything else (e.g. a Latin-1 English page).
The text is then checked for control characters (binary or corrupt), line ends are
unified and Arabic presentation forms folded to base letters. NBSP, zero-width and
bidi marks are kept: matching and indexing normalize them away, offsets stay valid.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.errors import InputError
from marsad.ingest import settings
from marsad.ingest.language import arabic_letter_share, arabic_marker_share
from marsad.text.normalize import fold_presentation_forms

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")  # not ESC: some legacy pages use it
_LEGACY_ARABIC = ("cp1256", "iso8859_6")
# Arabic marker share a legacy decoding must reach (real Arabic ~0.3+, mojibake ~0).
_MIN_MARKER_SHARE = 0.08


@dataclass
class Decoded:
    """Decoded text, the encoding that produced it, and notes on anything repaired."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _magic() -> list[tuple[bytes, str]]:
    rows = []
    raw = (resources.files("marsad.ingest") / "data" / "magic.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            hexsig, what = line.split("\t", 1)
            rows.append((bytes.fromhex(hexsig), what.strip()))
    return rows


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts with (PNG image, PDF document, …), or None."""
    for sig, what in _magic():
        if data.startswith(sig):
            return what
    return None


def bom_encoding(data: bytes) -> str | None:
    """The encoding named by a leading byte-order mark, or None."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the high bytes are 0x00/0x06 at every other position (ASCII/Arabic)."""
    n = len(head) - len(head) % 2
    if n < 8:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    high = (0, 6)

    def share(bs: bytes) -> float:
        return sum(bs.count(b) for b in high) / len(bs)

    if share(odd) >= settings.UTF16_HIGH_BYTE_SHARE and share(even) < 0.5:
        return "utf-16-le"
    if share(even) >= settings.UTF16_HIGH_BYTE_SHARE and share(odd) < 0.5:
        return "utf-16-be"
    return None


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names, if Python knows it."""
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return known_codec(m.group(1).decode("ascii", "ignore")) if m else None


def known_codec(name: str | None) -> str | None:
    """Python's codec name for a charset label, or None when unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _strict(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with few invalid bytes: (text with U+FFFD, number replaced), else None."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if non_ascii and (bad <= settings.MAX_INVALID_UTF8_COUNT or bad / non_ascii <= settings.MAX_INVALID_UTF8_SHARE):
        return text, bad
    return None


def _legacy_arabic(data: bytes) -> tuple[str, str] | None:
    """The Arabic code page whose decoding reads as Arabic words (Windows-1256 on ties)."""
    best: tuple[float, str, str] | None = None
    for enc in _LEGACY_ARABIC:
        text = _strict(data, enc)
        if text is None or arabic_letter_share(text) < settings.MIN_ARABIC_LETTER_SHARE:
            continue
        score = arabic_marker_share(text)
        if score >= _MIN_MARKER_SHARE and (best is None or score > best[0]):
            best = (score, enc, text)
    return (best[2], best[1]) if best else None


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[: settings.MAX_RECORD_BYTES]).best()
    if match is None:
        return None
    return str(match), match.encoding


def _to_text(data: bytes, declared: str | None, html: bool) -> Decoded:
    bom = bom_encoding(data)
    if bom:
        text = _strict(data[_bom_len(data):], bom)
        if text is None:
            raise InputError(f"starts with a {bom} byte-order mark but is not valid {bom}")
        return Decoded(text, bom)
    head = data[: settings.SNIFF_BYTES]
    if b"\x00" in head:
        enc = utf16_without_bom(head)
        text = _strict(data[: len(data) - len(data) % 2], enc) if enc else None
        if text is None:
            raise InputError("binary file: contains NUL bytes (not text, nor UTF-16)")
        return Decoded(text, enc)  # type: ignore[arg-type]
    if b"\x00" in data:
        raise InputError("binary file: contains NUL bytes")
    controls = len(_CONTROL_BYTES.findall(head))
    if controls > settings.MAX_CONTROL_SHARE * len(head):
        raise InputError(f"binary file: {controls} control bytes in the first {len(head)}")
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    declared = known_codec(declared) or (declared_charset(head) if html or data.lstrip()[:1] == b"<" else None)
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        text = _strict(data, declared)
        if text is not None:
            # Old Arabic sites often declare a Latin code page and serve Windows-1256.
            arabic = None if declared in _LEGACY_ARABIC else _legacy_arabic(data)
            if arabic is not None and arabic_marker_share(text) < _MIN_MARKER_SHARE:
                return Decoded(arabic[0], arabic[1], [f"declared charset {declared} ignored: the bytes are {arabic[1]}"])
            return Decoded(text, declared)
    damaged = _damaged_utf8(data)
    if damaged:
        text, bad = damaged
        return Decoded(text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"])
    legacy = _legacy_arabic(data) or _charset_normalizer(data)
    if legacy is None:
        raise InputError(
            "undecodable text: not valid UTF-8, and neither Windows-1256, ISO-8859-6 nor charset detection "
            "gives readable text"
        )
    return Decoded(legacy[0], legacy[1])


def _bom_len(data: bytes) -> int:
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return len(bom)
    return 0


def tidy_text(text: str) -> str:
    """Make decoded text safe for cleaning: reject control-character soup, blank stray controls, unify line ends, fold presentation forms."""
    sample = text[: settings.SNIFF_BYTES * 8]
    if sample and _CONTROL.search(text):
        controls = len(_CONTROL.findall(sample))
        if controls / len(sample) > settings.MAX_CONTROL_SHARE:
            raise InputError(f"binary or corrupt: {controls} control characters in the first {len(sample)}")
        text = _CONTROL.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return fold_presentation_forms(text)


def decode_bytes(data: bytes, *, declared: str | None = None, html: bool = False) -> Decoded:
    """Decode one page's bytes (see the module docstring for the order); raises InputError."""
    if not data.strip():
        raise InputError("empty file" if not data else "empty file (only white space)")
    kind = binary_kind(data[:32])
    if kind:
        raise InputError(f"binary file ({kind}), not a text page")
    decoded = _to_text(data, declared, html)
    decoded.text = tidy_text(decoded.text)
    if not decoded.text.strip():
        raise InputError("empty file (no text after decoding)")
    return decoded
