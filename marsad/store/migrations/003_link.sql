-- Linking: near-duplicate signatures and LSH buckets, duplicate groups, merged events
-- (one real-world event, every report behind it), and stories.

-- One row per linked document: its MinHash signature and where it was placed.
CREATE TABLE link_docs (
    doc_id      TEXT PRIMARY KEY,        -- no FK: replace_document (date anchoring) rewrites the document row
    sig         BLOB,                    -- MinHash signature (uint32 little-endian), NULL when too short
    words       INTEGER NOT NULL DEFAULT 0,
    dup_group   TEXT,                    -- duplicate group id (NULL: no near-duplicate)
    story_id    TEXT,
    entities    TEXT NOT NULL DEFAULT '[]', -- salient KB ids (JSON list) used for stories
    date_lo     TEXT,                    -- publication interval used for time proximity
    date_hi     TEXT,
    linked_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX link_docs_group ON link_docs(dup_group);
CREATE INDEX link_docs_story ON link_docs(story_id);

-- LSH band buckets: a new document finds its candidate near-duplicates by index lookups only.
CREATE TABLE lsh_buckets (
    band    INTEGER NOT NULL,
    key     INTEGER NOT NULL,
    doc_id  TEXT NOT NULL
);
CREATE INDEX lsh_buckets_key ON lsh_buckets(band, key);
CREATE INDEX lsh_buckets_doc ON lsh_buckets(doc_id);

-- Verified near-duplicate pairs (a < b) with the estimated Jaccard similarity.
CREATE TABLE dup_pairs (
    a        TEXT NOT NULL,
    b        TEXT NOT NULL,
    jaccard  REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX dup_pairs_b ON dup_pairs(b);

CREATE TABLE dup_groups (
    id         TEXT PRIMARY KEY,
    canonical  TEXT NOT NULL,            -- earliest published, then longest
    size       INTEGER NOT NULL
);

-- Merged events: one real-world event.
CREATE TABLE merged_events (
    id            TEXT PRIMARY KEY,
    type          TEXT NOT NULL,
    mode          TEXT,
    date_earliest TEXT,
    date_latest   TEXT,
    date_value    TEXT,
    granularity   TEXT,
    source_codes  TEXT NOT NULL DEFAULT '',
    target_codes  TEXT NOT NULL DEFAULT '',
    countries     TEXT NOT NULL DEFAULT '',  -- space-separated source|target country keys, for dyads
    n_reports     INTEGER NOT NULL DEFAULT 0,
    n_outlets     INTEGER NOT NULL DEFAULT 0,
    conflicts     TEXT NOT NULL DEFAULT '[]',
    story_id      TEXT,
    data          TEXT NOT NULL              -- the merged event as JSON
);
CREATE INDEX merged_events_date ON merged_events(date_earliest);
CREATE INDEX merged_events_story ON merged_events(story_id);
CREATE INDEX merged_events_type ON merged_events(type);

-- Every report behind a merged event (one per event record).
CREATE TABLE merged_reports (
    event_id   TEXT PRIMARY KEY,
    merged_id  TEXT NOT NULL,
    doc_id     TEXT NOT NULL,
    outlet     TEXT,
    score      REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX merged_reports_merged ON merged_reports(merged_id);
CREATE INDEX merged_reports_doc ON merged_reports(doc_id);
CREATE INDEX merged_reports_outlet ON merged_reports(outlet);

-- Blocking keys (category group × country pair × month) → merged events.
CREATE TABLE merged_blocks (
    block      TEXT NOT NULL,
    month      TEXT NOT NULL,            -- YYYY-MM, or '' for undated
    merged_id  TEXT NOT NULL
);
CREATE INDEX merged_blocks_key ON merged_blocks(block, month);
CREATE INDEX merged_blocks_merged ON merged_blocks(merged_id);

-- Actor codes/entities of merged events, for --actor filters.
CREATE TABLE merged_actors (
    merged_id  TEXT NOT NULL,
    role       TEXT NOT NULL,            -- source | target
    code       TEXT,
    entity     TEXT,
    country    TEXT
);
CREATE INDEX merged_actors_code ON merged_actors(code);
CREATE INDEX merged_actors_entity ON merged_actors(entity);
CREATE INDEX merged_actors_country ON merged_actors(country);
CREATE INDEX merged_actors_merged ON merged_actors(merged_id);

-- Stories: documents and merged events that belong together.
CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL DEFAULT '',
    central     TEXT,                    -- central document id
    date_lo     TEXT,
    date_hi     TEXT,
    n_docs      INTEGER NOT NULL DEFAULT 0,
    entities    TEXT NOT NULL DEFAULT '{}', -- entity → count over member documents (JSON)
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX stories_date ON stories(date_lo);

-- Salient entity → stories containing it (candidate lookup for a new document).
CREATE TABLE story_entities (
    entity    TEXT NOT NULL,
    story_id  TEXT NOT NULL,
    count     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (entity, story_id)
);
CREATE INDEX story_entities_story ON story_entities(story_id);

-- Document frequency of each entity (for weighting and dropping very common ones).
CREATE TABLE entity_df (
    entity  TEXT PRIMARY KEY,
    df      INTEGER NOT NULL DEFAULT 0
);
