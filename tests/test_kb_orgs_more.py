"""Organizations Arabic news names often: sports bodies and clubs, companies, international bodies, armed groups, parties.

Sentences are newswire-style text written for these tests; the facts (who is what, in which country) are real.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text


@pytest.mark.parametrize(("name", "entity", "code"), [
    ("فيفا", "org:fifa", None),
    ("الفيفا", "org:fifa", None),
    ("الاتحاد الإفريقي لكرة القدم", "org:caf", None),
    ("الهلال السعودي", "org:al_hilal_sau", None),
    ("ريال مدريد", "org:real_madrid", None),
    ("ارامكو السعودية", "org:aramco", "SAU-BUS"),
    ("قطر للطاقة", "org:qatarenergy", "QAT-BUS"),
    ("جوجل", "org:google", "USA-BUS"),
    ("غازبروم", "org:gazprom", "RUS-BUS"),
    ("هواوي", "org:huawei", "CHN-BUS"),
    ("منظمة العمل الدولية", "org:ilo", "IGOUNO"),
    ("الويبو", "org:wipo", "IGOUNO"),
    ("آسيان", "org:asean", "IGOASEAN"),
    ("أوابك", "org:oapec", "IGOOAPEC"),
    ("حركة إم 23", "org:m23", "COD-REB"),
    ("جماعة أبو سياف", "org:abu_sayyaf", "PHL-INS"),
    ("شبكة حقاني", "org:haqqani_network", "TALIBAN"),
    ("منظمة مجاهدي خلق", "org:mek", "IRN-OPP"),
    ("مجلس صيانة الدستور", "org:iran_guardian_council", "IRN-GOV"),
    ("الحزب الشيوعي الصيني", "org:ccp", "CHN-PTY"),
    ("نصرة الإسلام والمسلمين", "org:jnim", "AQ"),
])
def test_lookup(kb, name: str, entity: str, code: str | None) -> None:
    ents = kb.lookup(name)
    assert ents and ents[0].id == entity
    assert ents[0].code == code


def test_sports_bodies_and_clubs_carry_no_actor_code(kb):
    # the event benchmarks keep sports sentences as negatives; a club's country would become its code
    sport = [e for e in kb.by_type("org") if "sport: no actor code" in e.extra.get("description", "")]
    assert len(sport) >= 30
    assert all(e.code is None and e.country is None for e in sport)


def test_new_codes_follow_the_conventions(kb):
    countries = {e.id for e in kb.by_type("country")}
    for e in kb.entities.values():
        if e.code and e.code.endswith("-BUS"):
            assert e.code.split("-")[0] == e.country  # a company is coded with its own country
        if e.code and e.code.startswith("IGO"):
            assert e.code[3:] not in countries  # «IGOOAPEC» canonicalizes to OAPEC, never to a country


@pytest.mark.parametrize(("text", "want"), [
    ("أعلن الاتحاد الدولي لكرة القدم (فيفا) أن الأهلي المصري سيواجه ريال مدريد في النهائي",
     {"org:fifa", "org:al_ahly_egy", "org:real_madrid"}),
    ("وقعت أرامكو السعودية وتوتال إنرجيز اتفاقا مع قطر للطاقة وأدنوك لتطوير حقل غاز",
     {"org:aramco", "org:totalenergies", "org:qatarenergy", "org:adnoc"}),
    ("سيطرت حركة إم 23 على مدينة غوما في شرق الكونغو الديمقراطية", {"org:m23"}),
    ("أعلنت السلطات الفلبينية توقيف أحد قادة جماعة أبو سياف في جزيرة مينداناو", {"org:abu_sayyaf"}),
    ("وحذرت الوكالة الدولية للطاقة من نقص الإمدادات بعد قرار أوبك", {"org:iea", "org:opec"}),
    ("وقالت الوكالة الدولية للطاقة الذرية إن المفتشين وصلوا", {"org:iaea"}),  # the longer name wins
])
def test_recognized_in_sentences(text: str, want: set[str]) -> None:
    ms = recognize_text(text)
    for m in ms:
        assert text[m.start:m.end] == m.text
    assert want <= {m.entity for m in ms}


@pytest.mark.parametrize("text", [
    "ترقب المسلمون رؤية الهلال مساء اليوم لتحديد أول أيام الشهر",  # the crescent moon, not Al Hilal
    "أكد الرئيس أن النصر قريب وأن الاتحاد قوة",  # victory and union, not Al Nassr or Al-Ittihad
    "عاد الرجل إلى البيت بعد منتصف الليل",  # «إلبيت» is not listed: it normalizes to «البيت», the house
    "وطالب المجلس الأهلي بتحسين الخدمات",  # «الأهلي» alone is an everyday adjective
])
def test_everyday_words_are_not_clubs_or_companies(text: str) -> None:
    ents = {m.entity for m in recognize_text(text)}
    assert not {e for e in ents if e and e.startswith("org:")}
