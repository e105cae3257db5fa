"""Round 41: Palestine, Israel and Lebanon as Arab outlets report them — arson, handed-over hostages, mediators,
a visitor named by his body, relative clauses after a preposition, court orders in headlines, prison services."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «يضرمون النار»: a headline's present tense of arson is the attack its past tense is (blind41-003).
def test_arson_present_tense() -> None:
    ev = _events("مستوطنون يضرمون النار في منازل ومركبات ببلدة حوارة جنوب نابلس", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-CVL"]
    assert _events("أضرم مستوطنون النار في منازل ببلدة حوارة", "ASSAULT")


# «حماس تسلم ثلاث رهائن»: handing hostages over in a headline's present tense is a release (blind41-013),
# not a hostage-taking.
def test_hand_over_hostages_present() -> None:
    assert _types("حماس تسلم ثلاث رهائن إسرائيليين للصليب الأحمر في خان يونس") == {"CONCEDE"}
    ev = _events("حماس تسلم ثلاث رهائن إسرائيليين للصليب الأحمر في خان يونس", "CONCEDE")[0]
    assert _codes(ev.source) == ["HAMAS"]


# «الوسطاء المصريين والقطريين»: mediators with a state's adjective are its government, not its citizens
# (blind41-025).
def test_mediators_are_government() -> None:
    ev = _events("وافقت حركة حماس على مقترح الوسطاء المصريين والقطريين لوقف إطلاق النار في قطاع غزة", "AGREE")[0]
    assert set(_codes(ev.target)) == {"EGY-GOV", "QAT-GOV"}


# «مصلحة السجون الإسرائيلية»: a prison service is a government body (blind41-026).
def test_prison_service_is_government() -> None:
    ev = _events("أفرجت مصلحة السجون الإسرائيلية عن 110 أسرى فلسطينيين من سجن عوفر مقابل ثلاث رهائن إسرائيليات",
                 "CONCEDE")[0]
    assert _codes(ev.source) == ["ISR-GOV"]
    assert _codes(ev.target) == ["PSE-CVL"]


# «رئيس المكتب السياسي لحركة حماس» after a named host: a title followed by «لـ» + a body is that body's officer,
# the visitor, not the host's own title (blind41-023).
def test_title_of_another_body_is_no_apposition() -> None:
    ev = _events("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيس المكتب السياسي لحركة حماس إسماعيل هنية "
                 "في الدوحة", "CONSULT")[0]
    assert _codes(ev.source) == ["HAMAS"]
    assert _codes(ev.target) == ["QAT-GOV"]


# «مع قوة إسرائيلية اقتحمت مخيم جنين»: a perfect verb right after an indefinite actor under a preposition opens a
# relative clause on that actor, who does the act (blind41-039).
def test_relative_clause_after_preposition() -> None:
    text = "تبادل مقاتلو سرايا القدس إطلاق النار مع قوة إسرائيلية اقتحمت مخيم جنين"
    assert _codes(_events(text, "FIGHT")[0].source) == ["PIJ"]
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    assert _codes(ev.target) == ["PSE"]


# «محكمة العدل الدولية تأمر إسرائيل بإدخال المساعدات»: a court's order in a headline's present tense is a demand
# on the party named (blind41-012); a government's order with no court stays no demand.
def test_court_order_present_tense() -> None:
    ev = _events("محكمة العدل الدولية تأمر إسرائيل بإدخال المساعدات إلى غزة دون تأخير", "DEMAND")[0]
    assert _codes(ev.target) == ["ISR"]
    assert "ISR" not in _codes(ev.source)
    assert not _events("محكمة العدل الدولية تأمر إسرائيل بإدخال المساعدات إلى غزة دون تأخير", "AID")
    assert not _events("الحكومة تأمر بوقف الاستيراد", "DEMAND")
    ev = _events("أمرت محكمة العدل الدولية إسرائيل باتخاذ كل التدابير لمنع الإبادة", "DEMAND")[0]
    assert _codes(ev.target) == ["ISR"]


# «لبحث صفقة تبادل الأسرى مع المسؤولين المصريين»: people a discussion is about are its topic; the «مع» phrase
# names the partner (blind41-009). «التقى … عائلات الأسرى» still meets the families.
def test_discussion_topic_yields_to_partner() -> None:
    ev = _events("بلينكن يصل القاهرة لبحث صفقة تبادل الأسرى مع المسؤولين المصريين", "CONSULT")[0]
    assert _codes(ev.target) == ["EGY"]
    ev = _events("بحث الرئيس المصري أوضاع الأسرى مع وزير الخارجية الأمريكي", "CONSULT")[0]
    assert _codes(ev.target) == ["USA-GOV"]
    ev = _events("التقى الرئيس المصري عائلات الأسرى مع وزير الخارجية", "CONSULT")[0]
    assert _codes(ev.target) == ["EGY-CVL"]
