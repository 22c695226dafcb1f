package org.herald.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.herald.core.ContractJson;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.model.Document;
import org.herald.core.model.Event;
import org.herald.store.Store;

/**
 * Analyses each new document (keyed by content id: an id seen within the time-to-live is a
 * duplicate and dropped), stores it, and emits its contract JSON and, on a side output, its
 * events. Metrics: documents out per second, duplicates, failures by reason, the latency of
 * each stage (histograms under "stage").
 */
final class AnalyzeFunction
    extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;

  /** The events of each document: (document id, event JSON). */
  static final OutputTag<Tuple2<String, String>> EVENTS =
      new OutputTag<>("events", Types.TUPLE(Types.STRING, Types.STRING)) {
        private static final long serialVersionUID = 1L;
      };

  /** Failures injected by tests, across restarts of the job in this JVM. */
  static final java.util.concurrent.atomic.AtomicInteger INJECTED =
      new java.util.concurrent.atomic.AtomicInteger();

  private final JobConfig cfg;
  private transient Pipeline pipeline;
  private transient Store store;
  private transient ValueState<Boolean> seen;
  private transient Counter out;
  private transient Counter duplicates;
  private transient Failures failures;
  private transient Map<String, Histogram> stages;
  private transient int processed;

  AnalyzeFunction(JobConfig cfg) {
    this.cfg = cfg;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = Pipelines.shared(cfg);
    if (cfg.jdbcUrl() != null) {
      store = Shared.store(cfg.jdbcUrl(), Path.of(cfg.indexDir()));
    }
    ValueStateDescriptor<Boolean> d = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
    d.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofHours(cfg.dedupHours())).build());
    seen = getRuntimeContext().getState(d);
    var group = getRuntimeContext().getMetricGroup();
    out = group.counter("documentsOut");
    group.meter("documentsOutPerSecond", new MeterView(out));
    duplicates = group.counter("duplicates");
    failures = new Failures(group);
    stages = new HashMap<>();
    var stageGroup = group.addGroup("stage");
    for (var s : pipeline.stages()) {
      stages.put(s.name(), stageGroup.histogram(s.name() + "Micros",
          new DescriptiveStatisticsHistogram(1000)));
    }
    stages.put("extract", stageGroup.histogram("extractMicros",
        new DescriptiveStatisticsHistogram(1000)));
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx,
      Collector<Tuple2<String, String>> collector) throws Exception {
    if (Boolean.TRUE.equals(seen.value())) {
      duplicates.inc();
      return;
    }
    maybeFail();
    byte[] raw;
    Document doc;
    try {
      ArticleMessage m = ArticleMessage.parse(in.f1);
      var input = m.toRawInput();
      raw = input.bytes();
      doc = pipeline.analyze(input, (stage, nanos) -> {
        Histogram h = stages.get(stage);
        if (h != null) {
          h.update(nanos / 1000);
        }
      });
    } catch (HeraldException e) {
      failures.count(e.code().name(), e.getMessage());
      seen.update(true);
      return;
    } catch (RuntimeException | StackOverflowError e) {
      if (Thread.currentThread().isInterrupted()
          || e.getClass().getSimpleName().equals("RuntimeInterruptedException")) {
        throw e; // the task is being cancelled (a restart): not a failure of this document
      }
      failures.count("INTERNAL", in.f0 + ": " + e);
      seen.update(true);
      return;
    }
    if (store != null) {
      store.put(doc, raw);
    }
    collector.collect(Tuple2.of(doc.id(), ContractJson.write(doc, false, false)));
    int n = 0;
    for (Event e : doc.events()) {
      ObjectNode o = ContractJson.mapper().valueToTree(e);
      o.put("document", doc.id());
      o.put("n", n);
      ctx.output(EVENTS, Tuple2.of(doc.id() + ":" + n, o.toString()));
      n++;
    }
    seen.update(true);
    out.inc();
  }

  /** The failure a test asks for: once, in subtask 0, after {@code failAfter} documents. */
  private void maybeFail() {
    if (cfg.failAfter() < 0) {
      return;
    }
    var task = getRuntimeContext().getTaskInfo();
    if (task.getIndexOfThisSubtask() == 0 && task.getAttemptNumber() == 0
        && ++processed > cfg.failAfter()) {
      INJECTED.incrementAndGet();
      throw new IllegalStateException("failure injected after " + cfg.failAfter()
          + " documents (a test of recovery)");
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.commit();
      Shared.release(cfg.jdbcUrl());
      store = null;
    }
  }
}
