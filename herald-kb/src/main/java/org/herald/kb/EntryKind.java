package org.herald.kb;

/** What a knowledge-base entry is; decides its entity type and its weight among homonyms. */
public enum EntryKind {
  COUNTRY(3),
  ORGANIZATION(2),
  PERSON(2),
  PLACE(1),
  CAPITAL(1),
  /** A first-level region: a US state, a German Land. */
  REGION(1),
  MISC(1),
  /** A word that looks like a name but names no entity here ("Covid"). */
  NONE(2);

  private final int weight;

  EntryKind(int weight) {
    this.weight = weight;
  }

  /** Higher wins when one surface form names entries of several kinds. */
  public int weight() {
    return weight;
  }
}
