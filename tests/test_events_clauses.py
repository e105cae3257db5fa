"""Second acts of one subject, self-harm, a meeting place beside a government, and a bare «المملكة»."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


def live(text: str) -> list:
    return [e for e in events_for_sentence(text, use_stages=False) if e.modality != "denied"]


def of_type(text: str, type_: str) -> list:
    return [e for e in live(text) if e.type == type_]


def codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def country(actors) -> set[str]:
    return {(a.code or "").split("-")[0] for a in actors}


@pytest.mark.parametrize(("text", "iso", "other"), [
    # an accusation, then «، وقررت» a measure: two acts of the same subject, against the same side
    ("اتهمت الحكومة العراقية إيران بالتدخل في شؤونها، وقررت استدعاء سفيرها في طهران.", "IRQ", "IRN"),
    ("استدعت الخارجية الأردنية السفير الإسرائيلي وسلمته مذكرة احتجاج، وقررت استدعاء سفيرها من تل أبيب.",
     "JOR", "ISR"),
])
def test_second_act_after_comma_is_its_own_event(text: str, iso: str, other: str) -> None:
    """«…، وقررت استدعاء سفيرها»: a second coordinated act is a second event with the same subject."""
    evs = of_type(text, "DISAPPROVE")
    assert len(evs) == 2
    assert all(country(e.source) == {iso} for e in evs)
    assert all(other in country(e.target) for e in evs)


@pytest.mark.parametrize("text", [
    # no comma: handing the note goes on with the summons
    "استدعت الخارجية الجزائرية السفير الإسباني وسلمته مذكرة احتجاج شديدة اللهجة.",
    # the comma only closes the subject: one condemnation said twice
    "أدانت الخارجية الكويتية، واستنكرت بشدة الهجوم على السفينة التجارية.",
])
def test_one_act_stays_one_event(text: str) -> None:
    """«استدعت السفير وسلمته مذكرة احتجاج» and «أدانت …، واستنكرت» are one act."""
    assert len(of_type(text, "DISAPPROVE")) == 1


def test_operation_in_two_clauses_stays_one() -> None:
    """An arrest and the seizure that goes with it, after a comma, are one police operation."""
    text = "أوقفت قوة من الجيش اللبناني عشرين شخصا قرب الحدود، وضبطت بحوزتهم أسلحة وذخائر."
    assert len(of_type(text, "COERCE")) == 1


@pytest.mark.parametrize("text", [
    "أطلق جندي إسرائيلي النار على نفسه داخل قاعدة عسكرية في النقب.",
    "انتحر ضابط شرطة تونسي بإطلاق النار على نفسه من سلاحه الشخصي.",
    "طعن رجل نفسه بسكين أمام السفارة الأمريكية في عمان.",
    "فجر مسلح نفسه داخل منزله في إحدى قرى إقليم خيبر بختونخوا.",
])
def test_self_harm_is_no_attack(text: str) -> None:
    """«أطلق النار على نفسه»: no attack, so neither the embassy nor the place becomes a target."""
    assert not of_type(text, "ASSAULT")


def test_self_immolation_keeps_the_protest() -> None:
    """«أضرم النار في نفسه احتجاجا»: the protest stays, the «arson» goes."""
    kinds = {e.type for e in live("أقدم شاب على إضرام النار في نفسه أمام مقر البلدية احتجاجا على البطالة.")}
    assert kinds == {"PROTEST"}


@pytest.mark.parametrize(("text", "target"), [
    ("فجر انتحاري نفسه عند حاجز للجيش العراقي شمال بغداد.", "IRQ"),
    ("فجر انتحاري نفسه قبيل صلاة الجمعة في مسجد مزدحم بمدينة بيشاور الباكستانية.", "PAK"),
])
def test_suicide_bombing_among_others_is_an_attack(text: str, target: str) -> None:
    """«فجّر نفسه» followed by a scene not his own («عند حاجز», «في مسجد») is an attack on others."""
    evs = of_type(text, "ASSAULT")
    assert evs and target in country(evs[0].target)


def test_same_place_is_not_self_harm() -> None:
    """«في المنزل نفسه»: «the same house», not «himself»; the killing stays."""
    assert of_type("عثر على جثتي شرطيين قتلا بالرصاص في المنزل نفسه جنوب تركيا.", "ASSAULT")


@pytest.mark.parametrize(("text", "iso", "place"), [
    ("وقع ممثلو الحكومة السودانية والحركات المسلحة في جوبا اتفاقا للسلام.", "SDN", "SSD"),
    ("اجتمع ممثلو الحكومة الليبية والفصائل المسلحة في تونس لبحث وقف إطلاق النار.", "LBY", "TUN"),
])
def test_meeting_place_does_not_own_the_rebels(text: str, iso: str, place: str) -> None:
    """«الحكومة السودانية والحركات المسلحة في جوبا»: the movements are Sudanese, Juba is where."""
    ev = live(text)[0]
    sides = country(ev.source + ev.target)
    assert sides == {iso}
    assert place not in sides


def test_opposing_sides_share_no_country() -> None:
    """«بين مقاومين وقوات الاحتلال»: the fighters are no Israelis (only a government lends its country)."""
    ev = of_type("اندلعت مواجهات مسلحة بين مقاومين وقوات الاحتلال خلال اقتحام مدينة نابلس.", "FIGHT")[0]
    assert "ISR-REB" not in codes(ev.source + ev.target)


@pytest.mark.parametrize(("text", "type_", "iso"), [
    ("أعلنت وزارة الخارجية المغربية أن المملكة ستقدم مساعدات إنسانية عاجلة إلى لبنان.", "AID", "MAR"),
    ("استقبل العاهل البحريني وزير الخارجية الإيراني، وأكد أن المملكة ترفض التدخل في شؤونها.", "REJECT", "BHR"),
    ("استقبل ولي العهد السعودي الرئيس الأوكراني، فيما أعلنت المملكة تقديم مساعدات لأوكرانيا.", "AID", "SAU"),
])
def test_kingdom_is_the_one_named_before(text: str, type_: str, iso: str) -> None:
    """«المغربية … أن المملكة»: the kingdom named earlier in the sentence, whichever it is."""
    ev = of_type(text, type_)[0]
    assert country(ev.source) == {iso}


def test_unnamed_kingdom_stays_uncoded() -> None:
    """«أدانت المملكة» with no kingdom named: no country is assumed (not Saudi Arabia by default)."""
    for ev in live("أدانت المملكة الهجوم الإرهابي الذي استهدف مسجدا في باكستان."):
        assert "SAU" not in country(ev.source)


@pytest.mark.parametrize(("text", "replier", "hit"), [
    ("شنت القوات الروسية هجوما واسعا على مدينة خاركيف، وردت القوات الأوكرانية بقصف مواقع روسية في بيلغورود",
     "UKR", "RUS"),
    ("أطلقت حماس صواريخ على عسقلان، وردت إسرائيل بقصف مواقع في غزة", "ISR", "PSE"),
])
def test_reply_strikes_its_own_target(text: str, replier: str, hit: str) -> None:
    """«وردت القوات الأوكرانية بقصف مواقع روسية»: the reply hits Russian positions, not the first strike's city."""
    reply = of_type(text, "ASSAULT")[-1]
    assert country(reply.source) == {replier}
    assert hit in country(reply.target)
    assert replier not in country(reply.target)


def test_named_body_then_its_object() -> None:
    """«حملت الخارجية القطرية الاحتلال مسؤولية»: two named bodies side by side are two actors."""
    ev = of_type("حملت الخارجية القطرية الاحتلال مسؤولية التصعيد في الضفة الغربية.", "DISAPPROVE")[0]
    assert country(ev.source) == {"QAT"}
    assert country(ev.target) == {"ISR"}
