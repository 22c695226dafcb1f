package org.herald.stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream job's throughput at parallelism 1 and 2, through the embedded Kafka broker into
 * PostgreSQL. A benchmark, not a test: it asserts nothing and runs only when asked,
 * {@code mvn -pl herald-stream verify -Dit.test=StreamBenchIT -Dherald.bench=true}. The models
 * are loaded before the clock starts; each run includes the job's start on the MiniCluster.
 */
class StreamBenchIT {
  @TempDir Path tmp;

  @Test
  void throughputAtParallelismOneAndTwo() throws Exception {
    assumeTrue(Boolean.getBoolean("herald.bench"), "a benchmark: -Dherald.bench=true");
    int n = Integer.getInteger("herald.bench.documents", 600);
    try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
        EmbeddedPostgres pg = EmbeddedPostgres.start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      JobConfig warm = new JobConfig(kafka.bootstrap(), "x", null, null, null, "", "", 1, 1000,
          true, false, -1, 1);
      Pipelines.shared(warm).analyze(StreamIT.article(0).toRawInput());
      for (int p : new int[] {1, 2}) {
        String topic = "bench-" + p;
        kafka.createTopics(2, topic, topic + "-documents", topic + "-events");
        try (KafkaFeed feed = new KafkaFeed(kafka.bootstrap(), topic)) {
          for (int i = 0; i < n; i++) {
            ArticleMessage a = StreamIT.article(i + p * 100_000);
            feed.send(a);
          }
          feed.flush();
        }
        JobConfig cfg = new JobConfig(kafka.bootstrap(), topic, topic + "-documents",
            topic + "-events", url, tmp.resolve("index-" + p).toString(), "bench-" + p, p, 5000,
            true, false, -1, 24);
        long t0 = System.nanoTime();
        HeraldJob.run(cfg);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "stream parallelism %d: %d documents in %.1f s, %.1f"
            + " documents/s%n", p, n, s, n / s);
      }
    }
  }
}
