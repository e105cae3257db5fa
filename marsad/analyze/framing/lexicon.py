"""Load the framing lexicon (package data + ``$MARSAD_KB/framing.json`` overlay)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.analyze.framing.matcher import TermMatcher
from marsad.config import kb_overlay_dir
from marsad.errors import KnowledgeBaseError

NEUTRAL = "neutral"


@dataclass
class Axis:
    """One framing axis: loaded poles and neutral wording."""

    id: str
    name_en: str
    poles: dict[str, list[str]] = field(default_factory=dict)  # pole -> terms (NEUTRAL included)
    labels_en: dict[str, str] = field(default_factory=dict)


@dataclass
class Lexicon:
    """All axes and one matcher over every term; payload = list of (axis id, pole)."""

    axes: dict[str, Axis]
    matcher: TermMatcher

    def term_count(self) -> int:
        return sum(len(t) for a in self.axes.values() for t in a.poles.values())


def _merge(axes: dict[str, Axis], data: dict, origin: str, stops: list[str]) -> None:
    """Add one file's axes (by id and pole) and its ``stop_phrases`` to what is loaded."""
    if not isinstance(data, dict) or not isinstance(data.get("axes"), list):
        raise KnowledgeBaseError(f"{origin}: expected an object with an 'axes' list")
    for i, a in enumerate(data["axes"]):
        if not isinstance(a, dict) or "id" not in a:
            raise KnowledgeBaseError(f"{origin}: axis #{i} has no 'id'")
        axis = axes.setdefault(a["id"], Axis(a["id"], a.get("name_en", a["id"])))
        for pole, spec in (a.get("poles") or {}).items():
            terms = spec.get("terms", []) if isinstance(spec, dict) else spec
            axis.poles.setdefault(pole, []).extend(t for t in terms if t not in axis.poles.get(pole, []))
            if isinstance(spec, dict) and spec.get("label_en"):
                axis.labels_en[pole] = spec["label_en"]
        if a.get("neutral"):
            axis.poles.setdefault(NEUTRAL, []).extend(a["neutral"])
    stops.extend(t for t in data.get("stop_phrases", []) if isinstance(t, str))


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The framing lexicon, cached; the overlay's axes add terms (or new axes) by id, and stop phrases."""
    axes: dict[str, Axis] = {}
    stops: list[str] = []
    base = resources.files("marsad.analyze.framing") / "data" / "lexicon.json"
    _merge(axes, json.loads(base.read_text(encoding="utf-8")), "lexicon.json", stops)
    overlay = kb_overlay_dir()
    if overlay and (overlay / "framing.json").exists():
        path = overlay / "framing.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
        _merge(axes, data, str(path), stops)
    payloads: dict[str, list[tuple[str, str]]] = {}
    for axis in axes.values():
        for pole, terms in axis.poles.items():
            for t in terms:
                payloads.setdefault(t, []).append((axis.id, pole))
    # Stop phrases («رئيس التحرير», «ميدان التحرير») are matched with no payload, so the longest
    # match swallows the framing word inside them and nothing is reported.
    for t in stops:
        payloads.setdefault(t, [])
    return Lexicon(axes, TermMatcher(payloads.items()))
