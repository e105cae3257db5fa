"""Event merging, date anchoring and stories on hand-built documents (no analysis stage needed)."""

from __future__ import annotations

import pytest
from _link_docs import CALL, FILLER, MEET_DATED, actor, document, event, meeting_pair, memo_doc

from marsad.link import update_links
from marsad.link.anchor import implied_publication
from marsad.link.merge import Merged, Report, modes_compatible, report_from_event, score
from marsad.model import Location, Published


def _merged_of(store, event_id):
    row = store.conn.execute("SELECT merged_id FROM merged_reports WHERE event_id=?", (event_id,)).fetchone()
    return row[0] if row else None


def _add(store, *docs):
    for d in docs:
        store.add_document(d)
    return update_links(store, [d.id for d in docs])


def test_two_outlets_one_meeting_merge_and_anchor(store):
    dated, undated = meeting_pair()
    _add(store, dated, undated)
    a, b = dated.events[0].id, undated.events[0].id
    assert _merged_of(store, a) == _merged_of(store, b) is not None
    stored = store.get_document(undated.id)
    # «الأربعاء الماضي» seen from 15–21 June 2017 is 14 June; never the 2024 page date.
    assert (stored.published.earliest, stored.published.latest) == ("2017-06-15", "2017-06-21")
    assert any(e.startswith("inherited:") for e in stored.published.evidence)
    ev = stored.events[0]
    assert ev.date.earliest == "2017-06-14" and ev.date.how.startswith("inherited:M")
    # provenance survives the rewrite of the anchored document
    assert store.provenance(undated.id)


def test_anchored_report_without_a_place_takes_the_merged_events_place(store):
    dated, undated = meeting_pair()
    assert undated.events[0].location is None
    _add(store, dated, undated)
    loc = store.get_document(undated.id).events[0].location
    assert loc is not None and loc.entity == "place:baghdad"


def test_merge_is_order_independent_for_undated_first(store):
    dated, undated = meeting_pair()
    _add(store, undated)
    _add(store, dated)
    assert _merged_of(store, dated.events[0].id) == _merged_of(store, undated.events[0].id)


@pytest.mark.parametrize(("mode_a", "mode_b", "ok"), [
    ("visit", "host", True), ("meet", "discuss", True), ("visit", "phone", False), ("phone", "message", False),
    (None, "phone", True),
])
def test_consult_modes(mode_a, mode_b, ok):
    assert modes_compatible("CONSULT", mode_a, mode_b) is ok


def _report(kind, mode, src, tgt, date, *, place=None, outlet="X", sentence=MEET_DATED, dead=None):
    doc = document("t", [sentence, FILLER], [event(1, kind, mode, src, tgt, sentence, date=date, place=place,
                                                   dead=dead)],
                   outlet=outlet, published=Published(date[0], date[1]))
    return report_from_event(doc.events[0], doc)


def test_symmetric_swap_and_dates():
    base = Merged("M1", [_report("CONSULT", "meet", [actor("وفد", "SYR-MIL")], [actor("الغانمي", "IRQ-MIL")],
                                 ("2017-06-14", "2017-06-14", "timex"))])
    swapped = _report("CONSULT", "meet", [actor("الغانمي", "IRQ-MIL")], [actor("وفد", "SYR-MIL")],
                      ("2017-06-14", "2017-06-14", "timex"))
    res = score(swapped, base)
    assert res is not None and res[1] is True
    later = _report("CONSULT", "meet", [actor("وفد", "SYR-MIL")], [actor("الغانمي", "IRQ-MIL")],
                    ("2018-03-01", "2018-03-01", "timex"))
    assert score(later, base) is None


def test_place_in_another_country_blocks_merge_but_not_for_phone_calls():
    bag = Location(text="بغداد", entity="place:baghdad", country="IRQ")
    dam = Location(text="دمشق", entity="place:damascus", country="SYR")
    d = ("2021-07-01", "2021-07-01", "timex")
    m = Merged("M1", [_report("CONSULT", "meet", [actor("x", "SYR-GOV")], [actor("y", "IRQ-GOV")], d, place=bag)])
    assert score(_report("CONSULT", "meet", [actor("x", "SYR-GOV")], [actor("y", "IRQ-GOV")], d, place=dam), m) is None
    mp = Merged("M2", [_report("CONSULT", "phone", [actor("x", "SYR-GOV")], [actor("y", "IRQ-GOV")], d, place=bag,
                               sentence=CALL)])
    assert score(_report("CONSULT", "phone", [actor("y", "IRQ-GOV")], [actor("x", "SYR-GOV")], d, place=dam,
                         sentence=CALL), mp) is not None


def test_assault_fight_compatible_and_casualty_conflict():
    d = ("2024-04-28", "2024-04-28", "timex")
    a = _report("ASSAULT", "killing", [actor("القوات العراقية", "IRQ-MIL")], [actor("داعش", "ISIS")], d, dead=3)
    b = _report("FIGHT", "clash", [actor("الجيش العراقي", "IRQ-MIL")], [actor("التنظيم", "ISIS")], d, dead=5,
                outlet="Y")
    m = Merged("M1", [a])
    assert score(b, m) is not None
    m.reports.append(b)
    kinds = [c["kind"] for c in m.conflicts()]
    assert "casualties:dead" in kinds


def test_gov_and_mil_of_one_country_are_different_actors():
    d = ("2024-05-01", "2024-05-01", "timex")
    m = Merged("M1", [_report("CONSULT", "meet", [actor("x", "SYR-GOV")], [actor("y", "IRQ-GOV")], d)])
    assert score(_report("CONSULT", "meet", [actor("x", "SYR-MIL")], [actor("y", "IRQ-MIL")], d), m) is None


def test_implied_publication_last_wednesday():
    # «الأربعاء الماضي» naming 14 June 2017 (a Wednesday) is read between the next day and the next Wednesday.
    got = implied_publication("استقبل الوزير، الأربعاء الماضي، وفدا رسميا", ("2017-06-14", "2017-06-14"),
                              (None, "2024-05-09"))
    assert got is not None and got[:2] == ("2017-06-15", "2017-06-21")


def test_stories_group_same_event_and_keep_other_years_apart(store):
    dated, undated = meeting_pair()
    memo = memo_doc()
    _add(store, dated, undated, memo)
    story = {d.id: store.conn.execute("SELECT story_id FROM link_docs WHERE doc_id=?", (d.id,)).fetchone()[0]
             for d in (dated, undated, memo)}
    assert story[dated.id] == story[undated.id] != story[memo.id]
    from marsad.link.stories import story_detail

    detail = story_detail(store, story[dated.id])
    assert {d["id"] for d in detail["docs"]} == {dated.id, undated.id}
    assert detail["summary"] and all(s["outlet"] in ("Outlet A", "Outlet B") for s in detail["summary"])


def test_report_keeps_outlet_sentence_trigger(store):
    dated, undated = meeting_pair()
    _add(store, dated, undated)
    from marsad.link.timeline import timeline

    rows = timeline(store)
    row = next(r for r in rows if len(r["reports"]) == 2)
    assert row["outlets"] == ["Outlet A", "Outlet B"]
    assert {r["sentence"] for r in row["reports"]} == {dated.events[0].sentence_text, undated.events[0].sentence_text}
    assert all(r["trigger"] for r in row["reports"])


def test_relinking_is_idempotent(store):
    dated, undated = meeting_pair()
    _add(store, dated, undated)
    n = store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    update_links(store, [dated.id, undated.id])
    assert store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0] == n


def test_report_roundtrip():
    r = _report("CONSULT", "visit", [actor("وفد", "SYR-MIL")], [actor("الغانمي", "IRQ-MIL")],
                ("2017-06-14", "2017-06-14", "timex"))
    m = Merged("M1", [r])
    back = Merged.from_json(m.to_json())
    assert isinstance(back.reports[0], Report) and back.to_json() == m.to_json()


def test_one_shared_place_does_not_make_a_story(store):
    # Two same-week reports that only both mention Baghdad are different stories; sharing Baghdad, al-Ghanimi
    # and ISIS in the same week joins them.
    from _link_docs import BAGHDAD, GHANIMI, ISIS, MEET_RELATIVE, MEMO

    day = Published("2017-06-14", "2017-06-14", "2017-06-14")
    a = document("أ", [MEET_DATED, FILLER], [], outlet="A", published=day, entities=[GHANIMI, BAGHDAD, ISIS])
    b = document("ب", [MEMO.replace("دمشق", "بغداد"), FILLER], [], outlet="B", published=day, entities=[BAGHDAD])
    c = document("ج", [MEET_RELATIVE, FILLER], [], outlet="C", published=day, entities=[GHANIMI, BAGHDAD, ISIS])
    _add(store, a, b, c)
    story = {d.id: store.conn.execute("SELECT story_id FROM link_docs WHERE doc_id=?", (d.id,)).fetchone()[0]
             for d in (a, b, c)}
    assert story[a.id] == story[c.id] != story[b.id]
