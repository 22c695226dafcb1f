package org.herald.core.model;

import static java.util.Objects.requireNonNull;

/** A piece of the source that extraction kept out of the body, with the reason. */
public record Removed(String text, String reason) {
  public Removed {
    requireNonNull(text, "text is null");
    requireNonNull(reason, "reason is null");
  }
}
