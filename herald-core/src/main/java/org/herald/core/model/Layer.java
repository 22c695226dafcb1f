package org.herald.core.model;

/**
 * The layers of annotation a document can carry. Stages declare which layers they require and
 * which they produce; the pipeline checks the order when it is built.
 */
public enum Layer {
  /** Clean text, paragraphs and metadata from extraction. */
  TEXT,
  /** Document and paragraph languages. */
  LANGUAGE,
  /** Sentences and their words. */
  TOKENS,
  /** Parts of speech. */
  POS,
  /** Lemmas. */
  LEMMAS,
  /** Named-entity tags on words. */
  NER,
  /** Dependency arcs for every sentence (otherwise parsed on demand). */
  DEPENDENCIES,
  /** Document entities with their mentions. */
  ENTITIES,
  /** Knowledge-base links on entities. */
  LINKS,
  /** Normalised time expressions. */
  TIMES,
  /** Direct and indirect speech. */
  QUOTES,
  /** CAMEO events. */
  EVENTS,
  /** Relations stated in the text. */
  RELATIONS
}
