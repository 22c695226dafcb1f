package org.herald.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One arc of a Universal Dependencies parse. Word indices are 1-based within the sentence; head 0
 * is the root.
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    if (head < 0 || dependent < 1) {
      throw new IllegalArgumentException("bad arc " + head + " -> " + dependent);
    }
    requireNonNull(relation, "relation is null");
  }
}
