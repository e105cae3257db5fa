"""Knowledge-base round for Syria after December 2024, Lebanon in 2025, Arab political parties and courts.

Damascus's transitional ministers, Suwayda's Druze sheikhs, the Kurdish-led administration, Lebanon's Salam
cabinet and its party leaders fill Levant newswire since 2024; an unknown name gets no actor code and an office
with no tenure dates no article. Each case checks a realistic news mention: the name links with its code, the
office has the right holder on a day inside the tenure, a title in text gives the tenure the date inference
reads, and events carry the code. Courts follow the events gold (XXX-JUD); a judicial body whose name several
countries share is resolved by its nationality word.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.analyze.events import events_for_sentence
from marsad.analyze.time.tenure import tenure_cues


@pytest.mark.parametrize(("sentence", "entity", "code"), [
    ("قال الشيخ حكمت الهجري في بيان مصور إن أهالي السويداء يطالبون بحماية دولية.",
     "person:hikmat_al_hijri", "SYR-REL"),
    ("استقبل شيخ العقل حمود الحناوي وفدا حكوميا في دارته بمدينة السويداء.", "person:hammoud_al_hinnawi", "SYR-REL"),
    ("رحب الشيخ يوسف جربوع بالاتفاق الذي أعلنته الحكومة السورية مع وجهاء المحافظة.", "person:youssef_jarbou",
     "SYR-REL"),
    ("أعلن وزير المالية السوري محمد يسر برنية عن زيادة رواتب العاملين في الدولة.", "person:mohammed_yisr_barnieh",
     "SYR-GOV"),
    ("قال وزير الطوارئ وإدارة الكوارث رائد الصالح إن فرق الدفاع المدني تواصل إخماد حرائق ريف اللاذقية.",
     "person:raed_al_saleh", "SYR-GOV"),
    ("أكد وزير المالية اللبناني ياسين جابر أن الحكومة ملتزمة بالإصلاحات التي يطلبها صندوق النقد الدولي.",
     "person:yassine_jaber", "LBN-GOV"),
    ("استقبل مفتي الجمهورية اللبنانية الشيخ عبد اللطيف دريان السفير السعودي في دار الفتوى.",
     "person:abdul_latif_derian", "LBN-REL"),
    ("قال عضو المجلس السياسي في حزب الله محمود قماطي إن المقاومة لن تسلم سلاحها.", "person:mahmoud_qmati", "HEZ"),
    ("التقى رئيس الوزراء العراقي نوري المالكي الرئيس الأمريكي في البيت الأبيض.", "person:nouri_al_maliki",
     "IRQ-GOV"),
])
def test_names_link_with_their_code(sentence: str, entity: str, code: str) -> None:
    linked = {(m.entity, m.code) for m in recognize_text(sentence)}
    assert (entity, code) in linked, linked


@pytest.mark.parametrize(("sentence", "entity", "code"), [
    ("انتقدت حركة أمل التي يتزعمها نبيه بري الدعوات إلى نزع سلاح المقاومة.", "org:amal", "LBN-PTY"),
    ("فاز مرشحو حزب القوات اللبنانية بعدد من المقاعد في الانتخابات البلدية.", "org:lebanese_forces", "LBN-PTY"),
    ("رفض التيار الوطني الحر المشاركة في الحكومة الجديدة.", "org:free_patriotic_movement", "LBN-PTY"),
    ("حصد حزب مستقبل وطن وحزب حماة الوطن أغلب مقاعد مجلس الشيوخ المصري.", "org:homat_watan", "EGY-PTY"),
    ("تصدر حزب الميثاق الوطني نتائج الانتخابات النيابية في الأردن.", "org:jordan_mithaq", "JOR-PTY"),
    ("قرر الحزب الديمقراطي الكردستاني مقاطعة انتخابات برلمان إقليم كردستان.", "org:kdp", "IRQ-PTY"),
    ("أصدر مجلس القضاء الأعلى في لبنان قرارا بتعيين قاض جديد لملف انفجار المرفأ.",
     "org:lebanon_supreme_judicial_council", "LBN-JUD"),
    ("أعلن المجلس الأعلى للسلطة القضائية في المغرب تعيين مسؤولين قضائيين جدد.",
     "org:morocco_judicial_power_council", "MAR-JUD"),
    ("اجتمع المجلس العسكري في السويداء لبحث الوضع الأمني في المحافظة.", "org:suwayda_military_council", "SYR-REB"),
])
def test_orgs_link_with_their_code(sentence: str, entity: str, code: str) -> None:
    linked = {(m.entity, m.code) for m in recognize_text(sentence)}
    assert (entity, code) in linked, linked


@pytest.mark.parametrize(("sentence", "entity"), [
    ("توغلت قوة إسرائيلية في بلدة خان أرنبة بريف القنيطرة الشمالي.", "place:khan_arnabah"),
    ("نفذت دورية إسرائيلية عملية تفتيش في بلدة جباتا الخشب بريف القنيطرة.", "place:jubata_al_khashab"),
    ("قصفت القوات الإسرائيلية أطراف بلدة كويا في منطقة حوض اليرموك غربي درعا.", "place:kuwayya"),
    ("قصفت القوات الإسرائيلية أطراف بلدة كويا في منطقة حوض اليرموك غربي درعا.", "place:yarmouk_basin"),
])
def test_buffer_zone_places_link(sentence: str, entity: str) -> None:
    assert entity in {m.entity for m in recognize_text(sentence)}


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("SYR.PRESIDENT", "2025-06-01", "person:ahmed_al_sharaa"),
    ("SYR.FOREIGN_MINISTER", "2025-06-01", "person:asaad_al_shaibani"),
    ("SYR.DEFENCE_MINISTER", "2025-06-01", "person:murhaf_abu_qasra"),
    ("SYR.INTERIOR_MINISTER", "2025-06-01", "person:anas_khattab"),
    ("SYR.PRIME_MINISTER", "2025-01-15", "person:mohammed_al_bashir"),
    ("SYR.ENERGY_MINISTER", "2025-06-01", "person:mohammed_al_bashir"),
    ("SYR.JUSTICE_MINISTER", "2025-06-01", "person:mazhar_al_wais"),
    ("LBN.PRESIDENT", "2025-06-01", "person:joseph_aoun"),
    ("LBN.PRIME_MINISTER", "2025-02-07", "person:najib_mikati"),
    ("LBN.PRIME_MINISTER", "2025-02-09", "person:nawaf_salam"),
    ("LBN.FINANCE_MINISTER", "2024-06-01", "person:youssef_khalil"),
    ("LBN.FINANCE_MINISTER", "2025-06-01", "person:yassine_jaber"),
    ("HEZ.SECRETARY_GENERAL", "2025-06-01", "person:naim_qassem"),
    ("AMAL.LEADER", "2025-06-01", "person:nabih_berri"),
])
def test_holder_on_day(kb, office: str, day: str, holder: str) -> None:
    assert [e.id for e in kb.holders(office, on=day)] == [holder]


def test_no_syrian_prime_minister_after_the_2025_government(kb) -> None:
    """The government sworn in on 29 March 2025 has no premier: the president heads it."""
    assert not kb.holders("SYR.PRIME_MINISTER", on="2025-06-01")
    assert not kb.holders("LBN.PRESIDENT", on="2023-06-01")  # the 2022-2025 vacancy


@pytest.mark.parametrize(("sentence", "entity", "office", "start", "end"), [
    ("أعلن وزير المالية السوري محمد يسر برنية توقيع اتفاق مع البنك الدولي لدعم قطاع الكهرباء.",
     "person:mohammed_yisr_barnieh", "SYR.FINANCE_MINISTER", "2025-03-29", None),
    ("قال وزير الطاقة السوري محمد البشير إن ساعات التغذية الكهربائية ستزداد خلال الصيف.",
     "person:mohammed_al_bashir", "SYR.ENERGY_MINISTER", "2025-03-29", None),
    ("أكد وزير المالية اللبناني ياسين جابر أن الموازنة الجديدة لا تتضمن ضرائب إضافية.",
     "person:yassine_jaber", "LBN.FINANCE_MINISTER", "2025-02-08", None),
    ("قال وزير المالية اللبناني يوسف خليل إن الرواتب ستصرف قبل نهاية الشهر.",
     "person:youssef_khalil", "LBN.FINANCE_MINISTER", "2021-09-10", "2025-02-08"),
])
def test_title_in_text_gives_the_tenure(sentence: str, entity: str, office: str, start: str, end: str | None) -> None:
    cues = [(c.entity, c.office, c.start, c.end) for c in tenure_cues(sentence)]
    assert (entity, office, start, end) in cues, cues


@pytest.mark.parametrize(("sentence", "type_", "side", "code"), [
    ("انتقد الشيخ حكمت الهجري أداء الحكومة السورية في السويداء.", "DISAPPROVE", "source", "SYR-REL"),
    ("انتقد حزب القوات اللبنانية تصريحات الأمين العام لحزب الله حول سلاح المقاومة.", "DISAPPROVE", "source", "LBN-PTY"),
    ("انتقد مجلس القضاء الأعلى الفلسطيني قرار الحكومة تعديل قانون السلطة القضائية.", "DISAPPROVE", "source",
     "PSE-JUD"),
    ("انتقد مجلس القضاء الأعلى قرار الحكومة العراقية تأجيل الانتخابات.", "DISAPPROVE", "source", "IRQ-JUD"),
    ("التقى رئيس الوزراء العراقي نوري المالكي الرئيس الأمريكي جورج بوش في عمان.", "CONSULT", "target", "USA-GOV"),
])
def test_events_carry_the_codes(sentence: str, type_: str, side: str, code: str) -> None:
    evs = [e for e in events_for_sentence(sentence) if e.type == type_]
    got = [a.code for e in evs for a in getattr(e, side)]
    assert code in got, [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in evs]


def test_hijri_calendar_word_is_not_the_sheikh() -> None:
    """«الهجري» (of the Hijri calendar) is an everyday word: only the full name links the Druze sheikh."""
    linked = {m.entity for m in recognize_text("يحتفل المسلمون برأس السنة الهجرية ويبدأ العام الهجري الجديد غدا.")}
    assert "person:hikmat_al_hijri" not in linked
