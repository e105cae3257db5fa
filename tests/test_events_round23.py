"""Round 23 (after blind23): the blind23 sentences that motivated each rule, and a contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]


# «سيطرت فصائل المعارضة السورية على مدينة حلب»: the subject may stand between «سيطرت» and «على» when it is
# armed (blind23-039); «سيطرت حالة من الهدوء على المدينة» takes no city.
def test_seized_with_subject_between() -> None:
    ev = _events("سيطرت فصائل المعارضة السورية على مدينة حلب بعد انسحاب قوات النظام منها", "FIGHT")[0]
    assert _codes(ev.source) == ["SYR-REB"]
    assert not _types("سيطرت حالة من الهدوء على المدينة")


# «داهمت قوة إسرائيلية خاصة مستشفى ابن سينا في جنين واغتالت ثلاثة شبان»: «قوة» with a nisba is an armed unit,
# so the hospital's «ابن» does not make the killing a memorial (blind23-046); «بالقوة» is no unit.
def test_special_force_raid() -> None:
    text = "داهمت قوة إسرائيلية خاصة مستشفى ابن سينا في جنين واغتالت ثلاثة شبان فلسطينيين"
    assert _types(text) == {"COERCE", "ASSAULT"}
    assert _codes(_events(text, "ASSAULT")[0].source) == ["ISR-MIL"]
    ev = _events("فرقت الشرطة المغربية بالقوة وقفة احتجاجية", "COERCE")[0]
    assert _codes(ev.source) == ["MAR-COP"]


# «أفرجت السلطات الإسرائيلية عن الأسير خضر عدنان بعد إضراب عن الطعام»: the strike the release ended is no
# protest of the sentence (blind23-045).
def test_release_after_hunger_strike() -> None:
    assert _types("أفرجت السلطات الإسرائيلية عن الأسير خضر عدنان بعد إضراب عن الطعام استمر 55 يوما") == {"CONCEDE"}


# «أقامت السعودية جسراً جوياً لنقل المساعدات … في سوريا»: an air bridge is aid, and «جوياً» is not the
# Lebanese village «جويا» (blind23-027).
def test_air_bridge() -> None:
    ev = _events("أقامت السعودية جسرا جويا لنقل المساعدات الإغاثية إلى المتضررين من الزلزال في سوريا", "AID")[0]
    assert _codes(ev.source) == ["SAU"] and _codes(ev.target) == ["SYR"]


# «أوقفت الجزائر ضخ الغاز عبر خط الأنابيب المار بالأراضي المغربية»: cutting a state's energy supply (blind23-014).
def test_cut_gas_supply() -> None:
    ev = _events("أوقفت الجزائر ضخ الغاز عبر خط الأنابيب المار بالأراضي المغربية بعد انتهاء العقد مع الرباط",
                 "SANCTION")[0]
    assert _codes(ev.source) == ["DZA"] and _country(_codes(ev.target)[0]) == "MAR"


# «ألغت المحكمة العليا الإسرائيلية قانون …»: a court striking down a law rejects it (blind23-021).
def test_court_annuls_law() -> None:
    ev = _events("ألغت المحكمة العليا الإسرائيلية قانون إلغاء حجة المعقولية الذي أقرته حكومة نتنياهو", "REJECT")[0]
    assert _codes(ev.source) == ["ISR-JUD"]
    assert not _types("ألغت الحكومة قرارها بزيادة الضرائب")


# «قياديا في تنظيم داعش كان مسؤولاً عن تفجيرات في بغداد»: what he answers for is no event (blind23-036).
def test_responsible_for() -> None:
    assert _types("اعتقلت قوات الأمن العراقية قياديا في تنظيم داعش كان مسؤولا عن تفجيرات في بغداد") == {"COERCE"}


# «إلى ميناء العريش لصالح سكان غزة»: aid goes to its beneficiary, not the port of arrival (blind23-025).
def test_aid_beneficiary() -> None:
    ev = _events("أرسلت الإمارات سفينة مساعدات تحمل أربعة آلاف طن من المواد الغذائية إلى ميناء العريش لصالح "
                 "سكان غزة", "AID")[0]
    assert _codes(ev.target) == ["PSE-CVL"]


# «سددت السعودية وقطر متأخرات سوريا لدى البنك الدولي»: paying another state's arrears is aid (blind23-012).
def test_paid_arrears() -> None:
    ev = _events("سددت السعودية وقطر متأخرات سوريا لدى البنك الدولي البالغة نحو 15 مليون دولار", "AID")[0]
    assert set(_codes(ev.source)) == {"SAU", "QAT"} and _codes(ev.target) == ["SYR"]


# «قضت محكمة إيرانية بإعدام مغني الراب توماج صالحي»: the one a court sentences, named by no actor word, is a
# civilian of the court's country (blind23-020, blind22-044); «بالسجن خمس سنوات» names a term, not a person.
def test_sentenced_person() -> None:
    ev = _events("قضت محكمة إيرانية بإعدام مغني الراب توماج صالحي بتهمة الإفساد في الأرض", "COERCE")[0]
    assert _codes(ev.target) == ["IRN-CVL"]
    ev = _events("قضت محكمة جزائرية بسجن الكاتب بوعلام صنصال خمس سنوات بتهمة المساس بالوحدة الوطنية", "COERCE")[0]
    assert _codes(ev.target) == ["DZA-CVL"]
    assert not _events("قضت محكمة مصرية بالسجن خمس سنوات", "COERCE")[0].target


# «أعلنت هيئة الأركان التركية مقتل جنديين في هجوم لمسلحين أكراد»: soldiers of no side an army announces dead
# are its own, even when the attack has another doer (blind23-040).
def test_announced_own_dead() -> None:
    ev = _events("أعلنت هيئة الأركان التركية مقتل جنديين في هجوم لمسلحين أكراد على قاعدة في شمال العراق",
                 "ASSAULT")[0]
    assert _codes(ev.target) == ["TUR-MIL"]


# «وصل وفد من الحكومة السودانية إلى جدة للمشاركة في محادثات مع قوات الدعم السريع»: whom the visitors talk with
# is a target too, not only the host city (blind23-049).
def test_talks_partner() -> None:
    ev = _events("وصل وفد من الحكومة السودانية إلى جدة للمشاركة في محادثات مع قوات الدعم السريع برعاية سعودية "
                 "أمريكية", "CONSULT")[0]
    assert "RSF" in _codes(ev.target)


# Older fresh sentences the same pass fixed.
# «قاعدة لقوات الاتحاد الأفريقي في جنوب الصومال»: «في جنوب X» is a place phrase like «في X», so the «لـ» owner
# of the base is hit (blind17-105).
def test_compass_place_phrase() -> None:
    ev = _events("هاجم مسلحون من حركة الشباب قاعدة لقوات الاتحاد الأفريقي في جنوب الصومال", "ASSAULT")[0]
    assert _codes(ev.target) == ["AU"]


# «بعد ثلاث سنوات من الاحتجاز»: a span counted in number words (blind2-011).
def test_span_in_number_words() -> None:
    assert _types("أفرجت السلطات الإيرانية عن ناشطة حقوقية بعد ثلاث سنوات من الاحتجاز.") == {"CONCEDE"}


# «تبادلت روسيا وأوكرانيا 95 أسيراً»: a swap is done by each side to the other (blind13-076).
def test_prisoner_swap_dyad() -> None:
    ev = _events("تبادلت روسيا وأوكرانيا 95 أسيرا من كل جانب بوساطة إماراتية", "CONCEDE")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"RUS", "UKR"} and ev.target


# «استهدفت طائرة مسيرة تركية سيارة تقل قياديين في قوات سوريا الديمقراطية»: the drone's nisba is the striker,
# the «في» group of the men it carried is hit (blind18-040).
def test_drone_subject_then_members() -> None:
    ev = _events("استهدفت طائرة مسيرة تركية سيارة تقل قياديين في قوات سوريا الديمقراطية قرب القامشلي", "ASSAULT")[0]
    assert _country(_codes(ev.source)[0]) == "TUR" and _codes(ev.target) == ["SDF"]
