package org.herald.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.kb.KbEntry;
import org.jspecify.annotations.Nullable;

/**
 * Which person of a text a name means, for {@link EntityStage}'s grouping: the persons the text
 * names in full (two words or more, longer names first, so that "Putin" finds "Wladimir
 * Putin"), each with a key; a full name the text described ("US Trade Representative Robert
 * Lighthizer") is that person where it stands alone; a full name without its initials is the
 * person with them ("Michael Bloomberg" after "Michael R. Bloomberg"); a word of one person's
 * name finds that person unless two persons share it; a short name that ends a full one ("Van
 * der Bellen") finds it. Keys are compared as {@link EntityStage#normalise} gives names.
 * Immutable once built.
 */
final class PersonKeys {
  /** A person the text names in full: the name's words and the entry it was linked to. */
  record Person(List<String> words, @Nullable KbEntry entry) {}

  private final @Nullable String language;
  private final Map<String, String> described = new HashMap<>();
  private final Map<String, String> byWord = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  private final Map<String, String> fullNames = new HashMap<>();
  private final Set<String> surnames = new HashSet<>();

  /** The keys of the persons, longer names first. */
  PersonKeys(List<Person> persons, @Nullable String language) {
    this.language = language;
    for (Person p : persons) {
      if (p.entry() != null && p.entry().id().startsWith(Descriptions.TEXT)) {
        described.putIfAbsent(joined(p.words()), p.entry().id());
      }
    }
    Map<String, String> withoutInitials = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (Person p : persons) {
      String full = joined(p.words());
      String key = p.entry() != null ? p.entry().id()
          : described.getOrDefault(full, "PERSON:" + full);
      String bare = withoutInitials(p.words());
      String earlier = withoutInitials.get(bare);
      if (earlier != null && (p.entry() == null || p.entry().id().startsWith(Descriptions.TEXT))) {
        key = earlier;
      } else {
        withoutInitials.putIfAbsent(bare, key);
      }
      keys.add(key);
    }
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      for (String w : p.words()) {
        String n = EntityStage.normalise(w, language);
        String prior = byWord.putIfAbsent(n, keys.get(i));
        if (prior != null && !prior.equals(keys.get(i))) {
          ambiguous.add(n);
        }
      }
      fullNames.putIfAbsent(joined(p.words()), keys.get(i));
      surnames.add(EntityStage.normalise(p.words().get(p.words().size() - 1), language));
    }
  }

  /**
   * The key of the one person whose longer name ends with these words ("van der bellen" in
   * "alexander van der bellen"), else of the person of that very name, else null.
   */
  @Nullable String fullName(List<String> words) {
    String name = joined(words);
    String found = null;
    for (Map.Entry<String, String> e : fullNames.entrySet()) {
      if (e.getKey().endsWith(" " + name)) {
        if (found != null && !found.equals(e.getValue())) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found != null ? found : fullNames.get(name);
  }

  /** The key of the one person whose name has this word ("Putin"), else null. */
  @Nullable String byWord(String word) {
    String n = EntityStage.normalise(word, language);
    return ambiguous.contains(n) ? null : byWord.get(n);
  }

  /** Whether the word ends the full name of a person of the text ("Bloomberg"). */
  boolean isSurname(String word) {
    return surnames.contains(EntityStage.normalise(word, language));
  }

  /** The entry id of the person the text described under this full name, or null. */
  @Nullable String described(List<String> words) {
    return described.get(joined(words));
  }

  private String joined(List<String> words) {
    return EntityStage.normalise(String.join(" ", words), language);
  }

  /** A name without its initials ("Michael R. Bloomberg": "michael bloomberg"). */
  private String withoutInitials(List<String> words) {
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.matches("\\p{Lu}\\.?")) {
        kept.add(w);
      }
    }
    return joined(kept.isEmpty() ? words : kept);
  }
}
