"""Round 29 (after blind29): the blind29 sentences that motivated each rule, and a contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «الجيش اللبناني: توقيف سوريين اثنين …»: a verbless headline whose colon is followed at once by a measure's
# verbal noun reports the speaker's own act (blind29-001/002/005); a casualty report does not.
def test_headline_speaker_measure() -> None:
    ev = _events("الجيش اللبناني: توقيف سوريين اثنين حاولا التسلل عبر الحدود الشمالية", "COERCE")[0]
    assert _codes(ev.source) == ["LBN-MIL"] and _codes(ev.target)[0].startswith("SYR")
    ev = _events("الداخلية السعودية: ضبط أكثر من عشرين ألف مخالف لأنظمة الإقامة والعمل خلال أسبوع", "COERCE")[0]
    assert _codes(ev.source) == ["SAU-COP"]
    ev = _events("الأردن: الإفراج عن 12 موقوفاً في قضايا تتعلق بحرية التعبير", "CONCEDE")[0]
    assert _codes(ev.source) == ["JOR"]
    ev = _events("الخارجية القطرية: استدعاء السفير الإيراني احتجاجاً على استهداف قاعدة العديد", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["QAT-GOV"] and _codes(ev.target)[0].startswith("IRN")
    ev = _events("وزارة الصحة الفلسطينية: استشهاد ثلاثة شبان برصاص الاحتلال في جنين", "ASSAULT")[0]
    assert not _codes(ev.source) or _codes(ev.source)[0].startswith("ISR")


# «تونس: إيقاف قيادي في حركة النهضة»: «إيقاف» of a person is an arrest (blind29-004); of traffic or work it is not.
def test_iqaf_arrest() -> None:
    assert "COERCE" in _types("تونس: إيقاف قيادي في حركة النهضة بتهمة التآمر على أمن الدولة")
    assert "COERCE" not in _types("أعلنت الشرطة إيقاف حركة المرور في وسط العاصمة")


# «أعلن الجيش الإسرائيلي استدعاء آلاف من جنود الاحتياط»: calling up reservists mobilizes (blind29-024).
def test_reservists_called_up() -> None:
    ev = _events("أعلن الجيش الإسرائيلي استدعاء آلاف من جنود الاحتياط استعداداً لتوسيع العمليات في غزة",
                 "MOBILIZE")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    assert "MOBILIZE" not in _types("قتل جندي من جنود الاحتياط في غزة")


# «تعهد صندوق النقد الدولي بتقديم تمويل إضافي للأردن»: providing funding is aid (blind29-013).
def test_providing_funding() -> None:
    ev = _events("تعهد صندوق النقد الدولي بتقديم تمويل إضافي للأردن في إطار برنامج الإصلاح", "AID")[0]
    assert _codes(ev.source) == ["IMF"] and _codes(ev.target) == ["JOR"]
    assert "AID" not in _types("اتهمت واشنطن طهران بتقديم تمويل للحوثيين")


# «العراق: إعدام 11 مداناً»: executing convicts is a state's coercion, not a killing (blind29-006).
def test_convicts_executed() -> None:
    ev = _events("العراق: إعدام 11 مداناً بجرائم إرهابية في سجن الناصرية", "COERCE")[0]
    assert _codes(ev.source) == ["IRQ"]
    assert "ASSAULT" not in _types("العراق: إعدام 11 مداناً بجرائم إرهابية في سجن الناصرية")
    ev = _events("أعلنت السلطات السعودية إعدام ثلاثة مدانين بتهريب المخدرات", "COERCE")[0]
    assert _codes(ev.source) == ["SAU-GOV"]


# «وافق البرلمان العراقي على مشروع قانون العفو العام»: an amnesty law passed frees no one yet (blind29-035);
# a pardon granted does.
def test_amnesty_law_no_release() -> None:
    assert "CONCEDE" not in _types("وافق البرلمان العراقي على مشروع قانون العفو العام بعد جدل طويل")
    assert "CONCEDE" in _types("أصدر الرئيس عفوا عن 500 سجين")
