-- Schema version 6: quotes are looked up by their speaker (an actor page's recent quotes,
-- GET /api/quotes?speaker=...), which without this index reads every stored quote.
CREATE INDEX quotes_speaker ON quotes (speaker_entity);
