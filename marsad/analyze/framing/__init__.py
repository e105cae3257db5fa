"""How each outlet tells it: framing terms by axis and pole, profiles and side-by-side views."""

from marsad.analyze.framing.lexicon import get_lexicon
from marsad.analyze.framing.profile import (
    event_side_by_side,
    find_terms,
    frame_document,
    label_axis,
    outlet_profiles,
)

__all__ = ["event_side_by_side", "find_terms", "frame_document", "get_lexicon", "label_axis", "outlet_profiles"]
