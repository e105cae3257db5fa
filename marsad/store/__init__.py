"""The embedded SQLite store (WAL, versioned migrations, FTS5 over normalized Arabic)."""

from marsad.store.db import Store, open_store

__all__ = ["Store", "open_store"]
