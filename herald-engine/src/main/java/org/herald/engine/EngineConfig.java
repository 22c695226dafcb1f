package org.herald.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.herald.extract.ExtractConfig;
import org.herald.nlp.NerModel;
import org.herald.nlp.NlpConfig;
import org.jspecify.annotations.Nullable;

/**
 * Everything that decides what the default pipeline does.
 *
 * @param knowledge a user's names file extending the bundled knowledge base, or null
 * @param patterns  a user's file of event patterns extending the bundled dictionaries, or null
 * @param ruleConfidence whether events keep the coding rules' confidence instead of the bundled
 *     model's (what the model is fitted on)
 */
public record EngineConfig(ExtractConfig extract, NlpConfig nlp, @Nullable Path knowledge,
    @Nullable Path patterns, boolean ruleConfidence) {
  /** The defaults: every sentence tagged, only those that can hold an event or quote parsed. */
  public static final EngineConfig DEFAULTS = new EngineConfig(ExtractConfig.DEFAULTS,
      new NlpConfig(NlpConfig.KNOWN, false), null, null, false);

  public EngineConfig {
    requireNonNull(extract, "extract is null");
    requireNonNull(nlp, "nlp is null");
  }

  public EngineConfig withKnowledge(@Nullable Path file) {
    return new EngineConfig(extract, nlp, file, patterns, ruleConfidence);
  }

  /** The same configuration, parsing every sentence or only those that can hold an event. */
  public EngineConfig withParseAll(boolean parseAll) {
    return new EngineConfig(extract, new NlpConfig(nlp.languages(), parseAll, nlp.ner()),
        knowledge, patterns, ruleConfidence);
  }

  /** The same configuration with German entities from {@code ner}. */
  public EngineConfig withNer(NerModel ner) {
    return new EngineConfig(extract, new NlpConfig(nlp.languages(), nlp.parseAll(), ner),
        knowledge, patterns, ruleConfidence);
  }

  public EngineConfig withPatterns(@Nullable Path file) {
    return new EngineConfig(extract, nlp, knowledge, file, ruleConfidence);
  }

  /** The same configuration, events keeping the rules' confidence or taking the model's. */
  public EngineConfig withRuleConfidence(boolean rules) {
    return new EngineConfig(extract, nlp, knowledge, patterns, rules);
  }
}
