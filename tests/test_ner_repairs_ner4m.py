"""precision3 repairs: dated months, accusative words at the end of a name, epithets before a given name."""

from marsad.analyze.entities.precision3 import (
    dated_months,
    precision3_repairs,
    trim_accusative_tail,
    trim_leading_epithet,
)


def test_month_after_a_day_number_is_a_date() -> None:
    words = "أعلنت الحكومة اللبنانية في 13 نيسان 2023 خطة لإصلاح قطاع الكهرباء".split()
    tags = ["O"] * len(words)
    tags[5] = "B-ORG"
    assert dated_months(words, tags)[5] == "O"


def test_month_name_without_a_day_keeps_its_tag() -> None:
    words = "رفعت شركة نيسان اليابانية أسعار سياراتها في السوق الأوروبية".split()
    tags = ["O"] * len(words)
    tags[2] = "B-ORG"
    assert dated_months(words, tags)[2] == "B-ORG"


def test_hijri_month_after_a_day_is_not_a_person() -> None:
    words = "ولد الشاعر في 27 رجب عام 1320 هجرية في مكة".split()
    tags = ["O"] * len(words)
    tags[4] = "B-PERS"
    assert dated_months(words, tags)[4] == "O"


def test_accusative_object_after_a_name_is_cut() -> None:
    words = "وقدم الفنان عزت أبو عوف برنامجا حواريا على قناة مصرية".split()
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O", "O", "O", "O"]
    out = trim_accusative_tail(words, tags)
    assert out[2:6] == ["B-PERS", "I-PERS", "I-PERS", "O"]


def test_tanween_word_after_a_name_is_cut() -> None:
    words = "وكان غورباتشوف إصلاحياً حاول تغيير النظام السوفيتي من الداخل".split()
    tags = ["O", "B-PERS", "I-PERS"] + ["O"] * 7
    out = trim_accusative_tail(words, tags)
    assert out[1:3] == ["B-PERS", "O"]


def test_name_ending_in_alef_is_kept() -> None:
    words = "وصل الرئيس الكولومبي غوستافو بيترو إلى كوريا الجنوبية أمس".split()
    tags = ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "I-LOC", "O"]
    assert trim_accusative_tail(words, tags) == tags


def test_epithet_before_a_given_name_is_not_part_of_the_name() -> None:
    words = "وانضم المهاجم المخضرم يوسف روسي إلى تدريبات الفريق صباح اليوم".split()
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS"] + ["O"] * 6
    out = trim_leading_epithet(words, tags)
    assert out[2:5] == ["O", "B-PERS", "I-PERS"]


def test_definite_given_name_keeps_its_place() -> None:
    words = "وصلى الملك الحسن الثاني في مسجد القرويين بفاس".split()
    tags = ["O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O"]
    assert trim_leading_epithet(words, tags) == tags


def test_document_entry_applies_all_repairs() -> None:
    words = "وقع الاتفاق في 5 آذار وأعلن المخضرم يوسف روسي اعتزاله".split()
    tags = ["O", "O", "O", "O", "B-PERS", "O", "B-PERS", "I-PERS", "I-PERS", "O"]
    out = precision3_repairs([words], [tags])[0]
    assert out[4] == "O"
    assert out[6:9] == ["O", "B-PERS", "I-PERS"]
