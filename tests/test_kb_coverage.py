"""Knowledge-base coverage of the Maghreb, Sahel, Horn, Afghanistan and Gulf, and actor-code consistency.

Sentences are newswire-style text written for these tests; the facts (which city lies in which country,
which group is which) are real-world ones the data files encode.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from marsad.kb import get_kb

# Rough bounding boxes (lat min, lat max, lon min, lon max) of countries whose places were added in bulk:
# a coordinate outside its country's box is a typo (swapped sign, lat/lon exchanged).
BOXES = {
    "MAR": (27.6, 36.0, -13.2, -1.0), "ESH": (20.7, 27.7, -17.2, -8.6), "DZA": (18.9, 37.2, -8.7, 12.0),
    "TUN": (30.2, 37.6, 7.5, 11.6), "LBY": (19.5, 33.2, 9.3, 25.2), "MRT": (14.7, 27.3, -17.1, -4.8),
    "AFG": (29.3, 38.5, 60.5, 74.9), "YEM": (12.1, 19.0, 42.5, 54.6), "SDN": (8.6, 22.3, 21.8, 38.6),
    "SSD": (3.4, 12.3, 23.4, 36.0), "SOM": (-1.7, 12.0, 40.9, 51.5), "MLI": (10.1, 25.0, -12.3, 4.3),
    "NER": (11.6, 23.6, 0.1, 16.0), "BFA": (9.4, 15.1, -5.6, 2.5), "TCD": (7.4, 23.5, 13.4, 24.0),
    "SAU": (16.3, 32.2, 34.5, 55.7), "ARE": (22.6, 26.1, 51.5, 56.4), "QAT": (24.4, 26.2, 50.7, 51.7),
    "KWT": (28.5, 30.1, 46.5, 48.5), "BHR": (25.8, 26.3, 50.3, 50.7), "OMN": (16.6, 26.4, 51.9, 59.9),
    "NGA": (4.2, 13.9, 2.7, 14.7),
}
WATER = {"sea", "strait", "lake", "river", "canal"}


def test_land_places_lie_inside_their_country(kb):
    bad = [(e.id, e.lat, e.lon) for e in kb.by_type("place") if e.country in BOXES
           and e.extra.get("kind") not in WATER
           and not (BOXES[e.country][0] <= e.lat <= BOXES[e.country][1]
                    and BOXES[e.country][2] <= e.lon <= BOXES[e.country][3])]
    assert bad == []


@pytest.mark.parametrize(("iso", "minimum"), [
    ("MAR", 40), ("DZA", 45), ("TUN", 35), ("LBY", 55), ("MRT", 20), ("AFG", 40), ("YEM", 90),
    ("SDN", 90), ("SOM", 35), ("MLI", 12), ("NER", 8), ("SAU", 50), ("OMN", 18),
])
def test_region_has_its_main_places(kb, iso, minimum):
    assert sum(1 for e in kb.by_type("place") if e.country == iso) >= minimum


@pytest.mark.parametrize(("name", "entity_id", "iso"), [
    ("سطات", "place:settat", "MAR"),
    ("تلمسان", "place:tlemcen", "DZA"),
    ("غرداية", "place:ghardaia", "DZA"),
    ("غردايه", "place:ghardaia", "DZA"),  # ة/ه folded by normalization
    ("الأغواط", "place:laghouat", "DZA"),
    ("الاغواط", "place:laghouat", "DZA"),  # hamza folded
    ("بلخ", "place:balkh", "AFG"),
    ("ننغرهار", "place:nangarhar", "AFG"),
    ("ننكرهار", "place:nangarhar", "AFG"),
    ("كيدال", "place:kidal", "MLI"),
    ("أغاديز", "place:agadez", "NER"),
    ("أبشي", "place:abeche", "TCD"),
    ("بيدوا", "place:baidoa", "SOM"),
    ("شبيلي السفلى", "place:lower_shabelle", "SOM"),
    ("شبيلى السفلى", "place:lower_shabelle", "SOM"),
    ("الشحر", "place:shihr", "YEM"),
    ("ملكال", "place:malakal", "SSD"),
    ("أم القيوين", "place:umm_al_quwain", "ARE"),
    ("بريدة", "place:buraidah", "SAU"),
    ("مايدوغوري", "place:maiduguri", "NGA"),
])
def test_new_places_by_name_and_variant(kb, name, entity_id, iso):
    found = kb.lookup(name)
    assert [e.id for e in found] == [entity_id]
    assert found[0].country == iso


@pytest.mark.parametrize(("sentence", "entity_id"), [
    ("اعتقلت الشرطة ثلاثة أشخاص في تلمسان غرب الجزائر بتهمة التهريب.", "place:tlemcen"),
    ("قتل خمسة من عناصر الأمن في هجوم بولاية بلخ شمالي أفغانستان.", "place:balkh"),
    ("نظم عمال مناجم الفوسفات وقفة احتجاجية في خريبكة للمطالبة بتحسين الأجور.", "place:khouribga"),
    ("أعلنت السلطات الجزائرية عن افتتاح طريق جديد بين ورقلة وغرداية جنوب البلاد.", "place:ghardaia"),
    ("سيطرت قوات الدعم السريع على مدينة أم روابة في ولاية شمال كردفان.", "place:umm_ruwaba"),
    ("شن مسلحون هجوما على موقع للجيش قرب ميناكا شمال شرقي مالي.", "place:menaka"),
    ("انفجرت عبوة ناسفة على طريق بلدوين في وسط الصومال.", "place:beledweyne"),
    ("وصل وفد حكومي إلى نواذيبو ثم توجه إلى الزويرات شمال موريتانيا.", "place:zouerat"),
    ("أعلن أمير منطقة القصيم افتتاح مشاريع جديدة في عنيزة.", "place:unaizah"),
])
def test_recognizer_links_new_places_with_clitics(sentence, entity_id):
    from marsad.analyze.entities import recognize_text

    assert entity_id in [m.entity for m in recognize_text(sentence)]


@pytest.mark.parametrize(("sentence", "entity_id", "code"), [
    ("أصدرت الداخلية السعودية بيانا بشأن الحادث.", "org:saudi_moi", "SAU-COP"),
    ("قالت وزارة الدفاع الفرنسية إن الطائرة عادت إلى قاعدتها.", "org:fra_defence_ministry", "FRA-MIL"),
    ("دعا الاتحاد المغربي للشغل إلى إضراب عام في القطاع العام.", "org:umt_morocco", "MAR-LAB"),
    ("صوت المجلس الشعبي الوطني على مشروع قانون المالية.", "org:algeria_apn", "DZA-LEG"),
    ("تبنى جيش العدل الهجوم على مركز للشرطة في سيستان وبلوشستان.", "org:jaish_al_adl", "IRN-REB"),
    ("أعلنت الجبهة الشعبية لتحرير تيغراي قبولها وقف إطلاق النار.", "org:tplf", "ETH-REB"),
])
def test_recognizer_links_new_organizations(sentence, entity_id, code):
    from marsad.analyze.entities import recognize_text

    found = {m.entity: m for m in recognize_text(sentence)}
    assert entity_id in found
    assert get_kb().get(entity_id).code == code


@pytest.mark.parametrize("sentence", [
    "وقال إن الاتفاق يأتي في إطار التعاون بين البلدين.",  # إطار is no Atar (Mauritania)
    "وأضاف أن اللاعبين كانوا في حالة جيدة رغم الحرارة.",
    "خرج المئات في شوارع المدينة للمطالبة بصرف الرواتب.",  # خرج is no Al-Kharj
])
def test_everyday_words_are_not_new_places(sentence):
    from marsad.analyze.entities import recognize_text

    assert [m.entity for m in recognize_text(sentence) if m.entity and m.entity.startswith("place:")] == []


def test_ambiguous_party_names_carry_no_country(kb):
    for name in ("حزب العمال", "الحركة الشعبية لتحرير السودان"):
        found = kb.lookup(name)
        assert len(found) == 1 and found[0].code is None and found[0].country is None, name
    assert kb.lookup("حزب العمال الكردستاني")[0].code == "PKK"
    assert kb.lookup("حزب العمال البريطاني")[0].code == "GBR-PTY"


def _event_code_aliases() -> dict[str, str]:
    text = (resources.files("marsad.analyze.events") / "data" / "cues.json").read_text(encoding="utf-8")
    return json.loads(text).get("code_aliases", {})


def test_group_codes_use_the_event_coders_family(kb):
    """al-Shabaab, Boko Haram, Taliban, Polisario carry the codes the event actor lists use (SHABAAB, …)."""
    renamed = {a for a in _event_code_aliases() if not a.startswith("IGO")}
    used = {r.code for e in kb.entities.values() for r in e.roles} | {e.code for e in kb.entities.values()}
    assert renamed & used == set()
    for name, code in (("حركة الشباب", "SHABAAB"), ("بوكو حرام", "BOKO"), ("طالبان", "TALIBAN"),
                       ("جبهة البوليساريو", "POLISARIO")):
        assert kb.lookup(name)[0].code == code


def test_three_letter_group_codes_are_not_another_countrys_iso(kb):
    """A group code that is a country's ISO-3 (POL for Polisario) would code it as that country."""
    bad = [e.id for e in kb.entities.values() if e.type in ("org", "group", "outlet", "person") and e.code
           and len(e.code) == 3 and kb.get(e.code) is not None and kb.get(e.code).type == "country"
           and e.country not in (None, e.code)]
    assert bad == []
