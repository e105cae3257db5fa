"""PLOVER event coding: who did what to whom, when and where, each event cited to its sentence.

Stage function :func:`extract_document` (sets ``doc.events``) and the bare-sentence entry
:func:`events_for_sentence`. Lexicons live in ``data/`` (extend with ``$MARSAD_KB/triggers.jsonl``).
"""

from marsad.analyze.events.extract import events_for_sentence, extract_document

__all__ = ["events_for_sentence", "extract_document"]
