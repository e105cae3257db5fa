"""Round 12 (blind set «blind12»): international NGOs, embassies, juntas, background nouns, new triggers."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


def _events(text: str, type_: str | None = None) -> list:
    evs = [e for e in events_for_sentence(text) if e.modality != "denied"]
    return [e for e in evs if type_ is None or e.type == type_]


def _codes(actors: list) -> list[str]:
    return [a.code for a in actors]


# An international NGO reporting from a country is not that country's NGO; a bare «الهلال الأحمر» is.
@pytest.mark.parametrize(("text", "type_", "code"), [
    ("طالبت منظمة العفو الدولية السلطات السودانية بالإفراج عن الناشطين المعتقلين في الخرطوم", "DEMAND", "NGO"),
    ("انتقدت منظمة هيومن رايتس ووتش حملة الاعتقالات في مدينة البصرة", "DISAPPROVE", "NGO"),
    ("وزع الهلال الأحمر مساعدات غذائية على النازحين في مدينة بورتسودان", "AID", "SDN-NGO"),
])
def test_ngo_country(text: str, type_: str, code: str) -> None:
    evs = _events(text, type_)
    assert evs and _codes(evs[0].source) == [code], [(_codes(e.source), _codes(e.target)) for e in evs]


def test_embassy_keeps_its_place() -> None:
    ev = _events("قالت السفارة الأمريكية في بغداد إنها تدين بشدة الهجوم على المتظاهرين", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["USA-GOV"]
    assert ev.location is not None and ev.location.text == "بغداد" and ev.location.country == "IRQ"


@pytest.mark.parametrize(("text", "type_", "code"), [
    ("طرد المجلس العسكري في بوركينا فاسو السفير الفرنسي", "SANCTION", "BFA-MIL"),
    ("استقبل رئيس المجلس العسكري في النيجر وزير الخارجية التركي في نيامي", "CONSULT", "NER-MIL"),
    ("استقبل رئيس المجلس العسكري في السودان وفدا من الاتحاد الأفريقي", "CONSULT", "SDN-MIL"),
])
def test_junta_is_military(text: str, type_: str, code: str) -> None:
    ev = _events(text, type_)[0]
    assert code in _codes(ev.source) + _codes(ev.target)


def test_mali_after_a_preposition_is_the_country() -> None:
    ev = _events("قتل خمسة جنود في هجوم على قاعدة عسكرية في مالي", "ASSAULT")[0]
    assert _codes(ev.target) == ["MLI-MIL"] and ev.location.country == "MLI"


@pytest.mark.parametrize("text", [
    "ويعود تاريخ التنسيق الأمني بين البلدين إلى تسعينيات القرن الماضي",  # a topic head
    "وكان الناشط قد شارك في احتجاجات عام 2019 في بغداد",  # dated to a past year
    "وتشمل المحادثات ملفات الأسرى وترسيم الحدود",  # the talks' contents, described
    "وتتناول المفاوضات ملفات عدة أبرزها تقاسم عائدات النفط",
])
def test_background_nouns_are_no_events(text: str) -> None:
    assert not _events(text)


def test_since_a_year_is_a_count_not_a_date() -> None:
    ev = _events("أدت هجمات حركة الشباب إلى مقتل آلاف الصوماليين منذ عام 2010", "ASSAULT")[0]
    assert _codes(ev.source) == ["SHABAAB"]


@pytest.mark.parametrize(("text", "types"), [
    ("رفعت الشرطة المصرية حالة التأهب تحسبا لهجمات خلال أعياد الميلاد", ["MOBILIZE"]),  # anticipated attacks
    ("وخلال الاجتماع، رحب وزير الخارجية الأردني بالمبادرة المصرية", ["SUPPORT"]),  # the meeting told before
    ("أكد زعيم المتمردين أنهم لن يتفاوضوا مع الحكومة الانتقالية", ["REJECT"]),  # «لن» + talks: a refusal
    ("قال الرئيس اللبناني إن لبنان لن يسمح باستخدام أراضيه منطلقا لأي هجمات", []),  # not «لن يسمح»
    ("وصلت قافلة مساعدات أممية إلى مدينة تعز المحاصرة", ["AID"]),  # «المحاصرة»: an adjective
    ("تواصل قوات الدعم السريع محاصرة مدينة الفاشر", ["FIGHT"]),  # but a siege is fighting
    ("اتهمت الأمم المتحدة الميليشيات بمنع إيصال المساعدات إلى المدينة", ["DISAPPROVE"]),  # blocked aid
    ("أعلن العراق وتركيا تشكيل لجنة أمنية مشتركة لمراقبة الحدود", ["COOPERATE"]),
    ("انتشرت قوات الأمن في شوارع العاصمة السودانية", ["MOBILIZE"]),
    ("فتحت النيابة الفرنسية تحقيقا بعد وفاة شاب برصاص الشرطة", ["INVESTIGATE"]),
])
def test_event_types(text: str, types: list[str]) -> None:
    assert sorted(e.type for e in _events(text)) == types


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("أعلنت النرويج طرد 15 دبلوماسيا روسيا بتهمة التجسس", "SANCTION", "NOR", "RUS"),
    ("أعلنت بريطانيا تسليم أوكرانيا دبابات إضافية", "AID", "GBR", "UKR"),
    ("تعهدت ألمانيا بتقديم 50 مليون يورو لدعم اللاجئين السوريين في الأردن", "AID", "DEU", "SYR-CVL"),
    ("وصل وفد من حركة حماس إلى القاهرة لإجراء محادثات مع المسؤولين المصريين", "CONSULT", "HAMAS", "EGY"),
    ("اتهمت الحكومة اليمنية جماعة الحوثي باحتجاز موظفين أمميين", "DISAPPROVE", "YEM-GOV", "HOUTHI"),
    ("اتهمت أنقرة دمشق بدعم المسلحين الأكراد", "DISAPPROVE", "TUR", "SYR"),
    ("أعلنت حركة حماس الإفراج عن ثلاثة أسرى من الجيش الإسرائيلي", "CONCEDE", "HAMAS", "ISR-MIL"),
    ("اتفقت إيران والوكالة الدولية للطاقة الذرية على خطة عمل جديدة", "AGREE", "IRN", "IAEA"),
])
def test_roles(text: str, type_: str, source: str, target: str) -> None:
    ev = _events(text, type_)[0]
    assert (_codes(ev.source), _codes(ev.target)) == ([source], [target])
