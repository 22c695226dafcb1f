package org.herald.core.model;

/** The contract's entity types. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
