package org.herald.coding;

import java.util.Set;
import org.herald.core.model.EntityType;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.jspecify.annotations.Nullable;

/**
 * The country a body or a place name is of before linking: the place a name most likely means,
 * the town an authority is named after, the place a body's name ends in. Read by
 * {@link EntityStage} for a text's setting and for the bodies the knowledge base lacks.
 * Thread-safe.
 */
final class Seats {
  /** Agents of the state that an unknown organisation's name may give: police, courts, army. */
  static final Set<String> STATE_AGENTS = Set.of("COP", "JUD", "MIL");
  /** Words that join a body's name to the place it is of: "Bank of New York". */
  private static final Set<String> SEAT_LINKS = Set.of("of", "in", "von", "zu");

  private final KnowledgeBase kb;
  private final Descriptions descriptions;

  Seats(KnowledgeBase kb, Descriptions descriptions) {
    this.kb = kb;
    this.descriptions = descriptions;
  }

  /** The place a name most likely means before linking: a country, else the most populous. */
  @Nullable KbEntry mainPlace(String surface, @Nullable String lang) {
    KbEntry best = null;
    for (KbEntry e : kb.candidates(surface, lang)) {
      if (e.entityType() != EntityType.LOCATION || e.country() == null) {
        continue;
      }
      if (e.kind() == EntryKind.COUNTRY) {
        return e;
      }
      if (best == null || e.population() > best.population()) {
        best = e;
      }
    }
    return best;
  }

  /**
   * The country of the town an authority the knowledge base lacks is named after ("Columbus
   * Police Department": USA, Columbus being most often Ohio's; "Bristol Crown Court": GBR):
   * the most populous place a capitalised word or two of its name names, for a name with a
   * word of the police, the courts or the army and no country of its own; else null.
   */
  @Nullable String authorityCountry(String name, @Nullable String lang) {
    String agent = descriptions.agentOfName(name, lang);
    return agent == null || !STATE_AGENTS.contains(agent) ? null : placeCountry(name, lang);
  }

  /**
   * The country of the most populous place a capitalised word or two of a body's name names
   * ("Michigan Department of Health and Human Services": USA), skipping the words of its kind;
   * or null.
   */
  @Nullable String placeCountry(String name, @Nullable String lang) {
    String[] w = name.split("\\s+");
    for (int i = 0; i < w.length; i++) {
      for (int len = Math.min(2, w.length - i); len >= 1; len--) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len));
        if (!Character.isUpperCase(phrase.codePointAt(0))
            || descriptions.agentOfName(phrase, lang) != null) {
          continue; // "Brookhaven Police": "Police" is the body's kind, not the Polish town
        }
        KbEntry place = mainPlace(phrase, lang);
        if (place != null && place.country() != null) {
          return place.country();
        }
      }
    }
    return null;
  }

  /**
   * The country of the place a body's name ends in after "of", "in", "von", "zu" ("Federal
   * Reserve Bank of New York": USA, "Universität zu Köln": DEU), or null.
   */
  @Nullable String seatAfter(String name, @Nullable String lang) {
    String[] w = name.split("\\s+");
    for (int i = w.length - 2; i > 0; i--) {
      if (SEAT_LINKS.contains(w[i])) {
        KbEntry place = mainPlace(String.join(" ", java.util.Arrays.copyOfRange(w, i + 1,
            w.length)), lang);
        return place == null ? null : place.country();
      }
    }
    return null;
  }
}
