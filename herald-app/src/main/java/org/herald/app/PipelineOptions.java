package org.herald.app;

import java.nio.file.Path;
import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;
import org.jspecify.annotations.Nullable;
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

  EngineConfig config() {
    return EngineConfig.DEFAULTS.withKnowledge(knowledge).withPatterns(patterns)
        .withParseAll(parse == Parse.all);
  }

  Pipeline build() {
    return Engine.pipeline(config());
  }
}
