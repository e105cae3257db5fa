"""Round 75: known misses of recent blind rounds — units that belong to a named group, armies announcing the
dead they made, and the speaker of a headline before its colon."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «كتيبة جنين التابعة لسرايا القدس»: a unit «التابعة لـ» a named group acts as that group (blind74-048); a unit
# of a state body («التابع للجيش المالي») and a list of sides («جهاز الردع وقوات تابعة لحكومة …») keep theirs.
def test_unit_of_named_group() -> None:
    ev = _events("أعلنت كتيبة طولكرم التابعة لسرايا القدس أن مقاتليها استهدفوا قوة إسرائيلية خاصة في مخيم نور شمس",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["PIJ"]
    ev = _events("تبنت كتائب شهداء الأقصى التابعة لحركة فتح الهجوم على حاجز عسكري إسرائيلي قرب نابلس", "ASSAULT")[0]
    assert _codes(ev.source) == ["PSE-FATAH"]
    assert _codes(ev.target) == ["ISR-MIL"]
    ev = _events("احتجزت القوات البحرية التابعة للحرس الثوري الإيراني ناقلة نفط أجنبية في مضيق هرمز", "COERCE")[0]
    assert _codes(ev.source)[0] == "IRGC"
    ev = _events("شن الطيران المسير التابع للجيش المالي غارات على مواقع للمتمردين قرب كيدال", "ASSAULT")[0]
    assert _codes(ev.source) == ["MLI-MIL"]


# «أعلن الجيش الأردني مقتل 27 مهرباً … من الأراضي السورية»: an army announcing the dead it made is their
# attacker (the convention of blind10-017, blind14-043); where they came from is not who was hit, and forces whose
# operations made the toll («في عمليات للقوات المسلحة») are its source, not among its dead (blind74-016/023).
def test_army_announces_kills() -> None:
    ev = _events("أعلن الجيش الأردني مقتل أربعة مهربين حاولوا التسلل من الأراضي السورية محملين بالمخدرات",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["JOR-MIL"]
    assert "SYR" not in _codes(ev.target)
    ev = _events("أعلن المتحدث العسكري المصري مقتل 12 تكفيريا في عمليات للقوات المسلحة جنوب مدينة العريش",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["EGY-MIL"]
    assert "EGY-MIL" not in _codes(ev.target)
    ev = _events("أعلنت هيئة الأركان التركية مقتل جنديين في هجوم لمسلحين أكراد على قاعدة في شمال العراق",
                 "ASSAULT")[0]
    assert "TUR-MIL" in _codes(ev.target)


# «نادي الأسير: الاحتلال اعتقل …»: right after a headline's colon the phrase before a past verb is its subject;
# the speaker before the colon and the people counted after the verb are not (blind74-007).
def test_headline_colon_then_subject_verb() -> None:
    ev = _events("هيئة شؤون الأسرى: قوات الاحتلال اعتقلت 25 فلسطينيا من الضفة الغربية خلال يومين", "COERCE")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    assert "PSE" in _codes(ev.target)
    ev = _events("وزارة الصحة: الاحتلال قتل 40 فلسطينيا في قطاع غزة خلال 24 ساعة", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    ev = _events("قتل الجيش الصومالي 30 عنصرا من حركة الشباب في عملية عسكرية بإقليم هيران", "ASSAULT")[0]
    assert _codes(ev.source) == ["SOM-MIL"]
