"""Knowledge-base round for Sudan, Libya, Yemen, the Sahel, the Horn of Africa and the Maghreb.

Leaders, councils and juntas of these countries fill much of Arabic newswire; an unknown name gets no actor
code and an office with no tenure dates no article. Each case checks a realistic news mention: the name links
(spelling variants included), the office has the right holder on a day inside the tenure, and a title in text
gives the tenure the date inference reads.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.analyze.events import events_for_sentence
from marsad.analyze.time.tenure import tenure_cues


@pytest.mark.parametrize(("sentence", "entity", "code"), [
    ("استقبل رئيس الوزراء الإثيوبي آبي أحمد الرئيس الإريتري أسياس أفورقى في أديس أبابا.", "person:abiy_ahmed", "ETH-GOV"),
    ("استقبل رئيس الوزراء الإثيوبي آبي أحمد الرئيس الإريتري أسياس أفورقى في أديس أبابا.", "person:isaias_afwerki",
     "ERI-GOV"),
    ("أعلنت جماعة نصرة الإسلام والمسلمين التي يقودها إياد آغ غالي مسؤوليتها عن الهجوم.", "person:iyad_ag_ghaly", "AQ"),
    ("تبنى تنظيم الدولة في الصحراء الكبرى الهجوم على القافلة العسكرية.", "org:isis_sahel", "ISIS"),
    ("استقال رئيس المؤسسة الوطنية للنفط فرحات بن قداره من منصبه.", "person:farhat_bengdara", "LBY"),
    ("ترأس عبد الحميد دبيبة اجتماعا لمجلس الوزراء في طرابلس.", "person:abdul_hamid_dbeibeh", "LBY-GOV"),
    ("التقى نائب رئيس المجلس الرئاسي موسى الكوني وفدا من أعيان الجنوب الليبي.", "person:musa_al_koni", "LBY-GOV"),
    ("أجرى عضو مجلس القيادة الرئاسي عثمان مجلي مباحثات مع السفير الأمريكي.", "person:othman_mujalli", "YEM-GOV"),
    ("قال قائد هيئة الأركان في قوات صنعاء يوسف المداني إن قواته في حالة تأهب.", "person:yusuf_al_madani", "HOUTHI"),
    ("دعا رئيس الوزراء التشادي علاماي هالينا إلى تعزيز الأمن على الحدود مع السودان.", "person:allamaye_halina",
     "TCD-GOV"),
])
def test_names_link_with_their_code(sentence: str, entity: str, code: str) -> None:
    linked = {(m.entity, m.code) for m in recognize_text(sentence)}
    assert (entity, code) in linked, linked


@pytest.mark.parametrize(("sentence", "entity"), [
    ("وصل آلاف النازحين إلى مدينة مارادي هربا من الهجمات.", "place:maradi"),
    ("اندلعت اشتباكات بين الجيش الإثيوبي وميليشيا فانو في مدينة غوندر.", "place:gondar"),
    ("عبر مئات المسافرين معبر الذهيبة نحو الأراضي الليبية.", "place:dehiba_wazin"),
    ("سيطرت قوات الدعم السريع على حقل هجليج النفطي في غرب كردفان.", "place:heglig"),
    ("فر السكان من بلدة حميرا القريبة من الحدود السودانية.", "place:humera"),
])
def test_places_link(sentence: str, entity: str) -> None:
    assert entity in {m.entity for m in recognize_text(sentence)}


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("MLI.PRIME_MINISTER", "2023-01-15", "person:choguel_maiga"),
    ("MLI.PRIME_MINISTER", "2025-03-01", "person:abdoulaye_maiga"),
    ("MLI.DEFENCE_MINISTER", "2024-06-01", "person:sadio_camara"),
    ("NER.PRIME_MINISTER", "2024-06-01", "person:ali_lamine_zeine"),
    ("NER.PRESIDENT", "2016-01-01", "person:mahamadou_issoufou"),
    ("BFA.PRIME_MINISTER", "2023-05-01", "person:apollinaire_kyelem_de_tambela"),
    ("BFA.PRESIDENT", "2010-01-01", "person:blaise_compaore"),
    ("TCD.PRIME_MINISTER", "2024-03-01", "person:succes_masra"),
    ("TCD.PRIME_MINISTER", "2025-01-01", "person:allamaye_halina"),
    ("ETH.PRIME_MINISTER", "2015-06-01", "person:hailemariam_desalegn"),
    ("ETH.PRIME_MINISTER", "2021-11-01", "person:abiy_ahmed"),
    ("ERI.PRESIDENT", "2018-07-09", "person:isaias_afwerki"),
    ("LBY.CBL_GOVERNOR", "2020-01-01", "person:sadiq_al_kabir"),
    ("LBY.CBL_GOVERNOR", "2025-02-01", "person:naji_issa"),
    ("LBY.NOC_CHAIR", "2023-09-01", "person:farhat_bengdara"),
    ("YEM.FOREIGN_MINISTER", "2020-01-01", "person:mohammed_al_hadhrami"),
    ("SOM.SOMALILAND_PRESIDENT", "2020-01-01", "person:muse_bihi_abdi"),
    ("SOM.SOMALILAND_PRESIDENT", "2025-03-01", "person:abdirahman_irro"),
    ("DZA.PRIME_MINISTER", "2025-10-01", "person:sifi_ghrieb"),
    ("DZA.ARMY_CHIEF_OF_STAFF", "2000-01-01", "person:mohamed_lamari"),
    ("SHABAAB.LEADER", "2020-01-01", "person:ahmed_diriye"),
])
def test_holder_on_day(kb, office: str, day: str, holder: str) -> None:
    assert [e.id for e in kb.holders(office, on=day)] == [holder]


def test_council_members_follow_the_2021_coup_and_the_2022_transfer(kb) -> None:
    """Sudan's civilian members left with the coup of 25 October 2021; Yemen's PLC took over in April 2022."""
    before = {e.id for e in kb.holders("SDN.SOVEREIGNTY_COUNCIL_MEMBER", on="2020-06-01")}
    after = {e.id for e in kb.holders("SDN.SOVEREIGNTY_COUNCIL_MEMBER", on="2022-06-01")}
    assert {"person:mohamed_hassan_al_taishi", "person:shams_al_din_kabashi"} <= before
    assert "person:mohamed_hassan_al_taishi" not in after and "person:yasser_al_atta" in after
    plc = {e.id for e in kb.holders("YEM.PLC_MEMBER", on="2023-01-01")}
    assert {"person:sultan_al_arada", "person:tareq_saleh", "person:othman_mujalli"} <= plc
    assert not kb.holders("YEM.PLC_MEMBER", on="2021-01-01")


@pytest.mark.parametrize(("sentence", "entity", "office", "start", "end"), [
    ("اتهم رئيس الإدارة المؤقتة لإقليم تيغراي جيتاتشو رضا قادة الجبهة بعرقلة تنفيذ اتفاق بريتوريا.",
     "person:getachew_reda", "ETH.TIGRAY_INTERIM_ADMIN_HEAD", "2023-03-23", "2025-04-08"),
    ("أعلن محافظ مصرف ليبيا المركزي ناجي عيسى عن إجراءات جديدة لتوفير السيولة في المصارف.",
     "person:naji_issa", "LBY.CBL_GOVERNOR", "2024-09-30", None),
    ("التقى رئيس الوزراء النيجري علي محمد الأمين زين بنظيره البوركيني في نيامي.",
     "person:ali_lamine_zeine", "NER.PRIME_MINISTER", "2023-08-08", None),
    ("أكد عضو مجلس السيادة الفريق إبراهيم جابر أن الحكومة ستعود إلى الخرطوم.",
     "person:ibrahim_jaber", "SDN.SOVEREIGNTY_COUNCIL_MEMBER", "2019-08-21", None),
    ("انتقد رئيس ولاية بونتلاند سعيد عبد الله دني الحكومة الفيدرالية في مقديشو.",
     "person:said_abdullahi_deni", "SOM.PUNTLAND_PRESIDENT", "2019-01-08", None),
    ("قال رئيس الوزراء الجزائري سيفي غريب إن الحكومة ستطلق برنامجا لدعم السكن.",
     "person:sifi_ghrieb", "DZA.PRIME_MINISTER", "2025-08-28", None),
])
def test_title_in_text_gives_the_tenure(sentence: str, entity: str, office: str, start: str, end: str | None) -> None:
    cues = [(c.entity, c.office, c.start, c.end) for c in tenure_cues(sentence)]
    assert (entity, office, start, end) in cues, cues


@pytest.mark.parametrize(("sentence", "type_", "source"), [
    ("هاجم مقاتلو تنظيم الدولة الإسلامية في الصحراء الكبرى قرية في منطقة تيلابيري غربي النيجر.", "ASSAULT", "ISIS"),
    ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين بقيادة إياد أغ غالي ثكنة للجيش المالي قرب تمبكتو.", "ASSAULT", "AQ"),
    ("اتهم رئيس الإدارة المؤقتة لإقليم تيغراي جيتاتشو رضا قادة الجبهة بعرقلة تنفيذ اتفاق السلام.", "DISAPPROVE",
     "ETH-GOV"),
    ("انتقد رئيس ولاية بونتلاند سعيد عبد الله دني الحكومة الفيدرالية في مقديشو.", "DISAPPROVE", "SOM-GOV"),
])
def test_events_carry_the_new_actor_codes(sentence: str, type_: str, source: str) -> None:
    evs = [e for e in events_for_sentence(sentence, use_stages=False) if e.type == type_]
    assert evs and source in [a.code for a in evs[0].source], [(e.type, [a.code for a in e.source]) for e in evs]


def test_everyday_words_stay_words() -> None:
    """«العاطفي» (emotional) and «صنع الله» are not listed as bare names of the men who bear them."""
    linked = {m.entity for m in recognize_text("تحدث الكاتب عن الجانب العاطفي في الرواية وعن صنع الله للعالم.")}
    assert not linked & {"person:mohammed_nasser_al_atifi", "person:mustafa_sanalla"}
