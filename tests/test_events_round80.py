"""Round 80: known misses of recent rounds — «وتحمل X مسؤولية» after a denial, an attack named as the cause of
an economic figure, and the wrong a strike answers («ردا على ذبح …») read as its target."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «تنفي … وتحمل إسرائيل مسؤولية …»: the present «تحمّل X مسؤولية» blames X like «حمّلت»; with nothing between
# verb and «مسؤولية» («تحمل الدولة مسؤولية حماية …») someone bears a duty and no one is blamed.
def test_present_blame_after_denial() -> None:
    ev = _events("قطر تنفي استضافة قادة حماس وتحمل إسرائيل مسؤولية فشل المفاوضات", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["QAT"]
    assert _codes(ev.target) == ["ISR"]
    ev = _events("تحمل الحكومة العراقية تنظيم داعش مسؤولية التفجير الذي استهدف سوقا شعبيا", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["ISIS"]
    assert "DISAPPROVE" not in _types("قال الوزير إن الدولة تحمل مسؤولية حماية المدنيين في مناطق النزاع")


# «تراجعت إيرادات القناة بسبب هجمات الحوثيين»: the attacks explain the figure, no event of their own; told as
# the act with its economic result after it, the attack stays.
def test_attack_as_cause_of_economic_figure() -> None:
    assert "ASSAULT" not in _types("أعلنت هيئة قناة السويس أن عائدات القناة انخفضت إلى النصف بسبب هجمات "
                                   "الحوثيين على السفن التجارية")
    assert "ASSAULT" not in _types("قالت شركة الشحن إن أرباحها انخفضت بشكل حاد جراء الهجمات على السفن في "
                                   "البحر الأحمر")
    assert "ASSAULT" in _types("شن الحوثيون هجمات على سفن تجارية في البحر الأحمر مما أدى إلى تراجع إيرادات "
                               "قناة السويس")
    assert "ASSAULT" in _types("قتل خمسة عمال في أحد المصانع بمدينة خاركيف جراء قصف روسي")


# «غارات على مواقع لتنظيم داعش ردا على ذبح 21 مصريا»: the killing the strike answers is background; its
# victims are not whom the strike hit.
def test_reason_phrase_victims_not_target() -> None:
    ev = _events("قصفت المقاتلات الأردنية مواقع لتنظيم داعش في سوريا ردا على قتل 3 أردنيين", "ASSAULT")[0]
    assert _codes(ev.target) == ["ISIS"]
    ev = _events("قصفت طائرات تركية مواقع لحزب العمال الكردستاني في شمال العراق ردا على مقتل جنود أتراك",
                 "ASSAULT")[0]
    assert _codes(ev.target) == ["PKK"]
