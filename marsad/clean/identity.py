"""Document identity: a hash of the normalized content, so re-ingesting is a no-op."""

from __future__ import annotations

import hashlib

from marsad.text.normalize import normalize


def document_id(body: str, title: str = "") -> str:
    """16 hex chars of SHA-1 over normalized title + body (same article under two URLs → same id)."""
    h = hashlib.sha1((normalize(title) + "\n" + normalize(body)).encode("utf-8"))
    return h.hexdigest()[:16]
