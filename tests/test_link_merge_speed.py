"""Merging shortcuts that change no result: actorless reports stay alone; derived views are cached per state."""

from __future__ import annotations

from _link_docs import meeting_pair

from marsad.link.merge import Merged, can_merge, merged_id, report_from_event, score


def _reports():
    dated, undated = meeting_pair()
    return report_from_event(dated.events[0], dated), report_from_event(undated.events[0], undated)


def test_a_report_naming_no_actor_can_join_nothing() -> None:
    a, b = _reports()
    bare = report_from_event(*_bare())
    assert can_merge(a) and not can_merge(bare)
    assert score(bare, Merged(merged_id(a.event_id), [a])) is None
    assert score(a, Merged(merged_id(bare.event_id), [bare])) is None


def _bare():
    dated, _ = meeting_pair()
    ev = dated.events[0]
    ev.source, ev.target = [], []
    return ev, dated


def test_cached_views_follow_new_reports() -> None:
    a, b = _reports()
    m = Merged(merged_id(a.event_id), [a])
    before = m.sides()
    assert m.sides() is before  # cached
    m.reports.append(b)
    assert m.sides() is not before and m.date() == Merged(m.id, [a, b]).date()
