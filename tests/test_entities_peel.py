"""A preposition on a one-word place name («بحلب», «لبغداد») is peeled for places only, never for everyday words."""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in recognize_text(text) if m.kind == "LOC"]


@pytest.mark.parametrize(("text", "want"), [
    # SaudiNewsNet writes «بجدة», «لإيران», «بتبوك» hundreds of times; they were missed or left unlinked
    ("قتل خمسة مدنيين في قصف جوي بحلب أمس", ("حلب", "SYR")),
    ("وصل وزير الخارجية لبغداد في زيارة رسمية", ("بغداد", "IRQ")),
    ("واندلعت مواجهات بغرداية جنوب البلاد", ("غرداية", "DZA")),
    ("افتتح الأمير مشروعاً جديداً بتبوك", ("تبوك", "SAU")),
])
def test_a_preposition_on_a_place_is_peeled(text: str, want: tuple[str, str]) -> None:
    assert want in _places(text)


@pytest.mark.parametrize("text", [
    "استيقظ المزارعون باكرا لجني المحصول",  # «باكرا» early, not ب + Accra
    "يتقن المترجم لغات عدة",  # «لغات» languages, not ل + Ghat (Libya)
    "ونشرت الوزارة الخبر مرفقاً بصور من الموقع",  # «بصور» with pictures, not ب + Tyre
])
def test_everyday_words_are_not_read_as_places(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "entity"), [
    # ل + اللجنة is written «للجنة» (two lams, not three): it was read as ل + الجنة
    ("وانتخبت العداءة السابقة رئيسة للجنة الأولمبية الدولية.", "org:ioc"),
    ("ووصلت تعزيزات عسكرية للاذقية أمس.", "place:latakia"),
])
def test_lam_plus_article_on_a_lam_word(text: str, entity: str) -> None:
    assert entity in [m.entity for m in recognize_text(text)]
