"""Near-duplicates: MinHash estimates, LSH banding, incremental groups with a canonical member."""

from __future__ import annotations

import numpy as np
import pytest
from _link_docs import FILLER, MEMO

from marsad.link import update_links
from marsad.link.dedup import THRESHOLD, duplicates_of, list_groups
from marsad.link.minhash import MinHasher, band_keys, optimal_bands, token_hash, word_hashes
from marsad.model import Document, Published

WIRE = ("أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية مكونة من ثمانية أشخاص في منطقة القصيم،"
        " وضبطت بحوزتهم أسلحة وذخائر ومواد تستخدم في صناعة المتفجرات، وأوضح المتحدث الأمني أن التحقيقات"
        " ما زالت جارية لكشف ارتباطات الخلية بتنظيمات خارجية، وأن الجهات المختصة ستعلن النتائج فور اكتمالها.")
# The same wire story republished: a dateline added, hamza/ta-marbuta spelled differently, punctuation changed.
REPUBLISHED = ("الرياض - واس: " + WIRE.replace("أشخاص", "اشخاص").replace("الخلية", "الخليه").replace("،", " -"))
OTHER = ("افتتح أمير المنطقة الشرقية مساء أمس معرض الكتاب السنوي بمشاركة أكثر من مئتي دار نشر عربية وأجنبية،"
         " ويستمر المعرض عشرة أيام تتخللها ندوات ثقافية وأمسيات شعرية وورش عمل للأطفال والشباب.")


def _jaccard(a: str, b: str, k: int = 3) -> float:
    def sh(t: str) -> set[tuple[int, ...]]:
        w = [int(x) for x in word_hashes(t)]
        return {tuple(w[i:i + k]) for i in range(max(1, len(w) - k + 1))}
    x, y = sh(a), sh(b)
    return len(x & y) / len(x | y)


def test_normalized_words_fold_spelling_and_punctuation():
    assert token_hash("أشخاص،") == token_hash("اشخاص")
    assert token_hash("الخلية") == token_hash("الخليه")
    assert token_hash("«") == -1


@pytest.mark.parametrize(("a", "b", "near"), [(WIRE, REPUBLISHED, True), (WIRE, OTHER, False), (MEMO, FILLER, False)])
def test_signature_estimates_jaccard(a, b, near):
    mh = MinHasher(num_perm=256)
    sig, _ = mh.signatures([a, b])
    est = float(np.mean(sig[0] == sig[1]))
    assert abs(est - _jaccard(a, b)) < 0.15
    assert (est >= 0.6) is near


def test_signatures_are_stable_and_batch_independent():
    one, _ = MinHasher().signatures([WIRE])
    many, _ = MinHasher().signatures([OTHER, WIRE, "", REPUBLISHED])
    assert (one[0] == many[1]).all()
    assert (many[2] == 0xFFFFFFFF).all()  # an empty text has no shingles


def test_bands_suit_threshold():
    bands, rows = optimal_bands(0.8, 64)
    assert bands * rows <= 64 and 0.6 < (1 / bands) ** (1 / rows) < 0.9
    keys = band_keys(np.zeros((2, 64), dtype=np.uint32), bands, rows)
    assert keys.shape == (2, bands) and (keys[0] == keys[1]).all()


def _doc(text: str, outlet: str, day: str | None) -> Document:
    import hashlib

    return Document(id=hashlib.sha1((text + outlet).encode()).hexdigest()[:16], body=text, outlet=outlet,
                    title=text[:40], published=Published(day, day, day))


def test_incremental_groups_with_canonical_member(store):
    first = _doc(WIRE, "SPA", "2015-07-21")
    store.add_document(first)
    store.add_document(_doc(OTHER, "Okaz", "2015-07-21"))
    update_links(store, [r[0] for r in store.conn.execute("SELECT id FROM documents")])
    late = _doc(REPUBLISHED, "Sabq", "2015-07-22")
    store.add_document(late)
    update_links(store, [late.id])  # checked against stored signatures only
    assert duplicates_of(store, late.id) == [first.id]
    groups = list_groups(store, THRESHOLD)
    assert len(groups) == 1 and groups[0]["canonical"] == first.id and groups[0]["outlets"] == ["SPA", "Sabq"]


def test_bulk_rebuild_finds_the_same_pairs(store):
    from marsad.link import rebuild

    for d in (_doc(WIRE, "SPA", "2015-07-21"), _doc(REPUBLISHED, "Sabq", "2015-07-22"), _doc(OTHER, "Okaz", None)):
        store.add_document(d)
    rep = rebuild(store)
    assert rep.duplicate_pairs == 1
    assert len(list_groups(store)) == 1
