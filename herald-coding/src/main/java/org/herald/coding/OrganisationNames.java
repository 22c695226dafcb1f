package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.herald.core.model.EntityType;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.herald.kb.Words;
import org.jspecify.annotations.Nullable;

/**
 * The actor an organisation's own name gives when the knowledge base does not know it: the
 * country a word or two of it names (not a place whose name holds a country's, "New Mexico")
 * and the agent its last agent word names. For {@link Descriptions}. Thread-safe.
 */
final class OrganisationNames {
  private final KnowledgeBase kb;
  private final Words words;

  OrganisationNames(KnowledgeBase kb) {
    this.kb = requireNonNull(kb, "kb is null");
    this.words = kb.words();
  }

  /**
   * The actor an organisation's own name gives when the knowledge base does not know it: the
   * country it names and the agent its words name ("Montenegro Municipality Association": MNE,
   * "Serbian Workers' Union": SRBLAB, "Kenya Police Service": KENCOP), or null when it names no
   * country.
   */
  @Nullable String actorOfName(String name, @Nullable String language) {
    String[] found = countryAndAgent(name, language);
    return found[0] == null ? null : found[0] + (found[1] == null ? "" : found[1]);
  }

  /**
   * The agent an organisation's name gives when it names no country ("Hyogo Prefectural
   * Police": COP, "Polizei Bad Salzdetfurth": COP), or null.
   */
  @Nullable String agentOfName(String name, @Nullable String language) {
    String[] found = countryAndAgent(name, language);
    return found[0] == null ? found[1] : null;
  }

  /** The country and the agent an organisation's name gives, each null if none. */
  private @Nullable String[] countryAndAgent(String name, @Nullable String language) {
    String lang = "en".equals(language) ? "en" : "de";
    String[] w = name.replaceAll("['’]s?(?=\\s|$)", "").split("[\\s\\-–]+");
    String country = null;
    String agent = null;
    int placeEnd = -1; // the last word of a longer place's name: "New Mexico" is no Mexico
    for (int i = 0; i < w.length; i++) {
      for (int len = Math.min(3, w.length - i); len >= 1 && country == null; len--) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len));
        if (i <= placeEnd) {
          break;
        }
        KbEntry c = kb.countryOfDerivedWord(phrase);
        if (c == null || c.country() == null) {
          c = kb.best(phrase, lang);
          c = c != null && c.kind() == EntryKind.COUNTRY ? c : null;
        }
        if (c != null && c.country() != null && Character.isUpperCase(phrase.charAt(0))) {
          country = c.country();
        } else if (len > 1 && Character.isUpperCase(phrase.charAt(0))
            && kb.candidates(phrase, lang).stream().anyMatch(e -> e.kind() != EntryKind.COUNTRY
                && e.entityType() == EntityType.LOCATION)) {
          placeEnd = i + len - 1; // its words are that place's, not a country's
          break;
        }
      }
      String word = w[i].toLowerCase(Locale.ROOT);
      String a = words.agent(lang, word);
      if (a == null && lang.equals("en") && word.endsWith("s")) {
        a = words.agent(lang, word.substring(0, word.length() - 1));
      }
      if (a != null) {
        agent = a; // the last agent word is the head: "Workers' Union" is labour
      }
    }
    return new @Nullable String[] {country, agent};
  }
}
