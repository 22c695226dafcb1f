package org.herald.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.core.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The names of a sentence by word (which one covers, ends or starts at a word) and the country a
 * sentence sets itself in ("in Hamburg"), for {@link Descriptions}. Words are numbered from 0.
 * Stateless.
 */
final class SentenceNames {
  private SentenceNames() {}

  /** Whether a person's name follows an office: "the president, Zelensky". */
  static boolean namedAfter(List<String> wordsOf, List<Descriptions.Name> names, int last) {
    int next = last + 1;
    if (next < wordsOf.size() && wordsOf.get(next).equals(",")) {
      next++;
    }
    Descriptions.Name person = nameStarting(names, next);
    return person != null && person.type() == EntityType.PERSON;
  }

  /** The prepositions that set a sentence in a place: "in Hamburg", "im Libanon". */
  private static final Set<String> SET_IN = Set.of("in", "im");

  /**
   * The country a sentence sets itself in ("Die Polizei nahm in Hamburg drei Männer fest",
   * "Thousands protested in Tbilisi") where it is not the document's: the one country of the
   * places after "in"; the document's home where the sentence names it, none or several.
   */
  static @Nullable String sentencePlace(List<String> wordsOf, List<Descriptions.Name> names,
      @Nullable String home) {
    String found = null;
    for (Descriptions.Name name : names) {
      if (name.type() != EntityType.LOCATION || name.entry() == null || name.first() == 0
          || !SET_IN.contains(wordsOf.get(name.first() - 1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String c = name.entry().country();
      if (c == null || !c.matches("[A-Z]{3}")) {
        continue;
      }
      if (c.equals(home) || found != null && !found.equals(c)) {
        return home;
      }
      found = c;
    }
    return found != null ? found : home;
  }

  /** The name that covers word i, or null. */
  static Descriptions.@Nullable Name nameAt(List<Descriptions.Name> names, int i) {
    for (Descriptions.Name m : names) {
      if (m.first() <= i && i <= m.last()) {
        return m;
      }
    }
    return null;
  }

  /** The name that ends at word i, or null. */
  static Descriptions.@Nullable Name nameEnding(List<Descriptions.Name> names, int i) {
    for (Descriptions.Name m : names) {
      if (m.last() == i) {
        return m;
      }
    }
    return null;
  }

  /** The name that starts at word i, or null. */
  static Descriptions.@Nullable Name nameStarting(List<Descriptions.Name> names, int i) {
    for (Descriptions.Name m : names) {
      if (m.first() == i) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether the name ending at word k is where a body is based ("chief executive of the
   * London-based charity Full Fact"): the body's seat, not the state the office serves.
   */
  static boolean basedThere(List<String> words, int k) {
    int j = k + 1 < words.size() && words.get(k + 1).equals("-") ? k + 2 : k + 1;
    return j < words.size() && BASED.contains(words.get(j).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> BASED = Set.of("based", "-based", "ansässige",
      "ansässigen", "ansässiger");
}
