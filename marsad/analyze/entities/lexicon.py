"""Load the entity data files (triggers, head nouns, titles, stop words) and KB-derived word sets once."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.text.normalize import normalize


def load_data(name: str) -> Any:
    """A JSON data file from ``marsad/analyze/entities/data``."""
    text = resources.files("marsad.analyze.entities").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    """Normalized trigger word → entity type it hints at (PERS/LOC/ORG/MISC)."""
    out: dict[str, str] = {}
    for kind, words in load_data("triggers.json").items():
        if kind == "about":
            continue
        for w in words:
            out.setdefault(normalize(w), kind)
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalized common given names (data/given_names.txt)."""
    return frozenset(given_name_latin())


@lru_cache(maxsize=1)
def given_name_latin() -> dict[str, str]:
    """Normalized given name → its usual Latin spelling ('' when none is listed)."""
    text = resources.files("marsad.analyze.entities").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            ar, _, lat = line.partition("\t")
            out[normalize(ar)] = lat.strip()
    return out


# ``os.environ``'s own dict, read directly: the recognizer asks for the KB ~70 times a document and
# ``os.environ.get`` (key encoding, KeyError on a miss) cost 20x a dict lookup. Writes through
# ``os.environ`` (``monkeypatch.setenv`` included) update it.
_ENV_DATA = getattr(os.environ, "_data", None)
_KB_ENV_KEY = os.environ.encodekey("MARSAD_KB") if _ENV_DATA is not None and hasattr(os.environ, "encodekey") else None


def _overlay_set() -> bool:
    """True when ``$MARSAD_KB`` names an overlay (a non-empty value)."""
    if _KB_ENV_KEY is not None:
        return bool(_ENV_DATA.get(_KB_ENV_KEY))  # type: ignore[union-attr]
    return bool(os.environ.get("MARSAD_KB"))


_KB_MODULE: list[Any] = []  # marsad.kb once imported: an import statement per call was half the cost of this function


def get_kb_safe() -> Any:
    """The knowledge base, or None while it cannot be loaded (the recognizer still runs)."""
    try:
        if _KB_MODULE:
            kb_module = _KB_MODULE[0]
        else:
            import marsad.kb as kb_module

            _KB_MODULE.append(kb_module)
        cache = getattr(kb_module, "_CACHE", None)  # fast path: no overlay and already loaded
        kb = cache.get(None) if isinstance(cache, dict) and not _overlay_set() else None
        return kb if kb is not None else kb_module.get_kb()
    except Exception:  # noqa: BLE001 - a broken KB must not stop tagging
        return None


_ENDINGS: list[tuple[Any, frozenset[str] | None]] = [(None, None)]  # (KB, its adjective forms' last two letters)


def adjective_country(kb: Any, norm: str) -> str | None:
    """``kb.country_of_adjective`` of an already normalized word, with a quick refusal of most words.

    Every candidate the KB tries is the word minus leading clitics, so it ends with the word's
    last two letters: when no inflected adjective form of this KB ends that way, the answer is None.
    """
    got = _ENDINGS[0]
    if got[0] is not kb:
        forms = kb.adjective_index()
        got = (kb, None if any(len(f) < 2 for f in forms) else frozenset(f[-2:] for f in forms))
        _ENDINGS[0] = got
    ends = got[1]
    if ends is not None and norm[-2:] not in ends:
        return None
    return kb.country_of_adjective(norm)


_TYPE_FLAG = {"person": "PER", "place": "LOC", "country": "LOC", "org": "ORG", "group": "ORG", "outlet": "ORG"}


def _place_word(kb: Any, index: dict, word: str) -> bool:
    """A country, place or nationality word: inside an organization's name («الخارجية الفرنسية», «مجلس النواب
    المصري») it says whose the organization is, and flagging it ORG taught the tagger that adjectives and
    capitals are organizations (5-fold CV on ANERcorp fell 0.5 when ministries of 32 countries were added)."""
    if adjective_country(kb, word) is not None:
        return True
    return any((e := kb.get(i)) is not None and e.type in ("place", "country") for i in index.get(word, ()))


@lru_cache(maxsize=1)
def gazetteer_words() -> dict[str, tuple[str, ...]]:
    """Normalized word → flags (PER/LOC/ORG, _1 for a whole one-word name, PER_f/PER_l first/last name part).

    The flags are a sorted tuple, not a set: callers turn them into features in iteration order,
    and that order decides the summation order of the weights (a set's order follows
    PYTHONHASHSEED, so two processes could score a near-tie differently in the last bit).
    """
    kb = get_kb_safe()
    flags: dict[str, set[str]] = {}
    if kb is None:
        return {}
    index = kb.alias_index()
    for alias, ids in index.items():
        words = alias.split()
        for eid in ids:
            ent = kb.get(eid)
            flag = _TYPE_FLAG.get(ent.type) if ent else None
            if not flag:
                continue
            for w in words:
                if len(w) > 1 and not (flag == "ORG" and len(words) > 1 and _place_word(kb, index, w)):
                    flags.setdefault(w, set()).add(flag)
            if len(words) == 1:
                flags.setdefault(words[0], set()).add(flag + "_1")
            elif flag == "PER":  # first names and family names are different evidence
                flags.setdefault(words[0], set()).add("PER_f")
                flags.setdefault(words[-1], set()).add("PER_l")
    return {w: tuple(sorted(f)) for w, f in flags.items()}


def clear() -> None:
    """Forget cached KB-derived sets (after the KB changed)."""
    gazetteer_words.cache_clear()
    _ENDINGS[0] = (None, None)
