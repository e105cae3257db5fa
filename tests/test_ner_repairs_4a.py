"""Post-CRF repairs of ner-rep4a: clubs after «فريق/نادي», foreign company names, named venues, storms, chapters."""

from marsad.analyze.entities.misc import tag_named_after_heads
from marsad.analyze.entities.orgs import definite_clubs_after_club_nouns, foreign_companies


def _o(tokens: list[str]) -> list[str]:
    return ["O"] * len(tokens)


def test_definite_club_after_team_noun_with_nisba() -> None:
    toks = "وتغلب فريق الوداد البيضاوي على ضيفه في الجولة الخامسة".split()
    out = definite_clubs_after_club_nouns(toks, _o(toks))
    assert out[2:4] == ["B-ORG", "I-ORG"] and out[4] == "O"


def test_definite_club_keeps_country_adjective_out() -> None:
    toks = "انتقل المهاجم إلى نادي الهلال السعودي الموسم الماضي".split()
    out = definite_clubs_after_club_nouns(toks, _o(toks))
    assert out[4:6] == ["B-ORG", "O"]


def test_team_noun_before_description_left_alone() -> None:
    toks = "وقال رئيس فريق الدفاع عن المتهمين إن الجلسة أجلت".split()
    assert definite_clubs_after_club_nouns(toks, _o(toks)) == _o(toks)
    toks = "سيلعب المنتخب على ملعب فريق العاصمة الفرنسية غدا".split()
    assert definite_clubs_after_club_nouns(toks, _o(toks)) == _o(toks)


def test_foreign_company_after_company_noun() -> None:
    toks = "وقعت الحكومة عقدا مع شركة بتروناس الماليزية لتطوير الحقل".split()
    out = foreign_companies(toks, _o(toks))
    assert out[5] == "B-ORG" and out[4] == out[6] == "O"


def test_everyday_word_after_company_noun_left_alone() -> None:
    toks = "أعلنت شركة النفط الوطنية عن أرباحها".split()
    assert foreign_companies(toks, _o(toks)) == _o(toks)


def test_airport_named_after_person_is_misc() -> None:
    toks = "هبطت الطائرة في مطار رفيق الحريري الدولي ببيروت".split()
    tags = ["O", "O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC"]
    out = tag_named_after_heads(toks, tags)
    assert out[4:6] == ["B-MISC", "I-MISC"] and out[7] == "B-LOC"


def test_airport_named_after_city_stays_place() -> None:
    toks = "وصل الوفد إلى مطار القاهرة الدولي".split()
    tags = ["O", "O", "O", "O", "B-LOC", "O"]
    assert tag_named_after_heads(toks, tags) == tags


def test_quoted_stadium_is_misc() -> None:
    toks = 'تقام المباراة على استاد " أنفيلد " في ليفربول'.split()
    out = tag_named_after_heads(toks, _o(toks))
    assert out[5] == "B-MISC" and out[4] == out[6] == "O"


def test_storm_name() -> None:
    toks = "ضرب الإعصار دوريان جزر البهاما الشهر الماضي".split()
    out = tag_named_after_heads(toks, _o(toks))
    assert out[2] == "B-MISC" and out[1] == "O" and out.count("B-MISC") == 1


def test_quran_chapter() -> None:
    toks = "وتلا الإمام آيات من سورة الكهف قبل الخطبة".split()
    out = tag_named_after_heads(toks, _o(toks))
    assert out[5] == "B-MISC" and out.count("B-MISC") == 1


def test_storm_name_after_adjective() -> None:
    toks = "اقتربت العاصفة الاستوائية إيرما من سواحل فلوريدا".split()
    out = tag_named_after_heads(toks, _o(toks))
    assert out[3] == "B-MISC" and out[1] == out[2] == "O"
