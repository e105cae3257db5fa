"""Round 30 (after blind30): the blind30 sentences that motivated each rule, and a contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «قام مسلحو تنظيم داعش بإعدام عشرة مدنيين»: after the light verb «قام» the «بـ» + verbal noun is the act done,
# not a court's sentence (blind30-001); a court's «قضت … بإعدام» stays a sentence.
def test_light_verb_execution() -> None:
    ev = _events("قام مسلحو تنظيم داعش بإعدام عشرة مدنيين في بادية دير الزور", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    ev = _events("قضت المحكمة الجنائية بإعدام ثلاثة متهمين في قضية اغتيال", "COERCE")[0]
    assert _codes(ev.source) == ["JUD"]


# «قامت السلطات الإيرانية بإعدام متظاهر»: the light verb's subject is the doer even when it is not armed.
def test_light_verb_subject() -> None:
    ev = _events("قامت السلطات الإيرانية بإعدام متظاهر أدين بالحرابة", "COERCE")[0]
    assert _codes(ev.source) == ["IRN-GOV"]


# «تبادلت فصائل المعارضة والقوات الحكومية السورية القصف»: exchanging fire or shelling is a fight (blind30-019).
def test_exchange_of_shelling() -> None:
    ev = _events("تبادلت فصائل المعارضة والقوات الحكومية السورية القصف في ريف إدلب الجنوبي", "FIGHT")[0]
    assert {_codes(ev.source)[0], _codes(ev.target)[0]} == {"SYR-REB", "SYR-MIL"}
    assert "FIGHT" not in _types("تبادل الطرفان الاتهامات بخرق الهدنة")


# «حررت القوات الصومالية رهائن»: freeing hostages is no offensive to take ground (blind30-032); freeing a town is.
def test_freeing_hostages_no_offensive() -> None:
    assert "FIGHT" not in _types("حررت القوات الصومالية رهائن كانوا محتجزين لدى حركة الشباب")
    assert "FIGHT" in _types("حررت القوات العراقية مدينة الموصل من تنظيم داعش")


# «قامت قوات الدعم السريع بنهب مستشفى»: looting by an armed force is violence (blind30-002); a theft stays a crime.
def test_armed_looting() -> None:
    ev = _events("قامت قوات الدعم السريع بنهب مستشفى في مدينة الفاشر", "ASSAULT")[0]
    assert _codes(ev.source) == ["RSF"]
    assert _types("سرق لصوص مجوهرات من متجر في القاهرة") == {"CRIME"}


# «اغتال مجهولون ضابطاً في الأمن العام»: an officer «في» a police or security body is that body's (blind30-017).
def test_officer_in_security_body() -> None:
    ev = _events("اغتال مجهولون ضابطا في الأمن العام برصاص مسدس كاتم للصوت في مدينة عدن", "ASSAULT")[0]
    assert _codes(ev.target) == ["YEM-COP"]
    ev = _events("قتل ضابط في الجيش السوري بانفجار عبوة ناسفة في درعا", "ASSAULT")[0]
    assert _codes(ev.target) == ["SYR-MIL"]


# «فجر انتحاري نفسه وسط تجمع للمجندين»: recruits are soldiers (blind30-014).
def test_recruits_are_military() -> None:
    ev = _events("فجر انتحاري نفسه وسط تجمع للمجندين في العاصمة مقديشو", "ASSAULT")[0]
    assert _codes(ev.target) == ["SOM-MIL"]
