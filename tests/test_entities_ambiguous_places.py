"""Place names two places share (عمان: Oman and Amman; طرابلس: Tripoli of Libya and of Lebanon) are
settled by the sentence first — a shadda as written, a country, place or nationality the sentence
names — then by the document; with no cue the country (Oman) stays the reading.
A descriptive name of one country's body («الاتحاد العام للشغل», the Tunisian UGTT) followed by
«في <another country>» is not linked to the namesake.

Sentences are newswire-style text written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.analyze.entities import recognize_text
from marsad.model import Document


def _places(text: str) -> list[str | None]:
    return [m.entity for m in recognize_text(text) if m.kind == "LOC"]


@pytest.mark.parametrize(("sentence", "want"), [
    ("وصل الملك عبد الله الثاني إلى العاصمة الأردنية عمان قادما من واشنطن.", "place:amman"),
    ("عمّان-بترا: قال وزير الخارجية في مؤتمر صحفي إن الحدود ستبقى مفتوحة.", "place:amman"),
    ("عقد الاجتماع الثلاثي في عمّان أمس بحضور وزراء الطاقة.", "place:amman"),
    ("عاد الوفد الأردني إلى عمان بعد جولة مباحثات في دمشق.", "place:amman"),
    ("التقى الوزير العماني نظيره الإيراني في عمان.", "OMN"),
    ("وصل وزير الخارجية الإيراني إلى عُمان في زيارة رسمية.", "OMN"),
    ("أعلنت وزارة الخارجية في مسقط أن عمان ستستضيف جولة جديدة من المحادثات.", "OMN"),
    ("تستضيف عمان جولة جديدة من المحادثات غير المباشرة.", "OMN"),
    ("اندلعت اشتباكات في طرابلس شمال لبنان بين مسلحين.", "place:tripoli_lebanon"),
    ("قصفت الطائرات مدينة أريحا في ريف إدلب الجنوبي.", "place:ariha"),
    ("اقتحمت القوات الإسرائيلية مدينة أريحا في الضفة الغربية.", "place:jericho"),
])
def test_shared_place_name_by_sentence(sentence, want):
    got = _places(sentence)
    assert want in got, got
    other = {"place:amman": "OMN", "OMN": "place:amman"}.get(want)
    assert other not in got


def test_document_about_jordan_reads_amman():
    body = ("قال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض التهجير. "
            "وأضاف في مؤتمر صحفي عقده في عمان أن الاتصالات مستمرة.")
    from marsad.analyze.entities import recognize_document

    doc = recognize_document(Document(id="t-amman", body=body))
    places = [m.entity for m in doc.mentions if m.kind == "LOC"]
    assert "place:amman" in places and "OMN" not in places


@pytest.mark.parametrize(("sentence", "namesake", "code"), [
    ("أعلن الاتحاد العام للشغل في الأرجنتين إضرابا عاما.", "org:ugtt", "TUN-LAB"),
    ("فاز حزب العدالة والتنمية في المغرب بالانتخابات التشريعية.", "org:akp", "TUR"),
])
def test_namesake_in_another_country_is_not_linked(sentence, namesake, code):
    got = recognize_text(sentence)
    assert namesake not in [m.entity for m in got]
    assert code not in [m.code for m in got]


@pytest.mark.parametrize(("sentence", "entity"), [
    ("أعلن الاتحاد العام للشغل في تونس إضرابا عاما.", "org:ugtt"),
    ("أعلن الاتحاد العام التونسي للشغل إضرابا.", "org:ugtt"),
    ("يقاتل حزب الله في سوريا منذ سنوات.", "org:hezbollah"),
])
def test_own_country_or_armed_group_keeps_link(sentence, entity):
    assert entity in [m.entity for m in recognize_text(sentence)]
