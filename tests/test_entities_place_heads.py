"""Post-CRF LOC repairs: place nouns and compass words stay outside the place (ner-rep3)."""

from marsad.analyze.entities.crf import compass_places, trim_place_heads


def test_head_noun_left_outside_the_place():
    words = "وقصفت الطائرات منزلا في مخيم جباليا شمال قطاع غزة".split()
    tags = ["O", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC", "I-LOC"]
    out = trim_place_heads(words, tags)
    assert out[4:6] == ["O", "B-LOC"]
    assert out[8:10] == ["B-LOC", "I-LOC"]  # «قطاع غزة» does not start with a head of the list


def test_head_after_clitic_and_compass_word():
    words = "واعتقلت الشرطة ثلاثة مسلحين بمحافظة ديالى وجنوب لبنان".split()
    tags = ["O", "O", "O", "O", "B-LOC", "I-LOC", "B-LOC", "I-LOC"]
    assert trim_place_heads(words, tags) == ["O", "O", "O", "O", "O", "B-LOC", "O", "B-LOC"]


def test_names_that_start_with_a_head_keep_it():
    words = "وصل الوفد إلى جنوب أفريقيا لبحث السلام في الشرق الأوسط وفي شرق أوسط جديد".split()
    tags = ["O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O"]
    assert trim_place_heads(words, tags) == tags


def test_name_after_compass_word_is_a_place():
    words = "وتواصلت الاشتباكات في جنوب كردفان بين الجيش والمتمردين".split()
    tags = ["O", "O", "O", "O", "B-ORG", "O", "O", "O"]
    assert compass_places(words, tags)[4] == "B-LOC"
    other = "وقال حزب الأمة إن".split()
    assert compass_places(other, ["O", "B-ORG", "I-ORG", "O"]) == ["O", "B-ORG", "I-ORG", "O"]
