"""Round 56: a «*» trigger form reaches past a long subject noun phrase, and stops at a clause boundary."""

from __future__ import annotations

from marsad.analyze.events import events_for_sentence


def _types(text: str) -> list[str]:
    return [e.type for e in events_for_sentence(text, use_stages=False) if e.modality != "denied"]


def test_seizure_after_long_subject_is_fight() -> None:
    evs = events_for_sentence("سيطرت قوات الدعم السريع بقيادة محمد حمدان دقلو على مدينة الفاشر بعد حصار طويل.",
                              use_stages=False)
    assert [e.type for e in evs] == ["FIGHT"]
    assert any(a.code == "RSF" for a in evs[0].source)


def test_disarm_after_subject_with_place() -> None:
    assert "RETREAT" in _types("سلمت فصائل المعارضة في ريف درعا الغربي أسلحتها الثقيلة إلى الجيش السوري.")


def test_protest_note_to_long_object_keeps_sender() -> None:
    evs = events_for_sentence("سلمت وزارة الخارجية الأردنية القائم بالأعمال الإسرائيلي في عمان مذكرة احتجاج رسمية.",
                              use_stages=False)
    dis = [e for e in evs if e.type == "DISAPPROVE"]
    assert dis and any(a.code.startswith("JOR") for a in dis[0].source)


def test_blame_across_long_subject() -> None:
    evs = events_for_sentence("حمّل تقرير المحققين الدوليين التابعين للأمم المتحدة القوات الروسية مسؤولية قصف مستشفى "
                              "في مدينة ماريوبول.", use_stages=False)
    assert "DISAPPROVE" in [e.type for e in evs]


def test_long_gap_stops_at_relative_clause() -> None:
    # the «على» belongs to the relative clause, not to «سيطرت»'s subject
    assert "FIGHT" not in _types("سيطرت الحكومة المؤقتة التي شكلها المجلس العسكري بعد الانقلاب على مقاليد الحكم في البلاد.")


def test_long_gap_stops_at_another_verb() -> None:
    assert "RETREAT" not in _types("سلمت اللجنة المحلية لأهالي البلدة الذين أعلنت أسماءهم الشرطة سلاحها.")


def test_verbal_noun_keeps_short_reach() -> None:
    # «نشر» is a verbal noun here: its object runs on past the troop count
    evs = events_for_sentence("قرر مجلس الأمن الدولي نشر بعثة لحفظ السلام في جنوب السودان قوامها ستة آلاف جندي.",
                              use_stages=False)
    assert all(not any(a.code.endswith("MIL") and a.code.startswith("SSD") for a in e.source) for e in evs)
