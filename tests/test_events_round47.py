"""Round 47: local security, crime and justice — foiled smuggling in headlines, referrals to trial, crowds kept
away, headline prison terms, state security courts, charges and statistics that are no crime event, commuted
sentences, warnings of firm measures, and migrants sent home."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «الأمن الأردني يحبط تهريب مليون حبة كبتاغون»: foiling smuggling is a seizure, not the smugglers' crime
# (blind47-003).
def test_foiled_smuggling_is_coercion() -> None:
    text = "الأمن الأردني يحبط تهريب مليون حبة كبتاغون عبر الحدود الشمالية"
    assert _types(text) == {"COERCE"}
    assert _codes(_events(text, "COERCE")[0].source) == ["JOR-COP"]
    assert "COERCE" in _types("أحبطت الجمارك الكويتية تهريب شحنة من الحبوب المخدرة في ميناء الشويخ")


# «أحالت النيابة العامة الإماراتية 84 متهما إلى محكمة …»: a referral to trial coerces the accused; the court
# they are sent to is no party (blind47-021).
def test_referral_to_trial() -> None:
    text = "أحالت النيابة العامة الإماراتية 84 متهما إلى محكمة أبوظبي الاتحادية"
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["ARE-JUD"]
    assert "ARE-JUD" not in _codes(ev.target)
    assert "COERCE" not in _types("أحال البرلمان مشروع القانون إلى اللجنة القانونية")


# «منعت قوات الدرك الأردنية مئات المتظاهرين من الوصول إلى …»: keeping a crowd away coerces it, and the
# protest stays (blind47-042).
def test_crowd_kept_away() -> None:
    text = "منعت قوات الدرك الأردنية مئات المتظاهرين من الوصول إلى محيط السفارة الإسرائيلية في عمان"
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["JOR-COP"]
    assert _codes(ev.target) == ["JOR-CVL"]
    assert "PROTEST" in _types(text)
    ev = _events("منعت الشرطة المصرية المحتجين من الاقتراب من مقر نقابة الصحفيين", "COERCE")[0]
    assert _codes(ev.source) == ["EGY-COP"]


# «السجن 15 عاما لمسؤول سابق …»: a headline prison term is a sentence passed on the «لـ» party; a penalty a law
# provides is not (blind47-047).
def test_headline_prison_term() -> None:
    ev = _events("السجن 15 عاما لمسؤول سابق في وزارة الصحة العراقية بتهمة الفساد", "COERCE")[0]
    assert _codes(ev.target) == ["IRQ-GOV"]
    assert "COERCE" not in _types("يواجه المتهم عقوبة السجن 15 عاما في حال إدانته")


# «محكمة جنايات أمن الدولة», «نيابة أمن الدولة العليا»: state security courts and prosecutors are the judiciary,
# not the police their name contains (open miss, rounds 42–45; blind47-025).
def test_state_security_court_is_judiciary() -> None:
    ev = _events("حكمت محكمة أمن الدولة الأردنية بالأشغال الشاقة عشر سنوات على ثلاثة متهمين", "COERCE")[0]
    assert _codes(ev.source) == ["JOR-JUD"]
    ev = _events("قضت محكمة جنايات أمن الدولة المصرية بالسجن المشدد على عشرة متهمين", "COERCE")[0]
    assert _codes(ev.source) == ["EGY-JUD"]


# «مكافحة تهريب المخدرات», «قضايا اتجار بالمخدرات», «حوادث السرقة»: a purpose, a charge or a statistic names a
# kind of crime, not one that happened (blind47-035, -037, -041).
def test_crime_named_not_committed() -> None:
    text = "بحث وزير الداخلية المصري مع نظيره السعودي في القاهرة تعزيز التعاون في مكافحة تهريب المخدرات"
    assert _types(text) == {"CONSULT"}
    assert _types("أظهرت إحصاءات رسمية أن حوادث السرقة في العاصمة الأردنية انخفضت خلال العام") == set()
    text = "سلمت السلطات المغربية إلى فرنسا مواطنا فرنسيا مطلوبا في قضايا اتجار بالمخدرات بموجب مذكرة توقيف دولية"
    assert _types(text) == {"COOPERATE"}


# «بعد تخفيف أحكام الإعدام الصادرة بحقهم»: a commuted sentence is no new coercion (blind47-049).
def test_commuted_sentence() -> None:
    text = "قطر تفرج عن ثمانية ضباط سابقين في البحرية الهندية بعد تخفيف أحكام الإعدام الصادرة بحقهم"
    assert _types(text) == {"CONCEDE"}


# «حذرت وزارة الداخلية الكويتية من أنها ستتخذ إجراءات صارمة بحق …»: a warning of firm measures threatens
# (blind47-038).
def test_warning_of_measures() -> None:
    text = "حذرت وزارة الداخلية الكويتية من أنها ستتخذ إجراءات صارمة بحق كل من يشارك في تجمعات غير مرخصة"
    ev = _events(text, "THREATEN")[0]
    assert _codes(ev.source) == ["KWT-COP"]


# «أعادت السلطات الليبية 150 مهاجرا نيجيريا إلى بلادهم»: sending counted migrants home is a deportation (open
# miss from blind45).
def test_migrants_sent_home() -> None:
    ev = _events("أعادت السلطات الليبية 150 مهاجرا نيجيريا إلى بلادهم", "COERCE")[0]
    assert _codes(ev.source) == ["LBY-GOV"]
    ev = _events("أعادت ألمانيا 28 لاجئا أفغانيا إلى بلادهم على متن رحلة خاصة", "COERCE")[0]
    assert _codes(ev.source) == ["DEU"]
    assert "COERCE" not in _types("أعاد الجيش فتح الطريق أمام المهاجرين العالقين")
