"""NER repair round 4i: late spreading of places and organizations over the story (``docfix``)."""

from marsad.analyze.entities.docfix import late_propagation


def _doc(*sentences: str) -> list[list[str]]:
    return [s.split() for s in sentences]


def test_place_found_once_spreads_also_behind_a_proclitic() -> None:
    sents = _doc("وصل الوفد الحكومي إلى مدينة فاس صباح الأحد",
                 "وقال مسؤول محلي إن الاجتماع بفاس سيبحث ملف المياه",
                 "وتعد فاس من أقدم المدن المغربية")
    tags = [["O", "O", "O", "O", "O", "B-LOC", "O", "O"],
            ["O"] * 10,
            ["O"] * 6]
    out = late_propagation(sents, tags)
    assert out[0] == tags[0]
    assert out[1][5] == "B-LOC"          # بفاس
    assert out[2][1] == "B-LOC"          # فاس
    assert out[1].count("O") == 9


def test_organization_spreads_only_in_its_exact_form() -> None:
    sents = _doc("فاز الوحدة على الجزيرة بهدفين في الدوري الإماراتي",
                 "وأكد المدرب أن الوحدة قدم مباراة كبيرة",
                 "ودعا اللاعبين إلى التمسك بالوحدة داخل الفريق")
    tags = [["O", "B-ORG", "O", "B-ORG", "O", "O", "O", "O"],
            ["O"] * 7,
            ["O"] * 7]
    out = late_propagation(sents, tags)
    assert out[1][3] == "B-ORG"          # الوحدة, the club again
    assert out[2] == ["O"] * 7           # «بالوحدة» (in unity) is no club


def test_people_and_tagged_words_are_left_alone() -> None:
    sents = _doc("التقى الرئيس عباس بوزير الخارجية الأردني",
                 "وقال عباس إن المفاوضات متوقفة")
    tags = [["O", "O", "B-PERS", "O", "O", "B-LOC"], ["O"] * 5]
    out = late_propagation(sents, tags)
    assert out == tags
