"""Page-level cue tables of round 41 (data/page_cues.json): budget nouns, national days per country,
feast prayers, reporting verbs and occasion words. Language data lives in the JSON; this module only
normalizes it once for :mod:`marsad.analyze.time.publish` and :mod:`marsad.analyze.time.timex`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from marsad.text.normalize import normalize

CUES_FILE = Path(__file__).resolve().parent / "data" / "page_cues.json"


def bare_word(w: str) -> str:
    """A word without one proclitic («لموازنة» → «موازنة», «للموازنة» → «الموازنة», «بالعيد» → «العيد»)."""
    if w.startswith("لل") and len(w) > 3:
        return "ال" + w[2:]
    if w[:1] in "وبلف" and len(w) > 3:
        return w[1:]
    return w


@lru_cache(maxsize=1)
def page_cues() -> SimpleNamespace:
    """Round-41 cue tables (data/page_cues.json), normalized: budget nouns and the national days of each country."""
    raw = json.loads(CUES_FILE.read_text(encoding="utf-8"))

    def phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(normalize(x).split()) for x in items}, key=len, reverse=True))

    days = {cc: tuple((tuple(normalize(k).split()), tuple(int(x) for x in v.split("/"))) for k, v in
                      sorted(tab.items(), key=lambda kv: -len(kv[0])))
            for cc, tab in raw["national_days"].items()}
    return SimpleNamespace(
        budget=phrases(raw["budget_nouns"]),
        links=frozenset(normalize(w) for w in raw["budget_year_links"]),
        closing=frozenset(normalize(w) for w in raw["budget_closing_words"]),
        national=days,
        gap=frozenset(normalize(w) for w in raw["national_day_gap"]),
        prayers=frozenset(normalize(w) for w in raw["feast_prayer_nouns"]),
        report=frozenset(normalize(w) for w in raw["report_verbs"]),
        occasion=frozenset(normalize(w) for w in raw["occasion_words"]),
        that=frozenset(normalize(w) for w in raw["report_complementizers"]),
        matchday=frozenset(normalize(w) for w in raw["matchday_nouns"]),
        ordinals=frozenset(normalize(w) for w in raw["matchday_ordinals"]),
        season_months=tuple(raw["season_window_months"]),
        age_words=phrases(raw["age_at_death_words"]),
        age_units=frozenset(normalize(w) for w in raw["age_units"]),
        birth=phrases(raw["birth_words"]),
        birth_nouns=frozenset(normalize(w) for w in raw["birth_year_nouns"]),
        remembrance=frozenset(normalize(w) for w in raw["anniversary_words"]),
        ordinal_days=_ordinal_days(raw),
        ordinal_window=tuple(raw["national_day_ordinal_window"]),
    )


def _ordinal_days(raw: dict) -> tuple[tuple[str, tuple[str, ...], tuple[int, int], int, frozenset[str]], ...]:
    """(country, phrase, (month, day), base year, country cue words) of the national days counted by ordinal."""
    out = []
    for cc, tab in raw["national_day_ordinals"].items():
        cues = frozenset(normalize(w) for w in tab["cues"])
        for name, md in tab["days"].items():
            base = tab["base"][name] if isinstance(tab["base"], dict) else tab["base"]
            m, d = (int(x) for x in md.split("/"))
            out.append((cc, tuple(normalize(name).split()), (m, d), base, cues))
    return tuple(sorted(out, key=lambda t: -len(t[1])))

