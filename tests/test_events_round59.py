"""Round 59: an accusative nisba adjective after a site noun is no actor («موقعاً عسكرياً»)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «استهدف أمس الأحد موقعاً عسكرياً … وأدى إلى مقتل ثلاثة جنود أميركيين» (the shipped sample page
# b4_khaleej_jadid_jordan_condemns): «عسكرياً» describes the site; read as soldiers it had made the
# Jordanian condemner's country the attacker (JOR-MIL killed USA-MIL). The attacker is unnamed.
def test_military_site_adjective_is_not_the_attacker() -> None:
    text = ("دانت الحكومة الأردنية الهجوم الذي استهدف أمس الأحد موقعاً عسكرياً متقدماً على الحدود مع سوريا، "
            "وأدى إلى مقتل ثلاثة جنود أميركيين وإصابة آخرين.")
    ev = _events(text, "ASSAULT")[0]
    assert _codes(ev.source) == []
    assert _codes(ev.target) == ["USA-MIL"]


# A counted «عسكرياً» is still soldiers (the same rule as «12 مدنياً»).
def test_counted_soldiers_stay_actors() -> None:
    ev = _events("قتل مسلحون 12 عسكرياً في هجوم على حاجز للجيش في شمال سيناء", "ASSAULT")[0]
    assert any(c.endswith("MIL") for c in _codes(ev.target))


# blind59-016: «تعهدت السعودية بدعم الجيش اللبناني» — a pledge to support or help a country is aid, like
# the pledged sums («تعهدت اليابان بتقديم 100 مليون دولار»).
def test_pledge_to_support_is_aid() -> None:
    ev = _events("تعهد الاتحاد الأوروبي بمساعدة الأردن على استضافة اللاجئين السوريين", "AID")[0]
    assert _codes(ev.source) == ["EU"]
    assert _codes(ev.target) == ["JOR"]


# blind59-043: referring someone to trial or to the prosecution is legal coercion.
def test_referral_to_court_is_coerce() -> None:
    ev = _events("أحال النائب العام المصري 12 متهما إلى محكمة الجنايات بتهمة الانضمام إلى جماعة إرهابية",
                 "COERCE")[0]
    assert _codes(ev.source) == ["EGY-JUD"]
    assert _events("أحالت هيئة مكافحة الفساد في الكويت وزيرا سابقا إلى النيابة العامة بتهمة التربح", "COERCE")


# blind59-007: a truce «entering into force» reports no new agreement (as blind13-014).
def test_truce_entering_into_force_is_no_agreement() -> None:
    assert not _events("دخل اتفاق وقف إطلاق النار في غزة حيز التنفيذ صباح الأحد وسط ترقب حذر", "AGREE")
    assert _events("وقعت الولايات المتحدة وإيران اتفاقا لوقف إطلاق النار", "AGREE")
