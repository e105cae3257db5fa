"""Knowledge-base coverage beyond Syria/Iraq: Maghreb, Egypt, Sudan, Libya, Yemen, Palestine, Gulf, IGOs.

The sentences are newswire-style text written for these tests; the facts (who held which office
when) are real-world ones the data files encode.
"""

from __future__ import annotations

import pytest

from marsad.kb.check import check
from marsad.text.normalize import normalize

REGION = ("TUN", "LBY", "SDN", "EGY", "YEM", "PSE", "DZA", "MAR", "KWT", "QAT", "ARE", "BHR", "OMN")


def test_region_data_passes_the_checker(kb):
    assert check(kb).errors == []


@pytest.mark.parametrize(("kind", "minimum"), [("place", 350), ("person", 150)])
def test_region_has_entries_of_each_kind(kb, kind, minimum):
    assert sum(1 for e in kb.by_type(kind) if e.country in REGION) >= minimum


def test_region_has_organizations(kb):
    orgs = [e for t in ("org", "group", "outlet") for e in kb.by_type(t) if e.country in REGION]
    assert len(orgs) >= 120


@pytest.mark.parametrize(("name", "entity_id"), [
    ("حركة النهضة", "org:ennahda"),
    ("حركة النهضه", "org:ennahda"),
    ("الاتحاد العام التونسي للشغل", "org:ugtt"),
    ("الحزب الدستوري الحر", "org:free_destourian_party"),
    ("هشام المشيشي", "person:hichem_mechichi"),
    ("راشد الغنوشى", "person:rached_ghannouchi"),
    ("مجلس السيادة", "org:sudan_sovereignty_council"),
    ("قوى الحرية والتغيير", "org:ffc"),
    ("الحركة الشعبية لتحرير السودان شمال", "org:splm_n"),
    ("حركة العدل والمساواة", "org:jem"),
    ("عبدالله حمدوك", "person:abdalla_hamdok"),
    ("عبد الله حمدوك", "person:abdalla_hamdok"),
    ("حكومة الوحدة الوطنية", "org:gnu_libya"),
    ("مجلس النواب الليبي", "org:libya_hor"),
    ("عقيلة صالح", "person:aguila_saleh"),
    ("مجلس القيادة الرئاسي", "org:yemen_plc"),
    ("مليشيا الحوثي", "org:houthis"),
    ("جماعة أنصار الله", "org:houthis"),
    ("عيدروس الزبيدي", "person:aidarous_al_zoubaidi"),
    ("كتائب شهداء الأقصى", "org:al_aqsa_martyrs"),
    ("الجبهة الشعبية لتحرير فلسطين", "org:pflp"),
    ("وكالة وفا", "outlet:wafa"),
    ("وكالة تونس إفريقيا للأنباء", "outlet:tap"),
    ("وكالة السودان للأنباء", "outlet:suna"),
    ("وكالة المغرب العربي للأنباء", "outlet:map"),
    ("الجيش الوطني الشعبي", "org:algerian_army"),
    ("السعيد شنقريحة", "person:said_chanegriha"),
    ("ناصر بوريطة", "person:nasser_bourita"),
    ("المفوضية الأوروبية", "org:european_commission"),
    ("كايا كالاس", "person:kaja_kallas"),
    ("الفاشر", "place:el_fasher"),
    ("مخيم زمزم", "place:zamzam"),
    ("الضعين", "place:ed_daein"),
    ("سد النهضة الاثيوبي", "place:gerd"),
    ("مستشفى كمال عدوان", "place:kamal_adwan_hospital"),
    ("رأس جدير", "place:ras_ajdir"),
    ("صبراته", "place:sabratha"),
    ("القصرين", "place:kasserine"),
    ("Ennahda", "org:ennahda"),
    ("Hichem Mechichi", "person:hichem_mechichi"),
])
def test_lookup_new_entries_by_alias_and_variant(kb, name, entity_id):
    assert entity_id in [e.id for e in kb.lookup(name)]


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("TUN.PRIME_MINISTER", "2021-03-01", "person:hichem_mechichi"),
    ("TUN.PRIME_MINISTER", "2018-05-01", "person:youssef_chahed"),
    ("TUN.PRIME_MINISTER", "2022-06-01", "person:najla_bouden"),
    ("TUN.PRESIDENT", "2016-01-01", "person:beji_caid_essebsi"),
    ("TUN.PRESIDENT", "2019-09-01", "person:mohamed_ennaceur"),
    ("TUN.SPEAKER", "2020-06-01", "person:rached_ghannouchi"),
    ("UGTT.SECRETARY_GENERAL", "2021-07-26", "person:noureddine_taboubi"),
    ("LBY.PRIME_MINISTER", "2013-06-01", "person:ali_zeidan"),
    ("LBY.PRESIDENTIAL_COUNCIL_CHAIR", "2019-04-05", "person:fayez_al_sarraj"),
    ("LBY.PRESIDENTIAL_COUNCIL_CHAIR", "2023-09-01", "person:mohamed_al_menfi"),
    ("LBY.EAST_PRIME_MINISTER", "2022-06-01", "person:fathi_bashagha"),
    ("LBY.HOR_SPEAKER", "2020-01-01", "person:aguila_saleh"),
    ("UN.ENVOY_LIBYA", "2018-11-12", "person:ghassan_salame"),
    ("UN.ENVOY_LIBYA", "2021-06-01", "person:jan_kubis"),
    ("SDN.PRIME_MINISTER", "2020-06-01", "person:abdalla_hamdok"),
    ("SDN.SOVEREIGNTY_COUNCIL_DEPUTY", "2021-01-01", "person:mohamed_hamdan_dagalo"),
    ("SDN.SOVEREIGNTY_COUNCIL_DEPUTY", "2024-01-01", "person:malik_agar"),
    ("EGY.PRESIDENT", "2013-12-01", "person:adly_mansour"),
    ("EGY.PRIME_MINISTER", "2015-01-01", "person:ibrahim_mahlab"),
    ("EGY.DEFENCE_MINISTER", "2020-01-01", "person:mohamed_zaki"),
    ("ARL.SECRETARY_GENERAL", "2014-01-01", "person:nabil_elaraby"),
    ("ARL.SECRETARY_GENERAL", "2023-05-19", "person:ahmed_aboul_gheit"),
    ("YEM.PRIME_MINISTER", "2020-01-01", "person:maeen_abdulmalik"),
    ("HOUTHI.SPC_PRESIDENT", "2017-01-01", "person:saleh_al_sammad"),
    ("HOUTHI.SPC_PRESIDENT", "2023-01-01", "person:mahdi_al_mashat"),
    ("PSE.PRIME_MINISTER", "2016-01-01", "person:rami_hamdallah"),
    ("PSE.PRIME_MINISTER", "2006-06-01", "person:ismail_haniyeh"),
    ("PIJ.SECRETARY_GENERAL", "2010-01-01", "person:ramadan_shallah"),
    ("ISR.DEFENCE_MINISTER", "2012-01-01", "person:ehud_barak"),
    ("ISR.FOREIGN_MINISTER", "2021-10-01", "person:yair_lapid"),
    ("DZA.PRIME_MINISTER", "2015-01-01", "person:abdelmalek_sellal"),
    ("DZA.ARMY_CHIEF_OF_STAFF", "2019-05-01", "person:ahmed_gaid_salah"),
    ("MAR.PRIME_MINISTER", "2019-01-01", "person:saadeddine_othmani"),
    ("KWT.PRIME_MINISTER", "2015-01-01", "person:jaber_al_mubarak"),
    ("QAT.PRIME_MINISTER", "2021-01-01", "person:khalid_bin_khalifa"),
    ("GCC.SECRETARY_GENERAL", "2015-01-01", "person:abdullatif_al_zayani"),
    ("EU.HIGH_REPRESENTATIVE", "2017-01-01", "person:federica_mogherini"),
    ("UN.SECRETARY_GENERAL", "2003-01-01", "person:kofi_annan"),
])
def test_holders_on_a_date(kb, office, day, holder):
    assert [e.id for e in kb.holders(office, on=day)] == [holder]


@pytest.mark.parametrize(("title", "country", "key"), [
    ("رئيس الحكومة", "TUN", "TUN.PRIME_MINISTER"),
    ("رئيس المجلس الرئاسي", "LBY", "LBY.PRESIDENTIAL_COUNCIL_CHAIR"),
    ("نائب رئيس مجلس السيادة", "SDN", "SDN.SOVEREIGNTY_COUNCIL_DEPUTY"),
    ("رئيس المجلس السياسي الأعلى", "YEM", "HOUTHI.SPC_PRESIDENT"),
    ("رئيس أركان الجيش", "DZA", "DZA.ARMY_CHIEF_OF_STAFF"),
    ("ولي العهد", "KWT", "KWT.CROWN_PRINCE"),
])
def test_office_titles_name_the_office(kb, title, country, key):
    assert key in [o.key for o in kb.offices_for(title, country)]


@pytest.mark.parametrize("alias", ["النهضة", "وفا", "أبو عبيدة"])
def test_everyday_words_are_flagged(kb, alias):
    assert kb.is_common_word(alias)


@pytest.mark.parametrize("word", ["تقدم", "الخمس", "طويلة", "دورا", "أدري", "بنا", "المنفي", "العثماني", "جراد"])
def test_everyday_words_are_not_bare_aliases(kb, word):
    # تقدم "advanced", الخمس "the five", دورا "a role", أدري "I know": only qualified forms are aliases.
    assert kb.alias_index().get(normalize(word)) is None


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("وقال رئيس الحكومة التونسية هشام المشيشي إن حكومته ستواصل عملها", "2021-03-01",
     ["org:tunisian_government", "person:hichem_mechichi"]),
    ("ودعا الاتحاد العام التونسي للشغل إلى حوار وطني شامل", "2022-01-10", ["org:ugtt"]),
    ("قال زعيم حركة النهضة راشد الغنوشي إن الحركة ترفض القرارات", "2021-07-26",
     ["org:ennahda", "person:rached_ghannouchi"]),
    ("وعقد مجلس السيادة الانتقالي اجتماعا في بورتسودان برئاسة عبد الفتاح البرهان", "2024-02-01",
     ["org:sudan_sovereignty_council", "place:port_sudan", "person:abdel_fattah_al_burhan"]),
    ("قصفت قوات الدعم السريع مخيم زمزم قرب الفاشر في ولاية شمال دارفور", "2025-04-12",
     ["org:rsf", "place:zamzam", "place:el_fasher", "place:north_darfur"]),
    ("واستقبل محمد المنفي في طرابلس وزير الخارجية الجزائري أحمد عطاف", "2023-09-01",
     ["person:mohamed_al_menfi", "place:tripoli", "person:ahmed_attaf"]),
    ("وقال رئيس مجلس النواب الليبي عقيلة صالح إن المجلس سيصوت الأسبوع المقبل", "2023-01-01",
     ["org:libya_hor", "person:aguila_saleh"]),
    ("أعلنت ميليشيا الحوثي استهداف سفينة تجارية قبالة الحديدة", "2024-01-15", ["org:houthis", "place:hodeidah"]),
    ("وقالت وزارة الصحة في غزة إن القصف طال مستشفى كمال عدوان في بيت لاهيا", "2024-12-20",
     ["org:gaza_health_ministry", "place:kamal_adwan_hospital", "place:beit_lahia"]),
])
def test_recognizer_links_regional_mentions(sentence, day, expected):
    from marsad.analyze.entities import recognize_text

    found = [m.entity for m in recognize_text(sentence, day=day)]
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(("sentence", "day", "holder"), [
    ("أعلن رئيس الوزراء الليبي أن الانتخابات ستجرى في موعدها", "2021-06-01", "person:abdul_hamid_dbeibeh"),
    ("وصل رئيس الحكومة المغربية إلى الرباط قادما من باريس", "2023-05-19", "person:aziz_akhannouch"),
    ("التقى أمير قطر رئيس الوزراء الكويتي في الدوحة", "2023-05-19", "person:ahmad_nawaf"),
    ("وقال رئيس الحكومة التونسية في كلمة متلفزة", "2019-01-01", "person:youssef_chahed"),
])
def test_title_with_nationality_resolves_to_holder_on_date(sentence, day, holder):
    from marsad.analyze.entities import recognize_text

    assert holder in [m.entity for m in recognize_text(sentence, day=day)]
