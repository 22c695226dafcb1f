-- Schema version 3: what the feed watcher knows, kept in the store so that a restart neither
-- fetches everything again nor forgets what it took; and a changed article's earlier version.
ALTER TABLE documents ADD COLUMN previous_id TEXT;  -- the version of the same address before

-- One row per feed (RSS, Atom or sitemap address): its validators and how its polls went.
CREATE TABLE crawl_feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,                      -- the validators of its last good answer, for conditional GET
  last_modified TEXT,
  last_poll TEXT,                 -- ISO instants
  next_poll TEXT,
  last_status INTEGER,            -- the HTTP status of the last poll; null when none came
  last_error TEXT,                -- why the last poll failed; null when it did not
  failures INTEGER NOT NULL,      -- failed polls in a row (the back-off grows with them)
  items INTEGER NOT NULL,         -- article addresses it has listed
  taken INTEGER NOT NULL          -- of those, stored
);

-- One row per article address a feed listed: the ingest queue and its outcome.
CREATE TABLE crawl_items (
  url TEXT PRIMARY KEY,
  feed_url TEXT NOT NULL,
  published TEXT,                 -- YYYY-MM-DD from the feed item, for a page that gives none
  stamp TEXT,                     -- the item's updated/lastmod: a new one means a changed article
  state TEXT NOT NULL,            -- pending, taken, failed (gave up) or refused (robots.txt)
  attempts INTEGER NOT NULL,
  retry_at TEXT,                  -- a pending item is not fetched before this instant
  doc_id TEXT,                    -- the document it became
  reason TEXT,                    -- why it failed or was refused
  seen_at TEXT NOT NULL,
  done_at TEXT
);

-- When Herald last asked each host for anything, so that politeness survives a restart.
CREATE TABLE crawl_hosts (
  host TEXT PRIMARY KEY,
  last_request TEXT NOT NULL
);
