"""Guards for the 2000s-era knowledge-base round: everyday words that hamza folding or a clitic would turn into a
name (المشرف → مشرف Musharraf, بأول → باول Powell, فرائس → ف+رايس Rice, أزكى → إزكي, كآلية → كاليه Calais) are not
knowledge-base matches, full names still are, and the 2000s office holders answer for their dates.

Sentences are newswire-style text written for these tests; the facts (who held what, when) are real.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities.features import phrase_flags


def _flag(sentence: str, word: str) -> str | None:
    tokens = sentence.split()
    return phrase_flags(tokens)[tokens.index(word)]


@pytest.mark.parametrize(("sentence", "word"), [
    ("والجهاز التنفيذي المشرف على البرنامج", "المشرف"),
    ("قام الوزير بأول زيارة إلى واشنطن", "بأول"),
    ("لا تقوى على صيد فرائس طبيعية", "فرائس"),
    ("حسب السبب المؤدي إلى الفشل", "المؤدي"),
    ("ومن دون صدام مع الآخرين", "صدام"),
    ("شبكة صلات القربى في الأسر", "القربى"),
    ("وسط حضور لفيف من الأهل", "لفيف"),
    ("أغرى المال اللاعب بالانتقال", "أغرى"),
    ("اعتمدت الخطة كآلية للتنفيذ", "كآلية"),
    ("مع أزكى التحيات", "أزكى"),
    ("وقد فرشت القاعة بالسجاد", "فرشت"),
    ("أجرى اتصالات مع نظيره", "اتصالات"),
    ("مشروع إعادة إعمار غزة", "إعمار"),
    ("قررت الحكومة إيفاد وفد إلى القاهرة", "إيفاد"),
    ("بناء الحاجز الترابي على الحدود", "الترابي"),
    ("يقوم بدور القدوة للشباب", "القدوة"),
    ("في الأفران الحديثة", "الأفران"),
    ("وقال إن تنسيقيات الثورة السورية وثقت القصف", "الثورة"),
    ("أعلنت إسرائيل اليوم إغلاق المعبر", "اليوم"),
    ("نريد السلام الآن", "الآن"),
    ("المتحدث كما هو مشار إليه", "مشار"),
    ("يعمل في مستشفى الملك سعود", "سعود"),
])
def test_everyday_word_is_no_kb_match(sentence, word):
    assert _flag(sentence, word) is None


@pytest.mark.parametrize(("sentence", "word", "flag"), [
    ("التقى وزير الخارجية كولن باول نظيره", "كولن", "B-PER"),
    ("وقال الرئيس جورج بوش إن", "جورج", "B-PER"),
    ("وصرح رئيس الوزراء أرييل شارون أمس", "أرييل", "B-PER"),
    ("والتقى فؤاد السنيورة وفدا", "فؤاد", "B-PER"),
    ("وقعت الانفجارات في منطقة علاوي الحلة ببغداد", "علاوي", "B-LOC"),
    ("ونقلت وكالة الأنباء الألمانية عن مصدر", "وكالة", "B-ORG"),
])
def test_full_names_still_match(sentence, word, flag):
    assert _flag(sentence, word) == flag


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("USA.PRESIDENT", "2003-03-20", "person:george_w_bush"),
    ("USA.FOREIGN_MINISTER", "2003-02-05", "person:colin_powell"),
    ("GBR.PRIME_MINISTER", "2003-03-20", "person:tony_blair"),
    ("FRA.PRESIDENT", "2003-03-20", "person:jacques_chirac"),
    ("RUS.PRIME_MINISTER", "2005-01-01", "person:mikhail_fradkov"),
    ("CHN.PRESIDENT", "2000-01-01", "person:jiang_zemin"),
    ("ISR.PRIME_MINISTER", "2004-01-01", "person:ariel_sharon"),
    ("ISR.PRIME_MINISTER", "2007-01-01", "person:ehud_olmert"),
    ("PSE.PRESIDENT", "2002-06-01", "person:yasser_arafat"),
    ("PSE.PRIME_MINISTER", "2004-06-01", "person:ahmed_qurei"),
    ("LBN.PRESIDENT", "2005-02-14", "person:emile_lahoud"),
    ("LBN.PRIME_MINISTER", "2006-07-12", "person:fouad_siniora"),
    ("IRQ.PRESIDENT", "2002-01-01", "person:saddam_hussein"),
    ("IRQ.PRIME_MINISTER", "2004-10-01", "person:ayad_allawi"),
    ("IRQ.PRIME_MINISTER", "2005-10-01", "person:ibrahim_al_jaafari"),
    ("IRN.PRESIDENT", "2003-01-01", "person:mohammad_khatami"),
    ("TUR.PRESIDENT", "2005-01-01", "person:ahmet_necdet_sezer"),
    ("TUR.FOREIGN_MINISTER", "2005-01-01", "person:abdullah_gul"),
    ("SYR.PRIME_MINISTER", "2005-01-01", "person:muhammad_naji_al_otari"),
    ("SYR.FOREIGN_MINISTER", "2004-01-01", "person:farouk_al_sharaa"),
    ("EGY.PRIME_MINISTER", "2006-01-01", "person:ahmed_nazif"),
    ("SAU.KING", "2003-01-01", "person:king_fahd"),
    ("KWT.EMIR", "2004-01-01", "person:jaber_al_ahmad_al_sabah"),
    ("JOR.PRIME_MINISTER", "2004-01-01", "person:faisal_al_fayez"),
    ("UN.SECRETARY_GENERAL", "1995-01-01", "person:boutros_boutros_ghali"),
])
def test_holder_on_day(kb, office, day, holder):
    assert [e.id for e in kb.holders(office, on=day)] == [holder]
