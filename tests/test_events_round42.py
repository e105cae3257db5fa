"""Round 42: Sudan, Libya, Yemen, the Sahel and the Horn — headline drone strikes, armed sieges, cancelled
defence pacts, laden military cargo, envoys recalled by several states, nisbas that are also common words."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «مسيرات الدعم السريع تضرب»: a headline's subject-first present tense of a drone or missile strike is the attack
# its verb-first form is (blind42-001).
def test_headline_drones_strike() -> None:
    ev = _events("مسيرات الدعم السريع تضرب محطة كهرباء في مدينة كوستي", "ASSAULT")[0]
    assert _codes(ev.source) == ["RSF"]
    ev = _events("صواريخ الحوثيين تضرب ميناء إيلات", "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"]


# «فرضت جماعة نصرة الإسلام حصاراً على …»: a siege laid by an armed actor coerces; a state's embargo stays a
# sanction (blind42-036). «العاصمة المالية» is Mali's capital, not Malé.
def test_armed_siege_is_coercion() -> None:
    text = "فرضت جماعة نصرة الإسلام والمسلمين حصارا على إمدادات الوقود المتجهة إلى العاصمة المالية باماكو"
    assert _types(text) == {"COERCE"}
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.target) == ["MLI"]
    assert _types("فرض الجيش الإسرائيلي حصارا مشددا على مخيم جنين") == {"COERCE"}
    assert _types("فرضت الولايات المتحدة حصارا اقتصاديا على كوبا منذ عقود") == {"SANCTION"}


# «ألغت تشاد اتفاقية التعاون الدفاعي مع فرنسا»: cancelling a pact cuts ties; the cooperation it named is not
# news (blind42-040).
def test_cancelled_pact_is_sanction() -> None:
    text = "ألغت تشاد اتفاقية التعاون الدفاعي الموقعة مع فرنسا"
    assert _types(text) == {"SANCTION"}
    ev = _events(text, "SANCTION")[0]
    assert _codes(ev.source) == ["TCD"]
    assert _codes(ev.target) == ["FRA"]
    assert _types("أنهى المجلس العسكري في النيجر الاتفاق العسكري مع الولايات المتحدة") == {"SANCTION"}


# «بعد ثلاث سنوات من القتال إلى جانب الجيش»: fighting alongside someone is no clash with him (blind42-041).
def test_fighting_alongside_is_no_fight() -> None:
    text = "أعلنت مجموعة فاغنر الروسية انسحابها من مالي بعد أكثر من ثلاث سنوات من القتال إلى جانب الجيش"
    assert _types(text) == {"RETREAT"}
    assert _events("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الفاشر", "FIGHT")


# «طائرتان عسكريتان مصريتان محملتان بالأسلحة للجيش الصومالي»: military cargo flown to another state's army is
# aid (blind42-046); a smuggled load that is seized is not.
def test_laden_military_cargo_is_aid() -> None:
    ev = _events("وصلت إلى مقديشو طائرتان عسكريتان مصريتان محملتان بالأسلحة والذخائر للجيش الصومالي", "AID")[0]
    assert _codes(ev.source) == ["EGY"]
    assert _codes(ev.target) == ["SOM-MIL"]
    assert not _events("ضبطت قوات الأمن شاحنة محملة بالأسلحة في طريقها إلى الحدود", "AID")


# «استدعت مالي والنيجر وبوركينا فاسو سفراءها لدى الجزائر»: several states recalling their envoys protest against
# the host they leave (blind42-037).
def test_plural_envoys_recalled() -> None:
    ev = _events("استدعت مالي والنيجر وبوركينا فاسو سفراءها لدى الجزائر احتجاجا على إسقاط طائرة مسيرة", "DISAPPROVE")[0]
    assert set(_codes(ev.source)) >= {"MLI"}
    assert _codes(ev.target) == ["DZA"]
    ev = _events("استدعت السعودية والإمارات والبحرين سفراءها من الدوحة", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["QAT"]
