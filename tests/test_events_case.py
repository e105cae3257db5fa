"""Case endings, voice and word order in argument roles (own sentences, not the probe sets').

Verb-first news marks who acted by case: nominative «‑ون/‑ان» subjects, accusative or
genitive «‑ين/‑اً» objects; a damma on a past verb («اعتُقل») or an undotted passive with
an unarmed subject makes the subject the one acted upon.
"""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence
from marsad.analyze.events.case import NOM, OBL, known_words, passive_mark, span_case, word_case
from marsad.analyze.events.lexicon import get_lexicon
from marsad.analyze.events.morph import words


def _events(text: str, type_: str | None = None) -> list:
    return [e for e in events_for_sentence(text, use_stages=False) if type_ is None or e.type == type_]


def _one(text: str, type_: str):
    evs = _events(text, type_)
    assert evs, f"no {type_} in {text}: {[(e.type, e.trigger) for e in events_for_sentence(text, use_stages=False)]}"
    return evs[0]


def _codes(actors) -> list[str]:
    return [a.code for a in actors]


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]


@pytest.mark.parametrize(("phrase", "index", "case"), [
    ("هاجم مسلحون القرية", 1, NOM),  # sound plural «‑ون»
    ("أصيب شرطيان بجروح", 1, NOM),  # dual «‑ان» of a nisba
    ("التقى وزيرا الدفاع", 1, NOM),  # «‑ا» before a definite word: a dual in construct
    ("التقى وزيرا داخلية البلدين", 1, NOM),  # … or before a known head noun
    ("اعتقلت الشرطة متظاهرين", 2, OBL),  # «‑ين»
    ("خطفوا طبيباً أمس", 1, OBL),  # tanween fath
    ("قاتل مسلحو الحركة", 1, NOM),  # a construct plural in «‑و»
    ("انتشرت ميليشيا مسلحة", 1, ""),  # the «‑ا» belongs to the word
    ("زار البرلمان", 1, ""),  # «‑ان» of no dual
    ("أعلنت البحرين", 1, ""),  # «‑ين» of a name
    ("قتل مسلحٌ", 1, NOM),  # a written dammatan
])
def test_word_case(phrase: str, index: int, case: str) -> None:
    ws = words(phrase)
    nxt = ws[index + 1] if index + 1 < len(ws) else None
    assert word_case(ws[index], nxt, known_words(get_lexicon())) == case


def test_number_governs_the_ending() -> None:
    """«سبعة مسلحين»: the genitive is the number's, not the phrase's role."""
    ws = words("قتلت الشرطة سبعة مسلحين")
    assert span_case(ws, 3, 4, get_lexicon()) == ""


@pytest.mark.parametrize(("verb", "passive"), [("اعتُقل", True), ("قُتل", True), ("استُهدف", True),
                                               ("قتل", False), ("يُقتل", False)])
def test_passive_mark(verb: str, passive: bool) -> None:
    assert passive_mark(words(verb)[0]) is passive


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), [
    # a nominative subject, an accusative object glued to it: two phrases, two roles
    ("قتل مسلحون ملثمون صحفياً عراقياً في محافظة ديالى.", "ASSAULT", "UAF", "IRQ"),
    # a definite subject and an indefinite object side by side are two phrases
    ("احتجزت السلطات صحفيين أجانب في مطار القاهرة.", "COERCE", "EGY", "EGY"),
    # a plural with its «ن» takes no genitive: «دوريةً» is the object
    ("هاجم مسلحون دوريةً للشرطة في ديالى.", "ASSAULT", "UAF", "IRQ-COP"),
    # a masculine past verb read as a verb when a nominative subject and an object follow it
    ("قتل مسلحون مجهولون شرطيين في الفلوجة.", "ASSAULT", "UAF", "IRQ-COP"),
    # … or a definite subject, a number and its counted object
    ("قتل الجيش اليمني عشرين مسلحاً في محافظة الجوف.", "ASSAULT", "YEM-MIL", "UAF"),
    # a «من» phrase inside the subject does not hide the object after it
    ("قتل مسلحو حركة الشباب أربعة جنود كينيين قرب الحدود.", "ASSAULT", "SHABAAB", "KEN-MIL"),
    # an unmarked adjective after a nominative subject
    ("خطف مسلحٌ مجهول طبيباً في مدينة سبها الليبية.", "ASSAULT", "UAF", "LBY"),
    # the object before the subject: the accusative one undergoes, the other acts
    ("اعتقلت صحفياً قواتُ الأمن السورية في حمص.", "COERCE", "SYR-COP", "SYR"),
    # a passive with a written damma: the subject undergoes, «على يد» acts
    ("اعتُقل ناشط بحريني على يد قوات الأمن البحرينية في المنامة.", "COERCE", "BHR-COP", "BHR"),
    # an undotted passive: unarmed people cannot be the arresters
    ("اعتقل ناشطان في مدينة وهران الجزائرية.", "COERCE", "DZA-COP", "DZA"),
    # a release with no one named is by the government of the place
    ("أُفرج عن صحفيين في تونس بعد أسابيع من الاحتجاز.", "CONCEDE", "TUN-GOV", "TUN"),
    # the passive of a hollow verb
    ("اغتيل ضابط في الجيش اللبناني بعبوة ناسفة في طرابلس.", "ASSAULT", None, "LBN-MIL"),
    # an adjective «أممي» names the United Nations
    ("اختطف مسلحون موظفاً أممياً في شمال مالي.", "ASSAULT", "UAF", "UN"),
])
def test_case_and_voice_roles(text: str, type_: str, src: str | None, tgt: str) -> None:
    ev = _one(text, type_)
    if src:
        assert any(c == src or _country(c) == src for c in _codes(ev.source)), (_codes(ev.source), text)
    assert any(c == tgt or _country(c) == tgt for c in _codes(ev.target)), (_codes(ev.target), text)
    assert not set(_codes(ev.source)) & set(_codes(ev.target)) or type_ != "ASSAULT", text


def test_verbal_noun_stays_a_noun() -> None:
    """«قتل قائد الفصيل في غارة روسية»: no object, so the leader is the one killed, the strike the doer."""
    ev = _one("قتل قائد الفصيل في غارة روسية على ريف حماة.", "ASSAULT")
    assert "RUS-MIL" in _codes(ev.source)
    assert "RUS-MIL" not in _codes(ev.target)


@pytest.mark.parametrize(("text", "src", "tgt"), [
    # the launcher named after the projectile, the interceptor its target
    ("أسقطت الدفاعات الجوية الإسرائيلية طائرة مسيرة أطلقت من اليمن.", "YEM", "ISR-MIL"),
    # a nisba on the projectile names who fired it
    ("اعترضت الدفاعات الإماراتية صاروخاً باليستياً حوثياً فوق أبوظبي.", "HOUTHI", "ARE-MIL"),
    # the speaker whose own forces intercepted
    ("قال الجيش الأردني إن دفاعاته أسقطت طائرة مسيرة قرب الحدود الشمالية.", None, "JOR-MIL"),
])
def test_interceptor_is_the_target(text: str, src: str | None, tgt: str) -> None:
    ev = _one(text, "ASSAULT")
    if src:
        assert any(_country(c) == src or c == src for c in _codes(ev.source)), _codes(ev.source)
    assert tgt in _codes(ev.target), _codes(ev.target)


def test_settlements_are_israel() -> None:
    """Rockets at settlements strike Israel, not the place they were fired from."""
    ev = _one("أطلقت سرايا القدس رشقة صاروخية باتجاه المستوطنات المحاذية للقطاع.", "ASSAULT")
    assert "ISR" in [_country(c) for c in _codes(ev.target)], _codes(ev.target)


def test_two_bodies_of_one_country_are_two_sides() -> None:
    """«الحكومة العراقية وحكومة إقليم كردستان»: two parties with one code are still two."""
    ev = _one("اتفقت الحكومة العراقية وحكومة إقليم كردستان على استئناف تصدير النفط.", "AGREE")
    assert _codes(ev.source) == ["IRQ-GOV"] and _codes(ev.target) == ["IRQ-GOV"]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), [
    # an unmarked adjective takes its head's case: «شرطياً» after «مسلحٌ مجهول» is the object
    ("قتل مسلحٌ ملثم جندياً في محافظة ديالى.", "ASSAULT", "UAF", "IRQ-MIL"),
    # a tanween fath opens a new phrase after an indefinite genitive («من جماعة مسلحة»)
    ("خطفت عناصر من مجموعة مسلحة مهندساً مصرياً في ليبيا.", "ASSAULT", "UAF", "EGY"),
    # «جماعة مسلحة» without the article is some armed group, not the one named before
    ("هاجمت جماعة مسلحة قرية في ولاية كادونا النيجيرية.", "ASSAULT", "UAF", "NGA"),
    # an arrest of a national with no place and no agent: by his own state's police
    ("اعتُقل ناشط مغربي معروف بعد عودته من الخارج.", "COERCE", "MAR-COP", "MAR"),
    # a passive release: the state releases, the «عفو» after it does not make the prisoners act
    ("أُطلق سراح معتقلين في الأردن بموجب عفو عام.", "CONCEDE", "JOR-GOV", "JOR"),
])
def test_phrase_edges_and_implicit_agents(text: str, type_: str, src: str, tgt: str) -> None:
    ev = _one(text, type_)
    assert any(c == src or _country(c) == src for c in _codes(ev.source)), (_codes(ev.source), text)
    assert any(c == tgt or _country(c) == tgt for c in _codes(ev.target)), (_codes(ev.target), text)


def test_two_objects_giver_then_receiver() -> None:
    """«منحت السعودية الأردن …»: the first bare name gives, the second receives."""
    ev = _one("منحت السعودية الأردن منحة نفطية لدعم قطاع الكهرباء.", "AID")
    assert _country(_codes(ev.source)[0]) == "SAU" and _country(_codes(ev.target)[0]) == "JOR"


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), [
    # a verb carrying its object as a pronoun: the phrase after it is the subject
    ("اغتالته طائرة مسيرة أمريكية قرب مدينة مأرب.", "ASSAULT", "USA-MIL", None),
    # a strike noun as the verb's subject: its owner acts, the object after it suffers
    ("قتلت ضربات التحالف عشرات المسلحين الحوثيين في الحديدة.", "ASSAULT", "COA", "HOUTHI"),
    # «مجموعة من …» before the subject; the genitive is the preposition's, not an object's
    ("اقتحمت مجموعة من المستوطنين بلدة حوارة وأحرقت سيارات.", "ASSAULT", "ISR-CVL", None),
    # a lone settler is Israeli whatever the place
    ("أصيب شاب فلسطيني برصاص مستوطن قرب نابلس.", "ASSAULT", "ISR-CVL", "PSE"),
])
def test_subjects_after_the_verb(text: str, type_: str, src: str, tgt: str | None) -> None:
    ev = _one(text, type_)
    assert any(c == src or _country(c) == src for c in _codes(ev.source)), (_codes(ev.source), text)
    if tgt:
        assert any(c == tgt or _country(c) == tgt for c in _codes(ev.target)), (_codes(ev.target), text)


def test_role_word_keeps_its_phrase() -> None:
    """«المتحدث باسم الجيش»: an indefinite role word after a definite one does not open a new actor."""
    ev = _one("اتهم المتحدث باسم الجيش السوداني قوات الدعم السريع بقصف الأحياء السكنية.", "DISAPPROVE")
    assert "SDN-MIL" in _codes(ev.source), _codes(ev.source)


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), [
    # a noun with tanwin takes no genitive: the accusative phrase after it is the verb's object
    ("استهدف قصفٌ مدفعيٌ موقعاً عسكرياً سورياً قرب الحدود.", "ASSAULT", None, "SYR-MIL"),
    # a plural with its «ن» is not in construct: the crowd marches, the building is what it faces
    ("حاصر محتجون غاضبون مقر الحكومة المحلية في البصرة.", "PROTEST", "IRQ-CVL", None),
    # «أفراد من …» before the subject: the body they belong to acts
    ("اعتدى أفراد من الأمن اللبناني على مصورين في بيروت.", "ASSAULT", "LBN-COP", "LBN"),
])
def test_construct_and_member_phrases(text: str, type_: str, src: str | None, tgt: str | None) -> None:
    ev = _one(text, type_)
    if src:
        assert any(c == src or _country(c) == src for c in _codes(ev.source)), (_codes(ev.source), text)
    if tgt:
        assert any(c == tgt or _country(c) == tgt for c in _codes(ev.target)), (_codes(ev.target), text)


def test_dual_launcher_relative() -> None:
    """«صاروخين أطلقهما الحزب»: the dual pronoun still names the launcher."""
    ev = _one("أسقط الجيش الإسرائيلي صاروخين أطلقهما حزب الله من جنوب لبنان.", "ASSAULT")
    assert "HEZ" in _codes(ev.source) and "ISR-MIL" in _codes(ev.target), (_codes(ev.source), _codes(ev.target))


def test_bare_sector_is_not_the_story_group() -> None:
    """A police of no stated country is no named group: «أفراد العصابة» are not the police."""
    ev = _one("وأعلنت الشرطة اليوم القبض على أفراد العصابة.", "COERCE")
    assert "COP" not in [a.code for a in ev.target], [a.code for a in ev.target]
