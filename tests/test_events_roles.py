"""Arguments: source and target from the sentence's structure, compound actors, place and date."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


def first(text: str, type_: str | None = None):
    evs = [e for e in events_for_sentence(text, use_stages=False) if type_ is None or e.type == type_]
    assert evs, text
    return evs[0]


def codes(actors) -> list[str]:
    return [a.code for a in actors]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), [
    # host construction: the subject hosts (target), the object visits (source)
    ("استقبلت قيادة أركان الجيش العراقي، الأربعاء الماضي، وفدًا عسكريًا سوريًا رفيع المستوى", "CONSULT",
     "SYR-MIL", "IRQ-MIL"),
    # «تلقى X رسالة من Y»: Y sends
    ("تلقى الرئيس السوري بشار الأسد اليوم الأربعاء، رسالة شفهية من رئيس الوزراء العراقي مصطفى الكاظمي", "CONSULT",
     "IRQ-GOV", "SYR-GOV"),
    ("بعد رسالة شفهية تلقاها الأسد من رئيس الوزراء العراقي السابق، عادل عبد المهدي", "CONSULT", "IRQ-GOV",
     "SYR-GOV"),
    # VSO with «مع»
    ("اجتمع رئيس النظام السوري، بشار الأسد، مع الرئيس العراقي، عبد اللطيف رشيد", "CONSULT", "SYR-GOV", "IRQ-GOV"),
    # noun trigger with a nisba agent and «ل» target
    ("غارة أميركية استهدفت موقعاً للحشد الشعبي في منطقة القائم", "ASSAULT", "USA-MIL", "PMF"),
    # light verb subject before a verbal noun, «ضد» target
    ("وكانت القوات العراقية قد شنت سلسلة ضربات ضد مواقع داعش داخل سوريا", "ASSAULT", "IRQ-MIL", "ISIS"),
    # agent after «برصاص»
    ("استشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي في مخيم جنين", "ASSAULT", "ISR-MIL", "PSE-CVL"),
    # «سمح X لـY»
    ("سمح الأسد في ديسمبر 2018 للقوات العراقية بضرب تنظيم داعش داخل سوريا", "AGREE", "SYR-GOV", "IRQ-MIL"),
    # patient noun after «من اعتقال», quoted group name
    ("تمكنت القوات العراقية، من اعتقال 20 عنصرا من تنظيم “داعش”", "COERCE", "IRQ-MIL", "ISIS"),
])
def test_source_and_target(text: str, type_: str, src: str, tgt: str) -> None:
    ev = first(text, type_)
    assert src in codes(ev.source)
    assert tgt in codes(ev.target)


def test_compound_actor_split_into_dyad() -> None:
    ev = first("كما وقع وزيرا الداخلية السوري والعراقي، محمد خالد الرحمون وعبد الأمير الشمري، مذكرة تفاهم", "AGREE")
    assert codes(ev.source) == ["SYR-GOV"] and codes(ev.target) == ["IRQ-GOV"]


def test_agreement_between_two_named_sides() -> None:
    ev = first("اتفق كل من رئيس أركان الجيش العراقى والوفد العسكرى السورى على إنشاء مركز عمليات مشترك", "AGREE")
    assert codes(ev.source) == ["IRQ-MIL"] and codes(ev.target) == ["SYR-MIL"]


def test_location_from_kb_with_coordinates() -> None:
    ev = first("تظاهر آلاف السودانيين في الخرطوم ضد الحكومة", "PROTEST")
    assert ev.location is not None and ev.location.text == "الخرطوم"
    assert ev.location.lat is not None and ev.location.country == "SDN"
    assert codes(ev.source) == ["SDN-CVL"] and codes(ev.target) == ["SDN-GOV"]


def test_visit_target_is_the_visited_country() -> None:
    ev = first("من المقرر أن يزور وزير الخارجية الأردني دمشق الأسبوع المقبل", "CONSULT")
    assert codes(ev.source) == ["JOR-GOV"] and codes(ev.target) == ["SYR"]


def test_document_date_is_used_with_lower_confidence() -> None:
    text = "قصفت المدفعية التركية قرى في ريف الحسكة."
    with_date = events_for_sentence(text, date="2024-03-05", use_stages=False)[0]
    without = events_for_sentence(text, use_stages=False)[0]
    assert with_date.date.how == "document" and with_date.date.granularity == "document"
    assert with_date.date.earliest == with_date.date.latest == "2024-03-05"
    assert without.date.how == "unknown"
