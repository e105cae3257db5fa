"""Round 57: the Yemen war and the Gulf 2015-2023 — terrorist designations and their cancellation, a definite
country name before a named group, no comment on reports about talks, and supervision that names no party."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «صنفت الولايات المتحدة جماعة الحوثي منظمة إرهابية»: a terrorist designation is a sanction (blind57-046).
def test_terrorist_designation() -> None:
    ev = _events("صنفت الحكومة البريطانية حركة حماس منظمة إرهابية وحظرت أنشطتها", "SANCTION")[0]
    assert _codes(ev.source)[0].startswith("GBR")
    assert _codes(ev.target) == ["HAMAS"]
    assert "SANCTION" not in _types("صنفت مجلة فوربس الشركة ضمن أكبر الشركات العربية")


# «ألغت إدارة بايدن تصنيف الحوثيين منظمة إرهابية»: cancelling a designation concedes (blind57-047).
def test_designation_cancelled() -> None:
    ev = _events("ألغت الحكومة الأمريكية تصنيف جماعة الحوثي منظمة إرهابية أجنبية", "CONCEDE")[0]
    assert _codes(ev.source)[0].startswith("USA")
    assert _codes(ev.target) == ["HOUTHI"]
    assert "SANCTION" not in _types("ألغت الحكومة الأمريكية تصنيف جماعة الحوثي منظمة إرهابية أجنبية")


# «الولايات المتحدة جماعة الحوثي»: a definite country name is no construct head of the group after it (blind57-046).
def test_definite_country_then_group() -> None:
    ev = _events("انتقدت الإمارات العربية المتحدة جماعة الحوثي لرفضها تمديد الهدنة", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["ARE"]
    assert _codes(ev.target) == ["HOUTHI"]


# «لا تعليق رسمي من الرياض على التقارير عن محادثات سرية»: talks told of by reports nobody confirms (blind57-019).
def test_no_comment_on_reports_about() -> None:
    assert not _types("لا تعليق رسمي من القاهرة على الأنباء حول اجتماع سري مع مسؤولين إسرائيليين")
    assert "CONSULT" in _types("التقى وزير الخارجية السعودي نظيره الإيراني في بكين")


# «بإشراف الصليب الأحمر»: the body that supervises a release is no party to it (blind57-027).
def test_supervisor_is_no_target() -> None:
    ev = _events("أفرجت جماعة الحوثي عن عشرات الأسرى من القوات الحكومية بإشراف اللجنة الدولية للصليب الأحمر",
                 "CONCEDE")[0]
    assert _codes(ev.source) == ["HOUTHI"]
    assert "ICRC" not in _codes(ev.target)
