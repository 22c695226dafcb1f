-- Schema version 2: each event carries the lower-cased evidence sentences of its mentions, so
-- that a search of the evidence reads one column of one table instead of joining the mentions.
ALTER TABLE events ADD COLUMN evidence TEXT;
UPDATE events SET evidence = (SELECT string_agg(lower(m.sentence_text), chr(10))
  FROM event_mentions m WHERE m.event_id = events.id);
