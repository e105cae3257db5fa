"""Round 66: known misses — running casualty tallies, troops sent abroad, a referral to an inquiry, blame across a
long subject, and aid whose giver a relative verb names."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types


# «ارتفعت حصيلة …», «عدد القتلى … تجاوز»: a running count of the dead is no attack of its own (blind59-036, blind60-040).
def test_casualty_tally_is_no_assault() -> None:
    for text in ("قالت وزارة الصحة السودانية إن عدد القتلى منذ منتصف نيسان تجاوز ثلاثة آلاف شخص",
                 "ارتفع عدد الضحايا الفلسطينيين في الضفة الغربية منذ مطلع العام إلى 200 قتيل وفق الأمم المتحدة",
                 "أعلنت السلطات التركية ارتفاع حصيلة القتلى منذ بداية العام إلى أكثر من مئة"):
        assert "ASSAULT" not in event_types(text), text
    # an attack the tally names still counts, and so does «عدد من الضحايا» (no tally)
    assert "ASSAULT" in event_types("ارتفعت حصيلة القتلى جراء القصف الروسي على سوق في مدينة إدلب إلى 15 قتيلا")
    assert "ASSAULT" in event_types("قتل خمسة جنود عراقيين في هجوم انتحاري شمال بغداد ما يرفع عدد القتلى إلى 30")


# «إرسال 20 ألف جندي إلى العراق لضبط الأمن في بغداد»: the soldiers are the sender's, not the destination's (blind60-019).
def test_troops_sent_abroad_are_the_senders() -> None:
    ev = _events("أعلنت فرنسا إرسال ألف جندي إلى مالي لدعم الجيش المالي في مواجهة المسلحين", "MOBILIZE")
    assert ev and _codes(ev[0].source) == ["FRA-MIL"] and _codes(ev[0].target) == ["MLI"]
    ev = _events("قررت الحكومة البريطانية إرسال 500 جندي إضافي إلى أفغانستان لتعزيز الأمن في ولاية هلمند",
                 "MOBILIZE")
    assert ev and _codes(ev[0].source) == ["GBR-MIL"]


# «أحالت النيابة … إلى التحقيق»: a prosecutor's referral is a judicial step, COERCE (round 59, blind59-043); a ministry
# sending its staff to an inquiry, or a passive «أحيل», stays INVESTIGATE.
def test_prosecutor_referral_to_inquiry_is_coerce() -> None:
    ev = _events("أحال النائب العام المصري رئيس مجلس إدارة الشركة إلى التحقيق بتهمة إهدار المال العام")
    assert [e.type for e in ev] == ["COERCE"] and _codes(ev[0].source) == ["EGY-JUD"]
    assert event_types("أحالت وزارة الصحة الأردنية طبيبين إلى التحقيق بعد وفاة مريض في مستشفى حكومي") == {"INVESTIGATE"}
    assert event_types("أحيل ثلاثة ضباط في الشرطة العراقية إلى التحقيق بتهمة تعذيب موقوفين") == {"INVESTIGATE"}


# «حمّل تقرير لفريق التحقيق التابع لمنظمة … سلاح الجو السوري مسؤولية هجوم»: blame across a long subject is
# DISAPPROVE, and the attack blamed is no new ASSAULT (blind55-009).
def test_blame_across_long_subject() -> None:
    text = "حمل التقرير السنوي لمنظمة هيومن رايتس ووتش الصادر صباح الأربعاء الجيش الروسي مسؤولية الهجوم على مسرح ماريوبول"
    ev = _events(text)
    assert [e.type for e in ev] == ["DISAPPROVE"] and _codes(ev[0].target) == ["RUS-MIL"]


# «مساعدات غذائية أرسلتها مصر إلى سكان غزة»: the relative verb's subject gives the aid (blind62-023).
def test_aid_giver_in_relative_clause() -> None:
    ev = _events("وصلت إلى مطار دمشق الدولي طائرة محملة بمساعدات إغاثية أرسلتها الجزائر إلى متضرري الزلزال", "AID")
    assert ev and _codes(ev[0].source) == ["DZA"] and "DZA" not in _codes(ev[0].target)
    ev = _events("بدأ توزيع المساعدات التي قدمتها الإمارات على النازحين في مخيمات شمال سوريا", "AID")
    assert ev and _codes(ev[0].source) == ["ARE"]
