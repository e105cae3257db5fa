"""Round 45: economy, trade and migration — repealed tariffs and sanctions programmes, pledged sums, headline
tariff announcements, dual headline agreements, and deportations counted with an indefinite noun."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «ألغت كندا معظم الرسوم الجمركية المضادة», «أمرا تنفيذيا بإلغاء برنامج العقوبات المفروضة على سوريا»: repealing a
# tariff or a sanctions programme eases it, it imposes nothing (blind45-009, -033).
def test_repeal_is_easing() -> None:
    text = "ألغت كندا معظم الرسوم الجمركية المضادة التي فرضتها على السلع الأمريكية"
    ev = _events(text, "CONCEDE")[0]
    assert _codes(ev.source) == ["CAN"]
    assert _codes(ev.target) == ["USA"]
    text = "وقع الرئيس الفرنسي مرسوما بإلغاء العقوبات المفروضة على الصادرات الإيرانية"
    assert "SANCTION" not in _types(text)
    assert "CONCEDE" in _types(text)


# «تعهدت السعودية بتقديم ملياري دولار لدعم الاقتصاد اليمني»: a pledged sum, dual amounts included (blind45-027).
def test_pledged_sum() -> None:
    ev = _events("تعهدت السعودية بتقديم ملياري دولار لدعم الاقتصاد اليمني", "AID")[0]
    assert _codes(ev.source) == ["SAU"]
    assert _codes(ev.target) == ["YEM"]
    ev = _events("تعهدت الكويت بتقديم 500 مليون دولار لإعادة إعمار قطاع غزة", "AID")[0]
    assert _codes(ev.source) == ["KWT"]
    ev = _events("قدمت قطر مليوني دولار للمتضررين من الفيضانات في ليبيا", "AID")[0]
    assert _codes(ev.target) == ["LBY"]


# «الصين تعلن رسوما جمركية إضافية على …»: a headline announcing tariffs imposes them (open miss, rounds 42–44).
def test_headline_tariffs_announced() -> None:
    ev = _events("الصين تعلن رسوما جمركية إضافية على السلع الأمريكية", "SANCTION")[0]
    assert _codes(ev.source) == ["CHN"]
    assert _codes(ev.target) == ["USA"]
    assert "SANCTION" in _types("أعلنت كندا رسوما جمركية مضادة على الصلب الأمريكي")


# «مصر والسودان تتفقان على …»: a dual present verb in a headline agrees (blind45-001).
def test_dual_headline_agreement() -> None:
    ev = _events("مصر والسودان تتفقان على تنسيق المواقف بشأن سد النهضة", "AGREE")[0]
    assert _codes(ev.source) == ["EGY"]
    assert _codes(ev.target) == ["SDN"]


# «تم ترحيل 47 مهاجرا تونسيا من إيطاليا»: a count with an indefinite noun is deportation context, and the country
# they leave is who deports them, not their target (blind45-050).
def test_passive_deportation_with_count() -> None:
    ev = _events("تم ترحيل 47 مهاجرا تونسيا من إيطاليا على متن رحلة خاصة", "COERCE")[0]
    assert _codes(ev.source) == ["ITA-GOV"]
    assert "ITA" not in _codes(ev.target)
    ev = _events("تم ترحيل 120 لاجئا من تركيا خلال الأسبوع الماضي", "COERCE")[0]
    assert _codes(ev.source) == ["TUR-GOV"]
