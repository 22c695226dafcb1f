package org.herald.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herald.core.ContractJson;
import org.herald.core.HeraldException;
import org.herald.core.Pipeline;
import org.herald.core.RawInput;
import org.herald.engine.Engine;
import org.herald.core.model.Document;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald analyze}: one contract JSON document per input, one per line. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyses each file (.html, .htm, .txt; - for standard input; a directory for"
        + " its files) and writes one JSON document per line to standard output.",
        "A file that cannot be analysed gives one line on standard error; the others go on;"
            + " the exit status is then 1."})
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE") List<String> files;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date, the anchor for relative dates.")
  @Nullable String published;

  @Option(names = "--lang", paramLabel = "de|en|auto", defaultValue = "auto",
      description = "The language, or auto to identify it (default).")
  String lang;

  @Option(names = "--url", paramLabel = "URL", description = "The article's address.")
  @Nullable String url;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = "--tokens", description = "Include each sentence's words and dependency arcs.")
  boolean tokens;

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
      description = "Write only the events of at least this confidence (0.2: the events Herald"
          + " stands behind; default 0, all).")
  double minConfidence;

  @Option(names = "--local", description = "Analyse in this process even while a `serve` or"
      + " `watch` runs (by default analyze then sends its files to that process, whose models"
      + " are loaded, unless a pipeline option is given).")
  boolean local;

  @Option(names = "--data", paramLabel = "DIR", description = "The data directory whose running"
      + " server analyze uses (default: $HERALD_DATA, else ./herald-data).")
  java.nio.file.@Nullable Path data;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new HeraldException(org.herald.core.ErrorCode.BAD_ARGUMENT,
          "--published must be YYYY-MM-DD, not '" + published + "'");
    }
    String language = lang.equals("auto") ? null : lang;
    List<String> names = Inputs.names(files);
    Optional<RemoteHerald> server = local || !pipelineOptions.isDefault() ? Optional.empty()
        : RemoteHerald.find(dataDir());
    if (server.isPresent()) {
      return remote(server.get(), names, language);
    }
    loadAhead(names, language);
    Pipeline pipeline = pipelineOptions.build();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int failed = 0;
    for (String name : names) {
      try {
        Document doc = pipeline.analyze(Inputs.read(name, published, url, language));
        if (minConfidence > 0) {
          doc = doc.toBuilder().events(doc.events().stream()
              .filter(e -> e.confidence() >= minConfidence).toList()).build();
        }
        out.println(ContractJson.write(doc, pretty, tokens));
      } catch (HeraldException e) {
        failed++;
        String msg = e.getMessage();
        System.err.println("herald: " + (msg.startsWith(name) ? msg : name + ": " + msg));
      } catch (RuntimeException e) {
        failed++;
        System.err.println("herald: " + name + ": internal error: " + e);
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private java.nio.file.Path dataDir() {
    StoreOptions store = new StoreOptions();
    store.data = data;
    return store.dataDir();
  }

  /** Each input analysed by the running server, as {@link #call} does it here. */
  private int remote(RemoteHerald server, List<String> names, @Nullable String language) {
    System.err.println("herald: analysing through " + server.describe());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int failed = 0;
    for (String name : names) {
      try {
        String json = server.analyze(Inputs.read(name, published, url, language), tokens,
            minConfidence);
        out.println(pretty ? ContractJson.mapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(ContractJson.mapper().readTree(json)) : json.strip());
      } catch (HeraldException e) {
        failed++;
        String msg = e.getMessage();
        System.err.println("herald: " + (msg.startsWith(name) ? msg : name + ": " + msg));
      } catch (java.io.IOException e) {
        failed++;
        System.err.println("herald: " + name + ": " + server.describe() + " answered no JSON: "
            + e.getMessage());
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /**
   * The first input's language models load while the knowledge base does (standard input is
   * read once, so its language is known only where --lang gives it).
   */
  private void loadAhead(List<String> names, @Nullable String language) {
    if (names.isEmpty() || names.get(0).equals("-") && language == null) {
      return;
    }
    try {
      RawInput first = names.get(0).equals("-") ? new RawInput("-", new byte[0], "text/plain",
          null, null, language) : Inputs.read(names.get(0), published, url, language);
      Engine.loadAhead(pipelineOptions.config(), first, language);
    } catch (HeraldException e) {
      // reported when the input is analysed
    }
  }
}
