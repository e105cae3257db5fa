"""Arabic language core: normalization for matching, sentences, tokens with offsets, stems."""

from marsad.text.normalize import fold_presentation_forms, normalize, normalize_keep_length

__all__ = ["fold_presentation_forms", "normalize", "normalize_keep_length"]
