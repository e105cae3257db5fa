"""SQLite store: connection, migrations, and document read/write.

Migrations are ``migrations/NNN_name.sql`` applied in order inside one
transaction each; ``PRAGMA user_version`` records the last one applied.
A document and all its analysis rows are written in one transaction, so a
kill mid-ingest never leaves a half-written document.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.config import default_db_path
from marsad.errors import StoreError
from marsad.model import Document, document_from_dict, to_dict
from marsad.text.normalize import normalize


def _migrations() -> list[tuple[int, str, str]]:
    files = resources.files("marsad.store") / "migrations"
    out = []
    for f in files.iterdir():
        name = f.name
        if name.endswith(".sql") and name[:3].isdigit():
            out.append((int(name[:3]), name, f.read_text(encoding="utf-8")))
    return sorted(out)


class Store:
    """A marsad store in one SQLite file."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if str(self.path) != ":memory:":
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for the store {self.path}: {exc}") from exc
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    # -- schema -----------------------------------------------------------
    def migrate(self) -> int:
        """Apply pending migrations; refuse a store made by a newer marsad."""
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        migrations = _migrations()
        latest = migrations[-1][0] if migrations else 0
        if current > latest:
            raise StoreError(
                f"the store {self.path} has schema version {current}, newer than this marsad ({latest}): upgrade marsad"
            )
        for number, name, sql in migrations:
            if number <= current:
                continue
            try:
                self.conn.executescript("BEGIN;\n" + sql + f"\nPRAGMA user_version = {number};\nCOMMIT;")
            except sqlite3.Error as exc:
                self.conn.rollback()
                raise StoreError(f"migration {name} failed on {self.path}: {exc}") from exc
        return latest

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents --------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def add_provenance(self, doc_id: str, file: str, member: str = "", url: str = "") -> bool:
        """Record that a source record produced ``doc_id``; False if that record was seen before."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO provenance(doc_id, file, member, url) VALUES (?,?,?,?)",
            (doc_id, file, member or "", url or ""),
        )
        return cur.rowcount > 0

    def add_document(self, doc: Document, *, file: str = "", member: str = "", url: str = "") -> str:
        """Store a document with its analysis rows in one transaction; returns 'new' or 'duplicate'."""
        with self.conn:
            if self.has_document(doc.id):
                self.add_provenance(doc.id, file or doc.source, member, url or (doc.url or ""))
                return "duplicate"
            self._insert(doc)
            self.add_provenance(doc.id, file or doc.source, member, url or (doc.url or ""))
        return "new"

    def replace_document(self, doc: Document) -> None:
        """Rewrite a document's row and analysis rows (after re-analysis or date anchoring)."""
        with self.conn:
            self.conn.execute("DELETE FROM mentions WHERE doc_id=?", (doc.id,))
            self.conn.execute("DELETE FROM events WHERE doc_id=?", (doc.id,))
            self.conn.execute("DELETE FROM documents_fts WHERE doc_id=?", (doc.id,))
            self.conn.execute("DELETE FROM documents WHERE id=?", (doc.id,))
            self._insert(doc)

    def _insert(self, doc: Document) -> None:
        data = to_dict(doc)
        # Tokens are recomputed on load; storing them would triple the store's size.
        for s in data.get("sentences", []):
            s["tokens"] = []
        p = doc.published
        self.conn.execute(
            "INSERT INTO documents(id, source, outlet, title, body, published_earliest, published_latest,"
            " published_value, data) VALUES (?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.source, doc.outlet, doc.title, doc.body, p.earliest, p.latest, p.value,
             json.dumps(data, ensure_ascii=False)),
        )
        self.conn.execute(
            "INSERT INTO documents_fts(doc_id, title, body) VALUES (?,?,?)",
            (doc.id, normalize(doc.title), normalize(doc.body)),
        )
        if doc.mentions:
            self.conn.executemany(
                "INSERT INTO mentions(doc_id,start,end,text,kind,entity,code) VALUES (?,?,?,?,?,?,?)",
                [(doc.id, m.start, m.end, m.text, m.kind, m.entity, m.code) for m in doc.mentions],
            )
        if doc.events:
            self.conn.executemany(
                "INSERT OR REPLACE INTO events(id,doc_id,type,mode,source_codes,target_codes,date_earliest,"
                "date_latest,data) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (e.id, doc.id, e.type, e.mode,
                     " ".join(a.code for a in e.source if a.code),
                     " ".join(a.code for a in e.target if a.code),
                     e.date.earliest, e.date.latest, json.dumps(to_dict(e), ensure_ascii=False))
                    for e in doc.events
                ],
            )

    def get_document(self, doc_id: str) -> Document | None:
        """Load a document by id (or unique id prefix)."""
        row = self.conn.execute("SELECT data FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row is None and len(doc_id) >= 4:
            rows = self.conn.execute(
                "SELECT data FROM documents WHERE id LIKE ? LIMIT 2", (doc_id.replace("%", "") + "%",)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return document_from_dict(json.loads(row["data"])) if row else None

    def iter_documents(self, *, outlet: str | None = None) -> Iterator[Document]:
        """Every stored document, oldest ingest first."""
        sql, args = "SELECT data FROM documents", ()
        if outlet:
            sql, args = sql + " WHERE outlet=?", (outlet,)
        for row in self.conn.execute(sql + " ORDER BY rowid", args):
            yield document_from_dict(json.loads(row["data"]))

    def list_documents(self, *, limit: int = 50, offset: int = 0, outlet: str | None = None) -> list[dict[str, Any]]:
        """Summary rows for listing (no body)."""
        sql = ("SELECT id, source, outlet, title, published_earliest, published_latest, published_value,"
               " length(body) AS chars FROM documents")
        args: list[Any] = []
        if outlet:
            sql += " WHERE outlet=?"
            args.append(outlet)
        sql += " ORDER BY rowid LIMIT ? OFFSET ?"
        args += [limit, offset]
        return [dict(r) for r in self.conn.execute(sql, args)]

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def provenance(self, doc_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT file, member, url, seen_at FROM provenance WHERE doc_id=? ORDER BY rowid", (doc_id,))]

    # -- search -----------------------------------------------------------
    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search; the query is normalized like the index (أ/إ/آ→ا, ى→ي, ة→ه, diacritics)."""
        terms = [t for t in normalize(query).replace('"', " ").split() if t]
        if not terms:
            return []
        fts_query = " ".join(f'"{t}"' for t in terms)
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.outlet, d.published_value, d.published_earliest, d.published_latest,"
            " snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet"
            " FROM documents_fts JOIN documents d ON d.id = documents_fts.doc_id"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (fts_query, limit, offset),
        ).fetchall()
        return [dict(r) for r in rows]

    # -- events -----------------------------------------------------------
    def iter_events(self) -> Iterator[dict[str, Any]]:
        for row in self.conn.execute("SELECT data FROM events ORDER BY date_earliest, id"):
            yield json.loads(row["data"])


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` or the default."""
    return Store(path)
