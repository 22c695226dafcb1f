package org.herald.core.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One place where an entity is named, with its covered text. */
public record Mention(int start, int end, String text) implements Comparable<Mention> {
  public Mention {
    Span.check(start, end);
    requireNonNull(text, "text is null");
  }

  @JsonIgnore
  public Span span() {
    return new Span(start, end);
  }

  @Override
  public int compareTo(Mention o) {
    return span().compareTo(o.span());
  }
}
