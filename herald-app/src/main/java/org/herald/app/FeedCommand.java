package org.herald.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.core.RawInput;
import org.herald.stream.ArticleMessage;
import org.herald.stream.KafkaFeed;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald feed}: puts article files on a Kafka topic for the stream job. */
@Command(name = "feed", mixinStandardHelpOptions = true,
    description = "Sends each file (directories recursively; sidecar NAME.meta.json files give"
        + " the date, address and language) as a JSON article message to a Kafka topic.")
final class FeedCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT") String kafka;

  @Option(names = "--topic", defaultValue = "herald-articles",
      description = "The topic (default herald-articles).")
  String topic;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for files that give none.")
  @Nullable String published;

  @Override
  public Integer call() throws Exception {
    int sent = 0;
    int failed = 0;
    try (KafkaFeed feed = new KafkaFeed(kafka, topic)) {
      for (String name : Inputs.names(paths)) {
        try {
          RawInput in = Inputs.read(name, null, null, null);
          String date = in.published() != null ? in.published() : published;
          feed.send(ArticleMessage.ofFile(Path.of(in.name()).getFileName().toString(),
              in.bytes(), date, in.url(), in.language()));
          sent++;
        } catch (org.herald.core.HeraldException e) {
          failed++;
          System.err.println("herald: " + e.getMessage());
        }
      }
      feed.flush();
    }
    System.out.println(sent + " articles sent to " + topic + (failed > 0 ? ", " + failed
        + " files unreadable" : ""));
    return failed == 0 ? 0 : 1;
  }
}
