"""MinHash signatures for batch near-duplicate detection (the same hasher the store's linking uses)."""

from __future__ import annotations

from typing import Any


def signature_rows(doc_ids: list[str], bodies: list[str]) -> list[dict[str, Any]]:
    """[{doc_id, sig, words}] for one shard's documents, hashed in one vectorized call."""
    from marsad.link.minhash import MinHasher

    if not doc_ids:
        return []
    sigs, words = MinHasher().signatures(bodies)
    return [{"doc_id": d, "sig": s.tolist(), "words": int(w)} for d, s, w in zip(doc_ids, sigs, words, strict=True)]
