"""KB data the recognizer's context rules read: common words, neighbours, sector labels for every code."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.lexicon import load_data
from marsad.kb import get_kb
from marsad.kb.check import check


@pytest.mark.parametrize("word", ["القائم", "العديد", "المتوسط", "صور", "مسقط", "الحشد"])
def test_everyday_words_are_flagged_common(word: str) -> None:
    """Aliases that are everyday words in Saudi/Arab newswire are flagged so they need context."""
    assert get_kb().is_common_word(word)


def test_neighbours_are_countries_and_symmetric_in_the_region() -> None:
    """Neighbour lists name existing countries; Iraq and Syria border each other both ways."""
    kb = get_kb()
    assert "SYR" in kb.neighbours("IRQ") and "IRQ" in kb.neighbours("SYR")
    for ent in kb.by_type("country"):
        assert all(kb.get(c) is not None for c in kb.neighbours(ent.id))


def test_every_sector_in_kb_codes_has_a_label() -> None:
    """A sector suffix used by any entity, role or office code (TUN-PTY, SDN-SPY) has an English label."""
    kb = get_kb()
    labels = load_data("sectors.json")["labels"]
    codes = {c for e in kb.entities.values() for c in [e.code, *e.extra.get("codes", []), *(r.code for r in e.roles)] if c}
    codes |= {o.code for o in kb.offices.values() if o.code}
    missing = {c.split("-", 1)[1] for c in codes if "-" in c} - set(labels)
    assert not missing


def test_kb_check_has_no_errors() -> None:
    """The edited data (common words, neighbours, new Saudi places) passes ``marsad kb check``."""
    assert check(get_kb()).errors == []
