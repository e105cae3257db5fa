"""A national Red Crescent society is its country's NGO in events too; the ICRC stays the ICRC."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


@pytest.mark.parametrize(("text", "code"), [
    ("وأرسل الهلال الأحمر الكويتي قافلة مساعدات إلى النازحين في اليمن.", "KWT-NGO"),
    ("وسير الهلال الأحمر الإماراتي جسراً جوياً من المساعدات إلى ليبيا.", "ARE-NGO"),
    ("وقدمت اللجنة الدولية للصليب الأحمر مساعدات طبية للمستشفى في غزة.", "ICRC"),
])
def test_aid_source_code(text: str, code: str) -> None:
    events = [e for e in events_for_sentence(text) if e.type == "AID"]
    assert any(a.code == code for e in events for a in e.source), [[a.code for a in e.source] for e in events]
