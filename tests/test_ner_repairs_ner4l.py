"""places2 repairs: coordinated places and hamza-spelled particles at the edges of personal names."""

from marsad.analyze.entities.places2 import coordinated_places, places2_repairs, trim_particles


def test_place_coordinated_with_a_tagged_place_is_a_place() -> None:
    words = "اندلعت اشتباكات عنيفة على الطريق بين بغداد وبعقوبة مساء الأحد".split()
    tags = ["O"] * len(words)
    tags[6] = "B-LOC"
    out = coordinated_places(words, tags)
    assert out[7] == "B-LOC"


def test_common_word_after_a_place_stays_untagged() -> None:
    words = "وصل الوفد إلى القاهرة والتقى وزير الخارجية".split()
    tags = ["O"] * len(words)
    tags[3] = "B-LOC"
    assert coordinated_places(words, tags)[4] == "O"


def test_hamza_particle_is_not_the_start_of_a_name() -> None:
    words = "وأخبرني الناقد بأن محفوظ كان يكتب كل صباح".split()
    tags = ["O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O"]
    out = trim_particles(words, tags)
    assert out[2:4] == ["O", "B-PERS"]


def test_trailing_ala_before_an_is_the_preposition() -> None:
    words = "وشدد المدرب عبدالله صالح على أن فريقه جاهز للمباراة".split()
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O", "O", "O"]
    out = places2_repairs([words], [tags])[0]
    assert out[2:5] == ["B-PERS", "I-PERS", "O"]


def test_name_ali_is_kept() -> None:
    words = "استقبل الرئيس محمد علي الوفد الزائر".split()
    tags = ["O", "O", "B-PERS", "I-PERS", "O", "O"]
    assert trim_particles(words, tags) == tags
