"""Type repairs of place and person spans naming organizations (``typefix``, the last step of
``crf.postprocess``) and the centred evidence window of ``names3.full_names_before``."""

from marsad.analyze.entities import names3, typefix
from marsad.analyze.entities.crf import _rare_word


def test_prison_named_after_its_place_is_org() -> None:
    words = "وأفرجت السلطات السورية عن عشرات المعتقلين من سجن صيدنايا قرب دمشق .".split()
    tags = ["O"] * 8 + ["B-LOC", "O", "B-LOC", "O"]
    out = typefix.institutions_named_after_places(words, tags)
    assert out[8] == "B-ORG" and out[10] == "B-LOC"


def test_school_with_clitic_head_is_org() -> None:
    words = "وسقطت قذيفة قرب مدرسة بيت حانون التابعة للأمم المتحدة .".split()
    tags = ["O", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "O"]
    assert typefix.institutions_named_after_places(words, tags)[4:6] == ["B-ORG", "I-ORG"]


def test_hospital_keeps_its_place_type() -> None:
    # The corpus tags hospitals and ports by their place: «مستشفى الشفاء» stays LOC.
    words = "ونقل الجرحى إلى مستشفى الشفاء في غزة .".split()
    tags = ["O", "O", "O", "O", "B-LOC", "O", "B-LOC", "O"]
    assert typefix.institutions_named_after_places(words, tags) == tags


def test_fixture_line_teams_are_clubs() -> None:
    words = "المجموعة الخامسة : بنفيكا ( البرتغال ) - بايرن ميونيخ ( ألمانيا )".split()
    tags = ["O", "O", "O", "B-PERS", "O", "B-LOC", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O"]
    out = typefix.fixture_clubs(words, tags)
    assert out[3] == "B-ORG" and out[8:10] == ["B-ORG", "I-ORG"]
    assert out[5] == "B-LOC" and out[11] == "B-LOC"


def test_player_with_country_is_not_a_fixture() -> None:
    words = "وسجل ليونيل ميسي ( الأرجنتين ) هدفين في المباراة .".split()
    tags = ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O", "O", "O"]
    assert typefix.fixture_clubs(words, tags) == tags


def test_foreign_club_after_guest_word_is_org() -> None:
    assert _rare_word("برينتفورد")
    words = "وتغلب ليفربول على ضيفه برينتفورد بثلاثة أهداف مقابل هدف .".split()
    tags = ["O", "B-ORG"] + ["O"] * 8
    out = typefix.host_clubs(words, tags)
    assert out[4] == "B-ORG"


def test_common_word_after_guest_word_stays_untagged() -> None:
    words = "وتغلب ليفربول على ضيفه الصاعد حديثا إلى الدوري .".split()
    tags = ["O", "B-ORG"] + ["O"] * 7
    assert typefix.host_clubs(words, tags) == tags


def test_full_name_window_is_centred() -> None:
    # The full name is tagged in sentence 98 and only the family name in sentence 103: a fixed
    # 100-sentence block separated them; the centred window joins them.
    filler = ["وقال", "المتحدث", "إن", "الاجتماع", "انتهى", "."]
    sents = [list(filler) for _ in range(120)]
    tags = [["O"] * 6 for _ in range(120)]
    sents[98] = ["وصرح", "وزير", "الخارجية", "سيرغي", "لافروف", "للصحفيين", "."]
    tags[98] = ["O", "O", "O", "B-PERS", "I-PERS", "O", "O"]
    sents[103] = ["وأكد", "سيرغي", "لافروف", "أن", "موسكو", "سترد", "."]
    tags[103] = ["O", "O", "B-PERS", "O", "B-LOC", "O", "O"]
    out = names3.full_names_before(sents, tags)
    assert out[103][1:3] == ["B-PERS", "I-PERS"]
    far = names3.full_names_before(sents, tags, half=3)
    assert far[103][1:3] == ["O", "B-PERS"]
