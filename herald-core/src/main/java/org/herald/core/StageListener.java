package org.herald.core;

/** Told how long each stage took; used by the benchmark. Must be thread-safe. */
@FunctionalInterface
public interface StageListener {
  StageListener NONE = (stage, nanos) -> { };

  void stageDone(String stage, long nanos);
}
