"""A proclitic (و، ف، ب، ل) on the first word of a multi-word alias is peeled even when the rest is two letters.

«وتل أبيب», «وأم درمان», «بحي المزة», «وبتل أبيب» were missed: the peeling kept at least three letters
(the floor for a one-word alias), but تل، أم، حي، ذي start many multi-word names. As for one-word
names, the mention's span leaves the clitic out and is always ``body[start:end]``.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text


def _mentions(text: str) -> list[tuple[str, str | None]]:
    ms = recognize_text(text)
    for m in ms:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.entity) for m in ms]


@pytest.mark.parametrize(("text", "want"), [
    ("وأكد المسؤول أن الاتصالات بين القاهرة وتل أبيب لم تنقطع", ("تل أبيب", "place:tel_aviv")),
    ("وسيطرت القوات على أحياء في الخرطوم وأم درمان", ("أم درمان", "place:omdurman")),
    ("وخرجت مظاهرات في البصرة وذي قار احتجاجا على انقطاع الكهرباء", ("ذي قار", "place:dhi_qar")),
    ("وسقطت قذيفتان بحي المزة في العاصمة السورية", ("حي المزة", "place:mezzeh")),
    ("وبتل أبيب دوت صفارات الإنذار مساء أمس", ("تل أبيب", "place:tel_aviv")),
    ("فتل أبيب تخشى جبهة الشمال", ("تل أبيب", "place:tel_aviv")),
    ("واستقبل بوتين وشي جين بينغ في الكرملين", ("شي جين بينغ", "person:xi_jinping")),
])
def test_a_clitic_on_a_short_first_word_is_peeled(text: str, want: tuple[str, str]) -> None:
    assert want in _mentions(text)


@pytest.mark.parametrize(("text", "want"), [
    # longer first words were already peeled: kept so, with the same span rule
    ("ودعت مصر والأمم المتحدة إلى وقف فوري لإطلاق النار", ("الأمم المتحدة", "org:un")),
    ("ورحبت قطر وجامعة الدول العربية بالاتفاق", ("جامعة الدول العربية", "org:arab_league")),
    ("ودعا الوزير مجلس الأمن ولجامعة الدول العربية دور في الحل", ("جامعة الدول العربية", "org:arab_league")),
])
def test_longer_first_words_keep_their_spans(text: str, want: tuple[str, str]) -> None:
    assert want in _mentions(text)


def test_span_leaves_the_clitic_out_as_for_one_word_names() -> None:
    text = "زار الوفد بغداد ودمشق وتل أبيب"
    got = {m.text: (m.start, m.end) for m in recognize_text(text)}
    assert text[got["دمشق"][0] - 1] == "و"  # one-word name: و left out
    assert text[got["تل أبيب"][0] - 1] == "و"  # multi-word name: the same


@pytest.mark.parametrize("text", [
    "وجه الرئيس كلمة إلى الأمة",  # «وجه» a word (face/addressed), not و + جه
    "قال إن الوقت قد حان",
])
def test_a_word_that_owns_its_waw_is_not_peeled(text: str) -> None:
    assert all(m.how != "gazetteer" or m.text in text for m in recognize_text(text))
    assert not any(m.start == 0 and m.how == "gazetteer" for m in recognize_text(text))
