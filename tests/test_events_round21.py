"""Round 21 (target coding after blind20): a gunman «من حركة الشباب» stands for the group, and bare title
nouns in construct («رئيس إقليم كردستان», «رئيس حكومة إقليم كردستان») keep the region they head."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «قتل الجيش الصومالي 15 مسلحاً من حركة الشباب»: the unidentified gunmen stand for their named group (blind20-037).
def test_gunmen_of_a_group() -> None:
    ev = _events("قتل الجيش الصومالي 15 مسلحا من حركة الشباب في عملية عسكرية بإقليم شبيلي السفلى", "ASSAULT")[0]
    assert _codes(ev.source) == ["SOM-MIL"], ev.source
    assert _codes(ev.target) == ["SHABAAB"], ev.target
    ev = _events("قتلت القوات النيجيرية عشرين مسلحا من جماعة بوكو حرام في ولاية بورنو", "ASSAULT")[0]
    assert _codes(ev.target) == ["BOKO"], ev.target
    ev = _events("اعتقلت القوات العراقية خمسة مسلحين من تنظيم داعش في الأنبار", "COERCE")[0]
    assert _codes(ev.target) == ["ISIS"], ev.target


# «رئيس إقليم كردستان»: the region completes the bare title, the phrase is Iraqi (blind20-049), not the
# other country of the sentence.
def test_title_in_construct_with_region() -> None:
    ev = _events("ناقش الرئيس التركي رجب طيب أردوغان مع رئيس إقليم كردستان نيجيرفان بارزاني في أنقرة "
                 "التطورات الإقليمية", "CONSULT")[0]
    assert _codes(ev.source) == ["TUR-GOV"], ev.source
    assert _codes(ev.target) == ["IRQ-GOV"], ev.target
    ev = _events("استقبل الرئيس الفرنسي في باريس رئيس إقليم كردستان", "CONSULT")[0]
    assert _codes(ev.source) == ["IRQ-GOV"], ev.source
    assert _codes(ev.target) == ["FRA-GOV"], ev.target
    ev = _events("انتقد رئيس إقليم كردستان القصف التركي", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"], ev.source
    # a titled phrase already complete still leaves a capital after it as the object
    ev = _events("يزور وزير الخارجية الأردني دمشق لبحث العلاقات الثنائية", "CONSULT")[0]
    assert _codes(ev.source) == ["JOR-GOV"], ev.source
    assert _codes(ev.target) == ["SYR"], ev.target
