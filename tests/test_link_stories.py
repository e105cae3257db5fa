"""Story clustering: headline words beside entities, and documents whose date is too vague to measure a gap."""

from __future__ import annotations

from _link_docs import document

from marsad.link import update_links
from marsad.link.stories import salient_terms, time_factor, vague
from marsad.model import Published

RSF = ("قوات الدعم السريع", "org:rsf", "RSF")
SAF = ("الجيش السوداني", "org:sudanese_army", "SDN-MIL")
KHARTOUM = ("الخرطوم", "place:khartoum", "SDN")
BURHAN = ("عبد الفتاح البرهان", "person:abdel_fattah_al_burhan", "SDN-MIL")

CLASH = ("تجددت الاشتباكات العنيفة بين الجيش السوداني وقوات الدعم السريع في محيط القصر الجمهوري"
         " ومطار الخرطوم، وسط دوي انفجارات وتحليق للطيران الحربي.")
CLASH_2 = ("وتواصلت الاشتباكات لليوم الثالث في محيط القصر الجمهوري والمطار وسط الخرطوم، بينما قال سكان"
           " إن قذائف سقطت على أحياء سكنية، واتهم الجيش السوداني قوات الدعم السريع بالهجوم.")
CLASH_3 = ("قال قائد الجيش عبد الفتاح البرهان إن القوات المسلحة لن تتفاوض قبل انسحاب قوات الدعم السريع"
           " من المقار الحكومية.")
FARM = ("أعلنت وزارة الزراعة في الخرطوم أن الموسم الزراعي في ولاية الجزيرة سيبدأ مطلع الشهر المقبل،"
        " وأن البذور المحسنة ستوزع على المزارعين عبر الجمعيات التعاونية.")


def _story(store, doc):
    return store.conn.execute("SELECT story_id FROM link_docs WHERE doc_id=?", (doc.id,)).fetchone()[0]


def test_salient_terms_keep_event_words_and_drop_function_words_countries_and_kb_names():
    doc = document("قمة جدة تختتم أعمالها بإعلان يرحب بعودة سوريا إلى الجامعة العربية",
                   ["واختتمت في مدينة جدة أعمال القمة العربية الثانية والثلاثين بمشاركة الرئيس السوري."], [],
                   outlet="A", published=Published())
    terms = salient_terms(doc)
    assert all(t.startswith("w:") for t in terms)
    assert {"w:قمه", "w:اختتم"} <= terms  # the summit and its closing carry the story, whatever the clitics
    for word in ("سوريا", "جده", "العربيه", "الي", "في", "الرييس", "السوري"):
        assert f"w:{word}" not in terms


def test_vague_dates_are_not_damped_but_need_a_higher_score():
    assert vague((None, "2023-04-20")) and vague(("2020-01-01", "2024-01-01"))
    assert not vague(("2023-04-15", "2023-04-16"))
    assert time_factor((None, "2023-04-20"), ("2023-04-15", "2023-04-16")) == 1.0
    assert 0 < time_factor(("2023-04-25", "2023-04-25"), ("2023-04-15", "2023-04-16")) < 1.0
    assert time_factor(("2023-09-01", "2023-09-01"), ("2023-04-15", "2023-04-16")) == 0.0


def test_undated_report_of_the_same_battle_joins_the_dated_story(store):
    # A page with only a chrome upper bound, telling the Khartoum battle of April 2023 in other words,
    # belongs with the dated report; a farming notice from Khartoum does not.
    dated = document("اشتباكات عنيفة بين الجيش والدعم السريع في محيط القصر الجمهوري بالخرطوم", [CLASH, CLASH_3],
                     [], outlet="A", published=Published("2023-04-16", "2023-04-16", "2023-04-16"),
                     entities=[RSF, SAF, KHARTOUM, BURHAN])
    undated = document("لليوم الثالث.. اشتباكات القصر الجمهوري والمطار تهز الخرطوم", [CLASH_2], [], outlet="B",
                       published=Published(None, "2023-05-30", None), entities=[RSF, SAF, KHARTOUM])
    farm = document("الزراعة: الموسم الزراعي في الجزيرة يبدأ الشهر المقبل", [FARM], [], outlet="C",
                    published=Published(None, "2023-05-30", None), entities=[KHARTOUM])
    for d in (dated, undated, farm):
        store.add_document(d)
    update_links(store, [dated.id, undated.id, farm.id])
    assert _story(store, dated) == _story(store, undated) != _story(store, farm)
