"""Modality, attribution and casualty counts."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


def ev(text: str):
    evs = events_for_sentence(text, use_stages=False)
    assert evs, text
    return evs[0]


@pytest.mark.parametrize(("text", "modality"), [
    ("من المقرر أن يزور وزير الخارجية الأردني دمشق الأسبوع المقبل", "planned"),
    ("سيزور رئيس الوزراء العراقي المملكة العربية السعودية مطلع الشهر المقبل.", "planned"),
    ("تعتزم سوريا والعراق توقيع اتفاقية لإعادة تشغيل خط النفط", "planned"),
    ("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في إدلب", "denied"),
    ("لم تقصف الطائرات التركية أي مواقع في ريف الحسكة", "denied"),
    ("أعلن التنظيم عن مقتل عشرة عسكريين عراقيين في عملية بمحافظة صلاح الدين", "claimed"),
    ("تبنت حركة الشباب تفجيرا انتحاريا استهدف فندقا في مقديشو", "claimed"),
    ("قصفت المدفعية التركية قرى في ريف الحسكة", "asserted"),
])
def test_modality(text: str, modality: str) -> None:
    assert ev(text).modality == modality


@pytest.mark.parametrize(("text", "who"), [
    ("قالت وزارة الصحة في غزة إن 40 شخصا استشهدوا في غارات إسرائيلية", "وزارة الصحة"),
    ("وفق المرصد السوري لحقوق الإنسان قتل أربعة عناصر من قوات النظام بهجوم على حاجز", "المرصد السوري"),
    ("بحسب مصادر طبية فإن طفلين أصيبا بشظايا قذيفة مدفعية أطلقتها دبابات الاحتلال", "مصادر طبية"),
])
def test_attribution(text: str, who: str) -> None:
    assert who in (ev(text).attribution or "")


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("أسفر الهجوم المسلح عن سقوط 3 قتلى و5 جرحى", 3, 5),
    ("أعلن التنظيم عن مقتل عشرة عسكريين عراقيين في عملية", 10, None),
    ("هاجم عناصر من تنظيم داعش حافلة تقل جنودا ما أسفر عن مقتل 12 منهم", 12, None),
])
def test_casualties(text: str, dead: int | None, injured: int | None) -> None:
    e = ev(text)
    assert (e.dead, e.injured) == (dead, injured)
