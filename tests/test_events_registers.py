"""Registers a blind round found weak: headlines, communiqués, background clauses, replies, lists of actors."""

from __future__ import annotations

import pytest

from marsad.analyze.events import events_for_sentence


def live(text: str) -> list:
    return [e for e in events_for_sentence(text, use_stages=False) if e.modality != "denied"]


def types(text: str) -> list[str]:
    return sorted(e.type for e in live(text))


def country(actors) -> set[str]:
    return {(a.code or "").split("-")[0] for a in actors}


@pytest.mark.parametrize(("text", "expected"), [
    # a verbal noun spelled like a verb after «بسبب» is the reason, and so is its complement
    ("فرضت كندا عقوبات على مسؤولين إيرانيين بسبب قمع الاحتجاجات", ["SANCTION"]),
    # a verb in a relative clause on the noun after «عقب/إثر» sets the scene too
    ("اعتقلت الشرطة الباكستانية 12 شخصا عقب الهجوم الذي استهدف مسجدا في بيشاور", ["COERCE"]),
    # «بعد احتجازه»: the released man's earlier detention is history, not news
    ("أطلقت السلطات المصرية سراح الباحث بعد احتجازه ستة أشهر", ["CONCEDE"]),
    ("اعتقلت الشرطة المطلوب بعد محاصرته في شقة بمدينة جدة", ["COERCE"]),  # «محاصرة» + «ه»
    # ... but a bare «بعد انسحاب القوات», «بعد زيارة وزير» may be the news itself
    ("أعلن الأردن تقديم مساعدات طبية لسوريا بعد زيارة وزير الخارجية السوري إلى عمان", ["AID", "CONSULT"]),
    ("انتشر الجيش اللبناني في البلدة بعد انسحاب القوات الإسرائيلية منها", ["RETREAT"]),
    # «، فيما أعلنت …» opens a clause of its own: the aid is no topic of the talks
    ("بحث وزير الخارجية المصري مع نظيره الأردني الأوضاع في غزة، فيما أعلنت الإمارات إرسال مساعدات طبية إلى القطاع",
     ["AID", "CONSULT"]),
    # calling off a strike or withdrawing a bill concedes; it is no protest or retreat
    ("قررت نقابة المعلمين الأردنيين تعليق الإضراب بعد اتفاق مع الحكومة", ["CONCEDE"]),
    ("سحبت الحكومة الكويتية مشروع قانون الضريبة من مجلس الأمة", ["CONCEDE"]),
    # an ultimatum with a penalty threatens; a deadline to leave after an expulsion does not
    ("أمهل الجيش الليبي المسلحين 48 ساعة لمغادرة المدينة وإلا سيواجهون عملية عسكرية", ["THREATEN"]),
    ("طردت مالي السفير الفرنسي وأمهلته 72 ساعة لمغادرة البلاد", ["SANCTION"]),
    # defusing a bomb is no attack
    ("فكك خبراء المتفجرات عبوة ناسفة زرعت قرب مدرسة في كركوك", []),
    # an army killing militants in an operation is one attack; a killing in an exchange of fire stays a clash
    ("قتلت القوات الأفغانية 25 مسلحا من طالبان في عملية عسكرية بولاية هلمند", ["ASSAULT"]),
    ("قتل الجيش النيجيري عشرة مسلحين في تبادل لإطلاق النار بولاية بورنو", ["FIGHT"]),
])
def test_event_types(text: str, expected: list[str]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(("text", "type_", "src"), [
    # headline register: a capital before a present-tense verb is its government
    ("أنقرة تستنكر تصريحات وزير الخارجية اليوناني", "DISAPPROVE", "TUR"),
    ("موسكو ترفض المقترح الأمريكي لوقف إطلاق النار في أوكرانيا", "REJECT", "RUS"),
    # communiqués: «مقاتلونا» are the forces of the group whose statement is cited, even after the event
    ("استهدف مقاتلونا قاعدة للجيش الصومالي بقذائف الهاون، وفق بيان لحركة الشباب", "ASSAULT", "SHABAAB"),
    # «تمكنت وحداتنا من تدمير …» in a spokesman's words
    ("وقال الناطق باسم الجيش الليبي: تمكنت وحداتنا من تدمير آليتين للمسلحين جنوب طرابلس", "ASSAULT", "LBY"),
    ("قتلت القوات الأفغانية 25 مسلحا من طالبان في عملية عسكرية بولاية هلمند", "ASSAULT", "AFG"),
])
def test_sources(text: str, type_: str, src: str) -> None:
    ev = next((e for e in live(text) if e.type == type_), None)
    assert ev is not None, (text, types(text))
    assert src in {a.code for a in ev.source} | country(ev.source)


def test_a_reply_by_another_actor_is_a_second_event() -> None:
    evs = [e for e in live("قصفت القوات الأذربيجانية مواقع أرمينية، وردت القوات الأرمينية بقصف قرى حدودية")
           if e.type == "ASSAULT"]
    assert [country(e.source) for e in evs] == [{"AZE"}, {"ARM"}]


@pytest.mark.parametrize("text", [
    # «في رد على هجوم حماس»: the noun «رد» with the cause, not a reply clause
    "قصفت إسرائيل مواقع في غزة في رد على هجوم حماس بالصواريخ على عسقلان",
])
def test_reply_noun_is_no_second_event(text: str) -> None:
    assert types(text) == ["ASSAULT"]


def test_a_clause_opened_by_fima_with_its_own_verb_is_a_second_event() -> None:
    evs = [e for e in live("استقبل الرئيس التونسي وزير الخارجية الإيطالي، فيما التقى رئيس الحكومة التونسية السفير الألماني")
           if e.type == "CONSULT"]
    assert len(evs) == 2
    assert "DEU" in country(evs[1].target)


def test_what_a_time_span_counts_from_is_the_scene() -> None:
    # «بعد ساعات من انتهاء المحادثات»: the talks are the point of reference, not news
    assert types("شنت الطائرات التركية غارات على مواقع في شمال العراق بعد ساعات من انتهاء المحادثات") == ["ASSAULT"]


def test_what_a_scene_demand_asks_for_is_scene_too() -> None:
    text = "هدمت القوات الإسرائيلية منزلين في الخليل بعد أيام من مطالبة الأمم المتحدة بوقف هدم المنازل ومصادرة الأراضي"
    assert types(text) == ["COERCE"]


@pytest.mark.parametrize(("text", "type_", "src"), [
    # a headline capital before a light verb («تعلن») and the act it announces
    ("الرياض تعلن تقديم مساعدات عاجلة للسودان", "AID", "SAU"),
])
def test_headline_light_verb_sources(text: str, type_: str, src: str) -> None:
    ev = next((e for e in live(text) if e.type == type_), None)
    assert ev is not None, (text, types(text))
    assert src in country(ev.source)


@pytest.mark.parametrize(("text", "type_", "tgt"), [
    # the speaker's own air defences shot the drones down, however far the speaker is named
    ("ذكرت وزارة الدفاع الروسية في بيان صباح اليوم أن دفاعاتها الجوية أسقطت 20 طائرة مسيرة أوكرانية فوق القرم",
     "ASSAULT", "RUS"),
    # «في بيان مشترك بالهجوم الإسرائيلي»: the condemned attack's owner, not the statement's author
    ("أدان وزراء خارجية قطر والكويت وعمان في بيان مشترك بالهجوم الإسرائيلي على المستشفى", "DISAPPROVE", "ISR"),
])
def test_targets(text: str, type_: str, tgt: str) -> None:
    ev = next((e for e in live(text) if e.type == type_), None)
    assert ev is not None, (text, types(text))
    assert tgt in country(ev.target)


def test_a_headline_capital_is_the_actor_not_the_place() -> None:
    # «لندن تعلن عقوبات على ميليشيات … في السودان»: the militias are Sudan's, not Britain's
    ev = next(e for e in live("لندن تعلن عقوبات على ميليشيات متهمة بارتكاب انتهاكات في السودان") if e.type == "SANCTION")
    assert country(ev.source) == {"GBR"}
    assert country(ev.target) == {"SDN"}
