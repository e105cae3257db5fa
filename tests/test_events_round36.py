"""Round 36 (after blind36, a representative daily mix): the sentences that motivated each rule, and a contrast."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


# «بعد توقف دام أكثر من عامين»: after a preposition «توقف» is the noun (a halt), never «تُوقِف» (she arrests)
# (blind36-047).
def test_halt_noun_no_arrest() -> None:
    assert not _events("وقال مسؤول في وزارة النفط العراقية إن العراق سيستأنف تصدير النفط عبر خط أنابيب كركوك جيهان "
                       "بعد توقف دام أكثر من عامين", "COERCE")
    ev = _events("قالت الوزارة إن الشرطة توقف المشتبه بهم في الهجوم", "COERCE")
    assert ev


# «المفوض العام للأونروا», «المديرة التنفيذية لبرنامج الأغذية العالمي»: the head speaks for the agency (blind36-032).
def test_agency_head_titles() -> None:
    ev = _events("واتهم المفوض العام للأونروا فيليب لازاريني إسرائيل باستخدام المساعدات الإنسانية سلاحا في الحرب على "
                 "غزة", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["UNRWA"]
    assert _codes(ev.target) == ["ISR"]
    ev = _events("اتهمت المديرة التنفيذية لبرنامج الأغذية العالمي إسرائيل بعرقلة المساعدات", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["WFP"]


# «وأحرق مستوطنون … تحت حماية جيش الاحتلال»: the finite verb's subject follows it (blind36-031).
def test_arson_verb_subject_first() -> None:
    ev = _events("وأحرق مستوطنون إسرائيليون منازل ومركبات في بلدة ترمسعيا شمال شرق رام الله تحت حماية جيش الاحتلال",
                 "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-CVL"]
    assert _codes(ev.target)[0].startswith("PSE")
    ev = _events("اقتحم مستوطنون إسرائيليون قرية ترمسعيا وأحرقوا منازل ومركبات للفلسطينيين", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISR-CVL"]


# «انفجار عبوة ناسفة يستهدف دورية لقوات سوريا الديمقراطية»: the present «يستهدف» names what was hit (blind36-029).
def test_present_targets_verb() -> None:
    ev = _events("عاجل | انفجار عبوة ناسفة يستهدف دورية لقوات سوريا الديمقراطية في ريف دير الزور", "ASSAULT")[0]
    assert not ev.source
    assert _codes(ev.target) == ["SDF"]
    ev = _events("هجوم يستهدف دورية للجيش العراقي في الطارمية", "ASSAULT")[0]
    assert _codes(ev.target) == ["IRQ-MIL"]


# «كمين نصبه مسلحون يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية»: the group they are suspected to belong to is
# the author, never the target (blind36-057).
def test_suspected_group_not_target() -> None:
    ev = _events("وفي النيجر، قتل 12 جنديا في كمين نصبه مسلحون يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية في منطقة "
                 "تيلابيري", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert _codes(ev.target) == ["NER-MIL"]
    ev = _events("هاجم مسلحون يشتبه بانتمائهم إلى تنظيم داعش حاجزا للجيش العراقي", "ASSAULT")[0]
    assert _codes(ev.source) == ["ISIS"]
    assert _codes(ev.target) == ["IRQ-MIL"]


# «تصدت لهجوم شنه مسلحون»: who launched the repelled attack is the other side of the clash (blind35-012).
def test_repelled_attack_launcher() -> None:
    ev = _events("وأضاف أن وحدات الجيش الليبي تصدت لهجوم شنه مسلحون على معسكر في مدينة سبها، ما أسفر عن مقتل ثلاثة "
                 "من المهاجمين", "FIGHT")[0]
    assert _codes(ev.source) == ["LBY-MIL"]
    assert _codes(ev.target) == ["UAF"]


# «ضبط شحنة أسلحة مهربة كانت في طريقها إلى جماعة الحوثي»: whom the seized goods were for (blind35-023).
def test_seized_goods_bound_for() -> None:
    ev = _events("إلى ذلك، أعلنت وزارة الداخلية اليمنية في عدن ضبط شحنة أسلحة مهربة كانت في طريقها إلى جماعة الحوثي "
                 "عبر ميناء المخا", "COERCE")[0]
    assert _codes(ev.target) == ["HOUTHI"]
    ev = _events("ضبطت الشرطة اليمنية شحنة أسلحة مهربة في ميناء المخا", "COERCE")[0]
    assert "HOUTHI" not in _codes(ev.target)


# «الجزائر تطرد 12 موظفاً في السفارة الفرنسية»: a headline's present verb; the subject came first (blind36-006).
def test_headline_expel_staff() -> None:
    ev = _events("الجزائر تطرد 12 موظفا في السفارة الفرنسية وتمهلهم 48 ساعة لمغادرة البلاد", "SANCTION")[0]
    assert _codes(ev.source) == ["DZA"]
    assert _codes(ev.target)[0].startswith("FRA")
    ev = _events("طردت الجزائر 12 موظفا في السفارة الفرنسية", "SANCTION")[0]
    assert _codes(ev.source) == ["DZA"]


# «قافلة مساعدات أردنية جديدة تعبر إلى شمال قطاع غزة»: an aid convoy is a delivery whatever its verb (blind36-019).
def test_aid_convoy() -> None:
    ev = _events("قافلة مساعدات أردنية جديدة تعبر إلى شمال قطاع غزة", "AID")[0]
    assert _codes(ev.source) == ["JOR"]
    assert _codes(ev.target) == ["PSE"]
    assert not _events("تعبر الحكومة عن قلقها من نقص المساعدات", "AID")


# «المغرب: إضراب عام يشل المدارس»: a verbless headline's country names the strikers, its people (blind36-007).
def test_headline_country_protest() -> None:
    ev = _events("المغرب: إضراب عام يشل المدارس والمستشفيات احتجاجا على قانون الإضراب", "PROTEST")[0]
    assert _codes(ev.source) == ["MAR-CVL"]
    assert not _events("المغرب: إضراب عام يشل المدارس والمستشفيات احتجاجا على قانون الإضراب", "DISAPPROVE")


# «أسقطت القوات المسلحة الأردنية طائرة مسيرة محملة بالمخدرات»: smuggling foiled, the state's coercion (blind36-011).
def test_smuggling_drone() -> None:
    text = ("وبحسب وكالة الأنباء الأردنية، فإن القوات المسلحة الأردنية أسقطت طائرة مسيرة محملة بالمخدرات قادمة من "
            "الأراضي السورية")
    assert not _events(text, "ASSAULT")
    ev = _events(text, "COERCE")[0]
    assert _codes(ev.source) == ["JOR-MIL"]
    assert _events("أسقطت الدفاعات الجوية الإسرائيلية طائرة مسيرة محملة بالمتفجرات", "ASSAULT")


# «يوقف العمل ببعض مواد الدستور»: suspending the constitution restricts political freedoms (blind36-025).
def test_suspend_constitution() -> None:
    assert _events("أعلن أمير الكويت حل مجلس الأمة وتعليق العمل ببعض مواد الدستور لمدة لا تزيد على أربع سنوات",
                   "COERCE")
    assert not _events("قال الخبير إن تعليق العمل بالدستور غير وارد", "COERCE")
