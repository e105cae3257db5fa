"""Round 14 (blind set «blind14»): charges, replies by a named force, grants approved,
relative clauses without «التي», officials arriving abroad, verbless agreement headlines,
remand orders, dispersals of gatherings, claims of responsibility, army spokesmen, envoys' titles."""

from __future__ import annotations

import pytest
from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types

from marsad.analyze.events.morph import words


# What someone is charged with or convicted of is no event of its own.
def test_charge_is_background() -> None:
    text = "اعتقلت السلطات الإيرانية شابا بتهمة المشاركة في احتجاجات اندلعت في مدينة زاهدان"
    assert _types(text) == {"COERCE"}, _types(text)
    assert _types("اعتقلت الشرطة التونسية مدونا بتهمة التحريض على التظاهر") == {"COERCE"}


# «فردت المدفعية الإسرائيلية بقصف …»: a reply whose subject is itself a trigger word is a second event.
def test_reply_by_artillery() -> None:
    evs = _events("أطلقت حركة حماس قذائف على مستوطنات غلاف غزة فردت المدفعية الإسرائيلية بقصف مواقع في خان يونس",
                  "ASSAULT")
    assert len(evs) == 2, evs
    assert _codes(evs[0].source) == ["HAMAS"] and _codes(evs[1].source) == ["ISR-MIL"]


# Approving a grant, a loan or a disbursement is giving aid, not an agreement; a decimal sum is one number.
@pytest.mark.parametrize(("text", "source", "target"), [
    ("وافق البنك الدولي على قرض بقيمة 300 مليون دولار لتونس لدعم قطاع الطاقة", "WB", "TUN"),
    ("وافق صندوق النقد الدولي على صرف 2.3 مليار دولار لمصر ضمن برنامج الإصلاح", "IMF", "EGY"),
])
def test_approved_grant_is_aid(text: str, source: str, target: str) -> None:
    evs = _events(text)
    assert [e.type for e in evs] == ["AID"], evs
    assert _codes(evs[0].source) == [source] and _codes(evs[0].target) == [target]


def test_decimal_point_is_no_clause_break() -> None:
    ws = words("صرف 1.2 مليار دولار")
    assert [w.gap for w in ws] == ["", "", "", "", ""]


def test_sums_given_abroad() -> None:
    assert _types("قدمت قطر 100 مليون دولار لدعم الاقتصاد السوداني") == {"AID"}
    assert _types("قدمت الحكومة 5 ملايين دولار لتطوير الطرق") == set()


# «بعد منشورات انتقد فيها السلطات»: a relative clause on an indefinite noun is the scene; its
# phrases are no one's in the main event. A statement «انتقدت فيه» with no other event stays one.
def test_resumptive_relative_clause() -> None:
    evs = _events("اعتقلت الشرطة المصرية صحفيا بعد مقال انتقد فيه وزير الداخلية")
    assert [e.type for e in evs] == ["COERCE"], evs
    assert [c.split("-")[0] for c in _codes(evs[0].target)] == ["EGY"]
    assert _types("أصدرت الخارجية المصرية بيانا انتقدت فيه الهجوم الإسرائيلي") == {"DISAPPROVE"}


# An official arriving in a foreign capital visits it; at home he only arrives somewhere.
@pytest.mark.parametrize(("text", "target"), [
    ("وصل وزير الخارجية القطري إلى بيروت حاملا رسالة إلى الرئيس اللبناني", "LBN"),
    ("وصل الرئيس الفلسطيني محمود عباس إلى القاهرة مساء أمس", "EGY"),
])
def test_official_arrival_is_visit(text: str, target: str) -> None:
    evs = _events(text, "CONSULT")
    assert evs and _codes(evs[0].target)[0].startswith(target), evs


def test_arrival_at_home_is_no_visit() -> None:
    assert _types("وصل وزير الصحة المصري إلى مستشفى الجامعة لتفقد المصابين") == set()


# A verbless headline opening with «اتفاق» and two nisbas reports an agreement between them.
def test_agreement_headline() -> None:
    evs = _events("اتفاق مصري قطري على تكثيف الجهود لوقف الحرب في غزة")
    assert [e.type for e in evs] == ["AGREE"], evs
    assert {c for e in evs for c in _codes(e.source) + _codes(e.target)} == {"EGY", "QAT"}
    assert _types("وقالت المصادر إن اتفاق التهدئة على وشك الانهيار") == set()


# A prosecutor's or court's order to remand is coercion.
@pytest.mark.parametrize("text", [
    "قررت النيابة العامة حبس ثلاثة متهمين أربعة أيام على ذمة التحقيق",
    "جددت محكمة جنايات القاهرة حبس الناشط الحقوقي 45 يوما",
])
def test_remand(text: str) -> None:
    assert _types(text) == {"COERCE"}, _types(text)


def test_matter_of_detention_is_no_order() -> None:
    assert "COERCE" not in _types("طالب المتهم بتغيير القاضي الذي ينظر في أمر استمرار حبسه")


# Police dispersing a gathering («تجمعوا») coerce it; the plural verb right after the crowd's noun is its own.
def test_dispersal_of_gathering() -> None:
    evs = _events("فرقت الشرطة الكينية بالغاز المسيل للدموع مئات من أنصار المعارضة تجمعوا في نيروبي")
    by_type = {e.type: e for e in evs}
    assert set(by_type) == {"COERCE", "PROTEST"}, evs
    assert _codes(by_type["COERCE"].source) == ["KEN-COP"]
    assert _codes(by_type["PROTEST"].source) == ["KEN-OPP"]


# An armed body announcing dead it made in an operation made an attack; its own dead stay a clash.
def test_announced_toll() -> None:
    assert _types("أعلن الجيش النيجيري مقتل 40 من مسلحي بوكو حرام في عملية عسكرية بولاية بورنو") == {"ASSAULT"}
    assert _types("أعلن الجيش النيجيري مقتل خمسة من جنوده في عملية عسكرية ضد بوكو حرام") == {"FIGHT"}


# Verbless sanction headlines: the nisba right after «عقوبات» imposes them, the «على» phrase is hit.
def test_sanction_nisba_is_source() -> None:
    ev = _events("عقوبات أمريكية جديدة على قادة في الدعم السريع", "SANCTION")[0]
    assert _codes(ev.source) == ["USA"] and _codes(ev.target) == ["RSF"]


# «مسلحو حزب العمال» are the PKK's fighters; Britain's Labour party is no actor here.
def test_pkk_fighters() -> None:
    ev = _events("قتل جنديان تركيان في هجوم لمسلحي حزب العمال على نقطة حدودية في هكاري", "ASSAULT")[0]
    assert _codes(ev.source) == ["PKK"]


# «وتبنته حركة الشباب»: the group that claimed the attack is its author.
def test_claimer_is_source() -> None:
    ev = _events("قتل خمسة جنود كينيين في انفجار عبوة ناسفة استهدف دوريتهم في لامو وتبنته حركة الشباب",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["SHABAAB"]


# An army spokesman's unnamed warplanes are his army's; after «إن» an indefinite adjective may sit
# between the subject and its verb («إن طائرات حربية قصفت»), and «اغتالوا» is a plural killing verb.
def test_army_spokesman_planes() -> None:
    ev = _events("وقال المتحدث باسم الجيش الأمريكي إن طائرات حربية قصفت مواقع للحوثيين في صعدة", "ASSAULT")[0]
    assert _codes(ev.source) == ["USA-MIL"] and _codes(ev.target) == ["HOUTHI"]
    ev = _events("قال مصدر أمني إن مسلحين مجهولين اغتالوا ضابطا في درعا", "ASSAULT")[0]
    assert _codes(ev.source) == ["UAF"]


# A crowd in front of a foreign embassy is not that country's people.
def test_embassy_does_not_lend_nationality() -> None:
    ev = _events("احتج عشرات الناشطين أمام السفارة الفرنسية على سياسات الهجرة", "PROTEST")[0]
    assert not any((c or "").startswith("FRA") for c in _codes(ev.source)), _codes(ev.source)


# «المبعوث الأممي إلى اليمن»: the country of an envoy's title is no party to his meeting.
def test_envoy_title_is_no_target() -> None:
    ev = _events("التقى المبعوث الأممي إلى سوريا في جنيف وفدا من هيئة التفاوض المعارضة", "CONSULT")[0]
    assert "SYR" not in {(c or "").split("-")[0] for c in _codes(ev.target)}, _codes(ev.target)
    ev = _events("وصل المبعوث الأممي إلى ليبيا", "CONSULT")[0]
    assert _codes(ev.target) == ["LBY"]


# «مليون دولار أمريكي»: a currency's nisba is no actor.
def test_currency_nisba() -> None:
    ev = _events("قدمت السعودية 500 مليون دولار أمريكي لدعم الاقتصاد اليمني", "AID")[0]
    assert _codes(ev.source) == ["SAU"] and _codes(ev.target) == ["YEM"]


# Newswire names a ministry by its adjective alone: «الداخلية تضبط …», «أدانت الخارجية …»; after a
# noun («السياسة الخارجية», «للرحلات الداخلية») it is an adjective and no actor.
@pytest.mark.parametrize(("text", "type_"), [
    ("الداخلية تضبط عصابة لتزوير العملات في محافظة أسيوط", "COERCE"),
    ("أدانت الخارجية الهجوم على مقر البعثة الدبلوماسية", "DISAPPROVE"),
])
def test_bare_ministry_is_actor(text: str, type_: str) -> None:
    evs = _events(text, type_)
    assert evs and _codes(evs[0].source) and (_codes(evs[0].source)[0] or "").endswith("GOV"), evs


def test_adjective_ministry_word_is_no_actor() -> None:
    assert _types("موظفو شركة الطيران للرحلات الداخلية يطالبون بزيادة الأجور") == set()


def test_seized_verb_takes_its_subject() -> None:
    ev = _events("ضبطت قوات الأمن ثلاثة متهمين بتهريب الآثار في أسيوط", "COERCE")[0]
    assert _codes(ev.source) == ["EGY-COP"]


# A protest's stated aim names whom it is against («للمطالبة برحيل القوات الفرنسية»); not the people
# it speaks for («بالإفراج عن المعتقلين»): then it is against its own state.
def test_protest_aim_is_target() -> None:
    ev = _events("تظاهر آلاف الماليين في باماكو للمطالبة برحيل القوات الفرنسية من البلاد", "PROTEST")[0]
    assert _codes(ev.target) == ["FRA-MIL"]
    ev = _events("نظم مئات الطلاب في الرباط وقفة احتجاجية للمطالبة بالإفراج عن المعتقلين", "PROTEST")[0]
    assert _codes(ev.target) == ["MAR-GOV"]


# A second stance joined by «و» («… وطالبت بوقف التصعيد») faces the side the first one named.
def test_second_stance_shares_target() -> None:
    evs = _events("أدانت الخارجية الأردنية الغارات الإسرائيلية على سوريا وطالبت بوقف فوري للتصعيد")
    demand = next(e for e in evs if e.type == "DEMAND")
    assert _codes(demand.source) == ["JOR-GOV"] and _codes(demand.target) == ["ISR"]
