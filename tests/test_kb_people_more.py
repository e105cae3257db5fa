"""Office holders added in the people round: heads of state of the Sahel juntas, Somalia, Mauritania,
Djibouti; British, French, German and Chinese foreign/defence ministers and heads of government since
2011; exact tenures where the month was shared by two holders (Kuwait's emirs, Egypt's presidents).

Sentences are newswire-style text written for these tests; the facts (who held what, when) are real.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("KWT.EMIR", "2023-12-10", "person:nawaf_al_ahmad"),
    ("KWT.EMIR", "2023-12-20", "person:mishal_al_ahmad"),
    ("KWT.EMIR", "2020-09-15", "person:sabah_al_ahmad"),
    ("KWT.FOREIGN_MINISTER", "2021-01-01", "person:ahmad_nasser_al_sabah"),
    ("KWT.FOREIGN_MINISTER", "2023-01-01", "person:salem_abdullah_al_sabah"),
    ("EGY.PRESIDENT", "2013-07-02", "person:mohamed_morsi"),
    ("EGY.PRESIDENT", "2013-07-20", "person:adly_mansour"),
    ("SOM.PRESIDENT", "2020-01-01", "person:mohamed_abdullahi_farmaajo"),
    ("SOM.PRESIDENT", "2023-01-01", "person:hassan_sheikh_mohamud"),
    ("SOM.PRIME_MINISTER", "2023-01-01", "person:hamza_abdi_barre"),
    ("MRT.PRESIDENT", "2020-01-01", "person:mohamed_ould_ghazouani"),
    ("MLI.PRESIDENT", "2021-01-01", "person:bah_ndaw"),
    ("MLI.PRESIDENT", "2022-01-01", "person:assimi_goita"),
    ("BFA.PRESIDENT", "2022-06-01", "person:paul_henri_damiba"),
    ("BFA.PRESIDENT", "2023-06-01", "person:ibrahim_traore"),
    ("NER.PRESIDENT", "2022-06-01", "person:mohamed_bazoum"),
    ("NER.PRESIDENT", "2024-06-01", "person:abdourahamane_tchiani"),
    ("TCD.PRESIDENT", "2020-06-01", "person:idriss_deby"),
    ("TCD.PRESIDENT", "2022-06-01", "person:mahamat_deby"),
    ("GBR.FOREIGN_MINISTER", "2013-01-01", "person:william_hague"),
    ("GBR.FOREIGN_MINISTER", "2024-03-01", "person:david_cameron"),
    ("GBR.DEFENCE_MINISTER", "2021-01-01", "person:ben_wallace"),
    ("GBR.PRIME_MINISTER", "2016-07-10", "person:david_cameron"),
    ("GBR.PRIME_MINISTER", "2016-07-20", "person:theresa_may"),
    ("FRA.FOREIGN_MINISTER", "2019-01-01", "person:jean_yves_le_drian"),
    ("FRA.DEFENCE_MINISTER", "2015-01-01", "person:jean_yves_le_drian"),
    ("FRA.PRIME_MINISTER", "2025-01-10", "person:francois_bayrou"),
    ("DEU.FOREIGN_MINISTER", "2023-01-01", "person:annalena_baerbock"),
    ("DEU.DEFENCE_MINISTER", "2016-01-01", "person:ursula_von_der_leyen"),
    ("DEU.PRESIDENT", "2020-01-01", "person:frank_walter_steinmeier"),
    ("CHN.FOREIGN_MINISTER", "2023-05-01", "person:qin_gang"),
    ("CHN.FOREIGN_MINISTER", "2024-01-01", "person:wang_yi"),
    ("CHN.PRIME_MINISTER", "2020-01-01", "person:li_keqiang"),
    ("CHN.DEFENCE_MINISTER", "2024-06-01", "person:dong_jun"),
    ("WHO.DIRECTOR_GENERAL", "2010-01-01", "person:margaret_chan"),
    ("IAEA.DIRECTOR_GENERAL", "2005-01-01", "person:mohamed_elbaradei"),
    ("DJI.PRESIDENT", "2020-01-01", "person:ismail_omar_guelleh"),
    ("LBY.PRIME_MINISTER", "2021-03-10", "person:fayez_al_sarraj"),
    ("LBY.PRIME_MINISTER", "2021-03-20", "person:abdul_hamid_dbeibeh"),
])
def test_holder_on_day(kb, office, day, holder):
    assert [e.id for e in kb.holders(office, on=day)] == [holder]


def test_one_holder_at_a_time_where_tenures_meet(kb):
    # month-precise tenures used to overlap for a whole month at each change of office holder
    for office, day in [("KWT.EMIR", "2023-12-01"), ("EGY.PRESIDENT", "2013-07-15"), ("LBN.PRIME_MINISTER", "2021-09-20"),
                        ("RUS.PRESIDENT", "2012-05-20"), ("ISR.PRIME_MINISTER", "2021-06-20"), ("YEM.PRESIDENT", "2012-02-26")]:
        assert len(kb.holders(office, on=day)) == 1, (office, day)


@pytest.mark.parametrize(("sentence", "day", "entity", "code"), [
    ("التقى الرئيس الصومالي حسن شيخ محمود وفدا أمريكيا", "2023-09-01", "person:hassan_sheikh_mohamud", "SOM-GOV"),
    ("قال رئيس المجلس العسكري في النيجر عبد الرحمن تياني إن", "2024-05-01", "person:abdourahamane_tchiani", "NER-GOV"),
    ("أعلن الرئيس الانتقالي في مالي عاصمي غويتا", "2023-01-01", "person:assimi_goita", "MLI-GOV"),
    ("قال وزير الخارجية الفرنسي جان إيف لودريان إن", "2019-01-01", "person:jean_yves_le_drian", "FRA-GOV"),
    ("قال وزير الدفاع الفرنسي جان إيف لودريان إن", "2015-01-01", "person:jean_yves_le_drian", "FRA-GOV"),  # defence ministers are GOV (KB round 6)
    ("التقى وزير الخارجية الصيني وانغ يي نظيره", "2024-01-01", "person:wang_yi", "CHN-GOV"),
    ("وصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى", "2023-01-01", "person:annalena_baerbock", "DEU-GOV"),
    ("قال الرئيس الموريتاني محمد ولد الشيخ الغزواني", "2021-01-01", "person:mohamed_ould_ghazouani", "MRT-GOV"),
])
def test_new_people_link(sentence, day, entity, code):
    got = [(m.entity, m.code) for m in recognize_text(sentence, day=day) if m.kind == "PERS"]
    assert (entity, code) in got


def test_emir_of_kuwait_title():
    got = [(m.entity, m.code) for m in recognize_text("استقبل أمير الكويت وفدا رسميا", day="2024-03-01")]
    assert ("person:mishal_al_ahmad", "KWT-GOV") in got
