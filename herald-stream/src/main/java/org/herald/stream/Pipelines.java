package org.herald.stream;

import org.herald.core.Pipeline;
import org.herald.engine.Engine;
import org.herald.engine.EngineConfig;

/** The job's pipeline: the command line's, or extraction and language only. */
final class Pipelines {
  private Pipelines() {}

  /** The pipeline of this JVM for the configuration, built on first use. */
  static Pipeline shared(JobConfig cfg) {
    return Shared.pipeline(cfg.textOnly() ? "text" : "full", () -> of(cfg));
  }

  static Pipeline of(JobConfig cfg) {
    return cfg.textOnly() ? Engine.textPipeline(EngineConfig.DEFAULTS)
        : Engine.pipeline(EngineConfig.DEFAULTS);
  }
}
