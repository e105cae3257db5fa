"""Evaluation harnesses: seed gold checks (``marsad eval seeds``) and per-stage scorers (ner, events, dates)."""
