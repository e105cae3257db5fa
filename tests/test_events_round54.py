"""Round 54: Iraq 2014–2024 — an accusation joined to a denial, a strike noun's object, the backer of the struck,
«تحرير … من قبضة», and the crowd of a sit-in the police break up."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «نفت … واتهمت حزب العمال بالوقوف وراءه»: the denial does not reach the joined accusation, whose accuser is
# the denier and whose one phrase before the «بـ» charge is the accused (blind54-018).
def test_accusation_after_denial() -> None:
    ev = _events("نفت وزارة الدفاع التركية مسؤولية قواتها عن قصف زاخو واتهمت حزب العمال الكردستاني بالوقوف وراءه",
                 "DISAPPROVE")[0]
    assert _codes(ev.source) == ["TUR-MIL"]
    assert _codes(ev.target) == ["PKK"]
    ev = _events("نفت إيران أي دور لها في الهجوم على ناقلة النفط واتهمت إسرائيل بتدبيره", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRN"]
    assert _codes(ev.target) == ["ISR"]
    assert "ASSAULT" not in _types("نفت إيران أي دور لها في الهجوم على ناقلة النفط واتهمت إسرائيل بتدبيره")
    # a joined condemnation names its own subject: «ونددت بروكسل باعتقاله»
    ev = _events("اعتقلت السلطات الجورجية زعيم المعارضة، ونددت بروكسل باعتقاله", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["BEL"]


# «استهدف هجوم صاروخي السفارة الأمريكية»: the verb's object is not the agent of its subject noun (blind54-013).
def test_strike_noun_subject_object() -> None:
    ev = _events("استهدف هجوم بثلاثة صواريخ كاتيوشا السفارة الأمريكية في بغداد فجر اليوم", "ASSAULT")[0]
    assert _codes(ev.source) == []
    assert _codes(ev.target) == ["USA-GOV"]
    ev = _events("استهدف قصف مدفعي مقر البعثة الأممية في العاصمة الليبية طرابلس", "ASSAULT")[0]
    assert "UN" not in _codes(ev.source)


# «ضربات على فصائل مدعومة من إيران»: the backer of those struck is not the striker (blind54-045).
def test_backer_is_no_agent() -> None:
    ev = _events("شنت القوات الأمريكية ضربات جوية على مواقع لفصائل مسلحة مدعومة من إيران في العراق وسوريا",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["USA-MIL"]
    ev = _events("نفذت القوات الأمريكية ضربات على مخازن أسلحة لجماعات مدعومة من طهران شرقي سوريا", "ASSAULT")[0]
    assert "IRN" not in " ".join(_codes(ev.source))


# «تحرير الفلوجة من قبضة داعش»: the side a place is freed from is the target, as with «استعادة … من قبضة»
# (blind54-002).
def test_liberate_from() -> None:
    ev = _events("حررت القوات العراقية قضاء تلعفر من قبضة تنظيم داعش بعد معارك استمرت أياما", "FIGHT")[0]
    assert _codes(ev.source) == ["IRQ-MIL"]
    assert _codes(ev.target) == ["ISIS"]
    ev = _events("أعلن الجيش السوري تحرير مدينة تدمر من سيطرة تنظيم داعش", "FIGHT")[0]
    assert _codes(ev.target) == ["ISIS"]


# «قتل متظاهرون برصاص قوات الأمن خلال فض اعتصام»: the sit-in is the civilians', not the force's (blind54-010).
def test_sit_in_crowd() -> None:
    ev = _events("قتل 12 متظاهرا برصاص قوات الأمن العراقية خلال محاولتها فض اعتصام في الناصرية", "PROTEST")[0]
    assert _codes(ev.source) == ["IRQ-CVL"]
    ev = _events("استخدمت الشرطة المغربية الهراوات لتفريق وقفة لأساتذة متعاقدين أمام البرلمان في الرباط",
                 "COERCE")[0]
    assert _codes(ev.target) == ["MAR-CVL"]
