"""Round 71: the rest of the newspaper — sports, economy, health, weather and society pages, where conflict
words are metaphors: locusts «invading» farms, a process noun that «threatens» an industry, a ruler
receiving the national team, sports bodies named like political ones («الاتحاد الأوروبي لكرة القدم»), a
ministry signing with «نظيرتها», and crowds of farmers named in the nominative («مزارعون»)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «غزت أسراب الجراد مزارع جنوب مصر»: swarms, storms and floods «invade» with no actor; an army still
# invades (blind71-024).
def test_natural_invasion() -> None:
    assert not _types("غزت أسراب الجراد الصحراوي مزارع جنوب مصر وسط استنفار لفرق المكافحة")
    assert not _types("غزت السيول أحياء كاملة في مدينة جدة بعد أمطار غزيرة")
    ev = _events("غزت القوات العراقية الكويت في الثاني من أغسطس 1990", "ASSAULT")[0]
    assert _codes(ev.source) == ["IRQ-MIL"]


# «غزو المنتجات التركية للأسواق العراقية يهدد الصناعة المحلية»: a clause opening with a process noun
# endangers; no one threatens. An actor-first headline stays a threat (blind71-007).
def test_process_noun_endangers() -> None:
    assert "THREATEN" not in _types("غزو المنتجات التركية للأسواق العراقية يهدد الصناعة المحلية")
    assert "THREATEN" not in _types("ارتفاع أسعار الخبز يهدد ملايين الأسر المصرية بالجوع")
    assert _events("الحوثيون يهددون باستهداف السفن الإسرائيلية في البحر الأحمر", "THREATEN")


# «استقبل العاهل الأردني بعثة المنتخب الوطني»: receiving a team honours it, no delegation talks; receiving
# a minister stays a meeting (blind71-044).
def test_host_receives_team() -> None:
    assert not _types("استقبل العاهل الأردني الملك عبدالله الثاني بعثة المنتخب الوطني لكرة القدم بعد بلوغه "
                      "نهائي كأس آسيا")
    assert not _types("استقبل أمير قطر لاعبي المنتخب القطري المتوج بكأس آسيا")
    ev = _events("استقبل العاهل الأردني الملك عبدالله الثاني وزير الخارجية الأمريكي في عمان", "CONSULT")[0]
    assert _codes(ev.source) == ["USA-GOV"] and _codes(ev.target) == ["JOR-GOV"]


# «الاتحاد الأوروبي لكرة القدم», «الاتحاد الكويتي لكرة القدم»: sports bodies carry no political code, so a
# federation's penalty on a club or another federation is no state sanction (blind71-012, blind71-037).
def test_sports_bodies_not_states() -> None:
    assert not _types("فرض الاتحاد الأوروبي لكرة القدم عقوبات على نادي مانشستر سيتي")
    assert not _types("أعلن الاتحاد الدولي لكرة القدم تعليق عضوية الاتحاد الكويتي لكرة القدم بسبب التدخل الحكومي")
    ev = _events("فرض الاتحاد الأوروبي عقوبات جديدة على روسيا", "SANCTION")[0]
    assert _codes(ev.source) == ["EU"]


# «وقعت وزارة الصحة المصرية مذكرة تفاهم مع نظيرتها السعودية»: a feminine or dual counterpart word is the
# other government, like «نظيره» (blind71-049).
def test_feminine_counterpart() -> None:
    ev = _events("وقعت وزارة الصحة المصرية مذكرة تفاهم مع نظيرتها السعودية للتعاون في تصنيع اللقاحات", "AGREE")[0]
    assert _codes(ev.target) == ["SAU-GOV"]
    ev = _events("بحثت وزيرة الخارجية الألمانية مع نظيرها الأردني في عمان الأوضاع في غزة", "CONSULT")[0]
    assert _codes(ev.target) == ["JOR-GOV"]


# «تظاهر مزارعون في الحسكة»: the nominative plural of farmers is a crowd of civilians (blind71-033).
def test_farmers_nominative() -> None:
    ev = _events("تظاهر مزارعون في محافظة الحسكة السورية احتجاجا على تدني أسعار القمح", "PROTEST")[0]
    assert _codes(ev.source) == ["SYR-CVL"]
    ev = _events("نظم فلاحون مغاربة وقفة احتجاجية أمام مقر وزارة الفلاحة في الرباط", "PROTEST")[0]
    assert _codes(ev.source) == ["MAR-CVL"]
