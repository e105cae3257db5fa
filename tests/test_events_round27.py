"""Round 27 (after blind27): the blind27 sentences that motivated each rule, and a contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «انتقد تركي الجاسر …», «الأمير تركي بن محمد», «المستشار تركي آل الشيخ»: a bare nisba that opens a person's
# name (a name particle or a person mention runs on from it) is a first name, not Turkey (blind27-003/004);
# «مسؤول تركي» after a noun it describes stays Turkish.
def test_first_name_nisba() -> None:
    assert not any(c.startswith("TUR") for e in _events("انتقد تركي الجاسر قرار الحكومة اللبنانية")
                   for c in _codes(e.source))
    ev = _events("استقبل الأمير تركي بن محمد السفير الأمريكي في الرياض", "CONSULT")[0]
    assert _codes(ev.source) == ["USA-GOV"] and _codes(ev.target) == ["SAU-GOV"]
    ev = _events("التقى المستشار تركي آل الشيخ وفدا مصريا في الرياض", "CONSULT")[0]
    assert not any(c.startswith("TUR") for c in _codes(ev.source) + _codes(ev.target))
    ev = _events("استقبل وزير الداخلية السعودي تركي بن طلال سفير فرنسا", "CONSULT")[0]
    assert _codes(ev.source) == ["FRA-GOV"] and _codes(ev.target) == ["SAU-GOV"]
    ev = _events("انتقد مسؤول تركي الأسبوع الماضي قرار الحكومة اللبنانية", "DISAPPROVE")[0]
    assert _codes(ev.source)[0].startswith("TUR")
    ev = _events("التقى الرئيس التركي رجب طيب أردوغان نظيره الأمريكي", "CONSULT")[0]
    assert _codes(ev.source) == ["TUR-GOV"]


# «أعدمت السلطات السعودية مواطنا أدين بقتل والده طعنا»: the convict's crime («أدين بـ …») is background, and the
# state's execution stays COERCE though crime words are in the sentence (blind27-053).
def test_execution_of_convicted_killer() -> None:
    assert _types("أعدمت السلطات السعودية مواطنا أدين بقتل والده طعنا في منطقة القصيم") == {"COERCE"}
    ev = _events("أعدمت السلطات السعودية مواطنا أدين بقتل والده طعنا في منطقة القصيم", "COERCE")[0]
    assert _codes(ev.source) == ["SAU-GOV"] and _codes(ev.target) == ["SAU-CVL"]
    assert _types("قتل رجل زوجته طعنا إثر خلاف عائلي في عمان") == {"CRIME"}


# «فرقت الشرطة الجورجية … آلاف المحتجين المؤيدين للاتحاد الأوروبي»: whom the protesters back is not who
# protests (blind27-014); the crowd is the place's people.
def test_protest_backed_party() -> None:
    ev = _events("فرقت الشرطة الجورجية بخراطيم المياه آلاف المحتجين المؤيدين للاتحاد الأوروبي أمام البرلمان في تبليسي",
                 "PROTEST")[0]
    assert _codes(ev.source) == ["GEO-CVL"]
    ev = _events("اعتقلت الشرطة الباكستانية مئات المحتجين المؤيدين لعمران خان في إسلام آباد", "PROTEST")[0]
    assert _codes(ev.source) == ["PAK-CVL"]


# «حشدت أذربيجان قوات على حدودها مع أرمينيا»: troops massed on a border face the neighbour named after «مع»
# (blind27-041).
def test_mobilize_on_border() -> None:
    ev = _events("حشدت أذربيجان قوات على حدودها مع أرمينيا وسط تصاعد التوتر بين البلدين", "MOBILIZE")[0]
    assert _codes(ev.source)[0].startswith("AZE") and _codes(ev.target) == ["ARM"]
    ev = _events("حشدت إثيوبيا قوات على الحدود مع إريتريا", "MOBILIZE")[0]
    assert _codes(ev.target) == ["ERI"]
    ev = _events("نشرت روسيا قوات إضافية على حدودها مع فنلندا", "MOBILIZE")[0]
    assert _codes(ev.target) == ["FIN"]


# «وافق صندوق النقد الدولي على صرف شريحة جديدة من قرض مصر»: the country in construct with a loan is the
# borrower when the lender is the subject before it (blind27-043).
def test_loan_borrower_genitive() -> None:
    ev = _events("وافق صندوق النقد الدولي على صرف شريحة جديدة من قرض مصر بقيمة مليار ومئتي مليون دولار", "AID")[0]
    assert _codes(ev.source) == ["IMF"] and _codes(ev.target) == ["EGY"]
    ev = _events("أعلنت السعودية تقديم قرض لباكستان بقيمة ثلاثة مليارات دولار", "AID")[0]
    assert _codes(ev.source) == ["SAU"] and _codes(ev.target) == ["PAK"]
