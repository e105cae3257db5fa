"""A small hand-built store for the web tests: realistic Arabic reports (our own words) with analysis filled in.

Built directly from ``marsad.model`` objects so the web tests do not depend on
the cleaning/entity/date/event stages being finished.
"""

from __future__ import annotations

from pathlib import Path

from marsad.model import Actor, Document, Event, EventDate, Location, Mention, Published, Sentence, Timex
from marsad.store import Store

XSS_TITLE = "<script>alert('title')</script> خبر عاجل"
XSS_BODY_LINE = "<img src=x onerror=alert('body')> نص مقتبس من صفحة"


def _span(body: str, text: str, after: int = 0) -> tuple[int, int]:
    start = body.index(text, after)
    return start, start + len(text)


def _sentences(body: str) -> list[Sentence]:
    out, pos = [], 0
    for i, part in enumerate(body.split("\n")):
        out.append(Sentence(i, pos, pos + len(part), part))
        pos += len(part) + 1
    return out


def _event(doc: Document, n: int, kind: str, mode: str, trigger: str, src: list[tuple[str, str, str | None]],
           tgt: list[tuple[str, str, str | None]], day: str | None, place: tuple[str, str] | None = None) -> Event:
    t0, t1 = _span(doc.body, trigger)
    sent = next(s for s in doc.sentences if s.start <= t0 < s.end)

    def actors(items: list[tuple[str, str, str | None]]) -> list[Actor]:
        out = []
        for text, code, ent in items:
            a0, a1 = _span(doc.body, text, sent.start)
            out.append(Actor(text=text, code=code, entity=ent, start=a0, end=a1))
        return out

    loc = Location(text=place[0], entity=place[1]) if place else None
    date = EventDate(earliest=day, latest=day, value=day, granularity="day", how="timex") if day else EventDate()
    return Event(id=f"{doc.id}-E{n}", type=kind, mode=mode, source=actors(src), target=actors(tgt), location=loc,
                 date=date, trigger=trigger, trigger_start=t0, trigger_end=t1, sentence=sent.index,
                 sentence_start=sent.start, sentence_end=sent.end, sentence_text=sent.text, confidence=0.8,
                 doc=doc.id)


def _doc(doc_id: str, outlet: str, title: str, body: str, day: str | None) -> Document:
    doc = Document(id=doc_id, body=body, source=f"test://{doc_id}", outlet=outlet, title=title,
                   published=Published(day, day, day, ["test"]) if day else Published())
    doc.sentences = _sentences(body)
    return doc


def _mention(doc: Document, text: str, kind: str, entity: str | None, code: str | None, name_en: str) -> None:
    pos = 0
    while (i := doc.body.find(text, pos)) >= 0:
        sent = next(s.index for s in doc.sentences if s.start <= i < s.end)
        doc.mentions.append(Mention(i, i + len(text), text, kind, entity, code, name_en, sent, "test"))
        pos = i + len(text)


def documents() -> list[Document]:
    """Four reports: the Fayyadh visit (two outlets), an interior ministers' memorandum, a 2017 delegation, XSS."""
    d1 = _doc("aa11visit0000001", "Baghdad Today", "الفيّاض يصل إلى دمشق في زيارة رسمية",
              "وصل رئيس هيئة الحشد الشعبي فالح الفيّاض إلى العاصمة السورية دمشق يوم الأحد 12 أيار 2024.\n"
              "واستقبله الرئيس السوري بشار الأسد في قصر الشعب وبحث الجانبان ضبط الحدود المشتركة.\n"
              "وأكد الطرفان استمرار التنسيق لملاحقة خلايا تنظيم داعش على جانبي الحدود.", "2024-05-12")
    _mention(d1, "فالح الفيّاض", "PERS", "person:falih_al_fayyadh", "IRQ-PMF", "Falih al-Fayyadh")
    _mention(d1, "بشار الأسد", "PERS", "person:bashar_al_assad", "SYR-GOV", "Bashar al-Assad")
    _mention(d1, "دمشق", "LOC", "place:damascus", "SYR", "Damascus")
    _mention(d1, "داعش", "ORG", "org:isis", "ISIS", "Islamic State (ISIS)")
    d1.timexes.append(Timex(*_span(d1.body, "يوم الأحد 12 أيار 2024"), "يوم الأحد 12 أيار 2024", "2024-05-12", "day",
                            "2024-05-12", "2024-05-12", "absolute", 0))
    d1.events = [
        _event(d1, 1, "CONSULT", "visit", "وصل", [("رئيس هيئة الحشد الشعبي", "PMF", None)],
               [("العاصمة السورية", "SYR", "SYR")], "2024-05-12", ("دمشق", "place:damascus")),
        _event(d1, 2, "CONSULT", "host", "واستقبله", [("الرئيس السوري بشار الأسد", "SYR-GOV", "person:bashar_al_assad")],
               [], "2024-05-12", ("دمشق", "place:damascus")),
        _event(d1, 3, "COOPERATE", "military", "التنسيق", [("الطرفان", "IRQ-GOV", None)],
               [("تنظيم داعش", "ISIS", "org:isis")], "2024-05-12"),
    ]
    d1.dropped = [__import__("marsad.model", fromlist=["DroppedLine"]).DroppedLine("الرئيسية | سياسة | اقتصاد", "nav")]
    d2 = _doc("bb22memo00000002", "Damascus Daily", "مذكرة تفاهم أمنية بين دمشق وبغداد",
              "وقّع وزيرا الداخلية السوري والعراقي في بغداد مذكرة تفاهم للتعاون الأمني يوم الاثنين 13 أيار 2024.\n"
              "وجاء التوقيع بعد يوم من زيارة الفياض إلى دمشق.", "2024-05-13")
    _mention(d2, "بغداد", "LOC", "place:baghdad", "IRQ", "Baghdad")
    _mention(d2, "الفياض", "PERS", "person:falih_al_fayyadh", "IRQ-PMF", "Falih al-Fayyadh")
    d2.events = [_event(d2, 1, "AGREE", "sign", "وقّع", [("وزيرا الداخلية السوري", "SYR-GOV", None)],
                        [("والعراقي", "IRQ-GOV", None)], "2024-05-13", ("بغداد", "place:baghdad"))]
    d3 = _doc("cc33deleg0000003", "Baghdad Today", "وفد عسكري سوري في بغداد",
              "زار وفد عسكري سوري رفيع بغداد يوم الأربعاء 14 حزيران 2017 والتقى رئيس أركان الجيش العراقي عثمان الغانمي.",
              "2017-06-14")
    _mention(d3, "عثمان الغانمي", "PERS", "person:othman_al_ghanimi", "IRQ-MIL", "Othman al-Ghanimi")
    d3.events = [_event(d3, 1, "CONSULT", "visit", "زار", [("وفد عسكري سوري", "SYR-MIL", None)],
                        [("رئيس أركان الجيش العراقي", "IRQ-MIL", None)], "2017-06-14", ("بغداد", "place:baghdad"))]
    d4 = _doc("dd44xss000000004", "<b>Evil</b> Outlet", XSS_TITLE,
              f"{XSS_BODY_LINE}\nهاجم مسلحون <script>alert('sentence')</script> حاجزاً للجيش قرب الحدود يوم 3 آذار 2023.",
              "2023-03-03")
    d4.events = [_event(d4, 1, "ASSAULT", "attack", "هاجم", [("مسلحون <script>", "INS", None)], [], "2023-03-03")]
    return [d1, d2, d3, d4]


def build_store(path: Path) -> Path:
    """Write the documents into a new store at ``path``."""
    with Store(path) as store:
        for doc in documents():
            store.add_document(doc)
    return path
