"""Name chains: the commonest PERS boundary error of the CRF (5-fold CV on ANERcorp)."""

from __future__ import annotations

import pytest

from marsad.analyze.entities.crf import link_name_parts


@pytest.mark.parametrize(("text", "tags", "want"), [
    # the CRF stopped on «أبي»: the name runs on to «طالب»
    ("وقال الإمام علي بن أبي طالب في خطبته", "O O B-PERS I-PERS I-PERS O O O", "O O B-PERS I-PERS I-PERS I-PERS O O"),
    # two halves of one name joined over «آل»
    ("واستقبل حمد بن عيسى آل خليفة الوفد", "O B-PERS I-PERS I-PERS I-PERS B-PERS O", "O B-PERS I-PERS I-PERS I-PERS I-PERS O"),
    # a French particle chain
    ("وقال السفير جان مارك دو لا سابليير إن", "O O B-PERS I-PERS I-PERS O O O", "O O B-PERS I-PERS I-PERS I-PERS I-PERS O"),
    # a linking word that ends no name changes nothing
    ("وقال أبو مازن إن", "O B-PERS I-PERS O", "O B-PERS I-PERS O"),
    ("وصل ابن الوزير", "O O O", "O O O"),
])
def test_a_name_never_ends_on_a_linking_word(text: str, tags: str, want: str) -> None:
    assert link_name_parts(text.split(), tags.split()) == want.split()
