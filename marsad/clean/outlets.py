"""Which outlet published a page: from metadata, the URL host, or the page's references to itself.

Known outlets live in ``data/outlets.json`` (Arabic and English names, aliases, hosts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from marsad.clean.resources import fold, folded_list, load

# Words that, right before an outlet's name in body text, make it a self-reference
# ("علمت الميادين نت", "مراسل الشام اليوم", "قال لعنب بلدي"), not a citation of another outlet.
_SELF_CUES = ("علمت", "مراسل", "مراسله", "مراسلو", "لمراسل", "لمراسله", "ومراسل", "لموقع", "لصحيفه", "لوكاله", "لشبكه", "خاص", "حصري")


@dataclass(frozen=True)
class Outlet:
    """A known outlet: readable names and where it was recognised."""

    id: str
    name_ar: str
    name_en: str


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, Outlet]:
    """All outlets in the data file, by id."""
    return {o["id"]: Outlet(o["id"], o["name_ar"], o["name_en"]) for o in load("outlets")["outlets"]}


@lru_cache(maxsize=1)
def _alias_index() -> list[tuple[str, str]]:
    """(folded alias, outlet id), longest alias first so «الخليج الجديد» beats «الخليج»."""
    pairs = []
    for o in load("outlets")["outlets"]:
        for name in {*o.get("aliases", []), o["name_en"]}:
            if fold(name):
                pairs.append((fold(name), o["id"]))
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def by_name(name: str) -> Outlet | None:
    """The known outlet whose Arabic/English name or alias equals ``name`` (folded)."""
    key = fold(name)
    for o in known_outlets().values():
        if key in (fold(o.name_ar), fold(o.name_en)):
            return o
    return next((known_outlets()[i] for alias, i in _alias_index() if alias == key), None)


def by_url(url: str | None) -> Outlet | None:
    """The known outlet whose host (or host/path prefix) the URL belongs to."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    where = host + parts.path.lower()
    for o in load("outlets")["outlets"]:
        for h in o.get("hosts", []):
            if where == h or where.startswith(h + "/") or host == h or host.endswith("." + h):
                return known_outlets()[o["id"]]
    return None


def named_in_line(line: str) -> Outlet | None:
    """An outlet named in a short chrome line («ادعم عنب بلدي», «ليفانت-خاص», «البوابة نيوز»)."""
    text = f" {fold(line)} "
    for alias, oid in _alias_index():
        if f" {alias} " in text:
            return known_outlets()[oid]
    return None


def is_self_reference(line: str) -> bool:
    """True when a short line is only an outlet's name, possibly marked exclusive («ليفانت-خاص»)."""
    text = fold(line)
    marks = folded_list("boilerplate", "self_reference_marks")
    for mark in marks:
        text = re.sub(rf"(?:^|\s){re.escape(mark)}(?:\s|$)", " ", f" {text} ").strip()
    return bool(text) and any(alias == text for alias, _ in _alias_index())


# A dateline opening the article: «جدة – وكالة المشرق للأنباء:», «بغداد (شبكة الرافدين) -».
_DATELINE = re.compile(r"^\s*[^\s،:.]{2,20}(?:\s+[^\s،:.]{2,20})?\s*[–—\-(]\s*([^:()\n–—]{2,40}?)\s*[:)–—\-]")


def in_dateline(body: str) -> Outlet | None:
    """The outlet named in the dateline that opens the article body («عمّان – الخليج الجديد:»)."""
    m = _DATELINE.match(body)
    return by_name(m.group(1)) if m else None


@lru_cache(maxsize=1)
def _self_pattern() -> re.Pattern[str]:
    """One regex for «<cue> <alias>» and «ل<alias>» over every alias of four letters or more."""
    aliases = "|".join(re.escape(a) for a, _ in _alias_index() if len(a) >= 4)
    return re.compile(rf"(?:(?<=\s)(\S+)\s+|(?<=\s)(ل))({aliases})(?=\s)")


def cited_as_self(body: str) -> Outlet | None:
    """An outlet the body refers to as itself: «علمت الميادين نت», «مراسل الشام اليوم», «لعنب بلدي»."""
    index = dict(_alias_index())
    for m in _self_pattern().finditer(f" {fold(body)} "):
        if m.group(2) or m.group(1) in _SELF_CUES:
            return known_outlets()[index[m.group(3)]]
    return None
