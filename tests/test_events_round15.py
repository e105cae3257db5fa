"""Round 15 (blind set «blind15», Syria/Iraq/Lebanon newswire): patrols are no league, dawn is no
bombing, named officials between subject and object, royal titles after a title, honorific titles before
a name, longer charges, deployments of brigades, disarmament and refusals to disarm, tribal feuds,
votes of confidence, allocations, prisoner exchanges in batches, «بالتنسيق مع» as manner, the Supreme
Leader, a warning's promised reply, agency datelines, «بغارة نفذتها …», members of a named group,
a speaker's own forces and own patrol, and an addressee inside a fixed phrase."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «دورية» (a patrol) is not «دوريّه» (his league): shooting at a patrol is no sports story.
def test_patrol_is_not_a_league() -> None:
    evs = _events("أطلق جنود إسرائيليون النار على دورية لقوات اليونيفيل قرب بلدة مارون الراس", "ASSAULT")
    assert len(evs) == 1 and _codes(evs[0].source) == ["ISR-MIL"], evs
    assert _types("سجل المهاجم هدفين في الدوري الإسباني بعد أن أطلق تسديدة قوية") == set()


# «الفجر» with the article is dawn; the finite verb «فجّر» never takes it.
def test_dawn_is_no_bombing() -> None:
    assert _types("استمرت جلسة البرلمان العراقي حتى ساعات الفجر دون التصويت على القانون") == set()
    assert _types("فجر انتحاري حزاما ناسفا في سوق شعبي ببغداد") == {"ASSAULT"}


# «انتقد وزير الخارجية التركي هاكان فيدان الحكومة السورية»: a person's name closes the subject phrase.
def test_named_official_then_object_group() -> None:
    ev = _events("انتقد وزير الخارجية التركي هاكان فيدان الحكومة السورية لتأخرها في تنفيذ الاتفاق", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["TUR-GOV"] and _codes(ev.target) == ["SYR-GOV"], (ev.source, ev.target)
    ev = _events("توعد رئيس الأركان الإسرائيلي هرتسي هاليفي حزب الله برد قاس", "THREATEN")[0]
    assert _codes(ev.source) == ["ISR-MIL"] and _codes(ev.target) == ["HEZ"], (ev.source, ev.target)


# «العاهل الأردني الملك عبدالله الثاني»: the royal title after a title is the same person, then the object.
def test_royal_title_after_title() -> None:
    ev = _events("استقبل العاهل الأردني الملك عبدالله الثاني في عمان الرئيس اللبناني جوزيف عون", "CONSULT")[0]
    codes = set(_codes(ev.source)) | set(_codes(ev.target))
    assert codes == {"JOR-GOV", "LBN-GOV"}, (ev.source, ev.target)
    ev = _events("التقى الرئيس السوري الأمير القطري في الدوحة", "CONSULT")[0]
    assert set(_codes(ev.source)) | set(_codes(ev.target)) == {"SYR-GOV", "QAT-GOV"}


# «رئيس الأركان الأمريكي الجنرال مارتن ديمبسي»: an honorific between a title and a name joins them.
def test_honorific_between_title_and_name() -> None:
    ev = _events("اتهم قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا إيران بتسليح الحوثيين",
                 "DISAPPROVE")[0]
    assert _codes(ev.source)[0].startswith("USA") and _codes(ev.target) == ["IRN"], (ev.source, ev.target)


# A charge may run a few words: «بتهمة التخطيط لتنفيذ هجمات بصواريخ» is no attack.
def test_longer_charge() -> None:
    text = "أوقفت الأجهزة الأمنية الأردنية خلية بتهمة التخطيط لتنفيذ هجمات بصواريخ داخل المملكة"
    assert _types(text) == {"COERCE"}, _types(text)
    assert _types("احتجزت الشرطة رجلين للاشتباه بتورطهما في تفجير سيارة مفخخة") == {"COERCE"}


# «نشر ألوية», «وانتشرت فيها وحدات من الجيش»: deployments of brigades and units.
def test_deploy_brigades() -> None:
    ev = _events("نشر الجيش العراقي ألوية مدرعة على الحدود مع سوريا", "MOBILIZE")[0]
    assert _codes(ev.source) == ["IRQ-MIL"]
    text = "انسحب الجيش الإسرائيلي من بلدة مارون الراس وانتشرت فيها قوات من الجيش اللبناني"
    assert _types(text) == {"RETREAT", "MOBILIZE"}, _types(text)


# Laying down arms is a RETREAT (disarm); what someone is asked to hand over is not; «لن تسلم» refuses.
def test_disarm() -> None:
    ev = _events("ألقى عشرات المسلحين السلاح في ريف درعا بعد تسوية مع الحكومة", "RETREAT")[0]
    assert ev.mode == "disarm"
    assert "RETREAT" not in _types("طالبت الحكومة الفصائل بتسليم سلاحها إلى الدولة")
    ev = _events("قال قائد الفصيل إن مقاتليه لن يسلموا سلاحهم قبل انسحاب القوات الأجنبية", "REJECT")
    assert ev, _types("قال قائد الفصيل إن مقاتليه لن يسلموا سلاحهم قبل انسحاب القوات الأجنبية")


# A tribal feud is a clash («نزاع عشائري»); the conflict in general («النزاع المسلح في سوريا») is no event.
def test_tribal_feud() -> None:
    assert _types("قتل شخصان في نزاع عشائري اندلع بين عشيرتين في محافظة البصرة") == {"FIGHT"}
    assert _types("أدى النزاع المسلح في سوريا إلى تهجير الملايين") == set()


# Votes of confidence: SUPPORT by the parliament, REJECT when it withholds it.
def test_confidence_votes() -> None:
    ev = _events("منح البرلمان العراقي الثقة لحكومة محمد شياع السوداني", "SUPPORT")[0]
    assert _codes(ev.source) == ["IRQ-LEG"] and _codes(ev.target) == ["IRQ-GOV"]
    ev = _events("حجب مجلس الأمة الكويتي الثقة عن وزير الداخلية", "REJECT")[0]
    assert _codes(ev.source) == ["KWT-LEG"]


# «وزير المالية»: a definite word after an indefinite head is its genitive, not Mali.
def test_finance_minister_is_not_mali() -> None:
    ev = _events("انتقد وزير المالية العراقي البنك المركزي", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"]


# «أعلن … تخصيص 2.5 مليار يورو لدعم …»: an allocation named by its verbal noun; with another aid word it stays.
def test_allocation_noun() -> None:
    ev = _events("أعلنت اليابان تخصيص 10 ملايين دولار لمساعدة اللاجئين السوريين في الأردن", "AID")[0]
    assert _codes(ev.source) == ["JPN"]
    assert _types("أمر الملك بتخصيص 100 مليون دولار لأعمال الإغاثة في السودان") == {"AID"}
    assert _types("قررت الحكومة تخصيص 50 مليون دولار لتطوير الطرق في المحافظة") == set()


# «تبادلت … دفعة من الأسرى»: a batch of prisoners exchanged.
def test_prisoner_batch_exchange() -> None:
    assert _types("تبادلت روسيا وأوكرانيا دفعة من الأسرى بوساطة إماراتية") == {"CONCEDE"}
    assert _types("تبادل الطرفان الاتهامات بشأن ملف الأسرى") == set()


# «… غارات على مواقع داعش بالتنسيق مع …»: how the act was done, no second event.
def test_coordination_as_manner() -> None:
    assert _types("اعتقلت القوات الأمنية خمسة مطلوبين بالتنسيق مع جهاز المخابرات في كركوك") == {"COERCE"}
    assert "COOPERATE" in _types("شنت القوات الأمريكية غارة، بالتنسيق مع القوات العراقية")


# «المرشد الإيراني»: the Supreme Leader is the government; the reply a warning promises is no attack.
def test_supreme_leader_warning() -> None:
    text = "حذر المرشد الأعلى الإيراني إسرائيل من أن أي هجوم على المنشآت النووية سيقابل بضربة مدمرة"
    assert _types(text) == {"THREATEN"}, _types(text)
    ev = _events(text, "THREATEN")[0]
    assert _codes(ev.source) == ["IRN-GOV"] and _codes(ev.target) == ["ISR"]


# «بيروت (رويترز) -», «دمشق-سانا-»: the agency filing the story is no party to it.
def test_dateline_agency_is_no_actor() -> None:
    ev = _events("الموصل (رويترز) - قال مصدر أمني إن مسلحين هاجموا نقطة تفتيش للجيش غرب المدينة", "ASSAULT")[0]
    assert "GBR-MED" not in _codes(ev.source) + _codes(ev.target), (ev.source, ev.target)
    ev = _events("حمص-سانا- استشهد مدنيان جراء قصف إسرائيلي على ريف المحافظة", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-MIL"]


# «بغارة نفذتها مسيرة إسرائيلية», «في هجوم شنه مسلحون»: the relative verb names the attacker.
def test_relative_launcher() -> None:
    ev = _events("قتل مواطنان بغارة نفذتها مسيرة إسرائيلية على سيارة في بلدة النبطية", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-MIL"], ev.source
    ev = _events("قتل ثلاثة مدنيين في غارة جوية شنتها طائرات روسية على ريف إدلب", "ASSAULT")[0]
    assert _codes(ev.source) == ["RUS-MIL"]


# «تحييد 12 إرهابياً من حزب العمال», «ضابط في الحشد الشعبي»: a fighter stands for his named group.
def test_member_of_named_group() -> None:
    ev = _events("أعلنت وزارة الدفاع التركية تحييد خمسة إرهابيين من حزب العمال الكردستاني شمال العراق",
                 "ASSAULT")[0]
    assert _codes(ev.target) == ["PKK"], ev.target
    ev = _events("قتل ضابط في الحشد الشعبي بانفجار عبوة ناسفة زرعها عناصر داعش في ديالى", "ASSAULT")[0]
    assert "PMF" in _codes(ev.target), ev.target


# «أعلنت وزارة الدفاع الروسية أن طائراتها دمرت مقرات للمسلحين»: the speaker's own forces struck.
def test_speaker_forces_subject() -> None:
    ev = _events("أعلنت وزارة الدفاع الروسية أن طائراتها قصفت مقرات للمسلحين في ريف حماة", "ASSAULT")[0]
    assert _codes(ev.source) == ["RUS-MIL"] and "UAF" in _codes(ev.target), (ev.source, ev.target)


# «قال الجيش اللبناني إن مسيرة إسرائيلية استهدفت موقعا له»: what was hit is the speaker's own.
def test_speaker_own_target() -> None:
    ev = _events("قال الجيش اللبناني إن مسيرة إسرائيلية استهدفت موقعا له في الجنوب", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-MIL"] and _codes(ev.target)[0] == "LBN-MIL", (ev.source, ev.target)


# «قدم لبنان شكوى إلى مجلس الأمن ضد إسرائيل»: the addressee a fixed phrase names is no party.
def test_addressee_inside_trigger() -> None:
    ev = _events("قدمت الكويت شكوى إلى مجلس الأمن ضد العراق بسبب التعديات على الحدود", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["KWT"] or _codes(ev.source)[0].startswith("KWT"), ev.source
    assert _codes(ev.target)[0].startswith("IRQ")


# «أكدت فصائل المقاومة أنها قصفت مواقع الاحتلال»: the pronoun after «أن» is the speaker, the verb's subject.
def test_that_it_speaker_subject() -> None:
    ev = _events("أعلنت سرايا القدس أنها قصفت مواقع لجيش الاحتلال شرق خان يونس", "ASSAULT")[0]
    assert _codes(ev.source) == ["PIJ"] and "ISR-MIL" in _codes(ev.target), (ev.source, ev.target)


# «استهداف قاعدة عين الأسد التي تستضيف قوات أمريكية»: an attack on a base hits the forces it hosts.
def test_base_hosting_forces() -> None:
    ev = _events("سقطت ثلاثة صواريخ على قاعدة حرير التي تضم قوات التحالف الدولي في أربيل", "ASSAULT")[0]
    assert "COA" not in _codes(ev.source) and _codes(ev.target)[0] == "COA", (ev.source, ev.target)
    ev = _events("أعلنت فصائل عراقية استهداف قاعدة فيكتوريا التي تستضيف قوات أمريكية قرب مطار بغداد",
                 "ASSAULT")[0]
    assert _codes(ev.target)[0] == "USA-MIL", ev.target


# A longer charge still ends at an act joined by «و»: «… بتورطهم في الجريمة والقبض على عدد منهم».
def test_conjoined_arrest_after_suspicion() -> None:
    text = "تمكنت الأجهزة الأمنية من تحديد هوية المشتبه بتورطهم في التفجير الإرهابي والقبض على عدد منهم"
    assert "COERCE" in _types(text), _types(text)


# «فجر ليبيا» is a militia's name, not a bombing.
def test_libya_dawn_is_a_name() -> None:
    assert _types("قالت مصادر إن قوات فجر ليبيا لا تملك القدرة على القتال في عدة جبهات") <= {"FIGHT"}
