"""Round 32 (after blind32): the blind32 sentences that motivated each rule, and a contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «أعفى … من منصبه»: relieving an official of his post is a dismissal (blind32-023, blind32-042); relieving
# firms of taxes is no event.
def test_relieved_of_office() -> None:
    ev = _events("أعفى الرئيس التونسي قيس سعيد وزير الداخلية من مهامه وعين خلفا له", "COERCE")[0]
    assert _codes(ev.source) == ["TUN-GOV"]
    assert _codes(ev.target)[0].startswith("TUN")
    ev = _events("أعفى رئيس مجلس السيادة السوداني عبد الفتاح البرهان وزير الخارجية من منصبه", "COERCE")[0]
    assert _codes(ev.target) == ["SDN-GOV"]
    assert not _events("أعفت الحكومة المصرية المستثمرين من الضرائب لمدة خمس سنوات")


# «هنأ» (normalized like «هنا», "here"): a congratulation is a message to the congratulated (blind32-008);
# «من هنا» stays an adverb.
def test_congratulate() -> None:
    ev = _events("هنأ الرئيس السوري أحمد الشرع رئيس الوزراء اللبناني نواف سلام بتشكيل الحكومة الجديدة",
                 "CONSULT")[0]
    assert _codes(ev.source) == ["SYR-GOV"]
    assert _codes(ev.target) == ["LBN-GOV"]
    assert not _events("قال الوزير إن الحكومة من هنا ستبدأ الإصلاح")


# «أمير الكويت الشيخ مشعل الأحمد الرئيس الإيراني»: the name right after a title subject is the same person,
# not the object (blind32-017).
def test_name_apposed_to_title_subject() -> None:
    ev = _events("هنأ أمير الكويت الشيخ مشعل الأحمد الرئيس الإيراني مسعود بزشكيان بفوزه في الانتخابات الرئاسية",
                 "CONSULT")[0]
    assert _codes(ev.source) == ["KWT-GOV"]
    assert _codes(ev.target) == ["IRN-GOV"]
    ev = _events("التقى أمير الكويت الشيخ مشعل الأحمد الرئيس الإيراني مسعود بزشكيان", "CONSULT")[0]
    assert _codes(ev.target) == ["IRN-GOV"]


# An official touring his own country consults no one (blind32-004, blind32-029); a visit abroad stays.
def test_domestic_visit() -> None:
    assert not _events("زار رئيس الوزراء العراقي محافظة البصرة واطلع على سير العمل في مشاريع تحلية المياه")
    assert not _events("زار وزير الداخلية الجزائري ولاية تمنراست للاطلاع على الوضع الأمني على الحدود الجنوبية")
    ev = _events("زار وزير الخارجية الأردني بغداد والتقى رئيس الوزراء العراقي", "CONSULT")[0]
    assert _codes(ev.source) == ["JOR-GOV"]


# «تعرض رتل للتحالف الدولي لهجوم»: the convoy underwent the attack, it is no deployment, and the «لـ» noun
# after «تعرض» is what was undergone, not a purpose (blind32-001).
def test_convoy_undergoes_attack() -> None:
    evs = _events("تعرض رتل للتحالف الدولي لهجوم بعبوة ناسفة على الطريق السريع جنوب بغداد")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert _codes(evs[0].target) == ["COA"]
    assert _events("أرسل الجيش التركي رتلا من التعزيزات تحسبا لهجوم", "MOBILIZE")


# Who made an undergone attack: «من قوات …» after it (blind32-039), or «تبناه …» (blind32-022).
def test_undergone_attack_agent() -> None:
    ev = _events("تعرضت مدينة الأبيض لقصف مدفعي من قوات الدعم السريع أسفر عن مقتل مدنيين", "ASSAULT")[0]
    assert _codes(ev.source) == ["RSF"]
    assert _codes(ev.target)[0].startswith("SDN")
    ev = _events("تعرضت سفينة شحن يونانية لهجوم صاروخي في البحر الأحمر تبناه الحوثيون", "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"]
    assert _codes(ev.target) == ["GRC"]


# «شن مستوطنون هجوماً»: the subject of «شن» makes the attack, armed or not (blind32-044).
def test_launch_verb_subject() -> None:
    ev = _events("شن مستوطنون هجوما على قرية ترمسعيا وأحرقوا منازل ومركبات للفلسطينيين", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-CVL"]


# Headline measures: «الدفاع السورية: إحباط محاولة تهريب» (blind32-006), «البحرين: السجن المؤبد لـ» (blind32-020);
# a sentence merely naming the penalty is no event.
def test_headline_foil_and_sentence() -> None:
    ev = _events("الدفاع السورية: إحباط محاولة تهريب أسلحة إلى لبنان عبر معبر غير شرعي في ريف حمص", "COERCE")[0]
    assert _codes(ev.source) == ["SYR-MIL"]
    ev = _events("البحرين: السجن المؤبد لخمسة مدانين بالتخابر مع الحرس الثوري الإيراني", "COERCE")[0]
    assert _codes(ev.source)[0].startswith("BHR")
    assert not _events("قال الوزير إن السجن المؤبد عقوبة رادعة")


# A «*» form's gap holds the sentence's own cue words: «تقديم مساعدات مالية لتونس بقيمة مئة مليون يورو»
# is aid, planned with «يعتزم» (blind32-028).
def test_gapped_aid_form() -> None:
    ev = _events("يعتزم الاتحاد الأوروبي تقديم مساعدات مالية لتونس بقيمة مئة مليون يورو لدعم إدارة الحدود", "AID")[0]
    assert ev.modality == "planned"
    assert _codes(ev.source) == ["EU"]
    assert _codes(ev.target) == ["TUN"]


# «قال الوزير إن إسرائيل تتحمل المسؤولية الكاملة»: the speaker blames the bearer (blind32-013); with no speaker
# bearing full responsibility is a duty.
def test_bears_full_responsibility() -> None:
    ev = _events("قال وزير الخارجية المصري بدر عبد العاطي إن إسرائيل تتحمل المسؤولية الكاملة عن انهيار الهدنة في غزة",
                 "DISAPPROVE")[0]
    assert _codes(ev.source) == ["EGY-GOV"]
    assert _codes(ev.target) == ["ISR"]
    assert not _events("تتحمل الحكومة المسؤولية الكاملة عن قطاع التعليم")
