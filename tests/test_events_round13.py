"""Round 13 (blind set «blind13»): sweeps, court death sentences, sums of aid, foiled plots, new verbs."""

from __future__ import annotations

import pytest
from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types

from marsad.analyze.events import events_for_sentence


# A search sweep («عملية بحث وتمشيط») is no talks; a court's «بإعدام» is coercion, not a killing;
# «الفرار من المعركة» names no battle.
@pytest.mark.parametrize(("text", "present", "absent"), [
    ("نفذت قوات الأمن العراقية عملية بحث وتمشيط واسعة في صحراء الأنبار بحثا عن فلول داعش", set(), {"CONSULT"}),
    ("قضت محكمة الجنايات في بغداد بإعدام خمسة مدانين بتفجير سوق شعبي", {"COERCE"}, {"ASSAULT"}),
    ("أصدرت محكمة جزائرية حكما بإعدام متهم بقتل شرطي في ولاية تيزي وزو", {"COERCE"}, {"ASSAULT"}),
    ("حكمت محكمة أوكرانية على جنود بالسجن بتهمة الفرار من المعركة قرب باخموت", {"COERCE"}, {"FIGHT"}),
])
def test_not_mistaken(text: str, present: set[str], absent: set[str]) -> None:
    types = _types(text)
    assert present <= types and not (absent & types), types


# New verbs and forms: a suspension from a body, a prisoner swap, «يعارض», a warning of a reply,
# a ceasefire with an adjective, a sum in «ملايين».
@pytest.mark.parametrize(("text", "type_"), [
    ("علقت منظمة التعاون الإسلامي عضوية مالي بعد الانقلاب", "SANCTION"),
    ("قررت جامعة الدول العربية تعليق عضوية سوريا في اجتماع طارئ بالقاهرة", "SANCTION"),
    ("تبادلت الحكومة اليمنية والحوثيون 200 أسير بإشراف اللجنة الدولية للصليب الأحمر", "CONCEDE"),
    ("قال المتحدث باسم الخارجية الروسية إن موسكو تعارض بشدة نشر صواريخ أمريكية في ألمانيا", "DISAPPROVE"),
    ("حذر قائد الجيش الإيراني إسرائيل من أن أي اعتداء سيقابل برد مدمر", "THREATEN"),
    ("أعلنت الحكومة السودانية والحركات المسلحة وقفا شاملا لإطلاق النار في دارفور", "AGREE"),
    ("خصصت الكويت 30 ملايين دولار لإعادة إعمار المدارس في اليمن", "AID"),
    ("مساعدات إماراتية للنازحين في شمال سوريا", "AID"),
])
def test_new_forms(text: str, type_: str) -> None:
    assert type_ in _types(text), _types(text)


def test_ceasefire_adjective_is_no_shooting() -> None:
    assert "ASSAULT" not in _types("أعلنت الحكومة السودانية والحركات المسلحة وقفا شاملا لإطلاق النار في دارفور")


# A sum set aside at home gives no one aid; the same sum for another country does.
@pytest.mark.parametrize(("text", "aid"), [
    ("خصصت الحكومة المصرية 10 ملايين دولار لتطوير الطرق في الصعيد", False),
    ("رصدت وزارة المالية 50 مليون دولار لدعم المشاريع الصغيرة", False),
    ("خصصت قطر 20 مليون دولار لدعم اللاجئين السوريين في الأردن", True),
])
def test_allocation_needs_a_foreign_target(text: str, aid: bool) -> None:
    assert ("AID" in _types(text)) is aid


# «أحبطت»: what was foiled did not happen, but the arrest that followed did.
def test_foiled_plot_keeps_the_arrest() -> None:
    text = "أحبطت الشرطة المغربية مخططا إرهابيا في مدينة فاس واعتقلت أربعة من المشتبه بهم"
    evs = [e for e in events_for_sentence(text) if e.type == "COERCE"]
    assert evs and evs[0].modality != "denied"
    attack = "أحبطت القوات السعودية هجوما بزورق مفخخ قرب ميناء جازان"
    assert not _events(attack, "ASSAULT")


# «يعارض» in a relative clause («لمن يعارضونه») is a description, not a statement.
def test_oppose_relative_clause_is_no_event() -> None:
    assert not _events("وجه رئيس الوزراء سؤالا إلى كل من يعارضون الاتفاق عن البديل الذي يقترحونه", "DISAPPROVE")


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("رفض المجلس الدستوري في النيجر طعون المعارضة في نتائج الانتخابات", "REJECT", "NER-JUD"),
    ("اتهمت حكومة الكونغو الديمقراطية رواندا بدعم حركة إم 23 في إقليم شمال كيفو", "DISAPPROVE", "COD-GOV"),
    ("شنت حركة إم 23 هجوما على مواقع الجيش الكونغولي قرب غوما", "ASSAULT", "COD-REB"),
])
def test_roles(text: str, type_: str, source: str) -> None:
    evs = _events(text, type_)
    assert evs and source in _codes(evs[0].source), [(_codes(e.source), _codes(e.target)) for e in evs]


# Generic rights groups are NGOs: international ones stay «NGO», a national one takes its country.
@pytest.mark.parametrize(("text", "type_", "code"), [
    ("طالبت منظمات حقوقية دولية السلطات العراقية بالكشف عن مصير المختطفين", "DEMAND", "NGO"),
    ("انتقدت منظمة حقوقية أردنية قرار الحكومة حظر التجمعات", "DISAPPROVE", "JOR-NGO"),
])
def test_generic_rights_groups(text: str, type_: str, code: str) -> None:
    evs = _events(text, type_)
    assert evs and _codes(evs[0].source) == [code], [(_codes(e.source), _codes(e.target)) for e in evs]


# «وفد أمريكي»: a delegation with a nationality is a state's; a coach with one is still a private person.
def test_delegation_nationality_consults() -> None:
    evs = _events("التقى وفد روسي وفدا أوكرانيا في إسطنبول لبحث ملف الأسرى", "CONSULT")
    assert evs and "RUS" in _codes(evs[0].source) and "UKR" in _codes(evs[0].target)


def test_coach_nationality_is_no_meeting() -> None:
    assert not _events("اجتمع المدرب البرتغالي باللاعبين قبل الحصة التدريبية في الملعب", "CONSULT")


# «وهو ما انتقدته»: «ما» after «هو» is a relative, not a negation.
def test_relative_ma_is_no_negation() -> None:
    evs = [e for e in events_for_sentence("أقر البرلمان القانون الجديد، وهو ما رفضته المعارضة الكويتية بشدة")
           if e.type == "REJECT"]
    assert evs and evs[0].modality != "denied"
    assert all(e.modality == "denied" for e in events_for_sentence("ما انتقدت الحكومة الأردنية هذا القرار")
               if e.type == "DISAPPROVE")


# A preposition reaches past a number («على عشرة جنود»), but «أكثر من 20» is a quantity.
def test_preposition_past_a_number() -> None:
    ev = _events("حكمت محكمة مغربية على عشرة متهمين بالسجن في قضية إرهاب", "COERCE")[0]
    assert _codes(ev.source) == ["MAR-JUD"]
    ev = _events("قتل أكثر من 20 جنديا نيجيريا في هجوم على قاعدة عسكرية", "ASSAULT")[0]
    assert "NGA-MIL" in _codes(ev.target)


# A death sentence needs a court or an execution named; a crowd's call for one is no ruling.
@pytest.mark.parametrize(("text", "coerce"), [
    ("أعلنت السلطات الإيرانية تنفيذ 30 حكما بالإعدام خلال الشهر الماضي", True),
    ("أصدرت محكمة عسكرية ليبية أحكاما بالإعدام على خمسة متهمين", True),
    ("رفع المحتجون لافتات تطالب بإعدام القتلة", False),
])
def test_death_sentence(text: str, coerce: bool) -> None:
    assert bool(_events(text, "COERCE")) is coerce
