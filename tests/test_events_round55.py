"""Round 55: the Syrian war 2011-2024, second pass — headline deportations, a leader's flight, missions that
resume work, Security Council resolutions that oblige, readmission to a league, the subject after «على إثره»,
and the goals of an operation that are no fighting."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «السلطات التركية ترحل مئات السوريين»: the present-tense deportation verb with its subject before it (blind55-016).
def test_present_tense_deportation() -> None:
    ev = _events("السلطات اللبنانية ترحل عشرات اللاجئين السوريين عبر معبر المصنع الحدودي", "COERCE")[0]
    assert _codes(ev.source)[0].startswith("LBN")
    assert "COERCE" not in _types("ترحل الطيور المهاجرة جنوبا مع بداية فصل الخريف")


# «فر الرئيس السوري بشار الأسد إلى موسكو»: a leader's flight is his retreat; where he fled is no party (blind55-025).
def test_leader_flees() -> None:
    ev = _events("فر الرئيس التونسي زين العابدين بن علي إلى السعودية بعد أسابيع من الاحتجاجات", "RETREAT")[0]
    assert _codes(ev.source) == ["TUN-GOV"]
    assert not _codes(ev.target)
    assert "RETREAT" not in _types("فر آلاف المدنيين من منازلهم هربا من القصف على ريف إدلب")


# «استئناف عمل بعثتيهما الدبلوماسيتين»: missions resuming work is restored relations (blind55-022).
def test_missions_resume_work() -> None:
    ev = _events("أعلنت تونس وسوريا استئناف عمل بعثتيهما الدبلوماسيتين بعد قطيعة دامت عشر سنوات", "AGREE")[0]
    assert {c[:3] for c in _codes(ev.source) + _codes(ev.target)} >= {"TUN", "SYR"}


# «تبنى مجلس الأمن قرارا يلزم الحكومة السورية»: a resolution that obliges is a demand (blind55-006).
def test_resolution_obliges() -> None:
    ev = _events("تبنى مجلس الأمن الدولي قرارا يلزم الأطراف المتحاربة في اليمن بوقف الهجمات على السفن", "DEMAND")[0]
    assert _codes(ev.source) == ["UN"]


# «قرر مجلس الجامعة استئناف مشاركة وفود الحكومة السورية»: lifting a suspension concedes (blind55-019).
def test_readmission_to_a_league() -> None:
    ev = _events("قرر وزراء الخارجية العرب استئناف مشاركة سوريا في اجتماعات جامعة الدول العربية", "CONCEDE")[0]
    assert _codes(ev.source) == ["ARL"]
    assert _codes(ev.target)[0].startswith("SYR")


# «انسحبت على إثره قوات النظام»: the subject after an adverbial phrase is the one who withdrew (blind55-024).
def test_subject_after_adverbial() -> None:
    ev = _events("شنت الفصائل هجوما مباغتا على مدينة حماة انسحبت على إثره قوات النظام من المدينة", "RETREAT")[0]
    assert _codes(ev.source) == ["SYR-MIL"]
    assert not _codes(ev.target)


# «بعد تحقيق أهداف العملية العسكرية»: the goals of an operation are no fighting (blind55-035).
def test_goals_of_operation() -> None:
    assert "FIGHT" not in _types("أعلنت موسكو سحب قواتها من سوريا بعد تحقيق أهداف العملية العسكرية هناك")
