"""Round 31 (after blind31): the blind31 sentences that motivated each rule, and a contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «قائد المنطقة الشرقية في الجيش اللبناني»: a compass-point region named by a common noun is Saudi Arabia's
# Eastern Province only when the sentence is Saudi (blind31-001); a region commander belongs to the army after «في».
def test_generic_region_not_saudi() -> None:
    ev = _events("استقبل قائد المنطقة الشرقية في الجيش اللبناني وفدا من قيادة قوات اليونيفيل في مقر القيادة",
                 "CONSULT")[0]
    assert _codes(ev.target) == ["LBN-MIL"]
    ev = _events("التقى قائد المنطقة الغربية في الجيش الليبي بالسفير الإيطالي في طرابلس", "CONSULT")[0]
    assert _codes(ev.source) == ["LBY-MIL"]


# The Saudi reading stays with the province's governor or another Saudi place in the sentence.
def test_saudi_eastern_province_kept() -> None:
    ev = _events("استقبل أمير المنطقة الشرقية السفير البريطاني لدى المملكة في الدمام", "CONSULT")[0]
    assert _codes(ev.target)[0].startswith("SAU")


# «قاد وزير الخارجية العماني وساطة بين واشنطن وطهران»: a mediation is talks with both sides (blind31-013).
def test_mediation_between() -> None:
    ev = _events("قاد وزير الخارجية العماني وساطة بين واشنطن وطهران في مسقط", "CONSULT")[0]
    assert _codes(ev.source) == ["OMN-GOV"]
    assert set(_codes(ev.target)) == {"USA", "IRN"}
    ev = _events("توسطت قطر بين الحكومة السودانية وقوات الدعم السريع", "CONSULT")[0]
    assert set(_codes(ev.target)) == {"SDN-GOV", "RSF"}


# «انتقد رئيس البرلمان العراقي»: the head of a named parliament speaks for the legislature, not the government
# (blind31-017); a minister stays the government's.
def test_speaker_of_parliament_is_legislative() -> None:
    ev = _events("انتقد رئيس البرلمان العراقي أداء الحكومة في ملف الكهرباء", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRQ-LEG"]
    ev = _events("انتقد وزير الخارجية العراقي أداء البعثة", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"]


# «رفضت إيران بيان مجلس التعاون الخليجي»: a bare statement noun right after the subject is what is rejected,
# its author the target (blind31-031), not a cited source; «قالت الوزارة في بيان» still cites.
def test_statement_as_object() -> None:
    ev = _events("رفضت إيران بيان مجلس التعاون الخليجي بشأن الجزر الثلاث", "REJECT")[0]
    assert _codes(ev.target) == ["GCC"]
    ev = _events("أدانت إيران بيان الاتحاد الأوروبي بشأن حقوق الإنسان", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["EU"]


# «نفذ الجيش الجزائري مناورات عسكرية»: carrying out drills is a show of force like «أجرى» (blind31-006);
# joint drills stay cooperation.
def test_drills_carried_out() -> None:
    ev = _events("نفذ الجيش الجزائري مناورات عسكرية في المنطقة العسكرية الرابعة قرب الحدود الليبية", "MOBILIZE")[0]
    assert _codes(ev.source) == ["DZA-MIL"]
    ev = _events("نفذت القوات البحرية الإيرانية مناورات عسكرية في مضيق هرمز", "MOBILIZE")[0]
    assert _codes(ev.source) == ["IRN-MIL"]


# «جدد مجلس التعاون الخليجي تأكيده على سيادة الإمارات»: affirming a state's sovereignty backs that state
# (blind31-030); the state named after «سيادة» is the target.
def test_affirming_sovereignty_supports() -> None:
    ev = _events("جدد مجلس التعاون الخليجي تأكيده على سيادة الإمارات على الجزر الثلاث", "SUPPORT")[0]
    assert _codes(ev.source) == ["GCC"]
    assert _codes(ev.target) == ["ARE"]
    ev = _events("أكد وزير الخارجية المصري على سيادة السودان ووحدة أراضيه", "SUPPORT")[0]
    assert _codes(ev.target) == ["SDN"]
