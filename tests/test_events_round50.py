"""Round 50: everyday diplomacy of the Gulf, Egypt, Jordan and the Maghreb — ambassadors' credentials presented
and received, invitations to visit, «وكان في استقبال» greetings, «لم يتلق أي طلب» denials, efforts to reach a
ceasefire, and medical shipments received from a donor."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «قدم سفير المملكة العربية السعودية الجديد أوراق اعتماده إلى الرئيس الجزائري»: the envoy's state consults the
# host (blind50-012).
def test_credentials_presented() -> None:
    text = "قدم سفير المملكة العربية السعودية الجديد أوراق اعتماده إلى الرئيس الجزائري عبد المجيد تبون في قصر المرادية"
    ev = _events(text, "CONSULT")[0]
    assert _codes(ev.source)[0].startswith("SAU")
    assert _codes(ev.target) == ["DZA-GOV"]
    ev = _events("قدم سفير سلطنة عمان أوراق اعتماده إلى ملك البحرين", "CONSULT")[0]
    assert _codes(ev.source)[0].startswith("OMN")
    assert _codes(ev.target) == ["BHR-GOV"]


# «تسلم العاهل المغربي أوراق اعتماد عدد من السفراء»: the receiver is the host; the named envoy's state, after the
# form, is the guest (blind50-013).
def test_credentials_received() -> None:
    ev = _events("تسلم العاهل المغربي الملك محمد السادس أوراق اعتماد عدد من السفراء الأجانب المعتمدين لدى المملكة",
                 "CONSULT")[0]
    assert _codes(ev.target) == ["MAR-GOV"]
    ev = _events("تسلم أمير قطر أوراق اعتماد سفير مصر الجديد لدى الدوحة", "CONSULT")[0]
    assert _codes(ev.source)[0].startswith("EGY")
    assert _codes(ev.target) == ["QAT-GOV"]


# «وجه العاهل الأردني دعوة إلى الرئيس الموريتاني لزيارة المملكة»: an invitation to visit is a message, not a demand;
# «دعوة إلى إسرائيل للسماح بدخول المساعدات» stays one (blind50-018, blind50-019).
def test_invitation_to_visit() -> None:
    text = "وجه العاهل الأردني الملك عبد الله الثاني دعوة إلى الرئيس الموريتاني لزيارة المملكة"
    assert _types(text) == {"CONSULT"}
    ev = _events(text, "CONSULT")[0]
    assert _codes(ev.source)[0].startswith("JOR")
    assert _codes(ev.target) == ["MRT-GOV"]
    text = "تلقى الرئيس التونسي دعوة من نظيره الجزائري للمشاركة في احتفالات الذكرى السبعين لاندلاع الثورة"
    ev = _events(text, "CONSULT")[0]
    assert _codes(ev.source) == ["DZA-GOV"]
    assert _codes(ev.target) == ["TUN-GOV"]
    assert _types("وجه الاتحاد الأوروبي دعوة إلى إسرائيل للسماح بدخول المساعدات إلى غزة دون عوائق") == {"DEMAND"}


# «وكان في استقبال الرئيس الموريتاني لدى وصوله … الرئيس الجزائري»: the one received is the guest, the greeter
# after him the host (blind50-027).
def test_greeted_on_arrival() -> None:
    text = ("وكان في استقبال الرئيس الموريتاني لدى وصوله إلى مطار هواري بومدين الدولي الرئيس الجزائري "
            "عبد المجيد تبون")
    ev = _events(text, "CONSULT")[0]
    assert _codes(ev.source) == ["MRT-GOV"]
    assert _codes(ev.target) == ["DZA-GOV"]
    ev = _events("وكان في مقدمة مستقبلي ولي العهد السعودي في مطار القاهرة الرئيس المصري عبد الفتاح السيسي",
                 "CONSULT")[0]
    assert _codes(ev.source) == ["SAU-GOV"]
    assert _codes(ev.target)[0].startswith("EGY")


# «لم يتلق الأردن أي طلب رسمي»: a verb form after «أي» is a noun, which a negation further back denies
# (blind50-024).
def test_no_request_received() -> None:
    assert not _types("لم يتلق الأردن أي طلب رسمي من الجانب السوري بشأن فتح معبر حدودي جديد")
    assert not _types("لم تتلق الحكومة العراقية أي طلب أمريكي لسحب القوات")
    assert _types("طلب العراق من تركيا وقف عملياتها العسكرية في الشمال") == {"DEMAND"}


# «بحث الزعيمان جهود التوصل إلى وقف لإطلاق النار»: what efforts are made to reach has not been reached
# (blind50-030).
def test_efforts_to_reach_ceasefire() -> None:
    text = ("بحث الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي في اتصال هاتفي جهود التوصل إلى وقف "
            "لإطلاق النار في غزة")
    assert _types(text) == {"CONSULT"}
    assert not _types("ناقش الوزيران الجهود المبذولة للتوصل إلى هدنة في السودان") & {"AGREE"}
    assert "AGREE" in _types("أعلنت قطر التوصل إلى اتفاق لوقف إطلاق النار في غزة")


# «تسلمت وزارة الصحة التونسية شحنة من اللقاحات مقدمة من السعودية»: a medical shipment is aid from its donor to its
# receiver (blind50-033).
def test_medical_shipment() -> None:
    ev = _events("تسلمت وزارة الصحة التونسية شحنة من اللقاحات مقدمة من المملكة العربية السعودية", "AID")[0]
    assert _codes(ev.source) == ["SAU"]
    assert _codes(ev.target)[0].startswith("TUN")
    ev = _events("تسلم الأردن 500 ألف جرعة من لقاح فايزر مقدمة من الولايات المتحدة", "AID")[0]
    assert _codes(ev.source) == ["USA"]
    assert _codes(ev.target) == ["JOR"]
