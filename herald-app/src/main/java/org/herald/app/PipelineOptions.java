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

  Pipeline build() {
    return Engine.pipeline(EngineConfig.DEFAULTS.withKnowledge(knowledge));
  }
}
