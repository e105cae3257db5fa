"""Speed-ups of the recognizer's own passes that must not change a mention: tag spans, memos, word records."""

from __future__ import annotations

import pytest

from marsad.analyze.entities import _tag_spans, gazetteer, recognize_text
from marsad.analyze.entities.crf import propagation_key
from marsad.analyze.entities.wordseq import WordSeq
from marsad.eval.ner import spans
from marsad.text.memo import Memo

SENTENCES = [
    "التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأمريكي في الرياض لبحث الأوضاع في السودان.",
    "وقالت وزارة الدفاع التركية إن قواتها ردت على قصف استهدف قاعدة قرب مدينة إدلب.",
    "أعلن الهلال الأحمر الكويتي إرسال قافلة مساعدات إلى اللاجئين السوريين في لبنان والأردن.",
    "واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من جامعة الدول العربية.",
]


@pytest.mark.parametrize(
    "tags",
    [
        [],
        ["O", "O", "O"],
        ["B-PERS", "I-PERS", "O", "B-LOC"],
        ["I-ORG", "I-ORG", "B-ORG", "O"],  # an I- without B- opens a span (conlleval)
        ["B-PERS", "I-LOC", "I-LOC", "O", "O", "I-PERS"],  # a type change inside a run splits it
        ["B-LOC", "B-LOC", "I-LOC"],
        ["O", "B-MISC", "I-MISC", "I-MISC"],  # a span open at the end
        ["B-PERS", "O", "I-PERS", "I-PERS", "O", "B-ORG", "I-ORG"],
    ],
)
def test_tag_spans_equal_the_evaluator_spans(tags: list[str]) -> None:
    assert _tag_spans(tags) == sorted(spans(tags))


@pytest.mark.parametrize("text", SENTENCES)
def test_word_records_match_each_form(text: str) -> None:
    ws = WordSeq.of(text, 100)
    assert [text[s - 100 : e - 100] for s, e in ws.spans] == ws.raw
    assert ws.prop == [propagation_key(w) for w in ws.raw]
    assert len(ws.norm) == len(ws.strip) == len(ws.punct) == len(ws)


@pytest.mark.parametrize("text", SENTENCES)
def test_gazetteer_memo_turnover_changes_no_match(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = WordSeq.of(text)
    expected = [(m.i, m.j, m.start, m.end, m.ids, m.weak) for m in gazetteer.match(ws)]
    assert expected, "each sentence names a place the KB knows"
    tiny: Memo = Memo(gazetteer._compute_starts, 2)  # a new generation every two words
    monkeypatch.setattr(gazetteer, "_STARTS", tiny)
    got = [(m.i, m.j, m.start, m.end, m.ids, m.weak) for m in gazetteer.match(ws)]
    assert got == expected
    assert len(tiny) <= 4


def test_recognizer_finds_the_same_names_twice() -> None:
    # the second pass reads every word from the memos filled by the first
    text = SENTENCES[3]
    first = [(m.start, m.end, m.kind, m.code) for m in recognize_text(text)]
    assert any(m[2] == "PERS" for m in first)
    assert [(m.start, m.end, m.kind, m.code) for m in recognize_text(text)] == first


def test_kb_overlay_setting_is_seen_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # get_kb_safe reads os.environ's own dict: a variable set or removed at run time must show
    from marsad.analyze.entities.lexicon import _overlay_set

    monkeypatch.delenv("MARSAD_KB", raising=False)
    assert not _overlay_set()
    monkeypatch.setenv("MARSAD_KB", "/tmp/marsad-kb-overlay")
    assert _overlay_set()
    monkeypatch.setenv("MARSAD_KB", "")
    assert not _overlay_set()


@pytest.mark.parametrize("word", ["والعراقيين", "للحكومة", "ماكرون", "،", "2024"])
def test_the_shared_word_record_holds_the_features_forms(word: str) -> None:
    from marsad.analyze.entities.features import norm_word, strip_clitics
    from marsad.analyze.entities.wordseq import word_forms

    norm, strip, punct, prop = word_forms(word)
    assert (norm, strip, prop) == (norm_word(word), strip_clitics(norm_word(word)), propagation_key(word))
    assert punct == (word == "،")
