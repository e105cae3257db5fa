"""MISC repairs of round 4h (marsad.analyze.entities.misc2): titles, lists of works, tournaments, models."""

from marsad.analyze.entities import misc2
from marsad.eval.ner import spans


def _spans(tokens: list[str], tags: list[str]) -> list[tuple[str, str]]:
    return [(" ".join(tokens[a:b]), t) for a, b, t in spans(tags)]


def test_quoted_title_after_bi_unwan() -> None:
    toks = "وتقدم المذيعة هذا الموسم برنامجا جديدا بعنوان « صباح الخير يا عرب » على القناة الأولى .".split()
    out = misc2.tag_titled_works(toks, ["O"] * len(toks))
    assert _spans(toks, out) == [("صباح الخير يا عرب", "MISC")]


def test_quoted_title_of_a_paper_stays_untagged() -> None:
    toks = 'وقدم الباحث ورقة عمل بعنوان " أمن الطاقة " أمام المؤتمر .'.split()
    assert misc2.tag_titled_works(toks, ["O"] * len(toks)) == ["O"] * len(toks)


def test_coordinated_quoted_works_follow_a_tagged_title() -> None:
    toks = 'ومن أشهر روايات الطيب صالح " موسم الهجرة إلى الشمال " و " عرس الزين " و " بندر شاه " .'.split()
    tags = ["O"] * len(toks)
    a = toks.index("موسم")
    tags[a : a + 4] = ["B-MISC", "I-MISC", "I-MISC", "I-MISC"]
    out = misc2.tag_work_lists(toks, tags)
    assert ("عرس الزين", "MISC") in _spans(toks, out)
    assert ("بندر شاه", "MISC") in _spans(toks, out)


def test_tournament_with_its_complement() -> None:
    toks = "وحصد المنتخب ميداليتين في بطولة العالم للمصارعة المقامة حاليا في بودابست .".split()
    out = misc2.tag_tournaments(toks, ["O"] * len(toks))
    assert _spans(toks, out) == [("بطولة العالم للمصارعة", "MISC")]


def test_tournament_construct_chain_absorbs_place() -> None:
    toks = "وتأهل الفريق إلى نهائي ببطولة كأس الأمم الآسيوية بعد فوزه أمس .".split()
    tags = ["O"] * len(toks)
    out = misc2.tag_tournaments(toks, tags)
    assert ("ببطولة كأس الأمم الآسيوية", "MISC") in _spans(toks, out)


def test_definite_tournament_with_nisba() -> None:
    toks = "وودع المنتخب البطولة الآسيوية من الدور الأول .".split()
    out = misc2.tag_tournaments(toks, ["O"] * len(toks))
    assert _spans(toks, out) == [("البطولة الآسيوية", "MISC")]
    toks = "وأكد المدرب أن هذه البطولة صعبة .".split()
    assert misc2.tag_tournaments(toks, ["O"] * len(toks)) == ["O"] * len(toks)


def test_acting_sense_is_not_an_event() -> None:
    toks = "ويعرض الفيلم الجديد بطولة عادل إمام ويسرا في دور العرض .".split()
    tags = ["O"] * len(toks)
    i = toks.index("بطولة")
    tags[i : i + 3] = ["B-MISC", "I-MISC", "I-MISC"]
    out = misc2.drop_acting_sense(toks, tags)
    assert ("عادل إمام", "PERS") in _spans(toks, out)
    assert out[i] == "O"
    toks = "وتألق اللاعب في بطولة هذا الموسم .".split()
    tags = ["O"] * len(toks)
    tags[3:6] = ["B-MISC", "I-MISC", "I-MISC"]
    assert misc2.drop_acting_sense(toks, tags) == ["O"] * len(toks)


def test_model_after_tiraz() -> None:
    toks = "وأعلنت الشركة شراء عشر طائرات من طراز إيرباص 320 لتوسيع أسطولها .".split()
    tags = ["O"] * len(toks)
    i = toks.index("إيرباص")
    tags[i] = "B-ORG"
    out = misc2.tag_models(toks, tags)
    assert _spans(toks, out) == [("إيرباص 320", "MISC")]
    toks = "وسيارات من طراز عام 2007 .".split()
    assert misc2.tag_models(toks, ["O"] * len(toks)) == ["O"] * len(toks)
