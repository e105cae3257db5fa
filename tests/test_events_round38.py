"""Round 38 (after blind38, a representative mix): the sentences that motivated each rule, and a contrast."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «انسحبت … من منظمة الصحة العالمية»: a state leaving an international body rejects it; no troops move
# (blind38-039, blind27-055); a force leaving a base still retreats.
def test_leaving_international_body_is_reject() -> None:
    ev = _events("أعلنت مالي وبوركينا فاسو والنيجر انسحابها من المحكمة الجنائية الدولية", "REJECT")[0]
    assert _codes(ev.target) == ["ICC"]
    assert all(c and not c.endswith("-MIL") for c in _codes(ev.source))
    ev = _events("أعلنت بوركينا فاسو انسحابها من إيكواس", "REJECT")[0]
    assert _codes(ev.source) == ["BFA"]
    assert _codes(ev.target) == ["ECOWAS"]
    assert not _events("انسحبت الولايات المتحدة رسميا من منظمة الصحة العالمية", "RETREAT")
    assert _events("انسحبت القوات الأمريكية من قاعدة عين الأسد", "RETREAT")


# «الجزائر تستدعي سفيرها لدى مدريد للتشاور»: the present of recalling one's envoy, with the host as target
# (blind38-009), like its past «استدعت الجزائر سفيرها لدى باريس».
def test_present_recall_envoy() -> None:
    ev = _events("الجزائر تستدعي سفيرها لدى مدريد للتشاور", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["DZA"]
    assert _codes(ev.target) == ["ESP"]


# «قصفت قوات النظام السوري بالبراميل المتفجرة أحياء في مدينة حلب»: a state force shelling homes in its own
# country hits its own people (blind38-042); positions of the opposition stay the opposition.
def test_own_forces_shell_homes() -> None:
    ev = _events("قصفت قوات النظام السوري بالبراميل المتفجرة أحياء في مدينة حلب", "ASSAULT")[0]
    assert _codes(ev.source) == ["SYR-MIL"]
    assert _codes(ev.target) == ["SYR-CVL"]
    ev = _events("قصف الجيش السوري مواقع للمعارضة في إدلب", "ASSAULT")[0]
    assert _codes(ev.target) == ["SYR-OPP"]
