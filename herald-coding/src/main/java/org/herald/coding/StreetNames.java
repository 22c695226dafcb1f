package org.herald.coding;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Place names that are part of a street's name ("Apple Valley Road", "London Road", "Pariser
 * Platz"): the tagger may call the place alone a location, and linking it would give the text a
 * place, and a setting, it does not have. The words are street-words.tsv's. Immutable.
 */
final class StreetNames {
  private static final Map<String, Set<String>> WORDS =
      Resources.wordLists("street-words.tsv");

  private StreetNames() {}

  /** Whether {@code next}, the word after a place's name, makes the name a street's. */
  static boolean street(@Nullable String language, @Nullable String next) {
    if (next == null) {
      return false;
    }
    Set<String> words = WORDS.get("en".equals(language) ? "en" : "de");
    return words != null && words.contains(next);
  }
}
