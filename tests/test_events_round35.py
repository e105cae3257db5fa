"""Round 35 (after blind35, mid-article sentences): the sentences that motivated each rule, and a contrast."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «نفى … أن يكون قد استهدف …، مؤكداً أن طائراته قصفت …»: after the turn the speaker owns an act (blind35-004).
def test_denial_turned_to_claim() -> None:
    text = ("في المقابل، نفى الجيش الإسرائيلي أن يكون قد استهدف مدرسة تؤوي نازحين في مخيم جباليا، مؤكدا أن طائراته "
            "قصفت مركز قيادة تابعا لحركة حماس داخل المجمع")
    evs = _events(text, "ASSAULT")
    assert len(evs) == 1
    assert _codes(evs[0].source) == ["ISR-MIL"]
    assert _codes(evs[0].target) == ["HAMAS"]
    assert not _events("نفى الجيش السوداني أن تكون طائراته قد قصفت أسواقا في دارفور", "ASSAULT")
    assert not _events("نفت قوات سوريا الديمقراطية أن تكون قد قصفت أحياء سكنية في مدينة منبج، مؤكدة أن الاتهامات "
                       "لا أساس لها", "ASSAULT")


# «في حال …، فإن X ستوسع عملياتها / ستكون مضطرة للتحرك»: a party's conditional threat, voiced by its speaker,
# also when cited «بحسب ما قال» (blind35-011, blind35-020).
def test_conditional_threat() -> None:
    ev = _events("وقال المتحدث العسكري باسم الحوثيين يحيى سريع إنه في حال استمر العدوان الأمريكي على اليمن فإن القوات "
                 "المسلحة ستوسع عملياتها لتشمل أهدافا جديدة في المنطقة", "THREATEN")[0]
    assert _codes(ev.source) == ["HOUTHI"]
    assert _codes(ev.target) == ["USA"]
    ev = _events("في حال لم تنسحب القوات الإسرائيلية من النقاط الخمس في جنوب لبنان، فإن المقاومة ستكون مضطرة للتحرك، "
                 "بحسب ما قال الأمين العام لحزب الله نعيم قاسم", "THREATEN")[0]
    assert _codes(ev.source) == ["HEZ"]
    assert _codes(ev.target) == ["ISR-MIL"]
    assert not _events("قال قائد ميداني إن الحوثيين سينسحبون من ميناء الحديدة في حال التزمت القوات الحكومية بوقف "
                       "إطلاق النار.")


# «أعلن حل جميع الأحزاب السياسية»: dissolving the parties coerces them (blind35-041).
def test_dissolve_parties() -> None:
    ev = _events("وكان المجلس العسكري الحاكم في مالي قد أعلن حل جميع الأحزاب السياسية في البلاد بموجب مرسوم رئاسي",
                 "COERCE")[0]
    assert _codes(ev.source) == ["MLI-MIL"]
    assert not _events("عقد حزب الاستقلال مؤتمره العام بحضور ممثلي الأحزاب السياسية", "COERCE")


# «استجابةً لطلب من الرئيس الألماني»: who asked for the pardon neither grants it nor makes a demand (blind35-034).
def test_requester_not_agent() -> None:
    text = "أصدر الرئيس الجزائري عبد المجيد تبون عفوا عن الكاتب بوعلام صنصال، استجابة لطلب من الرئيس الألماني"
    ev = _events(text, "CONCEDE")[0]
    assert _codes(ev.source) == ["DZA-GOV"]
    assert not _events(text, "DEMAND")
    ev = _events("طلبت مصر من إسرائيل وقف العمليات", "DEMAND")[0]
    assert _codes(ev.target) == ["ISR"]


# «للتنديد بالحرب الإسرائيلية على غزة»: a protest against a war targets the state waging it (blind35-035).
def test_protest_against_war_nisba() -> None:
    ev = _events("إلى ذلك، تظاهر آلاف المغاربة في الرباط، الأحد، للتنديد بالحرب الإسرائيلية على غزة ورفضا للتطبيع",
                 "PROTEST")[0]
    assert _codes(ev.source) == ["MAR-CVL"]
    assert _codes(ev.target) == ["ISR"]
    ev = _events("تظاهر الآلاف في بغداد للتنديد بالاتفاق النووي الإيراني", "PROTEST")[0]
    assert _codes(ev.target) != ["IRN"]


# «هاجموا قاعدة …، واستولوا على أسلحة وآليات قبل انسحابهم»: spoils and the raiders' leaving belong to the
# attack (blind35-024).
def test_raid_spoils_and_departure() -> None:
    text = ("وأكد المصدر أن مسلحين من جماعة نصرة الإسلام والمسلمين هاجموا قاعدة للجيش المالي في بلدة بولكيسي، "
            "واستولوا على أسلحة وآليات قبل انسحابهم")
    assert not _events(text, "COERCE")
    assert not _events(text, "RETREAT")
    assert _codes(_events(text, "ASSAULT")[0].target) == ["MLI-MIL"]
    assert _events("استولت قوات الدعم السريع على منازل المدنيين في الخرطوم", "COERCE")
    assert _events("بدأ انسحاب القوات الإسرائيلية من جنوب لبنان", "RETREAT")


# «…، داعياً جميع الأطراف إلى الالتزام به»: the subject's call after a comma is a DEMAND of its own, and whom
# it calls on is not what it condemns (blind35-017).
def test_speaker_participle_call() -> None:
    text = ("من جهته، رحب رئيس المجلس الرئاسي الليبي محمد المنفي باتفاق وقف إطلاق النار في طرابلس، داعيا جميع "
            "الأطراف إلى الالتزام به")
    assert _events(text, "SUPPORT")
    assert _codes(_events(text, "DEMAND")[0].source) == ["LBY-GOV"]
    text = "أدانت قطر الهجوم، داعية مجلس الأمن إلى التحرك"
    assert _codes(_events(text, "DEMAND")[0].target) == ["UN"]
    assert not _events(text, "DISAPPROVE")[0].target
    assert not _events("رحلت السلطات داعية إسلاميا إلى بلاده", "DEMAND")


# «استيائها إزاء حملة الاعتقالات التي تشنها السلطات التونسية بحق معارضين»: the relative verb's subject does what
# is condemned, and is condemned first (blind34-006, still missed: its COERCE, which blind25-049 and blind12-025
# leave out in the same construction).
def test_condemned_relative_doer() -> None:
    ev = _events("تونس - عبرت منظمة العفو الدولية عن استيائها الشديد إزاء حملة الاعتقالات التي تشنها السلطات "
                 "التونسية بحق معارضين سياسيين وصحفيين منذ مطلع العام", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["NGO"]
    assert _codes(ev.target)[0] == "TUN-GOV"
    ev = _events("أدانت قطر الغارات الإسرائيلية على غزة", "DISAPPROVE")[0]
    assert _codes(ev.target)[0].startswith("ISR")
