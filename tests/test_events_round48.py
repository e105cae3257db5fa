"""Round 48: domestic politics and governance — confidence won «نالت الحكومة ثقة البرلمان», walkouts from a
session, accepted resignations, «فض الاشتباك» and «قواعد الاشتباك» as names, warned-of acts, pundits' forecasts and
parliamentary blocs «كتلة …» as subjects."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «نالت حكومة نواف سلام ثقة مجلس النواب اللبناني»: the government that wins confidence is endorsed by the house
# whose confidence it is (blind48-006).
def test_confidence_won() -> None:
    ev = _events("نالت حكومة نواف سلام ثقة مجلس النواب اللبناني بعد جلسة مناقشة للبيان الوزاري", "SUPPORT")[0]
    assert _codes(ev.source) == ["LBN-LEG"]
    assert _codes(ev.target) == ["LBN-GOV"]
    ev = _events("حصلت الحكومة العراقية الجديدة على ثقة البرلمان بأغلبية 180 صوتا", "SUPPORT")[0]
    assert _codes(ev.source)[0].startswith("IRQ-LEG")
    assert _codes(ev.target)[0].startswith("IRQ-GOV")
    assert not _types("نال المنتخب المغربي ثقة الجماهير بعد الفوز على البرتغال")


# «انسحب الوزراء الممثلون لحزب الله وحركة أمل من جلسة مجلس الوزراء احتجاجا»: leaving a session is a walkout,
# not a troop withdrawal (blind48-009).
def test_walkout_from_session() -> None:
    text = "انسحب الوزراء الممثلون لحزب الله وحركة أمل من جلسة مجلس الوزراء احتجاجا على مناقشة بند حصر السلاح"
    assert _types(text) == {"PROTEST"}
    assert _codes(_events(text, "PROTEST")[0].source)[0] == "HEZ"
    assert _types("انسحب نواب المعارضة من جلسة البرلمان الأردني اعتراضا على رفع أسعار المحروقات") == {"PROTEST"}
    assert _types("انسحبت القوات الروسية من قاعدة حميميم في ريف اللاذقية") == {"RETREAT"}


# «قبل أمير الكويت استقالة الحكومة»: an accepted resignation is a resignation; «قبل استقالة الحكومة بيومين» is
# only «before» it (blind48-012).
def test_accepted_resignation() -> None:
    text = "قبل أمير الكويت الشيخ مشعل الأحمد استقالة الحكومة وكلفها تصريف العاجل من الأمور"
    assert _types(text) == {"CONCEDE"}
    assert _codes(_events(text, "CONCEDE")[0].source) == ["KWT-GOV"]
    assert "CONCEDE" in _types("الرئيس التونسي يقبل استقالة وزير الداخلية")
    assert "CONCEDE" not in _types("وصل الوفد الأمريكي إلى بيروت قبل استقالة الحكومة بيومين")


# «اتفاق فض الاشتباك لعام 1974», «قواعد الاشتباك»: names of an agreement and of rules, no clash (blind48-026).
def test_disengagement_not_clash() -> None:
    text = "أدانت وزارة الخارجية السورية التوغل الإسرائيلي في ريف القنيطرة معتبرة إياه انتهاكا لاتفاق فض الاشتباك"
    assert _types(text) == {"DISAPPROVE"}
    assert "FIGHT" not in _types("قال حزب الله إن إسرائيل تخرق قواعد الاشتباك في جنوب لبنان")
    assert "FIGHT" in _types("اندلعت اشتباكات عنيفة بين الجيش السوري وقوات سوريا الديمقراطية قرب دير حافر")


# «بعد ساعات من تحذير وزير الدفاع الإسرائيلي السلطات السورية من نشر قوات»: what a warning is about did not
# happen (blind48-004).
def test_warned_of_act() -> None:
    text = ("شنت طائرات حربية إسرائيلية غارات على مواقع عسكرية قرب الكسوة، بعد ساعات من تحذير وزير الدفاع "
            "الإسرائيلي السلطات السورية من نشر قوات في جنوب البلاد")
    assert _types(text) == {"ASSAULT"}
    assert "MOBILIZE" in _types("نشر الجيش اللبناني قوات إضافية على الحدود الجنوبية")


# «يتوقع مراقبون أن تستغرق مفاوضات تشكيل الحكومة عدة أشهر»: a pundit's forecast reports no event (blind48-045).
def test_pundit_forecast() -> None:
    assert not _types("يتوقع مراقبون أن تستغرق مفاوضات تشكيل الحكومة العراقية الجديدة عدة أشهر")
    assert not _types("يرى محللون أن الغارات الإسرائيلية على سوريا ستتواصل في الأسابيع المقبلة")
    assert "CONSULT" in _types("بدأت الكتل السياسية العراقية مفاوضات تشكيل الحكومة الجديدة في بغداد")


# «طالبت كتلة جبهة العمل الإسلامي في مجلس النواب الأردني الحكومة»: a parliamentary bloc speaks for its party
# (blind48-036).
def test_bloc_subject() -> None:
    ev = _events("طالبت كتلة جبهة العمل الإسلامي في مجلس النواب الأردني الحكومة بإلغاء قانون الجرائم الإلكترونية",
                 "DEMAND")[0]
    assert _codes(ev.source)[0].startswith("JOR")
    assert "REJECT" in _types("رفضت كتلة الوفاء للمقاومة قرار الحكومة اللبنانية حصر السلاح")
