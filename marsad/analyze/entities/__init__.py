"""Entity recognition and linking: KB gazetteer + role/title cues + actor phrases + a trained CRF.

``recognize_document(doc)`` fills ``doc.mentions`` (every actor-bearing span carries a code);
``tag_tokens(tokens)`` gives BIO tags for ``marsad ner --conll``;
``actor_code_for_span(doc, start, end)`` lets the events stage ask who a span refers to.
Priority when spans overlap: longer non-CRF spans first (gazetteer > cue > actor phrase on
ties), then CRF spans that overlap nothing already chosen.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress, count
from typing import Any

from marsad.analyze.entities import context, cues, gazetteer, linking
from marsad.analyze.entities.crf import PROPAGATE_MIN_SHARE, get_tagger, person_boundaries
from marsad.analyze.entities.features import document_features, flags_from_matches
from marsad.analyze.entities.gazetteer import Match
from marsad.analyze.entities.lexicon import gazetteer_words, get_kb_safe, given_names
from marsad.analyze.entities.wordseq import WordSeq, first_word_variants
from marsad.model import Document, Mention
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences

__all__ = ["actor_code_for_span", "actor_codes_for_span", "clear_caches", "recognize_document", "recognize_text",
           "tag_tokens"]

_PRIORITY = {"gazetteer": 0, "role-cue": 1, "office": 1, "actor": 2, "head": 3, "crf": 4}
_LINKABLE = {"PERS", "LOC", "ORG"}


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    how: str
    entity: Any = None  # KB Entity
    code: str | None = None
    sentence: int | None = None
    former: bool = False  # a name after «الرئيس ... السابق»: its code overrides the KB person's office code


def tag_tokens(tokens: list[str]) -> list[str]:
    """BIO tags (PERS/LOC/ORG/MISC) for one sentence of tokens, one tag per token, in order."""
    tagger = get_tagger()
    if tagger is None or not tokens:
        return ["O"] * len(tokens)
    safe = [t if t.strip() else "_" for t in tokens]
    return tagger.tag(safe)


def _gazetteer_cands(ws: WordSeq, matches: list[Match], day: str | None, crf: list[_Cand],
                     ctx: context.DocContext | None) -> list[_Cand]:
    """Candidates from KB alias hits; a weak hit (القائم، المالية) only with context (see ``context``)."""
    out = []
    crf_spans = None
    for m in matches:
        ent = linking.choose(context.prefer(m.ids, ctx), day)
        if ent is None:
            continue
        kind = linking.KIND_OF_TYPE.get(ent.type, "MISC")
        if ent.type == "person" and _other_given_name(ws, m, ent):
            continue
        if m.weak:
            if crf_spans is None:
                crf_spans = [(c.start, c.end, c.kind) for c in crf]
            if not context.keep_weak(ws, m, ent, kind, crf_spans, ctx):
                continue
        code = linking.code_of(ent, day)
        end = m.end
        if ent.code in linking.NATIONAL_SECTORS and not ent.country and m.j < len(ws):
            country = _adjective_country(ws.norm[m.j])  # «الهلال الأحمر الكويتي»: a national society
            if country:
                end, code = ws.spans[m.j][1], f"{country}-{ent.code}"
        out.append(_Cand(m.start, end, kind, "gazetteer", ent, code))
    return out


def _adjective_country(norm: str) -> str | None:
    """The country of a nationality adjective («الكويتي» → KWT), else None."""
    kb = get_kb_safe()
    return kb.country_of_adjective(norm) if kb is not None and len(norm) > 3 else None


def _other_given_name(ws: WordSeq, m: Match, ent: Any) -> bool:
    """True when a surname-only hit follows another given name: «حافظ الأسد» is not Bashar al-Assad.

    The family name is shared by relatives (حافظ قائد السبسي، ماهر الأسد); a given name right
    before the hit that none of the entity's names starts with means a different person.
    """
    if m.i == 0 or m.start > ws.spans[m.i][0]:
        return False
    prev = ws.strip[m.i - 1] if ws.strip[m.i - 1] in given_names() else ws.norm[m.i - 1]
    return _another_persons_given_name(prev, ent.id)


def _another_persons_given_name(prev: str, entity_id: str) -> bool:
    """``prev`` is a given name that none of the entity's names starts with."""
    return prev in given_names() and not any(n.split()[0] == prev for n in _entity_names(entity_id))


_NAMES: dict[str, tuple[str, ...]] = {}


def _entity_names(entity_id: str) -> tuple[str, ...]:
    """Normalized Arabic names of a KB entity (cached)."""
    got = _NAMES.get(entity_id)
    if got is None:
        kb = get_kb_safe()
        ent = kb.get(entity_id) if kb is not None else None
        got = tuple(normalize(n) for n in ent.names_ar) if ent is not None else ()
        _NAMES[entity_id] = got
    return got


def _crf_tags(wss: list[WordSeq], matches: list[list[Match]], extra: list[list[tuple[str, ...]]] | None) -> list[list[str]]:
    """CRF tags of a document's sentences, decoded together (KB phrase matches as features)."""
    tagger = get_tagger()
    if tagger is None:
        return [["O"] * len(ws) for ws in wss]
    flags = [flags_from_matches(m, len(ws)) for ws, m in zip(wss, matches, strict=True)]
    tags = tagger.tag_many([ws.raw for ws in wss], flags, extra)
    return [person_boundaries(ws.raw, t) for ws, t in zip(wss, tags, strict=True)]


def _crf_cands(ws: WordSeq, tags: list[str]) -> list[_Cand]:
    return [_Cand(ws.spans[i][0], ws.spans[j - 1][1], t, "crf") for i, j, t in _tag_spans(tags)]


def _tag_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``sorted(marsad.eval.ner.spans(tags))`` visiting only the tagged words (most words are O)."""
    out: list[tuple[int, int, str]] = []
    start, typ, prev = None, None, -2
    for i in [k for k, t in enumerate(tags) if t != "O"]:
        t = tags[i]
        if start is not None and i != prev + 1:  # an O ended the open span
            out.append((start, prev + 1, typ))
            start, typ = None, None
        kind = t[2:] if len(t) > 2 else None
        begins = t.startswith("B-") or (t.startswith("I-") and kind != typ)
        if start is not None and (begins or kind != typ):
            out.append((start, i, typ))
            start, typ = None, None
        if begins:
            start, typ = i, kind
        prev = i
    if start is not None:
        out.append((start, prev + 1, typ))
    return out


def _looks_like_name(ws: WordSeq, k: int, e: int, crf: list[_Cand]) -> bool:
    """A cue-found name needs evidence: a known given name, a KB name part, or the CRF saying PERS.

    Titles are also followed by organizations (رئيس مجلس الإدارة، أمير منطقة عسير): without
    evidence those are not taken as people.
    """
    first = ws.strip[k] if ws.strip[k] in given_names() else ws.norm[k]
    if first in given_names() or "PER" in gazetteer_words().get(first, ()):
        return True
    s, t = ws.spans[k][0], ws.spans[e - 1][1]
    return any(c.kind == "PERS" and c.start < t and s < c.end for c in crf)


def _office_holder(title_words: list[str], country: str | None, day: str | None) -> tuple[Any, str | None]:
    """(holder entity or None, office code) for a title like الرئيس + IRQ on a day."""
    kb = get_kb_safe()
    if kb is None or not country:
        return None, None
    title = " ".join(title_words)
    offices = kb.offices_for(title, country)
    if not offices and title.startswith("ال"):
        offices = kb.offices_for(title[2:], country)
    if not offices and not title.startswith("ال"):
        offices = kb.offices_for("ال" + title, country)
    if not offices:
        return None, None
    office = offices[0]
    holders = kb.holders(office.key, on=day) if day else []
    return (holders[0] if len(holders) == 1 else None), office.code


def _org_code(org_id: str | None) -> str | None:
    """Actor code of an organization entity (TUN-PTY for حركة النهضة), None when unknown."""
    kb = get_kb_safe()
    ent = kb.get(org_id) if kb is not None and org_id else None
    return ent.code if ent is not None else None


def _org_office_holder(words: list[str], org_id: str | None, day: str | None) -> tuple[Any, str | None]:
    """(holder, code) of an office titled with its organization (الأمين العام لجامعة الدول العربية), if in the KB."""
    code = _org_code(org_id)
    if not code:
        return None, None
    return _office_holder(words, code, day)


def _construct_head(norm: str, stripped: str) -> bool:
    """True when a head word can govern a following name (قوات الأسد، لقوات الأسد).

    A definite head (المعارضة الأسد) or a sound plural in ون/ين (ناشطون الأسد) cannot be the first
    term of a construct: the name after it starts a new phrase (here, the object of the verb).
    """
    if norm.startswith(("ال", "لل")) or any(f.startswith("ال") for f, k in first_word_variants(norm) if k):
        return False
    return not stripped.endswith(("ون", "ين"))


def _cue_cands(ws: WordSeq, gaz_at: dict[int, Match], crf: list[_Cand], day: str | None) -> list[_Cand]:
    """Persons after titles, title-only actor mentions, and head-noun actor phrases."""
    kb = get_kb_safe()
    crf_pers = {c.start: c for c in crf if c.kind == "PERS"}
    out: list[_Cand] = []
    forms = cues.first_forms()
    at = list(compress(count(), map(forms.__contains__, ws.strip)))  # where a title or head phrase may start
    i = 0
    n = len(ws)
    while at:
        p = bisect_left(at, i)
        if p == len(at):
            break
        i = at[p]
        t = cues.title_at(ws, i)
        if t:
            j = i + t[0]
            while j < n and (nxt := cues.match_phrase(ws, j, cues.titles())) and nxt[1] in ("MIL", "CVL", "REL"):
                j += nxt[0]
            aff = cues.affiliation(ws, j, gaz_at, allow_person=False)
            k = aff.end
            former = ex = False
            while k < n and ws.norm[k] in cues.not_current():  # الرئيس السوري الراحل: not today's holder
                ex = ex or ws.norm[k] in cues.former()
                k, former = k + 1, True
            if k + 1 < n and ws.raw[k] in ("،", ",") and not ws.is_punct(k + 1):
                k += 1  # appositive: الرئيس العراقي، عبد اللطيف رشيد
            country = aff.country
            sector = t[1]
            if aff.entity_kind == "org":  # رئيس حركة النهضة heads the party, not the country
                holder, office_code = _org_office_holder(ws.norm[i : aff.end], aff.entity, day)
                code = office_code or _org_code(aff.entity) or (f"{country}-{sector}" if country and sector != "REL" else None)
            else:
                holder, office_code = _office_holder(ws.norm[i:j], country, day)
                code = office_code or (f"{country}-{sector}" if country and sector != "REL" else None)
            if former:
                holder = None
            if ex and country and aff.entity_kind != "org":
                code = country  # رئيس الوزراء الباكستاني السابق: a Pakistani, no longer its government
            name_end = None
            name_start = ws.spans[k][0] if k < n else 0
            g = gaz_at.get(k)
            if g is not None and kb is not None and (ent := linking.choose(g.ids, day)) and ent.type == "person":
                name_end, name_start = g.j, g.start
                if ex:  # the KB person's own code unless it is the office's sector (عمران خان: PAK-OPP, not PAK-GOV)
                    own = linking.code_of(ent, day) or ""
                    home = own.split("-")[0] if linking.has_country(own) else ent.country or country
                    code = own if own and not own.endswith("-" + sector) and home == (country or home) else home
            elif k < n and ws.spans[k][0] in crf_pers:
                c = crf_pers[ws.spans[k][0]]
                name_end = next(x for x in range(k, n) if ws.spans[x][1] >= c.end) + 1
                name_end = min(name_end, max(cues.name_after(ws, k), k + 1))  # ولي العهد is not part of it
            else:
                e = cues.name_after(ws, k)
                evidence = e > k and _looks_like_name(ws, k, e, crf)
                if evidence and (e - k >= 2 or (g is None and len(ws.norm[k]) > 3 and aff.end > j)):
                    name_end = e
            if name_end and name_end > k:
                out.append(_Cand(name_start, ws.spans[name_end - 1][1], "PERS", "role-cue", None, code, former=ex))
                i = name_end
                continue
            if code and aff.end > j and (holder or aff.entity_kind != "org"):  # رئيس هيئة الهلال الأحمر: the org stands
                out.append(_Cand(ws.spans[i][0], ws.spans[aff.end - 1][1], "PERS" if holder else "ORG", "office", holder, code))
                i = aff.end
                continue
        h = cues.match_phrase(ws, i, cues.heads())
        if h:
            j = i + h[0]
            aff = cues.affiliation(ws, j, gaz_at, allow_person=_construct_head(ws.norm[j - 1], ws.strip[j - 1]))
            sd = cues.sector_data()
            kind = sd["kind"].get(h[1], "ORG")
            if aff.end > j and (aff.country or aff.entity):
                ent = kb.get(aff.entity) if (kb and aff.entity and aff.entity_kind == "org") else None
                sector = h[1]
                if sector == "GOV" and any(x != "GOV" for x in aff.inner):  # مسؤولون في وزارة الدفاع → MIL
                    sector = [x for x in aff.inner if x != "GOV"][-1]
                code = f"{aff.country}-{sector}" if aff.country else None
                if ent is not None and ent.code and not linking.has_country(ent.code):
                    code = ent.code  # a named group: قوات الحشد الشعبي → PMF
                elif ent is not None and ent.code and sector == "GOV":
                    code = ent.code  # مسؤولون في وزارة الدفاع التركية → the ministry's TUR-MIL
                elif ent is not None and code and ent.code != code:
                    ent = None  # وفد عسكري للنظام السوري is not the Syrian government itself
                out.append(_Cand(ws.spans[i][0], ws.spans[aff.end - 1][1], kind, "actor", ent, code))
                i = aff.end
                continue
            out.append(_Cand(ws.spans[i][0], ws.spans[j - 1][1], kind, "head", None, h[1]))
            i = j
            continue
        i += 1
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: non-CRF by length then priority, then CRF spans in the gaps."""
    chosen: list[_Cand] = []

    def free(c: _Cand) -> bool:
        return all(c.end <= x.start or c.start >= x.end for x in chosen)

    rules = sorted((c for c in cands if c.how != "crf"), key=lambda c: (-(c.end - c.start), _PRIORITY[c.how]))
    same: dict[tuple[int, int], _Cand] = {}
    for c in rules:
        prev = same.get((c.start, c.end))
        if prev is not None:  # same span found twice: merge what each knows
            prev.entity = prev.entity or c.entity
            prev.code = c.code if c.former and c.code else prev.code or c.code
            prev.former = prev.former or c.former
            continue
        if free(c):
            chosen.append(c)
            same[(c.start, c.end)] = c
    for c in cands:
        if c.how == "crf" and free(c):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


TANWEEN_FATH = "\u064b"


def _adverbial(text: str) -> bool:
    """A one-word statistical span written with tanween fath («دوماً» always, «قريباً») is an adverb, not a name."""
    return " " not in text.strip() and TANWEEN_FATH in text


def _adjective_of_noun_before(body: str, start: int, text: str) -> bool:
    """A one-word everyday-word alias agreeing with the indefinite noun before it (see context.accusative_adjective)."""
    kb = get_kb_safe()
    if " " in text.strip() or kb is None or not kb.is_common_word(text):
        return False
    before = body[max(0, start - 40):start].split()
    return bool(before) and context.accusative_adjective(normalize(before[-1]), normalize(text))


def _to_mention(c: _Cand, body: str, day: str | None, *, link: bool = True) -> Mention:
    ent = c.entity
    text = body[c.start : c.end]
    if link and ent is None and c.kind in _LINKABLE and c.how in ("crf", "role-cue"):
        ent = linking.lookup_name(text, c.kind, c.how == "role-cue")
        if ent is not None and c.how == "crf" and _adjective_of_noun_before(body, c.start, text):
            ent = None  # «دعما جويا»: the tagger's span is the air in air support, not the village
    code = c.code
    if ent is not None:
        code = linking.code_of(ent, day) if ent.type == "person" else (code or linking.code_of(ent, day))
        if ent.type == "person" and c.code and (c.former or not linking.code_of(ent, day)):
            code = c.code  # «رئيس الوزراء السابق عمران خان»: the title said he no longer holds the office
    kind = linking.KIND_OF_TYPE.get(ent.type, c.kind) if ent is not None and c.how in ("crf", "role-cue") else c.kind
    m = Mention(c.start, c.end, text, kind, ent.id if ent else None, code, None, c.sentence, c.how)
    m.name_en = linking.english_name(m, ent)
    return m


def _recognize(text: str, offset: int, day: str | None, sentence: int | None, ws: WordSeq | None = None,
               matches: list[Match] | None = None, tags: list[str] | None = None,
               ctx: context.DocContext | None = None) -> tuple[WordSeq, list[Mention]]:
    ws = ws or WordSeq.of(text, offset)
    ws.sentence = sentence
    if not len(ws):
        return ws, []
    if matches is None:
        matches = gazetteer.match(ws)
    if tags is None:
        tags = _crf_tags([ws], [matches], None)[0]
    gaz_at = {m.i: m for m in matches}
    crf = _crf_cands(ws, tags)
    if ctx is None:
        ctx = context.document_context([ws], [matches], lambda ids: linking.choose(ids, day))
    body = " " * offset + text if offset else text
    crf = [c for c in crf if not _adverbial(body[c.start:c.end])]
    cands = _gazetteer_cands(ws, matches, day, crf, ctx) + _cue_cands(ws, gaz_at, crf, day) + crf
    out = []
    starts = None
    for c in _select(cands):
        c.sentence = sentence
        m = _to_mention(c, body, day)
        if m.entity and c.entity is None and c.how == "crf" and m.kind == "PERS":
            if starts is None:
                starts = {s: k for k, (s, _) in enumerate(ws.spans)}
            if _after_other_given_name(ws, starts.get(c.start), m.entity):
                m = _to_mention(c, body, day, link=False)
        out.append(m)
    return ws, out


def _after_other_given_name(ws: WordSeq, i: int | None, entity_id: str) -> bool:
    """A tagged name right after another given name is a relative or namesake, as for KB hits.

    The tagger may leave the given name out («حافظ» | «قائد السبسي»): linking the rest by its
    surname would make Hafedh Caid Essebsi his father (see ``_other_given_name``).
    """
    if not i:
        return False
    # as written: «التركي» before «رجب طيب إردوغان» is the adjective, not the given name Turki
    return _another_persons_given_name(ws.norm[i - 1], entity_id)


def recognize_text(text: str, *, offset: int = 0, day: str | None = None, sentence: int | None = None) -> list[Mention]:
    """Mentions in one sentence of text (offsets into text plus ``offset``), without coreference."""
    return _recognize(text, offset, day, sentence)[1]


def _propagate(seqs: list[tuple[WordSeq, list[Mention]]]) -> None:
    """Names found by the CRF or a cue in one sentence are tagged at their other occurrences (in place).

    Words are compared in a light fold that keeps ى/ي apart (على is not the name علي), and a
    one-word name found in under a tenth of its occurrences is not spread.
    """
    keys = [ws.prop for ws, _ in seqs]
    known: dict[tuple[str, ...], Mention] = {}
    found: dict[tuple[str, ...], int] = {}
    for (ws, ms), kw in zip(seqs, keys, strict=True):
        starts = ends = None
        for m in ms:
            if m.how in ("crf", "role-cue") and m.kind in ("PERS", "LOC", "ORG", "MISC"):
                if starts is None:
                    starts = [a for a, _ in ws.spans]
                    ends = [b for _, b in ws.spans]
                # the words inside the mention: sorted, non-overlapping spans make them one run
                lo, hi = bisect_left(starts, m.start), bisect_right(ends, m.end)  # type: ignore[arg-type]
                key = tuple(kw[lo:hi])
                if hi > lo and len("".join(key)) >= 3:
                    known.setdefault(key, m)
                    found[key] = found.get(key, 0) + 1
    if not known:
        return
    _drop_rare_singles(known, found, keys)
    firsts: dict[str, int] = {}
    for k in known:
        firsts[k[0]] = max(firsts.get(k[0], 0), len(k))
    for (ws, ms), kw in zip(seqs, keys, strict=True):
        if firsts.keys().isdisjoint(kw):  # most sentences hold none of the names
            continue
        taken = [(m.start, m.end) for m in ms]
        added = []
        n = len(kw)
        for a in compress(count(), map(firsts.__contains__, kw)):  # the words that start a known name
            longest = firsts[kw[a]]
            for length in range(min(longest, n - a), 0, -1):
                m = known.get(tuple(kw[a : a + length]))
                if m is None:
                    continue
                s, e = ws.spans[a][0], ws.spans[a + length - 1][1]
                if all(e <= x or s >= y for x, y in taken):
                    sent = ws.sentence
                    added.append(Mention(s, e, "", m.kind, m.entity, m.code, m.name_en, sent, "propagated"))
                    taken.append((s, e))
                break
        if added:
            ms.extend(added)
            ms.sort(key=lambda x: x.start)


def _drop_rare_singles(known: dict, found: dict, keys: list[list[str]]) -> None:
    """Forget one-word names found in fewer than PROPAGATE_MIN_SHARE of their occurrences (in place)."""
    singles = {k[0]: 0 for k in known if len(k) == 1}
    if not singles:
        return
    counts = Counter(chain.from_iterable(keys))
    for w in singles:
        singles[w] = counts[w]
    for w, n in singles.items():
        if found[(w,)] < PROPAGATE_MIN_SHARE * n:
            del known[(w,)]


def _day(doc: Document) -> str | None:
    pub = doc.published
    return pub.value or (pub.earliest if pub.earliest and pub.earliest == pub.latest else None)


FREEZE_EVERY = 200  # documents between moves of long-lived objects out of the garbage collector's scans
_RECOGNIZED = [0]


def _settle_memory() -> None:
    """Freeze long-lived objects after the first document and every FREEZE_EVERY documents."""
    # The KB, the model and the word caches live for the whole run; scanning them at every
    # garbage collection cost about a third of the recognition time (gc.freeze, CPython ≥ 3.7).
    _RECOGNIZED[0] += 1
    if _RECOGNIZED[0] % FREEZE_EVERY == 1:
        gc.collect()  # garbage cycles first: a frozen cycle would never be freed
        gc.freeze()


def recognize_document(doc: Document) -> Document:
    """Fill ``doc.mentions`` for the body sentences (segmenting first if needed), with coreference.

    The cyclic garbage collector is paused meanwhile (as ``pipeline.analyze_document`` does for a
    whole document): the recognizer's objects die by reference counting, and the collections its
    allocations would trigger only rescanned the new cache entries, about 5% of its time.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        _fill_mentions(doc)
    finally:
        if paused:
            gc.enable()
    _settle_memory()
    return doc


def _fill_mentions(doc: Document) -> None:
    """The work of :func:`recognize_document`."""
    body = doc.body or ""
    day = _day(doc)
    sentences = [(s.start, s.end, s.index) for s in doc.sentences] or [
        (s, e, i) for i, (s, e) in enumerate(split_sentences(body))
    ]
    wss = [WordSeq.of(body[s:e], s) for s, e, _ in sentences]
    extra = document_features([ws.raw for ws in wss])  # a name's cues in one sentence help the others
    matches = [gazetteer.match(ws) if len(ws) else [] for ws in wss]
    tags = _crf_tags(wss, matches, extra)
    ctx = context.document_context(wss, matches, lambda ids: linking.choose(ids, day))
    seqs = [_recognize(body[s:e], s, day, idx, ws, m, t, ctx)
            for (s, e, idx), ws, m, t in zip(sentences, wss, matches, tags, strict=True)]
    _propagate(seqs)
    mentions = [m for _, ms in seqs for m in ms]
    for m in mentions:
        m.text = body[m.start : m.end]
    linking.coreference(mentions)
    bare = cues.sector_data()["bare"]
    doc.mentions = [m for m in mentions if m.how != "head" or (m.code and (linking.has_country(m.code) or m.code in bare))]


def clear_caches() -> None:
    """Forget every KB-derived cache (after editing the ``$MARSAD_KB`` overlay in a running process)."""
    from marsad.analyze.entities import features, lexicon

    lexicon.clear()
    features.clear()
    gazetteer.clear()
    cues.country_of.cache_clear()
    cues.pair_country.cache_clear()
    linking.lookup_name.cache_clear()
    linking._country.cache_clear()
    linking.describe_code.cache_clear()
    linking._code_names.cache_clear()
    _NAMES.clear()
    context.cue_words.cache_clear()


def actor_codes_for_span(doc: Document, start: int, end: int) -> list[tuple[str | None, str | None]]:
    """(code, entity) of every coded mention overlapping [start, end), compound codes split on '+'."""
    out: list[tuple[str | None, str | None]] = []
    for m in doc.mentions:
        if m.start < end and m.end > start and m.code:
            for code in m.code.split("+"):
                out.append((code, m.entity if "+" not in m.code else None))
    return out


def actor_code_for_span(doc: Document, start: int, end: int) -> tuple[str | None, str | None]:
    """(code, entity) of the best coded mention overlapping [start, end): the longest overlap wins."""
    best = None
    best_overlap = 0
    for m in doc.mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_overlap and m.code:
            best, best_overlap = m, overlap
    return (best.code, best.entity) if best else (None, None)
