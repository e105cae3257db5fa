"""Non-violent categories found in a blind round: new trigger forms, hypothetical events, threats, roles."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


def types(text: str) -> list[str]:
    return [e.type for e in events_for_sentence(text, use_stages=False) if e.modality != "denied"]


def first(text: str, type_: str):
    evs = [e for e in events_for_sentence(text, use_stages=False) if e.type == type_ and e.modality != "denied"]
    assert evs, (text, types(text))
    return evs[0]


def codes(actors) -> list[str]:
    return [a.code for a in actors]


def country(actors) -> set[str]:
    return {(a.code or "").split("-")[0] for a in actors}


@pytest.mark.parametrize(("text", "type_"), [
    # «أخلت القوات مواقعها»: evacuating positions is a withdrawal
    ("أخلت القوات الروسية قاعدتها العسكرية في ريف القامشلي.", "RETREAT"),
    # fact-finding committees and referral to investigation
    ("شكل البرلمان العراقي لجنة لتقصي الحقائق في حريق مستشفى الحسين.", "INVESTIGATE"),
    ("أحالت وزارة الداخلية الكويتية ثلاثة موظفين إلى التحقيق بتهمة التزوير.", "INVESTIGATE"),
    # embezzlement and fraud are crimes
    ("اختلس محاسب في شركة حكومية ملايين الجنيهات قبل أن يفر إلى الخارج.", "CRIME"),
    # easing restrictions is a concession
    ("خففت السلطات المصرية القيود على سفر الفلسطينيين عبر معبر رفح.", "CONCEDE"),
    # cutting aid is a sanction, not aid
    ("علقت ألمانيا مساعداتها التنموية للنيجر عقب الانقلاب العسكري.", "SANCTION"),
    # «حمّل X Y مسؤولية …»: blaming is an accusation
    ("حمل الجيش اللبناني إسرائيل مسؤولية الانفجار الذي وقع قرب الحدود.", "DISAPPROVE"),
    # extraditing wanted men is judicial cooperation
    ("سلمت السلطات الإماراتية إلى مصر مطلوبا في قضايا إرهاب.", "COOPERATE"),
])
def test_new_non_violent_trigger_forms(text: str, type_: str) -> None:
    assert type_ in types(text)


def test_cut_aid_is_no_aid_event() -> None:
    assert "AID" not in types("علقت ألمانيا مساعداتها التنموية للنيجر عقب الانقلاب العسكري.")


@pytest.mark.parametrize("text", [
    # a subsidy is no political support
    "قالت وزارة المالية الأردنية إن الحكومة دعمت أسعار الخبز رغم الضغوط على الموازنة.",
    # a relative clause describes, it reports no act of support
    "تسعى الحكومة اليمنية لاستعادة المدن من الجماعة التي أيدتها طهران.",
])
def test_no_political_support(text: str) -> None:
    assert "SUPPORT" not in types(text)


@pytest.mark.parametrize("text", [
    # the consequence of a condition, with a modal «قد»
    "في حال انهارت الهدنة، قد تستأنف إسرائيل غاراتها على جنوب لبنان.",
    # a future withdrawal on a condition
    "قال مسؤول محلي إن المسلحين سينسحبون من المدينة إذا توقف القصف.",
    # inside the condition itself
    "لن تحضر المعارضة الجلسة إذا لم تتوصل الأطراف إلى تفاهم، بحسب بيان للحزب.",
])
def test_hypothetical_events_are_not_reported(text: str) -> None:
    assert types(text) == []


def test_generic_attack_noun_is_no_attack() -> None:
    t = types("رفعت القوات الكويتية درجة الجاهزية تحسبا لأي هجوم على منشآتها النفطية.")
    assert "MOBILIZE" in t and "ASSAULT" not in t


def test_future_attack_in_reported_speech_is_a_threat() -> None:
    text = "قال قيادي في حزب الله إن مقاتلي الحزب سيستهدفون أي قوة تتوغل في الجنوب."
    ev = first(text, "THREATEN")
    assert "ASSAULT" not in types(text)
    assert "HEZ" in codes(ev.source)


def test_threat_target_is_named_in_the_condition() -> None:
    ev = first("هدد زعيم الحوثيين بأن يكون الرد قاسيا إذا قصفت الولايات المتحدة ميناء الحديدة.", "THREATEN")
    assert "USA" in country(ev.target)


def test_own_meeting_with_pronoun_is_an_event_beside_the_statement() -> None:
    text = "دعا الرئيس التركي خلال لقائه نظيره الروسي إلى وقف الحرب في أوكرانيا."
    ev = first(text, "CONSULT")
    assert "DEMAND" in types(text)
    assert country(ev.source) == {"TUR"} and country(ev.target) == {"RUS"}


def test_visit_of_someone_else_stays_the_scene() -> None:
    assert types("وقعت قطر وتركيا ثلاث اتفاقيات للتعاون الاقتصادي خلال زيارة الرئيس التركي.") == ["AGREE"]


@pytest.mark.parametrize(("text", "type_", "src"), [
    ("انتقدت طهران القرار الأوروبي بإدراج الحرس الثوري على قائمة الإرهاب.", "DISAPPROVE", "IRN"),
    ("رفضت بكين الاتهامات الأمريكية بشأن التجسس.", "REJECT", "CHN"),
])
def test_capital_right_after_a_verbal_act_is_its_government(text: str, type_: str, src: str) -> None:
    assert src in country(first(text, type_).source)


def test_visited_capital_stays_the_target() -> None:
    ev = first("زار وزير الخارجية الفرنسي طهران لبحث الملف النووي.", "CONSULT")
    assert country(ev.source) == {"FRA"} and "IRN" in country(ev.target)


def test_coordinated_verb_keeps_the_first_subject_not_the_first_object() -> None:
    ev = first("أعلنت النيجر طرد السفير الفرنسي واتهمت باريس بدعم الجماعات المسلحة.", "DISAPPROVE")
    assert country(ev.source) == {"NER"} and country(ev.target) == {"FRA"}


def test_two_presidents_of_the_two_countries_are_no_raisi() -> None:
    ev = first("تناول اتصال هاتفي بين رئيسي البلدين العلاقات الثنائية بين مصر والأردن.", "CONSULT")
    assert "IRN" not in country(ev.source + ev.target)


def test_freed_by_the_one_who_held_them() -> None:
    ev = first("أطلق سراح عامل إغاثة بريطاني كان محتجزا لدى الحوثيين منذ أشهر.", "CONCEDE")
    assert codes(ev.source) == ["HOUTHI"] and country(ev.target) == {"GBR"}


def test_withdrawal_from_a_country_is_not_by_it() -> None:
    ev = first("أكملت القوات الأمريكية انسحابها من أفغانستان بعد عشرين عاما.", "RETREAT")
    assert codes(ev.source) == ["USA-MIL"] and country(ev.target) == {"AFG"}


def test_recognized_state_after_ba_is_the_target() -> None:
    ev = first("أعلنت سلوفينيا اعترافها الرسمي بدولة فلسطين.", "SUPPORT")
    assert "PSE" in country(ev.target)


def test_who_receives_aid_is_its_target() -> None:
    ev = first("تسلم الجيش اللبناني شحنة من المساعدات العسكرية الأمريكية.", "AID")
    assert country(ev.target) == {"LBN"} and "USA" in country(ev.source)


def test_place_of_joint_drills_is_no_party() -> None:
    ev = first("نفذت القوات البحرية المصرية والفرنسية مناورات مشتركة في مياه الخليج العربي.", "COOPERATE")
    assert country(ev.source) | country(ev.target) == {"EGY", "FRA"}


@pytest.mark.parametrize(("text", "type_"), [
    # medical teams and field hospitals sent abroad are aid
    ("أرسلت الكويت فريقا طبيا إلى غزة لإجراء عمليات جراحية للجرحى.", "AID"),
    # «التحقيق مع مسؤولين»: questioning officials is an investigation
    ("باشرت هيئة النزاهة العراقية التحقيق مع مدير عام سابق في وزارة الكهرباء.", "INVESTIGATE"),
    # «دفعت القوات … بوحدات إضافية»: the light verb split from its reinforcements
    ("دفعت القوات الروسية بوحدات مدرعة إلى الحدود مع فنلندا.", "MOBILIZE"),
    # «شنت هجوماً حاداً على الحكومة»: a verbal attack is criticism, no assault
    ("شن نواب في البرلمان الأردني هجوما حادا على وزير المالية بسبب رفع الضرائب.", "DISAPPROVE"),
])
def test_blind_round_two_trigger_forms(text: str, type_: str) -> None:
    t = types(text)
    assert type_ in t and "ASSAULT" not in t


def test_withdrawing_troops_from_a_country_targets_it() -> None:
    ev = first("سحبت كينيا قواتها من الصومال على مراحل.", "RETREAT")
    assert country(ev.target) == {"SOM"}


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), [
    # a complete «sector + nisba» phrase, then a named group: two actors, not one
    ("أدرجت الحكومة الكندية حركة الشباب على قائمة الإرهاب.", "SANCTION", "CAN-GOV", "SHABAAB"),
    # «أهالي المفقودين السلطاتِ»: a construct chain ends at its first definite noun
    ("ناشد أهالي المفقودين السلطات الليبية الكشف عن مصير أبنائهم.", "DEMAND", "LBY-CVL", "LBY-GOV"),
])
def test_definite_phrase_then_new_actor(text: str, type_: str, src: str, tgt: str) -> None:
    ev = first(text, type_)
    assert codes(ev.source) == [src] and codes(ev.target) == [tgt]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), [
    # a country name's final alif («كينيا», «تركيا») is no accusative tanwin: it is the subject
    ("سحبت تركيا قواتها من ليبيا.", "RETREAT", "TUR", "LBY"),
    ("انتقدت ألمانيا روسيا بسبب الهجمات الإلكترونية.", "DISAPPROVE", "DEU", "RUS"),
])
def test_country_name_ending_in_alif_is_a_subject(text: str, type_: str, src: str, tgt: str) -> None:
    ev = first(text, type_)
    assert country(ev.source) == {src} and country(ev.target) == {tgt}


def test_troops_sent_abroad_are_a_mobilization() -> None:
    ev = first("أرسلت رواندا قوات إلى موزمبيق لمساندة الجيش هناك.", "MOBILIZE")
    assert country(ev.source) == {"RWA"} and country(ev.target) == {"MOZ"}


def test_sending_aid_beside_police_is_no_mobilization() -> None:
    t = types("أرسلت الكويت مساعدات إلى اليمن بالتنسيق مع قوات الأمن.")
    assert "AID" in t and "MOBILIZE" not in t


def test_taking_money_in_a_fraud_is_the_crime_not_a_seizure() -> None:
    t = types("احتالت شركة وهمية على مئات المواطنين واستولت على مدخراتهم في الدار البيضاء.")
    assert "CRIME" in t and "COERCE" not in t


def test_police_seizure_of_drugs_stays_their_act() -> None:
    t = types("صادرت الشرطة الأردنية كميات كبيرة من المخدرات في مدينة الرمثا.")
    assert "COERCE" in t and "CRIME" not in t
