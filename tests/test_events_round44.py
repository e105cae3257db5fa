"""Round 44: verbal events across the region — praise «أثنى على», UN offices as speakers, spokeswomen, headline
warnings with a named party, threats in the speaker's own capital's name, statements joined by «ودعا», and
attacks a speaker only judges («وصف … بأنها اعتداء», «قال إن الاعتداءات … تمثل خرقاً»)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أثنى وزير الخارجية الأمريكي على قرار الحكومة اللبنانية»: praise «على» a decision supports its maker
# (blind44-031); «اثني عشر» stays a number.
def test_praise_on() -> None:
    ev = _events("أثنى وزير الخارجية الأمريكي ماركو روبيو على قرار الحكومة اللبنانية حصر السلاح بيد الدولة",
                 "SUPPORT")[0]
    assert _codes(ev.source) == ["USA-GOV"]
    assert _codes(ev.target) == ["LBN-GOV"]
    ev = _events("أثنت وزارة الخارجية القطرية على جهود الجيش اللبناني في ضبط الحدود", "SUPPORT")[0]
    assert _codes(ev.source) == ["QAT-GOV"]
    assert "SUPPORT" not in _types("قتل اثني عشر شخصا في انفجار سيارة مفخخة بمدينة إعزاز")


# «طالب مكتب الأمم المتحدة لحقوق الإنسان السلطات التونسية»: a UN office speaks for the UN (blind44-025).
def test_un_office_speaks() -> None:
    ev = _events("طالب مكتب الأمم المتحدة لحقوق الإنسان السلطات التونسية بالإفراج عن المحامين المحتجزين",
                 "DEMAND")[0]
    assert _codes(ev.source) == ["UN"]
    assert _codes(ev.target) == ["TUN-GOV"]
    ev = _events("دعا مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إسرائيل إلى فتح المعابر أمام المساعدات", "DEMAND")[0]
    assert _codes(ev.source) == ["UN"]


# «قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا»: a spokeswoman speaks for her ministry (blind44-009).
def test_spokeswoman() -> None:
    ev = _events("أدانت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الضربات الأمريكية على اليمن", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["RUS-GOV"]
    ev = _events("رحبت الناطقة باسم الحكومة الألمانية بالاتفاق بين أرمينيا وأذربيجان", "SUPPORT")[0]
    assert _codes(ev.source) == ["DEU-GOV"]


# «حزب الله يحذر إسرائيل من أي توسيع للعمليات»: in a headline the speaker stands before the verb, so the one
# actor after it, before «من», is the one warned (blind44-003); advice to citizens stays no threat.
def test_headline_warning_names_party() -> None:
    text = "حزب الله يحذر إسرائيل من أي توسيع للعمليات العسكرية في جنوب لبنان"
    assert _types(text) == {"THREATEN"}
    ev = _events(text, "THREATEN")[0]
    assert _codes(ev.source) == ["HEZ"]
    assert _codes(ev.target) == ["ISR"]
    ev = _events("الصين تحذر الولايات المتحدة من مغبة التدخل في شؤون تايوان", "THREATEN")[0]
    assert _codes(ev.target) == ["USA"]
    assert not _types("وزارة الصحة تحذر المواطنين من موجة حر شديدة")


# «حذر رئيس الأركان التركي من أن أنقرة ستتحرك عسكريا إذا هددت وحدات حماية الشعب …»: a military move as the
# threatened reply, and the speaker's own capital is not whom he threatens (blind44-029).
def test_threat_in_own_capitals_name() -> None:
    ev = _events("حذر رئيس الأركان التركي من أن أنقرة ستتحرك عسكريا إذا هددت وحدات حماية الشعب الكردية أمن حدودها",
                 "THREATEN")[0]
    assert _codes(ev.source) == ["TUR-MIL"]
    assert _codes(ev.target) == ["YPG"]


# «رفض الاتحاد الأفريقي إعلان … حكومة موازية في السودان ودعا الدول الأعضاء …»: a statement verb joined by «و»
# speaks with the speaker before it, not with a phrase of his object (blind44-043).
def test_joined_statement_keeps_speaker() -> None:
    text = ("رفض الاتحاد الأفريقي الإعلان الذي أصدرته قوات الدعم السريع بتشكيل حكومة موازية في السودان "
            "ودعا الدول الأعضاء إلى عدم الاعتراف بها")
    assert _codes(_events(text, "DEMAND")[0].source) == ["AU"]
    text = "رحب الأمين العام للأمم المتحدة بالاتفاق بين الحكومة السودانية والحركات المسلحة وطالب بتنفيذه"
    assert _codes(_events(text, "DEMAND")[0].source) == ["UN"]


# «وصف السوداني الضربات الأمريكية … بأنها اعتداء سافر», «قال بري إن الاعتداءات الإسرائيلية … تمثل خرقاً»,
# «قالت زاخاروفا إن الضربات … تهدد أمن الملاحة»: an attack a speaker only judges is his disapproval of the
# attacker (blind44-015, -033, -009); a reported attack stays an attack.
def test_judged_attack_is_disapproval() -> None:
    text = "وصف رئيس الوزراء العراقي الضربات الأمريكية على مواقع الحشد الشعبي بأنها اعتداء سافر على السيادة العراقية"
    assert _types(text) == {"DISAPPROVE"}
    ev = _events(text, "DISAPPROVE")[0]
    assert _codes(ev.source) == ["IRQ-GOV"]
    assert _codes(ev.target) == ["USA"]
    text = "قال رئيس مجلس النواب اللبناني إن الاعتداءات الإسرائيلية المتواصلة على الجنوب تمثل خرقا واضحا للاتفاق"
    assert _types(text) == {"DISAPPROVE"}
    assert _codes(_events(text, "DISAPPROVE")[0].target) == ["ISR"]
    text = "قالت الخارجية الروسية إن الضربات الأمريكية على اليمن تهدد أمن الملاحة في البحر الأحمر"
    assert _types(text) == {"DISAPPROVE"}
    text = "أعلنت وزارة الصحة اللبنانية أن الغارات الإسرائيلية على بلدات في قضاء صور أدت إلى سقوط ثلاثة قتلى"
    assert _types(text) == {"ASSAULT"}
