"""The statistical tagger: a linear-chain CRF (crfsuite, L-BFGS) trained on ANERcorp-style data.

Training goes through pycrfsuite; tagging reads the weights into numpy (``crfmodel``) and scores
each distinct word once (``features.ScoreCache``). A name lexicon induced from unlabeled news
(``induced``) may sit beside the model file (``ner.lexicon.tsv``) and is used when present, and so
may a metadata file (``ner.meta.json``) whose ``entity_bias`` is added to every non-O label's state
score before Viterbi (a recall/precision trade fixed by cross-validation, see ``ENTITY_BIAS``).

Training data: one ``token TAG`` per line (BIO over PERS/LOC/ORG/MISC), sentences split after
``.``/``؟``/``!`` tokens or at blank lines. Malformed lines (empty token, a glued tag) are repaired.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.analyze.entities import induced
from marsad.analyze.entities.crfmodel import CrfModel, viterbi
from marsad.analyze.entities.features import ScoreCache, document_features, phrase_flags, sentence_features
from marsad.analyze.entities.induced import lexicon_path
from marsad.analyze.entities.stack import stack_path, tag_stacked
from marsad.text.normalize import normalize

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "models" / "ner.crfsuite"
TYPES = ("PERS", "LOC", "ORG", "MISC")
_TAG = re.compile(r"^(O|[BI]-(?:PERS|LOC|ORG|MISC))")
_ENDERS = frozenset({".", "؟", "!", "?"})
MAX_SENT = 120  # tokens; longer runs are cut so training and tagging stay linear
# L-BFGS stops after this many passes, before full convergence: the early stop regularizes.
# 5-fold CV on ANERcorp: 150 → 100 passes 0.7855 → 0.7900, every fold better; 400 passes lost
# 0.45 on the weakest fold, 75 gained nothing on the first (screened with that fold's lexicon fixed).
MAX_ITERATIONS = 100
# L2 weight (c2) 0.1 → 0.3: spreads weight over more features instead of a few strong word forms.
# Retrained 5-fold CV with the induced lexicon (re-induced per fold): micro F1 0.8159 → 0.8186, folds
# +.0040/+.0017/+.0089/−.0018/+.0010 (LOC/ORG/MISC up, PERS 0.8053 → 0.8025). Screened first with each
# fold's lexicon fixed (folds 3 and 2): c2 0.3 +.0156/+.0023; c1 0.03 +.0123/−.0004; c1 0.3 c2 0.03
# +.0094/−.0103; c2 1.0 +.0181/+.0003; c1 0.01, c2 0.03/0.05 nothing steady. Fold 3 alone is noisy (±.01).
DEFAULT_C2 = 0.3
DEFAULT_PARAMS = {"c1": 0.1, "c2": DEFAULT_C2, "max_iterations": MAX_ITERATIONS, "feature.possible_transitions": True}
# Added to every non-O label's state score at tagging time (equivalently: subtracted from O), and
# written into the model's metadata by ``marsad train ner``. The 5-fold CV sweep
# (benchmarks/ner_bias_sweep.py) found no gain: micro F1 0.767 at 0, 0.766 at 0.25, 0.754 at 1.0.
ENTITY_BIAS = 0.0

Sentence = list[tuple[str, str]]


def _parse_line(line: str) -> list[tuple[str, str]]:
    """(token, tag) pairs on one line; repairs ``. Oالإصابة O`` and skips empty tokens."""
    fields = line.split()
    if not fields:
        return []
    if len(fields) == 1:
        return [] if _TAG.fullmatch(fields[0]) else [(fields[0], "O")]
    out = []
    tok = fields[0]
    for f in fields[1:]:
        m = _TAG.match(f)
        if m and tok is not None:
            out.append((tok, m.group(1)))
            rest = f[m.end():]
            tok = rest or None
        elif tok is None:
            tok = f
        else:
            tok = tok + " " + f
    return out


def read_corpus(path: str | Path) -> list[Sentence]:
    """Sentences of (token, tag) from a ``token TAG`` file."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            for tok, tag in _parse_line(line):
                cur.append((tok, tag))
                if (tok in _ENDERS and tag == "O") or len(cur) >= MAX_SENT:
                    sents.append(cur)
                    cur = []
    if cur:
        sents.append(cur)
    return sents


def train(sents: Iterable[Sentence], out: str | Path, params: dict | None = None,
          extra: list[list[tuple[str, ...]]] | None = None) -> Path:
    """Train a CRF on (token, tag) sentences and write the model file (``extra``: more per-token features).

    A lexicon, metadata or second-stage file left beside ``out`` by an earlier training is removed:
    it belongs to that model.
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    sents = list(sents)
    doc = document_features([[t for t, _ in s] for s in sents])
    if extra is not None:
        doc = [[a + b for a, b in zip(d, e, strict=True)] for d, e in zip(doc, extra, strict=True)]
    for s, x in zip(sents, doc, strict=True):
        trainer.append(sentence_features([t for t, _ in s], None, x), [g for _, g in s])
    params = dict(params or {})
    algorithm = params.pop("algorithm", "lbfgs")
    trainer.select(algorithm)
    base = DEFAULT_PARAMS if algorithm == "lbfgs" else {
        k: v for k, v in DEFAULT_PARAMS.items() if k not in ("c1", "c2")}
    trainer.set_params({**base, **params})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    lexicon_path(out).unlink(missing_ok=True)
    meta_path(out).unlink(missing_ok=True)
    stack_path(out).unlink(missing_ok=True)
    return out


def meta_path(model: str | Path) -> Path:
    """Where the metadata of a model file lives (beside it)."""
    p = Path(model)
    return p.with_name(p.stem + ".meta.json")


def write_meta(model: str | Path, entity_bias: float, label_bias: dict[str, float] | None = None) -> Path:
    """Save the tagging-time label biases of a model (``entity_bias`` on every non-O label, plus per-label extras)."""
    path = meta_path(model)
    meta = {"entity_bias": entity_bias, "label_bias": dict(label_bias or {})}
    path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_meta(model: str | Path) -> dict:
    """The metadata of a model file (no biases when it has none)."""
    path = meta_path(model)
    if not path.exists():
        return {"entity_bias": 0.0, "label_bias": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def folds(sents: list[Sentence], k: int, seed: int = 13) -> list[tuple[list[Sentence], list[Sentence]]]:
    """K contiguous folds (contiguous blocks keep articles together, as a held-out part would)."""
    del seed  # contiguous split: deterministic by construction
    size = (len(sents) + k - 1) // k
    out = []
    for i in range(k):
        test = sents[i * size : (i + 1) * size]
        trn = sents[: i * size] + sents[(i + 1) * size :]
        out.append((trn, test))
    return out


class Tagger:
    """A loaded CRF model; ``tag`` maps a token list to BIO tags, ``tag_many`` a whole document's sentences."""

    def __init__(self, path: str | Path = MODEL_PATH) -> None:
        self.path = Path(path)
        self.model = CrfModel(self.path)
        self.vocabulary = self.model.vocabulary
        self.lexicon = induced.load(lexicon_path(self.path))
        lex = self.lexicon
        self.scores = ScoreCache(self.model, (lambda tok: induced.word_features(tok, lex)) if lex else None)
        meta = read_meta(self.path)
        self.bias: np.ndarray | None = None
        self.set_bias(self.bias_vector(meta.get("entity_bias", 0.0), meta.get("label_bias")))

    def bias_vector(self, entity_bias: float, label_bias: dict[str, float] | None = None) -> list[float]:
        """Per-label additive state scores: ``entity_bias`` on every label but O, plus per-label extras."""
        extra = label_bias or {}
        return [(0.0 if lab == "O" else entity_bias) + extra.get(lab, 0.0) for lab in self.model.labels]

    def set_bias(self, bias: list[float] | None) -> None:
        """Use these per-label additive state scores when tagging (None or all zero: the plain CRF)."""
        vec = np.asarray(bias, dtype=float) if bias is not None else None
        self.bias = vec if vec is not None and vec.any() else None

    def tag(self, tokens: list[str], flags: list[str | None] | None = None, extra: list[tuple[str, ...]] | None = None) -> list[str]:
        """BIO tags for one sentence of tokens (``extra``: document features; long inputs go in chunks)."""
        return self.tag_many([tokens], [flags] if flags is not None else None, [extra] if extra else None)[0]

    def tag_many(self, sentences: list[list[str]], flags: list[list[str | None]] | None = None,
                 extra: list[list[tuple[str, ...]]] | None = None) -> list[list[str]]:
        """BIO tags for many sentences at once (``flags``: KB phrase flags, computed per chunk when absent)."""
        chunks: list[list[str]] = []
        fl: list[list[str | None]] = []
        ex: list[list[tuple[str, ...]] | None] = []
        owner: list[int] = []
        for k, toks in enumerate(sentences):
            for i in range(0, len(toks), MAX_SENT):
                chunks.append(toks[i : i + MAX_SENT])
                given = flags[k] if flags else None
                fl.append(given[i : i + MAX_SENT] if given else phrase_flags(chunks[-1]))
                ex.append(extra[k][i : i + MAX_SENT] if extra and extra[k] else None)
                owner.append(k)
        labels = self.model.labels
        out: list[list[str]] = [[] for _ in sentences]
        paths = viterbi(self.scores.states(chunks, fl, ex), self.model.transitions, self.bias)
        label_of = labels.__getitem__
        for k, path in zip(owner, paths, strict=True):
            out[k] += map(label_of, path)
        return out

    def tag_text(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text, with document features across them."""
        safe = [[t if t.strip() else "_" for t in s] for s in sentences]
        return self.tag_many(safe, None, document_features(safe))


PROPAGATE_CLITICS = True
PROPAGATE_MIN_SHARE = 0.1
PROPAGATION_WINDOW = 100  # sentences: a name tagged once is tagged everywhere nearby
_LIGHT_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"


_LIGHT_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ـ": None} | dict.fromkeys(_DIACRITICS, None))


@lru_cache(maxsize=100_000)
def propagation_key(word: str) -> str:
    """Matching form of a word for label propagation: alef forms and diacritics folded, ى/ي and ة/ه kept.

    على (on) must not match the name علي, so the full matching normalization is not used here.
    """
    return word.translate(_LIGHT_FOLD) or word


def _bare(key: str) -> str | None:
    """The key without its first letter when that can be a one-letter proclitic (للوسي → لوسي), or None."""
    return key[1:] if len(key) > 3 and key[0] in _LIGHT_PROCLITICS else None


def propagate(tokens: list[list[str]], tags: list[list[str]], window: int = PROPAGATION_WINDOW,
              *, clitics: bool = PROPAGATE_CLITICS,
              min_share: float = PROPAGATE_MIN_SHARE) -> list[list[str]]:
    """Label consistency: an untagged token sequence the tagger tagged nearby (``window`` sentences
    centred on it) gets that type.

    News repeats names (أراجون five times in one story); the CRF often catches one occurrence
    and misses others. Only runs of O tags are changed, longest known sequence first. With
    ``clitics`` a known name also matches behind one or two one-letter proclitics (للوسي يعقوب).
    A one-word name the tagger marked in fewer than ``min_share`` of its occurrences is not
    spread: على tagged once as the name Ali must not turn seventy prepositions into people.
    The window slides with the sentence (``propfix``): fixed blocks cut stories at arbitrary points,
    so a name tagged just before a block edge never reached its repeats just after it.
    Cached 5-fold ANERcorp tags: micro F1 0.8216 → 0.8232 against fixed blocks.
    """
    from marsad.analyze.entities.propfix import propagate_centred

    return propagate_centred(tokens, tags, window // 2, clitics=clitics, min_share=min_share)


def _drop_rare(known: dict, block: list[list[str]], min_share: float) -> None:
    """Forget one-word keys tagged in too small a share of their occurrences in the block (in place)."""
    singles = {k[0] for k in known if len(k) == 1}
    seen: dict[str, int] = dict.fromkeys(singles, 0)
    for words in block:
        for w in words:
            if w in seen:
                seen[w] += 1
    for w in singles:
        if sum(known[(w,)].values()) < min_share * seen[w]:
            del known[(w,)]


def _fill(words: list[str], tags: list[str], known: dict, longest: int, clitics: bool = False) -> None:
    """Tag the known sequences of one sentence in place where it has only O tags."""
    a = 0
    n = len(words)
    while a < n:
        step = 1
        for length in range(min(longest, n - a), 0, -1):
            key = tuple(words[a : a + length])
            if key not in known and clitics:
                bare = _bare(key[0])
                key = (bare, *key[1:]) if bare else key
                if key not in known and bare and _bare(bare):
                    key = (_bare(bare), *key[1:])
            if key not in known:
                continue
            free = all(t == "O" for t in tags[a : a + length]) and (a + length == n or not tags[a + length].startswith("I-"))
            if free and len("".join(key)) >= 3:
                typ = known[key].most_common(1)[0][0]
                tags[a : a + length] = ["B-" + typ] + ["I-" + typ] * (length - 1)
                step = length
            break
        a += step


def unify_types(tokens: list[list[str]], tags: list[list[str]], window: int = PROPAGATION_WINDOW) -> list[list[str]]:
    """Type consistency: a name tagged with several types nearby (``window`` sentences centred on it)
    takes its majority type.

    The CRF types a name from its local context, so one story may call نوكيا an organization
    four times and a place once («في نوكيا»). Each span whose exact word sequence (light fold,
    as in ``propagate``) the window tags more often with another type is retyped; ties stay.
    5-fold CV on ANERcorp: micro F1 0.7769 → 0.7779, no fold worse; the sliding window
    (``propfix``) instead of fixed blocks: cached folds 0.8232 → 0.8234.
    """
    from marsad.analyze.entities.propfix import unify_centred

    return unify_centred(tokens, tags, window // 2)


def postprocess(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The document-level repairs after the CRF (shared by tagging and ``eval ner --cv``):
    label propagation, personal-name boundaries, type consistency, patronymic chains and prepositional last
    words of names, clubs in fixture lists, then the ORG rules (``orgs``), the MISC rules (``misc``, named venues,
    storms and chapters last), ORG names spread over the story (``spread_orgs``), the family names of people named
    in full (``propagate_surnames``), and the name boundary repairs of ``namefix`` (with the spreading of the
    personal names they found), the head-word and list repairs of ``namefix2``, then the repairs of spans of the
    wrong type or extent of ``precision``, the sports-club repairs of ``precision2`` and the MISC titles,
    tournaments and product models of ``misc2``, the late spreading of places and organizations
    of ``docfix``, the list, first-name and speaker repairs of ``persons2``, the outlets, foreign clubs and quoted
    works of ``orgs2``, the coordinated places and particle trims of ``places2``, ``precision3`` and ``names3``, and last
    the place and person spans retyped as organizations of ``typefix``."""
    from marsad.analyze.entities.misc import (
        tag_currencies,
        tag_dated_events,
        tag_named_after_heads,
        tag_numbered_events,
        tag_quoted_works,
    )
    from marsad.analyze.entities.orgs import org_rules, spread_orgs

    tagged = propagate(sentences, tags)
    unified = unify_types(sentences, [org_after_heads(s, person_boundaries(s, split_located_orgs(s, t)))
                                      for s, t in zip(sentences, tagged, strict=True)])
    names = [clubs_in_fixture_lists(s, drop_prepositional_tail(s, run_on_patronymics(s, t))
                                    if "I-PERS" in t or "B-PERS" in t else t)
             for s, t in zip(sentences, unified, strict=True)]
    repaired = [tag_numbered_events(s, tag_named_after_heads(s, tag_dated_events(s, tag_quoted_works(
                    s, tag_currencies(s, org_rules(s, compass_places(s, trim_place_heads(s, t))))))))
                for s, t in zip(sentences, names, strict=True)]
    from marsad.analyze.entities import namefix2
    from marsad.analyze.entities.namefix import document_repairs
    from marsad.analyze.entities.precision import precision_repairs
    from marsad.analyze.entities.precision2 import precision2_repairs

    fixed = document_repairs(sentences, propagate_surnames(sentences, spread_orgs(sentences, repaired)))
    from marsad.analyze.entities.misc2 import misc2_repairs

    fixed = namefix2.document_repairs(sentences, fixed)
    fixed = [misc2_repairs(s, precision2_repairs(s, precision_repairs(s, t)))
             for s, t in zip(sentences, fixed, strict=True)]
    from marsad.analyze.entities.docfix import document_fixes
    from marsad.analyze.entities.orgs2 import orgs2_repairs
    from marsad.analyze.entities.persons2 import persons2_repairs
    from marsad.analyze.entities.places2 import places2_repairs

    fixed = persons2_repairs(sentences, document_fixes(sentences, fixed))
    fixed = [orgs2_repairs(s, t) for s, t in zip(sentences, fixed, strict=True)]
    from marsad.analyze.entities.names3 import names3_repairs
    from marsad.analyze.entities.precision3 import precision3_repairs

    fixed = names3_repairs(sentences, precision3_repairs(sentences, places2_repairs(sentences, fixed)))
    from marsad.analyze.entities.typefix import typefix_repairs

    return typefix_repairs(sentences, fixed)


def _rare_word(word: str) -> bool:
    """True for a word outside the news vocabulary of the word clusters (a foreign or uncommon name:
    «باتشان», «بنحسي»), False for an everyday word («أفضل», «برنامجا») or when no clusters are shipped."""
    from marsad.analyze.entities.clusters import clusters

    vocab = clusters()
    return bool(vocab) and normalize(word) not in vocab


def propagate_surnames(tokens: list[list[str]], tags: list[list[str]],
                       window: int = PROPAGATION_WINDOW) -> list[list[str]]:
    """A rare last word of a longer personal name names the same person alone: «أميتاب باتشان» … «وقال باتشان».

    News gives the full name once and the family name after; ``propagate`` only repeats the whole
    sequence. The last word of each PERS span of two or more words, when it is outside the news vocabulary
    (``_rare_word``), not a given name and not definite, is tagged PERS wherever it stands untagged
    between untagged words in the window; with the word before it too when that word came before it in
    the full name («فان» + «باستن»). Everyday words are never spread, so a span the CRF ran on over
    «أفضل» or «برنامجا» does not spread them. 5-fold CV on the same out-of-fold CRF tags: micro
    −0.0002/+0.0031/0/+0.0018/+0.0027, PERS 0.7819 → 0.7867 (the loss: one gold «بوصوفة» left untagged
    after «امبارك»).
    """
    from marsad.analyze.entities.lexicon import given_names
    from marsad.eval.ner import spans

    names = given_names()
    out = [list(t) for t in tags]
    for start in range(0, len(tokens), window):
        block = range(start, min(len(tokens), start + window))
        known: dict[str, set[str]] = {}
        for k in block:
            for a, b, typ in spans(tags[k]):
                last = tokens[k][b - 1]
                key = propagation_key(last)
                if typ == "PERS" and b - a >= 2 and len(key) >= 3 and last[:1].isalpha() \
                        and not key.startswith("ال") and normalize(key) not in names and _rare_word(last):
                    known.setdefault(key, set()).add(propagation_key(tokens[k][b - 2]))
        if not known:
            continue
        for k in block:
            words, t = tokens[k], out[k]
            for i, word in enumerate(words):
                key = propagation_key(word)
                if t[i] != "O" or key not in known or (i + 1 < len(t) and t[i + 1].startswith("I-")) \
                        or (i and t[i - 1] != "O"):
                    continue
                if i and propagation_key(words[i - 1]) in known[key]:
                    t[i - 1 : i + 1] = ["B-PERS", "I-PERS"]
                else:
                    t[i] = "B-PERS"
    return out


def tag_sentences(sentences: list[list[str]], path: str | None = None) -> list[list[str]]:
    """BIO tags for consecutive sentences of one text (CRF, its second stage when the model has one,
    then the document-level repairs of ``postprocess``)."""
    tagger = get_tagger(path)
    if tagger is None:
        return [["O"] * len(s) for s in sentences]
    tags = tagger.tag_text(sentences)
    second = stack_path(tagger.path)
    if second.exists():
        tags = tag_stacked(get_tagger(str(second)), sentences, tags)
    return [repair_bio(t) for t in postprocess(sentences, tags)]


@lru_cache(maxsize=1)
def _name_links() -> frozenset[str]:
    from marsad.analyze.entities.lexicon import load_data

    return frozenset(normalize(w) for w in load_data("ner_cues.json")["name_links"])


def link_name_parts(tokens: list[str], tags: list[str]) -> list[str]:
    """A personal name never ends on a linking word: «علي بن أبي» + «طالب», «جان مارك دو» + «لا سابليير».

    The CRF often stops one word early inside long name chains (5-fold CV: the commonest PERS
    boundary error); the span runs on over each linking word, and absorbs a name that follows it.
    """
    links = _name_links()
    n = len(tokens)

    def grow(out: list[str], k: int) -> int:
        while k + 1 < n and normalize(tokens[k]) in links and tokens[k + 1][:1].isalpha() \
                and out[k + 1] in ("O", "B-PERS"):
            merge = out[k + 1] == "B-PERS"
            out[k + 1] = "I-PERS"
            k += 1
            if merge:
                while k + 1 < n and out[k + 1] == "I-PERS":
                    k += 1
        return k

    return _grow_person_ends(tags, grow)


def _grow_person_ends(tags: list[str], grow: Callable[[list[str], int], int]) -> list[str]:
    """Tags with each PERS span's last word ``k`` handed to ``grow``, which may retag words after it and
    returns the span's new last word; scanning resumes after it (shared by the name-chain repairs)."""
    out = list(tags)
    n = len(out)
    i = 0
    while i < n:
        if out[i] in ("B-PERS", "I-PERS") and (i + 1 == n or out[i + 1] != "I-PERS"):
            i = grow(out, i) + 1
            continue
        i += 1
    return out


@lru_cache(maxsize=1)
def _wa_names() -> frozenset[str]:
    from marsad.analyze.entities.lexicon import load_data

    return frozenset(normalize(w) for w in load_data("ner_cues.json")["wa_names"])


def split_coordinated_names(tokens: list[str], tags: list[str]) -> list[str]:
    """Two people joined by «و» are two names: «عنان وصبري», «كانافارو وإيمرسون», «جورج بوش ورايس».

    The CRF often runs one PERS span over the conjunction (5-fold CV: ~20 such spans per fold,
    against 2 gold names with an inner waw-word that is not a conjunction). A waw-initial word
    inside a person's name starts a new one, unless the word is itself a name that begins with
    waw («وليد», «وايت») or follows a linking word («سعد بن أبي وقاص»).
    """
    out = list(tags)
    links, wa = _name_links(), _wa_names()
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if out[i] != "I-PERS" or len(tok) < 3 or tok[0] != "و" or not tok[1:2].isalpha():
            continue
        norm = normalize(tok)
        if norm in wa or norm in links or normalize(tokens[i - 1]) in links:
            continue
        out[i] = "B-PERS"
    return out


def _arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def join_adjacent_names(tokens: list[str], tags: list[str]) -> list[str]:
    """A name that starts right after another name, with no «و» between, continues it: «هيرمان أينشتاين».

    The CRF sometimes opens a second PERS span inside one name (B-PERS B-PERS), and after a
    split at «و» the word after the conjunction keeps the B the CRF gave it («حمزة ومصطفى
    جعفر» → «مصطفى جعفر» is one name). In ANERcorp two people are never written side by side
    without a conjunction or punctuation (the 25 gold B-after-PERS pairs are mostly
    annotation slips: «نصر الله», «سوزان مبارك»); a switch of script (Arabic, then the Latin
    spelling) still starts a new span.
    """
    out = list(tags)
    wa = _wa_names()
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if out[i] != "B-PERS" or out[i - 1] not in ("B-PERS", "I-PERS"):
            continue
        if tok[:1] == "و" and normalize(tok) not in wa and normalize(tok) not in _name_links():
            continue
        if _arabic(tokens[i - 1][:1]) and _arabic(tok[:1]):
            out[i] = "I-PERS"
    return out


# «ولد/بن/بنت» + a word right after a personal name continue it («محمد ولد سلامة ولد النفاع»,
# «راشد بن مدافع»), unless that word is a preposition or a time word («ولد في», «ولد عام»: born in).
# «ابن» is left out: after a name it is mostly the noun «son» («ابن عمه», «ابن رجل»).
_PATRONYMICS = frozenset({"ولد", "بن", "بنت"})
_NOT_NAMES = frozenset({"في", "عام", "سنة", "عن", "من", "على", "إلى", "الى", "مع", "قبل", "بعد", "عندما"})


def run_on_patronymics(tokens: list[str], tags: list[str]) -> list[str]:
    """A personal name that stops right before «ولد/بن/بنت» + a word runs on over both, as often as the chain goes.

    The CRF stops early in long Maghrebi and Gulf name chains. Run after type unification (``postprocess``),
    with ``drop_prepositional_tail``: 5-fold CV on the same out-of-fold CRF tags 0.7917 → 0.7925
    (PERS 0.7842 → 0.7866), four folds better, none worse (inside ``person_boundaries`` it lost a fold).
    """
    n = len(tokens)

    def grow(out: list[str], k: int) -> int:
        while k + 2 < n and tokens[k + 1] in _PATRONYMICS and out[k + 1] == "O" \
                and out[k + 2] in ("O", "B-PERS") and tokens[k + 2][:1].isalpha() \
                and tokens[k + 2] not in _NOT_NAMES:
            out[k + 1] = out[k + 2] = "I-PERS"
            k += 2
            while k + 1 < n and out[k + 1] == "I-PERS":
                k += 1
        return k

    return _grow_person_ends(tags, grow)


def drop_prepositional_tail(tokens: list[str], tags: list[str]) -> list[str]:
    """A personal name never ends on a word that opens with «لل» (preposition + article) or «كأ» (as + …):
    «[عدنان] للخور», «[السنيورة] للوفد», «[باتشان] كأشهر ممثل»."""
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        if out[i] == "I-PERS" and (i + 1 == n or out[i + 1] != "I-PERS") and tokens[i].startswith(("لل", "كأ")):
            out[i] = "O"
    return out


def _bracketed_places(tokens: list[str], tags: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each entity span followed right away by «( place )»."""
    out = []
    n = len(tokens)
    for i in range(n - 3):
        if tags[i] == "O" or tags[i + 1].startswith("I-") or tokens[i + 1] != "(" or tags[i + 2] != "B-LOC":
            continue
        j = i + 3
        while j < n and tags[j] == "I-LOC":
            j += 1
        if j < n and tokens[j] == ")":
            k = i
            while k > 0 and tags[k].startswith("I-"):
                k -= 1
            out.append((k, i + 1))
    return out


def clubs_in_fixture_lists(tokens: list[str], tags: list[str]) -> list[str]:
    """In a fixture list, «بوردو ( فرنسا ) - روما ( إيطاليا )», a place followed by its country in brackets is the club.

    Only where a sentence has two or more «name ( place )» pairs: a single «ساو باولو ( البرازيل )»
    is as often the city (ANERcorp: 28 ORG, 9 LOC, 2 PERS before «( place )»). 5-fold CV on the same
    out-of-fold CRF tags: 0.7925 → 0.7927, only the fifth fold changes (0.7708 → 0.7719).
    """
    pairs = _bracketed_places(tokens, tags)
    if len(pairs) < 2:
        return tags
    out = list(tags)
    for a, b in pairs:
        if out[a] == "B-LOC":
            out[a:b] = ["B-ORG"] + ["I-ORG"] * (b - a - 1)
    return out


def person_boundaries(tokens: list[str], tags: list[str]) -> list[str]:
    """The boundary repairs for personal names: drop a leading title, run on over linking words, split at «و»,
    join what touches."""
    if "B-PERS" not in tags and "I-PERS" not in tags:  # most sentences: each repair only touches PERS tags
        return list(tags)
    tags = strip_titles(tokens, tags)
    return join_adjacent_names(tokens, split_coordinated_names(tokens, link_name_parts(tokens, tags)))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from marsad.analyze.entities.lexicon import given_names, load_data, triggers

    # Definite titles only: a bare «أمين» or «آية» (الله) begins names too.
    trig = {w for w, k in triggers().items() if k == "PERS" and w.startswith("ال") and w not in given_names()}
    return frozenset(trig | {normalize(w) for w in load_data("ner_cues.json")["person_titles"]})


def _title(tok: str) -> bool:
    from marsad.analyze.entities.features import norm_word

    norm = norm_word(tok)
    return norm in _title_words() or (norm[:1] in "وف" and norm[1:] in _title_words())


def strip_titles(tokens: list[str], tags: list[str]) -> list[str]:
    """A personal name never starts with a definite title: «[الإمبراطور] جاتشينغ», «[البروفيسور] وانغ ليانماو».

    ANERcorp leaves titles outside PERS spans (not one of its gold names starts with الشيخ, الدكتور,
    الإمام, الإمبراطور …), but the CRF sometimes runs a span back over one before an unseen name.
    Nationality adjectives («البرازيلي») were tried too and cost a fold 0.06 F1.
    5-fold CV on ANERcorp (after the outlet repair of ``org_after_heads``): 0.7853 → 0.7855, no fold worse.
    """
    out = list(tags)
    n = len(tokens)
    for i in range(n):
        if out[i] != "B-PERS" or i + 1 == n or out[i + 1] != "I-PERS" or not _title(tokens[i]):
            continue
        out[i] = "O"
        k = i + 1
        while k + 1 < n and out[k + 1] == "I-PERS" and _title(tokens[k]):
            out[k] = "O"
            k += 1
        out[k] = "B-PERS"
    return out


@lru_cache(maxsize=1)
def _org_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(outlet nouns, nouns of places often named after a person), normalized and clitic-stripped."""
    from marsad.analyze.entities.features import strip_clitics
    from marsad.analyze.entities.lexicon import load_data

    cues = load_data("ner_cues.json")
    return (frozenset(strip_clitics(normalize(w)) for w in cues["org_heads"]),
            frozenset(strip_clitics(normalize(w)) for w in cues["org_heads_named"]))


def _person_word(tok: str) -> bool:
    """True for a given name or a word of a KB person's name (الحسن, عمر)."""
    from marsad.analyze.entities.features import norm_word, strip_clitics
    from marsad.analyze.entities.lexicon import gazetteer_words, given_names

    norm = norm_word(tok)
    bare = strip_clitics(norm)
    names, gz = given_names(), gazetteer_words()
    flags = gz.get(bare) or gz.get(norm) or ()
    return norm in names or bare in names or any(f.startswith("PER") for f in flags)


def org_after_heads(tokens: list[str], tags: list[str]) -> list[str]:
    """A place or person name right after an untagged outlet noun names the outlet: «صحيفة القدس», «مسجد فنسبري بارك».

    The CRF types such a name from the name itself (القدس is a city, فنسبري بارك looks like a
    person) although the noun before it says what it names; ANERcorp leaves the noun outside the
    span and tags the name ORG (15 of 15 names after صحيفة, 6 of 6 after جريدة, 22 of 28 after
    مسجد). A mosque is often named after a person («مسجد الحسن الثاني», PERS in ANERcorp), so
    after مسجد/جامع a name that begins with a given name or a KB person's name keeps its type.
    5-fold CV: outlets 0.7848 → 0.7853, no fold worse; mosques 0.7900 → 0.7913, no fold worse.
    """
    from marsad.analyze.entities.features import norm_word, strip_clitics

    heads, named = _org_heads()
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        if out[i] not in ("B-LOC", "B-PERS") or out[i - 1] != "O":
            continue
        head = strip_clitics(norm_word(tokens[i - 1]))
        if head not in heads and (head not in named or _person_word(tokens[i])):
            continue
        typ = out[i][2:]
        j = i + 1
        while j < n and out[j] == "I-" + typ:
            j += 1
        out[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
    return out


def _in_place(tok: str) -> bool:
    """True for «ب» + a place the KB knows only as a place (بتونس, بالفلبين), never a person's or an org's word."""
    from marsad.analyze.entities.features import norm_word, strip_clitics
    from marsad.analyze.entities.lexicon import gazetteer_words

    norm = norm_word(tok)
    if not norm.startswith("ب") or len(norm) < 4:
        return False
    gz = gazetteer_words()
    flags = gz.get(norm[1:]) or gz.get(strip_clitics(norm[1:])) or ()
    return any(f.startswith("LOC") for f in flags) and not any(f.startswith(("ORG", "PER")) for f in flags)


def split_located_orgs(tokens: list[str], tags: list[str]) -> list[str]:
    """An organization's name does not end on where it sits: «[المجلس الوطني الفلسطيني] [بتونس]».

    The CRF runs an ORG span on over a following «ب» + place («معهد البراكين والزلازل بالفلبين»,
    «البوليساريو بتندوف»); ANERcorp tags the place apart, as LOC. The last word of a longer ORG
    span that is «ب» + a KB place becomes its own LOC. 5-fold CV: 0.7913 → 0.7917, no fold worse.
    """
    from marsad.eval.ner import spans

    out = list(tags)
    for a, b, typ in spans(tags):
        if typ == "ORG" and b - a >= 2 and _in_place(tokens[b - 1]):
            out[b - 1] = "B-LOC"
    return out


def repair_bio(tags: list[str]) -> list[str]:
    """Valid BIO: an I- tag that does not continue an entity of its type becomes B- (strict scorers drop it)."""
    out = list(tags)
    prev = "O"
    for i, t in enumerate(out):
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            out[i] = "B-" + t[2:]
        prev = out[i]
    return out


@lru_cache(maxsize=4)
def get_tagger(path: str | None = None) -> Tagger | None:
    """The shipped model (or ``path``), or None when no model file exists."""
    p = Path(path) if path else MODEL_PATH
    return Tagger(p) if p.exists() else None


def shuffle(sents: list[Sentence], seed: int = 13) -> list[Sentence]:
    """A reproducibly shuffled copy (for quick subset experiments)."""
    out = list(sents)
    random.Random(seed).shuffle(out)
    return out


@lru_cache(maxsize=1)
def _place_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The head words ``trim_place_heads`` drops, the names that keep them, and the words that complete them."""
    from marsad.analyze.entities.lexicon import load_data

    cues = load_data("ner_cues.json")
    return (frozenset(normalize(w) for w in cues["place_heads"]),
            frozenset(normalize(w) for w in cues["place_head_names"]),
            frozenset(normalize(w) for w in cues["place_head_completions"]))


def trim_place_heads(words: list[str], tags: list[str]) -> list[str]:
    """A compass word or place noun at the front of a LOC span is not part of the place: «جنوب لبنان»,
    «بمحافظة بابل», «في مخيم جنين» tag only «لبنان», «بابل», «جنين», as ANERcorp does.

    The head («شمال», «جنوب», «مدينة», «محافظة», «حي», «مخيم» … in ner_cues.json, bare or after a clitic
    و ف ب ل ك) is untagged and the next word begins the LOC span, unless the bare words are a name that
    starts with it («جنوب أفريقيا», «جنوب السودان») or the next word completes it into a region's name
    («شرق أوسط»).
    """
    from marsad.eval.ner import spans

    heads, names, completions = _place_heads()
    out = list(tags)
    for a, b, typ in spans(tags):
        if typ != "LOC" or b - a < 2:
            continue
        word = normalize(words[a])
        bare = word in heads
        stem = word if bare else re.sub(r"^[وف]?[بلك]?", "", word)
        if stem not in heads or normalize(words[a + 1]) in completions:
            continue
        if bare and normalize(" ".join(words[a : a + 2])) in names:
            continue
        out[a], out[a + 1] = "O", "B-LOC"
    return out


def compass_places(words: list[str], tags: list[str]) -> list[str]:
    """A name the CRF took for an organization right after a compass word is a place: «في شرق الأناضول»,
    «جنوب كردفان» (compass words in ner_cues.json, bare or after a clitic و ف ب ل ك). Run after
    ``trim_place_heads``, so a span it has cut keeps its LOC type.
    """
    from marsad.analyze.entities.lexicon import load_data
    from marsad.eval.ner import spans

    compass = {normalize(w) for w in load_data("ner_cues.json")["compass_words"]}
    out = list(tags)
    for a, b, typ in spans(tags):
        if typ != "ORG" or not a or tags[a - 1] != "O":
            continue
        word = normalize(words[a - 1])
        if word in compass or re.sub(r"^[وف]?[بلك]?", "", word) in compass:
            out[a:b] = ["B-LOC"] + ["I-LOC"] * (b - a - 1)
    return out
