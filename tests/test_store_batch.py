"""Batched writes: many documents per transaction, each still all-or-nothing; provenance lookups."""

from __future__ import annotations

from marsad.clean.identity import document_id
from marsad.model import Document, Event


def doc(i: int, **kw) -> Document:
    body = f"أفادت وكالة الأنباء الرسمية بأن الحكومة أقرت خطة جديدة للنقل العام رقم {i}."
    return Document(id=document_id(body), body=body, source=f"f{i}", **kw)


def test_batch_statuses_new_and_duplicate(store) -> None:
    statuses = store.add_documents([(doc(1), "a", "", "u1"), (doc(2), "a", "#2", ""), (doc(1), "b", "", "u2")])
    assert statuses == ["new", "new", "duplicate"]
    assert store.count_documents() == 2 and store.count_provenance() == 3
    assert store.has_provenance("b", "", "u2") and not store.has_provenance("b", "", "u3")


def test_a_failing_document_rolls_back_alone(store) -> None:
    good, bad = doc(3), doc(4)
    bad.events = [Event(id="e1", type="CONSULT"), Event(id="e1", type=None)]  # NOT NULL type fails
    statuses = store.add_documents([(good, "a", "", ""), (bad, "b", "", ""), (doc(5), "c", "", "")])
    assert statuses[0] == "new" and statuses[1].startswith("error:") and statuses[2] == "new"
    assert store.count_documents() == 2
    assert store.conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 2
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert not store.has_provenance("b")


def test_single_add_document_still_works(store) -> None:
    assert store.add_document(doc(6), file="x") == "new"
    assert store.add_document(doc(6), file="y") == "duplicate"


def test_summaries_by_outlet_and_under_a_path(store) -> None:
    store.add_documents([(doc(7, outlet="عنب بلدي"), "/data/a/1.txt", "", ""),
                         (doc(8, outlet="عنب بلدي"), "/data/b/2.txt", "", ""),
                         (doc(9, outlet="الميادين"), "/data/a/3.txt", "", "")])
    assert store.count_by_outlet() == [("عنب بلدي", 2), ("الميادين", 1)]
    assert store.count_by_outlet(file_prefix="/data/a") == [("الميادين", 1), ("عنب بلدي", 1)]
    assert store.count_by_outlet(file_prefix="/data/a_") == []
