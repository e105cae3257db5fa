"""Round 40: the war against ISIS — named operations, counted civilians, a bomber of a group, known bases."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أطلق … عملية نبع السلام ضد»: a named military operation is an offensive like «عملية عسكرية» (blind40-006);
# «في منطقة عملية المخلب» is a place, and «ضمن عملية غصن الزيتون» only the frame of the shelling it names.
def test_named_operation() -> None:
    ev = _events("أطلق الجيش التركي بمشاركة فصائل الجيش الوطني السوري عملية نبع السلام ضد قوات سوريا "
                 "الديمقراطية شرق الفرات", "FIGHT")[0]
    assert _codes(ev.target) == ["SDF"]
    ev = _events("بدأ الجيش التركي عملية غصن الزيتون ضد الوحدات الكردية في عفرين", "FIGHT")[0]
    assert _codes(ev.source) == ["TUR-MIL"]
    assert _types("قصفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية في محيط عفرين ضمن عملية غصن "
                  "الزيتون") == {"ASSAULT"}
    assert _types("قصفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية في محيط عفرين ضمن عملية عسكرية "
                  "واسعة") == {"ASSAULT"}
    assert _types("أعلنت وزارة الدفاع التركية تحييد 9 إرهابيين من تنظيم بي كا كا في منطقة عملية المخلب - القفل "
                  "شمالي العراق") == {"ASSAULT"}


# «قتل 12 مدنيا»: the accusative singular after a number is the civilians counted, not the adjective «civil»
# (blind40-008); «مجتمع مدني» stays an adjective.
def test_counted_civilians() -> None:
    ev = _events("قتل 12 مدنيا في غارات جوية روسية استهدفت سوقا شعبية في مدينة معرة النعمان بريف إدلب",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["RUS-MIL"]
    assert _codes(ev.target) == ["SYR-CVL"]
    assert not _events("دعا إلى بناء مجتمع مدني قوي")


# «انتحاري من تنظيم داعش»: an attacker «من» a named group stands for it, as «مسلحون من» does (blind40-023).
def test_bomber_of_a_group() -> None:
    ev = _events("فجر انتحاري من تنظيم داعش سيارة مفخخة في سوق مزدحم بمنطقة الكرادة وسط بغداد ما أسفر عن "
                 "مقتل عشرات المدنيين", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert _codes(ev.target) == ["IRQ-CVL"]
    ev = _events("فجر انتحاري من تنظيم داعش سيارة مفخخة في سوق مزدحم", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert "ISIS" not in _codes(ev.target)


# «قاعدة عين الأسد», «قاعدة حميميم»: a base known to host a foreign force is that force when attacked
# (blind40-016, blind40-032); a withdrawal from it keeps its country.
def test_known_base_hosts() -> None:
    ev = _events("قصف الحرس الثوري الإيراني قاعدة عين الأسد بصواريخ باليستية ردا على اغتيال سليماني", "ASSAULT")[0]
    assert _codes(ev.target) == ["USA-MIL"]
    ev = _events("أعلنت وزارة الدفاع الروسية أن دفاعات قاعدة حميميم أسقطت طائرات مسيرة أطلقها مسلحون من ريف "
                 "إدلب", "ASSAULT")[0]
    assert _codes(ev.target) == ["RUS-MIL"]
    ev = _events("انسحبت القوات الأمريكية من قاعدة عين الأسد", "RETREAT")[0]
    assert _codes(ev.target) == ["IRQ"]


# «غارات على مواقع قرب مطار دمشق قالت إنها تابعة لفيلق القدس»: the sites said to belong to a force are its
# (blind40-010), not the country of the place named.
def test_said_owner_of_sites() -> None:
    ev = _events("شنت طائرات إسرائيلية غارات على مواقع قرب مطار دمشق الدولي قالت إنها تابعة لفيلق القدس الإيراني",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    assert _codes(ev.target) == ["IRGC"]
    ev = _events("شنت طائرات إسرائيلية غارات على مواقع قرب مطار دمشق الدولي قال الجيش الإسرائيلي إنها تابعة "
                 "لحزب الله", "ASSAULT")[0]
    assert _codes(ev.target) == ["HEZ"]
