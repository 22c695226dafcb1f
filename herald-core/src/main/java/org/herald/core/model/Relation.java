package org.herald.core.model;

import static java.util.Objects.requireNonNull;

/** A relation the text states between two entities, such as MEMBER_OF. */
public record Relation(String type, String subject, String object, Span sentence) {
  public Relation {
    requireNonNull(type, "type is null");
    requireNonNull(subject, "subject is null");
    requireNonNull(object, "object is null");
    requireNonNull(sentence, "sentence is null");
  }
}
