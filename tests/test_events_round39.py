"""Round 39: two-word nationalities, workers as civilians, and a subject that lists countries."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «الرئيس الجنوب أفريقي»: a nationality of two words codes its head, and its first word («الجنوب») is no
# place of its own; the counterpart «نظيره الجنوب أفريقي» takes it too, as «نظيره التركي» takes one word.
def test_two_word_nationality() -> None:
    ev = _events("انتقد الرئيس الجنوب أفريقي سيريل رامافوزا إسرائيل", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["ZAF-GOV"]
    assert _codes(ev.target) == ["ISR"]
    ev = _events("استقبل الرئيس المصري نظيره الجنوب أفريقي سيريل رامافوزا في القاهرة", "CONSULT")[0]
    assert sorted(_codes(ev.source) + _codes(ev.target)) == ["EGY-GOV", "ZAF-GOV"]
    ev = _events("استقبل الرئيس الروسي نظيره الكوري الشمالي كيم جونغ أون في موسكو", "CONSULT")[0]
    assert sorted(_codes(ev.source) + _codes(ev.target)) == ["PRK-GOV", "RUS-GOV"]
    ev = _events("استقبل الرئيس المصري نظيره السوداني الجنوبي سلفا كير في القاهرة", "CONSULT")[0]
    assert sorted(_codes(ev.source) + _codes(ev.target)) == ["EGY-GOV", "SSD-GOV"]
    ev = _events("استقبل الرئيس المصري نظيره التركي رجب طيب أردوغان في القاهرة", "CONSULT")[0]
    assert sorted(_codes(ev.source) + _codes(ev.target)) == ["EGY-GOV", "TUR-GOV"]


# «ثلاثة عمال أتراك»: workers are civilians (the gold's majority, blind2-030); unions stay labour.
# Foreign workers («عمال أجانب في نيجيريا») are none of the place's people (blind30-015).
def test_workers_are_civilians() -> None:
    ev = _events("اختطف مسلحون مجهولون ثلاثة عمال أتراك في شمال العراق", "ASSAULT")[0]
    assert _codes(ev.target) == ["TUR-CVL"]
    ev = _events("خطف مسلحون عمال أجانب في نيجيريا", "ASSAULT")[0]
    assert all(not c.startswith("NGA") for c in _codes(ev.target))
    ev = _events("خطف مسلحون عمالا في نيجيريا", "ASSAULT")[0]
    assert _codes(ev.target) == ["NGA-CVL"]
    ev = _events("دعا الاتحاد العمالي العام في لبنان إلى إضراب عام احتجاجا على رفع أسعار المحروقات", "DEMAND")[0]
    assert _codes(ev.source) == ["LBN-LAB"]


# «أعلنت مالي والنيجر وبوركينا فاسو انسحابها»: «مالي» before «والنيجر» is the first of the listed countries,
# not the adjective «financial»; «دعم مالي» stays money.
def test_country_list_subject() -> None:
    ev = _events("أعلنت مالي والنيجر وبوركينا فاسو انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا", "REJECT")[0]
    assert sorted(_codes(ev.source)) == ["BFA", "MLI", "NER"]
    assert _codes(ev.target) == ["ECOWAS"]
