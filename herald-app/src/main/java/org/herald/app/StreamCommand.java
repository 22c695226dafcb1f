package org.herald.app;

import java.util.concurrent.Callable;
import org.herald.stream.HeraldJob;
import org.herald.stream.JobConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald stream}: the Flink job on a local MiniCluster. */
@Command(name = "stream", mixinStandardHelpOptions = true,
    description = {"Runs the Herald Flink job on a local MiniCluster: articles from a Kafka"
        + " topic, analysed documents and events to Kafka topics and to the PostgreSQL store."
        + " To run it on a cluster, submit the same job (org.herald.stream.HeraldJob); see the"
        + " README's \"Running at scale\"."})
final class StreamCommand implements Callable<Integer> {
  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT") String kafka;

  @Option(names = "--topic", defaultValue = "herald-articles",
      description = "The topic of raw articles (default herald-articles).")
  String topic;

  @Option(names = "--documents-topic", defaultValue = "herald-documents") String documents;

  @Option(names = "--events-topic", defaultValue = "herald-events") String events;

  @Option(names = "--group", defaultValue = "herald", description = "Kafka consumer group.")
  String group;

  @Option(names = "--parallelism", defaultValue = "2") int parallelism;

  @Option(names = "--checkpoint-ms", defaultValue = "10000") long checkpointMillis;

  @Option(names = "--dedup-hours", defaultValue = "48",
      description = "How long an article's content id is remembered to drop copies.")
  long dedupHours;

  @Option(names = "--bounded",
      description = "Stop at the end the topic has when the job starts (default: run on).")
  boolean bounded;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws Exception {
    @Nullable String db = storeOptions.jdbcUrl();
    if (db == null) {
      System.err.println("herald: no --db given: documents and events go to the topics only");
    }
    HeraldJob.run(new JobConfig(kafka, topic, documents, events, db,
        storeOptions.dataDir().resolve("index").toString(), group, parallelism,
        checkpointMillis, bounded, false, -1, dedupHours));
    return 0;
  }
}
