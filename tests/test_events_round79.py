"""Round 79: known misses of recent rounds — refusing to comment, gunmen «يعتقد أنهم من» a group before the
object of «قتل», and drones «قادمة من» a country read as planned."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types

from marsad.analyze.events.context import _coming_free
from marsad.analyze.events.morph import words


# «رفضت الوزارة التعليق على …»: declining to comment is no event (PLOVER codes no statements); refusing a
# proposal still is a REJECT.
def test_refusing_to_comment_is_no_event() -> None:
    assert "REJECT" not in _types("رفضت وزارة الخارجية الروسية التعليق على التقارير التي تحدثت عن نقل أسلحة "
                                  "إلى إيران")
    assert "REJECT" not in _types("رفض المتحدث باسم الجيش الإسرائيلي التعليق على الغارة التي استهدفت مطار دمشق")
    assert "REJECT" not in _types("رفضت الشرطة الفرنسية الكشف عن هوية منفذ الهجوم")
    assert "REJECT" in _types("رفضت الحكومة المصرية مقترحا أمريكيا بتهجير سكان غزة إلى سيناء")


# «قتل مسلحون يعتقد أنهم من تنظيم الدولة ثلاثة مدنيين»: an active verb, the gunmen (their suspected group) the
# doers and the object after the aside the victims; «قتل ثلاثة مسلحين» alone stays their death.
def test_suspected_gunmen_kill() -> None:
    ev = _events("قتل مسلحون يعتقد أنهم من حركة الشباب خمسة جنود صوماليين في هجوم على قاعدة عسكرية",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["SHABAAB"]
    assert _codes(ev.target) == ["SOM-MIL"]
    ev = _events("قتل مسلحون يعتقد أنهم من تنظيم داعش سبعة مدنيين في قرية شمال شرق نيجيريا", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert _codes(ev.target) == ["NGA-CVL"]


# «طائرات مسيرة قادمة من الأراضي السورية»: an indefinite «قادمة من» says where they came from, not that the
# interception is planned; «الأسبوع القادم» still plans.
def test_coming_from_is_not_planned() -> None:
    ev = _events("اعترضت الدفاعات الجوية الأردنية طائرات مسيرة قادمة من الأراضي السورية", "ASSAULT")[0]
    assert ev.modality == "asserted"
    assert _codes(ev.target) == ["JOR-MIL"]
    ev = _events("أسقط الجيش الأردني طائرة مسيرة قادمة من سوريا تحمل مخدرات", "ASSAULT")[0]
    assert ev.modality == "asserted"
    # the article form still dates a future event: the cue survives the filter
    ws = words("تصل الطائرات الأسبوع القادم من قبرص")
    assert ("القادم",) in _coming_free(ws, [("القادم",)], 0, len(ws))
