"""Knowledge-base round: the short forms Arab media use for Gulf and Arab leaders, and names several people share.

«ابن زايد», «بن سلمان», «ابن راشد», «السلطان هيثم», «الشيخ تميم» stand for one ruler in almost every story,
so they are listed as aliases; a bare given name («تميم», «مشعل») is not. The brothers and sons whose full
names end in the same patronymic («هزاع بن زايد», «فيصل بن سلمان», «حمدان بن محمد بن راشد») are listed too, so
the longer match keeps them from being read as the ruler. Names two people share («الملك عبد الله»: Jordan's
king, and Saudi Arabia's until 2015-01-23; «جونسون»: Boris Johnson, and Mike Johnson as House Speaker) link by
the story's country and by who held office on the day; a full name of someone else («ليزا جونسون») wins over
the bare surname.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.analyze.events import events_for_sentence
from marsad.kb import get_kb


def _linked(sentence: str, day: str | None = None) -> set[tuple[str | None, str | None]]:
    return {(m.entity, m.code) for m in recognize_text(sentence, day=day)}


@pytest.mark.parametrize(("sentence", "entity", "code"), [
    ("بحث السيسي وابن زايد في اتصال هاتفي تطورات الأوضاع في السودان.", "person:mohamed_bin_zayed", "ARE-GOV"),
    ("أكد بن زايد خلال لقائه رئيس الوزراء الهندي في أبوظبي عمق العلاقات بين البلدين.",
     "person:mohamed_bin_zayed", "ARE-GOV"),
    ("التقى بن سلمان وزير الخارجية الأمريكي في الرياض لبحث الملف الإيراني.", "person:mohammed_bin_salman",
     "SAU-GOV"),
    ("وصف ابن سلمان رؤية 2030 بأنها خطة لتنويع الاقتصاد السعودي.", "person:mohammed_bin_salman", "SAU-GOV"),
    ("افتتح ابن راشد الدورة الجديدة من القمة العالمية للحكومات في دبي.", "person:mohammed_bin_rashid", "ARE-GOV"),
    ("استقبل السلطان هيثم في مسقط وزير الخارجية الإيراني.", "person:haitham_bin_tarik", "OMN-GOV"),
    ("استقبل الشيخ تميم في الدوحة وزير الخارجية التركي.", "person:tamim_bin_hamad", "QAT-GOV"),
    ("بعث العاهل المغربي برقية تهنئة إلى الرئيس الموريتاني بمناسبة عيد الاستقلال.", "person:mohammed_vi",
     "MAR-GOV"),
    ("استقبل الملك حمد في قصر الصخير ولي عهد أبوظبي.", "person:hamad_bin_isa", "BHR-GOV"),
    ("أصدر الشيخ مشعل الأحمد مرسوما أميريا بتشكيل الحكومة الجديدة.", "person:mishal_al_ahmad", "KWT-GOV"),
])
def test_short_forms_link(sentence: str, entity: str, code: str) -> None:
    linked = _linked(sentence)
    assert (entity, code) in linked, linked


@pytest.mark.parametrize(("sentence", "entity", "not_entity"), [
    ("استقبل الشيخ هزاع بن زايد وفدا صينيا في أبوظبي.", "person:hazza_bin_zayed", "person:mohamed_bin_zayed"),
    ("شهد الشيخ حمدان بن زايد افتتاح مهرجان الظفرة.", "person:hamdan_bin_zayed", "person:mohamed_bin_zayed"),
    ("التقى الشيخ خالد بن محمد بن زايد ولي عهد أبوظبي رئيس وزراء اليابان.", "person:khaled_bin_mohamed_bin_zayed",
     "person:mohamed_bin_zayed"),
    ("أطلق الشيخ حمدان بن محمد بن راشد مشروعا لتطوير الطرق في دبي.", "person:hamdan_bin_mohammed",
     "person:mohammed_bin_rashid"),
    ("افتتح الشيخ مكتوم بن راشد الدورة الأولى لمعرض دبي الجوي.", "person:maktoum_bin_rashid",
     "person:mohammed_bin_rashid"),
    ("وصل الأمير فيصل بن سلمان أمير منطقة المدينة المنورة إلى محافظة ينبع.", "person:faisal_bin_salman",
     "person:mohammed_bin_salman"),
    ("قال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان إن أوبك بلس ستواصل خفض الإنتاج.",
     "person:abdulaziz_bin_salman", "person:mohammed_bin_salman"),
])
def test_relatives_keep_their_own_name(sentence: str, entity: str, not_entity: str) -> None:
    linked = {e for e, _ in _linked(sentence)}
    assert entity in linked and not_entity not in linked, linked


def test_bare_given_names_stay_unlinked() -> None:
    """«تميم» and «مشعل» alone are names many people bear: no ruler is read from them."""
    kb = get_kb()
    assert kb.lookup("تميم") == [] and kb.lookup("مشعل") == [] and kb.lookup("الأمير مشعل") == []


def test_king_abdullah_by_context_and_day() -> None:
    """«الملك عبد الله» is Jordan's king, and Saudi Arabia's in a Saudi story of 2005-2015."""
    assert ("person:abdullah_ii", "JOR-GOV") in _linked("بحث السيسي والملك عبد الله في القاهرة الأوضاع في غزة.")
    saudi = "استقبل الملك عبد الله في قصره بالرياض الرئيس الفرنسي نيكولا ساركوزي."
    assert ("person:king_abdullah_saudi", "SAU-GOV") in _linked(saudi, day="2010-03-02")
    # after 2015-01-23 the Saudi king is Salman: a king Abdullah received in Riyadh is Jordan's
    assert ("person:abdullah_ii", "JOR-GOV") in _linked(saudi.replace(" نيكولا ساركوزي", ""), day="2020-03-02")
    assert ("person:abdullah_ii", "JOR-GOV") in _linked("استقبل الملك عبد الله في عمان الرئيس الفلسطيني.",
                                                        day="2010-03-02")


def test_full_name_beats_shared_surname() -> None:
    """«ليزا جونسون» (US ambassador in Beirut) is neither Boris nor Mike Johnson."""
    sentence = "قدمت السفيرة الأمريكية ليزا جونسون أوراق اعتمادها إلى الرئيس اللبناني جوزيف عون."
    linked = _linked(sentence)
    assert ("person:lisa_johnson", "USA-GOV") in linked
    assert not {e for e, _ in linked} & {"person:boris_johnson", "person:mike_johnson"}
    codes = {a.code for e in events_for_sentence(sentence) for a in [*e.source, *e.target]}
    assert "GBR-GOV" not in codes and "USA-GOV" in codes, codes


def test_johnson_by_country_and_day() -> None:
    """Bare «جونسون»: Boris Johnson in a British story of his premiership, the House Speaker in a US one."""
    uk = "قال جونسون إن بريطانيا ستتبرع بمئة مليون جرعة من اللقاحات للدول الفقيرة."
    assert ("person:boris_johnson", "GBR-GOV") in _linked(uk, day="2021-06-01")
    us = "أقر مجلس النواب الأمريكي حزمة المساعدات لأوكرانيا بعد أن دفع بها جونسون رغم اعتراض الجمهوريين."
    assert ("person:mike_johnson", "USA-LEG") in _linked(us, day="2024-04-20")


@pytest.mark.parametrize(("sentence", "codes"), [
    ("بحث السيسي وابن زايد في القاهرة تطورات الأوضاع في غزة.", {"EGY-GOV", "ARE-GOV"}),
    ("بحث السيسي والملك عبد الله في القاهرة تطورات الأوضاع في غزة.", {"EGY-GOV", "JOR-GOV"}),
    ("التقى بن سلمان الرئيس الأمريكي في الرياض.", {"SAU-GOV", "USA-GOV"}),
])
def test_events_get_both_actors(sentence: str, codes: set[str]) -> None:
    got = {a.code for e in events_for_sentence(sentence) for a in [*e.source, *e.target]}
    assert codes <= got, got
