"""Round 34 (after blind34, targets): the sentences that motivated each rule, and a contrast."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «قناة المسيرة» is a TV channel, not a march; «سفينة تجارية مرتبطة بإسرائيل» stands for Israel when attacked
# too (blind34-021).
def test_channel_name_and_linked_target() -> None:
    text = ("صنعاء - أعلن المتحدث العسكري باسم القوات المسلحة التابعة لجماعة أنصار الله الحوثيين العميد يحيى سريع، "
            "في بيان متلفز بثته قناة المسيرة مساء الأحد، استهداف سفينة تجارية مرتبطة بإسرائيل في خليج عدن بصاروخ "
            "باليستي")
    assert not _events(text, "PROTEST")
    ev = _events(text, "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"]
    assert _codes(ev.target) == ["ISR"]
    assert _events("خرج الآلاف في مسيرة حاشدة في الرباط تضامنا مع غزة", "PROTEST")


# «دعا الاتحاد إلى إضراب عام …، احتجاجا على …»: the purpose of a call is no protest held (blind34-027).
def test_strike_call_purpose() -> None:
    text = ("تونس - دعا الاتحاد العام التونسي للشغل إلى إضراب عام في قطاع النقل يومي 30 و31 يوليو، احتجاجا على عدم "
            "تطبيق الاتفاقيات الموقعة مع الحكومة")
    ev = _events(text, "DEMAND")[0]
    assert _codes(ev.source) == ["TUN-LAB"]
    assert not _events(text, "PROTEST")
    assert _events("تظاهر المئات أمام البرلمان احتجاجا على غلاء الأسعار", "PROTEST")


# A passive verb's «على يد» agent after a long place and time (blind34-012).
def test_far_passive_agent() -> None:
    ev = _events("الخليل - اعتُقل صحفي فلسطيني من منزله في بلدة دورا جنوب الخليل فجر اليوم على يد قوة من جيش "
                 "الاحتلال الإسرائيلي اقتحمت البلدة", "COERCE")[0]
    assert _codes(ev.source) == ["ISR-MIL"]
    assert _codes(ev.target) == ["PSE-CVL"]


# «حيث استقبله الرئيس المصري»: the pronoun is the visitor named before (blind34-016).
def test_meeting_pronoun_antecedent() -> None:
    ev = _events("القاهرة - وصل الرئيس الفلسطيني محمود عباس إلى القاهرة، اليوم، حيث استقبله الرئيس المصري عبد "
                 "الفتاح السيسي في قصر الاتحادية", "CONSULT")[0]
    assert _codes(ev.source) == ["PSE-GOV"]
    assert _codes(ev.target) == ["EGY-GOV"]


# «اتهمت حماس، في بيان صحفي، نتنياهو بـ»: past the comma the phrase is the object, not the statement's author,
# and «صحفي» after «بيان» is «press» (blind34-030).
def test_statement_aside_object() -> None:
    ev = _events("غزة - اتهمت حركة المقاومة الإسلامية حماس، في بيان صحفي، رئيس الوزراء الإسرائيلي بنيامين نتنياهو "
                 "بعرقلة التوصل إلى اتفاق لوقف إطلاق النار", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["ISR-GOV"]
    ev = _events("أدانت حركة حماس، في بيان، إسرائيل", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["ISR"]
    ev = _events("اعتقلت الشرطة التونسية صحفيا في العاصمة", "COERCE")[0]
    assert ev.target and ev.target[0].code.endswith(("MED", "CVL"))


# «القائم بأعمال السفارة التركية في بغداد» is Turkey's envoy, and handing him a note after a comma is the same
# summons (blind34-035).
def test_charge_of_embassy() -> None:
    evs = _events("بغداد - استدعت وزارة الخارجية العراقية القائم بأعمال السفارة التركية في بغداد، وسلمته مذكرة "
                  "احتجاج شديدة اللهجة على القصف التركي لمناطق في محافظة دهوك", "DISAPPROVE")
    assert len(evs) == 1
    assert _codes(evs[0].source) == ["IRQ-GOV"]
    assert _codes(evs[0].target) == ["TUR-GOV"]
    assert len(_events("اتهمت الخارجية الجزائرية المغرب بالتحريض، وقررت استدعاء سفيرها", "DISAPPROVE")) == 2


# «بالتعاون/بالتنسيق مع» set off by commas is how the act was done; «التابعة للقوة الجوية» after the subject is
# whose planes, and the object comes past the aside (blind34-001, blind34-022).
def test_partner_asides() -> None:
    text = ("بغداد - واع: استهدفت طائرات إف 16 التابعة للقوة الجوية العراقية، بتوجيه من قيادة العمليات المشتركة "
            "وبالتنسيق مع جهاز مكافحة الإرهاب وخلية الصقور الاستخبارية، مخبأ لعناصر تنظيم داعش الإرهابي في وادي "
            "زغيتون جنوب غربي كركوك")
    assert not _events(text, "COOPERATE")
    ev = _events(text, "ASSAULT")[0]
    assert _codes(ev.source) == ["IRQ-MIL"]
    assert _codes(ev.target) == ["ISIS"]
    text = ("بغداد - أعلن جهاز مكافحة الإرهاب العراقي، بالتعاون مع مديرية الاستخبارات العسكرية ووكالة الاستخبارات "
            "والتحقيقات الاتحادية في وزارة الداخلية، اعتقال خمسة إرهابيين من داعش في عملية نوعية بصحراء الأنبار")
    assert not _events(text, "COOPERATE")
    assert _codes(_events(text, "COERCE")[0].target) == ["ISIS"]
    assert _events("نسقت الاستخبارات العراقية مع نظيرتها السورية لضبط الحدود", "COOPERATE")


# «بقيادة المشير خليفة حفتر» names who leads the subject, not who was held (blind34-042).
def test_led_by_not_target() -> None:
    ev = _events("بنغازي - أوقفت الأجهزة الأمنية التابعة للقيادة العامة للقوات المسلحة الليبية بقيادة المشير خليفة "
                 "حفتر ناشطا سياسيا بارزا بعد انتقاده أداء الحكومة", "COERCE")[0]
    assert _codes(ev.target) == ["LBY-CVL"]


# «رفعت … دعوى أمام محكمة العدل الدولية ضد دولة الإمارات» (blind34-041).
def test_lawsuit_against() -> None:
    ev = _events("لاهاي - رفعت الحكومة السودانية دعوى أمام محكمة العدل الدولية ضد دولة الإمارات، تتهمها فيها "
                 "بالتواطؤ في الإبادة الجماعية", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["SDN-GOV"]
    assert _codes(ev.target) == ["ARE"]


# «مسلحون يُعتقد أنهم من تنظيم داعش»: the group they are believed to be (blind34-023).
def test_suspected_gunmen() -> None:
    ev = _events("نيامي - قُتل 12 جنديا نيجريا على الأقل في هجوم شنه مسلحون يُعتقد أنهم من تنظيم داعش في الصحراء "
                 "الكبرى على موقع عسكري قرب الحدود مع مالي", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert _codes(ev.target) == ["NER-MIL"]
    ev = _events("قتل مسلحون مجهولون جنديين في هجوم على نقطة تفتيش", "ASSAULT")[0]
    assert _codes(ev.source) == ["UAF"]


# «أصدرت سلطات الاحتلال، خلال الأسبوع الماضي، 46 أمرا بالاعتقال الإداري»: who issues the order acts (blind34-004).
def test_order_issuer() -> None:
    ev = _events("رام الله - وفا: أصدرت سلطات الاحتلال الإسرائيلي، خلال الأسبوع الماضي، 46 أمرا بالاعتقال الإداري "
                 "بحق أسرى فلسطينيين من مختلف محافظات الضفة الغربية", "COERCE")[0]
    assert _codes(ev.source) == ["ISR-GOV"]
    assert _codes(ev.target) == ["PSE-CVL"]


# «بسبب نقل صواريخ باليستية من طهران إلى موسكو»: missiles transferred are goods, not a strike (blind34-018).
def test_transferred_missiles() -> None:
    text = ("بروكسل - فرض الاتحاد الأوروبي عقوبات على سبعة مسؤولين إيرانيين وثلاثة كيانات روسية بسبب نقل صواريخ "
            "باليستية من طهران إلى موسكو")
    assert not _events(text, "ASSAULT")
    assert _codes(_events(text, "SANCTION")[0].target) == ["IRN"]
    assert _events("أطلق الحوثيون صواريخ باليستية على إسرائيل", "ASSAULT")


# «محملة أنقرة مسؤولية سقوط ضحايا»: the deaths are what is blamed, not a new attack (blind34-007).
def test_blame_participle() -> None:
    text = ("القامشلي - أدانت الإدارة الذاتية لشمال وشرق سوريا بشدة القصف التركي المتواصل على قرى ريف الحسكة "
            "الشمالي، محملة أنقرة مسؤولية سقوط ضحايا مدنيين")
    assert not _events(text, "ASSAULT")
    assert _codes(_events(text, "DISAPPROVE")[0].target) == ["TUR"]


# «…، مطالبة الأمم المتحدة بالضغط على الجماعة»: the speaker's call to a named addressee survives a kidnapping in
# the sentence (a ransom «مطالبين بفدية» does not) (blind34-036).
def test_speaker_call_after_kidnapping() -> None:
    text = ("عدن - قالت الحكومة اليمنية إن جماعة الحوثي اختطفت 13 موظفا أمميا في صنعاء، مطالبة الأمم المتحدة "
            "بالضغط على الجماعة للإفراج عنهم")
    ev = _events(text, "DEMAND")[0]
    assert _codes(ev.source) == ["YEM-GOV"]
    assert _codes(ev.target) == ["UN"]
    assert _codes(_events(text, "ASSAULT")[0].source) == ["HOUTHI"]
    assert not _events("اختطف مسلحون رجل أعمال في بغداد، مطالبين بفدية مالية", "DEMAND")


# «، وهي مجموعة طبية مستقلة …،»: an aside about the subject holds no party, and the object comes after it
# (blind34-038).
def test_subject_aside() -> None:
    ev = _events("اتهمت شبكة أطباء السودان، وهي مجموعة طبية مستقلة ترصد الانتهاكات منذ اندلاع الحرب في أبريل 2023، "
                 "قوات الدعم السريع بقتل 15 مدنيا في هجوم على قرية بولاية شمال كردفان", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["RSF"]
