-- What the analysis stages found, in queryable form (the full objects live in documents.data).
CREATE TABLE mentions (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    entity  TEXT,
    code    TEXT
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,       -- "<doc id>-<n>"
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    mode        TEXT,
    source_codes TEXT NOT NULL DEFAULT '',  -- space-separated actor codes, for filtering
    target_codes TEXT NOT NULL DEFAULT '',
    date_earliest TEXT,
    date_latest   TEXT,
    data        TEXT NOT NULL              -- the Event as JSON
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_earliest);
