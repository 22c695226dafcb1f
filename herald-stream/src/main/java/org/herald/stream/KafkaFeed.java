package org.herald.stream;

import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts article messages on a topic (the {@code herald feed} command, and tests). */
public final class KafkaFeed implements AutoCloseable {
  private final KafkaProducer<String, String> producer;
  private final String topic;
  private final java.util.List<Future<RecordMetadata>> pending = new java.util.ArrayList<>();

  public KafkaFeed(String bootstrap, String topic) {
    this.topic = topic;
    this.producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024),
        new StringSerializer(), new StringSerializer());
  }

  /** Sends one message, keyed by its source name (or address). */
  public void send(ArticleMessage m) {
    String key = m.source() != null ? m.source() : m.url();
    pending.add(producer.send(new ProducerRecord<>(topic, key, m.toJson())));
  }

  /** Waits until every message sent is acknowledged; throws if one was refused. */
  public void flush() throws Exception {
    producer.flush();
    for (Future<RecordMetadata> f : pending) {
      f.get();
    }
    pending.clear();
  }

  @Override
  public void close() {
    producer.close();
  }
}
