"""Round 26 (after blind26, the third target round): the blind26 sentences that motivated each rule, and a
contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «حذرت الصين الولايات المتحدة من اللعب بالنار»: an actor named as the object of a warning, right before «من»,
# is threatened (blind26-015); a warning of a danger names no one.
def test_warned_party() -> None:
    ev = _events("حذرت الصين الولايات المتحدة من اللعب بالنار في قضية تايوان", "THREATEN")[0]
    assert _codes(ev.source) == ["CHN"] and _codes(ev.target) == ["USA"]
    assert not _types("حذرت منظمة الصحة العالمية من انتشار وباء الكوليرا في اليمن")


# «أقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو وزير الدفاع»: firing an official coerces him, even one of the
# same government (blind26-014, blind24-064).
def test_dismissal() -> None:
    ev = _events("أقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو وزير الدفاع يوآف غالانت", "COERCE")[0]
    assert _codes(ev.source) == ["ISR-GOV"] and _codes(ev.target) == ["ISR-GOV"]
    ev = _events("أقال الرئيس التونسي قيس سعيد رئيس الحكومة كمال المدوري وعين خلفا له", "COERCE")[0]
    assert _codes(ev.target) == ["TUN-GOV"]
    assert not _types("أقال نادي الزمالك مدربه البرتغالي بعد الخسارة")


# «سلمت السلطات اللبنانية الداعية المصري … إلى دولة الإمارات»: a person handed to another state is judicial
# cooperation with that state, not with the person's country (blind26-016); a letter handed over is not.
def test_hand_over_person() -> None:
    ev = _events("سلمت السلطات اللبنانية الداعية المصري عبد الرحمن يوسف إلى دولة الإمارات", "COOPERATE")[0]
    assert _codes(ev.source) == ["LBN-GOV"] and _codes(ev.target) == ["ARE"]
    assert "COOPERATE" not in _types("سلم الرئيس المصري رسالة إلى نظيره الفرنسي")
    assert not _types("سلمت الشرطة المتهم إلى النيابة العامة")


# «إعدام السلطات الإيرانية المواطن الألماني»: an execution noun in construct with a state is that state's act,
# reported beside the condemnation that governs it (blind26-013).
def test_execution_masdar_agent() -> None:
    evs = _events("انتقدت الخارجية الألمانية إعدام السلطات الإيرانية المواطن الألماني جمشيد شارمهد")
    assert {e.type for e in evs} == {"DISAPPROVE", "COERCE"}
    ev = next(e for e in evs if e.type == "COERCE")
    assert _codes(ev.source) == ["IRN-GOV"] and _codes(ev.target) == ["DEU-CVL"]
    ev = _events("نددت منظمة العفو الدولية بإعدام السلطات السعودية سبعة أشخاص في يوم واحد", "COERCE")[0]
    assert _codes(ev.source) == ["SAU-GOV"]


# «أعدمت السلطات الإيرانية رجلين بتهمة التجسس لصالح إسرائيل»: the party in the charge is not the executed
# (blind26-023).
def test_execution_charge() -> None:
    ev = _events("أعدمت السلطات الإيرانية رجلين بتهمة التجسس لصالح إسرائيل", "COERCE")[0]
    assert _codes(ev.target) == ["IRN-CVL"]


# «أصدرت وزارة الخارجية القطرية بيانا يدين اقتحام المستوطنين»: a statement followed by its verb is no
# citation of whoever comes next (blind26-017).
def test_statement_verb_not_attribution() -> None:
    ev = _events("أصدرت وزارة الخارجية القطرية بيانا يدين اقتحام المستوطنين للمسجد الأقصى", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["QAT-GOV"] and _codes(ev.target) == ["ISR-CVL"]
    ev = _events("أصدرت الخارجية السعودية بيانا يدين الهجوم الإسرائيلي على غزة", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["ISR"]


# «أعربت الخارجية الكويتية عن ترحيبها باتفاق وقف إطلاق النار بين الهند وباكستان»: the parties of what a
# statement welcomes are its target, not its speakers (blind26-055).
def test_statement_dyad_target() -> None:
    ev = _events("أعربت الخارجية الكويتية عن ترحيبها باتفاق وقف إطلاق النار بين الهند وباكستان", "SUPPORT")[0]
    assert _codes(ev.source) == ["KWT-GOV"] and _codes(ev.target) == ["IND", "PAK"]


# «حثت الولايات المتحدة رعاياها على مغادرة لبنان»: advice to one's own nationals is no demand (blind26-059).
def test_own_nationals_no_demand() -> None:
    assert not _types("حثت الولايات المتحدة رعاياها على مغادرة لبنان فورا")
    assert not _types("دعت السفارة البريطانية في بيروت رعاياها إلى مغادرة لبنان")
    assert _types("طالبت فرنسا إيران بالإفراج عن مواطنيها") == {"DEMAND"}


# «رفع مجلس الأمن الدولي العقوبات عن الرئيس السوري»: lifting sanctions, verb first, concedes to the one
# «عن» names (blind26-069).
def test_lift_sanctions_verb() -> None:
    ev = _events("رفع مجلس الأمن الدولي العقوبات عن الرئيس السوري أحمد الشرع ووزير داخليته", "CONCEDE")[0]
    assert _codes(ev.source) == ["UN"] and "SYR-GOV" in _codes(ev.target)
    assert "SANCTION" not in _types("رفع مجلس الأمن الدولي العقوبات عن الرئيس السوري أحمد الشرع")


# «تعهدت ألمانيا بتقديم أنظمة دفاع جوي إضافية لأوكرانيا»: air-defence systems given are aid (blind26-063);
# other «أنظمة» are not.
def test_air_defence_aid() -> None:
    ev = _events("تعهدت ألمانيا بتقديم أنظمة دفاع جوي إضافية لأوكرانيا", "AID")[0]
    assert _codes(ev.source)[0].startswith("DEU") and _codes(ev.target) == ["UKR"]
    assert not _types("أعلنت الشركة تقديم أنظمة ذكاء اصطناعي جديدة للعملاء")


# «طرد الجيش المالي بعثة الأمم المتحدة»: expelling a mission is a sanction on its body (blind26-042).
def test_expel_mission() -> None:
    ev = _events("طرد الجيش المالي بعثة الأمم المتحدة من قاعدة في شمال البلاد", "SANCTION")[0]
    assert _codes(ev.source) == ["MLI-MIL"] and _codes(ev.target) == ["UN"]


# «علقت الولايات المتحدة تسليم شحنة من القنابل الثقيلة إلى إسرائيل»: withholding a delivery is a sanction, and
# the bombs in it are goods, not a strike (blind26-051).
def test_suspended_delivery() -> None:
    assert _types("علقت الولايات المتحدة تسليم شحنة من القنابل الثقيلة إلى إسرائيل") == {"SANCTION"}
    ev = _events("علقت الولايات المتحدة تسليم شحنة من القنابل الثقيلة إلى إسرائيل", "SANCTION")[0]
    assert _codes(ev.source) == ["USA"] and _codes(ev.target) == ["ISR"]


# «دعت روسيا إلى عقد جلسة طارئة لمجلس الأمن لبحث الضربات الأمريكية على إيران»: a call to convene is made on
# the body whose session it is, not on the parties of the agenda (blind26-050).
def test_call_to_convene() -> None:
    ev = _events("دعت روسيا إلى عقد جلسة طارئة لمجلس الأمن لبحث الضربات الأمريكية على إيران", "DEMAND")[0]
    assert _codes(ev.source) == ["RUS"] and _codes(ev.target) == ["UN"]
    ev = _events("طالبت الجزائر بعقد اجتماع طارئ لجامعة الدول العربية", "DEMAND")[0]
    assert _codes(ev.target) == ["ARL"]


# Advice to people is no threat: «حذرت وزارة الصحة المصرية المواطنين من …», nor a warning to the subject's own
# country's people (contrast of test_warned_party).
def test_warning_to_people() -> None:
    assert not _types("حذرت وزارة الصحة المصرية المواطنين من تناول الأسماك المملحة")
    assert not _types("حذر الجيش الإسرائيلي سكان جنوب لبنان من العودة إلى قراهم")


def test_execution_of_a_citizen_is_by_the_announcing_ministry_not_the_citizen():
    """«إعدام مواطن أدين …»: the noun after «إعدام» is the executed, not a state in construct (its bare CVL code
    is three letters, like a country's)."""
    ex = _events("أعلنت وزارة الداخلية السعودية إعدام مواطن أدين بتهريب المخدرات.", "COERCE")
    assert ex and _codes(ex[0].source) == ["SAU-COP"]
    assert _codes(ex[0].target) == ["SAU-CVL"]
