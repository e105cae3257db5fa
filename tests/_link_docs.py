"""Hand-built documents and events for the linking tests (independent of the analysis stages).

The Arabic sentences are written for these tests in newswire style; the facts
echo real ones (a Syrian military delegation in Baghdad in June 2017, a
Syrian–Iraqi interior ministers' memorandum in May 2024).
"""

from __future__ import annotations

import hashlib

from marsad.model import Actor, Document, Event, EventDate, Location, Mention, Published, Sentence

MEET_DATED = ("أعلنت وزارة الدفاع العراقية اليوم، الأربعاء 14 حزيران، أن وفدا عسكريا سوريا رفيع المستوى"
              " وصل إلى بغداد والتقى رئيس أركان الجيش عثمان الغانمي لبحث أمن الحدود المشتركة.")
MEET_RELATIVE = ("وكان رئيس أركان الجيش العراقي عثمان الغانمي قد استقبل، الأربعاء الماضي، وفدا عسكريا سوريا"
                 " في بغداد، وبحث معه التنسيق في ملاحقة عناصر تنظيم داعش قرب الحدود.")
MEMO = ("وقع وزيرا الداخلية السوري والعراقي في دمشق مذكرة تفاهم للتعاون الأمني وضبط الحدود بين البلدين،"
        " بحسب بيان رسمي.")
CALL = "تلقى الرئيس السوري اتصالا هاتفيا من رئيس الوزراء العراقي بحثا خلاله مكافحة الإرهاب."
FILLER = ("وتشهد المنطقة الحدودية بين البلدين منذ أشهر تحركات عسكرية متزايدة، في ظل مساع لاستعادة السيطرة"
          " على المعابر الرسمية وتأمين الطرق الدولية أمام حركة التجارة والمسافرين.")


def actor(text: str, code: str, entity: str | None = None) -> Actor:
    """An event participant."""
    return Actor(text=text, code=code, entity=entity)


def event(n: int, kind: str, mode: str | None, source: list[Actor], target: list[Actor], sentence: str, *,
          date: tuple[str | None, str | None, str] = (None, None, "document"), place: Location | None = None,
          dead: int | None = None) -> Event:
    """An event record (the doc id is filled by :func:`document`)."""
    lo, hi, how = date
    gran = "day" if lo and lo == hi else ("document" if how == "document" else "interval")
    return Event(id=f"E{n}", type=kind, mode=mode, source=source, target=target, location=place,
                 date=EventDate(earliest=lo, latest=hi, value=lo if lo and lo == hi else None, granularity=gran,
                                how=how), trigger=sentence.split()[1], sentence_text=sentence, dead=dead)


def document(title: str, sentences: list[str], events: list[Event], *, outlet: str, published: Published,
             entities: list[tuple[str, str, str]] = ()) -> Document:
    """A stored-ready document: body from sentences, events tied to it, entity mentions found in the body."""
    body = " ".join(sentences)
    doc_id = hashlib.sha1((title + body + outlet).encode("utf-8")).hexdigest()[:16]
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(index=i, start=pos, end=pos + len(s), text=s))
        pos += len(s) + 1
    mentions = []
    for text, entity, code in entities:
        start = body.find(text)
        if start >= 0:
            mentions.append(Mention(start=start, end=start + len(text), text=text, kind="ORG", entity=entity,
                                    code=code, name_en=entity.split(":")[-1].replace("_", " ").title()))
    for ev in events:
        ev.id = f"{doc_id}-{ev.id}"
        ev.doc = doc_id
        start = body.find(ev.sentence_text)
        ev.sentence_start, ev.sentence_end = start, start + len(ev.sentence_text)
        ev.sentence = next((s.index for s in sents if s.start == start), None)
    return Document(id=doc_id, body=body, title=title, outlet=outlet, source=f"{doc_id}.txt", published=published,
                    sentences=sents, mentions=mentions, events=events)


GHANIMI = ("عثمان الغانمي", "person:othman_al_ghanimi", "IRQ-MIL")
BAGHDAD = ("بغداد", "place:baghdad", "IRQ")
ISIS = ("داعش", "org:isis", "ISIS")


def meeting_pair() -> tuple[Document, Document]:
    """Two outlets on one meeting: one dated by its own words, one only «last Wednesday» with no page date."""
    baghdad = Location(text="بغداد", entity="place:baghdad", country="IRQ")
    dated = document(
        "وفد عسكري سوري في بغداد", [MEET_DATED, FILLER],
        [event(1, "CONSULT", "visit", [actor("وفدا عسكريا سوريا", "SYR-MIL")], [actor("عثمان الغانمي", "IRQ-MIL")],
               MEET_DATED, date=("2017-06-14", "2017-06-14", "timex"), place=baghdad)],
        outlet="Outlet A", published=Published("2017-06-14", "2017-06-14", "2017-06-14", ["stated in the text"]),
        entities=[GHANIMI, BAGHDAD])
    undated = document(
        "الغانمي يستقبل وفدا سوريا", [MEET_RELATIVE, FILLER],
        [event(1, "CONSULT", "host", [actor("وفدا عسكريا سوريا", "SYR-MIL")], [actor("عثمان الغانمي", "IRQ-MIL")],
               MEET_RELATIVE, date=(None, "2024-05-09", "document"))],
        outlet="Outlet B", published=Published(None, "2024-05-09", None, ["page date: an upper bound only"]),
        entities=[GHANIMI, BAGHDAD, ISIS])
    return dated, undated


def memo_doc() -> Document:
    """An unrelated later report (May 2024) on the same dyad."""
    return document(
        "مذكرة تعاون أمني سورية عراقية", [MEMO, FILLER],
        [event(1, "AGREE", "sign", [actor("وزيرا الداخلية السوري", "SYR-GOV")], [actor("والعراقي", "IRQ-GOV")],
               MEMO, date=("2024-05-12", "2024-05-12", "timex"),
               place=Location(text="دمشق", entity="place:damascus", country="SYR"))],
        outlet="Outlet C", published=Published("2024-05-13", "2024-05-13", "2024-05-13", ["metadata"]),
        entities=[("دمشق", "place:damascus", "SYR")])
