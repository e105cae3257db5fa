"""Decoding: every encoding Arabic news arrives in, and the inputs that must be refused with a clear reason."""

from __future__ import annotations

import pytest

from marsad.errors import InputError
from marsad.ingest.decode import declared_charset, decode_bytes, utf16_without_bom
from marsad.ingest.language import arabic_marker_share, detect_language

ARABIC = [
    "قال وزير الداخلية العراقي إن قوات الأمن أحبطت هجوماً على نقطة تفتيش قرب الحدود السورية.",
    "أعلنت الحكومة الأردنية عن خطة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت المملكة هذا العام.",
    "وافق مجلس النواب اللبناني على مشروع قانون الموازنة بعد جلسة استمرت حتى ساعة متأخرة من الليل.",
]


@pytest.mark.parametrize("text", ARABIC)
@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", None), ("utf-16-le", "utf-16-le"),
    ("utf-16-be", "utf-16-be"), ("cp1256", "cp1256"), ("iso8859_6", "iso8859_6"),
])
def test_arabic_round_trips_through_every_encoding(text: str, encoding: str, expected: str | None) -> None:
    dec = decode_bytes(text.encode(encoding))
    assert dec.text == text
    if expected:
        assert dec.encoding == expected


def test_bomless_utf16_is_told_by_its_high_bytes() -> None:
    """Arabic UTF-16LE has 0x06 at odd positions, ASCII has 0x00: both mark UTF-16 without a BOM."""
    assert utf16_without_bom(ARABIC[0].encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(ARABIC[0].encode("utf-16-be")) == "utf-16-be"
    assert utf16_without_bom(ARABIC[0].encode("utf-8")) is None


def test_cp1256_is_not_taken_for_iso8859_6() -> None:
    """The same bytes read as the wrong Arabic code page give mojibake with no Arabic words."""
    raw = ARABIC[1].encode("cp1256")
    wrong = raw.decode("iso8859_6", errors="replace")
    assert arabic_marker_share(wrong) < arabic_marker_share(ARABIC[1])
    assert decode_bytes(raw).encoding == "cp1256"


def test_meta_charset_is_honoured_for_legacy_html() -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>{ARABIC[2]}</p></body></html>'
    raw = page.encode("cp1256")
    assert declared_charset(raw[:500]) == "cp1256"
    dec = decode_bytes(raw, html=True)
    assert dec.encoding == "cp1256" and ARABIC[2] in dec.text


def test_valid_utf8_wins_over_a_wrong_meta_charset() -> None:
    """Pages often keep a stale <meta charset> after moving to UTF-8."""
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC[0]}</p></body></html>'
    assert ARABIC[0] in decode_bytes(page.encode("utf-8"), html=True).text


def test_damaged_utf8_is_read_with_a_note() -> None:
    raw = ARABIC[0].encode("utf-8")
    raw = raw[:31] + b"\xff" + raw[31:]
    dec = decode_bytes(raw)
    assert dec.encoding == "utf-8" and "\ufffd" in dec.text
    assert dec.notes and "invalid UTF-8" in dec.notes[0]


def test_presentation_forms_are_folded_to_base_letters() -> None:
    """Old PDFs and some CMS exports carry Arabic presentation forms (ﺍﻟﻌﺮﺍﻕ for العراق)."""
    shaped = "\ufe8d\ufedf\ufecc\ufeae\ufe8d\ufed5"  # ﺍﻟﻌﺮﺍﻕ
    dec = decode_bytes(f"زار الوفد {shaped} أمس".encode())
    assert "العراق" in dec.text


@pytest.mark.parametrize("mark", ["\u00a0", "\u200b", "\u200f", "\u202b", "\u2067"])
def test_invisible_marks_are_kept_in_text(mark: str) -> None:
    """NBSP, zero-width and bidi marks stay (offsets into the original); matching normalizes them away."""
    text = f"قصف{mark}مدفعي على ريف إدلب الجنوبي"
    assert decode_bytes(text.encode()).text == text


def test_crlf_line_ends_are_unified() -> None:
    assert decode_bytes("سطر أول\r\nسطر ثان\rسطر ثالث".encode()).text == "سطر أول\nسطر ثان\nسطر ثالث"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    (b"%PDF-1.7\n" + bytes(range(256)), "PDF document"),
    (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(300), "executable"),
    (bytes(range(1, 32)) * 40, "control bytes"),
    (b"abc\x00def" * 100 + "نص عربي".encode() * 100, "NUL"),
])
def test_binary_and_empty_inputs_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode_bytes(data)


def test_high_bytes_that_read_as_no_language_are_refused() -> None:
    """Invalid UTF-8 that no Arabic code page turns into Arabic words is not ingested as mojibake."""
    data = bytes((b % 128) + 128 for b in range(0, 4000, 7))
    with pytest.raises(InputError, match="undecodable|binary"):
        decode_bytes(data)


@pytest.mark.parametrize("text,lang", [
    (ARABIC[0], "ar"),
    ("The interior minister said security forces foiled an attack on a checkpoint near the border.", "en"),
    ("12345 67890 ---", "und"),
])
def test_language_is_told_by_script_and_function_words(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_stray_control_characters_are_blanked_not_fatal() -> None:
    """regression (SaudiNewsNet 2015-07-25 #1263): U+001A used as a bullet on every paragraph (~1 % of chars)."""
    from marsad.ingest.decode import tidy_text

    text = "\x1a\x1a أيها القارئ، هذه فقرة أولى من مقال رأي طويل.\n\x1a\x1a وهذه فقرة ثانية تكمل الفكرة نفسها."
    out = tidy_text(text)
    assert "\x1a" not in out and len(out) == len(text) and "فقرة ثانية" in out


def test_a_latin_charset_declared_over_windows_1256_bytes_is_overruled() -> None:
    """Old Arabic sites declared iso-8859-1 and relied on the reader's browser being set to Arabic."""
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{ARABIC[1]}</p></body></html>'
    dec = decode_bytes(page.encode("cp1256"), html=True)
    assert dec.encoding == "cp1256" and ARABIC[1] in dec.text and "ignored" in dec.notes[0]


def test_a_declared_latin_charset_on_a_latin_page_is_kept() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Le ministre a déclaré mardi.</p></body></html>'
    assert decode_bytes(page.encode("latin-1"), html=True).encoding == "iso8859-1"
