package org.herald.stream;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/** Failures counted by reason (the error code), as metrics under the group "failures". */
final class Failures {
  private final MetricGroup group;
  private final Map<String, Counter> byReason = new HashMap<>();

  Failures(MetricGroup parent) {
    this.group = parent.addGroup("failures");
  }

  void count(String reason, String message) {
    byReason.computeIfAbsent(reason, group::counter).inc();
    System.err.println("herald-stream: " + message);
  }
}
