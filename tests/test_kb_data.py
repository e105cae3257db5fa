"""The shipped knowledge base: coverage, nisba inflection, aliases, tenures and offices."""

from __future__ import annotations

import pytest

from marsad.kb.check import check

# The 193 UN member states, by ISO-3 code.
UN_MEMBERS = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV
GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL
ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL
MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER
PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN
SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE""".split()


def test_un_member_list_is_complete():
    assert len(set(UN_MEMBERS)) == 193


def test_every_un_member_and_observer_is_a_country_with_a_capital(kb):
    for iso in [*UN_MEMBERS, "PSE", "XKX", "TWN", "ESH", "VAT"]:
        ent = kb.get(iso)
        assert ent is not None and ent.type == "country" and ent.code == iso, iso
        capital = kb.get(ent.extra["capital"])
        assert capital is not None and capital.lat is not None and capital.country == iso, iso


@pytest.mark.parametrize(("kind", "minimum"), [("place", 500), ("person", 300)])
def test_counts(kb, kind, minimum):
    assert len(kb.by_type(kind)) >= minimum


def test_organization_count(kb):
    assert sum(len(kb.by_type(t)) for t in ("org", "group", "outlet")) >= 150


TRANSNATIONAL = {"continent", "region", "sea", "river", "mountain"}  # «الشرق الأوسط», «البحر الأسود»: no one country


def test_every_place_has_coordinates_and_a_country(kb):
    bad = [e.id for e in kb.by_type("place") if e.lat is None or e.lon is None
           or (kb.get(e.country) is None and not (e.country is None and e.extra.get("kind") in TRANSNATIONAL))]
    assert bad == []


def test_shipped_data_passes_the_checker(kb):
    assert check(kb).errors == []


@pytest.mark.parametrize(("word", "iso"), [
    ("سوري", "SYR"), ("سورية", "SYR"), ("السوري", "SYR"), ("السورية", "SYR"), ("السوريين", "SYR"),
    ("السوريون", "SYR"), ("السوريات", "SYR"), ("سوريين", "SYR"), ("السورى", "SYR"), ("للسوريين", "SYR"),
    ("العراقى", "IRQ"), ("والعراقية", "IRQ"), ("بالعراقي", "IRQ"), ("العراقيتين", "IRQ"),
    ("الأمريكية", "USA"), ("الأميركي", "USA"), ("الامريكيين", "USA"), ("الإيراني", "IRN"), ("التركية", "TUR"),
    ("الروسي", "RUS"), ("اللبناني", "LBN"), ("للبنانيين", "LBN"), ("الأردنية", "JOR"), ("السعودي", "SAU"),
    ("المصرى", "EGY"), ("فالمصريون", "EGY"), ("الإسرائيلي", "ISR"), ("الفلسطينيين", "PSE"),
    ("الروس", "RUS"), ("والأتراك", "TUR"), ("للأمريكان", "USA"), ("الألمان", "DEU"),
])
def test_country_of_adjective_recognises_inflections_and_clitics(kb, word, iso):
    assert kb.country_of_adjective(word) == iso


@pytest.mark.parametrize("word", ["المالي", "سوريا", "القائم", "الدولي", "العربية", ""])
def test_words_that_are_not_nisbas_of_a_country(kb, word):
    # المالي is "financial" (Mali has no adjective on purpose); سوريا is the country's name.
    assert kb.country_of_adjective(word) is None


def test_alias_index_excludes_adjectives(kb):
    index = kb.alias_index()
    assert "سوريه" in index  # the country name سورية
    assert "السوريين" not in index and "العراقي" not in index


@pytest.mark.parametrize(("name", "entity_id"), [
    ("الكاظمى", "person:mustafa_al_kadhimi"),
    ("عبداللطيف رشيد", "person:abdul_latif_rashid"),
    ("عبد اللطيف رشيد", "person:abdul_latif_rashid"),
    ("الغانمى", "person:othman_al_ghanimi"),
    ("اردوغان", "person:recep_tayyip_erdogan"),
    ("بايدن", "person:joe_biden"),
    ("Falih al-Fayyadh", "person:falih_al_fayyadh"),
    ("داعش", "org:isis"),
    ("تنظيم الدولة الإسلامية في العراق والشام", "org:isis"),
    ("قسد", "org:sdf"),
    ("الحشد الشعبي", "org:pmf"),
    ("البو كمال", "place:abu_kamal"),
    ("البوكمال", "place:abu_kamal"),
    ("أميركا", "USA"),
    ("خلية الإعلام الأمني", "org:security_media_cell"),
    ("سانا", "outlet:sana"),
])
def test_lookup_by_alias_spelling_variant_or_english(kb, name, entity_id):
    assert entity_id in [e.id for e in kb.lookup(name)]


def test_lookup_toggles_the_article(kb):
    assert [e.id for e in kb.lookup("الحلب")] == ["place:aleppo"]
    assert "person:mustafa_al_kadhimi" in [e.id for e in kb.lookup("كاظمي")]


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("IRQ.PRIME_MINISTER", "2021-07-01", "person:mustafa_al_kadhimi"),
    ("IRQ.PRIME_MINISTER", "2019-03-10", "person:adil_abdul_mahdi"),
    ("IRQ.PRIME_MINISTER", "2022-10-20", "person:mustafa_al_kadhimi"),
    ("IRQ.PRIME_MINISTER", "2022-10-28", "person:mohammed_shia_al_sudani"),
    ("IRQ.PRESIDENT", "2021-07-01", "person:barham_salih"),
    ("IRQ.PRESIDENT", "2024-05-01", "person:abdul_latif_rashid"),
    ("IRQ.ARMY_CHIEF_OF_STAFF", "2017-06-14", "person:othman_al_ghanimi"),
    ("IRQ.INTERIOR_MINISTER", "2024-05-12", "person:abdul_amir_al_shammari"),
    ("SYR.INTERIOR_MINISTER", "2024-05-12", "person:mohammad_khaled_al_rahmoun"),
    ("SYR.PRESIDENT", "2021-07-01", "person:bashar_al_assad"),
    ("SYR.PRESIDENT", "2025-06-01", "person:ahmed_al_sharaa"),
    ("USA.PRESIDENT", "2021-07-01", "person:joe_biden"),
    ("USA.DOD_SPOKESPERSON", "2021-06-28", "person:john_kirby"),
    ("TUR.PRESIDENT", "2021-07-01", "person:recep_tayyip_erdogan"),
    ("IRQ.PMF_CHAIRMAN", "2024-05-01", "person:falih_al_fayyadh"),
    ("IRQ.NATIONAL_SECURITY_ADVISER", "2018-01-01", "person:falih_al_fayyadh"),
    ("IRN.QUDS_FORCE_COMMANDER", "2017-06-14", "person:qasem_soleimani"),
    ("IRN.QUDS_FORCE_COMMANDER", "2021-01-01", "person:esmail_qaani"),
    ("HEZ.SECRETARY_GENERAL", "2025-01-01", "person:naim_qassem"),
])
def test_holders_on_a_date(kb, office, day, holder):
    assert [e.id for e in kb.holders(office, day)][:1] == [holder]


def test_tenure_lists_every_role_of_a_person(kb):
    offices = [r.office for r in kb.tenure("person:falih_al_fayyadh")]
    assert offices == ["IRQ.NATIONAL_SECURITY_ADVISER", "IRQ.PMF_CHAIRMAN"]
    (role,) = kb.tenure("person:mustafa_al_kadhimi", "IRQ.PRIME_MINISTER")
    assert role.start == "2020-05-07" and role.end == "2022-10-27" and role.code == "IRQ-GOV"


@pytest.mark.parametrize(("title", "iso", "key"), [
    ("الرئيس", "IRQ", "IRQ.PRESIDENT"),
    ("رئيس الوزراء", "IRQ", "IRQ.PRIME_MINISTER"),
    ("رئيس الحكومة", "IRQ", "IRQ.PRIME_MINISTER"),
    ("وزير الخارجية", "IRN", "IRN.FOREIGN_MINISTER"),
    ("وزير الداخلية", "SYR", "SYR.INTERIOR_MINISTER"),
    ("المتحدث باسم البنتاغون", "USA", "USA.DOD_SPOKESPERSON"),
    ("رئيس أركان الجيش", "IRQ", "IRQ.ARMY_CHIEF_OF_STAFF"),
])
def test_office_titles_resolve_with_a_country(kb, title, iso, key):
    assert [o.key for o in kb.offices_for(title, iso)] == [key]


def test_the_gold_people_of_the_founding_example_are_known(kb):
    names = ["Bashar al-Assad", "Othman al-Ghanimi", "Qasem Soleimani", "Abdul Latif Rashid", "Falih al-Fayyadh",
             "Mohammad Khaled al-Rahmoun", "Abdul Amir al-Shammari", "Mustafa al-Nuaimi", "Barham Salih",
             "John Kirby", "Joe Biden", "Recep Tayyip Erdogan", "Mustafa al-Kadhimi", "Adil Abdul-Mahdi"]
    for name in names:
        (ent,) = kb.lookup(name)
        assert ent.type == "person" and ent.name_en == name


def test_common_words_are_flagged(kb):
    # القائم is the town al-Qaim and also "existing" (التعاون القائم): the linker needs context for it.
    assert kb.is_common_word("القائم") and "place:al_qaim" in [e.id for e in kb.lookup("القائم")]
    assert not kb.is_common_word("بغداد")


def test_pmf_factions_carry_the_umbrella_codes(kb):
    kss = kb.lookup("كتائب سيد الشهداء")[0]
    assert kss.parent == "org:pmf" and kss.code == "KSS" and "IRQ-PMF" in kss.extra["codes"]


@pytest.mark.parametrize(("word", "entity_id"), [
    ("والموصل", "place:mosul"), ("لبغداد", "place:baghdad"), ("بالعراق", "IRQ"), ("للبنان", "LBN"),
    ("وداعش", "org:isis"), ("فالبوكمال", "place:abu_kamal"),
])
def test_lookup_token_peels_clitics(kb, word, entity_id):
    assert entity_id in [e.id for e in kb.lookup_token(word)]


def test_lookup_token_does_not_invent_matches(kb):
    assert kb.lookup_token("والتعاون") == []


@pytest.mark.parametrize("word", ["العربية", "القاعدة", "النظام", "الدولة", "بري", "رئيسي", "المالي", "الطبقة", "حديثة"])
def test_everyday_words_are_not_aliases(kb, word):
    # "الدعم المالي" is not Mali, "هجوم بري" is not Nabih Berri, "القاعدة العسكرية" is not al-Qaeda.
    assert kb.lookup_token(word) == []


def test_no_name_is_read_as_a_nisba_adjective(kb):
    # السليمانية (the Iraqi city) once read as "Solomon Islander (f.)" through the adjective سليماني.
    from marsad.kb.check import check as run_check

    assert kb.country_of_adjective("السليمانية") is None
    assert [w for w in run_check(kb).warnings if "nisba adjective" in w] == []
