"""Round 17 (blind set «blind17», world news in Arabic outlets: Russia–Ukraine, China–Taiwan, US politics, the EU,
the Sahel, Afghanistan/Pakistan, Iran–Israel, UN and humanitarian reporting, courts, parliaments, protests):
capitals as joint subjects and after «أعلن» or a reply verb, a capital opening a clause after «،و», a capital's
protest as a state's, tariffs, trade and entry bans, suspended party activities and broadcasts, food parcels,
a court's order, lawsuits, vows of a crushing reply, displeasure, military drills, dual warrants, suspended
membership as a noun, «قد» before a present verb, a count before a verb's form, «فيما أعلنت» as a second act,
summoned ambassadors in the plural, «احتجاجاً على» as a state act's reason, a protest the police acted on, and
an expelled attaché."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أعلنت واشنطن وبكين الاتفاق على …», «استأنفت القاهرة وأنقرة العلاقات»: capitals joined by «و» act together.
def test_joint_capitals() -> None:
    ev = _events("أعلنت واشنطن وبكين الاتفاق على خفض الرسوم الجمركية المتبادلة لمدة 90 يوما", "AGREE")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"USA", "CHN"}, (ev.source, ev.target)
    ev = _events("استأنفت القاهرة وأنقرة العلاقات الدبلوماسية الكاملة بينهما وتبادلتا السفراء", "AGREE")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"EGY", "TUR"}, (ev.source, ev.target)
    ev = _events("اتفقت واشنطن وبكين على خفض الرسوم", "AGREE")[0]
    assert _codes(ev.source) == ["USA"], (ev.source, ev.target)


# «أعلنت الرياض وطهران استئناف …», «ردت موسكو بطرد …»: a capital after «أعلن» or a reply verb is the doer.
def test_capital_after_announce_or_reply() -> None:
    ev = _events("أعلنت الرياض وطهران استئناف العلاقات الدبلوماسية", "AGREE")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"SAU", "IRN"}, (ev.source, ev.target)
    ev = _events("ردت موسكو بطرد دبلوماسيين بريطانيين اثنين", "SANCTION")[0]
    assert _codes(ev.source) == ["RUS"], (ev.source, ev.target)


# «…، واستدعت طهران سفراء الدول الأوروبية»: after a comma «و» opens a clause whose subject is the capital;
# «سفراء» are envoys too.
def test_capital_opens_clause_after_comma() -> None:
    text = "فرض الاتحاد الأوروبي عقوبات على خمسة مسؤولين إيرانيين بسبب قمع الاحتجاجات، واستدعت طهران سفراء الدول الأوروبية احتجاجا على ذلك"
    assert _types(text) == {"SANCTION", "DISAPPROVE"}, _types(text)
    assert _codes(_events(text, "DISAPPROVE")[0].source) == ["IRN"]
    ev = _events("أدانت الخارجية الجزائرية الهجوم، واتهمت باريس بالتقصير", "DISAPPROVE")
    assert all(_codes(e.source) == ["DZA-GOV"] for e in ev), [e.source for e in ev]


# «احتجت تايبيه رسمياً على …»: a capital's protest is its state's DISAPPROVE, no street protest.
def test_capital_protests_as_state() -> None:
    text = "احتجت تايبيه رسميا على دخول 30 طائرة عسكرية صينية منطقة تحديد الدفاع الجوي للجزيرة"
    assert _types(text) == {"DISAPPROVE"}, _types(text)
    assert _codes(_events(text, "DISAPPROVE")[0].source) == ["TWN"]


# «ردت الصين بفرض رسوم جمركية إضافية على السلع الأمريكية»: tariffs imposed are a sanction; a threat stays one.
def test_tariffs() -> None:
    ev = _events("ردت الصين بفرض رسوم جمركية إضافية بنسبة 34 في المئة على جميع السلع الأمريكية", "SANCTION")[0]
    assert _codes(ev.source) == ["CHN"] and _codes(ev.target) == ["USA"], (ev.source, ev.target)
    assert _types("هدد الرئيس الأمريكي بفرض رسوم جمركية إضافية على الواردات الصينية.") == {"THREATEN"}


# «فرضت تركيا حظراً شاملاً على التجارة مع إسرائيل», «حظر الكنيست عمل الأونروا»: trade and activity bans.
def test_trade_and_activity_bans() -> None:
    ev = _events("فرضت تركيا حظرا شاملا على التجارة مع إسرائيل إلى حين وقف الحرب في غزة", "SANCTION")[0]
    assert _codes(ev.source) == ["TUR"] and _codes(ev.target) == ["ISR"], (ev.source, ev.target)
    text = "حظر الكنيست الإسرائيلي عمل وكالة الأونروا داخل إسرائيل والقدس الشرقية بموجب قانون أقره بأغلبية كبيرة"
    assert _types(text) == {"SANCTION"}, _types(text)


# «علق المجلس العسكري أنشطة الأحزاب», «علقت السلطات بث إذاعة …», «منعت طالبان النساء من …»: restrictions.
def test_suspend_activities_and_broadcasts() -> None:
    assert _types("علق المجلس العسكري الحاكم في مالي أنشطة جميع الأحزاب السياسية حتى إشعار آخر") == {"COERCE"}
    assert _types("علقت السلطات في بوركينا فاسو بث إذاعة فرنسا الدولية وقناة فرانس 24 في أنحاء البلاد") == {"COERCE"}
    ev = _events("منعت حكومة طالبان النساء من الالتحاق بمعاهد التمريض والقبالة في أفغانستان", "COERCE")[0]
    assert _codes(ev.source) == ["TALIBAN"], ev.source


# «وزع برنامج الأغذية العالمي حصصاً غذائية على …»: handing out food is aid; «مساعدات مقدمة من الكويت» keeps its giver.
def test_food_parcels() -> None:
    ev = _events("وزع برنامج الأغذية العالمي حصصا غذائية على 200 ألف نازح في ولاية شمال دارفور", "AID")[0]
    assert _codes(ev.source) == ["WFP"], ev.source
    ev = _events("وزعت مساعدات إيوائية مقدمة من الكويت على الأسر النازحة في شمال سوريا.", "AID")[0]
    assert _codes(ev.source) == ["KWT"], ev.source


# «أمرت محكمة العدل الدولية إسرائيل بوقف هجومها»: a court's order to stop demands.
def test_court_order() -> None:
    ev = _events("أمرت محكمة العدل الدولية إسرائيل بوقف هجومها العسكري على مدينة رفح فورا", "DEMAND")[0]
    assert _codes(ev.target) == ["ISR"], (ev.source, ev.target)


# «رفعت المكسيك دعوى قضائية ضد …»: a lawsuit is a complaint against its defendant.
def test_lawsuit() -> None:
    ev = _events("رفعت المكسيك دعوى قضائية ضد شركة غوغل", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["MEX"], (ev.source, ev.target)


# «تعهد المرشد برد ساحق على الهجوم الإسرائيلي»: vowing a reply threatens; the attack named is the topic.
def test_vow_of_reply() -> None:
    text = "تعهد المرشد الإيراني علي خامنئي برد ساحق على الهجوم الإسرائيلي"
    assert _types(text) == {"THREATEN"}, _types(text)
    assert _codes(_events(text, "THREATEN")[0].source) == ["IRN-GOV"]


# «أعربت الصين عن استيائها الشديد من …»: displeasure disapproves; the visit it names is no meeting.
def test_displeasure() -> None:
    text = "أعربت الصين عن استيائها الشديد من زيارة رئيسة مجلس النواب الأمريكي إلى تايوان"
    assert _types(text) == {"DISAPPROVE"}, _types(text)


# «أجرى الجيش الصيني مناورات عسكرية واسعة حول تايوان»: drills of one side are a show of force; joint ones cooperate.
def test_military_drills() -> None:
    ev = _events("أجرى الجيش الصيني مناورات عسكرية واسعة حول جزيرة تايوان", "MOBILIZE")[0]
    assert _codes(ev.source)[0].startswith("CHN"), ev.source
    assert _types("أجرى الجيشان المصري والسوداني مناورات جوية مشتركة في قاعدة مروي") == {"COOPERATE"}


# «أصدرت المحكمة الجنائية الدولية مذكرتي اعتقال بحق …»: the dual of a warrant, issued by the court.
def test_dual_warrants() -> None:
    text = "أصدرت المحكمة الجنائية الدولية مذكرتي اعتقال بحق رئيس الوزراء الإسرائيلي بنيامين نتنياهو"
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["ICC"] and _codes(ev.target) == ["ISR-GOV"], (ev.source, ev.target)


# «أعلن الاتحاد الأفريقي تعليق عضوية الغابون»: the noun's complement is the suspended member.
def test_suspended_membership_noun() -> None:
    ev = _events("أعلن الاتحاد الأفريقي تعليق عضوية الغابون عقب الانقلاب العسكري", "SANCTION")[0]
    assert _codes(ev.source) == ["AU"] and _codes(ev.target) == ["GAB"], (ev.source, ev.target)
    ev = _events("علقت الجامعة العربية عضوية سوريا", "SANCTION")[0]
    assert _codes(ev.target) == ["SYR"], ev.target


# «قد تفرض», «قد يستأنفون»: «قد» before a present verb is a guess; before a past verb it is real.
def test_may_before_present_verb() -> None:
    assert _types("يرى خبراء عسكريون أن الصين قد تفرض حصارا بحريا على تايوان خلال السنوات المقبلة") == set()
    assert _types("قال محللون إن الحوثيين قد يستأنفون هجماتهم على السفن في البحر الأحمر") == set()
    assert _types("قد قصفت الطائرات الإسرائيلية موقعا") == {"ASSAULT"}


# «أكثر من 100 طالب»: after a count the form «طالب» is a student, no demand.
def test_count_before_verb_form() -> None:
    text = "اعتقلت الشرطة الأمريكية أكثر من 100 طالب خلال فض اعتصام مؤيد للفلسطينيين في جامعة كولومبيا"
    assert "DEMAND" not in _types(text), _types(text)


# «…، فيما أعلنت كتائب القسام تدمير دبابة»: an announced act after «فيما» is a second event.
def test_announced_act_after_fima() -> None:
    text = "قتلت غارات إسرائيلية 45 فلسطينيا منذ فجر اليوم، فيما أعلنت كتائب القسام تدمير دبابة إسرائيلية شرق خان يونس"
    evs = _events(text, "ASSAULT")
    assert len(evs) == 2, [(e.source, e.target) for e in evs]
    assert _codes(evs[1].source) == ["HAMAS"], evs[1].source


# «قطعت كولومبيا علاقاتها مع إسرائيل احتجاجاً على الحرب»: the reason for a state's act, not a protest of its own.
def test_reason_of_state_act() -> None:
    assert _types("قطعت كولومبيا علاقاتها الدبلوماسية مع إسرائيل احتجاجا على الحرب في غزة") == {"SANCTION"}
    assert "PROTEST" in _types("أعلنت أحزاب المعارضة في مالي مقاطعة الانتخابات الرئاسية احتجاجا على إقصاء مرشحها")


# «اعتقلت الشرطة 500 شخص خلال مظاهرة»: the protest the police acted on happened too.
def test_policed_protest() -> None:
    text = "اعتقلت الشرطة البريطانية أكثر من 500 شخص خلال مظاهرة في لندن دعما لمجموعة محظورة"
    assert _types(text) == {"COERCE", "PROTEST"}, _types(text)
    ev = _events("أطلقت الشرطة الرصاص الحي على المحتجين خلال مظاهرة في مدينة البصرة", "PROTEST")
    assert ev, _types("أطلقت الشرطة الرصاص الحي على المحتجين خلال مظاهرة في مدينة البصرة")


# «طردت لندن ملحقاً عسكرياً روسياً»: an attaché is a diplomat.
def test_expelled_attache() -> None:
    ev = _events("طردت لندن ملحقا عسكريا روسيا", "SANCTION")[0]
    assert _codes(ev.source) == ["GBR"] and _codes(ev.target)[0].startswith("RUS"), (ev.source, ev.target)


# «اتهمت … قراصنة مرتبطين بالاستخبارات الروسية», «تجميد أصول … كيانات مرتبطة بالحرس الثوري»: an object that names
# no actor stands for the body it is linked to.
def test_linked_body() -> None:
    text = "اتهمت الحكومة البريطانية قراصنة مرتبطين بالاستخبارات العسكرية الروسية بشن هجمات إلكترونية على مؤسسات حكومية"
    ev = _events(text, "DISAPPROVE")[0]
    assert _codes(ev.target)[0].startswith("RUS"), ev.target
    ev = _events("قررت الحكومة الكندية تجميد أصول 10 أفراد و5 كيانات مرتبطة بالحرس الثوري الإيراني", "SANCTION")[0]
    assert _codes(ev.target) == ["IRGC"], ev.target


# «فرضت بكين عقوبات», «قدمت الرياض مساعدات»: a capital after an opening feminine past verb does the act after it.
def test_capital_after_opening_verb() -> None:
    ev = _events("فرضت بكين عقوبات على سبع شركات أمريكية للصناعات الدفاعية", "SANCTION")[0]
    assert _codes(ev.source) == ["CHN"], ev.source
    ev = _events("قدمت الرياض مساعدات إلى السودان", "AID")[0]
    assert _codes(ev.source) == ["SAU"] and _codes(ev.target) == ["SDN"], (ev.source, ev.target)


# «ردت موسكو على العقوبات الأوروبية بحظر دخول …»: the reply is the «بـ» act; what it answers came before.
def test_reply_past_what_it_answers() -> None:
    text = "ردت موسكو على العقوبات الأوروبية الجديدة بحظر دخول عشرات المسؤولين الأوروبيين إلى أراضيها"
    ev = _events(text, "SANCTION")
    assert len(ev) == 1 and ev[0].trigger != "العقوبات" and _codes(ev[0].source) == ["RUS"], ev
    ev = _events("ردت إيران على الهجوم الإسرائيلي بإطلاق صواريخ على تل أبيب", "ASSAULT")
    assert len(ev) == 1 and _codes(ev[0].target) == ["ISR"], ev


# «اشتباكات بين الجيشين الهندي والباكستاني»: the dual «الجيشين» is two armies, the two sides of the clash.
def test_clash_between_dual_armies() -> None:
    ev = _events("اشتباكات بين الجيشين الهندي والباكستاني على خط المراقبة في كشمير", "FIGHT")[0]
    assert _codes(ev.source) == ["IND-MIL"] and _codes(ev.target) == ["PAK-MIL"], (ev.source, ev.target)


# «تعليق المساعدات العسكرية لأوكرانيا»: the «لـ» phrase after the form is who loses the aid.
def test_suspended_military_aid() -> None:
    ev = _events("أعلنت الولايات المتحدة تعليق المساعدات العسكرية لأوكرانيا مؤقتا", "SANCTION")[0]
    assert _codes(ev.source) == ["USA"] and _codes(ev.target)[0].startswith("UKR"), (ev.source, ev.target)


# «تظاهر عشرات الآلاف …، واستخدمت الشرطة خراطيم المياه … لتفريقهم»: the verb «تظاهر» names the crowd the
# police dispersed.
def test_dispersal_after_protest_verb() -> None:
    text = ("تظاهر عشرات الآلاف في شوارع تبليسي احتجاجا على قرار الحكومة، واستخدمت الشرطة خراطيم المياه "
            "والغاز المسيل للدموع لتفريقهم")
    assert _types(text) == {"PROTEST", "COERCE"}, _types(text)
    assert _codes(_events(text, "COERCE")[0].source) == ["GEO-COP"]


# «حكمت محكمة روسية على صحفي أمريكي بالسجن»: the «على» phrase before the sentence's term is the convict.
def test_convict_before_term() -> None:
    ev = _events("حكمت محكمة روسية على صحفي أمريكي بالسجن 16 عاما بتهمة التجسس", "COERCE")[0]
    assert _codes(ev.source) == ["RUS-JUD"] and _codes(ev.target) == ["USA-CVL"], (ev.source, ev.target)


# «أعدمت إيران ثلاثة رجال أدينوا بالتجسس لصالح إسرائيل»: the state (not its army) executes its own people; the
# party in the charge is not the target.
def test_executing_state() -> None:
    ev = _events("أعدمت إيران ثلاثة رجال أدينوا بالتجسس لصالح إسرائيل", "COERCE")[0]
    assert _codes(ev.source) == ["IRN"] and _codes(ev.target) == ["IRN-CVL"], (ev.source, ev.target)
    text = "أعدمت السلطات الإيرانية شابا شارك في احتجاجات عام 2022 بعد إدانته بقتل عنصر في قوات الباسيج"
    assert _types(text) == {"COERCE"}, _types(text)
    assert _codes(_events(text, "COERCE")[0].target) == ["IRN-CVL"]


# «قاطع نواب المعارضة جلسة التصويت», «أعلنت أحزاب المعارضة مقاطعة الانتخابات»: a boycott protests; opposition
# lawmakers protest as the opposition, not as the state; a call to boycott stays a demand.
def test_boycott() -> None:
    text = "قاطع نواب المعارضة في البرلمان الصربي جلسة التصويت على الحكومة الجديدة"
    assert _types(text) == {"PROTEST"}, _types(text)
    assert _codes(_events(text, "PROTEST")[0].source) == ["SRB-OPP"]
    assert _types("قاطعت جبهة الخلاص الوطني الانتخابات التشريعية في تونس") == {"PROTEST"}
    assert _types("دعت المعارضة إلى مقاطعة الانتخابات") == {"DEMAND"}


# «رفض الكرملين المقترح الأوروبي»: the Kremlin is Russia's government, and its «ـين» is no case ending.
def test_kremlin() -> None:
    ev = _events("رفض الكرملين المقترح الأوروبي لنشر قوات حفظ سلام في أوكرانيا", "REJECT")[0]
    assert _codes(ev.source) == ["RUS-GOV"], ev.source


# «قمة ترامب وبوتين في ألاسكا»: a headline opening on «قمة» is the two leaders' meeting; a mountain's top is not.
def test_summit_headline() -> None:
    ev = _events("قمة ترامب وبوتين في ألاسكا", "CONSULT")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"USA-GOV", "RUS-GOV"}, (ev.source, ev.target)
    assert _types("قمة الجبل الأخضر تستقبل السياح") == set()


# «…، ونددت بروكسل باعتقاله»: «ندد» takes no object, so the capital after it is its subject.
def test_capital_after_prep_only_verb() -> None:
    text = "اعتقلت السلطات الجورجية زعيم المعارضة نيكا ميليا، ونددت بروكسل باعتقاله ووصفته بأنه تصعيد مقلق"
    assert _types(text) == {"COERCE", "DISAPPROVE"}, _types(text)
    assert _codes(_events(text, "DISAPPROVE")[0].source) == ["BEL"]


# «أغلقت السلطات الإيرانية صحيفة إصلاحية بعد نشرها مقالاً ينتقد المرشد»: closing a paper restricts it; what its
# article said is no event of the day.
def test_closed_newspaper_and_its_article() -> None:
    text = "أغلقت السلطات الإيرانية صحيفة إصلاحية بعد نشرها مقالا ينتقد المرشد"
    assert _types(text) == {"COERCE"}, _types(text)
    assert _types("أغلقت الشركة قناة التصريف") == set()


# «بفرض رسوم جمركية على الواردات من كندا والمكسيك»: the country the goods come from is hit, not the imposer.
def test_tariffs_on_goods_from() -> None:
    text = "وقع الرئيس الأمريكي أمرا تنفيذيا بفرض رسوم جمركية بنسبة 25 في المئة على الواردات من كندا والمكسيك"
    ev = _events(text, "SANCTION")[0]
    assert _codes(ev.source) == ["USA-GOV"] and _codes(ev.target) == ["CAN", "MEX"], (ev.source, ev.target)
    ev = _events("فرض الاتحاد الأوروبي رسوما جمركية على السلع المستوردة من الصين", "SANCTION")[0]
    assert _codes(ev.source) == ["EU"] and _codes(ev.target) == ["CHN"], (ev.source, ev.target)


# «رحبت الرياض بإعلان وقف إطلاق النار … ودعت الطرفين إلى ضبط النفس»: the capital that opened the sentence is the
# subject the joined verb shares.
def test_joined_verb_shares_capital() -> None:
    text = "رحبت الرياض بإعلان وقف إطلاق النار بين الهند وباكستان ودعت الطرفين إلى ضبط النفس"
    assert _types(text) == {"SUPPORT", "DEMAND"}, _types(text)
    assert _codes(_events(text, "DEMAND")[0].source) == ["SAU"]


# «حظر الكنيست الإسرائيلي عمل وكالة الأونروا»: «وكالة الأونروا» names the agency.
def test_unrwa_agency() -> None:
    ev = _events("حظر الكنيست الإسرائيلي عمل وكالة الأونروا داخل إسرائيل والقدس الشرقية", "SANCTION")[0]
    assert _codes(ev.source) == ["ISR-LEG"] and _codes(ev.target) == ["UNRWA"], (ev.source, ev.target)


# «رفعت المدعية العامة لولاية نيويورك دعوى قضائية ضد إدارة ترامب»: a woman attorney general is the judiciary.
def test_attorney_general_lawsuit() -> None:
    text = "رفعت المدعية العامة لولاية نيويورك دعوى قضائية ضد إدارة ترامب بسبب تجميد التمويل الفيدرالي للجامعات"
    ev = _events(text, "DISAPPROVE")[0]
    assert _codes(ev.source) == ["USA-JUD"] and _codes(ev.target) == ["USA-GOV"], (ev.source, ev.target)


# «بعد ساعات من إعلان الجيش الإسرائيلي اغتيال قائد …، أطلق الحزب عشرات الصواريخ»: after a fronted «بعد …،»
# clause the main clause is a second act with its own subject («الحزب»: the party just named).
def test_main_clause_after_fronted_time_clause() -> None:
    text = ("بعد ساعات من إعلان الجيش الإسرائيلي اغتيال قائد في حزب الله بغارة على الضاحية الجنوبية لبيروت، "
            "أطلق الحزب عشرات الصواريخ على شمال إسرائيل")
    evs = _events(text, "ASSAULT")
    assert len(evs) == 2, [(e.source, e.target) for e in evs]
    assert _codes(evs[0].source) == ["ISR-MIL"] and _codes(evs[1].source) == ["HEZ"], [e.source for e in evs]
    assert len(_events("بعد اشتباكات عنيفة، سيطر الجيش على المدينة")) == 1


# «المقترح الأوروبي», «العقوبات الأوروبية», «دول أوروبية»: the nisba «أوروبي» stands for the European Union.
def test_european_nisba() -> None:
    ev = _events("رفضت روسيا المقترح الأوروبي", "REJECT")[0]
    assert _codes(ev.target) == ["EU"], ev.target
    ev = _events("فرضت دول أوروبية عقوبات على روسيا", "SANCTION")[0]
    assert _codes(ev.source) == ["EU"] and _codes(ev.target) == ["RUS"], (ev.source, ev.target)
    text = "ردت موسكو على العقوبات الأوروبية الجديدة بحظر دخول عشرات المسؤولين الأوروبيين إلى أراضيها"
    ev = _events(text, "SANCTION")[0]
    assert _codes(ev.source) == ["RUS"] and _codes(ev.target) == ["EU"], (ev.source, ev.target)


# «في جامعة كولومبيا بنيويورك»: a university named after a country is no party of that country.
def test_university_named_after_country() -> None:
    text = "اعتقلت الشرطة الأمريكية أكثر من 100 طالب خلال فض اعتصام مؤيد للفلسطينيين في جامعة كولومبيا بنيويورك"
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["USA-COP"] and "COL" not in _codes(ev.target), (ev.source, ev.target)


# «خلال فض اعتصام مؤيد للفلسطينيين في جامعة كولومبيا بنيويورك»: whom a protest backs is not its crowd.
def test_protest_backing_is_not_its_crowd() -> None:
    text = "اعتقلت الشرطة الأمريكية أكثر من 100 طالب خلال فض اعتصام مؤيد للفلسطينيين في جامعة كولومبيا بنيويورك"
    ev = _events(text, "PROTEST")[0]
    assert _codes(ev.source) == ["USA-CVL"], ev.source
