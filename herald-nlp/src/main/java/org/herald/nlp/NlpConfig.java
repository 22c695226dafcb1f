package org.herald.nlp;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Settings of the NLP stage.
 *
 * @param languages ISO 639-1 codes of the languages analysed
 * @param parseAll  parse every sentence; otherwise sentences are parsed on demand by the stages
 *     that need it, through {@link CoreNlpParser}
 * @param ner       which entity tagger German text gets
 */
public record NlpConfig(Set<String> languages, boolean parseAll, NerModel ner) {
  /** The languages Herald has models for. */
  public static final Set<String> KNOWN = Set.of("de", "en");
  public static final NlpConfig DEFAULTS = new NlpConfig(KNOWN, true);

  /** The default German tagger. */
  public NlpConfig(Set<String> languages, boolean parseAll) {
    this(languages, parseAll, NerModel.DEFAULT);
  }

  public NlpConfig {
    requireNonNull(ner, "ner is null");
    languages = Set.copyOf(languages);
    for (String l : languages) {
      if (!KNOWN.contains(l)) {
        throw new IllegalArgumentException("no models for language '" + l + "'; known: " + KNOWN);
      }
    }
  }
}
