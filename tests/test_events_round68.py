"""Round 68: known misses — a claim verb whose object is the attack, wounds that make an attack physical, the reason
for a sanction, and a parliament dissolved by decree."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types


# «تبنت جماعة الحوثي الهجوم بعشر طائرات مسيرة …»: the group claiming the attack as the main verb did it
# (blind67-020); a body adopting a resolution about an attack is no claimer.
def test_leading_claim_verb_names_the_attacker() -> None:
    ev = _events("تبنت حركة الشباب الصومالية الهجوم بسيارة مفخخة على فندق في العاصمة مقديشو", "ASSAULT")
    assert ev and _codes(ev[0].source) == ["SHABAAB"]
    ev = _events("تبنى تنظيم الدولة الإسلامية التفجير الانتحاري الذي استهدف مسجدا للشيعة في مدينة القطيف", "ASSAULT")
    assert ev and _codes(ev[0].source) == ["ISIS"]
    assert "ASSAULT" not in event_types("تبنى مجلس الأمن الدولي قرارا يدين الهجوم على قوات حفظ السلام في مالي")


# «أُصيب صحفيون جراء قصف إسرائيلي استهدف خيمة للإعلاميين»: the wounded make the strike physical; the media word is
# whose tent was hit, not a war of words (blind65-005). Without wounds a verbal attack stays no ASSAULT.
def test_wounds_make_attack_physical() -> None:
    ev = _events("أصيب ثلاثة صحفيين بجروح جراء قصف إسرائيلي استهدف خيمة للإعلاميين قرب مستشفى ناصر في خان يونس",
                 "ASSAULT")
    assert ev and _codes(ev[0].source) == ["ISR-MIL"]
    ev = _events("قتل مصوران جراء غارة إسرائيلية استهدفت سيارة للإعلاميين في بلدة الخيام جنوب لبنان", "ASSAULT")
    assert ev and _codes(ev[0].source) == ["ISR-MIL"]
    assert "ASSAULT" not in event_types("هاجم الإعلاميون وزير الإعلام بسبب قرار إغلاق القناة")


# «بسبب دورهم في قمع الاحتجاجات»: why a sanction was imposed is background, no COERCE or PROTEST (blind65-042).
def test_reason_for_sanction_is_background() -> None:
    assert event_types("فرضت وزارة الخزانة الأمريكية عقوبات على خمسة قادة في الشرطة الإيرانية بسبب دورهم في "
                       "قمع المتظاهرين") == {"SANCTION"}
    assert event_types("أعلن الاتحاد الأوروبي فرض عقوبات على مسؤولين في بيلاروسيا بسبب مشاركتهم في تزوير "
                       "الانتخابات وقمع الاحتجاجات") == {"SANCTION"}
    # a crackdown told as news keeps its event
    assert "COERCE" in event_types("قمعت قوات الأمن الإيرانية احتجاجات في مدينة زاهدان واعتقلت العشرات")


# «أصدر أمير الكويت مرسوما بحل مجلس الأمة والدعوة إلى انتخابات»: dissolving a parliament is COERCE on it
# (blind36-025, blind67-039); convening elections with it is no DEMAND, an opposition's call for them is.
def test_dissolved_parliament_is_coerce() -> None:
    ev = _events("قرر العاهل الأردني حل مجلس النواب والدعوة إلى انتخابات نيابية مبكرة")
    assert [e.type for e in ev] == ["COERCE"] and _codes(ev[0].source) == ["JOR-GOV"]
    assert _codes(ev[0].target) == ["JOR-LEG"]
    ev = _events("أعلن الرئيس التونسي قيس سعيد حل البرلمان بعد أشهر من تعليق أعماله", "COERCE")
    assert ev and _codes(ev[0].target) == ["TUN-LEG"]
    assert "DEMAND" in event_types("جددت المعارضة الكويتية الدعوة إلى انتخابات مبكرة لإنهاء الأزمة السياسية")
