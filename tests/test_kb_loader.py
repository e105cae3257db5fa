"""Knowledge-base loader: overlay add/override, validation errors with file:line, caching, speed."""

from __future__ import annotations

import json

import pytest

from marsad.config import KB_DIR
from marsad.errors import KnowledgeBaseError
from marsad.kb import alias_variants, clear_cache, get_kb, load_kb
from marsad.kb.adjectives import inflect, strip_candidates
from marsad.kb.loader import pad_date


def _write(path, *objs):
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")


def test_overlay_adds_a_new_entity(tmp_path):
    _write(tmp_path / "people.jsonl", {
        "id": "person:test_analyst", "type": "person", "name_en": "Karim al-Test",
        "names_ar": ["كريم التجريبي", "عبدالكريم التجريبي"], "country": "IRQ",
    })
    kb = load_kb(KB_DIR, tmp_path)
    assert [e.id for e in kb.lookup("كريم التجريبي")] == ["person:test_analyst"]
    assert [e.id for e in kb.lookup("عبد الكريم التجريبي")] == ["person:test_analyst"]
    assert kb.get("IRQ") is not None  # base data still there


def test_overlay_overrides_only_the_given_fields(tmp_path):
    _write(tmp_path / "places.jsonl", {"id": "place:abu_kamal", "lat": 34.5, "names_ar": ["البوكمال", "بوكمال"]})
    kb = load_kb(KB_DIR, tmp_path)
    ent = kb.get("place:abu_kamal")
    assert ent.lat == 34.5 and ent.lon == pytest.approx(40.92) and ent.name_en == "Abu Kamal"
    assert [e.id for e in kb.lookup("بوكمال")] == ["place:abu_kamal"]


def test_overlay_can_add_a_role_and_an_office(tmp_path):
    _write(tmp_path / "offices.jsonl", {"key": "IRQ.TEST_ENVOY", "country": "IRQ", "titles_ar": ["المبعوث التجريبي"],
                                        "title_en": "Test envoy", "code": "IRQ-GOV"})
    _write(tmp_path / "people.jsonl", {"id": "person:test_envoy", "type": "person", "name_en": "Test Envoy",
                                       "names_ar": ["مبعوث تجريبي"],
                                       "roles": [{"office": "IRQ.TEST_ENVOY", "title_en": "Test envoy",
                                                  "code": "IRQ-GOV", "start": "2023-02", "end": None}]})
    kb = load_kb(KB_DIR, tmp_path)
    assert [e.id for e in kb.holders("IRQ.TEST_ENVOY", "2024-01-01")] == ["person:test_envoy"]
    assert kb.holders("IRQ.TEST_ENVOY", "2023-01-31") == []
    assert [o.key for o in kb.offices_for("المبعوث التجريبي", "IRQ")] == ["IRQ.TEST_ENVOY"]


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "person:x", "type": "person", "name_en": "X"', "not valid JSON"),
    ('["not", "an", "object"]', "expected a JSON object"),
    ('{"id": "person:x", "type": "person", "name_en": "X"}', "missing names_ar"),
    ('{"id": "person:x", "type": "martian", "name_en": "X", "names_ar": ["س"]}', "type 'martian'"),
    ('{"id": "place:x", "type": "place", "name_en": "X", "names_ar": ["س"], "lat": 123}', "lat 123 is out of range"),
    ('{"id": "person:x", "type": "person", "name_en": "X", "names_ar": ["س"], "nmes_ar": []}', "unknown field 'nmes_ar'"),
    ('{"id": "person:x", "type": "person", "name_en": "X", "names_ar": ["س"], '
     '"roles": [{"office": "IRQ.PRESIDENT", "title_en": "P", "code": "IRQ-GOV", "start": "July 2021"}]}',
     "is not an ISO date"),
    ('{"id": "IRQ", "lat": "north"}', "wrong type"),
    ('{"id": ["IRQ"], "lat": 33}', "wrong type"),
])
def test_malformed_overlay_gives_a_clear_error_with_file_and_line(tmp_path, line, message):
    (tmp_path / "people.jsonl").write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb(KB_DIR, tmp_path)
    assert f"{tmp_path / 'people.jsonl'}:2:" in str(err.value)
    assert message in str(err.value)


def test_duplicate_id_inside_one_overlay_is_an_error(tmp_path):
    rec = {"id": "person:dup", "type": "person", "name_en": "Dup", "names_ar": ["مكرر"]}
    _write(tmp_path / "people.jsonl", rec, rec)
    with pytest.raises(KnowledgeBaseError, match="duplicate id 'person:dup'"):
        load_kb(KB_DIR, tmp_path)


def test_overlay_that_is_not_a_directory(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="not a directory"):
        load_kb(KB_DIR, tmp_path / "missing")


def test_get_kb_reads_the_overlay_from_the_environment(tmp_path, monkeypatch):
    _write(tmp_path / "orgs.jsonl", {"id": "org:test_brigade", "type": "group", "name_en": "Test Brigade",
                                     "names_ar": ["لواء الاختبار"], "code": "IRQ-REB"})
    monkeypatch.setenv("MARSAD_KB", str(tmp_path))
    clear_cache()
    try:
        kb = get_kb()
        assert kb is get_kb()  # cached
        assert [e.code for e in kb.lookup("لواء الاختبار")] == ["IRQ-REB"]
    finally:
        monkeypatch.delenv("MARSAD_KB")
        clear_cache()
    assert get_kb().lookup("لواء الاختبار") == []


@pytest.mark.parametrize(("value", "end", "padded"), [
    ("2020", False, "2020-01-01"), ("2020", True, "2020-12-31"), ("2020-02", True, "2020-02-29"),
    ("2021-02", True, "2021-02-28"), ("2022-10", False, "2022-10-01"), ("2022-10-25", True, "2022-10-25"),
    (None, True, None),
])
def test_pad_date(value, end, padded):
    assert pad_date(value, end=end) == padded


def test_alias_variants_split_and_join_abd():
    assert set(alias_variants("عبد اللطيف رشيد")) == {"عبد اللطيف رشيد", "عبداللطيف رشيد"}
    assert set(alias_variants("عبدالأمير الشمري")) == {"عبدالامير الشمري", "عبد الامير الشمري"}
    assert alias_variants("عبده خال") == ["عبده خال"]  # the name عبده is not عبد + ه
    assert alias_variants("مظلوم عبدي") == ["مظلوم عبدي"]
    assert set(alias_variants("عبدربه منصور هادي")) == {"عبدربه منصور هادي", "عبد ربه منصور هادي"}


def test_inflect_and_strip():
    assert "سوريين" in inflect("سوري") and "سوريه" in inflect("سوري")
    assert "سوريين" in strip_candidates("للسوريين")
    assert "لبنانيين" in strip_candidates("للبنانيين")
    assert "عراقيه" in strip_candidates("والعراقيه")


def test_congolese_is_the_dr_congo():
    """«الجيش الكونغولي», «الحكومة الكونغولية» in the news are the DR Congo's (blind17-118), not Brazzaville's."""
    kb = get_kb()
    index = kb.adjective_index()
    assert index.get("كونغولي") == "COD"
    assert "كونغولي" not in kb.get("COG").adjectives
