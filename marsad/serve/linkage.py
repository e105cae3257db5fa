"""Lazy access to the linking stage (stories, merged events, duplicates, timelines).

The linking stage lands separately and its function names may still move, so
each capability is a list of (module, function) candidates tried in order; the
first one found is used, and a missing one yields ``None`` (views then show a
clear «not available yet» section instead of failing).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

CANDIDATES: dict[str, list[tuple[str, str]]] = {
    "stories": [("marsad.link.stories", "list_stories"), ("marsad.link.stories", "stories"),
                ("marsad.link", "list_stories"), ("marsad.link", "stories")],
    "story": [("marsad.link.stories", "story_detail"), ("marsad.link.stories", "get_story"), ("marsad.link.stories", "story"),
              ("marsad.link", "get_story"), ("marsad.link", "story")],
    "merged_events": [("marsad.link.merge", "merged_events"), ("marsad.link.events", "merged_events"),
                      ("marsad.link", "merged_events")],
    "timeline": [("marsad.link.timeline", "timeline_rows"), ("marsad.link", "timeline_rows"),
                 ("marsad.link.timeline", "timeline")],
    "duplicates": [("marsad.link.duplicates", "duplicates"), ("marsad.link", "duplicates")],
}


def provider(capability: str) -> Callable[..., Any] | None:
    """The linking function for a capability, or None when the stage does not offer it."""
    for module, name in CANDIDATES[capability]:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


def call(capability: str, store: Any, *args: Any) -> Any:
    """Call a linking capability with the store; None when unavailable or when it fails."""
    fn = provider(capability)
    if fn is None:
        return None
    try:
        return fn(store, *args)
    except Exception:  # noqa: BLE001 - an unfinished linking stage must not break the page
        return None


def as_list(value: Any) -> list[dict[str, Any]] | None:
    """Linking results as a list of dicts (accepts generators and objects with ``to_dict``)."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("rows") or value.get("stories") or value.get("events") or []
    out = []
    for item in value:
        if isinstance(item, dict):
            out.append(item)
        elif hasattr(item, "to_dict"):
            out.append(item.to_dict())
        else:
            from marsad.model import to_dict

            d = to_dict(item)
            if isinstance(d, dict):
                out.append(d)
    return out


def stories(store: Any) -> list[dict[str, Any]] | None:
    return as_list(call("stories", store))


def story(store: Any, story_id: str) -> dict[str, Any] | None:
    """One story by id: the ``story`` capability, else a scan of ``stories``."""
    fn = provider("story")
    if fn is not None:
        got = call("story", store, story_id)
        if got is not None:
            return got if isinstance(got, dict) else (as_list([got]) or [None])[0]
    for st in stories(store) or []:
        if str(st.get("id")) == story_id:
            return st
    return None


def merged_events(store: Any) -> list[dict[str, Any]] | None:
    return as_list(call("merged_events", store))


def timeline(store: Any) -> list[dict[str, Any]] | None:
    return as_list(call("timeline", store))


def available() -> dict[str, bool]:
    """Which linking capabilities exist (shown on pages and in /api)."""
    return {name: provider(name) is not None for name in CANDIDATES}
