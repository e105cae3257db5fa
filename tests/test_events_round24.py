"""Round 24 (after blind24, a round on target coding): the blind24 sentences that motivated each rule, and a
contrast where one helps."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes
from probe_helpers import event_types as _types


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]


# «التقى بلينكن بالرئيس الفلسطيني»: the «بـ» phrase after a meeting verb is the one met (blind24-027); a place
# after «بـ» stays where.
def test_met_with_ba() -> None:
    ev = _events("التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس الفلسطيني محمود عباس في رام الله", "CONSULT")[0]
    assert _codes(ev.source) == ["USA-GOV"] and _codes(ev.target) == ["PSE-GOV"]
    ev = _events("اجتمع وزير الخارجية المصري بنظيره الأردني في عمان", "CONSULT")[0]
    assert _country(_codes(ev.target)[0]) == "JOR"


# «أعلنت الولايات المتحدة تقديم مساعدات عسكرية جديدة لأوكرانيا»: the «لـ» phrase receives, also when the
# form's own nisba («عسكرية») opens it or a «*» form spans it (blind24-086).
def test_aid_lam_receives() -> None:
    ev = _events("أعلنت الولايات المتحدة تقديم مساعدات عسكرية جديدة لأوكرانيا بقيمة مليار دولار", "AID")[0]
    assert _codes(ev.source) == ["USA"] and _country(_codes(ev.target)[0]) == "UKR"
    ev = _events("أعلنت الولايات المتحدة تقديم مساعدات عسكرية لأوكرانيا", "AID")[0]
    assert _codes(ev.source) == ["USA"] and _country(_codes(ev.target)[0]) == "UKR"


# «بفرض رسوم … على الواردات من المكسيك وكندا»: a threatened tariff hits the goods' countries (blind24-060).
def test_threatened_tariff_origin() -> None:
    ev = _events("هدد الرئيس الأمريكي دونالد ترامب بفرض رسوم جمركية بنسبة 25 في المئة على الواردات من المكسيك وكندا",
                 "THREATEN")[0]
    assert set(_codes(ev.target)) == {"MEX", "CAN"}


# «عقوبات على شركات أمريكية … بسبب صفقات مع تايوان»: the nisba of what «على» governs is the target, before a
# later «مع» (blind24-098); an earlier «ضد إسرائيل» still wins over «على السيادة اللبنانية».
def test_prep_object_nisba() -> None:
    ev = _events("فرضت الصين عقوبات على شركات أمريكية لصناعة الأسلحة بسبب صفقات مع تايوان", "SANCTION")[0]
    assert _codes(ev.target) == ["USA"]
    ev = _events("أعلنت وزارة الخارجية اللبنانية أنها تقدمت بشكوى إلى مجلس الأمن ضد إسرائيل بسبب اعتداءاتها المتكررة "
                 "على السيادة اللبنانية", "DISAPPROVE")[0]
    assert _codes(ev.target) == ["ISR"]


# «حملة اعتقالات بحق أنصار عمران خان»: «بحق» names whom an act falls on (blind24-085).
def test_bihaqq_target() -> None:
    ev = _events("شنت الشرطة الباكستانية حملة اعتقالات بحق أنصار رئيس الوزراء السابق عمران خان", "COERCE")[0]
    assert _codes(ev.source) == ["PAK-COP"] and _country(_codes(ev.target)[0]) == "PAK"


# «قاعدة حرير التي تضم قوات أمريكية»: the hosted forces are hit also past a subject after the verb (blind24-052).
def test_hosted_forces_past_subject() -> None:
    ev = _events("استهدفت فصائل عراقية مسلحة قاعدة حرير التي تضم قوات أمريكية في أربيل بطائرات مسيرة", "ASSAULT")[0]
    assert "USA-MIL" in _codes(ev.target)


# «قرار يطالب إسرائيل»: a verb right after «قرار/بيان» speaks for the document's author; what follows it is
# addressed (blind24-083).
def test_document_relative_verb() -> None:
    ev = _events("صوتت الجمعية العامة للأمم المتحدة على قرار يطالب إسرائيل بإنهاء احتلالها للأراضي الفلسطينية خلال "
                 "عام", "DEMAND")[0]
    assert _codes(ev.source) == ["UN"] and _codes(ev.target) == ["ISR"]


# «طائرات محملة بالمساعدات»: laden carriers are no giver (blind24-021).
def test_laden_carriers() -> None:
    ev = _events("أرسلت تركيا طائرات محملة بالمساعدات الإنسانية إلى ليبيا بعد الفيضانات التي ضربت مدينة درنة", "AID")[0]
    assert _codes(ev.source) == ["TUR"] and _codes(ev.target) == ["LBY"]


# «بعد سيطرة طالبان على كابل», «بعد اتصالات مع إدارة ترامب»: a noun after «بعد» behind a verb of another kind
# is what came before (blind24-051, blind24-047); a withdrawal after «بعد» stays news (blind8-061).
def test_prior_cause_after_baad() -> None:
    assert _types("جمدت الولايات المتحدة أصول البنك المركزي الأفغاني بعد سيطرة طالبان على كابل") == {"SANCTION"}
    assert _types("أفرجت حركة حماس عن الرهينة الأمريكي الإسرائيلي عيدان ألكسندر بعد اتصالات مباشرة مع إدارة "
                  "ترامب") == {"CONCEDE"}
    assert "RETREAT" in _types("نشرت وحدات من الجيش اللبناني على طول الخط الأزرق بعد انسحاب القوات الإسرائيلية من "
                               "بلدات حدودية")


# «حزمة عقوبات ضد روسيا تستهدف أسطول الظل»: what a sanction «targets» is its scope (blind24-019).
def test_sanction_scope_not_strike() -> None:
    assert _types("أقر الاتحاد الأوروبي حزمة عقوبات جديدة ضد روسيا تستهدف أسطول الظل الذي ينقل نفطها") == {"SANCTION"}


# «قيوداً على تصدير الرقائق إلى بكين», «وقف تصدير الأسلحة … إلى إسرائيل»: export curbs on a state are sanctions
# (blind24-040, blind24-087); a domestic export halt is not.
def test_export_curbs() -> None:
    ev = _events("فرضت واشنطن قيودا جديدة على تصدير الرقائق الإلكترونية المتطورة إلى بكين", "SANCTION")[0]
    assert _codes(ev.target) == ["CHN"]
    ev = _events("أعلنت الحكومة الألمانية وقف تصدير الأسلحة التي قد تستخدم في غزة إلى إسرائيل", "SANCTION")[0]
    assert _codes(ev.target) == ["ISR"]
    assert not _types("قررت الحكومة وقف تصدير البصل لضبط الأسعار في السوق المحلية")


# «ضربت مسيرات قوات الدعم السريع مستودعات الوقود»: weapons that strike (blind24-094); «ضرب الجيش بيد من حديد»
# strikes nothing.
def test_weapons_strike() -> None:
    ev = _events("ضربت مسيرات قوات الدعم السريع مستودعات الوقود في ميناء بورتسودان", "ASSAULT")[0]
    assert _codes(ev.source) == ["RSF"]
    assert not _types("ضرب الجيش بيد من حديد")


# «أسرت القوات الأوكرانية جنديين»: capture is coercion (blind24-045).
def test_capture() -> None:
    ev = _events("أسرت القوات الأوكرانية جنديين كوريين شماليين خلال المعارك في منطقة كورسك", "COERCE")[0]
    assert _codes(ev.source) == ["UKR-MIL"]


# «أعلنت إسرائيل غوتيريش شخصاً غير مرغوب فيه»: persona non grata is a diplomatic sanction (blind24-070).
def test_persona_non_grata() -> None:
    ev = _events("أعلنت إسرائيل الأمين العام للأمم المتحدة أنطونيو غوتيريش شخصا غير مرغوب فيه ومنعته من دخول "
                 "أراضيها", "SANCTION")[0]
    assert _codes(ev.source) == ["ISR"] and _codes(ev.target) == ["UN"]


# «هاجم الرئيس الأمريكي … رئيس مجلس الاحتياطي الفيدرالي»: an official «attacking» an unarmed official is verbal
# (blind24-066); gunmen attacking a president are not.
def test_verbal_attack_between_officials() -> None:
    assert _types("هاجم الرئيس الأمريكي دونالد ترامب رئيس مجلس الاحتياطي الفيدرالي جيروم باول لرفضه خفض أسعار "
                  "الفائدة") == {"DISAPPROVE"}
    assert _types("هاجم مسلحون الرئيس الصومالي") == {"ASSAULT"}


# «رسالة احتجاج إلى السفارة الأمريكية»: a protest letter is a complaint, not talks and a demonstration
# (blind24-108).
def test_protest_letter() -> None:
    ev = _events("وجهت نقابة المحامين الأردنيين رسالة احتجاج إلى السفارة الأمريكية في عمان بسبب الفيتو", "DISAPPROVE")[0]
    assert _country(_codes(ev.target)[0]) == "USA"
    assert _types("وجهت نقابة المحامين الأردنيين رسالة احتجاج إلى السفارة الأمريكية في عمان بسبب الفيتو") == \
        {"DISAPPROVE"}


# Convention (blind16-062, blind11-007): a downed drone or missile reports its launcher's attack on the side
# that downed it, also when that side announces «تدمير ثلاث طائرات مسيرة»; «تدمير منصات إطلاق» is no interception.
def test_announced_interception() -> None:
    ev = _events("أعلنت القيادة المركزية الأمريكية تدمير ثلاث طائرات مسيرة حوثية فوق البحر الأحمر", "ASSAULT")[0]
    assert _codes(ev.source) == ["HOUTHI"] and _codes(ev.target) == ["USA-MIL"]
    ev = _events("أعلن الجيش الإسرائيلي تدمير منصات إطلاق صواريخ لحزب الله", "ASSAULT")[0]
    assert "ISR-MIL" not in _codes(ev.target)


# «تم ترحيل مئات المهاجرين الأفغان من إيران»: the state they are deported from deports them (blind24-046); a
# named deporter stays.
def test_deported_from_state() -> None:
    ev = _events("تم ترحيل مئات المهاجرين الأفغان من إيران خلال الأسبوع الماضي", "COERCE")[0]
    assert _codes(ev.source) == ["IRN-GOV"] and _codes(ev.target) == ["AFG-CVL"]
    ev = _events("رحلت السلطات الألمانية عشرات اللاجئين من سوريا", "COERCE")[0]
    assert _codes(ev.source) == ["DEU-GOV"]


# «صحفيين كانوا يغطون الاحتجاجات»: protests reporters cover are described, not reported (blind24-101).
def test_covered_protests() -> None:
    assert _types("اعتدى عناصر من الشرطة الجورجية على صحفيين كانوا يغطون الاحتجاجات في تبليسي") == {"ASSAULT"}
