"""Round 77: known misses of recent rounds — bans on a group's activities, demolition notices, reports nobody
commented on, gunmen believed to be «من خلايا» a group, and the «تكفيريا» form."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «حظر جميع نشاطات جماعة الإخوان»: banning a domestic group's activities is a coercive measure against it (the
# convention of blind36-001, blind43-015, blind74-019); lifting such a ban is not.
def test_ban_on_group_activities() -> None:
    ev = _events("أعلنت الحكومة الأردنية حظر جميع نشاطات جماعة الإخوان المسلمين وإغلاق مكاتبها في المحافظات",
                 "COERCE")[0]
    assert _codes(ev.source)[0] == "JOR-GOV"
    assert _codes(ev.target) == ["MB"]
    ev = _events("قررت الحكومة الأردنية حظر جميع أنشطة جماعة الإخوان المسلمين ومصادرة أموالها", "COERCE")[0]
    assert _codes(ev.target) == ["MB"]
    assert "COERCE" not in _types("أعلنت الحكومة الأردنية رفع حظر نشاطات النقابة بعد تسوية الخلاف")


# «أخطرت سلطات الاحتلال بهدم …»: a demolition notice threatens the demolition; it has not happened (blind74-005).
def test_demolition_notice_threatens() -> None:
    ev = _events("أخطرت سلطات الاحتلال الإسرائيلي عائلات فلسطينية في بلدة سلوان بهدم منازلها بحجة البناء دون ترخيص",
                 "THREATEN")[0]
    assert _codes(ev.source) == ["ISR-GOV"]
    assert "COERCE" not in _types("أخطرت سلطات الاحتلال بهدم خمس منشآت زراعية في قرية الجفتلك بالأغوار")
    assert "THREATEN" in _types("أخطرت سلطات الاحتلال بهدم خمس منشآت زراعية في قرية الجفتلك بالأغوار")


# «لم تعلق الحكومة على التقارير التي تحدثت عن اعتراض طائرات مسيرة»: what the uncommented reports tell of is not
# asserted, also with an action noun before the event noun (blind74-050); a plain interception still is.
def test_uncommented_report_content() -> None:
    assert "ASSAULT" not in _types("لم تعلق الحكومة الأردنية على التقارير التي تحدثت عن اعتراض طائرات مسيرة "
                                   "فوق أجوائها")
    assert "ASSAULT" not in _types("لم يصدر تعليق من دمشق على الأنباء التي تحدثت عن قصف طائرات مسيرة لمواقع قرب "
                                   "الحدود")
    assert "ASSAULT" in _types("اعترضت الدفاعات الجوية الأردنية طائرات مسيرة قادمة من الأراضي السورية")


# «مسلحون يعتقد أنهم من خلايا داعش»: the group named after a member noun is who the gunmen are believed to be —
# the source, never the target; the object after it is what they hit (blind72-027).
def test_suspected_group_after_member_noun() -> None:
    ev = _events("هاجم مسلحون يعتقد أنهم من خلايا داعش نقطة تفتيش لقوات سوريا الديمقراطية في ريف دير الزور",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert _codes(ev.target) == ["SDF"]
    ev = _events("استهدف مسلحون يرجح أنهم من عناصر حركة الشباب قاعدة للجيش الصومالي قرب مقديشو", "ASSAULT")[0]
    assert _codes(ev.source) == ["SHABAAB"]
    assert _codes(ev.target) == ["SOM-MIL"]
    ev = _events("هاجم مسلحون مجهولون حاجزا للجيش العراقي جنوب كركوك", "ASSAULT")[0]
    assert _codes(ev.source) == ["UAF"]


# «مقتل 12 تكفيريا»: the accusative form names the same insurgents as «تكفيريين».
def test_takfiri_forms() -> None:
    for word in ("تكفيريا", "تكفيريين"):
        ev = _events(f"قتلت القوات المسلحة المصرية 9 {word} في مداهمات بشمال سيناء", "ASSAULT")[0]
        assert _codes(ev.target) == ["EGY-INS"]
