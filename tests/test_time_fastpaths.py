"""The dates stage's shortcuts keep results: diacritic offsets, the parse memo, the tenure name pre-filter."""

from __future__ import annotations

import pytest

from marsad.analyze.time import infer_published
from marsad.analyze.time.grammar import parse
from marsad.analyze.time.lexicon import GAP, get_lexicon, tokenize
from marsad.model import Document
from marsad.text.normalize import normalize


@pytest.mark.parametrize("text", [
    "وصلَ الوفدُ يومَ الأربعاءِ ١٤ حزيرانَ ٢٠١٧م إلى بغداد.",
    "نشرت الصحيفة يوم 18/9/1436هـ (5/7/2015م) استطلاعاً.",
    "ارتفعت الأسعار في العـــام المـاضي بنسبة كبيرة.",
    "قال الوزير أمس الثلاثاء إن المحادثات ستستمر.",
])
def test_token_offsets_survive_diacritics_and_tatweel(text: str) -> None:
    """Every token's span, folded, is the token itself (diacritics and tatweel skipped, «هـ» kept whole)."""
    toks = [t for t in tokenize(text, get_lexicon().known) if t is not GAP]
    assert toks
    for t in toks:
        assert normalize(text[t.start:t.end]).replace("ـ", "") == t.norm
        assert t.end == len(text) or text[t.end] not in "\u064e\u064f\u0650\u0640"


def test_parse_memo_returns_fresh_lists() -> None:
    """The body is parsed twice per document (publication date, then timexes): a caller's edit must not leak."""
    text = "وقعت الاتفاقية في 12 مايو 2015 بعد مفاوضات استمرت أسبوعين."
    first = parse(text)
    first.clear()
    again = parse(text)
    assert [e.text for e in again] == ["12 مايو 2015", "أسبوعين"]  # «استمرت أسبوعين»: a length (round 8)
    assert again is not parse(text)


@pytest.mark.parametrize("body", [
    "تلقى الرئيس السوري بشار الأسد رسالة من رئيس الوزراء العراقي «مصطفى الكاظمي» اليوم الأربعاء.",
    "وأكد رئيس الوزراء العراقي، مصطفى الكاظمي، أن الحكومة ماضية في الإصلاح.",
])
def test_tenure_found_with_quotes_and_commas(body: str) -> None:
    """A punctuated name («مصطفى الكاظمي»، …) still starts a person alias: the pre-filter strips punctuation."""
    p = infer_published(Document(id="t", body=body))
    assert any("PRIME_MINISTER" in e for e in p.evidence)
    assert p.earliest is not None and p.earliest >= "2020-04"


@pytest.mark.parametrize("text", [
    "وصلَ الوفدُ يومَ الأربعاءِ ١٤ حزيرانَ ٢٠١٧م إلى بغداد.",
    "الرياض - الخميس\u00a014/10/1436هـ الموافق 2015/7/30م: افتتح الأمير المعرض.",
    "ضمن من حضر «اليوم» الاجتماع، في 3-4 آب/أغسطس 2020\u200f، وبعد غد الأحد.",
    "  تـــم التوقيع\tفي\n\n١١ شوال ١٤٣٦ هـ (2015-07-27)،،  ",
    "",
])
def test_chunk_memo_tokenizes_like_the_whole_text(text: str) -> None:
    """Tokens from the per-chunk memo equal those of one pass over the whole text (twice: cold, then warm)."""
    from marsad.analyze.time.lexicon import _tokenize_flat

    known = get_lexicon().known
    assert tokenize(text, known) == _tokenize_flat(text, known)
    assert tokenize(text, known) == _tokenize_flat(text, known)
