"""Round 69: the Arab Spring and its aftermath — a ruler stepping down («تنحى»), a resignation handed in
(«سلم استقالته»), envoys recalled in the genitive («سحب سفرائها»), a body suspending a member's participation,
designating a group a terrorist one, dispersing a sit-in («فضت … اعتصام»), rebels making arrests, signing a
plan or roadmap, and the words that only name a case («في قضية قتل المتظاهرين») or an oath («حتى آخر رصاصة»)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «تنحى الرئيس المصري عن منصبه»: a ruler stepping down concedes, like a resignation; a demand that he step
# down, or his refusal, is not his concession (blind69-002).
def test_step_down() -> None:
    ev = _events("تنحى الرئيس المصري حسني مبارك عن منصبه وكلف المجلس العسكري بإدارة شؤون البلاد", "CONCEDE")[0]
    assert _codes(ev.source) == ["EGY-GOV"]
    assert _events("أعلن الرئيس التونسي تنحيه عن السلطة بعد أسابيع من الاحتجاجات", "CONCEDE")
    assert "CONCEDE" not in _types("رفض الرئيس اليمني التنحي عن السلطة رغم اتساع الاحتجاجات")


# «سلم رئيس الحكومة استقالة حكومته إلى الرئيس»: handing in a resignation is stating it (blind69-020).
def test_resignation_handed_in() -> None:
    ev = _events("سلم رئيس الحكومة التونسية علي العريض استقالة حكومته إلى الرئيس المنصف المرزوقي", "CONCEDE")[0]
    assert _codes(ev.source) == ["TUN-GOV"]
    assert not _types("سلمت القوات الأمريكية قاعدة عين الأسد إلى الجيش العراقي")


# «أعلنت دول مجلس التعاون سحب سفرائها من دمشق»: the genitive plural «سفرائها» is a recall, not a troop
# withdrawal (blind69-048).
def test_envoys_recalled_genitive() -> None:
    types = _types("أعلنت دول مجلس التعاون الخليجي سحب سفرائها من دمشق احتجاجا على قمع الاحتجاجات")
    assert "DISAPPROVE" in types and "RETREAT" not in types


# «تعليق مشاركة وفود الحكومة السورية في اجتماعات الجامعة»: a body barring a member's delegations suspends it
# (blind69-008).
def test_participation_suspended() -> None:
    ev = _events("أعلنت جامعة الدول العربية تعليق مشاركة وفود الحكومة السورية في اجتماعات مجلس الجامعة",
                 "SANCTION")[0]
    assert _codes(ev.source) == ["ARL"] and _codes(ev.target) == ["SYR-GOV"]
    ev = _events("علقت جامعة الدول العربية مشاركة سوريا في اجتماعاتها", "SANCTION")[0]
    assert _codes(ev.target) == ["SYR"]
    assert "SANCTION" not in _types("قرر الاتحاد الأفريقي رفع تعليق مشاركة مالي في أنشطته")


# «صنفت السعودية جماعة الإخوان منظمة إرهابية»: designating a group a terrorist one sanctions it; a call to do
# so does not (blind69-013).
def test_terror_designation() -> None:
    ev = _events("صنفت السعودية جماعة الإخوان المسلمين منظمة إرهابية", "SANCTION")[0]
    assert _codes(ev.source) == ["SAU"] and _codes(ev.target) == ["MB"]
    assert "SANCTION" not in _types("أعلنت الشرطة القبض على عناصر جماعة إرهابية في سيناء")


# «فضت قوات الأمن … اعتصام المحتجين»: dispersing a sit-in is crowd control; protesters ending their own sit-in
# is not (blind69-010).
def test_sit_in_dispersed() -> None:
    ev = _events("فضت قوات الأمن البحرينية بالقوة اعتصام المحتجين في دوار اللؤلؤة بالمنامة", "COERCE")[0]
    assert _codes(ev.source) == ["BHR-COP"]
    assert "COERCE" not in _types("فض المحتجون اعتصامهم أمام البرلمان بعد تلبية مطالبهم")


# «اعتقل مقاتلون من الزنتان …», «اعتقل الثوار …»: fighters and rebels make arrests too (blind69-021).
def test_rebels_arrest() -> None:
    ev = _events("اعتقل الثوار الليبيون وزير الخارجية السابق في طرابلس", "COERCE")[0]
    assert _codes(ev.source) == ["LBY-REB"]
    assert _events("اعتقل مقاتلون من الزنتان نجل الزعيم الليبي في جنوب البلاد", "COERCE")


# «وقع الرئيس اليمني … على المبادرة الخليجية», «وقعت الأطراف على خارطة الطريق»: a plan or roadmap is signed
# like an agreement (blind69-007).
def test_sign_initiative() -> None:
    ev = _events("وقع الرئيس اليمني علي عبد الله صالح في الرياض على المبادرة الخليجية", "AGREE")[0]
    assert _codes(ev.source) == ["YEM-GOV"]
    assert _events("وقعت الأطراف السودانية على خارطة الطريق الأفريقية", "AGREE")
    assert not _types("وقع انفجار قرب مقر المبادرة الوطنية")


# «في قضية قتل المتظاهرين»: a case's name reports no protest; the sentence does (blind69-003).
def test_case_name() -> None:
    types = _types("قضت محكمة جنايات القاهرة بالسجن المؤبد على الرئيس السابق ووزير داخليته في قضية قتل المتظاهرين")
    assert "COERCE" in types and "PROTEST" not in types


# «سيقاتل حتى آخر رصاصة»: the last bullet is an oath, not a shooting (blind69-034).
def test_last_bullet() -> None:
    types = _types("هدد سيف الإسلام القذافي بأن النظام سيقاتل حتى آخر رجل وآخر رصاصة")
    assert "THREATEN" in types and "ASSAULT" not in types
    assert "ASSAULT" in _types("أصيب شاب برصاصة في الرأس خلال مواجهات في نابلس")
