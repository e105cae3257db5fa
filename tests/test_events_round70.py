"""Round 70: known misses — a no-fly zone, troops entering a country, a national dialogue conference, a dual
sit-in, an opposition adjective after a society's name, a flight destination, meetings inside a suspension,
the back story of released detainees, a rising toll of a known blast and an agreement announced by a third party."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types


# «مجلس الأمن يفرض منطقة حظر جوي فوق ليبيا»: a no-fly zone imposed on a country is a SANCTION on it (blind69-004);
# lifting one is not.
def test_no_fly_zone_is_sanction() -> None:
    ev = _events("قرر مجلس الأمن الدولي فرض منطقة حظر جوي فوق شمال العراق لحماية السكان الأكراد", "SANCTION")
    assert ev and _codes(ev[0].source) == ["UN"] and _codes(ev[0].target) == ["IRQ"]
    ev = _events("فرض مجلس الأمن حظرا جويا على ليبيا بعد هجمات قوات القذافي على المدن الثائرة", "SANCTION")
    assert ev and _codes(ev[0].target)[:1] == ["LBY"]
    assert "SANCTION" not in event_types("أعلن حلف شمال الأطلسي رفع الحظر الجوي عن ليبيا بعد انتهاء العمليات")


# «دخلت قوات درع الجزيرة إلى البحرين»: troops entering a country are deployed there (blind69-009); a convoy of
# aid entering stays no MOBILIZE.
def test_troops_entering_country_mobilize() -> None:
    ev = _events("دخلت قوات سعودية إلى البحرين عبر جسر الملك فهد للمساعدة في حفظ الأمن", "MOBILIZE")
    assert ev and _codes(ev[0].source) == ["SAU-MIL"] and _codes(ev[0].target) == ["BHR"]
    ev = _events("دخلت قوات تركية إلى شمال سوريا لمواجهة وحدات حماية الشعب الكردية", "MOBILIZE")
    assert ev and _codes(ev[0].source) == ["TUR-MIL"]
    assert "MOBILIZE" not in event_types("دخلت قافلة مساعدات أممية إلى شمال غرب سوريا عبر معبر باب الهوى")


# «انطلق مؤتمر الحوار الوطني بمشاركة الأحزاب»: a dialogue conference is a CONSULT between its parties
# (blind69-039); a festival opening is none.
def test_dialogue_conference_is_consult() -> None:
    assert "CONSULT" in event_types("انطلقت في الخرطوم أعمال مؤتمر الحوار الوطني بمشاركة الأحزاب السودانية "
                                    "والحركات المسلحة")
    assert "CONSULT" not in event_types("قاطعت أحزاب المعارضة مؤتمر الحوار الوطني الذي دعا إليه الرئيس")
    assert event_types("انطلقت فعاليات مهرجان قرطاج الدولي بمشاركة فرق من عشر دول") == set()


# «فض اعتصامي رابعة والنهضة»: the dual of a sit-in is a protest too (blind69-011).
def test_dual_sit_in_is_protest() -> None:
    assert "PROTEST" in event_types("استخدمت قوات الأمن القوة لفض اعتصامي الطلاب أمام وزارة التعليم في القاهرة")


# «جمعية الوفاق البحرينية المعارضة الحكومة»: the adjective belongs to the society, the government is the
# target (blind69-045, blind48-019).
def test_opposition_adjective_after_society() -> None:
    ev = _events("طالبت جمعية الوفاق المعارضة السلطات البحرينية بالإفراج عن المعتقلين السياسيين", "DEMAND")
    assert ev and _codes(ev[0].source) == ["BHR-OPP"] and _codes(ev[0].target) == ["BHR-GOV"]
    ev = _events("طالب حزب الشعب الجمهوري المعارض الحكومة التركية بإجراء انتخابات مبكرة", "DEMAND")
    assert ev and _codes(ev[0].source) == ["TUR-OPP"] and _codes(ev[0].target) == ["TUR-GOV"]


# «أثناء محاولته الفرار إلى النيجر»: where someone fled is no party to the arrest (blind69-021).
def test_flight_destination_is_no_target() -> None:
    ev = _events("ألقت الشرطة الأردنية القبض على مطلوب خطير أثناء محاولته الهرب إلى سوريا", "COERCE")
    assert ev and "SYR" not in _codes(ev[0].target)
    ev = _events("اعتقلت قوات الأمن التونسية ثلاثة مسلحين خلال محاولتهم الفرار إلى الجزائر", "COERCE")
    assert ev and "DZA" not in _codes(ev[0].target)
    # a state arrests are handed over to stays a party elsewhere: the route word alone decides
    ev = _events("اعتقلت السلطات التركية صحفيا سوريا فر إلى أراضيها", "COERCE")
    assert ev and _codes(ev[0].source) == ["TUR-GOV"]


# «تعليق مشاركة وفود الحكومة السورية في اجتماعات الجامعة»: the meetings are the suspension's scope, no CONSULT
# (blind69-008, blind55-019); a meeting told as news stays one.
def test_meetings_inside_suspension() -> None:
    assert event_types("قرر الاتحاد الأفريقي تعليق مشاركة النيجر في جميع أنشطته واجتماعاته إلى حين عودة "
                       "النظام الدستوري") == {"SANCTION"}
    assert "CONSULT" in event_types("عقد وزراء خارجية دول الخليج اجتماعا في الرياض لبحث الأزمة اليمنية")


# «أفرج … عن مئات المعتقلين الذين احتجزوا خلال أحداث الثورة»: how the freed came to be held is back story
# (blind69-041, blind54-046); an arrest told beside a release stays news.
def test_released_detainees_back_story() -> None:
    assert "COERCE" not in event_types("أفرجت السلطات الجزائرية عن عشرات النشطاء الذين اعتقلوا خلال مظاهرات "
                                       "الحراك الشعبي")
    assert "COERCE" in event_types("أفرجت السلطات المصرية عن صحفيين اثنين بعد أن اعتقلت الشرطة ثلاثة آخرين "
                                   "في القاهرة")


# «ارتفع عدد ضحايا الانفجار الذي هز مرفأ بيروت»: a rising toll names a known blast, which may be an accident, no
# new attack (blind65-033); strikes with an author in a toll stay ASSAULT (round 19), a fresh blast too.
def test_toll_of_known_blast_is_no_attack() -> None:
    assert "ASSAULT" not in event_types("ارتفعت حصيلة ضحايا انفجار مستودع الوقود في ميناء بندر عباس إلى 57 قتيلا")
    assert "ASSAULT" not in event_types("ارتفع عدد قتلى الانفجار الذي وقع في مصنع للألعاب النارية إلى 25")
    assert "ASSAULT" in event_types("قتل عشرة أشخاص في انفجار سيارة مفخخة استهدف سوقا شعبية في بغداد")
    assert "ASSAULT" in event_types("ارتفع عدد ضحايا الغارات الإسرائيلية على جنوب لبنان إلى 40 قتيلا")


# «أعلن وزير الخارجية الكويتي اتفاق السعودية وقطر على إعادة فتح الأجواء»: the pair agree, the announcer is no
# party and the reopening is the agreement's content (blind67-011, blind57-017).
def test_announced_agreement_between_pair() -> None:
    ev = _events("أعلنت الخارجية العمانية اتفاق مصر وتركيا على رفع مستوى العلاقات الدبلوماسية إلى تبادل السفراء")
    assert [e.type for e in ev] == ["AGREE"]
    assert set(_codes(ev[0].source) + _codes(ev[0].target)) == {"EGY", "TUR"}
    ev = _events("أعلن وزير الخارجية الكويتي اتفاق السعودية وقطر على إعادة فتح الأجواء والحدود بينهما")
    assert [e.type for e in ev] == ["AGREE"]
    assert "AGREE" not in event_types("اتهمت الحكومة المتمردين بخرق اتفاق وقف القتال على الحدود الشمالية")
