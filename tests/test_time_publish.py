"""Publication-date inference: each rule on a hand-written article, and the five seeds read by path."""

from __future__ import annotations

import pytest
from conftest import GOLD, SEEDS, need

from marsad.analyze.time import date_document, infer_published, resolve_timexes
from marsad.model import Document, PageDate, Published


def pub(body: str, **kw: object) -> Published:
    return infer_published(Document(id="t", body=body, **kw))


def test_today_weekday_day_month_with_caption_year() -> None:
    # 14 June is a Wednesday in 2006/2017/2023/2028; the caption's «نيسان 2017» picks 2017
    p = pub("قالت الوزارة في بيان اليوم، الأربعاء 14 حزيران، إن الوفد وصل إلى بغداد.",
            captions=["جنود على الحدود - نيسان 2017 - (رويترز)"])
    assert (p.earliest, p.latest, p.value) == ("2017-06-14", "2017-06-14", "2017-06-14")


def test_today_weekday_day_month_alone_stays_an_interval() -> None:
    p = pub("قالت الوزارة في بيان اليوم، الأربعاء 14 حزيران، إن الوفد وصل إلى بغداد.")
    assert p.value is None  # several years fit: no confident day


def test_today_full_date_commits() -> None:
    p = pub("أعلنت الحكومة اليوم الثلاثاء 21 يوليو 2015 عن خطة جديدة للإسكان.")
    assert p.value == "2015-07-21"


def test_hijri_today_date_commits() -> None:
    p = pub("تبدأ اليوم السبت التاسع من شهر شوال عام 1436 هـ فعاليات المهرجان.")
    assert p.value == "2015-07-25"


@pytest.mark.parametrize(("body", "value"), [
    # a Hijri year needs no «هـ» in a numeric date: no Gregorian news year is 1436 (SaudiNewsNet civil-defence reports)
    ("وباشرت فرق الدفاع المدني صباح اليوم السبت الموافق 9/10/1436 بلاغاً عن حريق في مستودع.", "2015-07-25"),
    ("تلقت غرفة العمليات مساء أمس الجمعة الموافق 8 / 10 / 1436 بلاغاً عن سقوط مقذوف.", "2015-07-25"),
    # a bracketed date after «اليوم + weekday» (news-agency style)
    ("وقال المرصد في بيان اليوم الخميس (23 يوليو/تموز 2015) إن عشرات المدنيين قتلوا.", "2015-07-23"),
])
def test_today_weekday_numeric_hijri_and_bracketed_dates_commit(body: str, value: str) -> None:
    assert pub(body).value == value


def test_today_weekday_contradicting_hijri_date_does_not_commit() -> None:
    # 10/4/1436 is a Friday and 4/10/1436 (day and month swapped) a Monday: neither is a Sunday
    p = pub("بلغ عدد المراجعين حتى مساء اليوم الأحد الموافق 10/4 / 1436هـ أكثر من ألف شخص.")
    assert p.value is None


def test_today_weekday_hijri_typo_read_swapped() -> None:
    # 10/4/1436 is a Friday, 4/10/1436 exactly the Monday written: a day/month typo (tests/test_time_today_pairs.py)
    p = pub("بلغ عدد المراجعين حتى مساء اليوم الاثنين الموافق 10/4 / 1436هـ أكثر من ألف شخص.")
    assert p.value == "2015-07-20"


def test_dateline() -> None:
    p = pub("بغداد - 14 حزيران 2017 - أعلنت وزارة الدفاع العراقية أن وفداً سورياً وصل إلى العاصمة.")
    assert p.value == "2017-06-14"


def test_yesterday_weekday_sets_publication_weekday() -> None:
    p = pub("وقال الوزير أمس الثلاثاء إن المحادثات ستستمر في مايو الجاري عام 2016.")
    assert p.evidence[0].startswith("«أمس الثلاثاء»: published on a Wednesday")


def test_current_month_and_tenure() -> None:
    # seed 004's shape: «اليوم الأربعاء», «اب / اغسطس الجاري», Kadhimi as prime minister (May 2020 – Oct 2022)
    p = pub("تلقى الرئيس السوري بشار الأسد اليوم الأربعاء رسالة من رئيس الوزراء العراقي مصطفى الكاظمي. "
            "وفي اب / اغسطس الجاري اعتقلت القوات العراقية عشرين مسلحاً.")
    assert p.earliest >= "2020-05" and p.latest <= "2022-10-31"
    assert p.earliest[5:7] == "08" and p.latest[5:7] == "08"


def test_former_title_gives_no_tenure() -> None:
    p = pub("قال رئيس الوزراء العراقي السابق عادل عبد المهدي إن الحكومة أخطأت.")
    assert not any("PRIME_MINISTER" in e for e in p.evidence)


def test_deputy_title_is_not_the_office() -> None:
    p = pub("التقى نائب وزير الخارجية الإيراني عباس عراقجي وفداً أوروبياً.")
    assert not any("FOREIGN_MINISTER" in e for e in p.evidence)


def test_page_date_is_an_upper_bound_never_the_value() -> None:
    # seed 001's trap: the page header «الخميس 09 مايو 2024» is the render date
    p = pub("استقبلت قيادة الجيش، الأربعاء الماضي، وفداً عسكرياً.",
            page_dates=[PageDate("الخميس 09 مايو 2024", "2024-05-09")])
    assert p.value is None and p.latest == "2024-05-09" and p.earliest is None


def test_past_and_next_references_bracket_the_date() -> None:
    # seed 003's shape: «28 حزيران/يونيو الماضي» … «نهاية شهر آب/أغسطس المقبل», Biden and Salih in office
    p = pub("بحث الرئيس السوري بشار الأسد مع نظيره العراقي برهم صالح التعاون بعد غارة في 28 حزيران/يونيو الماضي. "
            "واستهدفت الضربات التي نفذت بتوجيه من الرئيس جو بايدن مواقع في سوريا، "
            "وسيبدأ نقل الدفعة الأولى مع نهاية شهر آب/أغسطس المقبل.")
    assert p.earliest[5:7] == "07" and p.latest[5:7] == "07"
    assert "2021" <= p.earliest and p.latest <= "2022-07-31"


def test_metadata_date_is_trusted_unless_it_conflicts() -> None:
    body = "قالت الوزارة في بيان اليوم، الأربعاء 14 حزيران 2017، إن الوفد وصل."
    ok = pub(body, meta={"metadata_date": "2017-06-14"})
    assert ok.value == "2017-06-14" and ok.evidence[0].startswith("metadata date")
    bad = pub(body, meta={"metadata_date": "2024-05-09"})
    assert bad.value == "2017-06-14"
    assert any("conflicts with the text" in e for e in bad.evidence)


def test_no_evidence_is_unknown() -> None:
    p = pub("أكد المسؤول أهمية التعاون بين البلدين في مكافحة الإرهاب.")
    assert (p.earliest, p.latest, p.value) == (None, None, None)


def test_relative_resolved_against_interval() -> None:
    ts = resolve_timexes("قال الوزير أمس إن", Published("2017-06-15", "2017-06-21"))
    assert (ts[0].earliest, ts[0].latest, ts[0].anchor) == ("2017-06-14", "2017-06-20", "document")


def test_date_document_sets_timexes_with_body_offsets() -> None:
    doc = Document(id="t", body="مقدمة. وقال الوزير أمس الثلاثاء 20 حزيران 2017 إن الوفد وصل.")
    date_document(doc)
    assert doc.published.value == "2017-06-21"
    t = doc.timexes[0]
    assert doc.body[t.start:t.end] == t.text


def _seed(name: str) -> Document:
    from marsad.clean import clean_text

    path = need(SEEDS) / name
    return date_document(clean_text(path.read_text(encoding="utf-8"), source=str(path)))


@pytest.mark.parametrize(("name", "lo", "hi", "value"), [
    ("000_7df513966787f236.txt", "2017-06-14", "2017-06-14", "2017-06-14"),
    ("002_d86e76bf4fb47010.txt", "2024-05-01", "2024-05-31", None),
    ("003_8f5cbfbe6ed423b5.txt", "2021-07-01", "2021-07-31", None),
])
def test_seed_publication(name: str, lo: str, hi: str, value: str | None) -> None:
    p = _seed(name).published
    assert lo <= p.earliest and p.latest <= hi and p.value == value


def test_seed_004_is_a_wednesday_in_august_2020_2022() -> None:
    from datetime import date

    p = _seed("004_edd459b6dd962f52.txt").published
    assert "2020-08-01" <= p.earliest and p.latest <= "2022-08-31"
    assert date.fromisoformat(p.earliest).weekday() == 2 and date.fromisoformat(p.latest).weekday() == 2


def test_seed_001_never_the_page_date() -> None:
    p = _seed("001_19d87d3905131dad.txt").published
    assert p.value != "2024-05-09" and p.latest <= "2024-05-09"


def test_seed_gold_checks_pass() -> None:
    import json

    from marsad.clean import clean_text
    from marsad.eval.seeds_dates import check

    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    docs = {}
    for name in gold["documents"]:
        path = need(SEEDS) / name
        docs[name] = date_document(clean_text(path.read_text(encoding="utf-8"), source=str(path)))
    checks = check(gold, docs, None)
    pub_checks = [c for c in checks if not c.name.startswith("event")]
    assert all(c.ok for c in pub_checks), [c for c in pub_checks if not c.ok]
    events = [c for c in checks if c.name.startswith("event")]
    assert sum(c.ok for c in events) >= len(events) - 6  # 001's six events wait for cross-document anchoring


def test_tomorrow_with_spaced_hijri_numeric_date() -> None:
    # SaudiNewsNet: «يوم غد الثلاثاء الموافق 12 / 10 / 1436هـ» (12 Shawwal 1436 = Tuesday 28 July 2015)
    p = pub("يصلى على الفقيد بعد صلاة عصر يوم غد الثلاثاء الموافق 12 / 10 / 1436هـ في جامع الإمام تركي.")
    assert p.value == "2015-07-27"


def test_hijri_date_settled_by_its_weekday() -> None:
    # 29 Ramadan 1436 is Thursday 16 July 2015 in Umm al-Qura; a weekday one day off moves the day, not the year
    p = pub("أعلنت المحكمة العليا اليوم الأربعاء الموافق 1436/9/29هـ أن غداً هو المتمم لشهر رمضان.")
    assert p.value == "2015-07-15"


def test_labelled_weekday_date_names_yesterday() -> None:
    p = pub("وشهدت القاعة أمس الثلاثاء حفل التخرج. وكان الحفل قد تأجل إلى الثلاثاء 21 يوليو 2015 بسبب الأمطار.")
    assert p.value == "2015-07-22"


def test_anniversary_on_the_same_weekday_is_not_yesterday() -> None:
    p = pub("وقال المتحدث أمس الثلاثاء إن الهجمات التي وقعت في 11 سبتمبر عام 2001 غيرت المنطقة.")
    assert p.value is None


def test_in_sentence_date_is_not_a_dateline() -> None:
    p = pub("نشرت «المدينة» يوم 18/9/1436هـ (5/7/2015م) استطلاعًا عن مشروع درب السنة في المدينة المنورة.")
    assert p.value is None


def test_newspaper_named_today_is_not_today() -> None:
    p = pub("عين اليوم – الرياض\nأعلنت الوزارة اليوم الخميس 23 يوليو 2015 عن مبادرة جديدة.")
    assert p.value == "2015-07-23"
    assert not any(e.startswith("«عين") for e in p.evidence)


def test_since_a_year_is_a_lower_bound() -> None:
    p = pub("ويعاني الاقتصاد من ركود منذ عام 2019 بحسب تقرير البنك الدولي.")
    assert p.earliest == "2019-01-01" and p.latest is None and p.value is None
