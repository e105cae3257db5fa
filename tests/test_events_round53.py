"""Round 53: the sector of an actor code, not only its country (exact-code scoring)."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


def _codes(text: str, type_: str, role: str) -> list[str]:
    evs = [e for e in events_for_sentence(text) if e.modality != "denied" and e.type == type_]
    assert evs, text
    return [a.code for e in evs for a in getattr(e, role)]


# A minister of defence or of the interior is a cabinet member (GOV); the ministry of defence announcing
# strikes stays the military's voice (MIL).
@pytest.mark.parametrize(("text", "type_", "role", "code"), [
    ("هدد وزير الدفاع الإسرائيلي بضرب مواقع حزب الله في البقاع إذا استمر إطلاق الصواريخ", "THREATEN", "source",
     "ISR-GOV"),
    ("التقى رئيس الأركان الباكستاني في الرياض وزير الدفاع السعودي لبحث التعاون العسكري", "CONSULT", "target",
     "SAU-GOV"),
    ("أقال الرئيس التونسي وزير الداخلية من منصبه وكلف وزير العدل بتسيير الوزارة مؤقتا", "COERCE", "target",
     "TUN-GOV"),
    ("أعلنت وزارة الدفاع الروسية أن طائراتها دمرت مستودعات ذخيرة في ريف إدلب", "ASSAULT", "source", "RUS-MIL"),
])
def test_defence_and_interior_ministers(text: str, type_: str, role: str, code: str) -> None:
    assert code in _codes(text, type_, role)


# Activists are civilians even when the entities stage links the word to the opposition; «معارضين» still says OPP.
@pytest.mark.parametrize(("text", "type_", "role", "code"), [
    ("اعتقلت الشرطة المغربية ثلاثة ناشطين في الرباط بسبب تدوينات تنتقد الحكومة", "COERCE", "target", "MAR-CVL"),
    ("تظاهر عشرات الناشطين أمام مقر البرلمان في تونس احتجاجا على غلاء الأسعار", "PROTEST", "source",
     "TUN-CVL"),
    ("أفرجت السلطات الجزائرية عن ناشطين معارضين بعد انقضاء محكوميتهم", "CONCEDE", "target", "DZA-OPP"),
])
def test_activists_are_civilians(text: str, type_: str, role: str, code: str) -> None:
    assert code in _codes(text, type_, role)


# «حزب … المعارض»: the adjective joins the party's phrase, the party is coded as opposition and the adjective is
# no separate actor that could take the government's role.
def test_opposition_party_adjective() -> None:
    text = "اتهم حزب الشعب الجمهوري المعارض في تركيا الحكومة بالتضييق على رؤساء البلديات"
    assert _codes(text, "DISAPPROVE", "source") == ["TUR-OPP"]
    assert _codes(text, "DISAPPROVE", "target") == ["TUR-GOV"]

