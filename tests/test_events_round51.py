"""Round 51 (Maghreb and Mauritania): a party's leader is the party's, not the government's, and a party that
«attacks» does so in words."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «رئيس حزب القوات اللبنانية سمير جعجع»: the title «رئيس» before a party noun heads the party (ISO3-PTY), not the
# state (open miss blind48-033; also the target is the government whose delay is criticised, not Hezbollah).
def test_party_leader_takes_party_code() -> None:
    ev = _events("انتقد رئيس حزب القوات اللبنانية سمير جعجع تأخر الحكومة في تنفيذ خطة نزع سلاح حزب الله",
                 "DISAPPROVE")[0]
    assert _codes(ev.source) == ["LBN-PTY"]
    assert _codes(ev.target) == ["LBN-GOV"]
    ev = _events("انتقد رئيس حركة النهضة راشد الغنوشي قرارات الرئيس قيس سعيد الأخيرة", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["TUN-PTY"]
    ev = _events("انتقد رئيس الحكومة المغربية عزيز أخنوش أداء المعارضة في البرلمان", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["MAR-GOV"]


# «هاجم حزب العدالة والتنمية المغربي حكومة عزيز أخنوش» (blind51-020): a party attacks in words; an armed «party»
# (Hezbollah) still attacks with weapons.
def test_party_attack_is_verbal() -> None:
    ev = _events("هاجم حزب العدالة والتنمية المغربي حكومة عزيز أخنوش بسبب غلاء أسعار المحروقات", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["MAR-PTY"]
    assert _codes(ev.target) == ["MAR-GOV"]
    types = _types("هاجم حزب القوات اللبنانية حزب الله واتهمه بجر البلاد إلى حرب جديدة")
    assert "DISAPPROVE" in types and "ASSAULT" not in types
    assert "ASSAULT" in _types("هاجم حزب الله موقعا للجيش الإسرائيلي في مزارع شبعا بالصواريخ")
