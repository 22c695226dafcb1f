package org.herald.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Herald Flink job: raw articles from a Kafka topic, extracted and keyed by content id (an
 * article seen before is dropped by keyed state with a time-to-live), analysed by the same
 * pipeline as the command line, stored (PostgreSQL, idempotent, events merged by the store's
 * rule) and written to the documents and events topics.
 *
 * <p>Checkpoints are on and the Kafka source resumes from the last one after a failure, so a
 * restart replays what followed it: the store skips what it holds (content id), and the topics
 * are written in Kafka transactions committed with each checkpoint, so that a consumer reading
 * committed records ({@code isolation.level=read_committed}) sees each record once.
 */
public final class HeraldJob {
  private HeraldJob() {}

  /** The Flink configuration of the job: checkpoints, restarts. */
  public static Configuration configuration(JobConfig cfg) {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 5);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
    return conf;
  }

  /** Adds the job's operators to an environment. */
  public static void build(StreamExecutionEnvironment env, JobConfig cfg) {
    env.setParallelism(cfg.parallelism());
    env.enableCheckpointing(cfg.checkpointMillis());
    var source = KafkaSource.<String>builder()
        .setBootstrapServers(cfg.kafka())
        .setTopics(cfg.input())
        .setGroupId(cfg.groupId())
        .setStartingOffsets(OffsetsInitializer.earliest())
        .setValueOnlyDeserializer(new SimpleStringSchema());
    if (cfg.bounded()) {
      source.setBounded(OffsetsInitializer.latest());
    }
    DataStream<String> articles = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(),
        "articles");
    SingleOutputStreamOperator<Tuple2<String, String>> documents = articles
        .flatMap(new ExtractFunction(cfg)).name("extract").uid("extract")
        .keyBy(t -> t.f0)
        .process(new AnalyzeFunction(cfg)).name("analyse and store").uid("analyse");
    DataStream<Tuple2<String, String>> events = documents.getSideOutput(AnalyzeFunction.EVENTS);
    if (cfg.documents() != null) {
      documents.sinkTo(sink(cfg, cfg.documents())).name("documents topic").uid("documents");
    }
    if (cfg.events() != null) {
      events.sinkTo(sink(cfg, cfg.events())).name("events topic").uid("events");
    }
  }

  private static KafkaSink<Tuple2<String, String>> sink(JobConfig cfg, String topic) {
    return KafkaSink.<Tuple2<String, String>>builder()
        .setBootstrapServers(cfg.kafka())
        .setRecordSerializer(KafkaRecordSerializationSchema.<Tuple2<String, String>>builder()
            .setTopic(topic)
            .setKeySerializationSchema(new Part(0))
            .setValueSerializationSchema(new Part(1))
            .build())
        // Kafka transactions committed with each checkpoint: a consumer reading committed
        // records sees each document and event once, even after a restart.
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix("herald-" + cfg.groupId() + "-" + topic)
        .setProperty("transaction.timeout.ms", "600000")
        .build();
  }

  /** One field of a (key, value) pair as UTF-8 bytes. */
  private static final class Part implements SerializationSchema<Tuple2<String, String>> {
    private static final long serialVersionUID = 1L;
    private final int field;

    Part(int field) {
      this.field = field;
    }

    @Override
    public byte[] serialize(Tuple2<String, String> t) {
      String s = field == 0 ? t.f0 : t.f1;
      return s.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Runs the job on a local MiniCluster (or the cluster it was submitted to) and waits. */
  public static void run(JobConfig cfg) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(configuration(cfg));
    build(env, cfg);
    env.execute("herald");
  }

  /** Starts the job and returns at once, for a caller that watches or stops it. */
  public static JobClient start(JobConfig cfg) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(configuration(cfg));
    build(env, cfg);
    return env.executeAsync("herald");
  }

  /**
   * The entry point when the job jar is submitted to a cluster ({@code flink run -c
   * org.herald.stream.HeraldJob herald-stream.jar --kafka ... --db ...}).
   */
  public static void main(String[] args) throws Exception {
    java.util.Map<String, String> a = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    run(new JobConfig(a.getOrDefault("kafka", "localhost:9092"),
        a.getOrDefault("topic", "herald-articles"),
        a.getOrDefault("documents-topic", "herald-documents"),
        a.getOrDefault("events-topic", "herald-events"), a.get("db"),
        a.getOrDefault("index", "herald-index"), a.getOrDefault("group", "herald"),
        Integer.parseInt(a.getOrDefault("parallelism", "2")),
        Long.parseLong(a.getOrDefault("checkpoint-ms", "10000")),
        Boolean.parseBoolean(a.getOrDefault("bounded", "false")), false, -1,
        Long.parseLong(a.getOrDefault("dedup-hours", "48"))));
  }
}
