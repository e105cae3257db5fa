"""Round 33 (after blind33, long agency wire copy): the sentences that motivated each rule, and a contrast."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# A foiled smuggling attempt is COERCE by the state that foiled it, headline or not (blind2-031, blind26-048,
# blind33-019); the route country «من الأراضي السورية» is the target like «من سوريا».
def test_foiled_smuggling_noun() -> None:
    ev = _events("أعلنت السلطات الأردنية إحباط محاولة تهريب كميات من المخدرات عبر الحدود مع سوريا", "COERCE")[0]
    assert _codes(ev.source) == ["JOR-GOV"]
    ev = _events("أعلن الجيش الأردني إحباط محاولة تهريب كميات كبيرة من المخدرات قادمة من سوريا", "COERCE")[0]
    assert _codes(ev.source) == ["JOR-MIL"]
    assert _codes(ev.target) == ["SYR"]
    ev = _events("عمان - بترا: أعلنت القوات المسلحة الأردنية - الجيش العربي، إحباط محاولة تهريب كميات كبيرة من "
                 "المواد المخدرة قادمة من الأراضي السورية على الواجهة الشمالية للمملكة", "COERCE")[0]
    assert _codes(ev.source) == ["JOR-MIL"]
    assert _codes(ev.target) == ["SYR"]
    assert not _events("فاز المنتخب الأردني على نظيره السوري وأحبط محاولة العودة في الشوط الثاني", "COERCE")


# «الدوحة - قنا:»: a dateline closed by a colon; the agency's name («قنا», also an Egyptian city) is no place
# and the city before the colon is no receiver of «تلقى» (blind33-005).
def test_colon_dateline() -> None:
    ev = _events("الدوحة - قنا: تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، اليوم، اتصالا "
                 "هاتفيا من فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية", "CONSULT")[0]
    assert _codes(ev.source) == ["TUR-GOV"]
    assert _codes(ev.target) == ["QAT-GOV"]
    ev = _events("أعلنت محافظة قنا في صعيد مصر افتتاح مستشفى جديد بتمويل من البنك الدولي", "AID")
    assert not ev or all(a.code != "QAT" for e in ev for a in e.target)


# «بي كا كا» (Anadolu's name for the PKK) and «القوة الجوفضائية» (the IRGC's aerospace force) (blind33-007,
# blind33-014).
def test_group_aliases() -> None:
    ev = _events("أنقرة (الأناضول) - أعلنت وزارة الدفاع التركية، الأربعاء، تحييد 9 إرهابيين من تنظيم بي كا كا في "
                 "منطقة عملية المخلب - القفل شمالي العراق", "ASSAULT")[0]
    assert _codes(ev.target) == ["PKK"]
    ev = _events("حذر قائد القوة الجوفضائية في الحرس الثوري الإيراني من أن بلاده سترد بقوة ساحقة على أي اعتداء",
                 "THREATEN")[0]
    assert _codes(ev.source) == ["IRGC"]


# «قتل مسلحون مجهولون ثلاثة من عناصر حركة طالبان»: a nominative subject then a count of a body's men is an
# active verb, also after a dateline's dash (blind33-028); «قتل ثلاثة من عناصر …» alone stays their death.
def test_killed_count_object() -> None:
    ev = _events("كابول - قتل مسلحون مجهولون ثلاثة من عناصر حركة طالبان في هجوم استهدف نقطة تفتيش في ولاية "
                 "بنجشير شمالي أفغانستان، ولم تعلن أي جهة مسؤوليتها عن الهجوم", "ASSAULT")[0]
    assert _codes(ev.source) == ["UAF"]
    assert _codes(ev.target) == ["TALIBAN"]
    ev = _events("قتل ثلاثة من عناصر حركة طالبان في هجوم", "ASSAULT")[0]
    assert _codes(ev.target) == ["TALIBAN"]
    assert not ev.source


# «على أي اعتداء إسرائيلي يستهدف منشآتها»: a present verb describing a kind after «أي» is no attack (blind33-014).
def test_generic_relative_verb() -> None:
    text = ("طهران - حذر قائد القوة الجوفضائية في الحرس الثوري الإيراني أمير علي حاجي زاده من أن بلاده سترد "
            "بقوة ساحقة على أي اعتداء إسرائيلي يستهدف منشآتها النووية")
    assert not _events(text, "ASSAULT")
    assert _events(text, "THREATEN")
    assert _events("تستهدف الطائرات الإسرائيلية أي موقع يستخدمه حزب الله", "ASSAULT")


# «أمير علي حاجي زاده», «حسين أمير عبد اللهيان»: «أمير» before a bare name is a given name, no emir (blind33-014).
def test_amir_given_name() -> None:
    ev = _events("حذر قائد القوة الجوفضائية في الحرس الثوري الإيراني أمير علي حاجي زاده من أن بلاده سترد بقوة "
                 "ساحقة على أي اعتداء إسرائيلي", "THREATEN")[0]
    assert all(not (a.code or "").endswith("GOV") for a in ev.target)
    ev = _events("التقى أمير قطر الرئيس الإيراني في الدوحة", "CONSULT")[0]
    assert _codes(ev.source) == ["QAT-GOV"]


# «أعلن البنتاغون إرسال حاملة الطائرات …»: sending forces, as a noun, is a deployment (blind33-022); sending a
# letter is not.
def test_deploy_noun() -> None:
    ev = _events("أعلن البنتاغون إرسال حاملة الطائرات كارل فينسون ومجموعتها الضاربة إلى الشرق الأوسط", "MOBILIZE")
    assert ev and _codes(ev[0].source)[0].startswith("USA")
    assert not _events("أعلن الرئيس إرسال رسالة إلى نظيره الفرنسي", "MOBILIZE")


# «اعتراف فرنسا رسميا بدولة فلسطين» after «أعلن»: recognition as a noun; a country's name ending in «ا» is its
# genitive agent, not an accusative (blind33-025, blind28-020).
def test_recognition_noun() -> None:
    ev = _events("نيويورك - أعلن الرئيس الفرنسي إيمانويل ماكرون، في خطاب أمام الجمعية العامة للأمم المتحدة، "
                 "اعتراف فرنسا رسميا بدولة فلسطين، وسط تصفيق الوفود المشاركة", "SUPPORT")[0]
    assert _codes(ev.source)[0].startswith("FRA")
    assert _codes(ev.target) == ["PSE"]
    ev = _events("في خطوة تاريخية، أعلن الرئيس الفرنسي إيمانويل ماكرون من على منبر الأمم المتحدة اعتراف فرنسا "
                 "بدولة فلسطين", "SUPPORT")[0]
    assert _codes(ev.source) == ["FRA"]
    assert not _events("قدم المتهم اعترافا كاملا أمام المحكمة", "SUPPORT")


# «التدريب البحري المشترك»: a joint drill in the singular is COOPERATE; «قاعدة الملك فيصل» is no «ف + يصل»
# (arrives) (blind33-026).
def test_joint_drill_and_faisal() -> None:
    text = ("القاهرة - أ ش أ: بدأت القوات البحرية المصرية والسعودية، اليوم، تنفيذ التدريب البحري المشترك مرجان "
            "في نطاق قاعدة الملك فيصل البحرية بالأسطول الغربي السعودي")
    assert [e.type for e in _events(text)] == ["COOPERATE"]
    assert not _events("وصل الأمير فيصل بن فرحان إلى القاعدة", "MOBILIZE")


# «أوقفت … 47 مشتبها بالانتماء إلى تنظيم داعش»: people held for belonging to a group stand for it (blind33-035,
# blind12-087).
def test_suspected_members() -> None:
    ev = _events("إسطنبول (الأناضول) - أوقفت قوات الأمن التركية 47 مشتبها بالانتماء إلى تنظيم داعش الإرهابي في "
                 "عمليات متزامنة نفذتها في 12 ولاية", "COERCE")[0]
    assert _codes(ev.target) == ["ISIS"]
    ev = _events("أوقفت الشرطة التركية 40 شخصا يشتبه بانتمائهم إلى تنظيم داعش في عمليات متزامنة بإسطنبول",
                 "COERCE")[0]
    assert _codes(ev.target) == ["ISIS"]
    ev = _events("اعتقلت الشرطة التركية 40 شخصا في إسطنبول", "COERCE")[0]
    assert _codes(ev.target) != ["ISIS"]


# «للتنديد بالحرب …، في حين اعتقلت الشرطة 9 أشخاص»: «في حين/فيما» after a comma ends a protest's purpose;
# the arrest is an event of its own (blind33-036).
def test_purpose_ends_at_new_clause() -> None:
    text = ("لندن - خرج عشرات الآلاف في مسيرة حاشدة وسط العاصمة البريطانية، السبت، للتنديد بالحرب على غزة "
            "والمطالبة بوقف تصدير الأسلحة إلى إسرائيل، في حين اعتقلت الشرطة 9 أشخاص")
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["GBR-COP"]
    assert _events(text, "PROTEST")
    assert not _events("تظاهر الآلاف في لندن للمطالبة بالإفراج عن المعتقلين", "COERCE")


# «تحرير عشرات المختطفين»: freeing the abducted is no abduction (blind33-042).
def test_freed_abductees() -> None:
    text = ("أبوجا - أعلن الجيش النيجيري إطلاق عملية برية واسعة ضد معاقل جماعة بوكو حرام في غابة سامبيسا بولاية "
            "بورنو، وقال إن العملية أسفرت عن تحرير عشرات المختطفين")
    assert [e.type for e in _events(text)] == ["FIGHT"]
    assert _events("اختطف مسلحون عشرات الطلاب من مدرسة في ولاية كادونا")


# «أعلنت السلطة القضائية الإيرانية إعدام رجل أدين بالتجسس»: a court announcing an execution carried it out,
# a punishment (blind33-045).
def test_announced_execution_by_judiciary() -> None:
    ev = _events("طهران - أعلنت السلطة القضائية الإيرانية إعدام رجل أدين بالتجسس لصالح جهاز الموساد الإسرائيلي، "
                 "وذلك بعد أن صادقت المحكمة العليا على الحكم الصادر بحقه", "COERCE")[0]
    assert _codes(ev.source) == ["IRN-JUD"]
    assert not _events("أعلنت السلطة القضائية الإيرانية إعدام رجل", "ASSAULT")


# «رفض المغرب التقرير الصادر عن البرلمان الأوروبي»: who issued what is rejected is the target (blind33-023).
def test_issuer_of_rejected_text() -> None:
    ev = _events("الرباط - رفض المغرب، في بيان لوزارة الخارجية، التقرير الصادر عن البرلمان الأوروبي بشأن حرية "
                 "الصحافة في المملكة", "REJECT")[0]
    assert _codes(ev.target) == ["EU"]
    ev = _events("رفضت إيران البيان الصادر عن مجلس التعاون الخليجي", "REJECT")[0]
    assert _codes(ev.target) == ["GCC"]


# «شبكة لتهريب الوقود الليبي إلى أوروبا»: where smuggled goods go is no party (blind32-038); a halted delivery
# «إلى إسرائيل» still names its party.
def test_smuggling_destination() -> None:
    ev = _events("فرضت وزارة الخزانة الأمريكية عقوبات على شبكة لتهريب الوقود الليبي إلى أوروبا", "SANCTION")[0]
    assert _codes(ev.target) == ["LBY"]
    ev = _events("علقت الولايات المتحدة تسليم شحنة من القنابل الثقيلة إلى إسرائيل", "SANCTION")[0]
    assert _codes(ev.target) == ["ISR"]
