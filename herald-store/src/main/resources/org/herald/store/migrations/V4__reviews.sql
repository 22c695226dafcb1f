-- Schema version 4: the analyst's reviews. Every review is kept (a later one of the same report
-- supersedes it, and the history stays); the reports and events carry the current verdict.
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,             -- event (a report judged), added (an event the coder missed), link
  doc_id TEXT NOT NULL,
  mention_id TEXT,                -- the event report (DOCUMENT-ID:N) it judged or added
  entity_key TEXT,                -- the entity whose link it judged (kind link)
  verdict TEXT NOT NULL,          -- confirmed, rejected, corrected, added
  code TEXT,                      -- corrected or added: the CAMEO code, actors, day; for a link the new entity key
  source TEXT,
  target TEXT,
  event_date TEXT,
  span_start INTEGER,             -- the evidence (trigger) span, which with the actors finds the report
  span_end INTEGER,               -- again after re-analysis
  span_text TEXT,
  sentence_text TEXT,
  orig_source TEXT,               -- the report's actors and code as the coder gave them
  orig_target TEXT,
  orig_code TEXT,
  quad_class INTEGER,             -- of the corrected or added code
  goldstein FLOAT8,
  note TEXT,
  reviewer TEXT NOT NULL,
  reviewed_at TEXT NOT NULL,
  current BOOLEAN NOT NULL,       -- false once a later review of the same report supersedes it
  matched BOOLEAN NOT NULL        -- false when a re-analysis left no report for it
);

ALTER TABLE event_mentions ADD COLUMN review TEXT;          -- the current verdict, null if none
ALTER TABLE events ADD COLUMN reviewed BOOLEAN DEFAULT FALSE; -- a report of it was confirmed, corrected or added
UPDATE events SET reviewed = FALSE;

CREATE INDEX reviews_doc ON reviews (doc_id);
