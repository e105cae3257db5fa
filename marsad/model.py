"""The data model every stage shares: one Document carrying offset spans.

All ``start``/``end`` offsets point into ``Document.body`` (the clean text, in
its original characters). Normalized forms exist only for matching.
Every dataclass converts to plain JSON-able dicts with :func:`to_dict`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass
class DroppedLine:
    """A line of the raw page the cleaner removed, with the heuristic that removed it."""

    text: str
    reason: str


@dataclass
class PageDate:
    """A date seen in page chrome (render date, sidebar item): an upper bound only."""

    text: str
    value: str | None  # ISO day (YYYY-MM-DD) when it could be read, else None
    where: str = "chrome"


@dataclass
class Published:
    """A publication date as an honest interval; ``value`` only when one day is supported."""

    earliest: str | None = None  # ISO day
    latest: str | None = None  # ISO day
    value: str | None = None  # ISO day, or None when the evidence does not pin a day
    evidence: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Token:
    """A token (possibly a clitic segment) with offsets into the body."""

    text: str
    start: int
    end: int
    norm: str = ""  # normalized form for matching
    kind: str = "word"  # word | clitic | punct | num | latin


@dataclass
class Sentence:
    """A sentence span; ``tokens`` is filled by the language core.

    The segment stage makes its sentences with :meth:`lazy`: their tokens are computed from
    ``text`` and ``start`` on first read. No analysis stage reads them (each tokenizes for
    its own needs) and the store never keeps them, so building a Token per clitic piece of
    every sentence up front was ~90% of the segment stage for nothing; whoever reads
    ``tokens`` gets the same list as before.
    """

    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    kind: str = "body"  # body | title | caption

    @classmethod
    def lazy(cls, index: int, start: int, end: int, text: str, kind: str = "body") -> Sentence:
        """A sentence whose tokens are ``tokenize(text, start)``, computed when first read."""
        s = cls(index, start, end, text, kind=kind)
        s.__dict__["_tokens"] = None
        s.__dict__["_tokens_at"] = (text, start)  # what they are computed from, as given here
        return s


def _get_tokens(self: Sentence) -> list[Token]:
    """The tokens, computed on first read for a :meth:`Sentence.lazy` sentence."""
    toks = self.__dict__["_tokens"]
    if toks is None:
        from marsad.text.tokens import tokenize  # the language core builds on this module

        toks = self.__dict__["_tokens"] = tokenize(*self.__dict__.pop("_tokens_at"))
    return toks


def _set_tokens(self: Sentence, value: list[Token]) -> None:
    self.__dict__.pop("_tokens_at", None)
    self.__dict__["_tokens"] = value


# A property over the dataclass field: ``__init__``, ``__eq__``, ``__repr__``, ``fields``/``asdict``
# and pickling (the instance dict) all go through it or keep the pending state as it is.
Sentence.tokens = property(_get_tokens, _set_tokens)  # type: ignore[assignment]


@dataclass
class Mention:
    """A named-entity mention, linked to the knowledge base when possible."""

    start: int
    end: int
    text: str
    kind: str  # PERS | LOC | ORG | MISC
    entity: str | None = None  # knowledge-base id
    code: str | None = None  # CAMEO-style actor code, e.g. SYR-MIL, ISIS
    name_en: str | None = None
    sentence: int | None = None
    how: str = ""  # gazetteer | crf | role-cue | coref ...


@dataclass
class Timex:
    """A time expression with its normalized value and the anchor used."""

    start: int
    end: int
    text: str
    value: str | None  # ISO date / YYYY-MM / YYYY / YYYY-Www / "A/B" interval
    granularity: str  # day | week | month | quarter | season | year | decade | interval | unknown
    earliest: str | None = None  # ISO day bounds of what it denotes
    latest: str | None = None
    anchor: str = "absolute"  # absolute | document | relative | unresolved
    sentence: int | None = None


@dataclass
class Actor:
    """One event participant; compound actors are lists of these."""

    text: str
    code: str | None = None
    entity: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Location:
    """Where an event happened, linked to a knowledge-base place when possible."""

    text: str
    entity: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None


@dataclass
class EventDate:
    """When an event happened, and how that was derived."""

    earliest: str | None = None
    latest: str | None = None
    value: str | None = None
    granularity: str = "unknown"
    how: str = "unknown"  # timex | narrative (the story's earlier recent day) | document | inherited:<event id> | unknown


@dataclass
class Event:
    """One PLOVER-coded event reported in one sentence."""

    id: str
    type: str  # PLOVER category
    mode: str | None = None
    quad: str | None = None  # verbal cooperation | material cooperation | verbal conflict | material conflict
    cameo: str | None = None  # CAMEO root code
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    location: Location | None = None
    date: EventDate = field(default_factory=EventDate)
    modality: str = "asserted"  # asserted | planned | claimed | denied
    attribution: str | None = None
    trigger: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    sentence: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    sentence_text: str = ""
    confidence: float = 0.5
    dead: int | None = None
    injured: int | None = None
    doc: str | None = None


@dataclass
class Document:
    """A cleaned article and everything the analysis stages found in it."""

    id: str
    body: str
    source: str = ""
    outlet: str | None = None
    title: str = ""
    url: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # spans into body
    captions: list[str] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    page_dates: list[PageDate] = field(default_factory=list)
    published: Published = field(default_factory=Published)
    language: str = "ar"
    meta: dict[str, Any] = field(default_factory=dict)  # provenance: file, member, url, metadata date...
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    framing: dict[str, Any] = field(default_factory=dict)


def to_dict(obj: Any) -> Any:
    """Convert a model object (or list/dict of them) to plain JSON-able data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def _build(cls: type, data: Any) -> Any:
    """Rebuild a dataclass from :func:`to_dict` output (nested types resolved by field name)."""
    if data is None:
        return None
    kwargs = {}
    names = {f.name for f in dataclasses.fields(cls)}
    for k, v in data.items():
        if k not in names:
            continue
        sub = _NESTED.get((cls.__name__, k))
        if sub is not None:
            if isinstance(v, list):
                v = [_build(sub, x) if isinstance(x, dict) else x for x in v]
            elif isinstance(v, dict):
                v = _build(sub, v)
        elif k == "paragraphs" and isinstance(v, list):
            v = [tuple(x) for x in v]
        kwargs[k] = v
    return cls(**kwargs)


_NESTED: dict[tuple[str, str], type] = {
    ("Document", "dropped"): DroppedLine,
    ("Document", "page_dates"): PageDate,
    ("Document", "published"): Published,
    ("Document", "sentences"): Sentence,
    ("Document", "mentions"): Mention,
    ("Document", "timexes"): Timex,
    ("Document", "events"): Event,
    ("Sentence", "tokens"): Token,
    ("Event", "source"): Actor,
    ("Event", "target"): Actor,
    ("Event", "location"): Location,
    ("Event", "date"): EventDate,
}


def document_from_dict(data: dict[str, Any]) -> Document:
    """Inverse of ``to_dict(document)``.

    The store keeps sentences without their tokens (they would triple its size); a sentence that comes
    back with none but has text gets them again on first read, as :meth:`Sentence.lazy` computes them.
    """
    doc = _build(Document, data)
    for s in doc.sentences:
        if not s.tokens and s.text:
            s.__dict__["_tokens"] = None
            s.__dict__["_tokens_at"] = (s.text, s.start)
    return doc


def event_from_dict(data: dict[str, Any]) -> Event:
    """Inverse of ``to_dict(event)``."""
    return _build(Event, data)
