"""Round 19 (blind set «blind19», 2003–2010 newswire: the Iraq war, Lebanon 2006, Gaza 2008–09, Darfur,
Somalia; events in subordinate clauses, nominal events, joined actors, negation, background): an event a span
is counted from («منذ اغتيال …») is history, condolences «في ضحايا الغارات» name a loss, «دان» condemns,
«اجتاحت القوات» invades (not floods or locusts), a nisba joined by «و» after a national body shares its noun,
and a visit under «لن» is a trip not made rather than a refusal."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «منذ اغتيال الحريري», «منذ اندلاع الحرب»: what a span is counted from is background, not news.
def test_since_an_event_is_background() -> None:
    assert _types("لم يلتق الرئيس السوري بشار الأسد أي مسؤول أمريكي رفيع منذ اغتيال رئيس الوزراء اللبناني "
                  "الأسبق رفيق الحريري") == set()
    assert _types("نزح مليونا شخص من قراهم منذ اندلاع القتال بين الجيش والمتمردين في دارفور") == set()
    assert "ASSAULT" in _types("أدى اغتيال رئيس الوزراء اللبناني الأسبق رفيق الحريري إلى انسحاب سوريا من لبنان")


# «برقية تعزية … في ضحايا الغارات»: a bare «ضحايا» names a mourned loss as «بضحايا» does.
def test_condolences_for_victims_without_clitic() -> None:
    assert _types("بعث العاهل السعودي برقية تعزية إلى الرئيس اللبناني إميل لحود في ضحايا الغارات") == {"CONSULT"}
    assert "ASSAULT" in _types("ارتفع عدد ضحايا الغارات الإسرائيلية على جنوب لبنان إلى 40 قتيلا")


# «دان مجلس الأمن تفجير …»: the short form of «أدان» condemns; the condemned bombing is no new event.
def test_short_condemn() -> None:
    ev = _events("دان مجلس الأمن الدولي تفجير مقر الأمم المتحدة في بغداد", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["UN"], ev.source
    assert "ASSAULT" not in _types("دان مجلس الأمن الدولي تفجير مقر الأمم المتحدة في بغداد")


# «اجتاحت القوات الأمريكية والبريطانية العراق»: an invasion; «اجتاحت السيول» is weather.
def test_invasion_and_joined_nisbas() -> None:
    ev = _events("اجتاحت القوات الأمريكية والبريطانية الأراضي العراقية في آذار 2003", "ASSAULT")[0]
    assert sorted(_codes(ev.source)) == ["GBR-MIL", "USA-MIL"], ev.source
    assert _types("اجتاحت السيول عددا من القرى في محافظة حضرموت") == set()
    assert _types("اجتاحت أسراب الجراد آلاف الهكتارات في جنوب المغرب") == set()
    ev = _events("اعتقلت القوات العراقية والأمريكية عشرة مسلحين في الموصل", "COERCE")[0]
    assert sorted(_codes(ev.source)) == ["IRQ-MIL", "USA-MIL"], ev.source


# «لن يزور بوش العراق»: a trip not made is denied, not a refusal (unlike «لن تتفاوض»).
def test_visit_under_lan_is_no_refusal() -> None:
    assert _types("لن يزور الرئيس الأمريكي جورج بوش العراق خلال جولته في المنطقة الشهر المقبل") == set()
    assert _types("قال الرئيس السوداني إن الحكومة لن تتفاوض مع المتمردين") == {"REJECT"}
