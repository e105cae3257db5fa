-- Documents, their provenance, and Arabic-normalized full-text search.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,          -- hash of the normalized content
    source      TEXT NOT NULL,             -- first path/URL it was read from
    outlet      TEXT,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    published_earliest TEXT,
    published_latest   TEXT,
    published_value    TEXT,
    data        TEXT NOT NULL,             -- the whole Document as JSON (model.to_dict)
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_published ON documents(published_earliest, published_latest);

-- Every source record that produced a document (the same article under two URLs = two rows).
CREATE TABLE provenance (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    file     TEXT NOT NULL,
    member   TEXT NOT NULL DEFAULT '',    -- zip member / jsonl line / warc record
    url      TEXT NOT NULL DEFAULT '',
    seen_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    PRIMARY KEY (file, member, url)
);
CREATE INDEX provenance_doc ON provenance(doc_id);

-- Full-text index over normalized title+body (external content: we store the normalized text).
CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
