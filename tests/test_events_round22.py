"""Round 22 (after blind22: economy, courts, aid, Maghreb protests, Iraq/Syria, Sudan, Yemen, diplomacy).

Each test uses the blind22 sentence (or the earlier fresh sentence) that motivated the rule.
"""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]


# «علقت الجزائر العمل بمعاهدة …»: suspending a treaty with a state is a sanction on it (blind22-028).
def test_suspended_treaty() -> None:
    ev = _events("علقت الجزائر العمل بمعاهدة الصداقة وحسن الجوار مع إسبانيا بعد تغيير مدريد موقفها من "
                 "الصحراء الغربية", "SANCTION")[0]
    assert _codes(ev.source) == ["DZA"] and _codes(ev.target) == ["ESP"]
    assert _types("أعلنت روسيا تعليق العمل بمعاهدة ستارت الجديدة مع الولايات المتحدة") == {"SANCTION"}


# «أوقفت تركيا جميع عمليات التصدير والاستيراد مع إسرائيل»: halting trade with a state (blind22-031);
# a ban on one's own exports with no foreign party is no sanction.
def test_halted_trade() -> None:
    text = "أوقفت تركيا جميع عمليات التصدير والاستيراد مع إسرائيل احتجاجا على الحرب في غزة"
    assert _types(text) == {"SANCTION"}
    ev = _events(text, "SANCTION")[0]
    assert _codes(ev.source) == ["TUR"] and _codes(ev.target) == ["ISR"]
    assert not _types("أوقفت مصر تصدير الأرز لتلبية احتياجات السوق المحلية")


# «أقر الكنيست قانوناً يحظر عمل وكالة الأونروا»: the imperfect «يحظر عمل» bans too (blind22-038).
def test_law_banning_work() -> None:
    ev = _events("أقر الكنيست الإسرائيلي قانونا يحظر عمل وكالة الأونروا داخل إسرائيل", "SANCTION")[0]
    assert _codes(ev.source) == ["ISR-LEG"] and _codes(ev.target) == ["UNRWA"]


# «قضت المحكمة … بإنهاء عضوية رئيس مجلس النواب»: a court stripping a seat or dissolving a party (blind22-032).
def test_court_strips_membership() -> None:
    ev = _events("قضت المحكمة الاتحادية العليا في العراق بإنهاء عضوية رئيس مجلس النواب محمد الحلبوسي",
                 "COERCE")[0]
    assert _codes(ev.source) == ["IRQ-JUD"] and _codes(ev.target) == ["IRQ-LEG"]
    assert _types("قضت محكمة مصرية بحل حزب الحرية والعدالة") == {"COERCE"}


# «أيدت محكمة النقض الحكم بسجن الصحفي»: upholding a sentence is the sentence, not support (blind22-045);
# «أيدت إسبانيا مقترح الحكم الذاتي» stays support.
def test_upheld_sentence() -> None:
    assert _types("أيدت محكمة النقض المغربية الحكم بسجن الصحفي عمر الراضي ست سنوات") == {"COERCE"}
    assert _types("أيدت إسبانيا مقترح الحكم الذاتي المغربي") == {"SUPPORT"}


# «أمر قاضي التحقيق في بغداد بإطلاق سراح المتظاهرين الموقوفين»: the judge's title opens no inquiry, and
# detained protesters are the released, not a protest (blind22-049).
def test_investigating_judge_releases() -> None:
    assert _types("أمر قاضي التحقيق في بغداد بإطلاق سراح المتظاهرين الموقوفين بكفالة") == {"CONCEDE"}


# «وزعت منظمة اليونيسف لقاحات …»: handing out vaccines is aid (blind22-055); a passive «وُزعت مساعدات
# مقدمة من الكويت» keeps its giver from «من» (blind8-038).
def test_distributed_vaccines() -> None:
    ev = _events("وزعت منظمة اليونيسف لقاحات ضد شلل الأطفال على مئات الآلاف من الأطفال في قطاع غزة", "AID")[0]
    assert _codes(ev.source) == ["UNICEF"]
    ev = _events("وزعت مساعدات إيوائية مقدمة من الكويت على الأسر النازحة في شمال سوريا.", "AID")[0]
    assert _codes(ev.source) == ["KWT"]


# «سمحت السلطات الإسرائيلية بدخول مئة شاحنة مساعدات إلى غزة»: letting aid in eases a restriction, and the
# trucks are what is let in, not a second aid event (blind22-056); allowing a force to act stays AGREE (dev-165).
def test_allowed_entry() -> None:
    text = "سمحت السلطات الإسرائيلية بدخول مئة شاحنة مساعدات إلى غزة عبر معبر كرم أبو سالم"
    assert _types(text) == {"CONCEDE"}
    ev = _events(text, "CONCEDE")[0]
    assert _codes(ev.source) == ["ISR-GOV"] and _codes(ev.target) == ["PSE"]
    assert _types("سمح الرئيس السوري للقوات العراقية بضرب مواقع تنظيم داعش داخل الأراضي السورية.") == {"AGREE"}


# «منعت قوات الدعم السريع وصول قوافل الإغاثة إلى مدينة الفاشر»: blocking aid is coercion, the convoys are
# what is blocked (blind22-057).
def test_blocked_access() -> None:
    text = "منعت قوات الدعم السريع وصول قوافل الإغاثة إلى مدينة الفاشر المحاصرة"
    assert _types(text) == {"COERCE"}
    assert _codes(_events(text, "COERCE")[0].source) == ["RSF"]


# «ضابط سابق … متهم بارتكاب مجازر»: what someone is accused of is no event of the sentence (blind22-080).
def test_accused_of_massacres() -> None:
    assert _types("ألقت قوات الأمن العام السورية القبض على ضابط سابق في جيش النظام متهم بارتكاب مجازر في "
                  "ريف دمشق") == {"COERCE"}
    # a sentence after «المتهم بقتل …» is still news
    assert _types("قضت المحكمة على المتهم بقتل زوجته بالسجن المؤبد") == {"COERCE"}


# «اقتحمت قوات الدعم السريع مخيم زمزم … ما أسفر عن مقتل مئات المدنيين»: a raid that killed is an assault
# (blind22-103).
def test_deadly_raid() -> None:
    text = "اقتحمت قوات الدعم السريع مخيم زمزم للنازحين جنوب الفاشر ما أسفر عن مقتل مئات المدنيين"
    assert _types(text) == {"ASSAULT"}
    ev = _events(text, "ASSAULT")[0]
    assert _codes(ev.source) == ["RSF"] and _country(_codes(ev.target)[0]) == "SDN"


# «بعد أكثر من عام على احتجازه»: the detention a release ends is history (blind22-107).
def test_release_after_detention_span() -> None:
    assert _types("أفرج الحوثيون عن طاقم السفينة غالاكسي ليدر بعد أكثر من عام على احتجازه") == {"CONCEDE"}
    assert _types("أطلقت السلطات سراح الناشط بعد عامين على اعتقاله") == {"CONCEDE"}


# «سيطرت قوات الدعم السريع على مدينة الفاشر بعد حصار ومعارك …»: a siege in battle is no sanction
# (blind22-096); «استعاد الجيش السيطرة على القصر … من قوات الدعم السريع»: the side it is taken from is
# the target, not the palace (blind22-097).
def test_siege_and_recapture() -> None:
    assert _types("سيطرت قوات الدعم السريع على مدينة الفاشر بعد حصار ومعارك استمرت أكثر من عام مع "
                  "الجيش") == {"FIGHT"}
    ev = _events("استعاد الجيش السوداني السيطرة على القصر الجمهوري في الخرطوم من قوات الدعم السريع",
                 "FIGHT")[0]
    assert _codes(ev.source) == ["SDN-MIL"] and _codes(ev.target) == ["RSF"]


# «اتهم قائد قوات الدعم السريع … الجيش السوداني بقصف الأحياء … بالبراميل المتفجرة»: the charge runs to
# the clause's end (blind22-098); a joined finite verb after it is a new act.
def test_long_accusation() -> None:
    assert _types("اتهم قائد قوات الدعم السريع محمد حمدان دقلو الجيش السوداني بقصف الأحياء السكنية في "
                  "الخرطوم بالبراميل المتفجرة") == {"DISAPPROVE"}
    text = "اتهمت إسرائيل حركة حماس بخرق الاتفاق وقصفت طائراتها مواقع في غزة"
    assert _types(text) == {"DISAPPROVE", "ASSAULT"}
    ev = _events(text, "DISAPPROVE")[0]
    assert _codes(ev.source) == ["ISR"] and _codes(ev.target) == ["HAMAS"]


# «أصيب مستوطنان في عملية طعن»: the dual settlers are the ones hurt (blind22-088).
def test_dual_settlers() -> None:
    ev = _events("أصيب مستوطنان في عملية طعن نفذها فلسطيني عند مدخل مستوطنة قرب الخليل", "ASSAULT")[0]
    assert _codes(ev.target) == ["ISR-CVL"]


# «فرضت بريطانيا عقوبات على الوزيرين الإسرائيليين …»: the dual «الوزيرين» heads the sanctioned phrase
# (blind22-091), not the «ضد الفلسطينيين» of the reason.
def test_dual_ministers() -> None:
    ev = _events("فرضت بريطانيا عقوبات على الوزيرين الإسرائيليين إيتمار بن غفير وبتسلئيل سموتريتش بسبب "
                 "التحريض على العنف ضد الفلسطينيين", "SANCTION")[0]
    assert {_country(c) for c in _codes(ev.target)} == {"ISR"}


# «أعلنت كتائب القسام تفجير دبابة إسرائيلية»: the nisba is the tank's, the bomber is the subject (blind22-092).
def test_struck_vehicle_nisba() -> None:
    ev = _events("أعلنت كتائب القسام تفجير دبابة إسرائيلية في حي الشجاعية شرق مدينة غزة", "ASSAULT")[0]
    assert _codes(ev.source) == ["HAMAS"] and _country(_codes(ev.target)[0]) == "ISR"


# «هاجم مقاتلون من حركة العدل والمساواة …», «شن مقاتلون من جيش تحرير السودان هجوماً»: fighters of a
# group stand for it (blind22-102; the open «جيش تحرير السودان» item).
def test_fighters_of_a_group() -> None:
    ev = _events("هاجم مقاتلون من حركة العدل والمساواة مواقع لقوات الدعم السريع قرب مدينة الفاشر", "ASSAULT")[0]
    assert _codes(ev.source) == ["SDN-REB"] and _codes(ev.target) == ["RSF"]
    ev = _events("شن مقاتلون من جيش تحرير السودان هجوما على مواقع للجيش في جبل مرة", "ASSAULT")[0]
    assert _codes(ev.source) == ["SDN-REB"]


# «استقبل رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا رئيس مجلس السيادة السوداني»: the name after a title
# is the host himself, the guest comes after the place (blind22-104, blind20-042).
def test_host_title_then_name() -> None:
    ev = _events("استقبل رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا رئيس مجلس السيادة السوداني عبد الفتاح "
                 "البرهان", "CONSULT")[0]
    assert _codes(ev.source) == ["SDN-GOV"] and _codes(ev.target) == ["ETH-GOV"]


# «تبنت جماعة الحوثي إسقاط طائرة أمريكية مسيرة»: a shoot-down is an attack (blind22-105).
def test_shoot_down() -> None:
    ev = _events("تبنت جماعة الحوثي إسقاط طائرة أمريكية مسيرة من طراز إم كيو 9 فوق محافظة مأرب", "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"]


# «أعادت السعودية وإيران فتح سفارتيهما»: reopening embassies is cooperation (blind22-119).
def test_reopened_embassies() -> None:
    ev = _events("أعادت السعودية وإيران فتح سفارتيهما بعد قطيعة دبلوماسية استمرت سبع سنوات", "COOPERATE")[0]
    assert set(_codes(ev.source)) | set(_codes(ev.target)) == {"SAU", "IRN"}


# «ترسيم الحدود البحرية»: «البحرية» after a definite noun is its adjective, not the navy (blind22-121).
def test_naval_adjective() -> None:
    ev = _events("وقعت مصر واليونان اتفاقا لترسيم الحدود البحرية بين البلدين في شرق المتوسط", "AGREE")[0]
    assert {_country(c) for c in _codes(ev.source) + _codes(ev.target)} == {"EGY", "GRC"}


# «في سوريا عبر الأراضي الأردنية»: the route is no party (blind22-025); «عبر الحدود الجنوبية للبنان»
# leaves a clash's two sides alone (dev-064).
def test_transit_country() -> None:
    ev = _events("أعلنت قطر تقديم منحة من الوقود لتشغيل محطات الكهرباء في سوريا عبر الأراضي الأردنية", "AID")[0]
    assert _codes(ev.source) == ["QAT"] and _codes(ev.target) == ["SYR"]
    ev = _events("تبادل حزب الله والجيش الإسرائيلي إطلاق النار عبر الحدود الجنوبية للبنان.", "FIGHT")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"HEZ", "ISR-MIL"}


# «صندوق أبوظبي للتنمية»: the Gulf development funds lend for their states (blind22-029).
def test_development_funds() -> None:
    ev = _events("قدم صندوق أبوظبي للتنمية قرضا ميسرا لموريتانيا لتمويل مشاريع للطاقة الشمسية", "AID")[0]
    assert _country(_codes(ev.source)[0]) == "ARE" and _codes(ev.target) == ["MRT"]
    ev = _events("قدم الصندوق الكويتي للتنمية الاقتصادية العربية منحة للأردن", "AID")[0]
    assert _country(_codes(ev.source)[0]) == "KWT"


# Open items from earlier rounds.
# «كابل» as written is Kabul, not «كـ» + «ابل» (Apple).
def test_kabul_not_apple() -> None:
    ev = _events("وصل وزير الخارجية الباكستاني إلى كابل في زيارة رسمية", "CONSULT")[0]
    assert _codes(ev.target) == ["AFG"]
    # «أمير خان متقي»: «أمير» opens the host's name; the Chinese envoy is the guest (blind20-030)
    ev = _events("استقبل وزير الخارجية في حكومة طالبان أمير خان متقي المبعوث الصيني في كابل", "CONSULT")[0]
    assert _country(_codes(ev.source)[0]) == "CHN"


# «لليبيا» is «لـ» + «ليبيا» (blind20-050).
def test_li_libya() -> None:
    from marsad.analyze.events.morph import words

    w = words("لليبيا")[0]
    assert "ليبيا" in [c for c, _ in w.cands[:w.npre]]
    ev = _events("قدمت السعودية منحة نفطية لليمن", "AID")[0]
    assert _codes(ev.target) == ["YEM"]


# «الجيش الكونغولي» is the DR Congo's army in the news (blind17-118).
def test_congolese_is_drc() -> None:
    ev = _events("سيطرت حركة إم 23 على مدينة غوما بعد معارك مع الجيش الكونغولي", "FIGHT")[0]
    assert _codes(ev.target) == ["COD-MIL"]


# «لم تسفر المفاوضات بين حركتي فتح وحماس عن أي اتفاق»: the talks took place, only their outcome is
# denied; «حركتي» belongs to the «بين» phrase (blind19-077).
def test_talks_without_outcome() -> None:
    ev = _events("لم تسفر المفاوضات بين حركتي فتح وحماس في القاهرة عن أي اتفاق بشأن تشكيل حكومة وحدة",
                 "CONSULT")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"PSE-FATAH", "HAMAS"}
    assert not _types("لم تشهد العاصمة أي احتجاجات")


# «محادثات بين ممثلين عن الحكومة الكونغولية وحركة إم 23»: envoys speak for the bodies (fresh-013).
def test_talks_between_representatives() -> None:
    ev = _events("احتضنت العاصمة القطرية محادثات بين ممثلين عن الحكومة الكونغولية وحركة إم 23 المتمردة.",
                 "CONSULT")[0]
    assert set(_codes(ev.source) + _codes(ev.target)) == {"COD-GOV", "COD-REB"}
