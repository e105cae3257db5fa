"""The knowledge base: countries, places, organizations, people and offices, as readable data files.

Base data lives in ``marsad/kb/data/*.jsonl``; a user overlay directory (``$MARSAD_KB``) with the same
file names adds entries (new id) or overrides fields of existing ones (same id). See docs/INTERFACES.md.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from marsad.config import KB_DIR
from marsad.errors import KnowledgeBaseError
from marsad.kb.adjectives import inflect, strip_candidates
from marsad.kb.loader import build, load_records
from marsad.kb.model import ENTITY_TYPES, Entity, Office, Role
from marsad.text.normalize import normalize

__all__ = ["ENTITY_TYPES", "Entity", "KnowledgeBase", "KnowledgeBaseError", "Office", "Role",
           "alias_variants", "get_kb", "load_kb"]

_ABD_SPACED = re.compile(r"(?<!\S)عبد ")
# عبدالله / عبدربه → عبد الله / عبد ربه; but عبدي (Abdi) and عبده (Abduh) are names of their own.
_ABD_JOINED = re.compile(r"(?<!\S)عبد(?=ال|رب)")
_ARTICLE = "ال"


def alias_variants(name: str) -> list[str]:
    """Normalized spelling variants of an Arabic name: itself, and عبد with and without the space."""
    norm = normalize(name)
    out = [norm]
    if "عبد " in norm:
        out.append(_ABD_SPACED.sub("عبد", norm))
    joined = _ABD_JOINED.sub("عبد ", norm)
    if joined != norm:
        out.append(joined)
    return out


class KnowledgeBase:
    """Entities and offices with a normalized alias index, adjective index and tenure queries."""

    def __init__(self, entities: dict[str, Entity], offices: dict[str, Office]) -> None:
        self.entities = entities
        self.offices = offices
        self._aliases: dict[str, list[str]] = {}
        self._english: dict[str, list[str]] = {}
        self._adjectives: dict[str, str] = {}
        self._holders: dict[str, list[tuple[Entity, Role]]] = {}
        self._office_titles: dict[str, list[str]] | None = None
        self._common: set[str] = set()
        self._tails: tuple[int, frozenset[str]] | None = None  # see ``_pair_tails``
        for ent in entities.values():
            self._index(ent)

    def _index(self, ent: Entity) -> None:
        for name in ent.names_ar:
            for form in alias_variants(name):
                ids = self._aliases.setdefault(form, [])
                if ent.id not in ids:
                    ids.append(ent.id)
        for name in ent.extra.get("common_words", []):
            self._common.update(alias_variants(name))
        for name in [ent.name_en, *ent.extra.get("names_en", [])]:
            ids = self._english.setdefault(name.casefold(), [])
            if ent.id not in ids:
                ids.append(ent.id)
        if ent.type == "country":
            iso = ent.code or ent.id
            for base in ent.adjectives:
                for form in inflect(base):  # two-word bases (كوري شمالي) inflect each ي-final word alike
                    self._adjectives.setdefault(form, iso)
            for form in ent.extra.get("adjective_forms", []):  # irregular: الروس، الأتراك، الأمريكان
                self._adjectives.setdefault(normalize(form), iso)
        for role in ent.roles:
            self._holders.setdefault(role.office, []).append((ent, role))

    def get(self, id: str) -> Entity | None:  # noqa: A002 - the documented parameter name
        """The entity with this id, or None."""
        return self.entities.get(id)

    def lookup(self, name: str) -> list[Entity]:
        """Entities whose Arabic alias or English name equals ``name`` after normalization.

        Falls back to the name with/without the article ال when the exact form is unknown.
        """
        norm = normalize(name)
        ids = list(self._aliases.get(norm, []))
        ids += [i for i in self._english.get(name.strip().casefold(), []) if i not in ids]
        if not ids and norm:
            other = norm[len(_ARTICLE):] if norm.startswith(_ARTICLE) else _ARTICLE + norm
            ids = list(self._aliases.get(other, []))
        return [self.entities[i] for i in ids]

    def lookup_token(self, word: str) -> list[Entity]:
        """Like :meth:`lookup` for one word that may carry clitics (والموصل، لبغداد، بالعراق)."""
        norm = normalize(word)
        for cand in strip_candidates(norm):
            ids = self._aliases.get(cand)
            if ids:
                return [self.entities[i] for i in ids]
        return []

    def alias_index(self) -> dict[str, list[str]]:
        """Normalized Arabic alias → entity ids (country adjectives are not included)."""
        return self._aliases

    def is_common_word(self, alias: str) -> bool:
        """True if ``alias`` is also an everyday word (القائم، صور، العربية): link it only with context."""
        return normalize(alias) in self._common

    def common_words(self) -> set[str]:
        """Normalized aliases flagged in the data (``extra.common_words``) as ordinary words too."""
        return self._common

    def neighbours(self, iso: str) -> list[str]:
        """ISO-3 codes of the countries bordering ``iso`` (``extra.neighbours``; empty when not recorded)."""
        ent = self.entities.get(iso)
        return list(ent.extra.get("neighbours", [])) if ent is not None else []

    def country_of_adjective(self, word: str) -> str | None:
        """ISO-3 of a nisba adjective in any inflection, with or without ال and clitics (والعراقية → IRQ)."""
        norm = normalize(word)
        for cand in strip_candidates(norm):
            code = self._adjectives.get(cand)
            if code:
                return code
        words = norm.split()
        if len(words) == 2:  # «الكوريون الشماليون», «السودانيون الجنوبيون»: the article on both words
            return self.country_of_adjective_pair(words[0], words[1])
        return None

    def country_of_adjective_pair(self, first: str, second: str) -> str | None:
        """ISO-3 of a two-word nationality (كوري شمالي، الكوريين الشماليين، جنوب أفريقي → PRK, PRK, ZAF).

        The first word may carry clitics and the article, the second only the article.
        """
        tail = normalize(second)
        if tail.startswith(_ARTICLE) and len(tail) > 4:
            tail = tail[len(_ARTICLE):]
        if tail not in self._pair_tails():  # most word pairs: no two-word nationality ends so
            return None
        for cand in strip_candidates(normalize(first)):
            code = self._adjectives.get(cand + " " + tail)
            if code:
                return code
        return None

    def _pair_tails(self) -> frozenset[str]:
        """What follows a space in an adjective form (شمالي of كوري شمالي): the tails a pair lookup can find.

        Rebuilt when the adjective index changed size (``adjective_index`` hands out the dict itself).
        """
        got = self._tails
        if got is None or got[0] != len(self._adjectives):
            tails = frozenset(form[i + 1:] for form in self._adjectives for i, c in enumerate(form) if c == " ")
            got = self._tails = (len(self._adjectives), tails)
        return got[1]

    def adjective_index(self) -> dict[str, str]:
        """Every generated bare inflected adjective form (normalized) → ISO-3."""
        return self._adjectives

    def holders(self, office_key: str, on: str | None = None) -> list[Entity]:
        """People who held ``office_key`` (on ISO date ``on`` if given), most recent first."""
        pairs = self._holders.get(office_key, [])
        if on is not None:
            day = on[:10]
            pairs = [(e, r) for e, r in pairs
                     if (r.start is None or r.start <= day) and (r.end is None or day <= r.end)]
        ordered = sorted(pairs, key=lambda p: p[1].start or "", reverse=True)
        out: list[Entity] = []
        for ent, _ in ordered:
            if ent not in out:
                out.append(ent)
        return out

    def tenure(self, entity_id: str, office_key: str | None = None) -> list[Role]:
        """Roles of a person (only those for ``office_key`` if given), in data order."""
        ent = self.entities.get(entity_id)
        if ent is None:
            return []
        return [r for r in ent.roles if office_key is None or r.office == office_key]

    def office_titles(self) -> dict[str, list[str]]:
        """Normalized Arabic title (رئيس الوزراء) → office keys across countries."""
        if self._office_titles is None:
            index: dict[str, list[str]] = {}
            for off in self.offices.values():
                for title in off.titles_ar:
                    index.setdefault(normalize(title), []).append(off.key)
            self._office_titles = index
        return self._office_titles

    def offices_for(self, title: str, country: str | None = None) -> list[Office]:
        """Offices a title names (optionally in one country): ("وزير الخارجية", "IRN") → IRN.FOREIGN_MINISTER."""
        keys = self.office_titles().get(normalize(title), [])
        return [self.offices[k] for k in keys if country is None or self.offices[k].country == country]

    def by_type(self, type_: str) -> list[Entity]:
        """All entities of one type."""
        return [e for e in self.entities.values() if e.type == type_]


def load_kb(base: Path | None = None, overlay: Path | None = None) -> KnowledgeBase:
    """Load (uncached) the knowledge base from ``base`` (package data) and an optional overlay dir."""
    records, offices, origin, merged = load_records(base or KB_DIR, overlay)
    entities, offs = build(records, offices, origin, merged)
    return KnowledgeBase(entities, offs)


_CACHE: dict[str | None, KnowledgeBase] = {}


def get_kb() -> KnowledgeBase:
    """The knowledge base (package data + ``$MARSAD_KB`` overlay), loaded once per overlay path."""
    env = os.environ.get("MARSAD_KB") or None
    kb = _CACHE.get(env)
    if kb is None:
        kb = load_kb(KB_DIR, Path(env).expanduser() if env else None)
        _CACHE[env] = kb
    return kb


def clear_cache() -> None:
    """Forget loaded knowledge bases (tests, or after editing the overlay)."""
    _CACHE.clear()
