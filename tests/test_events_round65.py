"""Round 65: hard grammar across the region's news — a sufferer whose place phrases push the attack far from
«تعرضت», a side that announces it downed a drone, verb-less headline reactions named by a nisba, and
«المقاتلين الأكراد» as an actor."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «تعرضت قاعدة التنف الأمريكية عند المثلث الحدودي بين سوريا والأردن والعراق لهجوم»: the places between the
# sufferer and the attack do not make the host country the target (blind65-037, blind63-025).
def test_far_undergo_subject() -> None:
    ev = _events("تعرضت قاعدة التنف الأمريكية عند المثلث الحدودي بين سوريا والأردن والعراق لهجوم بطائرتين مسيرتين",
                 "ASSAULT")[0]
    assert _codes(ev.target)[0].startswith("USA")
    ev = _events("تعرضت قاعدة زليكان التركية في ناحية بعشيقة بمحافظة نينوى لقصف صاروخي", "ASSAULT")[0]
    assert _codes(ev.target)[0].startswith("TUR")
    ev = _events("تعرضت دورية تابعة للجيش العراقي على الطريق الرابط بين كركوك وتكريت في قضاء الحويجة لهجوم بعبوة ناسفة",
                 "ASSAULT")[0]
    assert _codes(ev.target)[0] == "IRQ-MIL"


# «أعلنت وزارة الدفاع التركية إسقاط طائرة مسيرة … باتجاه قاعدة عسكرية في دهوك»: the side announcing the downing
# is the one attacked, not the place the drone flew to (blind65-035, blind63-026).
def test_announced_downing() -> None:
    ev = _events("أعلنت وزارة الدفاع التركية إسقاط طائرة مسيرة أطلقها مسلحو حزب العمال الكردستاني باتجاه قاعدة "
                 "عسكرية في دهوك", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "PKK" and _codes(ev.target)[0].startswith("TUR")
    ev = _events("أعلنت القيادة المركزية الأمريكية اعتراض صاروخين أطلقهما الحوثيون باتجاه مدمرة في البحر الأحمر",
                 "ASSAULT")[0]
    assert _codes(ev.source)[0] == "HOUTHI" and _codes(ev.target)[0].startswith("USA")


# «استنكار أردني لاقتحام …», «ترحيب أممي بتمديد الهدنة»: a headline reaction noun with no verb, whose nisba
# names who reacts (blind65-009, blind65-027, blind65-041); «إدانة المتهمين» is a conviction.
def test_nisba_headline_reaction() -> None:
    ev = _events("استنكار أردني لاقتحام مستوطنين باحات المسجد الأقصى تحت حماية الشرطة الإسرائيلية", "DISAPPROVE")[0]
    assert _codes(ev.source)[0].startswith("JOR")
    ev = _events("تنديد فلسطيني واسع بقرار الكنيست حظر عمل وكالة الأونروا في القدس الشرقية", "DISAPPROVE")[0]
    assert _codes(ev.source)[0].startswith("PSE") and _codes(ev.target)[0].startswith("ISR")
    ev = _events("ترحيب قطري بإعلان وقف إطلاق النار بين الهند وباكستان", "SUPPORT")[0]
    assert _codes(ev.source)[0].startswith("QAT")
    assert _types("ترحيب أممي بتمديد الهدنة في اليمن شهرين إضافيين") == {"SUPPORT"}
    assert "DISAPPROVE" not in _types("إدانة المتهمين في قضية الفساد الكبرى بالسجن عشر سنوات")


# «مواقع المقاتلين الأكراد»: Kurdish fighters in Syria's news are the SDF (blind65-036, blind63-004).
def test_kurdish_fighters() -> None:
    ev = _events("قصفت المدفعية التركية مواقع المقاتلين الأكراد قرب سد تشرين في ريف منبج الشرقي", "ASSAULT")[0]
    assert _codes(ev.target)[0] == "SDF"
    ev = _events("انسحب المقاتلون الأكراد من مدينة تل رفعت بعد هجوم لفصائل المعارضة", "RETREAT")[0]
    assert _codes(ev.source)[0] == "SDF"
