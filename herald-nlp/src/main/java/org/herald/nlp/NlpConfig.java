package org.herald.nlp;

import java.util.Set;

/**
 * Settings of the NLP stage.
 *
 * @param languages ISO 639-1 codes of the languages analysed
 * @param parseAll  parse every sentence; otherwise sentences are parsed on demand by the stages
 *     that need it, through {@link CoreNlpParser}
 */
public record NlpConfig(Set<String> languages, boolean parseAll) {
  /** The languages Herald has models for. */
  public static final Set<String> KNOWN = Set.of("de", "en");
  public static final NlpConfig DEFAULTS = new NlpConfig(KNOWN, true);

  public NlpConfig {
    languages = Set.copyOf(languages);
    for (String l : languages) {
      if (!KNOWN.contains(l)) {
        throw new IllegalArgumentException("no models for language '" + l + "'; known: " + KNOWN);
      }
    }
  }
}
