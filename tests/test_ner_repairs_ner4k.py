"""Post-CRF repairs of ner4k (entities/orgs2.py): outlets named after their noun, foreign clubs before a
nationality adjective, quoted works a few words after a work noun."""

from marsad.analyze.entities.orgs2 import (
    clubs_before_adjectives,
    orgs2_repairs,
    outlets_after_heads,
    quoted_titles_near_works,
)


def _o(tokens: list[str]) -> list[str]:
    return ["O"] * len(tokens)


def test_outlet_after_newspaper_noun() -> None:
    toks = "ونقلت جريدة الشروق عن مصادر حكومية أن الموازنة الجديدة ستقر الأسبوع المقبل".split()
    out = outlets_after_heads(toks, _o(toks))
    assert out[2] == "B-ORG" and out[3] == "O" and out.count("B-ORG") == 1


def test_outlet_with_clitic_and_two_definite_words() -> None:
    toks = "وقال الوزير في حديث لمجلة الأهرام العربي إن المفاوضات متعثرة".split()
    out = outlets_after_heads(toks, _o(toks))
    assert out[5:7] == ["B-ORG", "O"]  # a nisba after the name describes it
    toks = "أسس الكاتب مجلة الرسالة الجديدة في القاهرة عام 1933".split()
    out = outlets_after_heads(toks, _o(toks))
    assert out[3:5] == ["B-ORG", "I-ORG"]


def test_outlet_noun_before_common_words_left_alone() -> None:
    toks = "ونشرت الوزارة البيان على شبكة الإنترنت صباح اليوم".split()
    assert outlets_after_heads(toks, _o(toks)) == _o(toks)
    toks = "وبحسب الصحيفة الإسرائيلية فإن الحكومة تدرس الخطة".split()  # the definite noun takes an adjective
    assert outlets_after_heads(toks, _o(toks)) == _o(toks)
    toks = "تصدر في المدينة صحيفة يومية واحدة منذ عشرين عاما".split()
    assert outlets_after_heads(toks, _o(toks)) == _o(toks)


def test_foreign_club_before_nationality_adjective() -> None:
    toks = "وانتقل المهاجم الشاب إلى غريميو البرازيلي في صفقة بلغت قيمتها خمسة ملايين يورو".split()
    out = clubs_before_adjectives(toks, _o(toks))
    assert out[4] == "B-ORG" and out.count("B-ORG") == 1


def test_common_noun_before_nationality_adjective_left_alone() -> None:
    toks = "وأشاد المدرب بالأداء الرائع للمدافع الإيطالي في المباراة".split()
    assert clubs_before_adjectives(toks, _o(toks)) == _o(toks)
    toks = "وأجرى الوزير مباحثات مع نظيره الروماني في بوخارست".split()
    assert clubs_before_adjectives(toks, _o(toks)) == _o(toks)


def test_quoted_works_after_work_noun_and_adjective() -> None:
    toks = 'وكتب الطيب صالح روايته الشهيرة " عرس الزين " و " بندر شاه " في الستينيات والسبعينيات'.split()
    tags = _o(toks)
    tags[1:3] = ["B-PERS", "I-PERS"]
    out = quoted_titles_near_works(toks, tags)
    assert out[6:8] == ["B-MISC", "I-MISC"] and out[11:13] == ["B-MISC", "I-MISC"]
    assert out[1:3] == ["B-PERS", "I-PERS"] and out[14] == "O"


def test_quoted_title_overrides_place_inside_but_keeps_quoted_company() -> None:
    toks = 'وصدرت رواية الكاتب الأولى " القاهرة الجديدة " عام 1945'.split()
    tags = _o(toks)
    tags[5] = "B-LOC"
    out = quoted_titles_near_works(toks, tags)
    assert out[5:7] == ["B-MISC", "I-MISC"]
    toks = 'يتناول كتابه الجديد " أرامكو " وتاريخ النفط في الخليج'.split()
    tags = _o(toks)
    tags[4] = "B-ORG"
    assert quoted_titles_near_works(toks, tags) == tags
    toks = 'ونشر الصحفي في كتابه " 11 سبتمبر " شهادات الناجين'.split()
    assert quoted_titles_near_works(toks, _o(toks)) == _o(toks)


def test_quote_far_from_work_noun_left_alone() -> None:
    toks = 'وقال مؤلف الرواية في حديثه إن " المستقبل مظلم " بلا إصلاح'.split()
    assert quoted_titles_near_works(toks, _o(toks)) == _o(toks)


def test_orgs2_repairs_in_postprocess() -> None:
    from marsad.analyze.entities.crf import postprocess

    toks = "وذكرت جريدة الشروق أن البرلمان سيناقش القانون غدا".split()
    out = postprocess([toks], [_o(toks)])[0]
    assert out[2] == "B-ORG"
    assert orgs2_repairs(toks, _o(toks))[2] == "B-ORG"


def test_tagged_run_right_after_work_noun_keeps_its_tags() -> None:
    toks = 'ويتناول كتاب « روسيا بوتين » تحولات الحكم في موسكو'.split()
    tags = _o(toks)
    tags[3], tags[4], tags[9] = "B-LOC", "B-PERS", "B-LOC"
    assert quoted_titles_near_works(toks, tags) == tags
