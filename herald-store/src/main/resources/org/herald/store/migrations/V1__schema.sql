-- Herald store, schema version 1. Runs unchanged on DuckDB and PostgreSQL.
-- Offsets are UTF-16 character offsets into documents.body, end exclusive (the contract's).

CREATE TABLE documents (
  id TEXT PRIMARY KEY,            -- content hash of the clean text
  url TEXT,
  title TEXT,
  language TEXT,
  published TEXT,                 -- YYYY-MM-DD, or null
  source_name TEXT,               -- the file name or address it came from
  pipeline_version TEXT NOT NULL,
  kb_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  body TEXT NOT NULL,
  doc_json TEXT NOT NULL,         -- the contract JSON of the analysed document
  raw BYTEA                       -- the input as read (gzip), for reanalyze
);

-- One row per thing across documents: keyed by knowledge-base id, or type and folded name.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  kb_id TEXT,
  actor TEXT,
  country TEXT,
  lat FLOAT8,
  lon FLOAT8
);

CREATE TABLE mentions (
  doc_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  local_id TEXT NOT NULL,         -- the entity's id inside its document (e1, e2, ...)
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  mention_text TEXT NOT NULL,
  published TEXT,
  PRIMARY KEY (doc_id, start_off, end_off, local_id)
);

CREATE TABLE quotes (
  doc_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  quote_text TEXT NOT NULL,
  direct BOOLEAN NOT NULL,
  speaker_entity TEXT,
  speaker_name TEXT,
  via TEXT,
  quote_date TEXT,
  PRIMARY KEY (doc_id, n)
);

-- Events across documents: one row per real-world event, with counts over its mentions.
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  source_key TEXT, source_actor TEXT, source_country TEXT, source_name TEXT,
  target_key TEXT, target_actor TEXT, target_country TEXT, target_name TEXT,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein FLOAT8 NOT NULL,
  event_date TEXT,                -- the earliest mention's day
  last_date TEXT,
  place TEXT,
  lat FLOAT8, lon FLOAT8, place_country TEXT,
  negated BOOLEAN NOT NULL,
  is_root BOOLEAN NOT NULL,       -- first stated in the article's first paragraph
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,   -- distinct outlets
  source_url TEXT,
  added_at TEXT NOT NULL
);

-- Each event as one document states it; event_id says which merged event it belongs to and
-- merge_reason why.
CREATE TABLE event_mentions (
  id TEXT PRIMARY KEY,            -- doc_id:n
  doc_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  source_key TEXT, source_actor TEXT, source_country TEXT, source_name TEXT,
  target_key TEXT, target_actor TEXT, target_country TEXT, target_name TEXT,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein FLOAT8 NOT NULL,
  event_date TEXT,
  date_source TEXT,
  place TEXT,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  attribution TEXT,
  negated BOOLEAN NOT NULL,
  modality TEXT NOT NULL,
  confidence FLOAT8 NOT NULL,
  is_root BOOLEAN NOT NULL,
  outlet TEXT NOT NULL,           -- the host of the document's address, or its id
  merge_reason TEXT NOT NULL,
  pinned BOOLEAN NOT NULL         -- split off by hand: never merged again automatically
);

CREATE TABLE relations (
  doc_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  relation_type TEXT NOT NULL,
  subject_entity TEXT NOT NULL,
  object_entity TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  PRIMARY KEY (doc_id, n)
);

-- Secondary indexes: applied on PostgreSQL only. DuckDB scans its columns faster than it
-- maintains these, and its indexes turn updates into delete-and-insert.
CREATE INDEX events_root ON events (root);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_pair ON events (source_key, target_key);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_doc ON event_mentions (doc_id);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX documents_published ON documents (published);
