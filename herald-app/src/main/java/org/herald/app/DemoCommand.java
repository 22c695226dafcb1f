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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code herald demo}: analyses the bundled sample articles into a fresh embedded store, prints
 * what Herald found in each, and serves the API and web page over them.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Analyses the bundled sample articles into a fresh embedded store"
        + " (./herald-demo, or --data DIR), prints what Herald found in each, and serves the"
        + " web page and API on http://localhost:7070 until stopped."})
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
    try (Store store = Store.embedded(data)) {
      int added = 0;
      for (Sample s : samples()) {
        Document d = pipeline.analyze(
            RawInput.of(s.file(), s.bytes()).withPublished(s.published()));
        if (store.put(d, s.bytes())) {
          added++;
        }
        print(out, s, d);
      }
      store.commit();
      ObjectNode stats = new Queries(store).stats();
      out.println();
      out.printf("Stored %d documents in %s: %d entities, %d quotes, %d event mentions merged"
          + " into %d events.%n", added, store.describe(), stats.get("entities").asLong(),
          stats.get("quotes").asLong(), stats.get("eventMentions").asLong(),
          stats.get("events").asLong());
      if (!noServe) {
        ServeCommand.serve(store, pipelineOptions, "localhost", port);
      }
    }
    return 0;
  }

  /** Empties a directory Herald made; refuses one that holds anything else. */
  static void emptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (!n.startsWith("herald.duckdb") && !n.equals("index")) {
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
