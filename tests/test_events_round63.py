"""Round 63: Turkey, the Kurds and the PKK as Arab outlets reported them — a capital that threatens, a state
purging its servants, a condition and an obligation laid on another party, a call whose «إلى» complement comes
after a long aside, two rival parties of one country, «الهجوم المسلح» and factions handing over their weapons."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أنقرة تتوعد بالرد», «هددت موسكو بالرد»: a bare capital is the actor a statement needs (blind63-024).
def test_capital_threatens() -> None:
    ev = _events("أنقرة تتوعد بالرد على أي هجوم يستهدف قواتها في إدلب", "THREATEN")[0]
    assert _codes(ev.source)[0].startswith("TUR")
    ev = _events("هددت موسكو بالرد على قرار طرد دبلوماسييها من لندن", "THREATEN")[0]
    assert _codes(ev.source)[0].startswith("RUS")
    assert _types("انفجار سيارة مفخخة في بغداد") == {"ASSAULT"}


# «فصلت الحكومة آلاف الموظفين», «عزلت الداخلية رؤساء بلديات»: a purge is coercion (blind63-012, blind63-034).
def test_purge_dismissal() -> None:
    ev = _events("فصلت الحكومة التركية أكثر من خمسين ألف موظف بموجب مراسيم الطوارئ", "COERCE")[0]
    assert _codes(ev.source)[0].startswith("TUR")
    ev = _events("عزلت وزارة الداخلية التركية رؤساء ثلاث بلديات كردية في جنوب شرق البلاد", "COERCE")[0]
    assert _codes(ev.source)[0].startswith("TUR")
    assert not _types("يفصل نهر دجلة بين شطري مدينة الموصل")


# «يشترط انسحاب القوات التركية»: a condition is a demand, the withdrawal only what is asked (blind63-023).
def test_condition_is_demand() -> None:
    assert _types("الأسد يشترط انسحاب القوات التركية من الأراضي السورية قبل أي لقاء مع أردوغان") == {"DEMAND"}
    ev = _events("اشترطت حركة حماس وقف الحرب بشكل كامل قبل الإفراج عن الأسرى", "DEMAND")[0]
    assert _codes(ev.source)[0] == "HAMAS"


# «قال … إن على وحدات حماية الشعب أن تلقي السلاح»: an obligation laid on a party is a demand of it
# (blind63-043); «الآن على» is no «أن على».
def test_obligation_is_demand() -> None:
    text = "قال وزير الخارجية التركي هاكان فيدان إن على وحدات حماية الشعب أن تلقي السلاح"
    assert _types(text) == {"DEMAND"}
    ev = _events(text, "DEMAND")[0]
    assert _codes(ev.source)[0].startswith("TUR") and _codes(ev.target)[0] == "YPG"
    ev = _events("قالت الخارجية الروسية إن على الولايات المتحدة سحب قواتها من سوريا", "DEMAND")[0]
    assert _codes(ev.target)[0].startswith("USA")
    assert "DEMAND" not in _types("لم تعلق الحكومة التونسية حتى الآن على التقارير المتعلقة بترحيل مهاجرين")


# «دعا أوجلان في رسالة تليت في إسطنبول مقاتلي الحزب إلى إلقاء السلاح»: what follows the call's «إلى» is
# asked, however long the aside before it (blind63-014).
def test_long_call_complement() -> None:
    text = ("دعا زعيم حزب العمال الكردستاني المسجون عبد الله أوجلان في رسالة تليت في إسطنبول مقاتلي الحزب "
            "إلى إلقاء السلاح وحل التنظيم")
    assert _types(text) == {"DEMAND"}


# «اتهم الاتحاد الوطني الكردستاني الحزب الديمقراطي الكردستاني»: two named parties share a code but are two
# actors (blind63-018).
def test_rival_parties() -> None:
    ev = _events("اتهم الاتحاد الوطني الكردستاني غريمه الحزب الديمقراطي الكردستاني بالاستئثار بعائدات النفط",
                 "DISAPPROVE")[0]
    assert _codes(ev.source)[0] == "IRQ-PTY" and _codes(ev.target)[0] == "IRQ-PTY"


# «تبنى حزب العمال الكردستاني الهجوم المسلح»: «المسلح» describes the attack, it names no gunmen (blind63-046).
def test_armed_attack_adjective() -> None:
    ev = _events("تبنى حزب العمال الكردستاني الهجوم المسلح على مقر شركة للصناعات الجوية قرب أنقرة", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "PKK"
    ev = _events("قتل ثلاثة أشخاص في هجوم مسلحين على حافلة في شمال سيناء", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "UAF"


# «سلمت فصائل … دفعة من أسلحتها الثقيلة إلى الجيش»: factions giving up their own weapons disarm (RETREAT, as
# blind52-035), they do not aid the army (blind63-027, blind62-035).
def test_factions_hand_over_own_weapons() -> None:
    assert _types("سلمت فصائل فلسطينية في مخيم شاتيلا دفعة من أسلحتها الثقيلة إلى الجيش اللبناني") == {"RETREAT"}
    assert _types("سلمت فصائل الجيش الوطني السوري أسلحتها الثقيلة إلى وزارة الدفاع السورية") == {"RETREAT"}
    assert _types("سلمت تركيا الجيش الصومالي دفعة من الأسلحة والمدرعات") == {"AID"}
