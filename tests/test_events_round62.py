"""Round 62: a 2025 wire day of a pan-Arab outlet — a group's own fighters and weapons named only by a pronoun
inside its claim, a capture made «في كمين», traded accusations, an accusing participle «متهمةً إياها», and a
warning of someone's fate."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


# «أعلن حزب الله أن مقاتليه استهدفوا …», «أن قواتها البحرية استهدفت …»: the pronoun's forces are the
# announcing group's, even with an adjective between them and the verb (blind62-002, round 59 gap).
def test_announcer_own_fighters() -> None:
    ev = _events("أعلن حزب الله أن مقاتليه قصفوا ثكنة زرعيت الإسرائيلية بالصواريخ", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "HEZ"
    ev = _events("أعلنت جماعة الحوثي أن قواتها البحرية استهدفت سفينة نفط بنمية في خليج عدن", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "HOUTHI"
    ev = _events("قالت وزارة الدفاع التركية إن طائراتها الحربية دمرت مخابئ لحزب العمال الكردستاني", "ASSAULT")[0]
    assert _codes(ev.source)[0].startswith("TUR")


# «أن صواريخه أصابت …»: the weapon noun opening the claim is the speaker's own (blind62-048).
def test_announcer_own_weapon() -> None:
    ev = _events("أعلن الحرس الثوري الإيراني أن صواريخه أصابت قاعدة نيفاتيم الجوية في النقب", "ASSAULT")[0]
    assert _codes(ev.source)[0] == "IRGC"


# «أسرت … جندياً في كمين»: the ambush is how the capture was done, not a second attack (blind62-047).
def test_capture_in_ambush() -> None:
    assert _types("أعلنت سرايا القدس أن مقاتليها أسروا جنديا إسرائيليا في كمين شرق جنين") == {"COERCE"}
    ev = _events("قتل ثلاثة جنود باكستانيين في كمين نصبه مسلحون في إقليم بلوشستان", "ASSAULT")[0]
    assert _codes(ev.target)[0].startswith("PAK")


# «تبادلت X وY الاتهامات بخرق وقف إطلاق النار»: each side blames the other; «وقف» ends no exchange of fire
# (blind62-019).
def test_traded_accusations() -> None:
    ev = _events("تبادلت الهند وباكستان الاتهامات بخرق وقف إطلاق النار في إقليم كشمير", "DISAPPROVE")[0]
    assert {_codes(ev.source)[0], _codes(ev.target)[0]} == {"IND", "PAK"}
    assert "FIGHT" not in _types("تبادلت الهند وباكستان الاتهامات بخرق وقف إطلاق النار في إقليم كشمير")
    ev = _events("تبادل الجيش السوداني وقوات الدعم السريع الاتهامات بقصف مخيمات النازحين", "DISAPPROVE")[0]
    assert {_codes(ev.source)[0], _codes(ev.target)[0]} == {"SDN-MIL", "RSF"}


# «قطعت علاقاتها مع الإمارات متهمةً إياها بتسليح …»: an accusation of the party named before «إيّا-»
# (blind62-029).
def test_accusing_participle() -> None:
    ev = _events("قطعت الحكومة الصومالية علاقاتها مع كينيا متهمة إياها بالتدخل في شؤونها الداخلية", "DISAPPROVE")[0]
    assert _codes(ev.source)[0].startswith("SOM") and _codes(ev.target)[0].startswith("KEN")


# «حذر … من أنه سيلقى مصير …»: warning someone of his fate is a threat (blind62-041).
def test_fate_warning() -> None:
    ev = _events("حذر زعيم جماعة الحوثي الرئيس الأمريكي من أنه سيلقى مصير من سبقوه في المنطقة", "THREATEN")[0]
    assert _codes(ev.source)[0] == "HOUTHI" and _codes(ev.target)[0].startswith("USA")
