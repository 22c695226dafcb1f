package org.herald.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.util.Collector;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.model.Document;

/**
 * Reads a raw article message and extracts its clean text, whose content id keys the rest of
 * the job. A message that cannot be read or extracted is counted under its reason and dropped.
 */
final class ExtractFunction extends RichFlatMapFunction<String, Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;
  private final JobConfig cfg;
  private transient Pipeline pipeline;
  private transient Counter in;
  private transient Failures failures;

  ExtractFunction(JobConfig cfg) {
    this.cfg = cfg;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = Pipelines.shared(cfg);
    var group = getRuntimeContext().getMetricGroup();
    in = group.counter("documentsIn");
    group.meter("documentsInPerSecond", new MeterView(in));
    failures = new Failures(group);
  }

  @Override
  public void flatMap(String message, Collector<Tuple2<String, String>> out) {
    in.inc();
    try {
      Document text = pipeline.extract(ArticleMessage.parse(message).toRawInput());
      out.collect(Tuple2.of(text.id(), message));
    } catch (HeraldException e) {
      failures.count(e.code().name(), e.getMessage());
    } catch (RuntimeException e) {
      failures.count("INTERNAL", e.toString());
    }
  }
}
