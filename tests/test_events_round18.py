"""Round 18 (blind set «blind18», daily agency copy from Iraq, Syria, Lebanon, Jordan, Kuwait, Bahrain, Oman,
Somalia and Mauritania: security operations, phone calls and cables, pardons, swaps, strikes, boycotts, quotes,
pronoun subjects): the other side of a swap after «مقابل», congratulations and condolences in a phone call,
condolences that name a loss, feared clashes, «حيث التقى» after an arrival, a joined verb with an object pronoun
after a reception, foiled smuggling and crossings, deported residents, a boycotted dialogue, «ندين» and
«نطالب» in a quote, «قد» before a speech verb, and detainees and convicts as civilians."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أفرجت إسرائيل عن 90 أسيراً مقابل إطلاق حماس سراح ثلاث رهائن»: each side of a swap concedes.
def test_swap_after_in_exchange_for() -> None:
    evs = _events("أفرجت إسرائيل عن 90 أسيرا فلسطينيا مقابل إطلاق حماس سراح ثلاث رهائن إسرائيليات", "CONCEDE")
    assert [(_codes(e.source), _codes(e.target)) for e in evs] == [(["ISR"], ["PSE-CVL"]), (["HAMAS"], ["ISR-CVL"])]
    evs = _events("أطلقت حركة حماس سراح أربع مجندات إسرائيليات مقابل إطلاق إسرائيل سراح 200 أسير فلسطيني", "CONCEDE")
    assert [_codes(e.source) for e in evs] == [["HAMAS"], ["ISR"]], [e.source for e in evs]
    # without the other side's agent the swap's return stays untold
    assert len(_events("أفرجت إسرائيل عن 90 أسيرا فلسطينيا مقابل الإفراج عن ثلاث رهائن", "CONCEDE")) == 1


# «هنأ الرئيس السوري في اتصال هاتفي نظيره اللبناني»: the one who congratulates or consoles calls.
def test_greeting_in_a_phone_call() -> None:
    ev = _events("هنأ الرئيس السوري أحمد الشرع في اتصال هاتفي نظيره اللبناني جوزاف عون بانتخابه رئيسا للجمهورية",
                 "CONSULT")[0]
    assert _codes(ev.source) == ["SYR-GOV"] and _codes(ev.target) == ["LBN-GOV"], (ev.source, ev.target)
    assert ev.mode == "phone"
    ev = _events("عزى الملك عبد الله الثاني في اتصال هاتفي الرئيس التركي بضحايا الزلزال", "CONSULT")[0]
    assert _codes(ev.source) == ["JOR-GOV"] and _codes(ev.target) == ["TUR-GOV"], (ev.source, ev.target)


# «برقية تعزية … بضحايا انفجار ميناء رجائي»: condolences for a loss are no news of it.
def test_condolences_name_no_attack() -> None:
    assert _types("وجه الرئيس العراقي برقية تعزية إلى نظيره الإيراني بضحايا انفجار ميناء رجائي") == {"CONSULT"}
    assert "ASSAULT" in _types("قتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق شعبي ببغداد")


# «تحسباً لاندلاع مواجهات»: feared clashes have not happened.
def test_feared_onset() -> None:
    assert _types("فرضت السلطات العراقية حظر تجوال شامل في مدينة كركوك تحسبا لاندلاع مواجهات") == {"COERCE"}


# «وصل … إلى عمان حيث التقى العاهل الأردني»: after «حيث» the visitor meets the one named.
def test_where_he_met() -> None:
    ev = _events("وصل رئيس الوزراء العراقي إلى عمان حيث التقى العاهل الأردني الملك عبد الله الثاني", "CONSULT")[0]
    assert _codes(ev.source) == ["IRQ-GOV"] and _codes(ev.target) == ["JOR-GOV"], (ev.source, ev.target)
    ev = _events("وصل وزير الخارجية القطري إلى بيروت حيث التقى الرئيس اللبناني جوزاف عون", "CONSULT")[0]
    assert _codes(ev.source) == ["QAT-GOV"] and _codes(ev.target) == ["LBN-GOV"], (ev.source, ev.target)


# «استقبل الرئيس اللبناني السفيرة الأمريكية، وطالبها بـ…»: the host demands; «ها» is no dual «ا».
def test_host_goes_on_with_object_pronoun() -> None:
    text = "استقبل الرئيس اللبناني السفيرة الأمريكية في قصر بعبدا، وطالبها بالضغط على إسرائيل لوقف غاراتها"
    ev = _events(text, "DEMAND")[0]
    assert _codes(ev.source) == ["LBN-GOV"] and _codes(ev.target) == ["USA"], (ev.source, ev.target)
    ev = _events(text, "CONSULT")[0]
    assert _codes(ev.source) == ["USA"] and _codes(ev.target) == ["LBN-GOV"], (ev.source, ev.target)


# «أحبطت القوات المسلحة الأردنية محاولة تهريب …»: foiling a smuggling run or a crossing is a security act.
def test_foiled_smuggling_and_crossings() -> None:
    ev = _events("أحبطت القوات المسلحة الأردنية محاولة تهريب كميات كبيرة من المخدرات قادمة من الأراضي السورية", "COERCE")
    assert ev and _codes(ev[0].source) == ["JOR-MIL"], ev
    ev = _events("أحبط خفر السواحل الموريتاني محاولة هجرة غير نظامية لنحو 150 شخصا قبالة نواذيبو", "COERCE")
    assert ev and _codes(ev[0].source) == ["MRT-MIL"], ev


# «رحلت السلطات الكويتية 35 ألف وافد»: deported residents; «قاطعت المعارضة الحوار»: a boycott protests.
def test_deported_residents_and_boycotted_dialogue() -> None:
    ev = _events("رحلت السلطات الكويتية 35 ألف وافد خالفوا قانون الإقامة منذ بداية العام", "COERCE")
    assert ev and _codes(ev[0].source) == ["KWT-GOV"], ev
    ev = _events("قاطعت أحزاب المعارضة الموريتانية الحوار السياسي الذي دعت إليه الحكومة")
    assert [e.type for e in ev] == ["PROTEST"] and _codes(ev[0].source) == ["MRT-OPP"], ev


# «وقال الوزير: «إننا ندين … ونطالب …»»: the first person plural is the speaker.
def test_first_person_in_quote() -> None:
    text = ("وقال وزير الخارجية الكويتي في كلمته أمام مجلس الأمن: «إننا ندين بأشد العبارات الاعتداءات الإسرائيلية "
            "المتكررة على الأراضي السورية ونطالب المجتمع الدولي بتحمل مسؤولياته»")
    ev = _events(text, "DISAPPROVE")[0]
    assert _codes(ev.source) == ["KWT-GOV"] and _codes(ev.target) == ["ISR"], (ev.source, ev.target)
    assert _codes(_events(text, "DEMAND")[0].source) == ["KWT-GOV"]


# «قد تطلب تمديد …»: a speech verb right after «قد» is a guess too.
def test_may_before_speech_verb() -> None:
    assert _types("قالت مصادر مطلعة إن الحكومة الصومالية قد تطلب تمديد مهمة بعثة الاتحاد الأفريقي لعام إضافي") == set()


# «أصدر ملك البحرين عفواً عن 457 محكوماً», «أفرجت … عن 300 موقوف»: convicts and detainees are civilians.
def test_convicts_and_detainees() -> None:
    ev = _events("أصدر ملك البحرين عفوا عن 457 محكوما بمناسبة عيد الفطر", "CONCEDE")[0]
    assert _codes(ev.target) == ["BHR-CVL"], ev.target
    ev = _events("أفرجت السلطات السورية عن 300 موقوف بموجب مرسوم عفو عام", "CONCEDE")[0]
    assert _codes(ev.target) == ["SYR-CVL"], ev.target


# «سلمت تركيا الجيش الصومالي شحنة من المدرعات … ضمن اتفاقية التعاون العسكري»: delivered arms are aid (a bare
# country name heads no construct), and the framework agreement's name is no act of its own.
def test_delivered_arms() -> None:
    text = "سلمت تركيا الجيش الصومالي شحنة من المدرعات والأسلحة ضمن اتفاقية التعاون العسكري بين البلدين"
    assert _types(text) == {"AID"}, _types(text)
    ev = _events(text, "AID")[0]
    assert _codes(ev.source) == ["TUR"] and _codes(ev.target) == ["SOM-MIL"], (ev.source, ev.target)


# «أغلقت بولندا مجالها الجوي أمام الطائرات الروسية»: closing airspace or an airport to a country's planes.
def test_closed_airspace() -> None:
    ev = _events("أغلقت بولندا مجالها الجوي أمام الطائرات الروسية", "SANCTION")[0]
    assert _codes(ev.source) == ["POL"] and (_codes(ev.target)[0] or "").startswith("RUS"), (ev.source, ev.target)
    assert _types("أغلقت السلطات اللبنانية مطار بيروت أمام الطائرات القادمة من إيران حتى إشعار آخر") == {"SANCTION"}


# «نفذت السلطات العراقية حكم الإعدام بحق 11 مداناً»: the state that carries out the sentence executes.
def test_carried_out_death_sentence() -> None:
    ev = _events("نفذت السلطات العراقية حكم الإعدام بحق 11 مدانا بالإرهاب في سجن الناصرية المركزي", "COERCE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"] and _codes(ev.target) == ["IRQ-CVL"], (ev.source, ev.target)


# «دعا الاتحاد العمالي العام في لبنان إلى إضراب»: the Lebanese labour confederation is labour.
def test_labour_confederation() -> None:
    ev = _events("نفذ الاتحاد العمالي العام في لبنان إضرابا شاملا", "PROTEST")[0]
    assert _codes(ev.source) == ["LBN-LAB"], ev.source


# «اعتقال 12 متهماً بتهريب المخدرات في محافظة المفرق الأردنية»: the accused are civilians, so a headline's
# arrest in a country is its police's.
def test_accused_in_headline_arrest() -> None:
    ev = _events("اعتقال 12 متهما بتهريب المخدرات في محافظة المفرق الأردنية", "COERCE")[0]
    assert _codes(ev.source) == ["JOR-COP"] and _codes(ev.target) == ["JOR-CVL"], (ev.source, ev.target)
    ev = _events("أعلنت دائرة المخابرات العامة الأردنية إحباط مخطط لتصنيع صواريخ واعتقال 16 متورطا", "COERCE")[0]
    assert _codes(ev.target) == ["JOR-CVL"], ev.target


# «قررت الحكومة الكويتية سحب الجنسية من 1200 شخص»: the subject of «قرر» does the act its noun names.
def test_decision_verb_subject() -> None:
    ev = _events("قررت الحكومة الكويتية سحب الجنسية من 1200 شخص بينهم مزدوجو الجنسية", "COERCE")[0]
    assert _codes(ev.source) == ["KWT-GOV"], ev.source


# A one-word surname that is also a country's name once the article is peeled («كاميرون» / «الكاميرون»)
# never outranks the country: Cameroon is not the British prime minister David Cameron.
def test_country_is_not_a_surname_with_the_article() -> None:
    ev = _events("هاجم مسلحون من جماعة بوكو حرام قاعدة للجيش في شمال الكاميرون", "ASSAULT")[0]
    assert "GBR-GOV" not in _codes(ev.target) and "CMR" in {(c or "")[:3] for c in _codes(ev.target)}, ev.target
    ev = _events("وقعت الكاميرون ونيجيريا اتفاقا أمنيا لمكافحة الإرهاب", "AGREE")[0]
    assert "GBR-GOV" not in _codes(ev.source) + _codes(ev.target), (ev.source, ev.target)
