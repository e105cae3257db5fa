"""Tenures repaired in the tenure audit: offices a person held that were missing (Cazeneuve as French interior
minister before he was prime minister), acting periods (Esper, Arnous, Olmert), and handover days.

A missing or too narrow tenure dates an article confidently wrong, so each case checks the holder on a day
inside the repaired span and, for a title in text, the tenure the date inference reads.
"""

from __future__ import annotations

import pytest

from marsad.analyze.time.tenure import tenure_cues


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("FRA.INTERIOR_MINISTER", "2015-11-14", "person:bernard_cazeneuve"),
    ("FRA.INTERIOR_MINISTER", "2013-06-01", "person:manuel_valls"),
    ("FRA.INTERIOR_MINISTER", "2006-01-01", "person:nicolas_sarkozy"),
    ("GBR.INTERIOR_MINISTER", "2014-01-01", "person:theresa_may"),
    ("GBR.INTERIOR_MINISTER", "2025-01-01", "person:yvette_cooper"),
    ("DEU.INTERIOR_MINISTER", "2016-01-01", "person:thomas_de_maiziere"),
    ("SYR.PRIME_MINISTER", "2020-07-15", "person:hussein_arnous"),   # acting from 11 June 2020
    ("USA.DEFENCE_MINISTER", "2019-07-01", "person:mark_esper"),     # acting from 24 June 2019
    ("ISR.FOREIGN_MINISTER", "2022-10-01", "person:yair_lapid"),     # kept the portfolio as prime minister
    ("ISR.FOREIGN_MINISTER", "2013-06-01", "person:benjamin_netanyahu"),
    ("LBN.FOREIGN_MINISTER", "2021-07-01", "person:zeina_akar"),     # acting after Wehbe
    ("QAT.INTERIOR_MINISTER", "2017-06-01", "person:abdullah_bin_nasser"),
    ("TUN.INTERIOR_MINISTER", "2021-03-01", "person:hichem_mechichi"),
    ("IRQ.KRG_PRIME_MINISTER", "2008-01-01", "person:nechirvan_barzani"),
    ("YEM.PRIME_MINISTER", "2014-10-20", "person:khaled_bahah"),      # named 13 October 2014
    ("PSE.FOREIGN_MINISTER", "2007-04-15", "person:ziad_abu_amr"),    # the unity government
    ("USA.NATIONAL_SECURITY_ADVISER", "2025-08-01", "person:marco_rubio"),
])
def test_holder_on_day(kb, office, day, holder):
    assert holder in [e.id for e in kb.holders(office, on=day)]


@pytest.mark.parametrize(("office", "day"), [
    ("USA.ARMY_CHIEF_OF_STAFF", "2015-10-15"), ("USA.DEFENCE_MINISTER", "2019-07-10"),
    ("ISR.FOREIGN_MINISTER", "2022-12-30"), ("SYR.PRIME_MINISTER", "2020-07-15"),
    ("PSE.FOREIGN_MINISTER", "2007-05-15"),
])
def test_one_holder_around_the_repaired_handovers(kb, office, day):
    assert len(kb.holders(office, on=day)) == 1, (office, day, [e.id for e in kb.holders(office, on=day)])


@pytest.mark.parametrize(("sentence", "entity", "office", "start", "end"), [
    ("قال وزير الداخلية الفرنسي برنار كازنوف إن", "person:bernard_cazeneuve", "FRA.INTERIOR_MINISTER",
     "2014-04-02", "2016-12-06"),
    ("قالت وزيرة الداخلية البريطانية تيريزا ماي إن", "person:theresa_may", "GBR.INTERIOR_MINISTER",
     "2010-05-12", "2016-07-13"),
])
def test_title_in_text_reads_the_added_tenure(sentence, entity, office, start, end):
    cues = [(c.entity, c.office, c.start, c.end) for c in tenure_cues(sentence)]
    assert (entity, office, start, end) in cues
