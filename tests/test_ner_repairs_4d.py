"""Post-CRF repairs of ner-rep4a, second pass: clubs listed after a dual/plural club noun, ORG spans
spread over the story after the ORG rules, and numbered events («الحرب العالمية الثانية»)."""

from marsad.analyze.entities.misc import tag_numbered_events
from marsad.analyze.entities.orgs import coordinated_clubs, spread_orgs


def _o(tokens: list[str]) -> list[str]:
    return ["O"] * len(tokens)


def test_second_club_after_dual_noun_with_nisba() -> None:
    toks = "وتعادل فريقا الرجاء البيضاوي والمغرب التطواني في الجولة العاشرة".split()
    tags = _o(toks)
    tags[2:4] = ["B-ORG", "I-ORG"]
    out = coordinated_clubs(toks, tags)
    assert out[4:6] == ["B-ORG", "I-ORG"] and out[6] == "O"


def test_club_list_after_plural_noun_skips_country() -> None:
    toks = "وتتنافس أندية الأهلي المصري والترجي والنجم على اللقب".split()
    tags = _o(toks)
    tags[2] = "B-ORG"
    out = coordinated_clubs(toks, tags)
    assert out[3] == "O" and out[4] == out[5] == "B-ORG" and out[6] == "O"


def test_conjunct_without_plural_noun_left_alone() -> None:
    toks = "وقال مدرب الهلال والمنتخب الوطني إن الاستعداد جيد".split()
    tags = _o(toks)
    tags[2] = "B-ORG"
    assert coordinated_clubs(toks, tags) == tags


def test_org_found_by_rules_spreads_to_later_sentence() -> None:
    sents = ["وتغلب فريق الغرافة على الريان بهدفين".split(),
             "وبهذا الفوز رفع الغرافة رصيده إلى عشرين نقطة".split(),
             "ويلتقي الغرافة مع السد الأسبوع المقبل".split()]
    tags = [_o(s) for s in sents]
    tags[0][2] = tags[0][4] = "B-ORG"
    tags[2][1] = "B-LOC"  # a tagged word is never retyped here
    out = spread_orgs(sents, tags)
    assert out[1][3] == "B-ORG" and out[2][1] == "B-LOC" and out[0] == tags[0]


def test_no_org_no_change() -> None:
    sents = ["وصل الوفد إلى العاصمة مساء أمس".split()]
    assert spread_orgs(sents, [_o(sents[0])]) == [_o(sents[0])]


def test_numbered_war_is_misc_with_ordinal() -> None:
    toks = "وبنيت المحطة بعد الحرب العالمية الثانية بعشر سنوات".split()
    out = tag_numbered_events(toks, _o(toks))
    assert out[3:6] == ["B-MISC", "I-MISC", "I-MISC"] and out[2] == out[6] == "O"
    toks = "وشبه المؤرخ الأزمة بالحرب العالمية الأولى في حدتها".split()
    out = tag_numbered_events(toks, _o(toks))
    assert out[3:6] == ["B-MISC", "I-MISC", "I-MISC"] and out[2] == "O"


def test_war_phrase_without_ordinal_left_alone() -> None:
    toks = "وتخوض الدول ما تسميه الحرب العالمية على الإرهاب".split()
    assert tag_numbered_events(toks, _o(toks)) == _o(toks)
