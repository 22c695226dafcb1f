package org.herald.app;

import java.nio.file.Path;
import org.herald.core.LearnedPeople;
import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.herald.nlp.NerModel;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that build a pipeline. */
final class PipelineOptions {
  @Option(names = "--knowledge", paramLabel = "FILE",
      description = "Your own names file (the format of names.tsv) extending the knowledge base.")
  @Nullable Path knowledge;

  @Option(names = "--patterns", paramLabel = "FILE",
      description = "Your own event patterns (the columns of event-verbs-de.tsv, or of "
          + "event-nouns.tsv for a noun) extending the bundled dictionaries.")
  @Nullable Path patterns;

  @Option(names = "--parse", paramLabel = "WHICH",
      description = "Which sentences get a dependency parse: 'needed' (those that can hold an "
          + "event or a quote's speaker; the default) or 'all'.")
  Parse parse = Parse.needed;

  enum Parse { needed, all }

  @Mixin NerOption nerOption;

  /** The rules the data directory's reviews made, applied beside the user's files; or null. */
  @Nullable ReviewRules rules;

  /** What the stored articles said of people (the store's learned names); none without one. */
  LearnedPeople learned = LearnedPeople.NONE;

  EngineConfig config() {
    Path k = knowledge;
    Path p = patterns;
    if (rules != null) {
      k = joined(knowledge, rules.names());
      p = joined(patterns, rules.patterns());
    }
    return EngineConfig.DEFAULTS.withKnowledge(k).withPatterns(p)
        .withParseAll(parse == Parse.all).withNer(nerOption.ner);
  }

  /** One file of the lines of two (the user's first), or the one that exists. */
  private static @Nullable Path joined(@Nullable Path user, @Nullable Path fromReviews) {
    if (user == null || fromReviews == null) {
      return user != null ? user : fromReviews;
    }
    try {
      Path both = java.nio.file.Files.createTempFile("herald-rules", ".tsv");
      both.toFile().deleteOnExit();
      java.nio.file.Files.write(both, java.nio.file.Files.readAllLines(user));
      java.nio.file.Files.write(both, java.nio.file.Files.readAllLines(fromReviews),
          java.nio.file.StandardOpenOption.APPEND);
      return both;
    } catch (java.io.IOException e) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.UNREADABLE,
          "cannot join " + user + " and " + fromReviews + ": " + e.getMessage(), e);
    }
  }

  /** Whether no option changes the pipeline from the one a plain `serve` builds. */
  boolean isDefault() {
    return knowledge == null && patterns == null && parse == Parse.needed
        && nerOption.ner == NerModel.DEFAULT;
  }

  Pipeline build() {
    return Engine.pipeline(config(), learned);
  }

  /** Extraction and language only (--no-nlp). */
  Pipeline text() {
    return Engine.textPipeline(config());
  }
}
