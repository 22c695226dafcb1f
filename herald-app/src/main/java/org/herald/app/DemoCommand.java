package org.herald.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herald.store.Queries;
import org.herald.store.Store;
import picocli.CommandLine.Option;
import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.core.model.Document;
import org.herald.core.model.Entity;
import org.herald.engine.Engine;
import org.herald.feeds.ArticleSink;
import org.herald.feeds.FeedSource;
import org.herald.feeds.FeedWatcher;
import org.herald.feeds.Fetcher;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code herald demo}: analyses the bundled sample articles into a fresh embedded store, prints
 * what Herald found in each, and serves the API and web page over them.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Serves the bundled sample articles as a news feed on a loopback port and"
        + " follows it into a fresh embedded store (./herald-demo, or --data DIR), printing"
        + " what Herald found in each, while it serves the web page and API on"
        + " http://localhost:7070 until stopped; the page fills as the articles arrive."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "herald-demo",
      description = "Where the demo's store goes; emptied first (default ./herald-demo).")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default 7070).")
  int port;

  @Option(names = "--no-serve", description = "Stop after the summary.")
  boolean noServe;

  /** The bundled samples: file name and publication date. */
  static final String INDEX = "/org/herald/app/samples/index.tsv";

  @Mixin PipelineOptions pipelineOptions;

  record Sample(String file, String published, byte[] bytes) {}

  static List<Sample> samples() {
    List<Sample> out = new ArrayList<>();
    try (InputStream idx = DemoCommand.class.getResourceAsStream(INDEX)) {
      if (idx == null) {
        throw new HeraldException(ErrorCode.RESOURCE, "the bundled samples are missing");
      }
      for (String line : new String(idx.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        try (InputStream in = DemoCommand.class.getResourceAsStream(
            "/org/herald/app/samples/" + f[0])) {
          if (in == null) {
            throw new HeraldException(ErrorCode.RESOURCE, "sample " + f[0] + " is missing");
          }
          out.add(new Sample(f[0], f[1], in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new HeraldException(ErrorCode.RESOURCE, "cannot read the samples: " + e, e);
    }
    return out;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("Loading the pipeline (models load once, about half a minute)...");
    Pipeline pipeline = pipelineOptions.build();
    emptyDirectory(data);
    List<Sample> samples = samples();
    try (Store store = Store.embedded(data)) {
      if (noServe) {
        int added = 0;
        for (Sample s : samples) {
          Document d = pipeline.analyze(
              RawInput.of(s.file(), s.bytes()).withPublished(s.published()));
          if (store.put(d, s.bytes())) {
            added++;
          }
          print(out, s, d);
        }
        store.commit();
        summary(out, store, added);
        return 0;
      }
      try (LocalFeed feed = LocalFeed.start(samples)) {
        out.println("The samples are a news feed on " + feed.url() + "; Herald follows it and"
            + " the page fills as each article is analysed.");
        AtomicInteger added = new AtomicInteger();
        ArticleSink sink = a -> {
          Sample s = feed.sample(a.url());
          String name = s == null ? a.url().toString() : s.file();
          Document d = pipeline.analyze(RawInput.of(name, a.body())
              .withPublished(a.published()).withUrl(a.url().toString()));
          boolean stored = store.put(d, a.body());
          store.commit();
          if (s != null) {
            print(out, s, d);
          }
          if (stored && added.incrementAndGet() == samples.size()) {
            summary(out, store, added.get());
          }
          return new ArticleSink.Stored(d.id(), stored);
        };
        Service.run(store, () -> pipeline, pipelineOptions::text, (full, text, log) ->
            new FeedWatcher(List.of(new FeedSource(feed.url(), Duration.ofMinutes(1))),
                store.crawl(), new Fetcher(Fetcher.Settings.defaults(Engine.version())
                    .withHostDelay(Duration.ZERO), Fetcher.Hosts.inMemory(), line -> { }),
                sink, FeedWatcher.Settings.defaults(), line -> { }),
            "localhost", port, true, data, null, out);
      }
    }
    return 0;
  }

  private static void summary(PrintStream out, Store store, int added) {
    ObjectNode stats = new Queries(store).stats();
    out.println();
    out.printf("Stored %d documents in %s: %d entities, %d quotes, %d event mentions merged"
        + " into %d events.%n", added, store.describe(), stats.get("entities").asLong(),
        stats.get("quotes").asLong(), stats.get("eventMentions").asLong(),
        stats.get("events").asLong());
  }

  /** Empties a directory Herald made; refuses one that holds anything else. */
  static void emptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (!n.startsWith("herald.duckdb") && !n.equals("index")
            && !n.equals(ServerLock.FILE)) {
          throw new HeraldException(ErrorCode.BAD_ARGUMENT, dir + " holds " + n
              + ", which is not Herald's: give another --data");
        }
      }
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
  }

  private static void print(PrintStream out, Sample s, Document d) {
    out.println();
    out.println("== " + s.file() + "  [" + d.language() + ", " + d.published() + "]");
    out.println("   " + d.title());
    if (d.dateline() != null) {
      out.println("   dateline: " + d.dateline());
    }
    out.printf("   %d sentences, %d entities, %d removed pieces%n", d.sentences().size(),
        d.entities().size(), d.removed().size());
    Map<String, List<String>> byType = new TreeMap<>();
    for (Entity e : d.entities()) {
      String label = e.name() + (e.kb() == null ? "" : " -> " + e.kb().label()
          + (e.kb().country() == null ? "" : " (" + e.kb().country() + ")"))
          + (e.mentions().size() > 1 ? " x" + e.mentions().size() : "");
      byType.computeIfAbsent(e.type().name(), k -> new ArrayList<>()).add(label);
    }
    byType.forEach((type, names) -> out.println("   " + type + ": " + String.join("; ", names)));
    if (!d.times().isEmpty()) {
      List<String> times = new ArrayList<>();
      d.times().forEach(t -> times.add(t.text() + " = " + t.value()));
      out.println("   TIMES: " + String.join("; ", times));
    }
    for (org.herald.core.model.Quote q : d.quotes()) {
      String words = q.text().length() > 60 ? q.text().substring(0, 60) + "..." : q.text();
      out.println("   QUOTE (" + (q.speakerName() == null ? "?" : q.speakerName())
          + (q.via().isEmpty() ? "" : " via " + String.join(", ", q.via())) + "): " + words);
    }
    for (org.herald.core.model.Event e : d.events()) {
      out.println("   EVENT " + e.code() + " " + actor(e.source()) + " -> " + actor(e.target())
          + " (" + e.trigger().text() + ", " + e.date() + (e.negated() ? ", negated" : "")
          + ")");
    }
  }

  private static String actor(org.herald.core.model.EventActor a) {
    if (a == null) {
      return "-";
    }
    return a.name() + (a.actor() == null ? "" : " [" + a.actor() + "]");
  }
}
