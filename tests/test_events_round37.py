"""Round 37 (after blind37, news headlines): the headlines that motivated each rule, and a contrast."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «يأمر بحبس»: the present of an order to remand is a detention like its past «أمر بحبس» (blind37-025).
def test_present_remand_order() -> None:
    ev = _events("النائب العام الليبي يأمر بحبس مسؤولين على خلفية انهيار سدي درنة", "COERCE")[0]
    assert _codes(ev.source) == ["LBY-JUD"]
    assert _codes(ev.target)[0].startswith("LBY")


# «مسلحين من داعش»: gunmen from a named group on one side of a clash stand for that group (blind37-024).
def test_clash_gunmen_from_group() -> None:
    ev = _events("اشتباكات بين قوات الأمن العراقية ومسلحين من داعش في كركوك", "FIGHT")[0]
    assert _codes(ev.source) == ["IRQ-COP"]
    assert _codes(ev.target) == ["ISIS"]
    ev = _events("اشتبك الجيش اللبناني مع مسلحين في طرابلس", "FIGHT")[0]
    assert _codes(ev.target) == ["UAF"]


# «بعد اغتيال هنية.. إيران تتوعد»: a headline's opening «بعد» clause closed by «..» recalls the background, not news
# (blind37-015).
def test_headline_after_clause_is_scene() -> None:
    assert not _events("بعد اغتيال هنية.. إيران تتوعد إسرائيل برد قاس", "ASSAULT")
    ev = _events("بعد اغتيال هنية.. إيران تتوعد إسرائيل برد قاس", "THREATEN")[0]
    assert _codes(ev.source) == ["IRN"]
    assert _codes(ev.target) == ["ISR"]
    assert _events("رداً على هجوم صاروخي.. إسرائيل تقصف أهدافاً في أصفهان", "ASSAULT")


# «فرنسا مطالبة بالاعتراف»: the subject of the passive «مطالَبة بـ» is called on; the speaker calls (blind37-032).
def test_passive_called_on() -> None:
    ev = _events("الرئيس الجزائري: فرنسا مطالبة بالاعتراف بجرائمها الاستعمارية", "DEMAND")[0]
    assert _codes(ev.source) == ["DZA-GOV"]
    assert _codes(ev.target) == ["FRA"]


# «سلطات طالبان تعتقل ناشطات»: a subject before the verb makes it active, even with an object of unmarked case
# (blind37-037).
def test_subject_first_not_passive() -> None:
    ev = _events("سلطات طالبان تعتقل ناشطات أفغانيات في كابول", "COERCE")[0]
    assert _codes(ev.source) == ["TALIBAN"]
    assert _codes(ev.target) == ["AFG-CVL"]
    ev = _events("الشرطة المصرية تعتقل صحفيات في القاهرة", "COERCE")[0]
    assert _codes(ev.source) == ["EGY-COP"]


# «لن نسمح بتوسع حلف الناتو»: «لن نقبل/لن نسمح بـ» refuses; the first person is the headline's speaker
# (blind37-010); not a permission withheld, nor a pledge against attacks (blind5-025).
def test_wont_accept_refusal() -> None:
    ev = _events("بوتين: لن نسمح بتوسع حلف الناتو شرقا", "REJECT")[0]
    assert _codes(ev.source) == ["RUS-GOV"]
    assert _codes(ev.target) == ["NATO"]
    ev = _events("قال الرئيس التركي إن بلاده لن تقبل بإقامة كيان إرهابي على حدودها الجنوبية", "REJECT")[0]
    assert _codes(ev.source)[0].startswith("TUR")
    assert not _events("قالت الشرطة إنها لن تسمح للمتظاهرين بدخول الساحة", "REJECT")
    assert not _events("قالت الحكومة اللبنانية إنها لن تسمح بأي هجمات من أراضيها على إسرائيل.", "REJECT")


# «اتفاق بين الحكومة السودانية والحركات المسلحة»: a verbless headline's «اتفاق بين X وY» (blind37-009).
def test_headline_agreement_between() -> None:
    ev = _events("اتفاق بين الحكومة السودانية والحركات المسلحة في جوبا لإنهاء النزاع", "AGREE")[0]
    assert _codes(ev.source) == ["SDN-GOV"]
    assert _codes(ev.target) == ["SDN-REB"]
    assert not _events("اتفاق بين النادي الأهلي واللاعب على تجديد العقد", "AGREE")


# «ضد الحرب على غزة»: a protest against a war named by its theatre is against the state waging it (blind37-013).
def test_protest_war_theater() -> None:
    ev = _events("مظاهرات حاشدة في لندن ضد الحرب على غزة (صور)", "PROTEST")[0]
    assert _codes(ev.source) == ["GBR-CVL"]
    assert _codes(ev.target) == ["ISR"]
    ev = _events("احتجاجات في برلين ضد الحرب على أوكرانيا", "PROTEST")[0]
    assert _codes(ev.target) == ["RUS"]
