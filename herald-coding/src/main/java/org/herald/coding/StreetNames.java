package org.herald.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Place names that are part of a street's name ("Apple Valley Road", "London Road", "Pariser
 * Platz"): the tagger may call the place alone a location, and linking it would give the text a
 * place, and a setting, it does not have. The words are street-words.tsv's. Immutable.
 */
final class StreetNames {
  private static final Map<String, Set<String>> WORDS = load();

  private StreetNames() {}

  /** Whether {@code next}, the word after a place's name, makes the name a street's. */
  static boolean street(@Nullable String language, @Nullable String next) {
    if (next == null) {
      return false;
    }
    Set<String> words = WORDS.get("en".equals(language) ? "en" : "de");
    return words != null && words.contains(next);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    List<String> lines = Resources.lines("street-words.tsv");
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("street-words.tsv: not 'language TAB words': " + line);
      }
      out.computeIfAbsent(f[0], k -> new HashSet<>()).addAll(List.of(f[1].split(";")));
    }
    return out;
  }
}
