package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through a real Kafka broker (KRaft, in this JVM), the Flink job on a local
 * MiniCluster and a real PostgreSQL: 1,000 articles and 20 copies of some of them go in; the
 * analysing subtask fails once halfway and the job restarts from its last checkpoint; the store
 * ends with exactly 1,000 documents, every event stored once, and reports of one event merged;
 * the documents and events topics hold each committed record exactly once.
 */
class StreamIT {
  @TempDir Path tmp;

  static final String[][] PAIRS = {{"Frankreich", "Russland"}, {"Deutschland", "Polen"},
      {"Italien", "Spanien"}, {"Japan", "China"}, {"Kanada", "Mexiko"}};
  static final String[] VERBS = {"kritisierte", "lobte", "verurteilte", "unterstützte"};

  /** A short German report; about one in ten repeats an event another one reports. */
  static ArticleMessage article(int i) {
    String[] pair = PAIRS[i % PAIRS.length];
    String verb = VERBS[(i / PAIRS.length) % VERBS.length];
    String text = "BERLIN – Die Regierung von " + pair[0] + " " + verb + " am Dienstag die"
        + " Regierung von " + pair[1] + ". Das teilte ein Sprecher in der Hauptstadt mit."
        + " Es war die Meldung Nummer " + i + " dieser Woche zu den Beziehungen beider Länder.";
    return new ArticleMessage(null, null, text, "2024-03-0" + (1 + (i / 100) % 9), "de",
        "article-" + i + ".txt", null);
  }

  @Test
  void aThousandArticlesThroughKafkaSurviveAFailureExactlyOnceInTheStore() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
        EmbeddedPostgres pg = EmbeddedPostgres.start()) {
      kafka.createTopics(2, "articles", "documents", "events");
      try (KafkaFeed feed = new KafkaFeed(kafka.bootstrap(), "articles")) {
        for (int i = 0; i < 1000; i++) {
          feed.send(article(i));
          if (i % 50 == 0) {
            ArticleMessage again = article(i);
            feed.send(new ArticleMessage(null, null, again.text(), again.published(), "de",
                "copy-of-" + again.source(), null));
          }
        }
        feed.flush();
      }
      String url = pg.getJdbcUrl("postgres", "postgres");
      JobConfig cfg = new JobConfig(kafka.bootstrap(), "articles", "documents", "events", url,
          tmp.resolve("index").toString(), "herald-it", 2, 500, true, false, 150, 24);
      int before = AnalyzeFunction.INJECTED.get();
      HeraldJob.run(cfg);
      assertThat(AnalyzeFunction.INJECTED.get()).as("the injected failure happened")
          .isGreaterThan(before);

      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        assertThat(count(s, "SELECT count(*) FROM documents")).isEqualTo(1000);
        long mentions = count(s, "SELECT count(*) FROM event_mentions");
        assertThat(mentions).isGreaterThan(500);
        assertThat(count(s, "SELECT count(DISTINCT doc_id || ':' || n) FROM event_mentions"))
            .isEqualTo(mentions);
        long events = count(s, "SELECT count(*) FROM events");
        assertThat(events).as("reports of one event merged").isLessThan(mentions);
        assertThat(count(s, "SELECT coalesce(sum(num_mentions), 0) FROM events"))
            .isEqualTo(mentions);
      }
      List<String> documents = committed(kafka, "documents", 1000);
      assertThat(documents).as("documents on the documents topic").hasSize(1000);
      assertThat(new HashSet<>(documents)).hasSize(1000);
      long mentions;
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        mentions = count(s, "SELECT count(*) FROM event_mentions");
      }
      List<String> events = committed(kafka, "events", (int) mentions);
      assertThat(events).as("events on the events topic").hasSize((int) mentions);
      assertThat(new HashSet<>(events)).hasSize((int) mentions);
    }
  }

  /** The keys of the committed records of a topic, read until {@code expected} or 15 s more. */
  private static List<String> committed(EmbeddedKafka kafka, String topic, int expected) {
    List<String> keys = new java.util.ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
        ConsumerConfig.GROUP_ID_CONFIG, "check-" + topic,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long until = System.currentTimeMillis() + 15_000;
      while (System.currentTimeMillis() < until) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          keys.add(r.key());
        }
        if (keys.size() >= expected) {
          // a little longer, to see any record beyond the expected ones
          until = Math.min(until, System.currentTimeMillis() + 2_000);
        }
      }
    }
    return keys;
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
