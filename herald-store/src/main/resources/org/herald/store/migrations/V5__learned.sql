-- Schema version 5: what articles said of people the knowledge base does not know (the text
-- layer's descriptions: "US Trade Representative Robert Lighthizer" is USAGOV), one row a person
-- and document, so that storing a document again changes nothing and replacing or deleting it
-- takes its rows with it. Read by later analyses as learned names (LearnedPeople).
CREATE TABLE learned_people (
  name_key TEXT NOT NULL,     -- the full name, folded (lower case, no diacritics)
  surname_key TEXT NOT NULL,  -- its last word, folded
  doc_id TEXT NOT NULL,
  name TEXT NOT NULL,         -- as the article wrote it
  actor TEXT NOT NULL,        -- the CAMEO actor code the article gave
  country TEXT,
  published TEXT,             -- the article's day
  PRIMARY KEY (name_key, doc_id)
);

CREATE INDEX learned_surname ON learned_people (surname_key);
