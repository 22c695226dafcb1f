package org.herald.core.model;

import static java.util.Objects.requireNonNull;

/** The words that carry an event, possibly discontinuous ("hielten ... Videoanruf ab"). */
public record Trigger(int start, int end, String text) {
  public Trigger {
    Span.check(start, end);
    requireNonNull(text, "text is null");
  }
}
