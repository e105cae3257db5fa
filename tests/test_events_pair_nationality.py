"""Two-word nationalities («الزعيم الكوري الشمالي», «الرئيس الجنوب أفريقي») were never tried as actor words: the
first word alone («الكوري») is no nisba, so the scan skipped it and the title lost its country (blind83-034
«استقبل الزعيم الكوري الشمالي كيم جونغ أون الرئيس الروسي …» had no guest)."""

from __future__ import annotations

from probe_helpers import asserted_events as _events
from probe_helpers import codes as _codes


def test_two_word_nationality_gives_the_title_its_country() -> None:
    ev = _events("انتقد الزعيم الكوري الشمالي المناورات العسكرية الأمريكية في شبه الجزيرة", "DISAPPROVE")[0]
    assert [c.split("-")[0] for c in _codes(ev.source)] == ["PRK"]
    ev = _events("اتهم الرئيس الجنوب أفريقي إسرائيل بارتكاب إبادة جماعية في غزة", "DISAPPROVE")[0]
    assert _codes(ev.source) == ["ZAF-GOV"]


def test_host_and_guest_both_found_after_a_two_word_nationality() -> None:
    ev = _events("استقبل الزعيم الكوري الشمالي كيم جونغ أون وزير الدفاع الروسي في بيونغ يانغ", "CONSULT")[0]
    assert {c.split("-")[0] for c in _codes(ev.source) + _codes(ev.target)} == {"PRK", "RUS"}
