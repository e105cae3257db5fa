"""Round 25 (after blind25, the second target round): the blind25 sentences that motivated each rule, and a
contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «اتصل ولي العهد السعودي بالرئيس الإيراني»: the «بـ» phrase after a call verb is the one called (blind25-037).
def test_called_with_ba() -> None:
    ev = _events("اتصل ولي العهد السعودي الأمير محمد بن سلمان بالرئيس الإيراني مسعود بزشكيان", "CONSULT")[0]
    assert _codes(ev.source) == ["SAU-GOV"] and _codes(ev.target) == ["IRN-GOV"]


# «حكمت محكمة روسية على مواطنة أمريكية بالسجن»: the nisba of the one «على» names is the convict, not the
# court's opposite (blind25-030).
def test_sentenced_national() -> None:
    ev = _events("حكمت محكمة روسية على مواطنة أمريكية بالسجن 12 عاما بتهمة التبرع لمنظمة أوكرانية", "COERCE")[0]
    assert _codes(ev.source) == ["RUS-JUD"] and _codes(ev.target) == ["USA"]


# «أعادت تركيا فتح سفارتها في دمشق»: an embassy in a capital is a tie with that capital's state (blind25-040).
def test_embassy_host_capital() -> None:
    ev = _events("أعادت تركيا فتح سفارتها في دمشق بعد إغلاق استمر 12 عاما", "COOPERATE")[0]
    assert _codes(ev.source) == ["TUR"] and _codes(ev.target) == ["SYR"]


# «وافق البنك الدولي على تمويل بقيمة 250 مليون دولار … جنوب لبنان»: a lender's funding is aid (blind25-046); a
# company's funding round names no actor.
def test_funding_is_aid() -> None:
    assert _types("وافق البنك الدولي على تمويل بقيمة 250 مليون دولار لإعادة إعمار جنوب لبنان") == {"AID"}
    assert not _types("حصلت الشركة على تمويل بقيمة 5 ملايين دولار من مستثمرين")


# «أرسلت السعودية وفداً أمنياً إلى بيروت للقاء قائد الجيش اللبناني»: the one a purpose «للقاء» names is met;
# the sender meets him (blind25-050).
def test_purpose_meeting() -> None:
    ev = _events("أرسلت السعودية وفدا أمنيا إلى بيروت للقاء قائد الجيش اللبناني رودولف هيكل", "CONSULT")[0]
    assert _codes(ev.source) == ["SAU"] and _codes(ev.target) == ["LBN-MIL"]
    ev = _events("توجه وزير الخارجية المصري إلى باريس للقاء نظيره الفرنسي", "CONSULT")[0]
    assert _codes(ev.source) == ["EGY-GOV"] and _codes(ev.target) == ["FRA-GOV"]


# «جنديان من قوة اليونيفيل»: soldiers of a named force stand for it, past the unit word (blind25-033).
def test_member_past_unit_word() -> None:
    ev = _events("أصيب جنديان من قوة اليونيفيل بنيران دبابة إسرائيلية في الناقورة", "ASSAULT")[0]
    assert _codes(ev.target) == ["UN"]


# «رسالة إلى قادة الاتحاد الأوروبي يطالبهم فيها بتشديد العقوبات على روسيا»: the pronoun of a verb «in» a letter
# is its addressee (blind25-038).
def test_letter_addressee() -> None:
    ev = _events("وجه الرئيس الأوكراني فولوديمير زيلينسكي رسالة إلى قادة الاتحاد الأوروبي يطالبهم فيها بتشديد "
                 "العقوبات على روسيا", "DEMAND")[0]
    assert _codes(ev.target) == ["EU"]


# «انتقد المفوض السامي لحقوق الإنسان … حملة القمع التي تشنها السلطات الإيرانية ضد المحتجين»: the UN rights chief
# is the UN; protesters something is done against are no protest of the sentence, and do not swallow the
# criticism (blind25-049).
def test_rights_chief_and_protesters_against() -> None:
    text = "انتقد المفوض السامي لحقوق الإنسان فولكر تورك حملة القمع التي تشنها السلطات الإيرانية ضد المحتجين"
    assert _types(text) == {"DISAPPROVE"}
    ev = _events(text, "DISAPPROVE")[0]
    assert _codes(ev.source) == ["UN"] and _codes(ev.target) == ["IRN-GOV"]


# «أمرت السلطات الجزائرية 12 موظفاً في السفارة الفرنسية بمغادرة البلاد»: ordering diplomats out is expelling
# them (blind25-041); a court ordering staff back to work is not.
def test_ordered_out_diplomats() -> None:
    ev = _events("أمرت السلطات الجزائرية 12 موظفا في السفارة الفرنسية بمغادرة البلاد خلال 48 ساعة", "SANCTION")[0]
    assert _codes(ev.source) == ["DZA-GOV"] and _codes(ev.target)[0].startswith("FRA")
    assert not _types("أمرت المحكمة الموظفين بالعودة إلى العمل")
