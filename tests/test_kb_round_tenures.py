"""Knowledge-base round: Arab heads of government and ministers since 2011, and the STC's actor code.

Tenures are what date a page that names «رئيس الوزراء X» and nothing else, so a handover padded to the
month (2024-09 → 1–30 September) makes two premiers serve at once and a page of that month undatable.
Handovers are day-precise: a term starts the day the person took office (sworn in, or appointed as acting
premier: an acting premier is the premier for dating), and the predecessor's term ends that day.
The Southern Transitional Council carries its own group code (STC), as the Houthis (HOUTHI) and the SDF do.
"""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence
from marsad.analyze.time.publish import infer_published
from marsad.analyze.time.tenure import tenure_cues
from marsad.model import Document


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("EGY.PRIME_MINISTER", "2018-06-05", "person:sherif_ismail"),
    ("EGY.PRIME_MINISTER", "2018-06-10", "person:mostafa_madbouly"),
    ("EGY.FOREIGN_MINISTER", "2024-07-01", "person:sameh_shoukry"),
    ("EGY.FOREIGN_MINISTER", "2024-07-10", "person:badr_abdelatty"),
    ("JOR.PRIME_MINISTER", "2024-09-16", "person:bisher_khasawneh"),
    ("JOR.PRIME_MINISTER", "2024-09-25", "person:jafar_hassan"),
    ("JOR.PRIME_MINISTER", "2020-10-05", "person:omar_razzaz"),
    ("JOR.PRIME_MINISTER", "2016-06-10", "person:hani_mulki"),
    ("SYR.PRIME_MINISTER", "2020-06-20", "person:hussein_arnous"),
    ("SYR.PRIME_MINISTER", "2016-07-10", "person:imad_khamis"),
    ("SYR.PRIME_MINISTER", "2024-09-20", "person:mohammad_ghazi_al_jalali"),
    ("SYR.PRIME_MINISTER", "2024-12-20", "person:mohammed_al_bashir"),
    ("SYR.FOREIGN_MINISTER", "2024-12-25", "person:asaad_al_shaibani"),
    ("LBN.DEFENCE_MINISTER", "2016-12-25", "person:yacoub_sarraf"),
    ("LBN.INTERIOR_MINISTER", "2019-01-15", "person:nohad_machnouk"),
    ("LBN.FOREIGN_MINISTER", "2020-08-20", "person:charbel_wehbe"),
    ("IRQ.FOREIGN_MINISTER", "2020-05-20", "person:mohamed_ali_alhakim"),
    ("IRQ.INTERIOR_MINISTER", "2022-10-20", "person:othman_al_ghanimi"),
    ("SAU.INTERIOR_MINISTER", "2017-06-10", "person:muhammad_bin_nayef"),
    ("SAU.DEFENCE_MINISTER", "2022-09-20", "person:mohammed_bin_salman"),
    ("QAT.EMIR", "2013-06-10", "person:hamad_bin_khalifa"),
    ("KWT.PRIME_MINISTER", "2024-04-30", "person:ahmad_abdullah_al_sabah"),
])
def test_one_holder_on_a_day_near_a_handover(kb, office: str, day: str, holder: str) -> None:
    assert [e.id for e in kb.holders(office, on=day)] == [holder]


@pytest.mark.parametrize("office", [
    f"{c}.{k}" for c in ("EGY", "JOR", "LBN", "IRQ", "SAU")
    for k in ("PRIME_MINISTER", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "INTERIOR_MINISTER")
] + ["SYR.PRIME_MINISTER", "SYR.FOREIGN_MINISTER"])
def test_no_two_holders_at_once_since_2011(kb, office: str) -> None:
    """A handover day may be shared (the outgoing term ends the day the next starts), no more."""
    spans = sorted((r.start or "", r.end or "9999", e.id) for e in kb.holders(office) for r in e.roles
                   if r.office == office)
    clashes = [(p1, e1, p2, s2) for (_s1, e1, p1), (s2, _e2, p2) in zip(spans, spans[1:], strict=False)
               if e1 >= "2011" and p1 != p2 and s2 < e1]
    assert not clashes, clashes


@pytest.mark.parametrize(("sentence", "entity", "office", "start", "end"), [
    ("قال رئيس الوزراء المصري مصطفى مدبولي إن الحكومة ستطرح حصصا في شركات مملوكة للدولة بالبورصة.",
     "person:mostafa_madbouly", "EGY.PRIME_MINISTER", "2018-06-07", None),
    ("أكد رئيس الوزراء الأردني بشر الخصاونة أن المملكة لن تسمح بتهجير الفلسطينيين.",
     "person:bisher_khasawneh", "JOR.PRIME_MINISTER", "2020-10-12", "2024-09-18"),
    ("ترأس رئيس الوزراء الأردني جعفر حسان أول جلسة لحكومته في عمّان.",
     "person:jafar_hassan", "JOR.PRIME_MINISTER", "2024-09-18", None),
    ("بحث رئيس مجلس الوزراء السوري حسين عرنوس مع وفد إيراني التعاون في مجال الكهرباء.",
     "person:hussein_arnous", "SYR.PRIME_MINISTER", "2020-06-11", "2024-09-14"),
])
def test_title_in_text_gives_the_day_precise_tenure(sentence: str, entity: str, office: str, start: str,
                                                    end: str | None) -> None:
    cues = [(c.entity, c.office, c.start, c.end) for c in tenure_cues(sentence)]
    assert (entity, office, start, end) in cues, cues


def test_page_dated_by_a_tenure_reads_the_day_precise_handovers() -> None:
    """A bare page naming two serving office holders: its lower bound comes from their tenures."""
    body = ("عمّان - استقبل رئيس الوزراء الأردني بشر الخصاونة وزير الخارجية السوري فيصل المقداد، "
            "وبحث الجانبان ملف عودة اللاجئين وتأمين الحدود المشتركة ومكافحة تهريب المخدرات.")
    pub = infer_published(Document(id="t", body=body))
    assert any("2020-10-12..2024-09-18" in ev for ev in pub.evidence), pub.evidence
    assert any("2020-11-22..2024-09-23" in ev for ev in pub.evidence), pub.evidence
    assert pub.earliest is not None and "2020-10-12" <= pub.earliest <= "2020-11-22"
    assert pub.value is None


@pytest.mark.parametrize(("sentence", "type_", "code"), [
    ("اتهم المجلس الانتقالي الجنوبي الحكومة اليمنية بالتقصير في دفع رواتب الموظفين في عدن.", "DISAPPROVE", "STC"),
    ("رفض رئيس المجلس الانتقالي الجنوبي عيدروس الزبيدي أي تسوية لا تشمل قضية الجنوب.", "REJECT", "STC"),
])
def test_stc_events_carry_the_group_code(sentence: str, type_: str, code: str) -> None:
    evs = [e for e in events_for_sentence(sentence, use_stages=False) if e.type == type_]
    assert evs and code in [a.code for a in evs[0].source], [(e.type, [a.code for a in e.source]) for e in evs]


def test_stc_codes_match_the_other_named_groups(kb) -> None:
    """Like the Houthis and the SDF: the group, its leader and his office share the group code."""
    assert kb.get("org:stc").code == "STC"
    assert kb.get("person:aidarous_al_zoubaidi").code == "STC"
    assert kb.offices["STC.PRESIDENT"].code == "STC"
    assert kb.get("org:houthis").code == "HOUTHI" and kb.get("org:sdf").code == "SDF"
