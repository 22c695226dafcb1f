package org.herald.core.model;

import static java.util.Objects.requireNonNull;

/** Which pipeline and knowledge-base versions produced a document. */
public record PipelineInfo(String version, String kb) {
  public PipelineInfo {
    requireNonNull(version, "version is null");
    requireNonNull(kb, "kb is null");
  }
}
