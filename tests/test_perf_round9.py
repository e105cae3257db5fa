"""Speed round 9 (entities/linking side, text core): each faster path gives what the plain version gave.

The plain versions are kept here, as they were before the round, and compared on words and
strings chosen to reach every branch (marks, presentation forms, لل, ties, repeated names).
"""

from __future__ import annotations

import importlib
import random
import unicodedata

import pytest
import Stemmer

from marsad.analyze.entities import cues, gazetteer, induced, linking
from marsad.analyze.entities.lexicon import get_kb_safe
from marsad.analyze.entities.wordseq import WordSeq, first_word_variants
from marsad.model import Mention
from marsad.text import tokens

# ``marsad.text`` re-exports the functions under the modules' names
normalize_module = importlib.import_module("marsad.text.normalize")
stem_module = importlib.import_module("marsad.text.stem")

WORDS = [
    "والعراق", "بالعراق", "للعراق", "للجنة", "لللجنة", "وللمواطنين", "فبالتالي", "وزير", "وفد", "فرنسا",
    "قواتهم", "تفاهم", "محاكم", "له", "بها", "ولهم", "الذي", "الله", "كتابٌ", "وَلِلْحُكومة", "والـــعراق",
    "ﻻ", "ﷲ", "ﻷحمد", "ـــ", "كورونا", "وتل", "بأم", "وبحي", "فتح", "وجه", "عمان", "والرياض", "بالسعودية",
    "السورية", "الكوري", "الشمالي", "جنوب", "أفريقي", "سوريا", "3.5", "abc", "،", "«", "x1", "١٢٣",
]


def _reference_word_pieces(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """``tokens._word_pieces`` before the round."""
    marks = tokens._MARKS
    letters = range(len(text)) if marks.isdisjoint(text) else [i for i, ch in enumerate(text) if ch not in marks]
    norm = tokens._norm(text)
    if len(norm) != len(letters):
        return ((0, len(text), norm, "word"),)
    cuts = tokens.clitic_split(norm)
    if not cuts:
        return ((0, len(text), norm, "word"),)
    sliced = not normalize_module.PRESENTATION_FORMS.search(text)
    at = (0, *cuts, len(norm))
    bounds = [0] + [letters[c] for c in cuts] + [len(text)]
    spans = [(bounds[j], bounds[j + 1]) for j in range(len(bounds) - 1)]
    stem_j = max(range(len(spans)), key=lambda j: spans[j][1] - spans[j][0])
    pieces: list[tuple[int, int, str, str]] = []
    for j, (a, b) in enumerate(spans):
        seg_norm = norm[at[j] : at[j + 1]] if sliced else tokens._norm(text[a:b])
        if seg_norm == "ل" and j > 0 and pieces[-1][2] == "ل" and j < stem_j:
            seg_norm = "ال"
        pieces.append((a, b, seg_norm, "word" if j == stem_j else "clitic"))
    return tuple(pieces)


def _reference_pieces(tok: str) -> tuple[tuple[str, int, int, str, str], ...]:
    kind = tokens._kind(tok)
    if kind == "word" and len(tok) > 2:
        return tuple((tok[a:b], a, b, norm, k) for a, b, norm, k in _reference_word_pieces(tok))
    return ((tok, 0, len(tok), tokens._norm(tok) or tok, kind),)


@pytest.mark.parametrize("word", WORDS)
def test_word_pieces_match_the_plain_version(word: str) -> None:
    assert tokens._pieces.__wrapped__(word) == _reference_pieces(word)


def test_word_pieces_on_text_words() -> None:
    words, _, _ = tokens.split_words(" ".join(WORDS) + " وَالْعِرَاقِيِّينَ بِالسُّعُودِيَّةِ لِلْجَيْشِ ﻟﻠﺠﻨﺔ")
    for w in words:
        assert tokens._pieces.__wrapped__(w) == _reference_pieces(w), w


def _reference_normalize(text: str) -> str:
    """``normalize`` before the round: presentation forms unfolded first, then the fold."""
    text = normalize_module.fold_presentation_forms(text)
    if len(text) < normalize_module._REPLACE_FROM:
        text = text.translate(normalize_module._DROP_TABLE)
    else:
        text = normalize_module._replace_all(text, normalize_module._DROP_PAIRS)
    return " ".join(text.split())


def test_normalize_folds_presentation_forms_as_before() -> None:
    forms = [chr(c) for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD))]
    pool = forms + [chr(c) for c in range(0x600, 0x700)] + list("abc \u00a0\u200b\ufeff\n") + ["ﷺ"]
    rnd = random.Random(9)
    texts = forms + WORDS + ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 70))) for _ in range(3000)]
    texts += ["ﷺ" * k for k in range(1, 8)] + ["ﷲ" * 47]  # short before unfolding, long after
    for t in texts:
        assert normalize_module.normalize(t) == _reference_normalize(t), repr(t)
    assert all(unicodedata.normalize("NFKC", f).translate(normalize_module._DROP_TABLE) ==
               f.translate(normalize_module._FOLD_TABLE) for f in forms)


def test_stems_unchanged_without_the_stemmers_own_cache() -> None:
    plain = Stemmer.Stemmer("arabic")
    for w in [*WORDS, "المفاوضات", "والمسؤولين", "يستخدمون"]:
        norm = normalize_module.normalize(w)
        assert stem_module.stem.__wrapped__(norm) == (plain.stemWord(norm) if norm else "")


def _reference_starts(norm: str) -> tuple[tuple[str, int, int, int], ...]:
    """``gazetteer._compute_starts`` without its quick refusal."""
    firsts = gazetteer._FIRSTS[0]
    return tuple((f, k, firsts[f], least) for f, k, least in gazetteer._variants(norm)
                 if firsts.get(f, 0) >= max(least, 1)
                 and (least != gazetteer.PLACE_ONLY or norm not in gazetteer._never_peeled()))


def test_alias_starts_match_the_full_variants() -> None:
    kb = get_kb_safe()
    if kb is None:
        pytest.skip("no KB")
    gazetteer.match(WordSeq.of("في بغداد"))  # sets the KB's first words and their tails
    norms = {normalize_module.normalize(w) for w in WORDS}
    for alias in list(kb.alias_index())[:3000]:  # every alias's first word, with clitics put before it
        first = alias.split()[0]
        norms.update({first, "و" + first, "ب" + first, "ل" + first, "وب" + first, "لل" + first[2:], first[2:], first[1:]})
    found = 0
    for n in sorted(norms):
        got = gazetteer._compute_starts(n)
        assert got == _reference_starts(n), n
        found += bool(got)
    assert found > 1000


def test_pair_adjectives_match_without_the_tail_test() -> None:
    kb = get_kb_safe()
    if kb is None:
        pytest.skip("no KB")
    from marsad.kb.adjectives import strip_candidates

    def plain(first: str, second: str) -> str | None:
        tail = normalize_module.normalize(second)
        if tail.startswith("ال") and len(tail) > 4:
            tail = tail[2:]
        for cand in strip_candidates(normalize_module.normalize(first)):
            code = kb.adjective_index().get(cand + " " + tail)
            if code:
                return code
        return None

    pairs = [tuple(f.split(" ", 1)) for f in kb.adjective_index() if " " in f]
    pairs += [("ال" + a, "ال" + b) for a, b in pairs] + [("و" + a, b) for a, b in pairs]
    pairs += list(zip(WORDS, WORDS[1:], strict=False))
    assert any(plain(a, b) for a, b in pairs)
    for a, b in pairs:
        assert kb.country_of_adjective_pair(a, b) == plain(a, b), (a, b)


def _reference_word_features(tok: str, lex: induced.Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    k = induced.key(tok)
    row = lex.get(k) if k is not None else None
    if row is None or row[0] < induced.MIN_COUNT:
        return (), ()
    n = row[0]
    index = {t: i + 1 for i, t in enumerate(induced.TYPES)}
    own = [f"lx{t}={induced._bucket(row[i] / n)}" for t, i in index.items() if row[i]]
    if not own:
        return ("lx0",), ()
    top = max(index, key=lambda t: row[index[t]])
    return tuple(own), (("lxt=" + top,) if row[index[top]] >= induced.TOP_SHARE * n else ())


def test_lexicon_features_match_the_plain_version() -> None:
    counts = [0, 1, 2, 5, 9]
    lex: induced.Lexicon = {}
    toks = []
    for k, row in enumerate((a, b, c, d) for a in counts for b in counts for c in counts for d in counts):
        tok = "كلمة" + "ب" * (k % 7) + "ت" * (k // 7)  # distinct Arabic tokens, each its own key
        lex[induced.key(tok)] = [max(induced.MIN_COUNT - (k % 2), sum(row)), *row]  # ties, zero rows, rare words
        toks.append(tok)
    for tok in [*toks, *WORDS]:
        assert induced.word_features(tok, lex) == _reference_word_features(tok, lex), tok


def _reference_coreference(mentions: list[Mention]) -> None:
    """``linking.coreference`` before the round: backward scans over the earlier mentions."""
    done: list[Mention] = []
    for m in mentions:
        norm_words = linking._words(m.text)
        if m.how == "head" and norm_words and norm_words[-1] in linking.PAIR_WORDS:
            code = linking.resolve_pairs(done, m)
            if code:
                m.code, m.how = code, "coref"
                m.name_en = linking.describe_code(code)
        elif m.kind == "PERS" and m.entity is None and len(norm_words) == 1:
            for prev in reversed(done):
                if prev.kind == "PERS" and prev.entity and linking._words(prev.text)[-1:] == norm_words:
                    m.entity, m.code, m.name_en, m.how = prev.entity, prev.code, prev.name_en, "coref"
                    break
        elif m.how == "head" and norm_words and not linking._country(m.code) and linking._definite(m.text):
            for prev in reversed(done):
                pw = linking._words(prev.text)
                if pw and pw[0] == norm_words[0] and linking._country(prev.code):
                    m.code, m.how, m.entity = prev.code, "coref", prev.entity
                    m.name_en = prev.name_en if prev.entity else linking.describe_code(m.code)
                    break
        done.append(m)


def _mentions(seed: int) -> list[Mention]:
    rnd = random.Random(seed)
    shapes = [
        ("بشار الأسد", "PERS", "SYR_ASSAD", "SYR-GOV", "gazetteer"), ("الأسد", "PERS", None, None, "crf"),
        ("ماهر الأسد", "PERS", "SYR_MAHER", "SYR-MIL", "gazetteer"), ("أردوغان", "PERS", None, None, "crf"),
        ("رجب طيب أردوغان", "PERS", "TUR_ERDOGAN", "TUR-GOV", "gazetteer"), ("الجيش السوري", "ORG", None, "SYR-MIL", "actor"),
        ("الجيش", "ORG", None, "MIL", "head"), ("والجيش", "ORG", None, "MIL", "head"), ("جيش", "ORG", None, "MIL", "head"),
        ("الحكومة العراقية", "ORG", None, "IRQ-GOV", "actor"), ("الحكومة", "ORG", None, "GOV", "head"),
        ("الجانبين", "ORG", None, "GOV", "head"), ("البلدين", "ORG", None, "GOV", "head"), ("سوريا", "LOC", "SYR", "SYR", "gazetteer"),
        ("العراق", "LOC", "IRQ", "IRQ", "gazetteer"), ("تركيا", "LOC", "TUR", "TUR", "gazetteer"), ("علي", "PERS", None, None, "crf"),
    ]
    out = []
    for k in range(rnd.randint(0, 40)):
        text, kind, ent, code, how = rnd.choice(shapes)
        out.append(Mention(10 * k, 10 * k + len(text), text, kind, ent, code, None, 0, how))
    return out


@pytest.mark.parametrize("seed", range(60))
def test_coreference_matches_the_backward_scans(seed: int) -> None:
    fast, plain = _mentions(seed), _mentions(seed)
    linking.coreference(fast)
    _reference_coreference(plain)
    assert fast == plain


def test_choose_one_id_is_that_entity() -> None:
    kb = get_kb_safe()
    if kb is None:
        pytest.skip("no KB")
    for eid in list(kb.entities)[:50]:
        assert linking.choose([eid]) is kb.get(eid)
        assert linking.choose([eid], "2020-01-01") is kb.get(eid)
    assert linking.choose(["no-such-entity"]) is None
    assert first_word_variants("والعراق")  # the shared helper stays importable from wordseq


def _reference_match_phrase(ws: WordSeq, i: int, table: dict) -> tuple[int, str] | None:
    cands = table.get(ws.strip[i]) or table.get(cues.head_form(ws.strip[i]))
    if not cands:
        return None
    for key, value in cands:
        if len(key) == 1 or tuple(cues.head_form(w) for w in ws.strip[i : i + len(key)]) == key:
            return len(key), value
    return None


def test_phrase_matches_as_before() -> None:
    phrases = [" ".join(k) for table in (cues.titles(), cues.heads()) for cands in table.values() for k, _ in cands]
    rnd = random.Random(5)
    texts = phrases + [" ".join(rnd.sample(phrases, 3)) for _ in range(300)]
    texts += [p.rsplit(" ", 1)[0] for p in phrases if " " in p]  # cut short at the sentence end
    texts += ["وزير الخارجية السعودي قال", "الرئيس", "رئيس الوزراء العراقي", "قوات الأمن", "وفدا عسكريا"]
    hits = 0
    for text in texts:
        ws = WordSeq.of(text)
        for i in range(len(ws)):
            for table in (cues.titles(), cues.heads()):
                got = cues.match_phrase(ws, i, table)
                assert got == _reference_match_phrase(ws, i, table), (text, i)
                hits += got is not None and got[0] > 1
    assert hits > 100
