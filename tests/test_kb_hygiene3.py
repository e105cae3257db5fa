"""Knowledge-base and linking hygiene, third round (people and organisations in everyday news).

- A nisba that is also a given name, written without the article right after a definite title, opens
  the person's name: «المستشار تركي آل الشيخ» is a man called Turki, not a Turkish adviser (an
  adjective agrees with its noun in definiteness: the Turkish adviser is «المستشار التركي»).
- Two-word plural nationalities used as nouns («الكوريون الشماليون», «السودانيون الجنوبيون») are read
  by ``country_of_adjective`` like one-word ones («السوريون» → SYR); South Sudanese is also written
  «سوداني جنوبي».
- «الرئيس الجنوب أفريقي سيريل رامافوزا» is one ZAF-GOV mention: «أفريقي» carries no code of its own.
- State investment funds are their state's GOV, as PIF, QIA and the development funds already were:
  ADIA and Mubadala (were ARE-BUS), and the Kuwait Investment Authority (new).
- Workers of a nationality are that country's civilians, as citizens are («مواطنين سوريين» → SYR-CVL,
  and the benchmark's «ثلاثة عمال أتراك» → TUR-CVL); «عمال أجانب» names no country; workers after a
  sound plural head («اختطف مسلحون عمالا مصريين») are its object, so the gunmen are not Egyptian.
- A central bank followed by a nationality («البنك المركزي المصري») is its state's GOV, as the
  Iraqi central bank and the Federal Reserve are in the KB.

Sentences are newswire-style text written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.kb import get_kb


def _mentions(sentence: str):
    return [(m.text, m.kind, m.code) for m in recognize_text(sentence)]


def _codes(sentence: str) -> list[str | None]:
    return [m.code for m in recognize_text(sentence)]


# 1. A nisba given name after a title ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("التقى المستشار تركي آل الشيخ وزير الرياضة المصري في القاهرة.", "تركي آل الشيخ"),
    ("استقبل ولي العهد السعودي المستشار تركي الدخيل في الرياض.", "تركي الدخيل"),
])
def test_given_name_turki_after_title_is_a_person(sentence, name):
    ms = _mentions(sentence)
    assert (name, "PERS") in [(t, k) for t, k, _ in ms]
    assert not any(c and c.startswith("TUR") for _, _, c in ms)


@pytest.mark.parametrize(("sentence", "code"), [
    ("قال المستشار التركي إن أنقرة سترد على الهجوم.", "TUR-GOV"),
    ("قال مسؤول تركي إن أنقرة سترد على الهجوم.", "TUR-GOV"),
    ("انتقد الرئيس التركي رجب طيب أردوغان إسرائيل بشدة.", "TUR-GOV"),
])
def test_turkish_adjective_still_turkey(sentence, code):
    assert code in _codes(sentence)


# 2. Two-word plural nationalities as nouns --------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "iso"), [
    ("الكوريون الشماليون", "PRK"),
    ("والكوريين الشماليين", "PRK"),
    ("الجنوب أفريقيين", "ZAF"),
    ("السودانيون الجنوبيون", "SSD"),
    ("السوريون", "SYR"),
])
def test_plural_nationality_without_head(phrase, iso):
    assert get_kb().country_of_adjective(phrase) == iso


def test_two_words_that_are_no_nationality():
    kb = get_kb()
    assert kb.country_of_adjective("الكوري الجديد") is None
    assert kb.country_of_adjective("السودانيين") == "SDN"  # one word: Sudan, not South Sudan


# 3. «الرئيس الجنوب أفريقي» is one mention ------------------------------------------------------------

def test_south_african_president_one_mention():
    ms = _mentions("انتقد الرئيس الجنوب أفريقي سيريل رامافوزا إسرائيل بشدة.")
    coded = [(t, c) for t, _, c in ms if c and c != "ISR"]
    assert len(coded) == 1
    assert coded[0][1] == "ZAF-GOV"
    assert "الجنوب أفريقي" in coded[0][0]


# 4. State investment funds -------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "code"), [
    ("وقع جهاز أبوظبي للاستثمار اتفاقية مع الحكومة المصرية لتطوير رأس الحكمة.", "ARE-GOV"),
    ("وقعت شركة مبادلة اتفاقية مع الحكومة المصرية.", "ARE-GOV"),
    ("أعلن صندوق الاستثمارات العامة عن صفقة جديدة في قطاع السياحة.", "SAU-GOV"),
    ("اشترى جهاز قطر للاستثمار حصة في البنك البريطاني.", "QAT-GOV"),
    ("قالت الهيئة العامة للاستثمار الكويتية إنها ستبيع أسهمها في الشركة.", "KWT-GOV"),
])
def test_sovereign_funds_are_their_state(sentence, code):
    assert code in _codes(sentence)


def test_sovereign_funds_consistent_in_kb():
    kb = get_kb()
    for eid, iso in (("org:adia", "ARE"), ("org:mubadala", "ARE"), ("org:pif", "SAU"), ("org:qia", "QAT"),
                     ("org:kia", "KWT")):
        assert kb.get(eid).code == f"{iso}-GOV"


# 5. Workers ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "code"), [
    ("أصيب عمال مصريون في انفجار بمصنع في مدينة مصراتة الليبية.", "EGY-CVL"),
    ("اختطف مسلحون مجهولون ثلاثة عمال أتراك في شمال العراق.", "TUR-CVL"),
    ("اعتقلت الشرطة مواطنين سوريين في إسطنبول.", "SYR-CVL"),
])
def test_workers_of_a_nationality_are_civilians(sentence, code):
    assert code in _codes(sentence)


def test_foreign_workers_have_no_country():
    ms = _mentions("خطف مسلحون ثلاثة عمال أجانب في نيجيريا.")
    workers = [c for t, _, c in ms if "عمال" in t]
    assert workers == ["CVL"]


def test_gunmen_before_their_victims_are_not_of_the_victims_country():
    codes = _codes("اختطف مسلحون عمالا مصريين في ليبيا.")
    assert "EGY-CVL" in codes
    assert "EGY-UAF" not in codes


@pytest.mark.parametrize(("sentence", "code"), [
    ("قالت مصادر إن وفد الحكومة السورية وصل إلى عمان.", "SYR-GOV"),
    ("أسر جنود الجيش السوري عناصر من التنظيم.", "SYR-MIL"),
    ("قال مسؤولون في وزارة الدفاع التركية إن العملية مستمرة.", "TUR-MIL"),
])
def test_construct_heads_still_reach_their_country(sentence, code):
    assert code in _codes(sentence)


# 6. Central banks ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "code"), [
    ("أعلن البنك المركزي المصري رفع أسعار الفائدة بمقدار مئتي نقطة أساس.", "EGY-GOV"),
    ("خفض البنك المركزي التركي سعر الفائدة الرئيسي.", "TUR-GOV"),
])
def test_central_bank_with_nationality(sentence, code):
    assert code in _codes(sentence)


# 7. An organization followed by its own country's nationality ------------------------------------------

@pytest.mark.parametrize(("sentence", "entity", "code"), [
    ("قال حزب الوفد المصري إنه سيشارك في الانتخابات البرلمانية المقبلة.", "org:wafd_party", "EGY-PTY"),
    ("أعلن جهاز مكافحة الإرهاب العراقي مقتل خمسة من عناصر داعش في كركوك.", "org:counter_terrorism_service",
     "IRQ-MIL"),
    ("قالت رئاسة الاستخبارات العامة السعودية إنها أحبطت مخططا إرهابيا.", "org:saudi_gip", "SAU-SPY"),
    ("ذكرت دائرة المخابرات العامة الأردنية أنها أحبطت مخططا لتهريب أسلحة.", "org:jordan_gid", "JOR-SPY"),
])
def test_org_name_with_own_nationality_keeps_its_code(sentence, entity, code):
    ms = recognize_text(sentence)
    hit = next((m for m in ms if m.entity == entity), None)
    assert hit is not None and hit.code == code
    assert not any(m.code and m.code != code and m.start < hit.end and hit.start < m.end for m in ms)


def test_own_nationality_does_not_change_tagger_flags():
    from marsad.analyze.entities.features import phrase_flags

    assert phrase_flags("قال حزب الوفد المصري إنه".split()) == [None, "B-ORG", "I-ORG", None, None]
