"""Round 28 (after blind28): the blind28 sentences that motivated each rule, and a contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «اعتقلت الشرطة التركية عشرات المحتجين على توقيف …»: the protesters the police arrest protest; the police do
# not (blind28-058). A protest noun before the arrest is not the arrested crowd.
def test_arrested_protesters() -> None:
    text = ("في ساعة متأخرة من مساء أمس، اعتقلت الشرطة التركية عشرات المحتجين على توقيف رئيس بلدية إسطنبول"
            " أكرم إمام أوغلو")
    ev = _events(text, "PROTEST")[0]
    assert _codes(ev.source) == ["TUR-CVL"]
    ev = _events("اعتقلت الشرطة التركية عشرات المحتجين في إسطنبول", "PROTEST")[0]
    assert _codes(ev.source) == ["TUR-CVL"]
    ev = _events("اعتقلت الشرطة التركية عشرات المحتجين في إسطنبول", "COERCE")[0]
    assert _codes(ev.source) == ["TUR-COP"] and _codes(ev.target) == ["TUR-CVL"]


# «قالت الصحيفة إن إيران زودت روسيا بصواريخ»: after «إن/أن» the subject precedes the verb, so the phrase
# inside «زودت … بصواريخ» is the recipient (blind28-053); in VSO order it stays the giver.
def test_that_clause_subject_before_gapped_verb() -> None:
    text = "نقلا عن مسؤولين أمريكيين، قالت صحيفة وول ستريت جورنال إن إيران زودت روسيا بصواريخ باليستية قصيرة المدى"
    ev = _events(text, "AID")[0]
    assert _codes(ev.source) == ["IRN"] and _codes(ev.target) == ["RUS"]
    ev = _events("قال مسؤولون إن الولايات المتحدة زودت أوكرانيا بأسلحة", "AID")[0]
    assert _codes(ev.source) == ["USA"] and _codes(ev.target) == ["UKR"]
    ev = _events("زودت إيران روسيا بصواريخ باليستية", "AID")[0]
    assert _codes(ev.source) == ["IRN"] and _codes(ev.target) == ["RUS"]


# «سلمت وزارة الخارجية العراقية القائم بالأعمال السويدي مذكرة احتجاج»: who hands the note protests to whom
# receives it (blind28-056).
def test_protest_note_handed() -> None:
    ev = _events("سلمت وزارة الخارجية العراقية السفير السويدي مذكرة احتجاج على حرق نسخة من القرآن", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"] and _codes(ev.target)[0].startswith("SWE")
    ev = _events("سلمت الخارجية المصرية السفير الإسرائيلي مذكرة احتجاج رسمية", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["EGY-GOV"] and _codes(ev.target)[0].startswith("ISR")


# «أسقطت الدفاعات الجوية الأوكرانية عشرات المسيرات التي أطلقتها روسيا»: bare «مسيرات» shot down or launched are
# drones, an attack by the launcher (blind28-037); marches after «بعد» in another clause stay marches.
def test_downed_bare_drones() -> None:
    ev = _events("أسقطت الدفاعات الجوية الأوكرانية عشرات المسيرات التي أطلقتها روسيا على كييف ليلا", "ASSAULT")[0]
    assert _codes(ev.source)[0].startswith("RUS") and _codes(ev.target)[0].startswith("UKR")
    ev = _events("اعترضت الدفاعات السعودية مسيرات أطلقها الحوثيون", "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"]
    assert "PROTEST" in _types("خرجت مسيرات حاشدة في الرباط تنديدا بالعدوان على غزة")
    assert "ASSAULT" not in _types("أسقطت الحكومة مشروع القانون بعد مسيرات حاشدة في العاصمة")


# «شنت المسيرات التركية غارات»: definite drones with a country's nisba are that country's forces (leftover from
# blind27-047); drones named as a weapon («بالصواريخ والمسيرات») are no party.
def test_drones_with_nisba_as_forces() -> None:
    ev = _events("شنت المسيرات التركية غارات على مواقع لحزب العمال الكردستاني شمال العراق", "ASSAULT")[0]
    assert _codes(ev.source) == ["TUR-MIL"] and _codes(ev.target) == ["PKK"]
    ev = _events("قصف الحرس الثوري الإيراني بالصواريخ والمسيرات مقرات لأحزاب كردية معارضة", "ASSAULT")[0]
    assert not any(c.endswith("MIL") and c.startswith("IRN") for c in _codes(ev.target))


# «الرئاسة الفلسطينية: نرفض أي مخططات لتهجير سكان قطاع غزة»: a first-person verb in a headline speaks for the
# actor that opens it before the colon (blind28-039).
def test_headline_colon_speaker_first_person() -> None:
    ev = _events("الرئاسة الفلسطينية: نرفض أي مخططات لتهجير سكان قطاع غزة إلى سيناء", "REJECT")[0]
    assert _codes(ev.source) == ["PSE-GOV"]
    ev = _events("الخارجية المصرية: ندين الهجوم الإسرائيلي على رفح", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["EGY-GOV"] and _codes(ev.target) == ["ISR"]
