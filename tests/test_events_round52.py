"""Round 52: the Syrian war 2011-2020 and Iraq's wars as Arab outlets reported them — manned aircraft shot down,
factions handing over their heavy weapons, credit lines, named operations, officers killed in battles with a named
enemy, meetings that are only a setting or a target, surrenders, and towns retaken «من قبضة» a group."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أسقطت مقاتلات تركية قاذفة روسية»: downing a warplane or helicopter is the shooter's attack on its owner; a
# downed drone keeps its own convention (blind52-032, blind52-047, blind52-048).
def test_manned_aircraft_shot_down() -> None:
    ev = _events("أسقطت مقاتلات تركية قاذفة روسية من طراز سوخوي-24 على الحدود مع سوريا", "ASSAULT")[0]
    assert _codes(ev.source)[0].startswith("TUR")
    assert _codes(ev.target)[0].startswith("RUS")
    ev = _events("مسلحو المعارضة يسقطون مروحية للجيش السوري في ريف حماة الشمالي", "ASSAULT")[0]
    assert _codes(ev.target) == ["SYR-MIL"]
    ev = _events("أسقط مسلحون مروحية عسكرية أمريكية قرب مدينة الفلوجة", "ASSAULT")[0]
    assert _codes(ev.target) == ["USA-MIL"]


# «سلمت فصائل المعارضة في درعا سلاحها الثقيل»: handing over weapons with the subject between is disarming
# (RETREAT); «لن تسلم سلاحها» stays a refusal (blind52-035).
def test_weapons_handed_over_with_subject_between() -> None:
    ev = _events("سلمت فصائل المعارضة في ريف حمص سلاحها الثقيل إلى الجيش السوري بموجب اتفاق التسوية",
                 "RETREAT")[0]
    assert _codes(ev.source) == ["SYR-REB"]
    assert "RETREAT" not in _types("قال قائد الفصيل إن المقاتلين لن تسلم سلاحها ما دام الاحتلال قائما")


# «منحت إيران الحكومة السورية خطا ائتمانيا»: a credit line is aid to the borrower (blind52-031).
def test_credit_line_is_aid() -> None:
    ev = _events("منحت روسيا الحكومة السورية خطا ائتمانيا لاستيراد القمح والوقود", "AID")[0]
    assert _codes(ev.source)[0].startswith("RUS")
    assert _codes(ev.target)[0].startswith("SYR")


# «أطلق الجيش اللبناني عملية فجر الجرود»: a named operation is the offensive, not a bombing by «فجر»
# (blind52-020).
def test_named_operations() -> None:
    text = "أطلق الجيش اللبناني عملية فجر الجرود لطرد مسلحي تنظيم داعش من السلسلة الشرقية"
    assert _types(text) == {"FIGHT"}
    ev = _events(text, "FIGHT")[0]
    assert _codes(ev.source) == ["LBN-MIL"]
    assert _codes(ev.target) == ["ISIS"]
    ev = _events("أعلنت قوات سوريا الديمقراطية إطلاق عملية غضب الفرات لعزل مدينة الرقة عن ريفها", "FIGHT")[0]
    assert _codes(ev.source) == ["SDF"]


# «قتل مستشار في الحرس الثوري خلال معارك مع فصائل المعارضة»: the battle he fell in, with the other side named,
# is the news (FIGHT), not a killing by that side (blind52-019).
def test_killed_during_battle_with_named_enemy() -> None:
    text = "قتل ضابط برتبة عقيد في الجيش السوري خلال معارك مع مسلحي تنظيم داعش في بادية تدمر"
    assert _types(text) == {"FIGHT"}
    ev = _events(text, "FIGHT")[0]
    assert {_codes(ev.source)[0], _codes(ev.target)[0]} == {"SYR-MIL", "ISIS"}
    assert _types("قتل مدنيان خلال معارك بين الجيش والدعم السريع في أم درمان") == {"ASSAULT"}
    assert _types("أصيب خمسة شبان خلال مواجهات مع قوات الاحتلال في بلدة بيتا جنوب نابلس") == {"ASSAULT"}


# «… في اجتماع طارئ لوزراء الخارجية العرب», «غارة استهدفت اجتماعا لقادة الفصيل»: a meeting that is the setting
# of an act or the target of a strike is no talks; «خلال لقائهما» still is (blind52-029, blind52-049).
def test_meeting_as_setting_or_target() -> None:
    assert _types("جمدت منظمة التعاون الإسلامي عضوية سوريا في اجتماع استثنائي بمكة المكرمة") == {"SANCTION"}
    assert _types("قتل قائد ميداني في هيئة تحرير الشام بغارة روسية استهدفت اجتماعا لقادة الهيئة في إدلب") == \
        {"ASSAULT"}
    assert _types("اتفق الرئيس الإيراني ونظيره العراقي خلال لقائهما في طهران على توسيع التبادل التجاري") == \
        {"AGREE", "CONSULT"}


# «استسلم مئات من مسلحي داعش لقوات سوريا الديمقراطية»: surrender is a concession to the captor (blind52-014).
def test_surrender() -> None:
    ev = _events("استسلم عشرات من عناصر تنظيم داعش للقوات العراقية في حي الميدان بالموصل القديمة", "CONCEDE")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert _codes(ev.target)[0].startswith("IRQ")
    assert "CONCEDE" not in _types("رفض مقاتلو التنظيم الاستسلام للقوات العراقية في الموصل القديمة")


# «استعادة قضاء تلعفر من قبضة تنظيم داعش»: retaking a place from a group is the offensive against it; «قضاء»
# before a place is a district, not the judiciary (blind52-050).
def test_retaken_from_group() -> None:
    ev = _events("القوات العراقية تعلن استعادة قضاء القائم من قبضة تنظيم داعش", "FIGHT")[0]
    assert _codes(ev.source) == ["IRQ-MIL"]
    assert _codes(ev.target) == ["ISIS"]
    assert "FIGHT" not in _types("استعادت الحكومة السيطرة على الأسعار بعد أشهر من التضخم")


# «أطلقت مدمرتان أمريكيتان صواريخ توماهوك»: warships are the navy (blind52-006).
def test_destroyers_are_military() -> None:
    ev = _events("أطلقت مدمرتان أمريكيتان صواريخ توماهوك على مطار عسكري في ريف حمص", "ASSAULT")[0]
    assert _codes(ev.source) == ["USA-MIL"]
